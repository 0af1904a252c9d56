"""Times of day and days of the week: read as figures of their own (not as two numbers, nor as a
length of time), asked for by 幾點 / "what time" and 星期幾, and answered with what the passage gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.format import answer_to_json
from bot.question import analyse
from index.figures import find_figures
from tests.conftest import engine_with


@pytest.mark.parametrize(
    ("text", "written", "minutes", "high"),
    [
        ("首班車6:00發車", "6:00", 360, None),
        ("末班車22:30從火車西站發出", "22:30", 1350, None),
        ("每晚19:00～21:00共演出4場", "每晚19:00～21:00", 1140, 1260),
        ("儀式在當天上午10時舉行", "上午10時", 600, None),
        ("晚上8點，西湖音樂噴泉開始表演", "晚上8點", 1200, None),
        ("開通儀式上午9點半舉行", "上午9點半", 570, None),
        ("正午12时26分，塔下没有影子", "正午12时26分", 746, None),
        ("凌晨2點15分發生地震", "凌晨2點15分", 135, None),
        ("中午1點開飯", "中午1點", 780, None),
        ("九點鐘開門", "九點鐘", 540, None),
        ("下午2時至5時開放", "下午2時至5時", 840, 1020),  # the second hour is the afternoon's too
        ("上午9時至下午5時開放", "上午9時至下午5時", 540, 1020),
        ("列車於10時許抵達", "10時", 600, None),
    ],
)
def test_a_time_of_day_is_one_figure_in_minutes_after_midnight(
    text: str, written: str, minutes: int, high: int | None
) -> None:
    times = [f for f in find_figures(text) if f.kind == "time"]
    assert [(f.text, f.value, f.high) for f in times] == [(written, minutes, high)]
    assert text[times[0].start : times[0].end] == written


@pytest.mark.parametrize(
    "text",
    [
        "會議提出5點意見",  # 點 counts points
        "這3時期的作品",
        "盛極一時，",  # a word, not one o'clock
        "全程用了2小時15分",  # a length of time
        "她以3:33.62奪冠",  # a swimmer's time
        "比分3:1",
        "三點五",
    ],
)
def test_what_is_not_a_time_of_day(text: str) -> None:
    assert [f.text for f in find_figures(text) if f.kind == "time"] == []


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("首班車幾點發車？", "time"),
        ("会议几点开始？", "time"),
        ("几点钟开门？", "time"),
        ("What time does the museum open?", "time"),
        ("報告提出了幾點意見？", "count"),  # 點 counting points
        ("首班車什麼時候開通？", "date"),
        ("In what time period was it built?", "date"),
    ],
)
def test_what_time_asks_a_time_of_day(question: str, kind: str) -> None:
    assert analyse(question).kind == kind


def test_until_what_time_asks_a_ranges_end() -> None:
    assert analyse("表演幾點結束？").until


STATION = (
    "杭州地鐵新線開通\n\n"
    "杭州地鐵19號線於2022年9月22日上午10時正式開通運營，首班車6:00發車，末班車22:30從火車西站發出。\n\n"
    "開通儀式在當天上午9點半舉行。西湖音樂噴泉每晚19:00～21:00共演出4場。\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return engine_with(Path(tmp_path_factory.mktemp("clock")), {"station.txt": STATION})


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("首班车几点发车？", "6:00"),
        ("末班車幾點從火車西站發出？", "22:30"),
        ("19號線幾點開通運營？", "上午10時"),
        ("開通儀式幾點舉行？", "上午9點半"),
        ("音樂噴泉每晚幾點演出？", "每晚19:00～21:00"),
        ("音樂噴泉每晚演出到幾點結束？", "21:00"),
        ("19號線什麼時候開通？", "2022年9月22日"),  # a date asked: the date, not the hour
        ("音樂噴泉每晚演出幾場？", "4場"),
    ],
)
def test_a_question_asking_the_time_is_answered_with_the_time(engine, question: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    reply = answer_to_json(engine.ask(question, count=False))
    assert reply["answer"] == answer
    assert reply["passages"][0]["doc"] == "station.txt"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("9月30日（星期六）晚舉行", ["星期六"]),
        ("禮拜天休息", ["禮拜天"]),
        ("週日開放", ["週日"]),
        ("展覽周一至周五開放", ["周一至周五"]),
        ("每周一次", []),  # once a week
        ("建校100週年", []),
        ("周刊出版", []),
    ],
)
def test_a_day_of_the_week_is_a_date_naming_only_it(text: str, written: list[str]) -> None:
    days = [f for f in find_figures(text) if f.kind == "date" and f.parts == "w"]
    assert [f.text for f in days] == written


@pytest.mark.parametrize("question", ["決賽是星期幾？", "决赛是礼拜几？", "決賽在週幾舉行？", "What day of the week was it?"])
def test_which_day_of_the_week_asks_a_weekday(question: str) -> None:
    info = analyse(question)
    assert (info.kind, info.date_part) == ("date", "w")


FINAL = (
    "女足決賽\n\n"
    "9月30日（星期六）晚，中國女足在黃龍體育中心以2:1戰勝日本隊，奪得金牌，3.2萬名觀眾到場觀看。\n"
)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("女足決賽是星期幾？", "星期六"),
        ("女足决赛是礼拜几？", "星期六"),  # 礼拜 is the question's word, not one the text must hold
        ("女足決賽在哪一天舉行？", "9月30日"),  # the weekday beside a date does not cut it off
        ("女足決賽是什麼時候舉行的？", "9月30日"),
    ],
)
def test_a_question_asking_the_weekday_is_answered_with_it(tmp_path: Path, question: str, answer: str) -> None:
    engine = engine_with(tmp_path, {"final.txt": FINAL})
    reply = answer_to_json(engine.ask(question, count=False))
    assert (reply["answer"], reply["passages"][0]["doc"]) == (answer, "final.txt")


def test_which_number_in_a_row_is_no_day_of_the_month() -> None:
    """第幾號 asks a number in a row (第12號颱風), 幾號 a day of the month."""
    assert analyse("梅花是今年第幾號颱風？").kind == "ordinal"
    assert (analyse("會議是幾號召開的？").kind, analyse("會議是幾號召開的？").date_part) == ("date", "d")


def test_which_month_and_day_asks_for_the_month_too() -> None:
    """幾月幾日 needs a date naming the month: 6月13日, not the bare 18日 beside it."""
    assert analyse("條約在幾月幾日簽訂？").date_part == "md"
    assert analyse("條約在哪一天簽訂？").date_part == "d"


def test_from_when_until_when_asks_the_whole_range() -> None:
    """從什麼時候辦到什麼時候 asks both ends: the range as written; 辦到什麼時候 its end alone."""
    from bot.answer import answer_question
    from tests.conftest import index_of

    index = index_of({"festival": "江汀市“夏夜江汀”文化节将于7月5日至8月20日举行，共安排演出46场，预计吸引游客30万人次。"})
    assert answer_question(index, "“夏夜江汀”文化節從什麼時候辦到什麼時候？").text == "7月5日至8月20日"
    assert answer_question(index, "“夏夜江汀”文化节从哪天到哪天？").text == "7月5日至8月20日"
    assert answer_question(index, "“夏夜江汀”文化节办到什么时候？").text == "8月20日"
