"""Mechanisms found studying questions_docs_x (each general, each failing on the commit before):
the passage whose date the asked event's verb follows comes first; a part the question names after
其中 is what is asked; a percent written as a share (占…的) answers a question asking a share; 将
before a verb of change says what will be, no answer about now."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.figure import choose_figure
from bot.question import analyse
from tests.conftest import index_of

LOCK = (
    "雲岫閘\n\n"
    "雲岫閘是江南運河上的一座古代船閘，位於今嵐溪縣境內。閘始建於明嘉靖三年（1524年），清雍正年間改建為雙門石閘，"
    "此後屢經修繕，至今仍可通航。\n\n"
    "明嘉靖三年（1524年），知縣周文淵募工在舊堰處築閘，歷時一年完工。\n\n"
    "清雍正元年（1723年）秋，洪水沖毀閘身。清雍正五年（1727年），官府撥銀改建雙門石閘，由河道官吳紹督工，"
    "至雍正八年（1730年）竣工，共耗銀約三萬兩。\n\n"
    "2015年至2017年，文物部門對雲岫閘實施全面修繕，總投資約1.2億元。"
)


def test_the_passage_whose_date_the_asked_event_follows_comes_first() -> None:
    """完工 asked, 竣工 written right after a date in another passage of the document: that
    date, not the founding year of the passage that holds more of the question's other words."""
    index = index_of({"雲岫閘": LOCK, "其他": "其他文件，講的是別的事情。"})
    answer = answer_question(index, "云岫闸改建为双门石闸是哪年完工的？")
    assert answer.text == "雍正八年（1730年）"
    assert "竣工" in answer.results[0].text


def test_a_date_of_another_numbered_thing_does_not_come_first() -> None:
    """开工 asked for 3号线: a date 开工 follows in a clause about 4号线 is another line's."""
    text = (
        "2024年9月30日，岚城地铁3号线一期工程开通初期运营，市长出席开通仪式并宣布线路通车。\n\n"
        "3号线一期全长28.4公里，设车站19座，其中换乘站5座。工程于2018年11月8日开工建设，总投资约210亿元。\n\n"
        "岚城地铁3号线二期工程正在加紧建设，计划于2027年底通车；4号线一期工程已于2024年5月开工，全长21公里。"
    )
    index = index_of({"地铁": text, "其他": "其他文件，講的是別的事情。"})
    assert answer_question(index, "岚城地铁3号线何时动工").text == "2018年11月8日"


def test_a_part_the_question_names_after_其中_is_what_is_asked() -> None:
    paragraph = "床位方面，全區現有護理院舍640間，其中私營院舍452間，約佔七成；資助院舍共188間。"
    index = index_of({"院舍": paragraph, "其他": "其他文件。"})
    info = analyse("全區有幾多間私營護理院舍")
    figure, _ = choose_figure(paragraph, ["全区", "私营", "护理院舍"], index, info)
    assert figure is not None and figure.text == "452間"
    # the whole, when the part is not asked
    info = analyse("全區有幾多間護理院舍")
    figure, _ = choose_figure(paragraph, ["全区", "护理院舍"], index, info)
    assert figure is not None and figure.text == "640間"


def test_a_share_asked_is_the_percent_written_as_one() -> None:
    """占比 asked: the 2.8% written after 占, not the growth beside more of the question's words."""
    paragraph = (
        "岚宁省邮政管理局发布数据。分专业看，同城配送业务量2.1亿单，同比下降1.6%；异地配送业务量30.4亿单，增长12.5%；"
        "国际及港澳台配送业务量0.9亿单，增长38.7%，占全省配送业务量的2.8%。分城市看，省会完成配送业务量14.2亿单，占全省的42.6%。"
    )
    index = index_of({"配送": paragraph, "其他": "其他文件，講的是別的事情。"})
    assert answer_question(index, "国际及港澳台配送 占比").text == "2.8%"
    assert answer_question(index, "国际及港澳台配送业务量增长了多少").text == "38.7%"  # a change asked


def test_what_will_be_raised_to_is_no_answer_about_now() -> None:
    text = (
        "市環境局局長表示，到2026年底，全市污水集中處理率將提高到98%以上，並在全部鄉鎮建成污水管網。\n\n"
        "數據顯示，2025年1月至9月，全市日均處理污水86萬噸，同比增長3.1%，全市污水集中處理率達到95.2%。"
    )
    index = index_of({"污水": text, "其他": "其他文件，講的是別的事情。"})
    assert answer_question(index, "全市现在的污水集中处理率有多高？").text == "95.2%"


def test_a_count_asked_in_its_measure_word_is_the_passage_counting_in_it() -> None:
    """多少座 asked: the passage counting 涵閘 in 座 first, not the close one counting 民宿 in 家."""
    text = (
        "雲岫堤\n\n"
        "雲岫堤是嵐溪縣境內的一段古代防洪土石堤，全長約12.4公里，明代始築，清代屢經修補。\n\n"
        "堤身內側以條石砌護，每丈約用石料40塊。堤後另築土備堤一道，沿堤原設排水涵閘9座，現存6座。\n\n"
        "每年汛期過後，雲岫堤沿線都會吸引遊客踏青。2024年，雲岫堤沿線村落的民宿增至120家。"
    )
    index = index_of({"雲岫堤": text, "其他": "其他文件，講的是別的事情。"})
    assert answer_question(index, "雲岫堤沿線原本設有多少座涵閘？").text == "9座"


def test_when_something_first_happened_is_the_earliest_close_year_of_the_document() -> None:
    """最早…開始修築 asked: the passage dating the start (始築於…1524年) over the close one dating
    a later repair (2015年至2017年…全面修繕), which holds as many of the question's words."""
    text = (
        "雲岫堤\n\n"
        "雲岫堤是嵐溪縣境內的一段古代防洪石堤，原長約12.4公里。雲岫堤始築於明嘉靖三年（1524年），清代屢經修補。\n\n"
        "2015年至2017年，文物部門對雲岫堤實施全面修繕，總投資約1.2億元。\n\n"
        "2021年，雲岫堤博物館在堤旁建成開放，展出文物及標本860件。"
    )
    index = index_of({"雲岫堤": text, "其他": "其他文件，講的是別的事情。"})
    assert answer_question(index, "雲岫堤最早是哪一年開始修築的").text == "嘉靖三年（1524年）"


def test_a_name_referred_back_to_is_where_the_text_names_it() -> None:
    """该条例 stands for 《岚溪县城乡河道保洁管理条例》: the date it came into force, not the press day."""
    paragraph = (
        "12月5日，岚溪县水利局举行新闻发布会，通报《岚溪县城乡河道保洁管理条例》施行四年来的成效。"
        "该条例于2020年10月1日起施行，目前全县1320个村庄已全部实行河道保洁，机关、学校、医院等公共机构保洁覆盖率达到100%。"
    )
    index = index_of({"河道": paragraph, "其他": "其他文件，講的是別的事情。"})
    assert answer_question(index, "《岚溪县城乡河道保洁管理条例》是从哪天起施行的？").text == "2020年10月1日"


def test_a_founding_written_before_its_date_dates_the_start() -> None:
    """开始修建 asked: the close passage writing 始建于唐开元十二年（724年） (the start's word, then 于,
    then the date) comes first, over passages dating the temple's relics and its exhibition that
    write neither a start nor 修建."""
    text = (
        "青岩博物院\n\n"
        "展品中最受关注的是1983年在青岩寺塔基地宫出土的鎏金舍利函，函高16.2厘米，重1.31千克，记有青岩寺供养人姓名。\n\n"
        "“青岩寺千年遗珍展”于2026年12月18日至2027年3月28日在该院二号展厅展出，青岩寺文物首次集中亮相。\n\n"
        "1990年，青岩寺塔被公布为省级文物保护单位，青岩寺的僧舍同时修缮。\n\n"
        "青岩寺位于岱溪市西郊，始建于唐开元十二年（724年），北宋元丰三年（1080年）重修。"
    )
    index = index_of({"青岩": text, "其他": "其他文件，講的是別的事情。"})
    assert answer_question(index, "青岩寺是哪一年开始修建的？").text == "开元十二年（724年）"
