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


def test_a_whole_before_the_part_of_the_year_asked_does_not_answer(tmp_path) -> None:
    """"Roughly how many visitors came to the memorial hall in 2025?": 其中2025年约7.4万人次 is the
    year's own; the whole before it (至2025年底累计接待观众约26万人次) holds the counted noun the part
    leaves unsaid (观众), so at half weight it still won."""
    answer = _engine(tmp_path).ask("Roughly how many visitors, in tens of thousands, came to the exhibition hall in 2025?", count=False)
    assert answer.figure is not None and answer.figure.text == "7.4万人次", answer
