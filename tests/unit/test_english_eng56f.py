"""English round eng56f (fresh55 studied, figures): small invented texts, not the set's."""
from __future__ import annotations

from bot.answer import FIGURE_SURE
from bot.answer.figure import choose
from bot.question import analyse, with_english
from index.figures import passage_figures

from tests.conftest import engine_with

PAPER_MILL = """瑞溪纸坊

瑞溪纸坊是清代的一家手工造纸作坊。

光绪五年（1879年），纸坊扩建，增至纸槽8口、石臼5盘，并于县城扩建纸坊分号2处。其时每年产纸约3万刀。
"""


def _count(question: str, counted: str):
    return with_english(analyse(question), "count", counted, frozenset({counted}), english_only=True)


def test_a_number_between_the_counted_noun_and_a_classifier_counts_the_noun(tmp_path) -> None:
    """"How many paper vats ...": 增至纸槽8口 lists the vats as noun, number and measure word (口,
    which the figure reader takes for no measure word: 8 is a bare number) -- 8 counts the 纸槽,
    not the 2处 of branch shops that is a count by its own measure word."""
    engine = engine_with(tmp_path, {"paper.txt": PAPER_MILL})
    text = PAPER_MILL.splitlines()[-1]
    info = _count("After the expansion, how many paper vats did the mill have?", "槽")
    words = {"扩建": 1.0, "纸": 0.5, "槽": 0.5, "坊": 0.5}
    choice = choose(text, words, engine.index, info)
    assert choice is not None and choice.figure.text == "8", choice
    assert choice.fit >= FIGURE_SURE, choice


def test_only_a_classifier_after_the_number_and_the_counted_noun_before_it() -> None:
    from bot.answer.figure.own_measure import named_before

    text = "增至纸槽8口、石臼5盘，其时每年产纸约3万刀，纸槽8以上。"
    figures = [f for f in passage_figures(text) if f.kind == "number"]
    info = _count("how many paper vats?", "槽")
    eight, five = figures[0], figures[1]
    assert named_before(text, info, eight, "口")
    assert not named_before(text, info, five, "盘")  # 石臼5盘: mortars, not vats
    assert not named_before(text, info, eight, "以")  # 以 is no measure word
    assert not named_before(text, _count("how many mortars?", "臼"), eight, "口")
    won = "一共赢得84面金牌"  # "how many wins": 赢得 is a verb, 84 counts the medals it won
    assert not named_before(won, _count("how many wins?", "赢得"), passage_figures(won)[0], "面")


SEWAGE = """青岚镇污水治理工程完工

本报讯 青岚镇污水治理工程日前完工，全镇11个行政村的生活污水得到集中处理。

工程共铺设收集管网86公里。新建处理站日处理能力合计3200吨，加上原有设施，全镇污水日处理能力达到1.1万吨。

镇里还建起农家书屋14家，藏书共计5.6万册。
"""


def test_what_is_the_total_asks_a_figure(tmp_path) -> None:
    """"What is the total treatment capacity ...": a total is a sum, a figure (as 总处理能力是多少
    asks), though "capacity" names no amount the figure reader or the corpus knows (its
    translations 队伍/能力/本领): before, no kind was read and no figure given."""
    from bot.answer import consider

    engine = engine_with(tmp_path, {"sewage.txt": SEWAGE})
    considered = consider(engine.index, "What is the total treatment capacity of Qinglan's sewage plants?")
    assert considered.query.info.kind == "count"
    assert considered.answer.figure is not None and considered.answer.figure.text == "1.1万吨", considered.answer


def test_a_total_of_no_counted_thing_is_no_count_of_things() -> None:
    """A total of an amount (capacity, investment) asks a figure in a unit of measure: 3860辆 of
    lorries is no answer; 2.1万吨 is -- and a total of counted things still takes counts."""
    from bot.answer.english.totals import total_uncounted

    question = "What is the park's total cold-storage capacity now?"
    info = with_english(analyse(question), "count", None, english_only=True)
    lorries, tonnes = passage_figures("冷藏车达3860辆，冷库容量达到2.1万吨")
    assert total_uncounted(question, info, lorries)
    assert not total_uncounted(question, info, tonnes)
    counted = _count("What is the total number of lorries?", "车")
    assert not total_uncounted("What is the total number of lorries?", counted, lorries)
    asked = "What's the total count of lorries in the park?"
    assert not total_uncounted(asked, with_english(analyse(asked), "count", None, english_only=True), lorries)


def test_total_asks_only_as_the_adjective_of_the_thing_asked() -> None:
    from bot.answer.english.totals import total_asked

    assert total_asked("What is the total book collection of the libraries?")
    assert total_asked("What's the total stock of books?")
    assert total_asked("What was Henan's total summer grain output?")
    assert total_asked("What is the county's combined total?")
    assert not total_asked("What is the share of the total?")  # a share of it
    assert not total_asked("What plan was approved for the total renovation?")  # a later clause's
    assert not total_asked("What is the totality of it?")
    assert not total_asked("How many books in total?")
