"""Corpus-aware translation: senses a word's first look-up missed, found next to the other words.

A word's best dictionary senses are not always its sense in the question. CC-CEDICT has no
"game" sense reaching 比赛, lists 分 "a point (in sports or games)" tenth among its senses and
glosses 飞机 "airplane", not "plane"; 赛季 is "season (sports)", a labelled sense that scores
too low to be among the alternatives :func:`~index.english.cohesion.cohere` weighs. This module
widens a word's alternatives with corpus terms that are

- *deeper senses*: the word's own headwords beyond the first few (赛季), one-character ones
  from a weaker gloss (分 "point");
- *kinds of it*: glossed by an English compound ending in the word ("airplane", "warplane" for
  "plane": English compounds are head-final, like Chinese ones);
- *near-synonyms*: glossed by a word the dictionary lists with it ("game" and "match" gloss 局,
  球, 球赛 together; 比赛 is "match"), and, for a thing the texts write only as a verb, the
  other name of the thing in the dictionary's unwritten headword for it ("lift": 提升 "to
  lift" is written, 升降机 "lift; elevator" nowhere; the texts write 电梯 "elevator" --
  :func:`unwritten_synonyms`),

and admits one only if the corpus uses it *together with the question's other words*: it must
share a document with the likely translations of every name the question asks about, or of most
of its other things and names (a name counting double), and a passage with those of one of
them. Deeper senses are tried for every word but names; kinds only for a thing its own senses
translate weakly, near-synonyms only if moreover none of those senses goes with the other
words -- and for a verb none of whose senses does ("founded": 创建, 创办 elsewhere; the
company's text writes 成立 "to establish"). :func:`~index.english.cohesion.cohere` then weighs the admitted ones with the rest. The
work is bounded: a few dozen candidate terms per word, each checked by intersecting its
postings' bit set with the others' (cached per term).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from index.english.cedict_senses import headword_senses, rank_factor
from index.english.cohesion import LIKELY_SHARE, Cooccurrence
from index.english.glosses import gloss_index
from index.english.links import (
    MIN_MATCH,
    MIN_SPECIFICITY,
    NOT_VERB_FACTOR,
    PARTIAL_FACTOR,
    Candidate,
    CorpusLinks,
)

DEEP = 16  # alternatives of a word's own headwords looked at beyond the pool
SINGLE_CHAR_CONTEXT_MIN = 0.3  # a one-character sense this close counts when the corpus agrees
#: A word of a wholly English question whose best alternative is less sure than this -- no
#: sense glosses it as exactly as a longer gloss holding it can ("paper": 见报 "to appear in
#: the newspapers") -- also tries kinds ("newspaper": 报纸) and synonyms; in a mixed question,
#: whose Chinese words say what it is about, only one translated less surely than ``WEAK_MIXED``.
WEAK = PARTIAL_FACTOR
WEAK_MIXED = 0.6
KIND_FACTOR = 0.6  # 飞机 "airplane" for "plane", relative to a gloss that is the word itself
SYNONYM_FACTOR = 0.5  # 比赛 "match" for "game"
SYNONYMS = 6  # near-synonyms of a word followed, at most
SYNONYM_SHARE = 0.3  # a near-synonym weaker than this share of the best is not followed
CANDIDATES = 12  # kinds and synonyms' terms checked against the corpus per word, at most


def widen(
    pools: Mapping[int, Sequence[Candidate]],
    heads: Mapping[int, tuple[tuple[str, float], ...]],
    lemmas: Mapping[int, str],
    trust: Mapping[int, int],
    links: CorpusLinks,
    cooccurrence: Cooccurrence,
    english: bool = True,
) -> dict[int, list[Candidate]]:
    """Each unit's alternatives (``pools``), widened with the corpus terms found next to the
    other units' translations (see the module doc). ``heads`` are each unit's headwords with
    their specificities, ``lemmas`` the lemma of each one-word unit, ``trust`` 2 for a name,
    1 a thing, 0 a verb; ``english``: the question is wholly English. Names are not widened."""
    weak = WEAK if english else WEAK_MIXED
    where = {index: _where(pool, cooccurrence) for index, pool in pools.items()}
    widened: dict[int, list[Candidate]] = {}
    for index, pool in pools.items():
        widened[index] = list(pool)
        if trust.get(index, 1) == 2:
            continue  # names are what they are
        others = [
            bits for other, bits in where.items()
            if other != index and bits[0] and trust.get(other, 1) >= 1
        ]
        names = [
            bits for other, bits in where.items()
            if other != index and bits[0] and trust.get(other, 1) == 2
        ]
        if not others:
            continue
        found = _deeper(links, heads.get(index, ()), pool)
        best = max((c.sure for c in pool), default=0.0)
        lemma = lemmas.get(index)
        verb = trust.get(index, 1) == 0
        alone = lemma is not None and not any(
            _together(cooccurrence.masks(c.term), others, names) for c in pool
        )
        if lemma is not None and (best < weak and not verb or verb and alone):
            # near-synonyms only for a word none of whose own senses goes with the others
            # ("game": 亚运; a verb, "founded": 创建, where the texts write 成立 "to
            # establish"); kinds only of a thing translated weakly
            for term, score in _related(links, lemma, alone, kinds=not verb).items():
                if score > found.get(term, (0.0, 0.0))[0]:
                    found[term] = (score, score)
        elif lemma is not None and pool and not verb and not _thing_written(links, lemma):
            # a thing the texts write only as a verb ("lift": 提升 "to lift"): the thing's other
            # name, where the dictionary's headword for it is unwritten (升降机 -> 电梯)
            for term, score in _related(links, lemma, False, kinds=False, unwritten=True).items():
                if score > found.get(term, (0.0, 0.0))[0]:
                    found[term] = (score, score)
        known = {c.term for c in pool}
        for term, (score, sure) in found.items():
            if term not in known and _together(cooccurrence.masks(term), others, names):
                widened[index].append(Candidate(term, score, sure))
        widened[index].sort(key=lambda c: (-c.score, c.term))
    return widened


def _together(
    where: tuple[int, int], others: Sequence[tuple[int, int]], names: Sequence[tuple[int, int]]
) -> bool:
    """Whether a term found in ``where`` (passages, documents) goes with the other units'
    translations (``others``, among them the ``names``): a passage shared with one of them, and
    documents with every name or with most of the others (a name counting double)."""
    rows, documents = where
    if not any(rows & bits for bits, _ in others):
        return False
    with_names = sum(1 for _, bits in names if documents & bits)
    shared = sum(1 for _, bits in others if documents & bits) + with_names
    return bool(names and with_names == len(names)) or 2 * shared >= len(others) + len(names)


def _where(pool: Sequence[Candidate], cooccurrence: Cooccurrence) -> tuple[int, int]:
    """The passages and the documents holding a likely alternative of ``pool``, as bit sets."""
    rows = documents = 0
    for candidate in pool:
        if candidate.score >= LIKELY_SHARE * pool[0].score:
            more_rows, more_documents = cooccurrence.masks(candidate.term)
            rows |= more_rows
            documents |= more_documents
    return rows, documents


def _deeper(
    links: CorpusLinks, heads: tuple[tuple[str, float], ...], pool: Sequence[Candidate]
) -> dict[str, tuple[float, float]]:
    """The word's own alternatives beyond ``pool``: term -> (score, sure)."""
    deeper = links.direct_candidates(heads, DEEP, single_min=SINGLE_CHAR_CONTEXT_MIN)
    return {c.term: (c.score, c.sure) for c in deeper}


def _thing_written(links: CorpusLinks, lemma: str) -> bool:
    """Whether the corpus writes a headword naming ``lemma`` alone as a thing (a sense that is
    no verb and no name: 港 "harbor; port" for "port"; for "lift" only verbs are written, 提升
    "to lift", and the thing's 升降机 is not)."""
    return any(
        head in links.df and sense.words == (lemma,) and not (sense.verb or sense.name)
        for head, sense, _at in links.senses_with(lemma)
    )


def _related(
    links: CorpusLinks, lemma: str, synonyms: bool = True, kinds: bool = True, unwritten: bool = False
) -> dict[str, float]:
    """Corpus terms for kinds of ``lemma`` (if ``kinds``) and (if ``synonyms``) its
    near-synonyms: term -> score (the best :data:`CANDIDATES`)."""
    heads: dict[str, float] = {}
    for word in links.compounds_ending(lemma) if kinds else ():
        for head, score in links.gloss_matches((word,)).items():
            score *= KIND_FACTOR
            if score >= MIN_SPECIFICITY and score > heads.get(head, 0.0):
                heads[head] = score
    pairs = near_synonyms(links, lemma) if synonyms else []
    if unwritten:  # a thing: the other name of the thing it names, which no text writes
        pairs = pairs + unwritten_synonyms(links, lemma)
    for synonym, closeness in pairs:
        for head, score in links.gloss_matches((synonym,)).items():
            score *= SYNONYM_FACTOR * closeness
            if (kinds or unwritten) and not any(synonym in s.words and not s.verb for s in headword_senses(head)):
                score *= NOT_VERB_FACTOR  # a thing's synonym, glossed only as a verb ("to match")
            if score >= MIN_SPECIFICITY and score > heads.get(head, 0.0):
                heads[head] = score
    ranked = links.direct_candidates(
        tuple(sorted(heads.items(), key=lambda item: (-item[1], item[0]))), CANDIDATES
    )
    return {c.term: c.score for c in ranked if c.score >= MIN_MATCH}


def near_synonyms(links: CorpusLinks, lemma: str) -> list[tuple[str, float]]:
    """Words the dictionary glosses together with ``lemma``, closest first, as (word, closeness
    in (0, 1]): a word listed in the same gloss ("game, match, set, round") counts fully, one
    in another gloss of the same entry half; each headword counts by how closely it is
    ``lemma``, and the support of several headwords adds up. Names' senses do not count."""
    support: dict[str, float] = defaultdict(float)
    for head, sense, _position in links.senses_with(lemma):
        if sense.name:
            continue
        base = rank_factor(sense.rank, head) * sense.factor / len(sense.words)
        for other in headword_senses(head):
            if other.name or other.entry != sense.entry:
                continue
            share = 1.0 if other.words == sense.words else 0.5
            for word in other.words:
                if word != lemma:
                    support[word] += base * share
    if not support:
        return []
    top = max(support.values())
    ranked = sorted(support.items(), key=lambda item: (-item[1], item[0]))
    return [
        (word, value / top) for word, value in ranked[:SYNONYMS] if value >= SYNONYM_SHARE * top
    ]


def unwritten_synonyms(links: CorpusLinks, lemma: str) -> list[tuple[str, float]]:
    """The other one-word name of a thing the dictionary names by ``lemma`` and one other word
    alone, in a headword no document writes, as (word, 1.0): "lift" -> "elevator", the two
    one-word glosses of 升降机, which the texts never write -- they write 电梯 "elevator" (British
    and American English name one thing twice; a reader asking of "lifts" means the thing the
    texts write). Only things, and only a headword with just two such names: one glossed
    "floor; ground; platform; deck ..." lists things near it, not the same thing."""
    found: dict[str, float] = {}
    for head in gloss_index().glossed.get(lemma, ()):
        if head in links.df:
            continue
        names = {
            sense.words[0] for sense in headword_senses(head)
            if len(sense.words) == 1 and sense.whole and not (sense.verb or sense.name)
        }
        if lemma in names and len(names) == 2:  # one thing, two names: not a list of kinds
            found.setdefault(min(names - {lemma}), 1.0)
    return list(found.items())
