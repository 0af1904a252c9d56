"""The unit of an English question asking who wrote the text ("who wrote the article", "the
reporter"): the corpus terms for a text's writers (记者, 作者), found by the dictionary words that
gloss the byline nouns -- in any document, whatever it names its writer."""

from __future__ import annotations

from collections.abc import Sequence

from index.english.agreement import weighted
from index.english.cohesion import UNSUPPORTED_FACTOR, Cooccurrence
from index.english.focus import BYLINE_NOUNS
from index.english.links import CorpusLinks
from index.english.query import EnglishUnit


def byline_unit(
    links: CorpusLinks, cooccurrence: Cooccurrence | None, english: str, others: Sequence[EnglishUnit] = ()
) -> EnglishUnit:
    """The unit asking who wrote the text: the corpus terms for its writers (记者, 作者).

    Doubted like any word when no document has both a byline and what the question says
    the text is about ("who wrote the article about Toronto", a byline only elsewhere).
    """
    heads = tuple(
        dict.fromkeys(
            head for noun in BYLINE_NOUNS for head in links.glosses.glossed.get(noun, ())
        )
    )
    alternatives = links.direct_candidates(tuple((head, 1.0) for head in heads))
    sure = max((c.sure for c in alternatives), default=0.0)
    topic = [u for u in others if u.terms and not u.action and u.understood >= 0.5]
    if cooccurrence is not None and alternatives and topic and not any(
        cooccurrence.level(c.term, term) > 0
        for c in alternatives
        for unit in topic
        for term, _ in unit.terms
    ):
        sure *= UNSUPPORTED_FACTOR
    return EnglishUnit(
        english=english,
        terms=tuple(weighted(alternatives)),
        confidence=sure,
        understood=sure,
        focus=True,
        byline=True,
    )
