"""English round eng73f (the right passage first, the wrong figure or none): small invented
texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

ROADS = """柘岭县山区公路安全工程

本报讯 10月12日，柘岭县交通运输局通报山区公路安全工程进展：全年改造危险路段36处，
另建混凝土防撞墙27公里，新增波形护栏4.5万米，沿线设置警示标志1200块。
"""

KILNS = """柘岭窑址

窑址沿河分布，全长约1.2公里。龙窑窑身长约40米，宽约3米，窑门长2米。清代中期，柘岭窑业兴盛，窑户增至63家。每年烧造瓷器约180万件，多经水路外销。
"""


def _engine(tmp_path):
    return engine_with(tmp_path, {"roads.txt": ROADS, "kilns.txt": KILNS})


def test_what_length_of_asks_a_length(tmp_path) -> None:
    """"What length of concrete crash wall was built": "what" before a noun and "of" asks the
    noun's amount, as "what is the length of" does -- 27公里, not nothing."""
    answer = _engine(tmp_path).ask(
        "What length of concrete crash wall was built on Zheling's mountain roads?", count=False
    )
    assert answer.figure is not None and answer.figure.text == "27公里", answer


def test_noun_amount_asked_only_for_a_measured_singular_noun() -> None:
    """On ``noun_amount_asked``: a singular noun after "what" and before "of" whose translation is
    measured (全长: a length); not a plural ("what areas of"), a noun of no amount ("what kind of"),
    nor a question opening otherwise."""
    from bot.answer.english.what_noun import noun_amount_asked
    from index.english.query import EnglishUnit

    def unit(english: str, *terms: str) -> EnglishUnit:
        return EnglishUnit(english, tuple((t, 1.0 / len(terms)) for t in terms), 1.0)

    length = unit("length", "长", "全长")
    assert noun_amount_asked("What length of wall was built?", [length]) == "length"
    assert noun_amount_asked("What total length of tunnel has it completed?", [length]) == "length"
    assert noun_amount_asked("Around 1900, what length of wall was built?", [length]) == "length"
    assert noun_amount_asked("What areas of the city were flooded?", [unit("areas", "面积", "区")]) is None
    assert noun_amount_asked("What kind of wall was built?", [unit("kind", "种类")]) is None
    assert noun_amount_asked("How long is the wall?", [length]) is None


EMBROIDERY = """柘岭绣坊

清嘉庆年间，柘岭绣坊雇绣工120余人，年产绣品约3000件，其中约65%销往外地。
"""


def test_what_portion_asks_a_share(tmp_path) -> None:
    """"What portion of the workshop's embroidered goods was sold outside the area": a share, as
    "what fraction" asks -- 65%, not nothing."""
    answer = engine_with(tmp_path, {"embroidery.txt": EMBROIDERY, "kilns.txt": KILNS}).ask(
        "What portion of the Zheling workshop's embroidered goods was sold outside the area?", count=False
    )
    assert answer.kind == "percent", answer
    assert answer.figure is not None and answer.figure.text == "65%", answer


def test_only_share_is_the_one_share_written() -> None:
    """On ``only_share``: the one figure in % a window writes, chosen for a share question, is the
    only share; not where a second share is written (one the question quotes does not count), nor
    for a count question or a chosen figure that is no share."""
    from bot.answer.english.only_share import only_share
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    text = "年产绣品约3000件，其中约65%销往外地。"
    share = next(f for f in passage_figures(text) if f.text == "65%")
    count = next(f for f in passage_figures(text) if f.text == "3000件")
    asked = QuestionInfo(kind="percent", unit=None, english=True)
    assert only_share(text, asked, share)
    assert not only_share(text, asked, count)
    assert not only_share(text, QuestionInfo(kind="count", unit=None, english=True), share)
    two = "其中约65%销往外地，20%留作贡品。"
    first = next(f for f in passage_figures(two) if f.text == "65%")
    assert not only_share(two, asked, first)
    quoting = QuestionInfo(kind="percent", unit=None, english=True, quoted=tuple(f for f in passage_figures(two) if f.text == "20%"))
    assert only_share(two, quoting, first)
