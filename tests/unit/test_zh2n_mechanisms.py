"""Mechanisms found studying the negatives of every Chinese docs dev set that were given a figure
(each general, each failing on the commit before):

- a count in 个 answers a question asking another measure word (多少家健身俱乐部, 几台设备) only
  when its clause writes the thing counted, even where the document counts other things in the
  asked measure word (健身站点达到5630个 counts no 健身俱乐部; 开设科室42个 no 设备);
- a count asked of a noun qualified before its head (多少件遊客受傷事故) counts the head (事故):
  a figure in another measure word whose clause writes only the qualifier (团体游客共1,240团) is
  no count of it;
- a count of people by their measure word (多少名乡村医生) is no count in 个 of other things
  (医疗卫生机构3,126个) whose clause does not write them, as for a measure word of things."""

from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from tests.conftest import engine_with

_SPORTS = {
    "汀澜市全民健身.txt": "汀澜市全民健身\n\n汀澜市体育局公布，2025年全市新建体育公园12个，新增健身步道186公里。\n\n"
                  "基层体育组织建设同步推进，村（社区）体育健身站点达到4,270个，社会体育指导员1.6万人。\n\n"
                  "全市共有体育类社会组织386家，比上年增加21家。",
}


def test_a_count_in_ge_counts_no_other_thing_where_the_document_counts_in_the_asked_measure(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _SPORTS).index
    # 4,270个 counts 健身站点, not 健身俱乐部, though the document counts organisations in 家
    assert answer_question(index, "汀澜市2025年共有多少家健身俱乐部？").figure is None
    assert answer_question(index, "汀瀾市2025年共有多少家健身俱樂部").figure is None
    # what its clause writes, in 个 or in another measure word, still answers
    assert answer_question(index, "汀澜市村（社区）体育健身站点有多少个？").text == "4,270个"
    assert answer_question(index, "汀澜市有多少家体育类社会组织？").text == "386家"


_FARMS = {
    "沅岭县观光农场.txt": "沅岭县观光农场\n\n沅岭县农业局日前公布观光农场经营情况。\n\n"
                  "2025年观光农场游客组成上，散客41.3万人次，团体游客共1,240团，其中亲子团386团。\n\n"
                  "全年县府抽查农场设施218次，受理游客投诉37次。\n\n"
                  "县府要求各农场落实安全责任，防范各类事故，游客受伤须即时通报。",
}


def test_a_count_named_by_its_head_noun_is_not_answered_beside_its_modifier(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _FARMS).index
    # 1,240团 counts 游客 groups; the question counts 事故 (游客 only says whose): no count of it
    assert answer_question(index, "沅岭县观光农场2025年发生多少件游客受伤事故？").figure is None
    assert answer_question(index, "沅嶺縣觀光農場2025年發生多少件遊客受傷事故").figure is None
    # a count whose clause writes the head itself, in another measure word, still answers
    assert answer_question(index, "沅岭县观光农场2025年受理了多少件游客投诉？").text == "37次"


_HEALTH = {
    "泠州市卫生健康统计.txt": "泠州市卫生健康统计\n\n泠州市卫生健康委员会日前发布2025年卫生健康事业发展统计公报。\n\n"
                    "2025年末全市共有医疗卫生机构3,126个，其中村卫生室1,840个；卫生技术人员4.2万人。\n\n"
                    "全市继续加强乡村医生队伍建设，推进乡村医生向执业助理医师转化。",
}


def test_a_count_of_people_by_their_measure_word_is_no_count_in_ge_of_other_things(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _HEALTH).index
    # 3,126个 counts 医疗卫生机构: no count of 乡村医生, though 名 counts people and 个 anything
    assert not answer_question(index, "泠州市2025年末共有多少名乡村医生？").results
    assert not answer_question(index, "泠州市2025年末共有多少名鄉村醫生").results
    # people counted, and a count in 个 of what its clause names, still answer
    assert answer_question(index, "泠州市2025年末共有多少名卫生技术人员？").text == "4.2万人"
    assert answer_question(index, "泠州市2025年末共有多少个村卫生室？").text == "1,840个"
