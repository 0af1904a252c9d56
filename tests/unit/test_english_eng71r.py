"""English round eng71r (the right passage ranked below another): small invented texts, not the
sets'."""
from __future__ import annotations

from tests.conftest import engine_with

ACADEMY = """澄溪書院

澄溪書院是位於舊澄川府的一座清代書院，始建於乾隆十二年（1747年），是當地現存規模最大的古代書院。

書院佔地約5200平方米，坐北朝南，依山勢分為三進，中軸線上依次為頭門、講堂和藏書樓。

講堂面寬五間，內懸清代匾額4方，講堂面積約320平方米，是書院最大的單體建築。

東西齋舍原有房屋36間，現存24間，每間面積約16平方米，供生員住宿。
"""

MARKET = """澄川菜市場改造

澄川市今年完成菜市場改造12個，改造後市場平均營業面積約1800平方米，攤位總數增至2400個。
"""


def test_an_area_asked_of_the_whole_is_the_site_s_not_a_part_s(tmp_path) -> None:
    """"What area does the Chengxi Academy cover?": 書院佔地約5200平方米 gives the site's area; the
    hall's and the rooms' paragraphs write 面積 ("area") beside their figures and held more of the
    translated question, so a part's area came first."""
    engine = engine_with(tmp_path, {"academy.txt": ACADEMY, "market.txt": MARKET})
    answer = engine.ask("What area does the Chengxi Academy cover, in square metres?", count=False)
    assert answer.results and "佔地約5200平方米" in answer.results[0].text, answer
    # ... and a part the question names keeps its own area
    answer = engine.ask("What area does the lecture hall of the Chengxi Academy cover, in square metres?", count=False)
    assert answer.results and "講堂面積約320平方米" in answer.results[0].text, answer


def test_site_area_reads_the_clause_before_the_figure() -> None:
    from bot.answer.english.site_area import _OTHER_AREA_ASKED, _SITE_WRITTEN

    assert _SITE_WRITTEN == "占地"
    assert _OTHER_AREA_ASKED.search("What is the total floor area of the museum?")
    assert _OTHER_AREA_ASKED.search("What area does each room cover?")
    assert not _OTHER_AREA_ASKED.search("What area does the academy cover, in square metres?")
