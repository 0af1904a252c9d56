"""Names written in pinyin found however the segmenter cuts them (eng86n): a name written before
the English word for what it is ("Fangsha county"), whose last character the segmenter glued to
that kind's character (邡沙县 cut 邡 + 沙县, 沙县 being a county of the dictionary), is spelled
from the one-character terms and that two-character term, and looked for written whole.

The documents are invented."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import corpus_translator, engine_with

FARMS = "桑园扩种\n\n全县新植桑园1.26万亩，发放补贴300万元。\n"
GLUED = [
    ("fangsha", ["邡", "沙县", "新建", "桥梁", "12座"]),
    ("fangsha", ["沙县", "小吃", "门店"]),
    ("other", ["城区", "道路", "改造"]),
]


def _written(question: str) -> tuple[str, ...]:
    query = corpus_translator(GLUED).translate(question)
    return tuple(head for unit in query.units for head, _ in unit.written)


def test_a_name_glued_to_its_kind_is_spelled_from_both() -> None:
    assert "邡沙县" in _written("How many bridges did Fangsha county build?")


def test_no_string_of_characters_no_passage_holds_together() -> None:
    assert not any(head.startswith("邡") for head in _written("How many roads did Fangxi county rebuild?"))
    assert not any(head.startswith("邡") for head in _written("How many bridges did Fangsha build?"))


BRIDGES = (
    "农村公路桥梁建设\n\n2025年，邡沙县新建农村公路桥梁12座，改造危桥7座。\n\n"
    "邡沙县交通运输局表示，明年将再建桥梁10座。\n"
)
OTHER_BRIDGES = "溪口镇交通\n\n2025年，溪口镇新建农村公路桥梁5座，改造危桥2座。\n"


def test_a_question_naming_a_glued_name_in_pinyin_is_answered(tmp_path: Path) -> None:
    """End to end (邡沙县 searched by its pieces 邡 + 沙县 and matched whole; this small
    corpus answers at the base too, the translator test above is the one failing there)."""
    engine = engine_with(tmp_path, {"bridges.txt": BRIDGES, "other.txt": OTHER_BRIDGES, "farms.txt": FARMS})
    answer = engine.ask("How many bridges did Fangsha county build in 2025?", count=False)
    assert answer.results and answer.figure is not None and answer.figure.text == "12座"
