"""English passages, round eng40p: small invented texts, not a question set's."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.months import month_words
from bot.answer import consider
from tests.conftest import engine_with

FLOODS = """临河排水改造通报

本报讯 2024年，临河市共实施排水改造项目88个，完成投资9.6亿元，惠及居民2.4万户，改造老旧小区居民楼112栋。

2024年6月，临河遭遇强降雨，最大小时降雨量68毫米，城区主要道路未出现明显积水，疏散群众320人。
"""


def test_a_month_named_in_english_is_its_number() -> None:
    """"June 2025", "15 June", "in June" name a month (6); "May" the verb does not."""
    assert [w.variants for w in month_words("the June 2025 downpour")] == [("6",)]
    assert [w.variants for w in month_words("on 15 June, and in November")] == [("6",), ("11",)]
    assert month_words("May I ask how many residents there are?") == []


def test_the_month_asked_is_searched_as_written(tmp_path: Path) -> None:
    """"when the June 2024 rainstorm hit Linhe": June is searched as the 6 of 2024年6月 (the
    segmenter writes 2024 + 年 + 6 + 月), as the Chinese path searches 6月; "2024" alone does
    not tell the month's passage from the year's report."""
    engine = engine_with(tmp_path, {"floods.txt": FLOODS})
    considered = consider(engine.index, "How many residents were evacuated when the June 2024 rainstorm hit Linhe?")
    assert any(w.variants == ("6",) and w.pos == "m" for w in considered.query.words), considered.query.words
