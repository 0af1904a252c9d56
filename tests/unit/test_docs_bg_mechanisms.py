"""Mechanisms found studying `questions_docs_bg` with every Chinese docs dev set (each general, each
failing on the commit before):

- 新增了几辆 asks the count of the new ones, as 新增几辆 does: the 了 after 新增 does not make it a
  change's size (增了多少), which only a figure after a verb of change would answer;
- a date the question writes as the base of a comparison (比113年增长了多少) is no date it asks: a
  figure under another year than it (114年…較113年…成長26.0%) is not weighed down as of another year."""

from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from bot.answer.figure.dated import dated_otherwise
from bot.answer.figure.fitness import CONTRAST
from bot.question import analyse
from index.figures import passage_figures
from tests.conftest import engine_with


_BUSES = {
    "沅湾社区巴士.txt": "沅湾市社区巴士工程实施一周年\n\n"
                  "本报讯 沅湾市交通局今天发布消息，社区巴士工程启动一年来，全市社区巴士线路由48条增至75条。\n\n"
                  "从车辆类型看，新增车辆中中型巴士有142辆，小型巴士有87辆，无障碍巴士有36辆。"
                  "巴士统一配备空调和刷卡设备。\n\n"
                  "交通局表示，明年将继续优化线路。",
}


def test_newly_added_with_le_asks_a_count_not_a_change(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _BUSES).index
    # 新增了几辆 asks as 新增几辆 does: the new ones' count, not the size of a rise
    assert answer_question(index, "新增了几辆小型巴士").text == "87辆"
    assert answer_question(index, "新增了幾輛無障礙巴士？").text == "36辆"
    # a change asked with 了 still reads its verb: 由48条增至75条 is a level reached, no rise's size
    assert answer_question(index, "社区巴士线路增加了多少条").text != "48条"


_SHUTTLES = {
    "沅岫幸福小巴.txt": "沅岫縣幸福小巴114年載客突破30萬人次\n\n"
                  "【記者許霽川／沅岫報導】沅岫縣政府交通處115年1月9日公布114年「幸福小巴」營運成果。全年載客31萬2,600人次，"
                  "較113年的24萬8,100人次成長26.0%，首度突破30萬人次。\n\n"
                  "為照顧偏鄉學童，幸福小巴自114年9月起在上下學時段加開班次，全年學生搭乘5萬8,200人次，較113年增加1萬3,400人次。\n\n"
                  "交通處表示，115年將再新增6條路線。",
}


def test_a_year_compared_with_is_no_year_asked() -> None:
    text = _SHUTTLES["沅岫幸福小巴.txt"].split("\n\n")[1]
    share = next(f for f in passage_figures(text) if f.text == "26.0%")
    # 比113年: the base of the change, not the year 26.0% is of (it stands under 114年, the year asked)
    for question in ("沅岫县幸福小巴114年载客比113年增长了多少？", "沅岫縣幸福小巴114年載客與113年相比成長了多少？"):
        assert dated_otherwise(text, analyse(question), share) == 1.0
    # a year the question asks the figure of is still one: 113年's change is not 114年's
    assert dated_otherwise(text, analyse("沅岫县幸福小巴113年载客增长了多少？"), share) == CONTRAST

