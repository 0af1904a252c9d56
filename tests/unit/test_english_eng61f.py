"""English round eng61f (the right passage first, the wrong figure): small invented texts, not the
sets'."""
from __future__ import annotations

import dataclasses

from bot.answer.figure.then_now import superseded
from bot.question import analyse
from index.figures import passage_figures

from tests.conftest import engine_with

CLINICS = """岚溪县村卫生室建设满一年

岚溪县村卫生室标准化建设工程实施一年来，新建改建村卫生室84所。

药品保障方面，村卫生室常备基本药物由平均45种增加到120种，全县190所村卫生室全部开通医保即时结算。
"""

HARBOUR = """东港码头

东港码头去年共接待货轮312艘次，装卸货物约86万吨。
"""


def test_an_average_is_no_owner_of_the_figure_a_change_starts_from() -> None:
    """由平均45种增加到120种: 平均 qualifies both ends of the change, so a question naming the
    average ("on average", 平均) does not ask the figure it starts from."""
    text = CLINICS.splitlines()[-1]
    info = dataclasses.replace(analyse("村卫生室平均常备多少种药物"), english=True)
    start, reached = [f for f in passage_figures(text) if f.unit == "种"]
    terms = ["药物", "平均", "种"]
    assert superseded(text, info, start, terms) < 1.0
    assert superseded(text, info, reached, terms) == 1.0


def test_an_average_now_is_the_level_a_change_reached(tmp_path) -> None:
    """"How many kinds of essential medicines does a village clinic now keep in stock on
    average?": 平均 before the starting figure was read as naming whose figure it is (as 一期 in
    由一期的4万片提升至8万片), so 45种 -- what was -- was chosen over 120种."""
    engine = engine_with(tmp_path, {"clinics.txt": CLINICS, "harbour.txt": HARBOUR})
    answer = engine.ask(
        "How many kinds of essential medicines does a village clinic now keep in stock on average?", count=False
    )
    assert answer.figure is not None and answer.figure.text == "120种", answer


def test_an_english_figure_is_shown_from_a_lower_fit_than_a_chinese_one() -> None:
    """An unconfident answer's figure fitting 0.27: shown for an English question (its fit runs
    lower for the same evidence, and its figure has its own gates), withheld for a Chinese one."""
    from bot.answer import ENGLISH_FIGURE_SURE, FIGURE_SURE, figure_shown

    assert ENGLISH_FIGURE_SURE < FIGURE_SURE
    assert figure_shown(0.27, False, True, wholly_english=True)
    assert not figure_shown(0.27, False, False)
    assert not figure_shown(0.2, False, True, wholly_english=True)
    assert figure_shown(0.05, True, True, wholly_english=True)  # a confident English answer: always, as before
    # a Chinese question naming something in Latin letters (「TAIPEI 101 MALL」在哪一年開幕營運) is
    # read through a translation but keeps the Chinese bound
    assert not figure_shown(0.27, False, True, wholly_english=False)


PATROLS = """岚溪市森林防火期巡查情况

本防火期，岚溪市指挥中心统一调度无人机46架，累计巡飞2.3万架次，发现并处置烟点157处。
"""


def test_a_head_that_is_its_own_measure_word_is_counted_not_the_word_before(tmp_path) -> None:
    """"How many drone sorties were flown": 架次 ("sortie") is counted by no measure word before
    it -- it is one, written 2.3万架次; the count was given to 无人机 (drones, the word before the
    head) and 46架 was chosen."""
    engine = engine_with(tmp_path, {"patrols.txt": PATROLS, "harbour.txt": HARBOUR})
    answer = engine.ask("How many drone sorties were flown over Lanxi's forests?", count=False)
    assert answer.figure is not None and answer.figure.text == "2.3万架次", answer


STORE = """澜湾百货

2014年9月，澜湾集团与东港新区签约兴建百货店，投资额约2亿元。该店于2016年5月正式开业，营业面积约3万平方米。
"""


def test_a_verb_jieba_tags_a_noun_that_the_dictionary_has_as_a_verb_dates_its_event() -> None:
    """开业 ("open" for business): jieba tags it a noun, CC-CEDICT glosses it "to open for
    business" -- a verb a date's clause may write (于2016年5月正式开业)."""
    from bot.answer.figure.verb_dated import event_verbs

    class Tokenizer:
        @staticmethod
        def tag(word: str) -> str:
            return {"开业": "n", "契约": "n", "开设": "v"}.get(word, "")

    class Index:
        tokenizer = Tokenizer()

    assert event_verbs(Index(), ("开设", "开业", "契约")) == ("开设", "开业")  # type: ignore[arg-type]


def test_when_a_store_opened_is_the_date_its_opening_follows(tmp_path) -> None:
    """"When did the Lanwan department store open?": 2014年9月，…签约兴建百货店 (the contract) and
    于2016年5月正式开业 (the opening); 开业 was no verb of the question (jieba tags it a noun), so
    the contract's date, nearer the question's words, was chosen."""
    engine = engine_with(tmp_path, {"store.txt": STORE, "harbour.txt": HARBOUR})
    answer = engine.ask("When did the Lanwan department store open?", count=False)
    assert answer.figure is not None and answer.figure.text == "2016年5月", answer
