"""English questions of the fresh45 study (figure side), on small invented text."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


def test_scale_aside_naming_what_its_unit_measures() -> None:
    """", in 10,000 tonnes of grain?" asks the answer in 万吨 as ", in 10,000 tonnes?" does: the
    unit may be followed by "of" and what it measures; no number 10,000 is left to find."""
    from bot.answer.english.scale_asides import asked_scale, without_scale

    asked = "How much grain did the county store last year, in 10,000 tonnes of grain?"
    assert asked_scale(asked) == 10_000
    assert "10,000" not in without_scale(asked)
    assert "grain?" in without_scale(asked)
    assert asked_scale("What was the fund worth (in 10,000 taels of silver)?") == 10_000
    assert asked_scale("How much water was saved, in 100,000,000 cubic metres of water?") == 100_000_000
    # a count of homes with more words after it is no scale
    assert asked_scale("How many meters were installed, in 10,000 homes of the city last year?") is None


def test_a_scale_aside_with_what_its_unit_measures_is_answered(tmp_path: Path) -> None:
    """The scale said as "in 10,000 taels of silver" is no number the text must write (the
    question was declined as naming a number no document holds)."""
    engine = engine_with(tmp_path, {"guild.txt": (
        "青溪会馆\n\n青溪会馆由盐商集资兴建，道光年间为其鼎盛时期，会馆公产达白银6万两。\n\n"
        "会馆占地约1800平方米，共有房屋31间。\n"
    )})
    answer = engine.ask(
        "At its peak, how much property did the Qingxi guild hall own, in 10,000 taels of silver?", count=False
    )
    assert answer.results, "declined as if it named a number the text lacks"
    assert "6万两" in answer.results[0].passage.text


_HALL = (
    "青溪会馆\n\n"
    "青溪会馆由盐商方启元于乾隆三十年（1765年）以白银9000两购地兴建，取名「青溪」。"
    "嘉庆五年（1800年）加建戏楼。道光二十年（1840年）会馆遭火，同治四年（1865年）由方氏后人方怀德出资重修，"
    "重修后的大殿较原来加高1.6米。\n\n"
    "会馆占地约1800平方米，共有房屋31间。\n"
)


def test_an_amount_of_another_year_is_no_answer_when_the_asked_year_comes_later(tmp_path: Path) -> None:
    """"How much silver … in 1865?" is not answered by 9000两 of a sentence dated 1765: the text
    writes 1865 only in a later sentence, which gives no amount of silver (9000两 was shown)."""
    engine = engine_with(tmp_path, {"hall.txt": _HALL})
    answer = engine.ask("How many taels of silver did Fang Huaide spend rebuilding the guild hall in 1865?", count=False)
    assert answer.text is None or "9000" not in answer.text


def test_an_amount_of_the_year_asked_is_still_answered(tmp_path: Path) -> None:
    """The same question about 1765, whose sentence writes the amount, is answered."""
    engine = engine_with(tmp_path, {"hall.txt": _HALL})
    answer = engine.ask("How many taels of silver did Fang Qiyuan spend buying the land in 1765?", count=False)
    assert answer.text is not None and "9000" in answer.text


_GUILD = (
    "青溪会馆\n\n"
    "光绪年间为青溪会馆的鼎盛时期，会馆公产达白银5万两，每年接待客商约3000人次。"
    "民国以后，会馆渐衰，1938年停办。\n\n"
    "会馆占地约1800平方米，共有房屋31间。\n"
)


def test_a_reign_period_dates_the_figures_after_it() -> None:
    """CC-CEDICT gives a reign's years: 光绪 1875-1908, 乾隆 reigned 1735-1799 (not the
    emperor's life, 1711-1799)."""
    from bot.answer.english.years import reign_years

    assert reign_years("光绪") == (1875, 1908)
    assert reign_years("乾隆") == (1735, 1799)
    assert reign_years("会馆") is None


def test_an_amount_of_a_reign_period_is_no_answer_for_a_year_outside_it(tmp_path: Path) -> None:
    """"How much silver … in 1938?" is not answered by 5万两 of 光绪年间 (1875-1908): the
    text gives the amount of another time, and 1938 only in a later sentence (5万两 was shown)."""
    engine = engine_with(tmp_path, {"guild.txt": _GUILD})
    answer = engine.ask("How much silver did the Qingxi guild hall own in 1938?", count=False)
    assert answer.text is None or "5万两" not in answer.text


_DEEDS = (
    "裕丰典\n\n"
    "裕丰典是一座当铺，光绪年间资本达白银3万两，民国二十六年（1937年）因战事歇业。\n\n"
    "裕丰典旧址今属西市街道。现存当票、账簿等文书860件，其中年代最早的一张当票开于嘉庆二年（1797年）。\n"
)


def test_a_count_whose_clause_goes_on_to_another_year_is_no_answer(tmp_path: Path) -> None:
    """"How many pawn tickets … in 1937?" is not answered by 一张 of 最早的一张当票开于嘉庆二年（1797年）:
    the one ticket counted is of 1797 (一张 was shown)."""
    engine = engine_with(tmp_path, {"guild.txt": _DEEDS})
    answer = engine.ask("How many pawn tickets were still unredeemed when Yufeng closed in 1937?", count=False)
    assert answer.text is None or "一张" not in answer.text
