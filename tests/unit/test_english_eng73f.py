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
