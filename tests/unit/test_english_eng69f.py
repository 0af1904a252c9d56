"""English round eng69f (the right passage first, the wrong figure or none): small invented
texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

BRIDGES = """柘川县桥梁安全提升工程

本报讯 11月20日，柘川县交通运输局通报桥梁安全提升工程一年来的成效：全县加固危桥58座，新建人行便桥12座。
资金方面，全年累计投入2.74亿元，其中县级财政资金1.06亿元、省级补助1.3亿元、地方政府专项债券3800万元。
"""

HALL = """柘川古渡陈列馆

陈列馆于2022年5月开放，展出文物与模型260件。至2025年底累计接待观众约26万人次，其中2025年约7.4万人次。
"""


def _engine(tmp_path):
    return engine_with(tmp_path, {"bridges.txt": BRIDGES, "hall.txt": HALL})


def test_a_figure_below_the_scale_asked_does_not_answer(tmp_path) -> None:
    """"..., in hundred millions of yuan?": the province's 1.3亿元, not the 3800万元 of 地方政府专项债券
    beside it (政府 stands nearer that one), which is no number of hundred millions."""
    answer = _engine(tmp_path).ask(
        "How much did the provincial government put into Zhechuan's bridge-safety project, in hundred millions of yuan?",
        count=False,
    )
    assert answer.figure is not None and answer.figure.text == "1.3亿元", answer


def test_below_scale_only_for_an_english_count_asked_in_a_scale() -> None:
    """On ``below_scale``: a count under the scale is weighed down; one at or over it, a date, a
    question naming no scale, and a Chinese question are not."""
    from bot.answer.figure.scaled import BELOW_SCALE, below_scale
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    figures = {f.text: f for f in passage_figures("2024年投入1.3亿元，另有3800万元、0.46亿元。")}
    info = QuestionInfo(kind="count", unit="元", english=True, scale=1e8)
    assert below_scale(info, figures["3800万元"]) == BELOW_SCALE
    assert below_scale(info, figures["0.46亿元"]) == 1.0  # written in the scale's word: of it
    bare = next(f for f in passage_figures("单位：亿元。县级财政1.42，另有0.38。") if f.text == "0.38")
    assert below_scale(info, bare) == 1.0  # a bare number: its scale may be written in a heading
    assert below_scale(info, figures["1.3亿元"]) == 1.0
    assert below_scale(info, figures["2024年"]) == 1.0
    assert below_scale(QuestionInfo(kind="count", unit="元", english=True), figures["3800万元"]) == 1.0
    assert below_scale(QuestionInfo(kind="count", unit="元", scale=1e8), figures["3800万元"]) == 1.0


def test_the_scale_is_read_into_an_english_count(tmp_path) -> None:
    """The scale aside ("in tens of thousands", "(100 million yuan)") is kept on the question's reading."""
    from bot.answer.query import read_question

    index = _engine(tmp_path)._index
    assert read_question(index, "How many visitors, in tens of thousands, came to the hall?").info.scale == 1e4
    assert read_question(index, "How much did the province give (100 million yuan)?").info.scale == 1e8
    assert read_question(index, "How many visitors came to the hall?").info.scale is None


def test_a_whole_before_the_part_of_the_year_asked_does_not_answer(tmp_path) -> None:
    """"Roughly how many visitors came to the memorial hall in 2025?": 其中2025年约7.4万人次 is the
    year's own; the whole before it (至2025年底累计接待观众约26万人次) holds the counted noun the part
    leaves unsaid (观众), so at half weight it still won."""
    answer = _engine(tmp_path).ask("Roughly how many visitors, in tens of thousands, came to the exhibition hall in 2025?", count=False)
    assert answer.figure is not None and answer.figure.text == "7.4万人次", answer
