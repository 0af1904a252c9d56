"""Mechanisms found studying questions_docs_t (each general, each failing on the commit before):
a span of time asked by 多少时间; a school year (三年级) is no span; the former state (原有) against
what is (今存); a rise typed as a keyword (境外收入 增长); an amount per 10 shares (每10股); a total
asked by 总 before what it counts (总奖金); a range asked by 从哪天…到哪天 when jieba joins the verb
to 到 (办到); a dynasty's years for a date asked of it (明代是哪一年)."""

from __future__ import annotations

from bot.answer import answer_question
from bot.question import analyse
from index.figures import passage_figures
from index.figures.units import measured
from tests.conftest import index_of

RACE = (
    "今年海澄馬拉松賽事總獎金增至320萬港元，較去年增加15.3%。全馬男女子冠軍各可獲獎金15萬港元，"
    "本地組冠軍岑子朗現為體育學院三年級學生。"
)


def test_how_much_time_asks_a_span_of_time() -> None:
    assert measured("多少时间") == "time"
    assert measured("用时") == "time"
    index = index_of({"赛事": RACE})
    # no span of time is written: neither the prize money nor the school year answers
    assert answer_question(index, "男子冠軍跑了多少時間？").text is None


def test_a_school_year_is_no_span_of_years() -> None:
    assert [f.text for f in passage_figures("岑子朗現為體育學院三年級學生")] == []
    assert [f.text for f in passage_figures("工程历时三年完成")] == ["三年"]


WALL = "城牆上原有敵樓24座、馬面186座、垛口約9,600個，今存敵樓7座。迎薰門城樓為重檐歇山頂。"


def test_what_is_left_is_not_what_there_was() -> None:
    index = index_of({"城牆": WALL})
    assert answer_question(index, "城墙上现在还剩几座敌楼？").text == "7座"
    assert answer_question(index, "城墙上原来有几座敌楼？").text == "24座"


def test_a_rise_typed_as_a_keyword_asks_its_size() -> None:
    info = analyse("启衡智能 境外收入 增长")
    assert (info.kind, info.change) == ("percent", "up")
    assert analyse("水利建设投资 同比下降").change == "down"
    assert analyse("境外收入增长").kind is None  # no keyword apart: a phrase, not a question
    index = index_of({"年报": "2024年启衡智能境外收入12.65亿元，同比增长42.7%，占营业收入的比例升至27.0%。"})
    assert answer_question(index, "启衡智能 境外收入 增长").text == "42.7%"


def test_an_amount_per_ten_shares_is_asked_per_unit() -> None:
    assert analyse("每10股派多少现金红利？").per
    index = index_of({"年报": "启衡智能拟向全体股东每10股派发现金红利4.5元（含税），合计派发现金红利1.80亿元。"})
    assert answer_question(index, "啟衡智能每10股派多少現金紅利？").text == "4.5元"


def test_a_total_asked_by_zong_before_the_counted_thing() -> None:
    assert analyse("马拉松总奖金有多少？", counted="奖金").total
    assert not analyse("马拉松奖金有多少？", counted="奖金").total
    index = index_of({"赛事": RACE})
    assert answer_question(index, "海澄馬拉松總獎金有多少？").text == "320萬港元"


def test_a_range_asked_from_which_day_to_which_day() -> None:
    info = analyse("灯会从哪天办到哪天？")
    assert info.since and info.until
    index = index_of({"灯会": "每年元宵節前後，城牆都會在南門一帶舉辦燈會，2024年燈會展期為2月10日至3月3日，共展出燈組約120組。"})
    assert answer_question(index, "2024年城墙灯会从哪天办到哪天？").text == "2月10日至3月3日"


REPAIRS = (
    "1983年至1987年，汀陵市文物局主持城牆第一期修復工程，修復南門及東段城牆約2.1公里。"
    "2009年3月至2013年12月，汀陵城牆進行第二期整治工程，總投資9.8億元，修復城牆約4.3公里，並搬遷牆根住戶1,240戶。"
)


def test_a_counted_thing_no_text_names_beside_every_other_word_and_the_asked_measure() -> None:
    """人家 is written nowhere, but one passage writes 城牆, 第二期, 整治, 搬遷 and a count in 戶: the
    reader's word for what it counts (住戶). A thing counted by 个 or by a measure word no passage
    counts in stays absent."""
    index = index_of({"城牆": REPAIRS})
    answer = answer_question(index, "城牆第二期整治搬遷了多少戶人家？")
    assert answer.text == "1,240戶"
    assert answer_question(index, "城牆第二期整治搬遷了多少輛汽車？").text is None
    assert answer_question(index, "城牆第二期整治搬遷了多少個家庭？").text is None
    from bot.answer.counted_beside import counted_beside

    assert not counted_beside(index, "户", [])


def test_who_holds_a_role_is_answered_beside_the_role() -> None:
    """The passage naming the association but no chairman ranks first by its words;
    the one writing 協會主席 and a name after it is what answers 協會主席是誰."""
    index = index_of({"馬拉松": (
        "第十二屆海澄國際馬拉松昨日舉行。主辦機構海澄業餘田徑協會今日公布賽事數據，今年共有7.4萬名"
        "跑手報名，較去年增加4,000人，實際起跑人數為6.82萬人。\n\n"
        "全程馬拉松今年首次改道，起點設於尖灣道體育館，終點設於維澄公園。\n\n"
        "協會主席麥潤添表示，明年第十三屆賽事定於2026年2月8日舉行。"
    )})
    answer = answer_question(index, "海澄业余田径协会主席是谁？")
    assert "麥潤添" in answer.results[0].text
