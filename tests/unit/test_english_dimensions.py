"""English "how deep/wide/long" questions: which length a figure gives, and a unit the question closes by naming."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.dimensions import measured_otherwise
from index.figures import find_figures
from tests.conftest import engine_with

QUAY = "共新建7座深水碼頭，碼頭岸線總長2.3公里，可同時停靠4艘貨櫃輪。"


def _figure(text: str, written: str):
    return next(f for f in find_figures(text) if f.text == written)


def test_a_length_written_after_another_lengths_noun_is_not_the_one_asked() -> None:
    """"how deep is the water at the berths": 總長2.3公里 is the quay's length -- a length, as a
    depth is, so it fitted; the noun before it says which length it is."""
    figure = _figure(QUAY, "2.3公里")
    assert measured_otherwise("How deep is the water at the berths?", QUAY, figure)
    assert measured_otherwise("How wide is the quay?", QUAY, figure)
    assert not measured_otherwise("How long is the quay?", QUAY, figure)
    assert not measured_otherwise("How many berths were built?", QUAY, figure)
    deep = "碼頭前沿水深16公尺，岸線總長2.3公里。"
    assert not measured_otherwise("How deep is the water at the berths?", deep, _figure(deep, "16公尺"))


LAKE = "山湖\n\n山湖位于湖北省山城县，湖岸总长12公里，是县里最大的湖泊。\n"
HILLS = "山城县\n\n山城县位于湖北省，2007年全县粮食产量12万吨。县里的单位很多。\n"


def test_a_depth_the_texts_do_not_give_is_not_answered_by_a_length(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"lake.txt": LAKE, "hills.txt": HILLS})
    assert engine.ask("How deep is the lake in Shancheng county?", count=False).results == ()
    answer = engine.ask("How long is the shore of the lake in Shancheng county?", count=False)
    assert answer.figure is not None and answer.figure.text == "12公里"


BOOK = "山城县志\n\n山城县的地方志于1990年出版，该书约86万字，长期被学者引用，全书长达3米。\n"


def test_a_question_closing_with_the_unit_counts_in_it(tmp_path: Path) -> None:
    """"how long is the book, *in characters*?": the closing words state the unit the answer is
    counted in (字, a measure word of things: 86万字), not a length -- read as one, nothing
    fitted and nothing was shown."""
    engine = engine_with(tmp_path, {"book.txt": BOOK, "hills.txt": HILLS})
    answer = engine.ask("How long is the book on Shancheng county, in characters?", count=False)
    assert answer.figure is not None and answer.figure.text == "86万字"
    answer = engine.ask("How long is the book on Shancheng county, in metres?", count=False)
    assert answer.figure is not None and answer.figure.text == "3米"


DOME = "主体建筑地上5层、地下2层，屋顶设有一座直径32米的观星平台，塔身高度为68米。"


def test_a_diameter_is_no_height() -> None:
    """"how tall is the main building": 直径32米 is the platform's diameter -- a length no "how
    <adjective>" asks but a round thing's width -- so it says nothing of a height."""
    diameter, height = _figure(DOME, "32米"), _figure(DOME, "68米")
    assert measured_otherwise("How tall is the main building?", DOME, diameter)
    assert measured_otherwise("How deep is the platform?", DOME, diameter)
    assert not measured_otherwise("How wide is the platform?", DOME, diameter)
    assert not measured_otherwise("How tall is the tower?", DOME, height)
