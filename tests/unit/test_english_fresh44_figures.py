"""Which figure of the passage is the direct answer to a wholly English question (english_fresh44
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations


POOL = "收费方面，室外场地全部免费，游泳馆实行低价收费，游泳每场次12元、乒乓球每小时10元。全年收取的费用860万元全部用于场地维护。"


def test_one_thing_asked_in_english_asks_the_amount_for_one() -> None:
    """"How much does *one* swimming session cost" asks the amount for one session, as "each"
    does (:attr:`QuestionInfo.per`); "one of", "which one", "in one year" do not."""
    from bot.question import analyse

    assert analyse("How much does one swimming session cost at the county pool?").per
    assert analyse("How much does a single ticket cost?").per
    assert not analyse("How much did one of the two banks lend?").per
    assert not analyse("How much money was raised in one year?").per
    assert not analyse("How many kilograms of leaf are needed for one kilogram of tea?").per
    assert not analyse("How much did the county spend on the pool?").per


def test_a_sum_over_the_year_is_no_amount_for_one() -> None:
    """For an English question asking the amount for one (each, one), a figure whose clause gives a
    sum (全年收取的费用860万元; 累计, 共计) fits :data:`PER_UNIT`; 12元 after 每场次 fits as the amount
    per one; a question asking no amount per one reads the sum as before."""
    from bot.answer.figure.per_unit import PER_UNIT, per_unit
    from bot.question import analyse, with_english
    from index.figures import passage_figures

    figures = {f.text: f for f in passage_figures(POOL)}
    one = with_english(analyse("How much does one swimming session cost at the county pool?"), "count", None, dimension="money", english_only=True)
    assert per_unit(POOL, one, figures["860万元"]) == PER_UNIT
    assert per_unit(POOL, one, figures["12元"]) == 1 / PER_UNIT
    plain = with_english(analyse("How much did the county pool collect in fees?"), "count", None, dimension="money", english_only=True)
    assert per_unit(POOL, plain, figures["860万元"]) == 1.0


def test_one_swimming_session_costs_the_fee_per_session() -> None:
    """"How much does one swimming session cost?" on the fee paragraph: 12元 (每场次), not the
    year's fees 860万元 that stand right after 费用 ("cost")."""
    from bot.answer.figure import choose
    from bot.question import analyse, with_english
    from tests.conftest import index_of

    index = index_of({"pool": POOL, "other": "全县共有游泳馆12座，全年接待游客90万人次，维护费用由县财政承担。", "fees": "培训费用、门票费用均已公示。"})
    info = with_english(analyse("How much does one swimming session cost at the county pool?"), "count", None, dimension="money", english_only=True)
    words = {"游泳": 0.5, "游泳馆": 1.0, "费用": 1.0, "session": 0.4}
    choice = choose(POOL, words, index, info)
    assert choice is not None and choice.figure.text == "12元", choice
