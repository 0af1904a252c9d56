"""Statistical bulletins, press items and work reports: a growth rate asked (增长速度, 升了多少,
GDP增速), a share that is not a growth (比重为17.6%, not 增长14.3%), a count by its own measure
word (多少道), an amount in a currency typed as a sign (HK$), and last year's work, not this
year's plan."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.answer.currencies import currencies_written
from bot.answer.figure.clauses import PLANNED, planned
from bot.question import analyse
from corpus.loader import parse_document
from index.build import build_index
from index.figures import passage_figures
from index.search import Index

BULLETIN = """林州市2023年国民经济和社会发展统计公报

初步核算，2023年全市地区生产总值3120.55亿元，比上年增长5.9%。其中，第一产业增加值201.33亿元，增长3.2%；第二产业增加值1288.40亿元，增长6.4%；第三产业增加值1630.82亿元，增长5.6%。

全年高技术制造业增加值增长13.8%，占规模以上工业增加值的比重为16.9%；装备制造业增加值增长10.7%，占比为30.2%。
"""

PRESS = """第三季訪港旅客

旅發局初步估計，第三季過夜旅客人均消費約6,180港元，較去年同期下跌8.4%。第三季過夜旅客約498萬人次，平均留港3.2晚。

機場管理局公布，9月份客運量約430萬人次，按年上升17.1%；貨運量約39.8萬公噸，按年上升5.9%。
"""

REPORT = """柳川市政府工作报告（摘要）

过去一年，全市改造城镇老旧小区118个，新增城市绿地85公顷。

今年将集中办好十件民生实事，包括新增普惠性托育位1000个，改造老旧小区75个，新建社区食堂26个。
"""

BOOK = """《弧矢新術》

代表作《弧矢新術》六卷成書於康熙三十年（1691年），書中收錄算題216道，系統介紹了弧矢割圓之法。
"""


@pytest.fixture(scope="module")
def documents() -> Index:
    texts = [("bulletin.txt", BULLETIN), ("press.txt", PRESS), ("report.txt", REPORT), ("book.txt", BOOK)]
    return build_index([parse_document(name, text.encode()) for name, text in texts])


def test_a_growth_rate_asked_is_a_rise() -> None:
    """增长速度是多少, 增长率为多少, 增长了百分之几, 升了多少, GDP增速: the size of a rise."""
    for question in ("第三产业增长速度是多少？", "增长率为多少", "人口增长了百分之几", "货运量同比升了多少", "林州 GDP增速"):
        assert analyse(question).change == "up", question
    assert analyse("第三产业增长速度是多少？").kind == "percent"
    assert analyse("出口降幅").change == "down"
    assert analyse("城镇化率是多少").change is None


def test_a_growth_rate_is_answered_by_the_rise(documents: Index) -> None:
    """第三产业增长速度: 5.6%, not the 1630.82亿元 the industry added."""
    assert answer_question(documents, "林州第三产业增长速度是多少？").text == "5.6%"


def test_a_share_asked_is_not_a_growth() -> None:
    """占…多大比重: 16.9%, the share -- 增长13.8% tells how much the industry grew."""
    shares = BULLETIN.split("\n\n")[0] + "\n\n" + BULLETIN.split("\n\n")[2]
    index = build_index([parse_document("shares.txt", shares.encode())])
    assert answer_question(index, "林州高技术制造业在规上工业增加值里占多大比重？").text == "16.9%"


def test_a_count_by_its_measure_word_is_not_one_by_another(documents: Index) -> None:
    """多少道算题: 216道, not 六卷 -- 道 is a measure word, and 卷 counts other things."""
    assert analyse("一共收了多少道算题").unit == "道"
    assert answer_question(documents, "《弧矢新術》一共收了多少道算題？").text == "216道"


def test_a_currency_typed_as_a_sign_is_its_measure_word(documents: Index) -> None:
    """多少 HK$: 多少港元 -- the amount in 港元, not the 498萬人次 of the same paragraph."""
    assert currencies_written("每人消費多少 HK$？") == "每人消費多少港元？"
    assert currencies_written("how much in HK$?") == "how much in HK$?"  # English reads it itself
    assert answer_question(documents, "第三季過夜旅客平均每人消費多少 HK$？").text == "6,180港元"


def test_last_years_work_is_not_this_years_plan(documents: Index) -> None:
    """去年改造了多少个老旧小区: 118个 done, not the 75个 今年将 do -- a figure its sentence gives
    as a plan weighs half for a question about last year, and fully for any other."""
    plan = REPORT.split("\n\n")[2]
    done = REPORT.split("\n\n")[1]
    planned_figure = next(f for f in passage_figures(plan) if f.text == "75个")
    done_figure = next(f for f in passage_figures(done) if f.text == "118个")
    assert planned(plan, planned_figure, ["去年", "改造", "老旧小区"]) == PLANNED < 1.0
    assert planned(done, done_figure, ["去年", "改造", "老旧小区"]) == 1.0
    assert planned(plan, planned_figure, ["今年", "改造", "老旧小区"]) == 1.0
    assert answer_question(documents, "柳川去年改造了多少个老旧小区？").text == "118个"


WETLANDS = """青川县湿地保护情况

截至去年底，全县湿地保护率达到56.8%，湿地面积12.4万亩。

下一步，全县计划新建湿地公园3处，湿地保护率力争达到60%。县林业局已定于5月20日召开湿地保护推进会。
"""


def test_a_question_asking_no_plan_is_not_answered_by_a_target() -> None:
    """湿地保护率现在是多少: the 56.8% reached, not the 60% 力争达到 -- a figure its sentence gives
    as a plan or a target weighs half for a question asking no plan or future; fully for one
    that asks a plan (计划, 今年, 预计), and a date (定于5月20日召开) is when it happens."""
    reached, plan = WETLANDS.split("\n\n")[1:3]
    target = next(f for f in passage_figures(plan) if f.text == "60%")
    day = next(f for f in passage_figures(plan) if f.kind == "date")
    assert planned(plan, target, ["湿地", "保护率", "现在"]) == PLANNED < 1.0
    assert planned(reached, next(f for f in passage_figures(reached) if f.text == "56.8%"), ["湿地", "保护率"]) == 1.0
    assert planned(plan, target, ["湿地", "保护率", "计划"]) == 1.0
    assert planned(plan, target, ["今年", "湿地", "保护率"]) == 1.0
    assert planned(plan, day, ["湿地", "推进会", "召开"]) == 1.0
    index = build_index([parse_document("wetlands.txt", WETLANDS.encode())])
    assert answer_question(index, "青川县湿地保护率现在是多少？").text == "56.8%"
    assert answer_question(index, "青川县计划把湿地保护率提高到多少？").text == "60%"


def test_a_word_merely_holding_a_future_character_asks_no_plan() -> None:
    """社会, 重要, 大会 hold 会 or 要 but ask no future: the plan still weighs half; 会 asked as a
    word of its own (会达到多少) asks one."""
    plan = WETLANDS.split("\n\n")[2]
    target = next(f for f in passage_figures(plan) if f.text == "60%")
    assert planned(plan, target, ["社会", "湿地", "保护率"]) == PLANNED
    assert planned(plan, target, ["重要", "湿地", "保护率"]) == PLANNED
    assert planned(plan, target, ["湿地", "保护率", "会"]) == 1.0
