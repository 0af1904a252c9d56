"""A name written in pinyin is the spelling of it the documents write most.

"Hongchuan" spells a corpus term (红船, written once, in a quoted slogan) and also a name the
segmenter cuts into its characters (泓川, as 泓 + 川), which a whole report writes in every
paragraph. Toneless pinyin cannot tell them apart; a reader who meets the name in a question
takes it for the one the documents are about -- the spelling most passages write."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.answer.english.glossed import passages_with_all
from bot.answer.english.names import written_name
from index.english import EnglishQuery
from index.search import Index

#: How many passages holding a spelling's characters are read to count those writing it whole.
SPELLING_SAMPLE = 200


def most_written_spellings(
    index: Index, query: EnglishQuery, spelled: dict[int, tuple[str, ...]]
) -> tuple[EnglishQuery, dict[int, tuple[str, ...]]]:
    """``query`` with each one-word name found only as corpus terms its pinyin spells (红船 for
    "Hongchuan") read instead as a string of one-character terms spelling it too (泓川) when
    more passages write that string whole than hold those terms -- or found only as a term that
    sounds like it (岛上 for "Daichuan") when a passage writes such a string; the unit is then searched as
    :func:`~bot.answer.english.names.written_name` searches such a name (``spelled``)."""
    units = list(query.units)
    spelled = dict(spelled)
    for n, unit in enumerate(units):
        word = unit.english
        if n in spelled or not unit.name or not unit.terms or not word.isascii() or not word.isalpha():
            continue
        whole, split = index.english().pinyin_spellings(word)
        # a name the dictionary does not gloss, matched only by sound to a term that no reading
        # of its pinyin spells ("Daichuan": 岛上, dǎo shàng): a string of characters spelling it
        # exactly that a passage writes whole (黛川, cut 黛 + 川) is the name, however few write it
        sounded = (
            not whole and bool(split) and not index.english().senses(word)
            and all(term not in split for term, _ in unit.terms)
        )
        if not sounded and (not whole or any(term not in whole for term, _ in unit.terms)):
            continue  # a name the dictionary glosses, or one read otherwise
        held = 0 if sounded else sum(index.doc_freq(term) for term in whole)
        best: tuple[int, tuple[str, ...]] | None = None
        for head in split:
            if head in whole:
                continue  # the term itself, cut elsewhere (云岫): no other spelling
            variants = written_name(index, head)
            if variants is None:
                continue
            count = _passages_writing(index, head, variants[1:])
            if count > held and (best is None or count > best[0]):
                best = (count, variants)
        if best is not None:
            spelled[n] = best[1]
    return dataclasses.replace(query, units=tuple(units)), spelled


def _passages_writing(index: Index, head: str, pieces: Sequence[str]) -> int:
    """How many passages (of the first :data:`SPELLING_SAMPLE` holding ``pieces``) write ``head``."""
    rows = passages_with_all(index, pieces)
    return sum(1 for row in rows[:SPELLING_SAMPLE].tolist() if head in index.normalized_text(int(row)))
