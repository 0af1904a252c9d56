"""How a question's English words' Chinese alternatives are weighed against each other: one that
another word of the question also maps to is preferred, and a word's alternatives share its weight."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from index.english.links import Candidate

AGREEMENT_FACTOR = 0.5  # a word's other alternatives, when one is shared with another word


def agreed(
    direct: Mapping[int, list[Candidate]], own: Mapping[int, set[str]] | None = None
) -> dict[int, list[Candidate]]:
    """Prefer a word's alternative that another word of the question also maps to.

    "institutions and systems": 制度 is an alternative of both, so their other alternatives
    (机关, 系统) are scaled by :data:`AGREEMENT_FACTOR`. With ``own`` (each word's
    alternatives before :func:`~index.english.senses.widen`), only those count: two words
    widened to one sense by the corpus ("game" and "season" to 协调) need not mean the same.
    """
    owners: dict[str, set[int]] = defaultdict(set)
    for index, alternatives in direct.items():
        for candidate in alternatives:
            if own is None or candidate.term in own.get(index, ()):
                owners[candidate.term].add(index)
    shared = {term for term, indices in owners.items() if len(indices) > 1}
    out: dict[int, list[Candidate]] = {}
    for index, alternatives in direct.items():
        if any(c.term in shared for c in alternatives):
            alternatives = sorted(
                (c if c.term in shared else Candidate(c.term, c.score * AGREEMENT_FACTOR, c.sure)
                 for c in alternatives),
                key=lambda c: (-c.score, c.term),
            )
        out[index] = alternatives
    return out


def weighted(candidates: Sequence[Candidate]) -> list[tuple[str, float]]:
    """(term, weight) with the scores as weights, scaled down to sum to at most 1."""
    total = sum(c.score for c in candidates)
    scale = 1.0 / total if total > 1.0 else 1.0
    return [(c.term, min(1.0, c.score * scale)) for c in candidates if c.score * scale > 0]
