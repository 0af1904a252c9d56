"""A verb gloss saying how it is done is a sense of the verb (index/english/cedict_senses)."""

from __future__ import annotations

from index.english.cedict_senses import headword_senses
from tests.conftest import corpus_translator


def test_to_plant_by_sowing_seed_is_a_way_to_plant() -> None:
    # 播种 "to plant (maize etc) by sowing seed"
    planted = [sense for sense in headword_senses("播种") if sense.words == ("plant",)]
    assert planted and planted[0].factor < 1.0 and not planted[0].whole


def test_plant_searches_sow_where_the_corpus_writes_it() -> None:
    translator = corpus_translator([
        ("report", ["全县", "小麦", "播种", "面积", "万亩"]),
        ("farmer", ["大户", "流转", "小麦", "亩产"]),
    ])
    units = {u.english: u for u in translator.translate("How many mu of wheat did the county plant?").units}
    assert "播种" in {term for term, _ in units["plant"].terms}
