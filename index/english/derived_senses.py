"""The senses of a word's derivational base, searched where a passage writes them beside the
question's other words (issue 13).

CC-CEDICT glosses many English words only through their base: "ancestral" is no gloss of 祖先,
"ancestor" is; "legislator" of 立法 neither, "legislate" is. A word whose own links are weak is
already tried through its base (:func:`~index.english.units.find_units`), but weighed down there
(an agent noun is no deed) or read inside a dictionary phrase the corpus lacks ("ancestral
tablets": 神位, written nowhere), a word may still be translated into nothing. What tells a
reader the base's sense is meant is the passage holding it *together* with the likely senses of the question's other words: a sense of the base
(:func:`~index.english.derived.derivations`, the closed class of English derivational suffixes)
that one passage writes beside :data:`~index.english.joint.MIN_JOINED` of them at least is
searched rather than nothing -- only for a unit left with no term at all (where the word kept a
sense of its own, "government": 政府, its base's, 治理 of "govern", would name another thing,
however often the texts write it beside the others). Only for a thing (no name, no verb): a
one-word unit, or the modifiers of a phrase nothing translates; two characters or more (one
character stands in too many words); no unit of measure. A few bit-set intersections per base sense, and only for a
word with a derivational suffix whose base the glosses use.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

from index.english.agreement import weighted
from index.english.derived import derivations
from index.english.joint import MIN_JOINED, joined
from index.english.links import CorpusLinks
from index.english.weak_words import WEAK_MATCH
from index.figures import unit_dimension

BASE_FACTOR = 0.5  # a base's sense: a guess through the word's base, weighed down
BASE_SENSES = 2  # the likeliest senses of each base


def base_written(
    links: CorpusLinks, lemma: str, context: Container[str],
    written: Callable[[str], int], others: Sequence[int],
) -> list[tuple[str, float]]:
    """(term, weight) of the likeliest senses of the derivational bases of ``lemma`` (glossed at
    :data:`WEAK_MATCH` at least) that one passage writes beside :data:`MIN_JOINED` of ``others``
    (the other words' likely senses, as bit sets) at least, at :data:`BASE_FACTOR` of their
    share (``written(term)``: its passages as a bit set)."""
    if len(others) < MIN_JOINED:
        return []
    bases = derivations(lemma, links.gloss_words)
    if not bases:
        return []
    found: dict[str, float] = {}
    for base in bases:
        matches = links.gloss_matches((base,), context)
        candidates = [c for c in links.direct_candidates(tuple(matches.items()), BASE_SENSES) if c.score >= WEAK_MATCH]
        for term, weight in weighted(candidates):
            if len(term) < 2 or unit_dimension(term) is not None:
                continue
            count = joined(written(term), others)
            if count >= MIN_JOINED:
                found[term] = max(found.get(term, 0.0), weight * BASE_FACTOR)
    return sorted(found.items(), key=lambda item: (-item[1], item[0]))
