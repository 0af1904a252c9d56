"""English "who wrote the <source> piece?": the byline of the document whose source is named."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

#: A dispatch with a byline of its own and no source in metadata (no front matter).
DISPATCH = (
    "港口貨櫃量創新高\n\n（中央社記者王明高雄15日電）高雄港今天公布統計，全年貨櫃量達1,000萬TEU。\n\n"
    "港務公司總經理在記者會上表示，明年目標是1,050萬TEU。\n"
)


def test_the_piece_named_by_its_source_is_that_documents(tmp_path: Path) -> None:
    """"Who wrote the *People's Daily* piece?": the shipped article's metadata names its source
    (人民日報 (People's Daily)); its byline (本報記者 李燦 陸樂) is the answer, not the dispatch's
    (中央社記者王明). The question was read as about some other writing and found nothing."""
    engine = engine_with(tmp_path, {"dispatch.txt": DISPATCH})
    answer = engine.ask("Who wrote the People's Daily piece?", count=False)
    assert answer.results and "李燦" in answer.results[0].text
    # a source no document says it has: the dispatch (saying none) may be it -- not surely
    answer = engine.ask("Who wrote the Xinhua piece?", count=False)
    assert answer.results and answer.results[0].passage.doc == "dispatch.txt" and not answer.confident
