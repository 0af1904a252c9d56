"""Mechanisms found studying `questions_docs_bg` (its short follow-up, zh_bg2) with every Chinese docs
dev set (each general, each failing on the commit before):

- a count in a measure word of things written right before another noun (覆盖全县11个乡镇, 全市7个城区已全部设站)
  counts that noun: it does not answer a question counting another thing by its measure word
  (多少个助餐点, 多少个站)."""

from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from bot.question import analyse
from tests.conftest import engine_with


_STATIONS = {
    "汀湄共享单车.txt": "汀湄市共享单车运营报告发布\n\n"
    "本报讯 汀湄市交通运输局昨日发布共享单车年度运营报告。截至2025年底，全市共有停放站1,248站，其中2025年新设163站，"
    "多数设在地铁站周边；全市7个城区已全部设站，平均每站服务半径约300米。\n\n"
    "交通运输局表示，明年将继续加密站点。",
    "澜岙助餐点.txt": "澜岙县老年助餐服务覆盖全县\n\n"
    "记者从澜岙县民政局获悉，自2024年5月首批老年助餐点启用以来，全县助餐点由项目启动前的41个增至214个，净增173个，"
    "已覆盖全县11个乡镇，全年累计提供助餐服务63.5万人次。\n\n"
    "民政局表示，下一步将推广助餐配送服务。",
    "溱川义务植树.txt": "溱川市义务植树活动综述\n\n"
    "市绿化委员会日前通报，2025年全市共有386家机关、企业和学校组织义务植树，比上年增加42家，植树23.6万株。",
}


def test_a_count_followed_by_another_noun_counts_that_noun(tmp_path: Path) -> None:
    assert analyse("截至2025年底澜岙全县有多少个助餐点？").noun_after == "助餐点"
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _STATIONS).index
    # 7个城区已全部设站 counts 城区: no answer to 多少个站
    assert answer_question(index, "汀湄去年新设了多少个站").text != "7个"
    assert answer_question(index, "汀湄市去年新設了多少個站？").text != "7个"
    # 覆盖全县11个乡镇 counts 乡镇, not 助餐点
    assert answer_question(index, "截至2025年底澜岙全县有多少个助餐点？").text == "214个"
    # ... and still answers a question counting 乡镇 or 城区
    assert answer_question(index, "澜岙县助餐网络覆盖了多少个乡镇").text == "11个"
    assert answer_question(index, "汀湄市有几个城区").text == "7个"
    # a list of kinds after the count (机关、企业和学校) is what the asked 单位 names together
    assert answer_question(index, "溱川2025年有多少家单位组织了义务植树？").text == "386家"
