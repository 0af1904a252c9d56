"""English round eng64r (the right passage ranked 2nd or 3rd, below another passage): small
invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

READING_ROOMS = """澄溪县书屋建设实施一年 全县建成书屋126家

本报讯 记者从县文化局获悉，该县书屋建设实施一年来，累计建成书屋126家，惠及群众约8.1万人。

这一项目于3月6日正式启动，覆盖全县112个行政村。

澄溪县文化局局长沈砚秋表示，乡村书屋计划明年继续推进，计划到2027年全县乡村书屋总数达到300家。
"""


def test_a_plan_s_target_date_is_no_answer_to_when_something_was_done(tmp_path) -> None:
    """"When did Chengxi's village reading room programme officially get under way?": 计划到2027年
    holds the question's words ("programme": 计划) but dates what is planned; the date of what was
    done (于3月6日正式启动) answers, though its passage holds fewer of them."""
    engine = engine_with(tmp_path, {"rooms.txt": READING_ROOMS})
    answer = engine.ask("When did Chengxi's village reading room programme officially get under way?", count=False)
    assert answer.figure is not None and answer.figure.text == "3月6日", answer
    # ... while a question asking the plan's date gets it
    answer = engine.ask("By what year does Chengxi plan to have 300 village reading rooms?", count=False)
    assert answer.figure is not None and answer.figure.text == "2027年", answer


def test_target_dated_reads_the_date_s_own_sentence() -> None:
    from bot.answer.english.target_dates import target_dated
    from index.figures import passage_figures

    text = "这一项目于3月6日正式启动。计划到2027年实现全覆盖，将于5月1日举办总结会。"
    dates = {f.text: f for f in passage_figures(text) if f.kind == "date"}
    assert not target_dated(text, dates["3月6日"])
    assert target_dated(text, dates["2027年"])
    text = "这一项目将于5月1日启动。"
    assert not target_dated(text, [f for f in passage_figures(text) if f.kind == "date"][0])
    # a plan's word in another clause of the sentence says nothing of the date (a planned area) ...
    text = "园区规划占地2850亩，一期工程于2021年6月18日建成投运。"
    assert not target_dated(text, [f for f in passage_figures(text) if f.kind == "date"][0])
    # ... but one before a clause opening with the date as a deadline does
    text = "根据规划，到2027年全县标准化率将达到100%。"
    assert target_dated(text, [f for f in passage_figures(text) if f.kind == "date"][0])


TEA = """岱溪县茶产业年度通报 全县茶园面积稳定在12.4万亩

本报讯 12月16日，岱溪县农业农村局发布全县茶产业年度通报。今年全县干毛茶产量达到1.12万吨，茶产业综合产值31.6亿元。

品牌建设上，区域公用品牌已授权企业52家，统一包装销售1860吨。

加工环节，全县新建清洁化加工厂31家。规模以上茶企由去年的19家增加到26家，新增茶叶注册商标14个。
"""


def test_a_count_asked_of_last_year_comes_from_a_passage_writing_last_year(tmp_path) -> None:
    """"Last year, how many tea companies above the designated size did Daixi have?": 授权茶叶企业52家
    holds more of the question's words (岱溪, 企业) but writes no year; 规模以上茶企由去年的19家 counts
    them in the year asked (去年, as CC-CEDICT glosses "last year")."""
    engine = engine_with(tmp_path, {"tea.txt": TEA})
    answer = engine.ask("Last year, how many tea companies above the designated size did Daixi have?", count=False)
    assert answer.figure is not None and answer.figure.text == "19家", answer


def test_last_year_is_what_cedict_glosses_exactly_so() -> None:
    from bot.answer.english.this_time import glossed_last_year

    forms = glossed_last_year()
    assert "去年" in forms and "上年" in forms and "年来" not in forms
