"""Mechanisms found studying `questions_docs_bg` with every Chinese docs dev set (each general, each
failing on the commit before):

- 新增了几辆 asks the count of the new ones, as 新增几辆 does: the 了 after 新增 does not make it a
  change's size (增了多少), which only a figure after a verb of change would answer."""

from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
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
