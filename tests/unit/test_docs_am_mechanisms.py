"""Mechanisms found studying questions_docs_am (each general, each failing on the commit before):
a change reaches its level with 到 or 至 alike (降到 / 降至); the head of an office (署长, whatever
jieba tags it) is a role asked; a place or person asked after the share that singles it out (升幅最大的
街市位於哪一區) is asked, not the share; a most before 是哪 (最多的是哪个乡镇) asks which one is the most."""

from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from bot.question import analyse
from index.question_words import written_otherwise
from tests.conftest import engine_with, index_of


def test_a_change_reaches_its_level_with_dao_or_zhi() -> None:
    assert written_otherwise("降到") == ("降至",) and written_otherwise("增加至") == ("增加到",)
    assert written_otherwise("来到") == () and written_otherwise("直至") == ()  # no change


def test_the_head_of_an_office_is_a_role_asked() -> None:
    index = index_of({"街市": "澔灣漁農署（漁農署）於2025年公布數據，漁農署轄下的澔灣漁港全年卸貨量按年上升4.1%，漁農署表示滿意。\n\n"
                      "漁農署署長何志明表示，署方將於明年擴建冷藏庫。"})
    answer = answer_question(index, "澔灣漁農署署長是誰？")
    assert "署長何志明" in answer.results[0].text


def test_a_place_asked_after_the_share_that_singles_it_out() -> None:
    assert analyse("泓湾人流升幅最大的街市位于哪一区？").kind == "where"
    assert analyse("失业率最高的是哪个区").kind == "where"
    assert analyse("增长率最高的企业负责人是谁").kind == "who"
    assert analyse("哪个区的增长率是多少").kind == "percent" and analyse("升幅是多少").kind == "percent"


def test_a_most_before_which_asks_which_one_is_the_most(tmp_path: Path) -> None:
    document = (
        "澄嶼縣海岸清理成果\n\n"
        "澄嶼縣環保局公布，114年全縣共清出海洋廢棄物1,830公噸，較113年成長18.2%，澄嶼縣海岸清理成效顯著。\n\n"
        "全縣海岸線全長86.4公里，共劃分12個清理責任區。清出量最多的是北澳鄉，達437公噸，占全縣的23.9%；其次為南灣鎮。\n\n"
        "監測方面，澄嶼縣環保局設置監測樣區28處，每季調查一次，澄嶼縣114年第4季平均每100公尺海岸線有廢棄物352件。\n"
    )
    engine = engine_with(tmp_path, {"chengyu.txt": document})
    answer = engine.ask("澄屿县114年清出海废最多的是哪个乡镇？", count=False)
    assert "清出量最多的是北澳鄉" in answer.results[0].text
