"""What the documents may write for an English word beyond what its glosses' headwords link:
an abbreviation's longer form, a unit of measure spelled in pinyin, the gloss "not X" of a
word made the opposite of X (index/english/glosses, index/english/translator,
index/english/pinyin, index/english/units, index/english/cedict, bot/answer/english)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.model import Answer
from index.english.cedict import load_dictionary
from index.english.cedict_senses import headword_senses
from index.english.derived import negated
from index.english.glosses import gloss_index
from index.english.pinyin import PinyinIndex
from tests.conftest import corpus_translator, engine_with

def _asked(factory: pytest.TempPathFactory, name: str, text: str, question: str) -> Answer:
    """The answer to ``question`` over one document ``text``."""
    return engine_with(factory.mktemp(name), {f"{name}.txt": text}).ask(question)


def _searched(answer: Answer) -> list[tuple[str, str]]:
    """The English words of the answer's question and the Chinese words searched for them."""
    return [(t.english, t.term) for t in answer.translations]


_MARATHON = (
    "成都马拉松开跑\n\n"
    "本届赛事设全程马拉松、半程马拉松和欢乐跑三个项目，共有3.5万名跑者参赛，其中全程马拉松1.8万人，"
    "半程马拉松1.2万人，欢乐跑5000人。今年报名人数超过42万人。\n\n"
    "全程马拉松关门时间为6小时30分，完赛率达到96.7%。\n"
)


def test_an_abbreviation_gloss_names_the_longer_form() -> None:
    # 全马 "full marathon (abbr. for 全程馬拉松|全程马拉松[...])"
    assert gloss_index().expansions["全马"] == ("全程马拉松",)


def test_a_phrase_only_an_abbreviation_glosses_finds_the_longer_form_the_text_writes(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # the text writes 全程马拉松 (segmented 全程 + 马拉松), CC-CEDICT glosses "full marathon" only
    # under its abbreviation 全马, which no document writes: the phrase was not understood
    answer = _asked(tmp_path_factory, "marathon", _MARATHON, "How many people ran the full marathon?")
    assert answer.text is not None and answer.text.startswith("1.8万")
    assert ("full marathon", "全程马拉松") in _searched(answer)
    answer = _asked(tmp_path_factory, "marathon", _MARATHON, "What was the cut-off time for the full marathon?")
    assert answer.text == "6小时30分"


def test_a_longer_form_no_document_writes_is_not_searched(tmp_path: Path) -> None:
    # 机踏车 "motorcycle (Tw), abbr. for 机器脚踏车": no text writes 机器脚踏车, so its pieces
    # 机器 and 脚踏车 ("machine", "bicycle") must not stand for "motorcycle"
    engine = engine_with(tmp_path, {"bikes.txt": "台湾机车\n\n台湾有机车1400万辆，脚踏车和机器也很多。\n"})
    answer = engine.ask("How many motorcycles are there in Taiwan?")
    searched = {t.english: t.term for t in answer.translations}
    assert "机器" not in searched.get("motorcycles", "")


_GRAIN = (
    "河南夏粮再获丰收\n\n"
    "2025年河南省夏粮播种面积8538.6万亩，夏粮总产量753.8亿斤。\n\n"
    "其中，小麦播种面积8520万亩，平均亩产441.9公斤；小麦总产量753.1亿斤。\n"
)


def test_a_unit_of_measure_spelled_in_pinyin_is_that_unit() -> None:
    # CC-CEDICT glosses 亩 "unit of area equal to one fifteenth of a hectare", 斤 "catty"
    index = PinyinIndex({"亩": 3, "斤": 2, "个": 9, "木": 1}, load_dictionary().readings)
    assert index.units("mu") == ("亩",)  # not 木 "tree", no unit
    assert index.units("jin") == ("斤",)
    assert index.units("ge") == ()  # 个 counts things: no amount measured


def test_a_question_counting_a_unit_in_pinyin_asks_that_amount(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    answer = _asked(tmp_path_factory, "grain", _GRAIN, "How many mu of wheat were planted?")
    assert answer.text == "8520万亩"
    assert ("mu", "亩") in _searched(answer)


def test_a_word_the_dictionary_glosses_is_found_as_the_text_writes_it(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # 跑者 "runner": the text writes 3.5万名跑者, which the segmenter cuts so that no term is 跑者;
    # "runners" was not understood and the question got nothing
    answer = _asked(tmp_path_factory, "marathon", _MARATHON, "How many runners took part in the Chengdu Marathon?")
    assert answer.text == "3.5万名"
    assert ("runners", "跑者") in _searched(answer)


def test_a_gloss_saying_not_x_is_the_opposite_of_x() -> None:
    # 无效 "not valid": "not" was dropped as a stop word, so 无效 was a sense of "valid"
    assert ("not", "valid") in [sense.words for sense in headword_senses("无效")]
    assert ("valid",) not in [sense.words for sense in headword_senses("无效")]
    assert negated("invalid", load_dictionary().known) == ("not", "valid")
    translator = corpus_translator([
        ("election", ["选举", "无效", "投票", "万张"]),
        ("other", ["台风", "雨量"]),
    ])
    units = {u.english: u for u in translator.translate("How many invalid votes were there?").units}
    assert units["invalid"].terms[0][0] == "无效"


_ELECTION = (
    "第十六任總統副總統選舉 投票率71.86%\n"
    "第十六任總統副總統選舉於民國113年1月13日舉行。全國選舉人數共1,954萬8,531人，"
    "投票人數1,404萬8,215人，投票率71.86%，較上屆的74.90%下降3.04個百分點。\n"
    "全國共設置17,795個投開票所，動員選務人員約23萬人。\n"
)


def test_a_word_only_guessed_is_found_as_the_text_writes_its_gloss(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    # "voters" was only guessed (投票, 选举 through synonyms), but CC-CEDICT's 选举人 "voter" is
    # written in 選舉人數, which the segmenter cuts 选举 + 人数
    answer = _asked(tmp_path_factory, "election", _ELECTION, "What share of voters turned out?")
    assert answer.text == "71.86%"
    assert ("voters", "選舉人") in _searched(answer)  # as written
