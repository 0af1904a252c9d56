"""An English question asking what was ("in the old days", "before the merger") is answered by the
amount a word of the past binds in the text (過去…每噸處理費用約46元), not by the one a later time binds
(如今…每噸綜合成本降至32元): :mod:`bot.answer.figure.time_bound`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.answer.figure.time_bound import LATER_BOUND, PAST_BOUND, time_bound
from bot.question import analyse as question_info
from index.figures import find_figures
from tests.conftest import engine_with

WATER = (
    "青禾鎮污水處理\n\n"
    "青禾鎮污水處理廠改造工程去年完工。過去鎮上污泥大多外運填埋，每噸處理費用約46元，還占用大量土地；"
    "如今改造後污泥製成有機肥，每噸綜合成本降至32元，全年節約開支約120萬元。\n\n"
    "在縣鄉合併之前，青禾縣原有41鄉鎮。經過縣鄉合併之後，自2019年起，青禾全縣鄉鎮數量已減少至23鄉鎮。\n"
)


def _figure(text: str, written: str):
    return next(f for f in find_figures(text) if f.text == written)


def test_a_past_qualifier_is_read_as_asking_what_was() -> None:
    assert question_info("How much did water cost in the old days?").earlier
    assert question_info("How many villages did the town have before the merger?").earlier
    assert not question_info("How many villages did the town have before 2019?").earlier  # a year bounds a date
    assert not question_info("How many villages does the town have now?").earlier


def test_the_nearest_word_of_time_before_an_amount_binds_it() -> None:
    text = WATER.split("\n\n")[1]
    info = replace(question_info("How much did water cost in the old days?"), english=True)
    assert time_bound(text, info, _figure(text, "46元")) == PAST_BOUND
    assert time_bound(text, info, _figure(text, "32元")) == LATER_BOUND
    # a question not asking what was is left alone
    now = replace(question_info("How much does water cost?"), english=True)
    assert time_bound(text, now, _figure(text, "32元")) == 1.0


def test_a_change_end_or_yuan_you_binds_only_its_own_clause() -> None:
    # 原有 heading a noun of another clause (加上原有设施) dates no amount; 增至 binds its own figure
    text = "新建設施日處理能力合計800噸，加上原有設施，全鎮日處理能力達到1.5萬噸。當年水池增至12座，並售水約3萬噸。"
    info = replace(question_info("How much water could the town treat a day in the old days?"), english=True)
    assert time_bound(text, info, _figure(text, "1.5萬噸")) == 1.0
    assert time_bound(text, info, _figure(text, "12座")) == LATER_BOUND
    assert time_bound(text, info, _figure(text, "3萬噸")) == 1.0


def test_an_english_question_asking_what_was_gets_the_past_amount(tmp_path: Path) -> None:
    # 41 stands after 原有 (what there was, weighed down when the question is not read as asking
    # it) and its clause holds fewer of the question's words than 23's: the base gave 23
    engine = engine_with(tmp_path, {"qinghe.txt": WATER})
    answer = engine.ask("How many townships did Qinghe county have before the merger?")
    assert answer.text is not None and answer.text.startswith("41")
