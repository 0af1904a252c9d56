"""Mechanisms found studying questions_docs_ay (each general, each failing on the commit before): a
time of now typed after a keyword question's figure name (龋齿率 现在) asks that figure; a change
against last year's base typed last (出水量 比上年增长) asks its rate; a time before an event the
question writes (启动前) asks the figure whose clause writes it (而项目启动前全市只有125个); a most
then a place typed last as keywords (升幅最大 地区) asks the place, from the passage writing that most;
a count of what CC-CEDICT glosses as a kind of the thing asked (45所中小學: "middle and elementary
school", for 幾所學校: "school") counts it."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of

_CLINICS = {
    "榆汀視力": "榆汀縣學童視力年報\n\n【記者張可欣／榆汀報導】榆汀縣衛生局公布114年學童視力篩檢成果。全年篩檢國小"
                "學童12,480名，學童近視率由52.4%降至47.9%。\n\n衛生局並為每位學童建立視力紀錄，115年預計編列新臺幣"
                "1,600萬元。",
}
_TAPS = {
    "桐浦节水": "桐浦市节水器具推广情况\n\n桐浦市水务局发布节水器具推广情况。全年共更换节水龙头3.2万个，"
                "累计节水62.5万吨，比上年增长41.7%；参与家庭达到8.4万户。\n\n资金方面，全年投入2600万元，其中市级"
                "财政安排1800万元。",
}
_CANTEENS = {
    "桐溪食堂": "桐溪市社区食堂建设情况\n\n2026年1月9日，桐溪市民政局发布“社区食堂”项目一年来的实施情况。项目于2025年3月1日"
                "启动，一年来全市新建社区食堂215个，年底总数达到340个，而项目启动前全市只有125个。项目覆盖全市7个区县。\n\n"
                "全年共服务老年人46.2万人次，比上年增长35.8%。",
}


def test_a_time_of_now_typed_last_asks_the_figure_named() -> None:
    index = index_of(_CLINICS)
    assert answer_question(index, "榆汀縣 學童近視率 現在").text == "47.9%"


def test_a_change_against_last_year_typed_last_asks_its_rate() -> None:
    index = index_of(_TAPS)
    assert answer_question(index, "桐浦 累计节水 比上年增长").text == "41.7%"


def test_a_time_before_an_event_asks_the_figure_written_of_it() -> None:
    index = index_of(_CANTEENS)
    assert answer_question(index, "项目启动前全市有几个社区食堂").text == "125个"


_COMPLAINTS = {
    "溆灣噪音": "溆灣去年噪音投訴按年跌9.2%\n\n溆灣環境署今日公布，2025年共接獲噪音投訴12,480宗，按年下跌9.2%。\n\n"
                "按地區計，楓坳區接獲投訴3,102宗，佔全溆灣24.9%，為各區之首；荷堤區有2,240宗，排第二。\n\n"
                "升幅最大的是溆東區，投訴由2024年的812宗增至1,036宗，按年上升27.6%，署方指與區內新落成樓宇增加有關。",
}


def test_a_most_then_a_place_typed_last_asks_the_place() -> None:
    index = index_of(_COMPLAINTS)
    answer = answer_question(index, "溆灣 噪音投訴 升幅最大 地區")
    assert answer.text is None
    assert "溆東區" in answer.results[0].text


_SHOWS = {
    "桐嶼戲劇": "桐嶼縣兒童戲劇年報\n\n【記者陳可欣／桐嶼報導】桐嶼縣政府文化處公布114年兒童戲劇成果。全年演出1,286場。\n\n"
                "「戲劇進校園」計畫於114年3月1日開跑，全年到45所中小學巡演，共辦理92場，不少學校並安排學生上台演出。",
}


def test_a_kind_of_the_counted_thing_by_the_dictionary_is_counted() -> None:
    index = index_of(_SHOWS)
    assert answer_question(index, "戲劇進校園 去了幾所學校").text == "45所"
