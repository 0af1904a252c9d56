"""An English phrase asking a range's start or end ("when did X *kick off*", "*wind up*").

A date question saying "start", "begin", "end" or "finish" asks for a range's half: the text may
write the date only as one (2023年4月至2024年1月), and the flags :func:`bot.question.analyse` sets
from those words choose it. A phrasal verb says the same in other words; CC-CEDICT tells which:
the headwords glossed exactly by the phrase are themselves words of a start or an end (收尾 "to
wind up") or have a verb sense opened by one ("kick off": 开始比赛 "to start a match").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from bot.question import range_half
from index.english.cedict import load_dictionary
from index.english.cedict_senses import headword_senses
from index.english.lemmas import lemmatize
from index.english.glosses import glossed_as


def phrase_half(english: str) -> str | None:
    """"since" or "until" when most headwords glossed exactly by the English phrase ``english``
    (two words or more) are words of a range's start, or of its end, else None ("set up": 开办
    "to start (a business)" is one of a dozen ways to found something)."""
    known = load_dictionary().known
    words = tuple(lemmatize(word, known) for word in english.lower().split())
    if len(words) < 2:
        return None
    heads = dict.fromkeys(head for head, _ in glossed_as(words))
    said = Counter(half for half in (_head_half(head, words) for head in heads) if half is not None)
    if not said:
        return None
    half, count = said.most_common(1)[0]
    return half if 2 * count > len(heads) else None


def _head_half(head: str, phrase: tuple[str, ...]) -> str | None:
    """The half of a range ``head`` names itself (收尾) or opens a verb sense with ("to start a
    match"), other than the ``phrase`` it was found by."""
    found = range_half(head)
    for sense in headword_senses(head):
        if found is None and sense.verb and sense.words and sense.words != phrase:
            found = range_half(sense.words[0])
    return found


def phrases_half(phrases: Iterable[str]) -> str | None:
    """The half of a range the first phrase saying one asks (:func:`phrase_half`)."""
    return next((half for half in map(phrase_half, phrases) if half is not None), None)
