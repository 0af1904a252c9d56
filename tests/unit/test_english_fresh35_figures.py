"""Which figure of the passage is the direct answer to a wholly English question (english_fresh35
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

WORKS = (
    "临川学校修缮情况\n\n"
    "截至今年10月底，临川市中小学校舍修缮工程完工，共修缮学校36所，新建操场12个，完成投资27.5亿元。\n"
)


def test_a_unit_after_a_scale_is_the_unit_asked() -> None:
    """"in *billion* yuan", "in *10,000* yuan", "in *hundred million* yuan": the scale says how many
    of the unit, the unit (元) what is measured -- money, as "in billions of yuan" says."""
    from bot.answer.english.figures import asked_in_unit
    from index.english.query import EnglishUnit

    yuan = EnglishUnit("yuan", (("元", 1.0),), 1.0)
    for asked in ("in billion yuan", "in 10,000 yuan", "in hundred million yuan", "in billions of yuan"):
        assert asked_in_unit(f"total investment {asked}?", [yuan]) == "money", asked
    assert asked_in_unit("total investment in 2024?", [yuan]) is None


def test_a_keyword_question_in_a_scaled_unit_asks_that_amount(tmp_path: Path) -> None:
    """"Linchuan school renovation: total investment in billion yuan?": an amount of money
    (27.5亿元), not a count of the schools the question also names (36所)."""
    engine = engine_with(tmp_path, {"works.txt": WORKS})
    answer = engine.ask("Linchuan school renovation: total investment in billion yuan?", count=False)
    assert answer.text is not None and answer.text.startswith("27.5"), answer.text


SHOP = (
    "老街药铺\n\n"
    "老街药铺由药商创设于1820年，历经五代经营，1956年公私合营后改为城关镇联合诊所药房。\n\n"
    "2010年，城关镇修缮老街。\n"
)


def test_the_date_the_asked_verb_is_written_with_is_the_event_s(tmp_path: Path) -> None:
    """"In what year was the town pharmacy founded?": 创设于1820年 dates the founding, though the
    question's nouns (城关镇, 药房) stand by the later 1956年 (bot/answer/figure/clauses.event_dated:
    an English question's verb weighs half near a figure, so its date written with 于 weighs more)."""
    engine = engine_with(tmp_path, {"shop.txt": SHOP})
    answer = engine.ask("In what year was the town pharmacy founded?", count=False)
    assert answer.text is not None and answer.text.startswith("1820"), answer.text


def test_a_chinese_question_keeps_its_event_weight() -> None:
    """A Chinese question's verb weighs whole: its date written with 于 keeps EVENT_DATED."""
    from bot.answer.figure.clauses import ENGLISH_EVENT_DATED, EVENT_DATED, event_dated
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    text = "老街药铺由药商创设于1820年。"
    figure = next(f for f in passage_figures(text) if f.text.startswith("1820"))
    assert event_dated(text, QuestionInfo(kind="date", unit=None), figure, ["创设"]) == EVENT_DATED
    english = QuestionInfo(kind="date", unit=None, english=True)
    assert event_dated(text, english, figure, ["创设"]) == ENGLISH_EVENT_DATED


def test_a_closing_aside_in_10000_units_is_the_scale_asked() -> None:
    """", in 10,000 yuan?", "(in 10,000 yuan)?": the scale the answer is asked in (万元), no number
    10,000 to look for; "installed in 10,000 homes?" counts homes, and stays."""
    from bot.answer.english.scale_asides import asked_scale, without_scale

    assert asked_scale("How much did the city pay, in 10,000 yuan?") == 10000
    assert asked_scale("How much was spent on the hall (in 10,000 yuan)?") == 10000
    assert "10,000" not in without_scale("How much was spent on the hall (in 10,000 yuan)?")
    assert asked_scale("How many meters were installed in 10,000 homes?") is None


def test_a_money_question_asked_in_10000_yuan_is_answered(tmp_path: Path) -> None:
    """"How much was spent repairing the schools (in 10,000 yuan)?": 1680万元, not declined for
    a number (10,000) no document writes."""
    text = "临川学校修缮情况\n\n2016年至2018年，临川市投入修缮资金1680万元，修缮学校36所。\n"
    engine = engine_with(tmp_path, {"schools.txt": text})
    answer = engine.ask("How much was spent on renovation of the Linchuan schools (in 10,000 yuan)?", count=False)
    assert answer.text is not None and answer.text.startswith("1680"), answer.text


def test_an_amount_per_unit_is_asked_in_english() -> None:
    """"each <thing>", "on average" ask an amount per unit, as 每人, 人均 do; "each year" (a time)
    and "per cent" do not."""
    from bot.question import analyse

    assert analyse("On average, how much did a tourist spend?").per
    assert analyse("How much did each home get?").per
    assert not analyse("How many motorbikes are sold each year?").per
    assert not analyse("How many trips did they make for the topics they each led?").per
    assert not analyse("What per cent of homes?").per
    assert not analyse("How much did tourists spend?").per


TOURISM = "临川旅游消费情况\n\n据调查，游客在临川平均停留约2天，每人平均消费1200元；全年游客为临川带来的直接消费约8.6亿元。\n"


def test_on_average_asks_the_amount_per_person(tmp_path: Path) -> None:
    """"On average, how much did a tourist spend ...?": 每人平均消费1200元, not the year's total
    (8.6亿元), which still answers the question asking no amount per unit."""
    engine = engine_with(tmp_path, {"tourism.txt": TOURISM})
    answer = engine.ask("On average, how much did a tourist spend in Linchuan, in yuan?", count=False)
    assert answer.text is not None and answer.text.startswith("1200"), answer.text
    total = engine.ask("How much did tourists spend in Linchuan?", count=False)
    assert total.text is not None and total.text.startswith("8.6"), total.text
