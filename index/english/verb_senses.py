"""A verb's sense beyond the ones kept, searched where one passage writes it beside more of the
question's other words than any kept sense (issue 13, round eng65t).

:func:`~index.english.joint.joined_senses` widens only things: a verb is paraphrased freely, so a
verb's loose senses were left out. But the text's verb is often a dictionary sense of the
question's verb that ranks below the three kept ones -- "how many taels did the founder *raise*":
提高, 提出, 垫高 kept, and the mill's paragraph writes 集资 "to raise money" beside the taels and
the silver; "when did construction *begin*": 开始, 创, 始 kept, the paragraph writes 开工 "to begin
construction". Such a sense (two characters at least, not a unit of measure), chosen among the
verb's first :data:`VERB_SENSES` dictionary senses, is searched too when one passage writes it beside
the likely senses of more of the other words than any kept sense is written beside (and
:data:`~index.english.joint.MIN_JOINED` at least) -- at its own score (:data:`VERB_JOINT_FACTOR`):
the kept senses stay first. The work is a few bit-set intersections per sense, for the verbs of a
wholly English question only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from index.english.cohesion import NEAR_LENGTH, Cooccurrence
from index.english.joint import MIN_JOINED, joined, kept_beside
from index.english.links import MAX_ALTERNATIVES, Candidate
from index.figures import unit_dimension

VERB_SENSES = 12  # the verb's dictionary senses looked at, likeliest first
VERB_JOINT_FACTOR = 1.0  # a joined verb sense's weight, as a share of its own score (0.5: nothing moved)


def joined_verb_senses(
    ranked: Mapping[int, Sequence[Candidate]],
    trust: Mapping[int, int],
    cooccurrence: Cooccurrence,
    likely: Mapping[int, int],
    senses: Callable[[int], Sequence[Candidate]],
    keep: int = MAX_ALTERNATIVES,
) -> dict[int, Candidate]:
    """Verb unit (``trust`` 0) -> its sense beyond the kept ``keep`` of ``ranked`` that one
    passage writes beside more of the other units' ``likely`` passages (bit sets) than any kept
    sense; ``senses(unit)``: the verb's own dictionary senses, best first."""
    found: dict[int, Candidate] = {}
    for index, kept in ranked.items():
        if trust.get(index, 1) != 0 or not kept:
            continue
        weighed = kept_beside(index, kept, likely, cooccurrence, keep)
        if weighed is None:
            continue
        others, kept, best = weighed
        held = {c.term for c in kept}
        for candidate in senses(index)[:VERB_SENSES]:
            term = candidate.term
            if term in held or len(term) < NEAR_LENGTH or unit_dimension(term) is not None:
                continue
            count = joined(cooccurrence.masks(term)[0], others)
            if count > best and count >= MIN_JOINED:
                found[index] = Candidate(term, candidate.score * VERB_JOINT_FACTOR, candidate.sure)
                best = count
    return found
