"""Mechanisms found studying questions_docs_al (each general, each failing on the commit before):
尊 counts statues and 盏 lamps; a season named relative to now by what happens in it (上一冰雪季)
is a period like 上季, and a figure whose clause names none, right before a clause opening with
the asked one (收入132.6亿元，上一冰雪季为104.9亿元), is the one compared with it; the division a
thing belongs to now (今天属于哪个行政区) is asked where, answered by the passage writing 今屬;
which one is the most (哪个区游客最多) is answered by the passage writing that most."""

from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from bot.question import analyse
from index.figures import passage_figures
from tests.conftest import engine_with, index_of


def test_zun_counts_statues_and_zhan_lamps() -> None:
    assert [f.text for f in passage_figures("現存造像2,318尊，路燈1,200盞。")] == ["2,318尊", "1,200盞"]
    index = index_of({"石窟": "岫雲石窟開鑿洞窟64個、佛龕212個，存有造像1,735尊、題記碑刻98則。"})
    assert answer_question(index, "岫雲石窟有多少尊造像？").text == "1,735尊"


def test_the_last_season_named_by_what_happens_in_it_is_asked_as_such() -> None:
    assert analyse("上一采茶季的收入是多少").periods == ("上一采茶季",)
    index = index_of({"采茶季": "在今年3月至5月的采茶季中，全县共接待游客38.2万人次，同比增长12.1%；"
                      "实现旅游收入12.6亿元，上一采茶季为9.8亿元，增长28.6%。"})
    assert answer_question(index, "上一采茶季的旅游收入是多少亿元？").text == "9.8亿元"
    assert answer_question(index, "这个采茶季的旅游收入是多少亿元？").text == "12.6亿元"


def test_the_division_a_thing_belongs_to_now_is_asked_where() -> None:
    assert analyse("澄霞寺塔今天属于哪个行政区？").kind == "where"
    assert analyse("哪个县的游客最多").kind == "where" and analyse("哪个市场最大").kind != "where"
    index = index_of({"澄霞寺塔": "澄霞寺塔是建於唐代的一座磚塔，位於青溪東岸的台地上，今屬嵐州市青溪區。\n\n"
                      "1998年成立澄霞寺塔文物管理所，澄霞寺塔的日常看護由管理所負責，首任所長為文物專家周明遠。"
                      "管理所於2021年出版《澄霞寺塔志》，澄霞寺塔的測繪圖首次公開。"})
    answer = answer_question(index, "澄霞寺塔今天屬於哪個行政區？")
    assert "今屬嵐州市青溪區" in answer.results[0].text


def test_which_one_is_the_most_is_answered_where_the_text_writes_the_most(tmp_path: Path) -> None:
    document = (
        "湳潭溫泉旅遊統計\n\n"
        "湳潭縣政府觀光處公布統計，全縣溫泉區去年共接待旅客3,214,500人次，較前年成長12.4%。\n\n"
        "就各溫泉區而言，以霧峰溫泉區旅客最多，達1,152,300人次，占全縣的35.8%；其次為石坑溫泉區。\n\n"
        "住宿方面，全縣溫泉旅館客房數合計4,210間，全年平均住房率為63.1%。\n\n"
        "觀光處處長表示，溫泉是湳潭最重要的觀光資產，未來將結合茶園與步道，推出溫泉遊程，讓旅客不只冬天來，"
        "夏天也願意來湳潭。\n"
    )
    engine = engine_with(tmp_path, {"nantan.txt": document})
    answer = engine.ask("湳潭哪个温泉区游客最多？", count=False)
    assert "以霧峰溫泉區旅客最多" in answer.results[0].text
