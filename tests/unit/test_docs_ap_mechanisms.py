"""Mechanisms found studying questions_docs_ap (each general, each failing on the commit before):
what stands before the 由 of a change is what both its figures count (坐席由48个增至64个); a later
clause changing the part 其中 named measures that part again, and a currency or 相关 names no other
part; a noun closing 几/多少 is the count's own measure word (设了几站: 17站); the head of the office
the question names is found in its document's passage writing the head alone (署長麥穎詩); a sum
named by its 款 asks money; a year no passage writes withholds the figure."""

from __future__ import annotations

from bot.answer import answer_question
from index.figures.units import measured
from tests.conftest import index_of


def test_the_word_before_a_changes_from_is_what_its_figures_count() -> None:
    index = index_of({"岑川热线": "岑川市市场监管局发布2025年消费维权报告。\n\n"
                                  "12315热线全年接听电话38.6万个，接通率95.1%。为应对话务高峰，"
                                  "热线坐席由上年的40个增至56个，新招录接线员22名。"})
    assert answer_question(index, "岑川 12315热线 坐席 现在有几个").text == "56个"


def test_a_change_of_the_part_after_qizhong_answers_the_part_named() -> None:
    index = index_of({"岑川投诉": "网络购物投诉3.12万件，同比增长15.2%，占投诉总量的30.1%。"
                                  "其中直播带货相关投诉7650件，比上年的4210件增长81.7%，主要集中在虚假宣传。"})
    assert answer_question(index, "岑川 直播带货投诉 增长率").text == "81.7%"


def test_a_currency_names_no_other_part() -> None:
    index = index_of({"澐潭防疫": "經費方面，114年防疫經費新臺幣1億2,400萬元，其中中央補助新臺幣4,100萬元；"
                                  "另編列新臺幣1,180萬元用於空屋清理。"})
    assert answer_question(index, "澐潭114年防疫經費中，中央補助多少？").text == "4,100萬元"


def test_a_noun_closing_how_many_is_the_counts_own_measure_word() -> None:
    index = index_of({"澐潭快篩": "市府首度成立快篩社區站，第一站於114年5月1日開設，全年共設21站，"
                                  "提供快篩8,420人次，篩出陽性31人。"})
    assert answer_question(index, "澐潭 快篩社區站 全年設了幾站").text == "21"


def test_the_head_of_the_office_asked_is_the_passage_writing_the_head_alone() -> None:
    index = index_of({"翠灣郊野公園": "翠灣漁農自然護理署於2026年1月20日公布，2025年全年到訪郊野公園的遊客約"
                                      "1,120萬人次，按年上升9.8%，翠灣漁農自然護理署稱人數創新高。\n\n"
                                      "署方全年派出巡邏人員約4.1萬人次，並首次使用無人機巡查山火高危地帶。\n\n"
                                      "署長葉嘉雯表示，2026年計劃投放約1.6億港元修繕遠足徑。"})
    assert "葉嘉雯" in answer_question(index, "翠灣漁農自然護理署署長是誰？").results[0].text


def test_a_sum_named_by_its_kuan_asks_money() -> None:
    assert measured("罚没款总共多少") == "money" and measured("拨了多少救灾款？") == "money"
    assert measured("所借款需在多久内还清") == "time" and measured("新款有多少") is None


def test_a_year_no_passage_writes_withholds_the_figure() -> None:
    index = index_of({"澐潭市登革熱防疫成果": "澐潭市政府衛生局於115年1月20日公布114年登革熱防疫成果，全年本土病例"
                                            "42例，比上年減少61.5%。\n\n"
                                            "市府全年動員志工3,200人次，較113年增加800人次，清除孳生源1.8萬處，並首度成立快篩社區站。\n\n"
                                            "經費方面，114年防疫經費新臺幣1億2,400萬元，其中中央補助新臺幣4,100萬元。\n\n"
                                            "衛生局長表示，115年防疫經費將增至新臺幣1億5,600萬元，誘卵桶擴增至900個。"})
    other = answer_question(index, "澐潭市113年登革熱防疫經費是多少？")
    assert other.results and other.text is None and not other.confident  # only 114年's and 115年's are given
    assert answer_question(index, "澐潭市114年登革熱防疫經費是多少？").text == "1億2,400萬元"
