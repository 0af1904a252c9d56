"""English round eng55p (fresh54 studied, passages): small invented texts, not the set's."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

_MARATHON = {
    "marathon.txt": (
        "岚江马拉松医疗保障总结\n\n"
        "本届岚江马拉松共有参赛选手2.6万人，沿线设置医疗点32个，配备医护人员480人。\n\n"
        "比赛当天，医疗团队共处置伤病选手215人次，其中现场救治心脏骤停选手3人，均转危为安。\n\n"
        "赛事组委会表示，明年将继续增加沿线志愿者，计划招募志愿者5000人。\n"
    ),
}


def test_a_phrase_the_dictionary_glosses_exactly_is_searched_as_the_text_writes_it(tmp_path: Path) -> None:
    """"cardiac arrest": CC-CEDICT's 心脏骤停 is glossed exactly so, but the segmenter cuts the
    text's 心脏骤停 (心脏 + 骤 + 停), so no corpus term linked it and the phrase was searched by
    nothing: a paragraph counting other people came first. Now the headword is looked for written
    whole, as a name the segmenter cuts is."""
    engine = engine_with(tmp_path, _MARATHON)
    answer = engine.ask("How many runners in cardiac arrest were treated on the spot by the medical teams?", count=False)
    translated = {t.english: t.term for t in answer.translations}
    assert translated.get("cardiac arrest") == "心脏骤停", translated
    assert answer.results and "心脏骤停选手3人" in answer.results[0].passage.text, answer.results[0].passage.text


_PETITIONS = {
    "petitions.txt": (
        "岚江县信访工作通报\n\n"
        "今年以来，岚江县推动县乡干部下访接访，接待群众来访1.6万人次，有效化解久拖未决的信访积案326件。\n\n"
        "全县新建村级调解室58个，培训调解员740人。\n"
    ),
    "roads.txt": (
        "岚江县农村公路建设\n\n"
        "全县今年新改建农村公路182公里，吸引社会投资3.4亿元，群众要求的断头路打通27条。\n"
    ),
}


def test_an_untranslated_word_narrowing_a_word_only_guessed_at_is_no_kind_lacking(tmp_path: Path) -> None:
    """"long-unresolved *petition* cases": "unresolved" finds no written translation, and "petition"
    only a synonym's guesses (吸引, 要求: understood not at all). Such a word is no thing the
    documents write that the question narrows to a kind they lack: the question was declined,
    though 积案 ("long pending case") and 解决/化解 find the passage that answers it."""
    engine = engine_with(tmp_path, _PETITIONS)
    answer = engine.ask("How many long-unresolved petition cases were settled?", count=False)
    assert answer.results and "积案326件" in answer.results[0].passage.text, answer.results


_BUSES = {
    "buses.txt": (
        "岚江县公交车配置急救箱\n\n"
        "岚江县交通运输局介绍，全县今年为公交车配置急救箱86个，覆盖全部32条公交线路。\n\n"
        "全县公交车总数达到214辆，其中新能源公交车占比达到91%。\n"
    ),
}


def test_a_word_an_article_follows_after_the_subject_is_its_verb() -> None:
    """"how many of the county's taxis *carry* a first-aid kit": "carry", a base form, after the things counted,
    "taxis" (a plural the -is ending hides) and before an article, is the verb -- it was read as a
    thing, understood, and so the untranslated "taxis" seemed to narrow it: the question was
    answered with another count."""
    from index.english.actions import is_action

    words = ("how", "many", "of", "lanjiang", "taxis", "carry", "an", "aed", "on", "board")
    assert is_action(words, 5, "carry", 1, 0.9)
    # a word right after a determiner stays a thing, and so does a word no gloss makes a verb
    assert not is_action(("how", "many", "of", "the", "carry", "a"), 4, "carry", 1, 0.9)
    assert not is_action(("how", "many", "bus", "routes", "the", "county", "runs"), 3, "routes", 1, 0.0)


def test_a_count_of_things_no_document_writes_doing_something_gets_nothing(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, _BUSES)
    answer = engine.ask("How many of Lanjiang's taxis carry a first-aid kit?", count=False)
    assert not answer.results or answer.text is None, (answer.text, [r.passage.text for r in answer.results])
    # the buses, which the text writes, still get their count
    answer = engine.ask("How many of Lanjiang's buses carry a first-aid kit?", count=False)
    assert answer.results and "急救箱86个" in answer.results[0].passage.text, answer.results
