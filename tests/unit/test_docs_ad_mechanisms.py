"""Mechanisms found studying questions_docs_ad (each general, each failing on the commit before):
a price changed per unit (由每立方米3.10元调整为3.35元) is no price of a former owner; a rise asked
with one verb is found written with another of its kind in another part of the sentence (成长 ~
增加); a share of the question's part is no share of its whole (占外籍旅客的六成); a role's name asked
with 叫/姓; Cantonese question words (跌咗幾多, 係邊一日); a rate typed with a relative period after it
(教師流失率 本學年) and a figure of another such period (上學年); a thing counted written apart
around its figure (耗银1.8万两 for 银两); 是位于 says where a thing lies; the same measure of another
said with 则为."""

from __future__ import annotations

from bot.answer import answer_question
from bot.question import analyse
from tests.conftest import index_of


def test_a_price_changed_per_unit_is_asked_after_the_change() -> None:
    index = index_of({"燃气": "气价方面，自2025年7月1日起，全市居民第一档燃气价格由每立方米2.85元调整为3.05元，低保家庭每户每月减免10立方米。"})
    assert answer_question(index, "居民第一档燃气价格调整后每立方米多少钱？").text == "3.05元"


def test_a_rise_asked_is_found_written_with_another_verb_of_its_kind() -> None:
    index = index_of({
        "旅游": "凇江县旅游局于2月5日公布统计，2025年全县乡村旅游共接待游客286万人次，较上年的251万人次增加13.9%，"
        "创下新高；带动旅游收入约19.4亿元，成长7.2%。"
    })
    assert answer_question(index, "凇江县2025年乡村旅游游客人次成长了多少%？").text == "13.9%"
    # where the very verb asked is written in the same part of the sentence, the other is not it
    from bot.answer.figure.changed_alike import changed_alike
    from index.normalize import aligner_for

    info = analyse("保有量比上年末增长了多少？")
    text = "保有量达到21.3万辆，比上年末增加6.2万辆，增长41.1%。带动产值1.2亿元，增加3.3%。"
    spans = changed_alike(aligner_for(text), info, {"增长": 1.0})["增长"]
    assert [text[a:b] for a, b in spans] == ["增长", "增加"] and spans[1][0] > text.index("。")


def test_a_share_of_the_questions_part_is_no_share_of_its_whole() -> None:
    index = index_of({
        "游客": "游客仍以本地居民为主，外地游客约32万人次，占比7.6%，较上年的5.9%提高1.7个百分点，其中来自邻省的游客约占外地游客的七成。"
    })
    assert answer_question(index, "外地游客占游客的比例是多少？").text == "7.6%"


def test_a_roles_name_asked_with_jiao_finds_the_person() -> None:
    assert analyse("合作社的社长叫什么名字").kind == "who" and analyse("这座桥叫什么名字").kind != "who"
    index = index_of({
        "农场": "位于东涧乡的「松风果园农场」于2025年4月取得全县第一张有机认证。场主林耀宗表示，农场以雨水回收灌溉。\n\n"
        "全县休闲农场共86家。"
    })
    answer = answer_question(index, "松风果园农场的场主叫什么名字")
    assert answer.results and "林耀宗" in answer.results[0].text


def test_cantonese_question_words_are_read_as_written_chinese() -> None:
    from bot.answer.cantonese import cantonese_written

    assert cantonese_written("學生總數按年跌咗幾多？") == "學生總數按年跌了多少？"
    assert cantonese_written("花展入場人數最多係邊一日") == "花展入場人數最多是哪一日"
    assert cantonese_written("旁邊有幾多間學校，海邊一日遊，關係係咩") == "旁邊有多少間學校，海邊一日遊，關係是什么"
    index = index_of({"学额": "截至2025年9月中，全区中小学学生总数为61.3万人，按年下跌3.4%，其中小学生32.1万人。"})
    assert answer_question(index, "中小學學生總數按年跌咗幾多？").text == "3.4%"


def test_a_rate_typed_with_a_relative_period_asks_that_periods_rate() -> None:
    assert analyse("教師流失率 本學年").kind == "percent"
    index = index_of({"教师": "教师方面，全区中小学教师共58,210名。上学年教师流失率为10.2%，本学年回落至8.7%，为五年来最低。"})
    assert answer_question(index, "教師流失率 本學年").text == "8.7%"
    assert answer_question(index, "上学年教师流失率是多少").text == "10.2%"


def test_a_thing_counted_is_found_written_apart_around_its_figure() -> None:
    index = index_of({"堰": "工程自万历十二年正月动工，历时两年完成，共征用民夫约2,800名，耗银1.5万两。清代曾两次重修。"})
    answer = answer_question(index, "修筑这道堰一共花了多少银两？")
    assert answer.text == "1.5万两"


def test_is_located_in_says_where_the_thing_lies() -> None:
    text = (
        "汶川堰\n\n汶川堰是位於汀陽縣石門鎮東側汶川河上的一座古代引水灌溉工程，始建於明萬曆十二年（1584年）。\n\n"
        "2021年9月，汶川堰入選古代水利工程名錄。\n\n2023年5月8日，汶川堰陳列館正式開放，館藏碑刻127件。"
    )
    index = index_of({"汶川堰": text, "其他": "其他文件，講的是別的事情。"})
    assert "位於汀陽縣" in answer_question(index, "汶川堰在什麼地方？").results[0].text


def test_the_same_measure_of_another_said_with_ze_wei_is_that_ones() -> None:
    index = index_of({"成本": "以公营学校计算，小学每名学生的平均单位成本为10.8万元，中学则为12.9万元。"})
    assert answer_question(index, "公营中学每名学生的平均单位成本是多少").text == "12.9万元"
    assert answer_question(index, "公营小学每名学生的平均单位成本是多少").text == "10.8万元"
