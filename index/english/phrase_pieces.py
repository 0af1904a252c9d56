"""The head of a two-word phrase the dictionary glosses whole, still looked up on its own.

"officially launch" is glossed whole by 出台 ("to officially launch (a policy, program etc)"),
"dye works" by 染厂 (the corpus's 印染厂): a corpus term, so the phrase became one unit and its
words' own senses were never searched -- yet a text may write the thing in other terms (正式启动;
染坊, a dye works as a Qing record names it), which the phrase's head names as well as the
phrase does. The head's own likeliest senses are searched beside the phrase's term, weighed well
below it: where a passage writes the phrase's term, it still counts most. Only for a phrase whose
own gloss is the headword found: a stand-in for an unwritten gloss (宗祠 for "ancestral hall",
glossed 祠堂) is already a term of its kind, and its head's senses (食堂 "dining hall") would name
other things.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Container, Iterable, Sequence

from index.english.agreement import weighted
from index.english.forms import STOP_WORDS
from index.english.joint import MIN_JOINED, joined
from index.english.links import CorpusLinks
from index.english.weak_words import WEAK_MATCH
from index.figures import unit_dimension

#: A headword glossed by the phrase nearly word for word (出台 "to officially launch", 1.0; 染厂
#: "dye works", linked to the corpus's 印染厂), not one reached through a part of its gloss
#: (宗祠 "clan hall" for "ancestral hall", 0.7).
WHOLE_GLOSS = 0.9
HEAD_FACTOR = 0.25  # the head's own sense weighed beside the whole phrase's term
HEAD_SENSES = 2  # the likeliest senses of the head
#: Adverb particles ending a phrasal verb ("carry *away*", "cleared *up*"): no head of their own.
PARTICLES = frozenset({"up", "out", "down", "off", "away", "back", "over", "in", "on", "along"})


def head_senses(
    links: CorpusLinks, key: tuple[str, ...], heads: Iterable[tuple[str, float]],
    phrase_terms: Collection[str], hyphenated: bool, context: Container[str], verb: bool,
) -> list[tuple[str, float]]:
    """(term, weight) of the likeliest senses of the last of the two lemmas ``key`` (read as a
    verb when the phrase is a ``verb``), when the phrase glosses a headword whole (``heads``: its
    headwords and specificities, :data:`WHOLE_GLOSS`) that its corpus terms ``phrase_terms`` write
    (染厂 in 印染厂; not 风电厂 "wind farm", found as 风电场, written with a character of the same
    sound: a stand-in, as 宗祠 is), at
    :data:`HEAD_FACTOR` of their share; none for a
    ``hyphenated`` phrase ("long-standing", "person-times": one word of English, whose parts
    are no words of the question), for a particle ("cleared *up*"), nor for a unit of measure
    ("cubic metres": its head alone, 公尺, measures another thing). Characters alone are left
    out (火 of "forest fire" stands in too many words)."""
    if not any(s >= WHOLE_GLOSS and any(head in term for term in phrase_terms) for head, s in heads):
        return []
    head = key[-1]
    if hyphenated or head in STOP_WORDS or head in PARTICLES:
        return []
    if any(unit_dimension(term) is not None for term in phrase_terms):
        return []
    found = links.gloss_matches((head,), context, verb=verb)
    candidates = links.direct_candidates(tuple(found.items()), HEAD_SENSES)
    return [(term, weight * HEAD_FACTOR) for term, weight in weighted(candidates) if len(term) > 1]


def head_written(
    links: CorpusLinks, key: tuple[str, ...], context: Container[str], verb: bool,
    written: Callable[[str], int], others: Sequence[int],
) -> list[tuple[str, float]]:
    """(term, weight) of the likeliest senses of the head (last lemma of ``key``) of a phrase the
    dictionary glosses whole that no corpus term translates ("bullet trains": 子弹火车, written
    nowhere; the texts write 列车, "trains"; "far end": 尽头 "end"), searched rather than nothing, at
    :data:`HEAD_FACTOR` of their share -- only a sense the head is glossed by well
    (:data:`~index.english.weak_words.WEAK_MATCH`) and that one passage writes beside the likely
    senses of :data:`~index.english.joint.MIN_JOINED` other words of the question at least
    (``written(term)``: its passages as a bit set; ``others``: the other words' as bit sets).
    Also for a phrase kept as a stand-in term below a whole gloss ("large-scale": 大型, while the
    station's paragraph writes 规模化 "scale" with the station and the first), which
    :func:`head_senses` leaves alone -- hyphenated or not: the passage vouches for the sense --
    the texts write the thing, not another thing of the head's name (a phrase the texts lack
    stays a phrase nothing translates, which says the question is about something absent). Not
    a grammar word nor a particle ("roll *out*"); characters alone are left out, and so are
    units of measure."""
    head = key[-1]
    if head in STOP_WORDS or head in PARTICLES or len(others) < MIN_JOINED:
        return []
    found = links.gloss_matches((head,), context, verb=verb)
    candidates = [c for c in links.direct_candidates(tuple(found.items()), HEAD_SENSES) if c.score >= WEAK_MATCH]
    return [
        (term, weight * HEAD_FACTOR) for term, weight in weighted(candidates)
        if len(term) > 1 and unit_dimension(term) is None and joined(written(term), others) >= MIN_JOINED
    ]
