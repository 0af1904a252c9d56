"""English round eng71f (the right passage first, the wrong figure or none): small invented
texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

BRIDGES = """柘川县桥梁安全提升工程

本报讯 11月20日，柘川县交通运输局通报桥梁安全提升工程一年来的成效：全县加固危桥58座，新建人行便桥12座。
资金方面，全年累计投入2.74亿元，其中县级财政资金1.06亿元、省级补助1.3亿元、地方政府专项债券3800万元。
"""

KILNS = """柘川窑址

清代中期，柘川窑业兴盛，窑户增至63家。每年烧造瓷器约180万件，多经水路外销。
"""


def _engine(tmp_path):
    return engine_with(tmp_path, {"bridges.txt": BRIDGES, "kilns.txt": KILNS})


def test_a_figure_below_the_scale_asked_does_not_answer(tmp_path) -> None:
    """"..., in hundred millions of yuan?": the province's 1.3亿元, not the 3800万元 of 地方政府专项债券
    beside it (政府 stands nearer that one), which is no number of hundred millions."""
    answer = _engine(tmp_path).ask(
        "How much did the provincial government put into Zhechuan's bridge-safety project, in hundred millions of yuan?",
        count=False,
    )
    assert answer.figure is not None and answer.figure.text == "1.3亿元", answer


def test_below_scale_only_beside_a_figure_of_its_unit_that_reaches_the_scale() -> None:
    """On ``below_scale``: a count under the scale is weighed down where a figure of its unit
    reaches it; one at or over it, one written in the scale's word, a bare number, a date, a count
    whose unit no figure reaches (the passage ranking judges the passage by it), a question naming
    no scale, and a Chinese question are not."""
    from bot.answer.figure.scaled import BELOW_SCALE, below_scale, scale_reached
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    figures = passage_figures("2024年投入1.3亿元，另有3800万元、0.46亿元，窑户63家。")
    by_text = {f.text: f for f in figures}
    info = QuestionInfo(kind="count", unit="元", english=True, scale=1e8)
    reached = scale_reached(info, figures)
    assert reached == frozenset({"元"})
    assert below_scale(info, by_text["3800万元"], reached) == BELOW_SCALE
    assert below_scale(info, by_text["0.46亿元"], reached) == 1.0  # written in the scale's word: of it
    assert below_scale(info, by_text["1.3亿元"], reached) == 1.0
    assert below_scale(info, by_text["2024年"], reached) == 1.0
    assert below_scale(info, by_text["63家"], reached) == 1.0  # no 家 figure reaches the scale
    bare = [f for f in passage_figures("单位：亿元。县级财政1.42，另有0.38。") if f.text == "0.38"]
    assert scale_reached(info, bare) == frozenset() and below_scale(info, bare[0], reached) == 1.0
    plain = QuestionInfo(kind="count", unit="元", english=True)
    assert scale_reached(plain, figures) == frozenset()
    assert scale_reached(QuestionInfo(kind="count", unit="元", scale=1e8), figures) == frozenset()


def test_the_scale_is_read_into_an_english_count(tmp_path) -> None:
    """The scale aside ("in tens of thousands", "(100 million yuan)") is kept on the question's reading."""
    from bot.answer.query import read_question

    index = _engine(tmp_path)._index
    assert read_question(index, "How many pieces of porcelain, in tens of thousands, were fired each year?").info.scale == 1e4
    assert read_question(index, "How much did the province give (100 million yuan)?").info.scale == 1e8
    assert read_question(index, "How many kiln households were there?").info.scale is None


POLICY = """柘川县创新深化行动

在强力推进三个“一号工程”方面，柘川县深入实施三大行动，出台“创新深化”政策包24条，推动企业研发。
"""


def test_a_count_the_question_spells_in_words_is_its_own(tmp_path) -> None:
    """"... its three 'number one projects', contains how many measures?": 三个“一号工程” is the
    question's own three, named as the text names them; the measures are 24条."""
    engine = engine_with(tmp_path, {"policy.txt": POLICY, "bridges.txt": BRIDGES})
    answer = engine.ask(
        "Zhechuan's innovation policy package, part of its push on the three 'number one projects', contains how many measures?",
        count=False,
    )
    assert answer.figure is not None and answer.figure.text == "24条", answer


def test_spelled_numbers_and_the_counts_they_quote() -> None:
    """On ``spelled_numbers`` and ``spelled_quoted``: cardinals in words (a ten joined to a unit is
    one number), not "someone" nor "one's"; a count in Chinese numerals of a spelled value is the
    question's own, one in digits or of another value is not, nor for a question spelling none."""
    from bot.answer.english.number_words import spelled_numbers
    from bot.answer.figure.spelled import spelled_quoted
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    assert spelled_numbers("How many seven-day sessions, at least one topic?") == (7.0, 1.0)
    assert spelled_numbers("Twenty-five people; someone's one's") == (25.0,)
    figures = {f.text: f for f in passage_figures("围绕三个工程，每人领衔3个课题，出台措施24条。")}
    info = QuestionInfo(kind="count", unit=None, english=True, spelled=(3.0,))
    assert spelled_quoted(info, figures["三个"])
    assert not spelled_quoted(info, figures["3个"])
    assert not spelled_quoted(info, figures["24条"])
    assert not spelled_quoted(QuestionInfo(kind="count", unit=None, english=True), figures["三个"])


TEA = """柘川县茶园改造

全县茶农人均茶叶收入由行动前的1.42万元提高到1.75万元。柘溪村茶农金秀英说：“我家6亩老茶园改造后，今年春茶每亩多卖了1800元。”
"""


def test_the_unit_after_per_is_what_the_amount_is_per(tmp_path) -> None:
    """"How much more per mu did ... get": an amount per 亩 (每亩多卖了1800元), not 6亩 -- the unit
    after "per" is what the amount is given per, not the unit it is counted in."""
    engine = engine_with(tmp_path, {"tea.txt": TEA, "bridges.txt": BRIDGES})
    answer = engine.ask("How much more per mu did tea farmer Jin Xiuying get for her spring tea this year after her old garden was upgraded?", count=False)
    assert answer.figure is not None and answer.figure.text == "1800元", answer


def test_per_denominator_only_for_the_word_after_per() -> None:
    """On ``per_denominator``: the counted thing translated from the word after "per" only."""
    from bot.answer.english.denominator import per_denominator
    from bot.answer.model import Translation

    mu = (Translation(english="mu", term="亩"), Translation(english="tea", term="茶叶/茶"))
    assert per_denominator("How much more per mu did she get?", mu, "亩")
    assert not per_denominator("How many mu of tea gardens were upgraded?", mu, "亩")
    assert not per_denominator("How much more per mu did she get?", mu, "茶叶")
    assert not per_denominator("How much more per mu did she get?", mu, None)
    both = (*mu, Translation(english="mus", term="亩"))
    assert not per_denominator("How many mus were sold per mu?", both, "亩")


TRAINING = """柘川县干部培训

县委组织开展3次为期5天的封闭式集中培训，县委常委会开展专题学习21次。
"""


def test_a_number_unit_compound_is_no_unit_asked(tmp_path) -> None:
    """"How many five-day closed training sessions": 5天 is the sessions' own length (为期5天), the
    count asked is 3次 -- "day" joined to "five" modifies the sessions, it is no unit asked."""
    engine = engine_with(tmp_path, {"training.txt": TRAINING, "bridges.txt": BRIDGES})
    answer = engine.ask("How many five-day closed training sessions did the county Party committee organise?", count=False)
    assert answer.figure is not None and answer.figure.text == "3次", answer


def test_hyphened_measure_only_for_a_counted_word_in_a_compound() -> None:
    """On ``hyphened`` and ``hyphened_measure``: a number (words or digits) joined to a word, not a
    ten joined to a unit; the counted term only when every word translated into it is so joined."""
    from bot.answer.english.denominator import hyphened_measure
    from bot.answer.english.number_words import hyphened
    from bot.answer.model import Translation

    assert hyphened("the seven-day and 3-year drives, twenty-five") == [(7.0, "day"), (3.0, "year")]
    day = (Translation(english="day", term="天/日"), Translation(english="sessions", term="会议"))
    assert hyphened_measure("How many seven-day sessions?", day, "天") == 7.0
    assert hyphened_measure("How many days did the seven-day session last?", (*day, Translation(english="days", term="天")), "天") is None
    assert hyphened_measure("How many days did it last?", day, "天") is None
    assert hyphened_measure("How many seven-day sessions?", day, None) is None
