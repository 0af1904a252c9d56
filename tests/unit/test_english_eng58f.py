"""English round eng58f (fresh56 and fresh57 studied, figures): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer.figure import choose
from bot.answer.figure.clauses import PLANNED, planned
from bot.question import analyse, with_english
from index.figures import passage_figures

from tests.conftest import engine_with, index_of

TEA = """青渚县生态茶园提升计划实施一年

本报讯 12月3日，青渚县农业农村局通报生态茶园提升计划实施一年来的成效：全县新增生态茶园面积1.6万亩，总面积达到4.3万亩，0.92万户茶农收入提高。

今年全县采摘春茶1.1万吨，比去年增长6.2%。茶叶电商销售额达2.4亿元。

县农业农村局局长表示，到2028年，全县生态茶园面积力争达到6万亩，茶农户均收入提高到5万元，带动茶农1.5万户以上。
"""


def _count(question: str, counted: str | None = None):
    units = frozenset({counted}) if counted else frozenset()
    return with_english(analyse(question), "count", counted, units, english_only=True)


def test_a_translation_naming_a_plan_asks_none_in_an_english_question() -> None:
    """"... thanks to the tea garden *programme*": the noun is translated 计划, a word by which a
    Chinese question asks a plan -- but the English question asks what was done, and the target
    (力争…带动茶农1.5万户以上) is no answer to it: 0.92万户 is, though fewer of its words stand by it."""
    text = "一年来，0.92万户茶农增收。到2028年，全县力争带动茶农收入增收的户数达到1.5万户以上。"
    index = index_of({"words": "茶农"})  # the question's words weigh alike
    info = _count("How many households saw their incomes rise thanks to Qingzhu's tea garden programme?", "户")
    words = {"户": 1.0, "收入": 1.0, "增收": 0.5, "茶农": 0.5, "茶园": 1.0, "计划": 0.5, "方案": 0.3}
    choice = choose(text, words, index, info)
    assert choice is not None and choice.figure.text == "0.92万户", choice


def test_an_english_question_says_by_its_own_words_whether_it_asks_a_plan() -> None:
    text = TEA.splitlines()[-1]
    target = next(f for f in passage_figures(text) if f.text == "6万亩")
    terms = ["计划", "面积", "茶园"]  # "programme" translated 计划
    assert planned(text, target, terms, analyse("How large was the tea garden area under the programme?").plan) == PLANNED
    assert planned(text, target, terms, analyse("What area does the programme aim for by 2028?").plan) == 1.0
    assert planned(text, target, terms, analyse("How large will the area be next year?").plan) == 1.0
    assert analyse("How many tea bushes were planted last year?").plan is False  # "planted" names no plan
    assert analyse("What share of households can now reach a tea garden?").plan is False  # "can": what is
    assert analyse("茶园面积计划达到多少？").plan is None  # Chinese: its own words say it
    assert planned(text, target, terms, analyse("茶园面积有多大？").plan) == 1.0  # ... 计划 among its terms


def test_how_much_new_asks_what_was_added() -> None:
    """"How much *new* land ...": the adjective, translated 新, asks the amount added (新增茶园1.6万亩),
    not the level reached (茶园面积达到4.3万亩, by more of its words) -- though no verb of adding is asked."""
    text = "青渚县全年新增茶园1.6万亩，全县茶园面积达到4.3万亩。"
    index = index_of({"words": "茶农"})  # the question's words weigh alike
    info = with_english(
        analyse("How much new land did Qingzhu bring into eco tea gardens during the year?"), "count", None,
        dimension="area", english_only=True,
    )
    words = {"新": 0.5, "面积": 0.6, "茶园": 1.0, "青渚": 1.0, "带来": 0.5}
    choice = choose(text, words, index, info)
    assert choice is not None and choice.figure.text == "1.6万亩", choice
    plain = analyse("How much land did Qingzhu bring into eco tea gardens during the year?")
    info = with_english(plain, "count", None, dimension="area", english_only=True)
    assert choose(text, {k: v for k, v in words.items() if k != "新"}, index, info).figure.text == "4.3万亩"


def test_the_period_asked_names_the_figure_a_change_starts_from() -> None:
    """"How many complaints ... *last year*": of 投诉由去年的96件下降到21件, 96件 is last year's --
    the period the question names relative to now (去年: :attr:`QuestionInfo.periods`) is the one
    the text gives the first figure to, though the translation searched no 去年 (year: 年度, 年)."""
    from dataclasses import replace

    from bot.answer.english.relative_years import relative_years_asked

    text = "停水明显减少。居民反映停水的投诉由去年的96件下降到21件。"
    index = index_of({"words": "茶农"})
    words = {"投诉": 1.0, "停水": 1.0, "居民": 1.0, "年度": 0.5, "年": 0.4}
    for question, wanted in (
        ("How many complaints about water cuts did residents lodge last year?", "96件"),
        ("How many complaints about water cuts did residents lodge the year before the works?", "96件"),
        ("How many complaints about water cuts did residents lodge this year?", "21件"),
    ):
        info = _count(question, "投诉")
        info = replace(info, periods=info.periods + relative_years_asked(question))
        choice = choose(text, words, index, info)
        assert choice is not None and choice.figure.text == wanted, (question, choice)


def test_a_unit_asked_after_a_scale_word_asks_an_amount(tmp_path) -> None:
    """", in hundred-million yuan?" closing a what-question, or ", in ten-thousand mu," set between
    commas, names the unit of the answer after a scale word written with a hyphen: the question
    asks an amount of money or an area (2.4亿元, 6万亩), as ", in yuan?" does -- not passages only."""
    engine = engine_with(tmp_path, {"tea.txt": TEA})
    answer = engine.ask("What did online sales of Qingzhu's tea reach, in hundred-million yuan?")
    assert answer.figure is not None and answer.figure.text == "2.4亿元", answer.figure
    answer = engine.ask("What eco tea garden area, in ten-thousand mu, is Qingzhu aiming for by 2028?")
    assert answer.figure is not None and answer.figure.text == "6万亩", answer.figure


def test_the_unit_of_the_thing_asked_is_read_past_its_scale_words() -> None:
    from bot.answer.english.figures import unit_of_thing_asked

    assert unit_of_thing_asked("What did online sales reach, in hundred-million yuan?") == "in hundred-million yuan"
    assert unit_of_thing_asked("What area, in ten-thousand mu, is it aiming for?").startswith("in ten thousand mu")
    assert unit_of_thing_asked("What area in square metres does it cover?") == "in square metres"


FUNDS = "一年来全县累计投入资金1.2亿元，其中县级财政资金5200万元，省级专项资金4100万元，其余2700万元来自社会资本。"


def test_of_the_total_asks_a_part_of_it() -> None:
    """"*Of the total* invested, how much came from county government funds?": the opening clause
    names the whole the question asks a part of -- it asks no total (1.2亿元, 累计), but a part
    after 其中 (县级财政资金5200万元)."""
    index = index_of({"words": "茶农"})
    question = "Of the total invested, how much came from county government funds?"
    info = with_english(analyse(question), "count", None, dimension="money", english_only=True)
    assert info.part and not info.total
    words = {"投入": 0.5, "资金": 0.6, "县": 0.5, "县级": 0.8, "政府": 1.0, "来自": 0.5, "元": 0.8}
    choice = choose(FUNDS, words, index, info)
    assert choice is not None and choice.figure.text == "5200万元", choice
    assert analyse("What was the total invested in the tea gardens?").total  # a total asked, no part


def test_and_other_names_what_a_list_of_kinds_counts() -> None:
    """"How many pavilions, halls, towers and other *buildings* still stand": the noun after "and
    other" is what is counted (建筑, written 亭、轩、榭等建筑11座), the kinds listed before it are
    searched as words -- not the hall (堂, whose 面阔5间 counts bays) nor a loose "towers"."""
    from bot.answer.english.amounts import counted_terms
    from bot.answer.english.other_kinds import other_kinds
    from index.english import EnglishUnit

    units = (
        EnglishUnit("pavilions", (("亭", 1.0), ("榭", 0.5)), 1.0, focus=True, understood=1.0),
        EnglishUnit("halls", (("堂", 1.0), ("厅堂", 0.7)), 1.0, focus=True, understood=1.0),
        EnglishUnit("towers", (("平台", 0.7),), 0.7, focus=True, understood=0.1),
        EnglishUnit("buildings", (("建筑", 1.0),), 1.0, understood=1.0),
        EnglishUnit("stand", (("座", 0.5),), 0.5, understood=0.5),
    )
    text = "How many pavilions, halls, towers and other buildings still stand in the garden?"
    assert counted_terms(other_kinds(units, text))[0][0] == "建筑"
    assert counted_terms(other_kinds(units, "How many pavilions, halls and towers stand?"))[0][0] != "建筑"


def test_a_running_total_up_to_a_year_is_no_figure_of_that_year() -> None:
    """"How many visitors did the hall receive *in 2024* alone?": 截至2024年底…累计接待观众约18万人次
    sums every year up to 2024's end; the year's own figure is the one the text dates with it
    (其中2024年约4.1万人次). "by the end of 2024" asks the running total."""
    text = "截至2024年底，纪念馆累计接待观众约18万人次，其中2024年约4.1万人次。"
    index = index_of({"words": "茶农"})
    words = {"2024": 1.0, "观众": 1.0, "纪念馆": 1.0, "接待": 0.5}
    for question, wanted in (
        ("How many visitors did the memorial hall receive in 2024 alone?", "4.1万人次"),
        ("How many visitors had the memorial hall received by the end of 2024?", "18万人次"),
    ):
        info = with_english(analyse(question), "count", "观众", frozenset({"观众", "人次"}), english_only=True)
        choice = choose(text, words, index, info)
        assert choice is not None and choice.figure.text == wanted, (question, choice)


def test_a_bare_number_after_another_word_of_the_question_counts_no_thing_asked() -> None:
    """"How many women reeled silk ...": of 缫丝女工多达240人，年收购蚕茧约5600担, 5600 (担 is no
    measure word the figure reader takes) is the value of the cocoons it follows, a word of the
    question but not the thing it counts -- 240人 counts the women (女工)."""
    text = "光绪年间为全盛时期，丝行中缫丝女工多达240人，年收购蚕茧约5600担。"
    index = index_of({"words": "茶农"})
    info = _count("At its peak in the Guangxu years, how many women reeled silk cocoons at the silk house?", "女工")
    words = {"全盛": 1.0, "光绪": 1.0, "女工": 0.7, "缫丝": 0.5, "蚕茧": 1.0, "丝行": 0.5}
    choice = choose(text, words, index, info)
    assert choice is not None and choice.figure.text == "240人", choice
    # ... a counted term the text never writes (案例, a loose pick for "cases") leaves the number
    # after a question word its value: 医案583则 counts the cases, not the 16卷
    text = "《松风医案》全书共16卷，收录医案583则。"
    info = _count("How many medical cases are recorded in the casebook?", "案例")
    choice = choose(text, {"医案": 1.0, "收录": 0.5, "案例": 0.2}, index, info)
    assert choice is not None and choice.figure.text == "583", choice
