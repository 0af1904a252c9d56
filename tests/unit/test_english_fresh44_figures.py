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


FUNDS = "资金方面，全县全年投入场馆改造资金3.65亿元，其中市级财政1.4亿元，区县配套1.25亿元，社会资本1亿元。"


def test_a_part_named_by_its_level_is_a_part() -> None:
    """其中市级财政1.4亿元 after the whole 3.65亿元: 市级 names the part (the city's level), so for an
    English question that names none, 1.4亿元 is a part (:data:`PART`) even when its 财政 is one of
    the question's words -- 级 after 市 is no measure word; a Chinese question as before (财政 names
    the part asked: :data:`PART_ASKED`)."""
    from bot.answer.figure.parts import PART, PART_ASKED, part_of
    from index.figures import passage_figures

    figures = {f.text: f for f in passage_figures(FUNDS)}
    assert part_of(FUNDS, figures["1.4亿元"], ["场馆", "财政", "改造"], english=True) == PART
    assert part_of(FUNDS, figures["3.65亿元"], ["场馆", "财政", "改造"], english=True) == 1.0
    assert part_of(FUNDS, figures["1.4亿元"], ["场馆", "财政", "改造"], english=False) == PART_ASKED  # 财政 names it


def test_a_guessed_translation_beside_a_part_is_not_what_it_counts() -> None:
    """"How much did the county spend on its venues" with "public" guessed 财政 (a share of 0.3):
    the whole 3.65亿元, not 1.4亿元 right after 财政 -- a dictionary's guess beside an amount is not
    taken as what the amount counts (its nearness is not doubled)."""
    from bot.answer.figure import choose
    from bot.question import analyse, with_english
    from tests.conftest import index_of

    index = index_of({"funds": FUNDS, "other": "全县场馆今年接待市民80万人次，公众满意度达到95%。"})
    info = with_english(analyse("How much did the county spend on venues for public use?"), "count", None, dimension="money", english_only=True)
    words = {"场馆": 0.6, "公众": 1.0, "财政": 0.3, "元": 0.4}
    choice = choose(FUNDS, words, index, info)
    assert choice is not None and choice.figure.text == "3.65亿元", choice


UPKEEP = "县里每年安排养护资金5200万元，按每公里每年约8.3万元的标准拨付到乡镇。"


def test_an_amount_each_year_asked_is_the_yearly_amount() -> None:
    """"How much ... *each year*" (:attr:`QuestionInfo.rate` "year"): 每年安排养护资金5200万元 is
    the amount asked, not one per unit (:data:`PER_UNIT`); 每公里每年约8.3万元 is still per
    kilometre; a question asking no period reads both as before."""
    import dataclasses

    from bot.answer.figure.per_unit import PER_UNIT, per_unit
    from bot.question import analyse, with_english
    from index.figures import passage_figures

    figures = {f.text: f for f in passage_figures(UPKEEP)}
    plain = with_english(analyse("How much does the county set aside for road upkeep?"), "count", None, dimension="money", english_only=True)
    yearly = dataclasses.replace(plain, rate="year")
    assert per_unit(UPKEEP, yearly, figures["5200万元"]) == 1.0
    assert per_unit(UPKEEP, yearly, figures["8.3万元"]) == PER_UNIT
    assert per_unit(UPKEEP, plain, figures["5200万元"]) == PER_UNIT


def test_each_year_asked_in_english_is_read_as_a_rate() -> None:
    """read_question gives a wholly English count asking "each year" the rate "year"; none without."""
    from bot.answer.query import read_question
    from tests.conftest import index_of

    index = index_of({"upkeep": UPKEEP})
    assert read_question(index, "How much does the county set aside each year for road upkeep?").info.rate == "year"
    assert read_question(index, "How much did the county set aside for road upkeep?").info.rate is None
