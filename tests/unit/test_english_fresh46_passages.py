"""English questions of the fresh46 study (passage side), on small invented text."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.done_asked import done_asked
from tests.conftest import engine_with

_GREENWAYS = {"lanchuan.txt": (
    "岚川市绿道总长增至320公里\n\n"
    "本报讯 岚川市交通局2025年6月10日发布消息，岚川市今年新建绿道42公里，累计完成投资2.6亿元。\n\n"
    "测算显示，市民步行15分钟可达绿道的比例由2020年的38.5%提高到71.2%，沿线新设自行车驿站48处。\n\n"
    "按照规划，到2028年底，岚川市绿道总长将达到500公里，市民步行15分钟可达绿道的比例提高到90%以上。\n"
)}


def test_an_english_question_in_the_past_or_present_asks_no_plan() -> None:
    """The tense or "now" says what was done or what is; a plan, a target or the future named
    asks the plan."""
    assert done_asked("What percentage of residents can now reach a greenway?")
    assert done_asked("How many greenways did the city build in 2024?")
    assert not done_asked("What share of residents will be able to reach a greenway by 2028?")
    assert not done_asked("What was the target share of residents within reach of a greenway?")
    assert not done_asked("What percentage of residents can reach a greenway?")


def test_the_share_reached_now_is_not_the_plans(tmp_path: Path) -> None:
    """The plan paragraph names the city and repeats the share's words; the paragraph of what
    was reached does not name the city: asked what share can *now* reach a greenway, the plan
    (将…提高到90%以上) ranks below what was done (71.2%)."""
    engine = engine_with(tmp_path, _GREENWAYS)
    answer = engine.ask(
        "What percentage of Lanchuan residents can now reach a greenway within a fifteen-minute walk?", count=False
    )
    assert answer.results
    assert "71.2%" in answer.results[0].passage.text


_DYEHOUSE = {"yongchang.txt": (
    "永昌染坊\n\n"
    "永昌染坊是清代青川府的一家染坊。旧址位于今青川市东湖区柳塘街道，现辟为青川蓝染博物馆。\n\n"
    "永昌染坊由商人李守成创办于乾隆三十年（1765年），至民国二十四年（1935年）歇业。\n"
)}


def test_where_a_thing_stands_today_as_an_article_says_it() -> None:
    """An article says where a thing stands now by 位于今 (旧址位于今青川市…) and what it is now
    by 现辟为: a present the passage writes, not a past it tells of."""
    from bot.answer.english.rates import PRESENT_WRITTEN

    assert PRESENT_WRITTEN.search("旧址位于今青川市东湖区柳塘街道")
    assert PRESENT_WRITTEN.search("现辟为青川蓝染博物馆")
    assert not PRESENT_WRITTEN.search("由商人李守成创办于乾隆三十年")


def test_which_district_the_old_works_is_in_today_is_answered(tmp_path: Path) -> None:
    """"today" asks what the passage says of the present; the article's 旧址位于今… is: the
    founding paragraph's past (1765年) is not, and the place's paragraph is shown."""
    engine = engine_with(tmp_path, _DYEHOUSE)
    answer = engine.ask("Which district and subdistrict is the old Yongchang dye works in today?", count=False)
    assert answer.results
    assert "柳塘街道" in answer.results[0].passage.text
