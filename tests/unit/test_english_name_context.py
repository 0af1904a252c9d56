"""A name found as the documents write it ("Gan Ruji": 甘汝楫, which the segmenter cuts up) says
where the question's other words belong, as a Chinese word of a mixed question does: the thing
counted is at home beside the name (战船), and a side word found only in another document
("during his *career*": 事业, in the article) is the doubtful one. It vouches and never doubts: a
word its passages do not write stays as surely understood as it was without it."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english import english_words
from tests.conftest import engine_with

GAN = (
    "甘汝楫\n\n"
    "甘汝楫（1725年－1797年），清朝中期造船匠師，福建省福州府閩縣人。\n\n"
    "甘汝楫在職期間，先後主持新造和大修戰船共214艘，約佔同期福建水師全部戰船的四成。\n\n"
    "乾隆五十五年（1790年），他以年老告退，返回閩縣故里，專事著述和授徒。\n"
)


def test_the_thing_asked_is_at_home_beside_a_name_found_as_written(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"gan.txt": GAN})
    words = english_words(engine.index, "How many warships did Gan Ruji build or overhaul during his career?")
    assert words is not None
    searched = {variant: word for word in words.words for variant in word.variants}
    assert "战船" in searched and searched["战船"].weight == 1.0
    assert "warships" not in searched  # wholly understood: no share of it is an unknown word
    assert "career" in searched  # the side word found only elsewhere is the doubted one
    answer = engine.ask("How many warships did Gan Ruji build or overhaul during his career?", count=False)
    assert answer.results and "214艘" in answer.results[0].text


def test_read_again_a_word_stays_as_sure_as_it_was() -> None:
    """The name vouches, it does not doubt: 国王 ("king") not written beside 耶律留哥 (the text
    writes 王) keeps the sureness it had when read without the name."""
    from bot.answer.english.reread import surer_of
    from index.english import EnglishQuery, EnglishUnit

    king = EnglishUnit(english="king", terms=(("国王", 1.0),), confidence=1.0, understood=1.0)
    doubted = EnglishUnit(english="king", terms=(("国王", 1.0),), confidence=0.2, understood=0.2)
    warships = EnglishUnit(english="warships", terms=(("战船", 1.0),), confidence=0.2, understood=0.2)
    vouched = EnglishUnit(english="warships", terms=(("战船", 1.0),), confidence=1.0, understood=1.0)
    merged = surer_of(EnglishQuery(kind="date", units=(king, warships)), EnglishQuery(kind="date", units=(doubted, vouched)))
    assert [(u.confidence, u.understood) for u in merged.units] == [(1.0, 1.0), (1.0, 1.0)]
