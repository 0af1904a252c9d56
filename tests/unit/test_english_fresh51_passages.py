"""English questions of the fresh51 study (passage side), on small invented text."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

_WELLS = {"qinghe.txt": (
    "青禾县抗旱水源工程建设完成\n\n"
    "本报讯 2025年4月2日，青禾县水利局发布消息，全县抗旱水源工程建设年度任务全部完成。\n\n"
    "全县今年新建消防站6座，总数达到41座，农田灌溉保证率由上一年度的64%提高到78.5%。\n"
)}


def test_a_total_reached_and_a_rise_from_the_last_period_are_the_present() -> None:
    """A report's 总数达到 (the count it sums up to) and 由上一年度的X提高到Y (a rise from the
    period before this one) say what there is now, as 目前 or 由原来的X提高到Y do."""
    from bot.answer.english.rates import PRESENT_WRITTEN

    assert PRESENT_WRITTEN.search("全县今年新建消防站6座，总数达到41座")
    assert PRESENT_WRITTEN.search("农田灌溉保证率由上一年度的64%提高到78.5%")
    assert PRESENT_WRITTEN.search("累计达到1.2万人")
    assert not PRESENT_WRITTEN.search("1998年，青禾县曾遭遇严重干旱，全县有消防站3座")
    assert not PRESENT_WRITTEN.search("由1998年的30%提高到50%")


def test_how_many_there_are_now_in_total_is_the_total_reached(tmp_path: Path) -> None:
    """"now ... in total" asks the present; the report's 总数达到41座 is it -- the passage is
    shown, not declined as a count of another time."""
    engine = engine_with(tmp_path, _WELLS)
    answer = engine.ask("How many fire stations does Qinghe county now have in total?", count=False)
    assert answer.results
    assert "41座" in answer.results[0].passage.text


def test_the_share_now_is_the_rise_from_the_last_period(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, _WELLS)
    answer = engine.ask("What is the irrigation guarantee rate of Qinghe's farmland now?", count=False)
    assert answer.results
    assert "78.5%" in answer.results[0].passage.text


_TEMPLE = {"songya.txt": (
    "松崖寺\n\n"
    "松崖寺位于青禾县西北的松崖山顶，始建于明代。\n\n"
    "寺前山道以青石铺砌，自山门向下延伸约2公里，沿途共有石阶860级，另有凉亭3座。\n"
)}


def test_a_count_in_ji_answers_how_many_steps() -> None:
    """级 counts the steps of a flight of stairs as well as grades: "how many steps" is
    answered by 860级; "how many pavilions" still is not (a grade is no count of them)."""
    from bot.answer.english.doubt import wrong_sort
    from index.figures import Figure

    steps = Figure(text="860级", start=0, end=4, kind="count", value=860.0, unit="级")
    assert not wrong_sort("How many stone steps are there on the mountain road?", steps, 0.9)
    assert wrong_sort("How many pavilions are there on the mountain road?", steps, 0.9)


def test_how_many_steps_shows_the_stairs_passage(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, _TEMPLE)
    answer = engine.ask("How many stone steps are there on the mountain road below Songya Temple?", count=False)
    assert answer.results
    assert "860级" in answer.results[0].passage.text
