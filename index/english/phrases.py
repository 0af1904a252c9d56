"""Runs of a question's content words read as one: dictionary phrases and closed compounds.

For :func:`~index.english.units.find_units`: :func:`dictionary_phrase` finds the longest run that
is a whole gloss anywhere in CC-CEDICT (a name, a phrase the corpus spells in pieces, or one whose
words alone find nothing good), :func:`spelled_together` and :func:`linked_tail` tell when such a
run is better read word by word (:func:`name_and_kind` for a name), :func:`closed_compound` reads two words as the English compound
they spell ("rain falls": "rainfall"), :func:`open_compound` one closed compound as its open form
("pawnshop": "pawn shop"), and :func:`gloss_tokens` are a headword's gloss words, which
a phrase must write between its words.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping, Sequence
from functools import lru_cache

from index.english.cedict import load_dictionary
from index.english.cedict_senses import headword_senses, rank_factor
from index.english.forms import LETTERS_RE
from index.english.glosses import MAX_PHRASE, glossed_as
from index.english.links import MIN_COMPOUND_PREFIX, CorpusLinks
from index.english.weak_words import WEAK_MATCH
from index.figures.units import UNIT_MEASURES, measured

COMPONENT_MIN_SPECIFICITY = 0.3  # headwords used as pieces of compounds
CLOSED_COMPOUND_MIN = 0.5  # "rain falls" read as "rainfall" only through a close gloss of it
OPEN_COMPOUND_HEAD = 4  # "pawn" + "shop": shorter last words end too many words ("-ship" aside)


@lru_cache(maxsize=16384)
def gloss_tokens(head: str) -> frozenset[str]:
    """Every word of ``head``'s glosses (lower case)."""
    return frozenset(LETTERS_RE.findall(load_dictionary().glosses.get(head, b"").decode("utf-8", "replace").lower()))


def spelled_together(links: CorpusLinks, parts: Sequence[Mapping[str, float]]) -> bool:
    """Whether some corpus term holds a headword of each of ``parts`` (教学 "teaching" and 班
    "class" in 教学班): the words may make a compound although the phrase is no gloss of it."""
    shared: set[str] | None = None
    for heads in parts:
        terms = {
            term
            for head, specificity in heads.items()
            if specificity >= COMPONENT_MIN_SPECIFICITY
            for term, _start in links.containing.get(head, ())
        }
        shared = terms if shared is None else shared & terms
        if not shared:
            return False
    return bool(shared)


def name_and_kind(
    links: CorpusLinks, lemmas: Sequence[str], start: int, size: int, heads: Mapping[str, float], context: Container[str]
) -> dict[str, float]:
    """The name a name phrase the corpus does not use spells before its kind, when the corpus
    writes it ("Zhejiang province": 浙江省, written nowhere, is 浙江 + 省 "province"; the documents
    write 浙江 and 全省): the phrase is searched as that name alone, still one name ({} if none)."""
    named = links.gloss_matches(tuple(lemmas[start : start + size - 1]), context)
    kinds = links.gloss_matches((lemmas[start + size - 1],), context)
    return {
        name: specificity
        for name, specificity in named.items()
        if specificity >= 0.5 and len(name) > 1 and name in links.links
        and any(head.startswith(name) and head[len(name):] in kinds for head in heads if len(head) > len(name))
    }


def linked_tail(links: CorpusLinks, lemmas: Sequence[str], start: int, size: int, context: Container[str]) -> bool:
    """Whether the last words of a phrase the corpus does not use are a shorter phrase it does
    ("communist *party members*": not 共产党员, but 党员): the words are then read one by one,
    so that phrase is found."""
    for tail in range(size - 1, 1, -1):
        key = tuple(lemmas[start + size - tail : start + size])
        strong = {h: s for h, s in links.gloss_matches(key, context).items() if s >= 0.5}
        if strong and links.linked(strong):
            return True
    return False


#: A noun phrase the corpus does not use, found as its head noun ("shuttle bus" as "bus"): a
#: kind of what the head names, so less surely than a gloss of the whole.
HEAD_FACTOR = 0.7
MIN_MODIFIER = 2  # characters of a compound's modifier the corpus must write (one is in too many words)


def linked_head(
    links: CorpusLinks,
    lemmas: Sequence[str],
    actions: Sequence[bool],
    span: tuple[int, int],
    context: Container[str],
    whole: Mapping[str, float],
    together: Callable[[str, str], bool] | None,
) -> dict[str, float]:
    """The corpus terms of the head (last word) of a noun phrase the corpus does not use, when
    the corpus writes it as the dictionary's words for the whole phrase say: a headword of the
    phrase (``whole``) is a modifier the corpus writes followed by the end of a term of the head,
    and a passage holds both ("*shuttle bus*": 交通车 is written nowhere, but 交通 and 公车 "bus",
    ending in 车, are, in one passage -- 接驳公车 in the traffic paragraph). Weakened by
    :data:`HEAD_FACTOR`: searched as that rather than as nothing, which makes the question look
    about something absent. {} when a word of it is the question's verb ("*take place*"), a
    word before the head is linked however weakly ("*cruise* ship": 邮轮 "cruise liner" is
    written; a cruise ship is no mere 船), or the corpus writes no such modifier beside the head
    ("*foreign* companies": 外国公司, but no 外国 beside 公司 -- a thing the texts lack)."""
    start, end = span
    if together is None or any(actions[start:end]) or any(
        links.best_linked(links.gloss_matches((lemmas[k],), context)) > 0 for k in range(start, end - 1)
    ):
        return {}
    heads = links.gloss_matches((lemmas[end - 1],), context)
    if links.best_linked(heads) < WEAK_MATCH:
        return {}
    found: dict[str, float] = {}
    for head, score in heads.items():
        if head not in links.links:
            continue
        for compound in whole:
            for cut in range(MIN_MODIFIER, len(compound)):
                modifier, tail = compound[:cut], compound[cut:]
                if head.endswith(tail) and modifier in links.df and together(modifier, head):
                    found[head] = score * HEAD_FACTOR
    return found


def kindred_terms(
    links: CorpusLinks, lemmas: Sequence[str], span: tuple[int, int], whole: Mapping[str, float]
) -> dict[str, float]:
    """The corpus terms of the same kind as a noun phrase the corpus does not use: glossed with
    every word of the phrase among their senses, one of them ending in its head, and sharing a
    character with a headword of the whole phrase ("*ancestral hall*": 祠堂 is written nowhere;
    宗祠 "ancestral temple; clan hall", sharing 祠, is -- not 食堂 "dining hall", no ancestral
    thing). Weakened by :data:`HEAD_FACTOR`, as a head found alone is."""
    start, end = span
    key = tuple(lemmas[start:end])
    if len(key) < 2:
        return {}
    characters = {char for compound in whole if len(compound) > 1 for char in compound}
    found: dict[str, float] = {}
    for head, sense, _at in links.senses_with(key[-1]):
        if len(head) < 2 or head in whole or head not in links.df or head in found:
            continue
        if sense.verb or sense.name or sense.words[-1:] != key[-1:] or not characters & set(head):
            continue
        glossed = {word for other in headword_senses(head) if not other.verb for word in other.words}
        if all(word in glossed for word in key):
            found[head] = max(
                score for compound, score in whole.items() if set(compound) & set(head)
            ) * HEAD_FACTOR
    return found


def head_character_terms(
    links: CorpusLinks, lemmas: Sequence[str], span: tuple[int, int], whole: Mapping[str, float]
) -> dict[str, float]:
    """The corpus terms of the last character of a noun phrase's headwords, when the corpus
    writes none of them and that character is itself a headword glossed with the phrase's head
    ("*river bank*": 河岸 is written nowhere; its last character, 岸 "bank; shore", is the
    compound's head, as "bank" is the phrase's, and the text writes 東岸): a Chinese compound
    ends in the thing it is a kind of, as an English noun phrase does. Weakened by
    :data:`HEAD_FACTOR`, as a head found alone is."""
    start, end = span
    key = tuple(lemmas[start:end])
    if len(key) < 2 or any(links.best_linked(links.gloss_matches((lemma,))) > 0 for lemma in key[:-1]):
        return {}  # (a modifier the corpus writes, however weakly: "*cruise* ship" is no mere 船)
    found: dict[str, float] = {}
    for compound, score in whole.items():
        char = compound[-1:]
        if len(compound) < 2 or char not in links.links:
            continue
        if not any(sense.words == key[-1:] and not (sense.verb or sense.name) for sense in headword_senses(char)):
            continue  # (not a character glossed otherwise than the head: 会 of 工会 "union")
        for term, factor in links.links[char]:
            weight = score * factor * HEAD_FACTOR
            if weight > found.get(term, 0.0):
                found[term] = weight
    return found


def measure_named(links: CorpusLinks, head: Mapping[str, float]) -> bool:
    """Whether a corpus term of an English noun's headwords ``head`` names an amount measured in
    a unit ("temperature": 气温; "area": 面积), which the texts write beside its figure."""
    return any(measured(c.term) in UNIT_MEASURES for c in links.direct_candidates(tuple(head.items())))


def dictionary_phrase(
    links: CorpusLinks,
    lemmas: Sequence[str],
    start: int,
    context: Container[str],
    spanning: Callable[[int, int, Mapping[str, float]], dict[str, float]],
) -> tuple[int, dict[str, float], bool]:
    """The longest run (2+ words) from ``start`` that is a whole gloss anywhere in CC-CEDICT.

    Returns its length, headwords and whether it is a name (0, {}, False if none). A name
    ("united states", 美国) always counts, and so does a phrase whose headword the corpus
    spells in pieces ("leading cadre", 领导干部 = 领导 + 干部) or with a character of the same
    sound ("wind farm", 风电厂 written 风电场); another phrase ("interest
    rate", 利率) only if one of its words alone has no good corpus term. Such a run then stays
    one unit even when the corpus lacks it, instead of being translated word by word ("united"
    -> 结合).
    """
    for size in range(min(MAX_PHRASE, len(lemmas) - start), 1, -1):
        key = tuple(lemmas[start : start + size])
        heads: dict[str, float] = {}
        is_name = False
        for head, sense in glossed_as(key):
            score = rank_factor(sense.rank, head) * sense.factor
            if score >= 0.5 and score > heads.get(head, 0.0):
                heads[head] = score
                is_name = is_name or sense.name
        heads = spanning(start, size, heads)
        if not heads:
            continue
        if is_name or any(links.decomposed(head) or links.sounded(head) for head in heads) or any(
            links.best_linked(links.gloss_matches((word,), context)) < WEAK_MATCH
            for word in key
        ):
            return size, heads, is_name
    return 0, {}, False


def closed_compound(
    links: CorpusLinks, lemmas: Sequence[str], between: Sequence[tuple[str, ...]], i: int, context: Container[str]
) -> dict[str, float]:
    """The corpus-linked headwords of the English closed compound that content words ``i`` and
    ``i + 1`` spell written apart ("rain" + "fall": "rainfall"; "water" + "fall": "waterfall"),
    each glossing it closely; {} if they spell none, or a word stands between them."""
    if i + 1 >= len(lemmas) or (i + 1 < len(between) and between[i + 1]):
        return {}
    joined = lemmas[i] + lemmas[i + 1]
    if len(lemmas[i]) < MIN_COMPOUND_PREFIX or joined not in links.gloss_words:
        return {}
    heads = {h: s for h, s in links.gloss_matches((joined,), context).items() if s >= CLOSED_COMPOUND_MIN}
    return heads if links.best_linked(heads) >= CLOSED_COMPOUND_MIN else {}


def open_compound(links: CorpusLinks, lemma: str, context: Container[str]) -> dict[str, float]:
    """The corpus-linked headwords glossed by the open form of the English closed compound
    ``lemma`` ("pawnshop": 当铺 "pawn shop", beside 典当 "pawnshop"): English writes such a
    compound closed or open, and CC-CEDICT glosses some words one way, some the other. Only a
    word cut in exactly one way into two gloss words (the first of :data:`MIN_COMPOUND_PREFIX`+
    letters, the last of :data:`OPEN_COMPOUND_HEAD`+), whose open form some headword is glossed
    as exactly and closely (:data:`CLOSED_COMPOUND_MIN`); {} otherwise."""
    words = links.gloss_words
    cuts = [
        (lemma[:cut], lemma[cut:])
        for cut in range(MIN_COMPOUND_PREFIX, len(lemma) - OPEN_COMPOUND_HEAD + 1)
        if lemma[:cut] in words and lemma[cut:] in words
    ]
    if len(cuts) != 1:
        return {}
    heads = {
        h: s for h, s in links.gloss_matches(cuts[0], context).items()
        if s >= CLOSED_COMPOUND_MIN and h in links.links and cuts[0] in {sense.words for sense in headword_senses(h)}
    }
    return heads
