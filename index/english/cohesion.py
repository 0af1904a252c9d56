"""Corpus-aware choice among a word's dictionary senses: prefer the translations that the corpus
uses together with the question's other translated words.

The classic remedy for dictionary-based cross-language retrieval (Ballesteros and Croft, 1998):
"campaign" may be 活动 or 运动, "station" 站 or 车站; the right sense is the one found in the
same passages -- or at least the same documents -- as the translations of the other words.
A word none of whose translations shares even a document with the others' ("the *mayor* of
Hangzhou" when 市长 occurs only in an article about Shanghai) is doubtful: the question is
probably about something the documents do not discuss.

:class:`Cooccurrence` answers "do these two terms share a passage / a document?" from the
index's postings (passage numbers per term, as bit sets cached per term); :func:`cohere`
rescores each unit's alternatives with it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

import numpy as np

from index.english.links import Candidate

SAME_DOCUMENT = 0.5  # sharing only a document counts this much of sharing a passage
COHESION_FLOOR = 0.3  # a translation that shares nothing with the others keeps this share
UNSUPPORTED_FACTOR = 0.2  # a word sharing no document with the others: this sure, at most
FALLBACK_SHARE = 0.3  # when no likely sense goes with the others' words, one this strong may (省会 for "capital")
LIKELY_SHARE = 0.5  # a sense scoring less than this share of the best cannot vouch for its word
ACTION_IMPORTANCE = 0.5  # a verb, as context for the others, counts this much of a thing
#: a sense this long written in the same passage as the names says it is meant (one character
#: is read inside too many words)
NEAR_LENGTH = 2
_CACHED_TERMS = 1024  # bit sets kept per corpus (a bit per passage, per document)


class Cooccurrence:
    """Which passages and documents hold a term, as bit sets (cached per term).

    ``postings(term)`` gives the numbers of the passages holding ``term`` (any order);
    documents are runs of consecutive passages, document ``d`` starting at passage
    ``document_starts[d]`` (increasing).
    """

    def __init__(
        self, postings: Callable[[str], Sequence[int]], document_starts: Sequence[int]
    ) -> None:
        self._postings = postings
        self._starts = np.asarray(document_starts, dtype=np.int64)
        self._masks = lru_cache(maxsize=_CACHED_TERMS)(self._compute_masks)

    def masks(self, term: str) -> tuple[int, int]:
        """(passages, documents) holding ``term``, as bit sets."""
        return self._masks(term)

    def level(self, first: str, second: str) -> float:
        """1 if the terms share a passage, :data:`SAME_DOCUMENT` if only a document, else 0."""
        if first == second:
            return 1.0
        passages_a, documents_a = self.masks(first)
        passages_b, documents_b = self.masks(second)
        if passages_a & passages_b:
            return 1.0
        return SAME_DOCUMENT if documents_a & documents_b else 0.0

    def _compute_masks(self, term: str) -> tuple[int, int]:
        rows = np.asarray(self._postings(term), dtype=np.int64)
        if rows.size == 0:
            return 0, 0
        documents = np.searchsorted(self._starts, rows, side="right") - 1
        return _bits(rows), _bits(np.unique(documents))


def _bits(positions: np.ndarray) -> int:
    """A Python int with the bits ``positions`` set."""
    marks = np.zeros(int(positions.max()) + 1, dtype=bool)
    marks[positions] = True
    return int.from_bytes(np.packbits(marks, bitorder="little").tobytes(), "little")


def cohere(
    pools: Mapping[int, Sequence[Candidate]],
    context: Mapping[int, Sequence[Candidate]],
    trust: Mapping[int, int],
    cooccurrence: Cooccurrence,
    english: bool = False,
) -> tuple[dict[int, list[Candidate]], set[int], set[int]]:
    """Rescore each unit's alternatives (``pools``) by how they go with the other units'.

    ``context`` holds every unit's alternatives that can vouch for others (its own, and the
    compounds it is a piece of); ``trust`` ranks the units (2 a name, 1 a thing, 0 a verb). A
    candidate's cohesion is the mean, over the other units (a verb counting
    :data:`ACTION_IMPORTANCE`), of the best :meth:`Cooccurrence.level` with their alternatives
    (a weaker alternative vouching less); its score is scaled by ``FLOOR + (1 - FLOOR) x
    cohesion``. Returns the rescored pools, best first, and the *unsupported* units: those none
    of whose alternatives shares a document with an alternative of a unit trusted at least as
    much ("the *mayor* of Toronto": the thing is doubted, not the name), or with one of every
    name of the question ("gold medals ... at the Asian Games": 金牌 is only elsewhere); and,
    among those, the units *apart* from the names (no document has both). A sense far weaker
    than the best (below :data:`LIKELY_SHARE` of it) vouches only when the likely ones leave
    the unit unsupported, from :data:`FALLBACK_SHARE` and with two characters or more ("the
    *capital* of Heilongjiang": 首都 is elsewhere, 省会 "provincial capital" beside 黑龙江).
    In a wholly ``english`` question, a name no other name goes with is supported by a thing's
    likely sense found with it.
    """
    rescored: dict[int, list[Candidate]] = {}
    unsupported: set[int] = set()
    apart: set[int] = set()
    for index, pool in pools.items():
        others = [(other, alts) for other, alts in context.items() if other != index and alts]
        if not pool or not others:
            rescored[index] = list(pool)
            continue
        weights = [ACTION_IMPORTANCE if trust.get(other, 1) == 0 else 1.0 for other, _ in others]
        own_trust = trust.get(index, 1)
        judges = [trust.get(other, 1) >= own_trust for other, _ in others]
        # a question naming a place or a body is about what its documents say
        names = {n for n, (other, _) in enumerate(others) if trust.get(other, 1) == 2}
        if own_trust == 2:
            names = set()
        vouched = [False] * len(others)
        weakly = [False] * len(others)
        beside: dict[str, list[bool]] = {}  # each sense: whether it shares a passage, per other
        scored: list[Candidate] = []
        for candidate in pool:
            # a far weaker sense does not make the word at home there (总体 for "population")
            likely = candidate.score >= LIKELY_SHARE * pool[0].score
            # a weaker sense of two characters or more may still vouch when none likely does
            possible = candidate.score >= FALLBACK_SHARE * pool[0].score and len(candidate.term) > 1
            cohesion = 0.0
            for n, ((other, alternatives), weight) in enumerate(zip(others, weights)):
                top = alternatives[0].score or 1.0
                best = max(
                    (alt.score / top) * cooccurrence.level(candidate.term, alt.term)
                    for alt in alternatives
                )
                vouched[n] = vouched[n] or (likely and best > 0)
                weakly[n] = weakly[n] or (possible and best > 0)
                beside.setdefault(candidate.term, []).append(len(candidate.term) >= NEAR_LENGTH and any(
                    cooccurrence.level(candidate.term, alt.term) == 1.0 for alt in alternatives
                ))
                cohesion += weight * best
            factor = COHESION_FLOOR + (1.0 - COHESION_FLOOR) * cohesion / sum(weights)
            scored.append(Candidate(candidate.term, candidate.score * factor, candidate.sure))
        scored.sort(key=lambda c: (-c.score, c.term))
        rescored[index] = scored
        supported = not any(judges) or any(v and j for v, j in zip(vouched, judges))
        if not supported or not all(vouched[n] for n in names):
            # no likely sense is found with the others' words, a weaker one is: the corpus
            # says which sense is meant
            vouched = [v or w for v, w in zip(vouched, weakly)]
            supported = not any(judges) or any(v and j for v, j in zip(vouched, judges))
        if english and not supported and own_trust == 2 and any(
            v and trust.get(other, 1) == 1 for v, (other, _) in zip(vouched, others)
        ):
            # a name no other name of the question goes with ("the Shanghai-*Kunming* line" in
            # an article that writes Shanghai as 滬, in 滬昆) is still at home where the
            # question's things are
            supported = True
        at_home = [c for c in scored if names and all(beside[c.term][n] for n in names)]
        if at_home and not all(vouched[n] for n in names):
            # no sense of some strength goes with the names, but a weaker one is written in the
            # same passage as each of them ("international *routes*" of Korea: 路线 elsewhere,
            # 航线 "air or shipping route" in 韩国的航空公司一共运营297条国际航线): the corpus
            # says which sense is meant -- the question is not about something elsewhere, and
            # only that sense is searched (资金 "capital" is money, elsewhere; 首府 the capital
            # city, beside 阿拉巴马)
            vouched = [v or n in names for n, v in enumerate(vouched)]
            supported = not any(judges) or any(v and j for v, j in zip(vouched, judges))
            rescored[index] = at_home
        if not supported or not all(vouched[n] for n in names):
            unsupported.add(index)
        if names and not all(vouched[n] for n in names):
            apart.add(index)
    return rescored, unsupported, apart
