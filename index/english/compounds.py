"""Corpus terms spelled by the headwords of several English words: 党 ("party") + 组织
("organization") = 党组织; 八 + 八 + 战略 = 八八战略 ("Eight-Eight Strategy").

A compound is as sure as its weakest piece; at least one piece must have two characters. The
English head's translation may lend the character ending it, the kind of thing it names ("science
museum": 科技 + 馆 of 博物馆 = 科技馆, a word no dictionary has).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from index.english.glosses import gloss_index
from index.english.links import ABBREVIATION_FACTOR, Candidate, CorpusLinks
from index.english.phrases import COMPONENT_MIN_SPECIFICITY
from index.english.units import Unit

REVERSED_ORDER_FACTOR = 0.85  # "workshops for common prosperity" = 共富工坊: fine, but less sure
MAX_COMPOUND_SPAN = 4  # units a compound may stretch over
#: two characters that spell a word no dictionary has, each a close sense of its English word
#: (船 "ship", third of "boat/vessel/ship"; 图 "drawing", third of "diagram/picture/drawing")
PAIRED_CHAR_MIN_SPECIFICITY = 0.7
#: a headword's last character ending another modifier's term (博物馆 -> 科技馆), of the headword's sureness
KIND_ENDING_FACTOR = 0.8
_ARTICLES = frozenset({"the", "a", "an"})  # no word apart two loose characters (see :func:`_one_phrase`)


@dataclass(frozen=True)
class Compound:
    """Corpus terms covering the units ``span``; ``pieces`` are the units that gave a piece."""

    span: tuple[int, ...]
    pieces: tuple[int, ...]
    candidates: tuple[Candidate, ...]


def find_compounds(
    links: CorpusLinks, units: Sequence[Unit], between: Sequence[tuple[str, ...]] = ()
) -> list[Compound]:
    """Corpus terms wholly covered by headwords (or their abbreviations) of 2+ units.

    党 ("party") + 组织 ("organization") = 党组织; at least one piece must have two or more
    characters, the units must lie within :data:`MAX_COMPOUND_SPAN`, and a term whose
    pieces run against the English word order counts a little less. Two single characters
    spelling a word no dictionary has must be words of one phrase, with no word but an article
    between them ("*summer grain*": 夏粮; not "*living* along the *river*": 活水); ``between[k]`` are the
    question's words between content words k-1 and k (see :func:`~index.english.units.find_units`).
    """
    pieces: dict[str, list[tuple[int, int, int, float]]] = defaultdict(list)
    kinds: set[tuple[str, int]] = set()  # (term, unit): a headword's last character ending the term
    for index, unit in enumerate(units):
        heads: dict[str, float] = {}
        for head, specificity in unit.heads:
            if specificity < COMPONENT_MIN_SPECIFICITY:
                continue
            heads[head] = max(heads.get(head, 0.0), specificity)
            if len(head) == 4 and head in links.df:
                short = head[0] + head[2]
                heads.setdefault(short, specificity * ABBREVIATION_FACTOR)
        for head, specificity in heads.items():
            for term, start in links.containing.get(head, ()):
                pieces[term].append((index, start, len(head), specificity))
        # (not a name's: 上海市 is one city, no kind of 市 -- "Shanghai-Kunming" is no 昆明市)
        if not (unit.name or any(word in links.glosses.names for word in unit.key)):
            # (a common word that only proper nouns' headwords reach is no name: "garden", 大观园)
            kinds_here = {} if unit.named else kinds_ending(heads)
            if links.best_linked(heads) == 0.0:  # nothing it means is written ("garden")
                for kind, specificity in unwritten_kinds(links, unit.key).items():
                    kinds_here[kind] = max(kinds_here.get(kind, 0.0), specificity)
            for kind, specificity in kinds_here.items():
                if kind in heads:
                    continue  # a headword of its own (岛 "island"): a piece already
                for term, start in links.containing.get(kind, ()):
                    if start == len(term) - 1 and term not in heads:
                        pieces[term].append((index, start, 1, specificity))
                        kinds.add((term, index))
    by_span: dict[tuple[int, ...], dict[str, float]] = defaultdict(dict)
    givers: dict[tuple[int, ...], set[int]] = defaultdict(set)
    for term, found in pieces.items():
        chosen = _minimal_cover(term, found)
        if chosen is None:
            continue
        unit_ids = sorted({record[0] for record in chosen})
        if any((term, i) in kinds and unit_ids != [i - 1, i] for i, _s, _n, _p in chosen):
            continue  # the kind is the English head, right after its modifier ("science *museum*")
        if len(unit_ids) < 2 or unit_ids[-1] - unit_ids[0] >= MAX_COMPOUND_SPAN:
            continue
        if all(size < 2 for _i, _s, size, _p in chosen) and not (
            len(term) == 2 and term not in links.dictionary.glosses
            and all(p >= PAIRED_CHAR_MIN_SPECIFICITY for _i, _s, _n, p in chosen)
            and [r[0] for r in sorted(chosen, key=lambda r: r[1])] == unit_ids
            and _one_phrase(units, unit_ids, between)
        ):
            continue  # 夏 ("summer") + 粮 ("grain") = 夏粮, a word no dictionary has, in order
        best = [0.0] * len(term)
        for _index, start, size, specificity in chosen:
            for k in range(start, start + size):
                best[k] = max(best[k], specificity)
        score = min(best)  # as sure as its weakest piece
        first_start = {}
        for index, start, _size, _p in sorted(chosen, key=lambda r: r[1]):
            first_start.setdefault(index, start)
        starts = [first_start[i] for i in unit_ids]
        if starts != sorted(starts):
            score *= REVERSED_ORDER_FACTOR
        first, last = unit_ids[0], unit_ids[-1]
        chosen_keys = {units[i].key for i in unit_ids}
        while first > 0 and units[first - 1].key in chosen_keys:  # "eight eight strategy"
            first -= 1
        while last + 1 < len(units) and units[last + 1].key in chosen_keys:
            last += 1
        span = tuple(range(first, last + 1))
        by_span[span][term] = max(by_span[span].get(term, 0.0), score)
        givers[span].update(i for i in span if units[i].key in chosen_keys)
    out: list[Compound] = []
    for span, scores in sorted(by_span.items()):
        candidates = links.finish(scores)
        if candidates:
            out.append(Compound(span, tuple(sorted(givers[span])), tuple(candidates)))
    return out


def _one_phrase(units: Sequence[Unit], unit_ids: Sequence[int], between: Sequence[tuple[str, ...]]) -> bool:
    """Whether the question writes no word but an article between the units ``unit_ids`` (the
    words of one phrase, as "four northern islands" is; not "*live in* the ... *river*")."""
    first, last = units[unit_ids[0]].end, units[unit_ids[-1]].start
    return all(not set(between[k]) - _ARTICLES for k in range(first, min(last + 1, len(between))))


def kinds_ending(heads: dict[str, float]) -> dict[str, float]:
    """The character ending a headword of three or more characters, which names the kind of thing
    it is (博物馆 "museum": a 馆), as a piece that may end a term of another modifier ("science
    museum": 科技馆, which no dictionary has) -- Chinese compounds put the kind last."""
    out: dict[str, float] = {}
    for head, specificity in heads.items():
        if len(head) >= 3:
            kind = head[-1]
            out[kind] = max(out.get(kind, 0.0), specificity * KIND_ENDING_FACTOR)
    return out


def unwritten_kinds(links: CorpusLinks, key: tuple[str, ...]) -> dict[str, float]:
    """For a word no headword reaching the corpus glosses ("garden": 花园, 院子, 圃 -- none
    written), the character ending a two-character headword of it when that character's own
    entry also uses the word (园: "... such as a botanical garden 植物园"; not 子 of 院子): the
    kind of thing the word names, which may end a term of its modifier ("tea garden": 茶园, which
    no dictionary has)."""
    if len(key) != 1:
        return {}
    word = key[0]
    used = re.compile(rb"(?<![a-z])" + re.escape(word.encode()) + rb"(?![a-z])")
    out: dict[str, float] = {}
    for head in gloss_index().glossed.get(word, ()):
        if len(head) != 2 or head in links.df:
            continue
        kind = head[-1]
        entry = links.dictionary.glosses.get(kind)
        if entry is not None and used.search(entry.lower()):
            out.setdefault(kind, KIND_ENDING_FACTOR)
    return out


def _minimal_cover(
    term: str, found: Sequence[tuple[int, int, int, float]]
) -> list[tuple[int, int, int, float]] | None:
    """The pieces of the fewest units that still cover every character of ``term``.

    ``found`` holds (unit, start, length, specificity) pieces. None if the characters are not
    all covered, or if a single unit covers them alone (then it is a direct match).
    """

    def covered(records: Sequence[tuple[int, int, int, float]]) -> bool:
        marks = [False] * len(term)
        for _index, start, size, _p in records:
            for k in range(start, start + size):
                marks[k] = True
        return all(marks)

    if not covered(found):
        return None
    # weakest first; of two as strong, the later (a word repeated further on -- "ship drawings of
    # ... Ships" -- leaves the pieces read where the question writes them together)
    units = sorted({r[0] for r in found}, key=lambda u: (max(r[3] for r in found if r[0] == u), -u))
    keep = set(units)
    for unit in units:
        trial = [r for r in found if r[0] in keep and r[0] != unit]
        if trial and covered(trial):
            keep.discard(unit)
    if len(keep) < 2:
        return None
    return [r for r in found if r[0] in keep]

