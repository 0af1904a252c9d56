"""English questions of the fresh46 study (figure side), on small invented text."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


def test_which_one_is_the_most_asks_the_thing_not_the_figure() -> None:
    """"Which county has the largest number of farms?" singles out a county by a figure: the
    county is asked, as 哪个县最多 asks -- not the count; "how many" beside it, "which year", "what
    was the largest number" or a Chinese question still ask a figure."""
    from bot.answer.english.which_most import which_most_asked

    assert which_most_asked("Which county of the province has the largest number of dairy farms?")
    assert which_most_asked("In which county is the share of dairy farms highest?")
    assert which_most_asked("Which breed gives the most milk?")
    assert not which_most_asked("Which county has the most farms, and how many does it have?")
    assert not which_most_asked("Which year saw the largest number of visitors?")
    assert not which_most_asked("What was the largest number of visitors in a day?")
    assert not which_most_asked("Which county has 64 dairy farms?")
    assert not which_most_asked("哪个县的奶牛场最多?")


def test_which_district_has_the_most_shows_no_count(tmp_path: Path) -> None:
    """The passage that names the district answers it; the count of it is no answer to "which
    district" (64个 was shown as the answer)."""
    engine = engine_with(tmp_path, {"farms.txt": (
        "青川县奶牛场\n\n全县共有奶牛场215个。其中，东坪区建成奶牛场64个，数量居首；西岭区建成31个。\n\n"
        "奶牛场年产鲜奶约12万吨。\n"
    )})
    answer = engine.ask("Which district of Qingchuan has the largest number of dairy farms?", count=False)
    assert answer.results and "东坪区" in answer.results[0].text
    assert answer.text is None


def test_a_count_followed_by_a_change_counts_what_was_named_before(tmp_path: Path) -> None:
    """比2020年底的58个增加104个: the verb of change after 58个 names no other thing it counts --
    the count is of the parks named before (the question was refused as counting another
    thing)."""
    engine = engine_with(tmp_path, {"parks.txt": (
        "青川县口袋公园增至162个 绿地面积达48.6公顷\n\n"
        "青川县园林局2024年11月20日发布消息，截至10月底，全县已建成开放口袋公园162个，比2020年底的58个增加104个，"
        "新增绿地面积48.6公顷。今年以来新建口袋公园31个，完成年度目标25个的124%，累计完成投资1.26亿元。\n\n"
        "公园全年举办社区音乐会等活动860场次，招募志愿者1240名参与管理。\n"
    )})
    answer = engine.ask("How many pocket parks did Qingchuan have at the end of 2020?", count=False)
    assert answer.results, "refused as counting another thing"
    assert answer.text == "58个"


def test_a_question_opening_before_something_asks_what_was() -> None:
    """"Before the drive, how many …" asks how things stood before they changed, as "originally"
    does (由11.2平方米增加到14.8平方米: the start); "before 2020" inside the question does not."""
    from bot.question import analyse

    assert analyse("Before the greening drive, how many square metres of green space did each resident have?").earlier
    assert analyse("Before its merger, how many staff did the bank employ?").earlier
    assert not analyse("How many square metres of green space did each resident have before 2020?").earlier
    assert not analyse("How many square metres of green space does each resident have?").earlier


def test_before_the_drive_is_the_figure_the_change_starts_from(tmp_path: Path) -> None:
    """由9.6平方米增加到13.2平方米: the figure before the drive is the one the change starts from."""
    engine = engine_with(tmp_path, {"green.txt": (
        "青川县绿化行动\n\n"
        "绿化行动明显改善了居民的休闲条件。测算显示，人均公园绿地面积由9.6平方米增加到13.2平方米，"
        "全县新建绿道46公里。\n\n"
        "行动全年举办社区音乐会等活动860场次，招募志愿者1240名参与管理。\n"
    )})
    answer = engine.ask(
        "Before the greening drive, how many square metres of park green space did each Qingchuan resident have?",
        count=False,
    )
    assert answer.text == "9.6平方米"
