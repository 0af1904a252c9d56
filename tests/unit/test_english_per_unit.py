"""An amount asked per a unit of measure ("what price *per kilogram*", "*per kilowatt-hour*") or
per a period named by its adjective ("what *monthly* allowance") that the best passage never
writes so (每公斤, 元/公斤, 亩均; 每月, 月补助) gets nothing (:mod:`bot.answer.english.per_unit`),
on small texts of its own."""

from __future__ import annotations

import pytest

from bot.answer.english.per_unit import asked_period, asked_unit, written_per, written_per_period
from bot.engine import Engine
from tests.conftest import engine_with

CITRUS = (
    "溪岭县柑橘产业一年间\n\n"
    "本报讯 溪岭县农业农村局通报，今年全县柑橘种植面积达3.2万亩，果农户均增收2.6万元。"
    "果农蒋秋禾家有18亩柑橘园，她说今年家里柑橘卖了9.8万元，比上年多收1.9万元。\n\n"
    "县里今年为果园新建灌溉水池126个，铺设输水管道48公里，全年果园用电约360万千瓦时。\n"
)

PRICED = (
    "溪岭县柑橘产业一年间\n\n"
    "本报讯 溪岭县农业农村局通报，今年全县柑橘种植面积达3.2万亩，果农户均增收2.6万元。"
    "今年柑橘收购价每公斤4.6元，比上年高出0.8元。\n"
)

CLINICS = (
    "溪岭县村医驻站服务一年间\n\n"
    "本报讯 溪岭县卫生健康局通报，全县村卫生室驻站服务实施一年来，共有村医236名参与驻站，"
    "县财政为此安排补助资金共计86万元，惠及村民4.1万人。\n\n"
    "驻站村医于2025年3月2日起轮流值守，每天接诊村民约12人次，村民看病往返路上的时间由2.5小时缩短到40分钟。\n"
)

PAID_MONTHLY = (
    "溪岭县村医驻站服务一年间\n\n"
    "本报讯 溪岭县卫生健康局通报，全县村卫生室驻站服务实施一年来，共有村医236名参与驻站，"
    "驻站村医每人月补助1200元，惠及村民4.1万人。\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with(tmp_path_factory.mktemp("per_unit"), {"citrus.txt": CITRUS})


@pytest.fixture(scope="module")
def priced(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with(tmp_path_factory.mktemp("per_unit_priced"), {"citrus.txt": PRICED})


def test_the_asked_unit_is_read_from_the_dictionary() -> None:
    """The unit after "per" as CC-CEDICT names it: what it measures and its headwords; a pinyin
    unit by its character; no period, person or thing."""
    kilogram = asked_unit("What price per kilogram did the growers get?")
    assert kilogram is not None and kilogram.dimension == "mass" and "公斤" in kilogram.words
    hour = asked_unit("What does the county pay per kilowatt-hour for electricity?")
    assert hour is not None and hour.dimension == "power" and {"千瓦时", "度"} <= hour.words
    metre = asked_unit("What is the weight of the paper in grams per square metre?")
    assert metre is not None and metre.dimension == "area" and "平方米" in metre.words
    mu = asked_unit("What is the average yield per mu?")
    assert mu is not None and mu.dimension == "area" and "亩" in mu.words
    assert asked_unit("What is the income per capita?") is None
    assert asked_unit("How many visitors per year?") is None
    assert asked_unit("How many visitors came?") is None


def test_a_rate_is_written_after_mei_a_slash_or_before_jun() -> None:
    """The asked unit or any of its dimension (每斤 for "per kilogram") after 每 or a slash, or
    before 均 or 产; not a unit written after a figure (360万千瓦时) nor one of another dimension."""
    kilogram = asked_unit("price per kilogram")
    assert kilogram is not None
    assert written_per("柑橘收购价每公斤4.6元", kilogram)
    assert written_per("名优茶均价每斤680元", kilogram)
    assert not written_per("亩均纯收益3260元", kilogram)
    assert not written_per("柑橘卖了9.8万元，种植面积3.2万亩", kilogram)
    mu = asked_unit("yield per mu")
    assert mu is not None and written_per("平均亩产521公斤", mu) and written_per("亩均纯收益3260元", mu)
    cubic = asked_unit("fee per cubic metre")
    assert cubic is not None and written_per("收费3.2元/立方米", cubic)
    hour = asked_unit("price per kilowatt-hour")
    assert hour is not None and written_per("每度电0.5元", hour)
    assert not written_per("全年用电约360万千瓦时", hour)


@pytest.mark.parametrize("question", [
    "What price per kilogram did Xiling's citrus growers get for their fruit this year?",
    "What is the citrus yield per mu in Xiling county?",
])
def test_a_rate_the_passage_never_gives_gets_nothing(engine: Engine, question: str) -> None:
    """9.8万元 is a household's takings, 3.2万亩 and 18亩 areas: no price per 公斤, no yield per 亩."""
    answer = engine.ask(question, count=False)
    assert answer.text is None and not answer.results, (answer.text, answer.results[:1])


def test_a_rate_the_passage_gives_still_answers(priced: Engine) -> None:
    """"What price per kilogram did Xiling's citrus growers get?": the passage writing 每公斤4.6元
    is shown."""
    answer = priced.ask("What price per kilogram did Xiling's citrus growers get for their fruit this year?", count=False)
    assert answer.results and "每公斤4.6元" in answer.results[0].text, answer.results[:1]


def test_the_asked_period_is_read_from_its_adjective() -> None:
    """"monthly", "hourly", "daily" in lower case, or opening the question; "People's Daily" is a name."""
    assert asked_period("What monthly allowance do the doctors receive?") == "month"
    assert asked_period("What is the hourly fee for parking?") == "hour"
    assert asked_period("Monthly dues for each member shop, in wen?") == "month"
    assert asked_period("Who wrote the People's Daily piece?") is None
    assert asked_period("What allowance do the doctors receive?") is None


def test_a_period_is_written_as_a_rate_or_opening_a_word() -> None:
    assert written_per_period("每人每月补助1200元", "month")
    assert written_per_period("一居室平均月租金为1180元", "month")
    assert written_per_period("日最高气温平均为30～40°C", "day")
    assert not written_per_period("于2025年1月6日投入使用", "month")
    assert not written_per_period("全年补助资金共计86万元", "month")
    assert not written_per_period("时间由12分钟缩短到5分钟", "hour")


@pytest.mark.parametrize("question", [
    "What monthly allowance do Xiling's village doctors receive for staffing the clinics?",
    "What is the hourly fee the village clinics in Xiling charge?",
])
def test_a_period_the_passage_never_gives_gets_nothing(tmp_path_factory: pytest.TempPathFactory, question: str) -> None:
    """86万元 is a year's funds, 2.5小时 a journey: no amount per month, no fee per hour."""
    engine = engine_with(tmp_path_factory.mktemp("per_period"), {"clinics.txt": CLINICS})
    answer = engine.ask(question, count=False)
    assert answer.text is None and not answer.results, (answer.text, answer.results[:1])


def test_a_period_the_passage_gives_still_answers(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"What monthly allowance ...": the passage writing 每人月补助1200元 is shown."""
    engine = engine_with(tmp_path_factory.mktemp("per_period_paid"), {"clinics.txt": PAID_MONTHLY})
    answer = engine.ask("What monthly allowance do Xiling's village doctors receive for staffing the clinics?", count=False)
    assert answer.results and "月补助1200元" in answer.results[0].text, answer.results[:1]
