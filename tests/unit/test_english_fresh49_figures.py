"""Which figure of the passage is the direct answer to a wholly English question (english_fresh49
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


BRIDGE = (
    "青川县石拱桥\n\n"
    "青川县石拱桥始建于清代，全长46米。\n\n"
    "1992年至1994年，县文化局对石桥进行首次维修，耗资21万元。2008年，石桥被公布为县级文物保护单位。"
    "2019年至2021年再次维修，投入资金315万元，更换桥面石板208块。\n"
)


def test_a_bare_span_of_years_is_two_years_asked() -> None:
    """"the 2019-2021 repair" (and "2019–21") names the years 2019 and 2021, as "from 2019 to
    2021" does; a date written with dashes, a score or a Chinese question's span is no such span."""
    from bot.question import analyse
    from bot.question.year_spans import year_span_figures

    def years(question: str) -> list[str]:
        return [f.text for f in analyse(question).quoted if f.kind == "number"]

    assert years("How much did the 2019-2021 repair cost?") == ["2019", "2021"]
    assert years("How much did the 2019–21 repair cost?") == ["2019", "2021"]
    assert "2019" not in years("What happened on 2019-05-01?")
    assert year_span_figures("The match ended 3-2; who scored?") == ()
    assert year_span_figures("2019-2021年维修花了多少钱？") == ()
    assert years("How much did the 2021-2019 repair cost?") == []


def test_the_repair_of_the_years_asked_is_not_an_earlier_ones(tmp_path: Path) -> None:
    """The whole engine: the 2019-2021 repair cost 315万元, not the first repair's 21万元 (written
    under 1992年至1994年, first in the paragraph)."""
    engine = engine_with(tmp_path, {"bridge.txt": BRIDGE})
    answer = engine.ask("How much was spent on the 2019-2021 repair of the Qingchuan stone bridge, in 10,000 yuan?", count=False)
    assert answer.text == "315万元", answer.text


PARKS = (
    "青川县体育公园建设\n\n"
    "全县体育公园覆盖城乡社区，城关镇以6个社区、3200平方米场地居首；最少的是东岭镇，仅有2个社区、410平方米。\n\n"
    "不过，部分体育公园仍存在停车位不足、照明设施老化等问题，县体育局已着手整改。\n"
)


def test_a_count_of_another_thing_the_question_names_is_no_answer(tmp_path: Path) -> None:
    """"How many parking spaces have been added at the sports park communities?": the text counts
    the communities (仅有2个社区), never the parking spaces (停车位不足): nothing is shown. The
    communities themselves are still counted."""
    engine = engine_with(tmp_path, {"parks.txt": PARKS})
    answer = engine.ask("How many parking spaces have been added at Qingchuan's sports park communities?", count=False)
    assert answer.figure is None, answer.text
    answer = engine.ask("How many communities do the sports parks of Chengguan town cover?", count=False)
    assert answer.text == "6个", answer.text
