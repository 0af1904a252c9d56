"""A phrase of the question whose headwords no corpus term reaches, found as the corpus term
that ends one of them: Chinese compounds are head-final, so 碳排放 ("carbon dioxide emissions")
is a kind of 排放 ("emissions") -- searched where a passage also writes the rest of the headword
(碳, inside 二氧化碳: 二氧化碳排放), not left untranslated."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from index.english.cohesion import Cooccurrence
from index.english.links import Candidate, CorpusLinks
from index.english.units import Unit

MIN_HEADED_SPECIFICITY = 0.5  # a headword glossing the phrase this closely


def headed_candidates(
    links: CorpusLinks, cooccurrence: Cooccurrence, heads: Sequence[tuple[str, float]], keep: int
) -> list[Candidate]:
    """The corpus terms ending the phrase's headwords ``heads`` (:meth:`CorpusLinks.headed`)
    that a passage writes beside a term holding the rest of the headword, scored by the share
    of the headword they are; the best ``keep``. Nothing where no passage does: "foreign
    companies" (外国公司) is not reduced to 公司 where no passage writes 外国 beside it -- the
    modifier is what the question asks about."""
    scores: dict[str, float] = {}
    for head, specificity in heads:
        found = links.headed(head) if specificity >= MIN_HEADED_SPECIFICITY else None
        if found is None:
            continue
        modifier, term = found
        holders = [t for t, _ in links.containing.get(modifier, ())] + ([modifier] if modifier in links.df else [])
        if any(cooccurrence.level(term, holder) == 1.0 for holder in holders):
            score = specificity * len(term) / len(head)
            scores[term] = max(scores.get(term, 0.0), score)
    return links.finish(scores, keep)


def with_headed(
    links: CorpusLinks, cooccurrence: Cooccurrence, units: Sequence[Unit],
    direct: Mapping[int, list[Candidate]], keep: int,
) -> dict[int, list[Candidate]]:
    """``direct`` (each unit's corpus terms) with a phrase's found by :func:`headed_candidates`
    when it has none -- a phrase of two words or more, no name (甘汝楫's 汝楫 is no kind of it)."""
    out = dict(direct)
    for index, unit in enumerate(units):
        if index in out and not out[index] and unit.end - unit.start > 1 and not (unit.name or unit.named):
            out[index] = headed_candidates(links, cooccurrence, unit.heads, keep)
    return out
