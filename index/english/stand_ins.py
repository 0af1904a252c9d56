"""A corpus word standing in for a noun none of whose dictionary senses the documents write.

A new document often names a thing with a compound CC-CEDICT lacks: "air vents" are 出风口, 排气孔,
风窗 ... in the dictionary and 气窗 in the text; "rail cars" are 汽车 there and 轨道车 here. Chinese
compounds are head-final -- the last character names the kind, the ones before it which kind -- so
a corpus word ending in the character that ends one of the noun's senses may name another kind of
the same thing. Only so where each of these holds:

- the noun is the thing the question counts or asks (the last of its focus, no verb, no name: not
  "family" of "family genealogies"), not a person asked "who" (the translator's call: 副局长, a
  deputy, would stand in for "head" through 股长) understood below :data:`STAND_IN_WEAK`, and
  none of its senses (headwords of two characters or more that the whole dictionary glosses as the
  noun, a noun's sense: 退下 "to retreat" is none) is a corpus term -- a sense the documents write always comes first --,
  nor does a passage write a word it is already searched for beside :data:`MIN_BESIDE` of the
  question's other understood words (公交车 for "buses", glossed otherwise: the corpus says it is meant);
- the sense's last character is a head of kinds *of that sense*: one of its own senses is a word
  of the sense's glosses (窗 "window" in 风窗 "air vent / louver / window"; 车 "car" in 汽车 "car";
  not 长 "chief" in 典狱长 "warden", nor 于 in 大于 "bigger");
- the stand-in is a corpus word the dictionary does not know (a word it knows means what it says:
  游客 "tourist", 党员 "party member"), of two or three characters, not a unit of measure, not
  opened by a numeral or a determiner (五级, 每平方: a count or a distribution, no kind of thing --
  a closed class of Chinese grammar);
- one passage writes it beside :data:`MIN_BESIDE` of the question's other words that are
  understood (their likely senses' passages): the corpus says it is what the question is about.

The stand-in is searched at :data:`STAND_IN_WEIGHT` of a sense's share and makes the noun
understood at :data:`STAND_IN_SURE` -- below a sense the corpus writes exactly. The work runs only
for a weakly understood thing of a question, and is bounded by the few senses of its noun.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Sequence
from weakref import WeakKeyDictionary

from index.english.cedict_senses import headword_senses
from index.english.cohesion import Cooccurrence
from index.english.glosses import glossed_as
from index.english.joint import joined
from index.english.lemmas import lemmatize
from index.english.links import CorpusLinks
from index.english.query import EnglishUnit
from index.figures import unit_dimension

STAND_IN_WEAK = 0.5  # a thing understood less than this may get a stand-in
STAND_IN_SURE = 0.5  # how surely a noun with a stand-in is understood (a written sense: up to 1)
STAND_IN_WEIGHT = 0.5  # the stand-in's share among the noun's search terms
MIN_BESIDE = 2  # other understood words a passage must write beside the stand-in
OTHERS_SURE = 0.5  # another word understood this surely says where the question's matter is
MAX_STAND_IN_CHARS = 3  # longer words name more than a kind of the thing
#: Characters opening a count or a distribution rather than a kind (五级, 每平方, 各类): the
#: numerals and the determiners of Chinese, a closed class.
_NOT_MODIFIERS = frozenset("一二三四五六七八九十百千万亿两几每各该本此这那其诸全")

_BY_LAST: WeakKeyDictionary[CorpusLinks, dict[str, tuple[str, ...]]] = WeakKeyDictionary()


def terms_ending(links: CorpusLinks) -> dict[str, tuple[str, ...]]:
    """The corpus's terms of two to :data:`MAX_STAND_IN_CHARS` characters that the dictionary does
    not know, by their last character (built once per corpus)."""
    found = _BY_LAST.get(links)
    if found is None:
        grouped: dict[str, list[str]] = defaultdict(list)
        known = links.dictionary.glosses
        for term in links.df:
            if 2 <= len(term) <= MAX_STAND_IN_CHARS and term not in known and term[0] not in _NOT_MODIFIERS:
                grouped[term[-1]].append(term)
        found = {char: tuple(sorted(terms)) for char, terms in grouped.items()}
        _BY_LAST[links] = found
    return found


def noun_senses(links: CorpusLinks, english: str) -> tuple[str, ...]:
    """The headwords of two characters or more that the whole dictionary glosses as the noun
    ``english`` (its last word's lemma, or the whole phrase's)."""
    known = links.dictionary.known
    words = tuple(lemmatize(word, known) for word in english.lower().split())
    if not words:
        return ()
    found = [  # (a noun's sense: 退下 "to retreat" is no "retreat")
        head for head in links.glosses.glossed.get(words[-1], ())
        if any(sense.words == words[-1:] and not sense.verb for sense in headword_senses(head))
    ]
    if len(words) > 1:
        found += [head for head, _ in glossed_as(words)]
    return tuple(head for head in dict.fromkeys(found) if len(head) >= 2)


def heads_kind(sense: str) -> bool:
    """Whether the last character of ``sense`` names its kind: one of the character's own senses
    (a thing's: no verb, no name, one or two words) ends in a word of the sense's glosses."""
    glossed = {word for s in headword_senses(sense) for word in s.words}
    return any(
        s.words and not s.verb and not s.name and len(s.words) <= 2 and s.words[-1] in glossed
        for s in headword_senses(sense[-1])
    )


def with_stand_ins(
    units: Sequence[EnglishUnit], links: CorpusLinks, cooccurrence: Cooccurrence
) -> list[EnglishUnit]:
    """``units`` with each weakly understood thing none of whose senses the documents write given
    the corpus word standing in for it (see the module doc), where there is one."""
    out = list(units)
    # the noun the question counts or asks: the last thing of its focus ("family *genealogies*")
    head = next((n for n in reversed(range(len(units))) if units[n].focus and not units[n].action), None)
    if head is None:
        return out
    unit = units[head]
    weak = [head] if not unit.name and unit.understood < STAND_IN_WEAK and unit.english.isascii() else []
    if not weak:
        return out
    ending: dict[str, tuple[str, ...]] | None = None
    for n in weak:
        unit = units[n]
        others = [
            _rows(other, cooccurrence) for m, other in enumerate(units)
            if m != n and other.terms and other.understood >= OTHERS_SURE
        ]
        if len(others) < MIN_BESIDE:
            continue
        senses = noun_senses(links, unit.english)
        if not senses or any(sense in links.df for sense in senses):
            continue
        if any(joined(cooccurrence.masks(term)[0], others) >= MIN_BESIDE for term in _searched(unit, links)):
            continue  # a word it is searched for already stands beside the question's matter
        if ending is None:
            ending = terms_ending(links)
        best: tuple[int, str] | None = None
        for sense in senses:
            terms = [t for t in ending.get(sense[-1], ()) if t != sense and unit_dimension(t) is None]
            if not terms or not heads_kind(sense):
                continue
            for term in terms:
                count = joined(cooccurrence.masks(term)[0], others)
                if count >= MIN_BESIDE and (best is None or (count, term) > best):
                    best = (count, term)
        if best is not None:
            terms = dict(unit.terms)
            terms[best[1]] = max(terms.get(best[1], 0.0), STAND_IN_WEIGHT)
            out[n] = dataclasses.replace(
                unit,
                terms=tuple(sorted(terms.items(), key=lambda item: (-item[1], item[0]))),
                confidence=max(unit.confidence, STAND_IN_SURE),
                understood=max(unit.understood, STAND_IN_SURE),
            )
    return out


def _searched(unit: EnglishUnit, links: CorpusLinks) -> tuple[str, ...]:
    """The corpus words of two characters or more ``unit`` is already searched for (公交车 for
    "buses", which the dictionary glosses otherwise)."""
    return tuple(term for term, _ in unit.terms if len(term) >= 2 and term in links.df)


def _rows(unit: EnglishUnit, cooccurrence: Cooccurrence) -> int:
    """The passages writing one of ``unit``'s likeliest terms, as a bit set."""
    rows = 0
    for term, _ in unit.terms[:3]:
        rows |= cooccurrence.masks(term)[0]
    return rows
