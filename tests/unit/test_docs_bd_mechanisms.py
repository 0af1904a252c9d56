"""Mechanisms found studying `questions_docs_bd` and the negatives of every Chinese docs dev set
that were given a figure (each general, each failing on the commit before):

- people counted by their measure word (多少名灭鼠队员) are not counted by a figure in the measure
  word of cases (鼠患投诉5,217宗): 宗, 件 and 起 count cases and incidents, a kind of their own;
- an amount asked of one item (小麦播种面积) is not given by the clause giving it of a sibling item
  (粮食播种面积315.6万亩) that the document writes as one of a kind with it (小麦产量, 粮食总产量);
- a count of incidents in 起 (多少起骑乘事故) is asked in a measure word of things, as 宗 and 件 are:
  a figure in another measure word whose clause does not name the incidents (骑乘量1,364万人次) is
  no answer (the thirty-seventh session's zh2n prototype)."""

from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from tests.conftest import engine_with

_PESTS = {
    "沅汀鼠患投诉.txt": "沅汀去年鼠患投诉按年升近两成\n\n"
                  "沅汀食物环境卫生署昨日（2026年3月4日）公布，2025年共接获鼠患投诉3,862宗，按年上升18.4%。\n\n"
                  "署方全年进行后巷巡查4.1万次，捕获老鼠1.93万只。\n\n"
                  "署方表示会加强灭鼠工作，并与物业管理公司合作堵塞鼠洞。",
}


def test_people_counted_by_their_measure_word_are_no_count_of_cases(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _PESTS).index
    # 3,862宗 counts complaints, not the people asked for by 名
    assert not answer_question(index, "沅汀食环署去年聘请了多少名灭鼠队员？").results
    assert not answer_question(index, "沅汀食環署去年聘請了多少名滅鼠隊員").results
    # the cases themselves, asked by 宗 or 件, still answer
    assert answer_question(index, "沅汀去年接获多少宗鼠患投诉？").text == "3,862宗"
    assert answer_question(index, "沅汀去年接获多少件鼠患投诉？").text == "3,862宗"


_FARMING = {
    "沅川市农业统计公报.txt": "沅川市2025年农业统计公报\n\n"
                      "全年粮食播种面积128.4万亩，比上年增加0.6万亩；粮食总产量52.3万吨，增长1.2%。"
                      "其中，稻谷产量30.1万吨，小麦产量9.8万吨。\n\n"
                      "全年蔬菜产量86.5万吨，水果产量21.7万吨。",
}


def test_an_amount_of_one_item_is_not_given_by_a_siblings_clause(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _FARMING).index
    # 128.4万亩 is the grain's sown area; the document writes 小麦 as another item (小麦产量)
    assert answer_question(index, "沅川市2025年小麦播种面积有多少亩？").figure is None
    assert answer_question(index, "沅川市2025年小麥播種面積有多少畝").figure is None
    # the grain's own area and the wheat's own output still answer
    assert answer_question(index, "沅川市2025年粮食播种面积有多少亩？").text == "128.4万亩"
    assert answer_question(index, "沅川市2025年小麦产量是多少万吨？").text == "9.8万吨"


_BIKES = {
    "沅埕市公共自行车.txt": "沅埕市公共自行车\n\n沅埕市交通局日前公布公共自行车运营统计。\n\n"
                   "2025年全市公共自行车“沅骑”全年骑乘量达1,364万人次，较上年成长12.1%。\n\n"
                   "交通局提醒骑乘民众注意安全，发生事故可拨打客服专线。\n\n全市现有租赁站642个，2025年新设58个。",
}


def test_a_count_of_incidents_in_qi_is_no_count_of_rides(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _BIKES).index
    # 起 counts events, yet stands for 宗 and 件: 1,364万人次 counts rides, not 骑乘事故
    assert not answer_question(index, "沅骑2025年发生了多少起骑乘事故？").results
    assert not answer_question(index, "沅騎2025年發生了多少起騎乘事故").results
    # the rides themselves still answer
    assert answer_question(index, "沅骑2025年骑乘量是多少人次？").text == "1,364万人次"
