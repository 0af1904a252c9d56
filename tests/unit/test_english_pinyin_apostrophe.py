"""English questions: pinyin's syllable-dividing apostrophe ("Xi'an", "Yi'an") keeps a name one
word (index/english/forms.py)."""

from __future__ import annotations

from pathlib import Path

from index.english.forms import capitalised_words, english_words
from tests.conftest import engine_with

HILLS = "山城县\n\n山城县位于湖北省，2007年全县粮食产量12万吨。县里的单位很多。\n"
BOOK = (
    "王青岩\n\n王青岩是明代医家，苏州人，以治疗温病见长。\n\n"
    "王青岩最重要的著作是《青岩医案》，全书共12卷，收录他一生所治医案380则。该书在苏州刊刻。\n"
)


def test_a_pinyin_apostrophe_joins_its_syllables() -> None:
    """Pinyin writes an apostrophe before a syllable opening with a, o or e; English never
    does so in a word ('s, n't, O'Brien, o'clock)."""
    assert english_words("the Qingyan Yi'an and Xi’an") == ["the", "qingyan", "yian", "and", "xian"]
    assert english_words("Qiao's book, O'Brien's at 5 o'clock, don't") == ["qiao", "book", "o", "brien", "at", "o", "clock", "do", "not"]
    assert "yian" in capitalised_words("How many volumes does the Qingyan Yi'an have?")


def test_a_book_named_in_pinyin_with_an_apostrophe_is_found(tmp_path: Path) -> None:
    """"the Songxi Yi'an" (松溪醫案): cut at the apostrophe, "an" was an article and "yi" matched
    nothing; with "casebook", which nothing translates, english_fresh23's question was about
    something absent and nothing was shown. Read as one word, "yian" is 医案 by its syllables
    (this small text answers with either reading: the word test above is the one that fails
    without the change)."""
    engine = engine_with(tmp_path, {"book.txt": BOOK, "hills.txt": HILLS})
    answer = engine.ask("How many volumes does Wang's medical book, the Qingyan Yi'an, have?", count=False)
    assert answer.figure is not None and answer.figure.text == "12卷"
