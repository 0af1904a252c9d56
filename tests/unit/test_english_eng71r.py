"""English round eng71r (the right passage ranked below another): small invented texts, not the
sets'."""
from __future__ import annotations

from tests.conftest import engine_with

ACADEMY = """澄溪書院

澄溪書院是位於舊澄川府的一座清代書院，始建於乾隆十二年（1747年），是當地現存規模最大的古代書院。

書院佔地約5200平方米，坐北朝南，依山勢分為三進，中軸線上依次為頭門、講堂和藏書樓。

講堂面寬五間，內懸清代匾額4方，講堂面積約320平方米，是書院最大的單體建築。

東西齋舍原有房屋36間，現存24間，每間面積約16平方米，供生員住宿。

書院經費主要來自府屬學田約460畝，每年收租穀約300石。
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
    # ... and land asked in its own unit is no site (學田約460畝, not 佔地約5200平方米)
    answer = engine.ask("How many mu of school fields paid for the Chengxi Academy's upkeep?", count=False)
    assert answer.results and "學田約460畝" in answer.results[0].text, answer


def test_site_area_reads_the_clause_before_the_figure() -> None:
    from bot.answer.english.site_area import _OTHER_AREA_ASKED, _SITE_WRITTEN

    assert _SITE_WRITTEN == "占地"
    assert _OTHER_AREA_ASKED.search("What is the total floor area of the museum?")
    assert _OTHER_AREA_ASKED.search("What area does each room cover?")
    assert not _OTHER_AREA_ASKED.search("What area does the academy cover, in square metres?")


TOWER = """澄溪鐘鼓樓

澄溪鐘鼓樓位於澄溪書院東側，始建於清嘉慶年間，是澄川現存最高的古代樓閣建築。

澄溪鐘鼓樓樓頂正脊兩端各置琉璃鴟吻一座，高1.2米，四角簷下共懸銅鈴16枚。

鐘鼓樓由台基與樓閣兩部分組成，通高21.6米，台基以青磚包砌。
"""

CANAL = """澄溪河治理

澄溪河今年綜合治理工程完成投資6.8億元，整治堤岸長度達到96.5公里，澄溪河沿岸新建步道42公里，河流長度監測點位12個。

澄溪河是澄川的母親河，全長73.4公里，流域面積1180平方公里，流經市區和3個縣。
"""

GREENWAY = """澄川綠道建設

按照規劃，到2028年底，澄川全市綠道總里程將突破300公里。

在鶴嶺環山綠道，記者看到步道順著山勢蜿蜒，這條綠道總長12.7公里，沿途設驛站6座。
"""


def test_a_length_or_height_asked_of_the_whole_is_its_full_measure(tmp_path) -> None:
    """"How long is the Chengxi River?": 全长73.4公里 is the river's; 整治堤岸长度达到96.5公里 a
    stretch worked on. "How tall is the tower?": 通高21.6米, not a roof ornament's 高1.2米."""
    engine = engine_with(tmp_path, {"tower.txt": TOWER, "canal.txt": CANAL, "market.txt": MARKET, "greenway.txt": GREENWAY})
    answer = engine.ask("How long is the Chengxi River?", count=False)
    assert answer.results and "全長73.4公里" in answer.results[0].text, answer
    answer = engine.ask("What is the total height of the Chengxi bell tower?", count=False)
    assert answer.results and "通高21.6米" in answer.results[0].text, answer
    # ... and a figure said to be a whole's already stays first (總里程300公里, not one greenway's 總長)
    answer = engine.ask("What total greenway length in km does Chengchuan aim to exceed by 2028?", count=False)
    assert answer.results and "總里程將突破300公里" in answer.results[0].text, answer


def test_whole_written_reads_the_measure_asked() -> None:
    from bot.answer.english.site_area import whole_written

    assert whole_written("area", "What area does it cover?") == ("占地",)
    assert "通高" in whole_written("length", "How tall is the tower?")
    assert "全长" in whole_written("length", "How long is the river?")
    assert whole_written("length", "How long and how high is the wall?") == ()
    assert whole_written("money", "How much did it cost?") == ()

