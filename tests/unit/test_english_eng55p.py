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
