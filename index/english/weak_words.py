"""Second tries for a question word its own glosses translate weakly (below :data:`WEAK_MATCH`).

For :func:`~index.english.units.find_units`: :func:`compared` looks up a comparative or superlative
the dictionary does not gloss through its adjective ("busiest" -> "busy", and 最 + it), and
:func:`pivots` a thing through a synonym's other glosses ("canteen" -> 饭堂 "dining hall" -> 食堂),
both weaker than a direct match. (Derived forms, negations and the noun a "how" adjective measures
are tried in :func:`~index.english.units.find_units` itself.)
"""

from __future__ import annotations

from collections.abc import Container, Mapping

from index.english.cedict_senses import headword_senses, rank_factor
from index.english.derived import degree_base
from index.english.links import MIN_SPECIFICITY, SINGLE_CHAR_MIN_SPECIFICITY, CorpusLinks

WEAK_MATCH = 0.6  # a word whose best corpus-linked gloss is below this also tries derivations
PIVOT_FACTOR = 0.5  # a translation found through a synonym's other glosses
DEGREE_FACTOR = 0.8  # "busiest" found as "busy": the adjective, not its degree
KIND_FACTOR = 0.7  # 工匠 for "craftsman" (匠): a kind of the thing, the kind most texts write
MAX_KINDS = 4  # more two-character words ending in the character: it is no head of kinds there
_MOST = "最"  # written before an adjective for its superlative (最大, 最繁忙)


def compared(
    links: CorpusLinks, word: str, context: Container[str], heads: Mapping[str, float]
) -> dict[str, float]:
    """Headwords of a comparative or superlative the dictionary does not gloss ("busiest",
    "taller"): its adjective's (繁忙, 高), and for a superlative the corpus's 最 + the
    adjective's headword (最大 for "largest"), which is what the texts write."""
    degree = degree_base(word, links.glosses.glossed)
    if degree is None:
        return {}
    base, superlative = degree
    found: dict[str, float] = {}
    for head, score in links.gloss_matches((base,), context).items():
        score *= DEGREE_FACTOR
        if score >= MIN_SPECIFICITY and score > heads.get(head, 0.0):
            found[head] = max(found.get(head, 0.0), score)
        most = _MOST + head
        if superlative and most in links.links and score > heads.get(most, 0.0):
            found[most] = max(found.get(most, 0.0), score / DEGREE_FACTOR)
    return found


def pivots(links: CorpusLinks, lemma: str, context: Container[str]) -> dict[str, float]:
    """Corpus-linked headwords reached through a synonym, for a word none of whose own
    translations is in the corpus (a thing: verbs are paraphrased too freely for this)
    -- "canteen" is 饭堂, glossed also "dining hall", which is
    食堂; "seminar" is 研讨会, whose stem 研讨 is a corpus term. Weaker than a direct match.
    """
    found: dict[str, float] = {}
    for middle in links.glosses.glossed.get(lemma, ()):
        if middle in links.links or len(middle) < 2:
            continue  # one character has too many senses to pivot through
        stem = middle[:-1]
        if len(stem) >= 2 and stem in links.links:
            score = PIVOT_FACTOR * len(stem) / len(middle)
            found[stem] = max(found.get(stem, 0.0), score)
        for sense in headword_senses(middle):
            if not sense.whole or lemma in sense.words:
                continue
            base = PIVOT_FACTOR * rank_factor(sense.rank, middle) * sense.factor
            for head, score in links.gloss_matches(sense.words, context).items():
                score *= base
                if score >= MIN_SPECIFICITY and score > found.get(head, 0.0):
                    found[head] = score
    return found


def kinds(links: CorpusLinks, heads: Mapping[str, float]) -> dict[str, float]:
    """The corpus's two-character terms ending in a one-character headword that means the word
    and nothing else and that no document writes alone ("craftsman": 匠, written in 工匠 and
    石匠): Chinese puts the thing last in a compound naming a kind of it, and writes such words
    for the thing itself, where English writes one noun. Only for a word no written term
    translates closely (none, of any length, at :data:`WEAK_MATCH` or above); at most
    :data:`MAX_KINDS` of them (a character ending many words is no head of kinds there)."""
    found: dict[str, float] = {}
    if any(head in links.df and score >= WEAK_MATCH for head, score in heads.items()):
        return found  # "bell": 钟 is written, if loosely; 铜铃 would be a guess beside it
    for head, score in heads.items():
        if len(head) != 1 or head in links.df or score < SINGLE_CHAR_MIN_SPECIFICITY:
            continue
        if len({sense.words for sense in headword_senses(head)}) != 1:
            continue  # 团 "dumpling", also "group": 集团 is no kind of dumpling
        ending = links.endings.get(head, ())
        if len(ending) <= MAX_KINDS:
            for term in ending:
                found[term] = max(found.get(term, 0.0), score * KIND_FACTOR)
    return found
