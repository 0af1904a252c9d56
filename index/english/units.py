"""A question's content words grouped into units, longest dictionary phrases first.

A run of 2-4 content words equal to a gloss of a headword linked to the corpus ("party
member", "standing committee", "asian games") is one unit. So is a run that is a gloss anywhere
in the dictionary when it is a name ("united states") or when one of its words alone finds
nothing good ("take place"), so that it is not translated word by word. Other words are units
of their own; a word that finds little is also tried through derived forms ("rectification" ->
"rectify", "provincial" -> "province") and, for a thing, through a synonym's glosses
("canteen" -> 饭堂 "dining hall" -> 食堂), both weaker.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from index.english.cedict import load_dictionary
from index.english.cedict_senses import headword_senses, rank_factor
from index.english.focus import DIMENSION_NOUNS
from index.english.forms import (
    LETTERS_RE,
    STOP_WORDS,
    degree_base,
    derivations,
    lemmatize,
    negated,
)
from index.english.glosses import MAX_PHRASE, glossed_as
from index.english.links import MIN_COMPOUND_PREFIX, MIN_SPECIFICITY, CorpusLinks
from index.english.names import (
    NAME_PART_FACTOR,
    PINYIN_FACTOR,
    clipped_name,
    dictionary_names,
    leading_name,
    pinyin_name,
    respelled,
)

WEAK_MATCH = 0.6  # a word whose best corpus-linked gloss is below this also tries derivations
DERIVED_FACTOR = 0.7  # "rectification" found as "rectify"
PIVOT_FACTOR = 0.5  # a translation found through a synonym's other glosses
_PAREN_RE = re.compile(r"\([^()]*\)")
COMPONENT_MIN_SPECIFICITY = 0.3  # headwords used as pieces of compounds
SOUND_FACTOR = 0.8  # a foreign name matched to a corpus name by how both sound
SPLIT_NAME_FACTOR = 0.8  # a dictionary name found instead as its spelling read as pinyin
AGENT_DERIVED_FACTOR = 0.2  # "governor" found as "govern": the doer is not the deed
_AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ee")
DIMENSION_NOUN_FACTOR = 0.9  # "how deep" found as "depth" (深度): the same measure, named
DEGREE_FACTOR = 0.8  # "busiest" found as "busy": the adjective, not its degree
CLOSED_COMPOUND_MIN = 0.5  # "rain falls" read as "rainfall" only through a close gloss of it
_MOST = "最"  # written before an adjective for its superlative (最大, 最繁忙)


@dataclass(frozen=True)
class Unit:
    """An English word or phrase of the question, with its dictionary look-up."""

    start: int  # index into the content words
    end: int  # exclusive
    english: str
    key: tuple[str, ...]  # the lemmas
    heads: tuple[tuple[str, float], ...]  # headword, specificity (best first)
    name: bool = False  # a whole gloss of a proper noun ("united states")
    guessed: bool = False  # some headwords were reached through a synonym
    direct: float = 0.0  # if so: the best specificity it had without them
    named: bool = False  # headwords of proper nouns from the whole dictionary (see :func:`~index.english.names.dictionary_names`)
    idiom: bool = False  # a verb idiom written as the dictionary glosses it ("took part in")


def _superlative_asked(surfaces: Sequence[str], adjective: str) -> bool:
    """Whether the question also writes ``adjective``'s superlative ("deepest", "widest")."""
    return any(word in (adjective + "est", adjective + "st") for word in surfaces if word.endswith("st"))


def find_units(
    links: CorpusLinks,
    surfaces: Sequence[str],
    lemmas: Sequence[str],
    actions: Sequence[bool],
    idioms: Mapping[int, int] | None = None,
    between: Sequence[tuple[str, ...]] = (),
    adjectives: Container[int] = (),
    capitalised: Container[str] = (),
) -> list[Unit]:
    """Longest gloss phrases first, then single words; ``actions`` marks the words that are
    verbs in the question (their verb senses are preferred); ``idioms`` (:func:`verb_idioms`)
    the verb idioms, each one unit whether or not the corpus has a translation of it, when its
    first word is a verb there or written as its base form ("teaching classes" is a thing).
    ``between[k]`` are the question's words between content words k-1 and k: a phrase spans
    them only as a gloss of it writes them ("put *into* practice"; not "high *above* sea" for
    "high seas", nor "moons *does* Jupiter"). ``adjectives`` are the words known to be
    adjectives ("how *long*"): their verb and name senses do not count; ``capitalised`` the
    words written as names (:func:`~index.english.names.leading_name`)."""
    idioms = idioms or {}

    def spanning(start: int, size: int, heads: Mapping[str, float]) -> dict[str, float]:
        skipped = {w for k in range(start + 1, start + size) if k < len(between) for w in between[k]}
        return {h: s for h, s in heads.items() if not skipped or skipped <= gloss_tokens(h)}

    units: list[Unit] = []
    i = 0
    n = len(lemmas)
    context = frozenset(lemmas)
    while i < n:
        taken = False
        for size in range(min(MAX_PHRASE, n - i), 1, -1):
            key = tuple(lemmas[i : i + size])
            heads = links.gloss_matches(key, context)
            strong = spanning(i, size, {h: s for h, s in heads.items() if s >= 0.5})
            if strong and (links.linked(strong) or any(links.decomposed(h) for h in strong)):
                name = any(sense.name for head, sense in glossed_as(key) if head in strong)
                units.append(_unit(i, i + size, surfaces, key, strong, name))
                i += size
                taken = True
                break
        if taken:
            continue
        heads = _closed_compound(links, lemmas, between, i, context)
        if heads:  # "rain falls": 降雨 "rainfall", not "rain" untranslated beside a kind of fall
            units.append(_unit(i, i + 2, surfaces, (lemmas[i] + lemmas[i + 1],), heads))
            i += 2
            continue
        size, heads = pinyin_name(links, surfaces, lemmas, i, context, WEAK_MATCH)
        if size:  # "Yan Siqi": 颜思齐, a Chinese name written as its syllables' words
            units.append(_unit(i, i + size, surfaces, tuple(lemmas[i : i + size]), heads, True))
            i += size
            continue
        if (
            i + 1 < n and surfaces[i] in capitalised and surfaces[i + 1] in capitalised
            and all(links.best_linked(links.gloss_matches((lemmas[k],), context)) < WEAK_MATCH for k in (i, i + 1))
        ):
            # "He Jie": a name in pinyin the segmenter cuts into characters (何杰 as 何 + 杰): the
            # strings of one-character terms spelling it, which the documents may write whole
            # (EnglishUnit.written; bot.answer.english looks) -- no name until found
            split = links.pinyin.split_terms(surfaces[i] + surfaces[i + 1])
            if split:
                unit = _unit(i, i + 2, surfaces, tuple(lemmas[i : i + 2]), {h: PINYIN_FACTOR for h in split})
                units.append(dataclasses.replace(unit, named=True))
                i += 2
                continue
        size, heads = leading_name(links, surfaces, lemmas, i, capitalised, context, WEAK_MATCH)
        if size:  # "Arsenal": 阿森纳 "Arsenal Football Club", a name shortened
            units.append(_unit(i, i + size, surfaces, tuple(lemmas[i : i + size]), heads, True))
            i += size
            continue
        if i in idioms and (actions[i] or surfaces[i] == lemmas[i]):  # "took part in": not "take" + "part" (部分) when the corpus lacks 参加
            end = idioms[i]
            key = tuple(lemmas[i:end])
            heads = _idiom_heads(key)
            units.append(dataclasses.replace(_unit(i, end, surfaces, key, heads), idiom=True))
            i = end
            continue
        size, heads, is_name = _dictionary_phrase(links, lemmas, i, context, spanning)
        unused = bool(size) and not links.direct_candidates(tuple(heads.items()))  # the corpus lacks it
        if unused and not is_name:
            # a phrase the corpus does not use: its words may still find something together
            parts = [
                links.gloss_matches((lemmas[k],), context, actions[k]) for k in range(i, i + size)
            ]
            if all(links.best_linked(part) >= WEAK_MATCH for part in parts) or _spelled_together(
                links, parts
            ):
                size = 0
        if unused and size > 2 and _linked_tail(links, lemmas, i, size, context):
            size = 0  # "communist party members" (共产党员, a name's gloss) is found as 党员
        if size:
            key = tuple(lemmas[i : i + size])
            if is_name:
                heads.update(respelled(links, heads))
            units.append(_unit(i, i + size, surfaces, key, heads, is_name))
            i += size
            continue
        heads = links.gloss_matches((lemmas[i],), context, actions[i], i in adjectives)
        if i in adjectives and lemmas[i] in DIMENSION_NOUNS and not _superlative_asked(surfaces, lemmas[i]):
            # "how *deep*": also the noun of what it measures (深度 "depth"), as texts write it;
            # not when its superlative names which one ("at its *deepest* point": 最深处, not 水深)
            for head, score in links.gloss_matches((DIMENSION_NOUNS[lemmas[i]],), context).items():
                score *= DIMENSION_NOUN_FACTOR
                if score >= MIN_SPECIFICITY and score > heads.get(head, 0.0):
                    heads[head] = score
        if links.best_linked(heads) < WEAK_MATCH:
            heads.update(_compared(links, surfaces[i], context, heads))  # as written: "Lakers" is no "laker"
        if links.best_linked(heads) < WEAK_MATCH:
            for related in derivations(lemmas[i], links.gloss_words):
                factor = DERIVED_FACTOR
                if lemmas[i].endswith(_AGENT_SUFFIXES) and not related.endswith(_AGENT_SUFFIXES):
                    factor = AGENT_DERIVED_FACTOR  # "governor" is a person, not "govern"
                for head, score in links.gloss_matches((related,), context, actions[i]).items():
                    score *= factor
                    if score >= MIN_SPECIFICITY and score > heads.get(head, 0.0):
                        heads[head] = score
        opposite = negated(lemmas[i], links.gloss_words) if links.best_linked(heads) < WEAK_MATCH else None
        if opposite is not None:  # "invalid": 无效 "not valid"
            for head, score in links.gloss_matches(opposite, context).items():
                if score > heads.get(head, 0.0):
                    heads[head] = score
        inflected = surfaces[i] != lemmas[i] and surfaces[i].endswith(("ed", "ing"))
        verbal = inflected or links.glosses.verb_share(lemmas[i]) >= 0.5
        guessed = False
        direct = links.best_linked(heads)
        if direct < WEAK_MATCH and not verbal:
            for head, score in _pivots(links, lemmas[i], context).items():
                if score > heads.get(head, 0.0):
                    heads[head] = score
                    guessed = True
        if not heads and surfaces[i] not in capitalised:
            # a unit of measure in pinyin ("8520万 *mu*": 亩), which no gloss names so
            heads = dict.fromkeys(links.pinyin.units(surfaces[i]), 1.0)
        name = named = False
        if heads and (lemmas[i] in links.glosses.names or surfaces[i] in capitalised):
            # a name found in other names' glosses ("American": 美元 "American dollar") is the
            # name itself when the dictionary has it whole (美国人 -> 美国); so is a word written
            # as a name that is also an English word ("*Polish* soldiers": 波兰语 "Polish
            # (language)", so 波兰 -- not 擦亮 "to polish")
            for head, score in dictionary_names(links, surfaces[i], lemmas[i]).items():
                if score > NAME_PART_FACTOR and head in links.links and score > heads.get(head, 0.0):
                    heads[head] = score
        if not heads:
            # nothing glossed so: a name spelled in pinyin ("Xiangshan": 香山), if the corpus has
            # it as a term (one it splits, 凤岭 as 凤 + 岭, is looked for written below)
            heads = {term: PINYIN_FACTOR for term in links.pinyin.terms(surfaces[i])}
            name = bool(heads)
        if not heads:
            # a name the corpus does not have as a term: its dictionary spellings, which the
            # documents may still write ("Dubai": 杜拜, segmented 杜 + 拜; see EnglishUnit.written)
            heads = dictionary_names(links, surfaces[i], lemmas[i])
            # only a whole name makes a question about it ("olympiad" ends many names)
            name = any(score > NAME_PART_FACTOR for score in heads.values())
            named = bool(heads)
            heads.update(respelled(links, heads))
            if name and not any(head in links.df for head in heads):
                # the documents may write it in other characters the segmenter cuts up ("Luke":
                # the dictionary's 路加, a text's 卢克 as 卢 + 克): its spelling read as pinyin
                for head in links.pinyin.split_terms(surfaces[i]):
                    heads.setdefault(head, PINYIN_FACTOR * SPLIT_NAME_FACTOR)
        if not heads and surfaces[i] in capitalised and lemmas[i] not in links.dictionary.known:
            heads = clipped_name(links, lemmas[i])  # "Penn": 宾州 "Pennsylvania", a name clipped
            name = bool(heads)
        if not heads and lemmas[i] not in links.dictionary.known:
            # a foreign name no gloss has: corpus names that sound like it ("Maktoum": 马克图姆)
            heads = {
                term: SOUND_FACTOR * close for term, close in links.sounds.terms(surfaces[i]).items()
            }
            name = bool(heads)
        if surfaces[i] in capitalised and not name and links.best_linked(heads) < WEAK_MATCH:
            # a name that is also an English word ("Reggie *Miller*": 磨坊主 "miller", which no
            # document writes): written as a name, it is matched by sound too (米勒)
            sounded = {term: SOUND_FACTOR * close for term, close in links.sounds.terms(surfaces[i]).items()}
            if sounded:
                heads, name = sounded, True
        if not heads and lemmas[i] not in links.dictionary.known:
            # a name in pinyin the segmenter cuts into characters ("Fengling": 凤岭 as 凤 + 岭):
            # the strings of one-character terms spelling it, which the documents may write
            # whole (EnglishUnit.written; bot.answer.english looks) -- no name until found
            heads = {head: PINYIN_FACTOR for head in links.pinyin.split_terms(surfaces[i])}
            named = bool(heads)
        unit = _unit(i, i + 1, surfaces, (lemmas[i],), heads, name)
        if named:
            unit = dataclasses.replace(unit, named=True)
        if guessed:
            unit = dataclasses.replace(unit, guessed=True, direct=direct)
        units.append(unit)
        i += 1
    return units


def verb_idioms(
    words: Sequence[str], positions: Sequence[int], lemmas: Sequence[str], known: Container[str]
) -> dict[int, int]:
    """The verb idioms among the content words (``lemmas``, standing at ``positions`` of the
    question's ``words``): start -> end (exclusive) of each run of 2+ content words that the
    question writes, function words included, as a CC-CEDICT verb gloss does ("took part in" --
    "to take part in", 参加; "come to an end" -- "to come to an end", 告终). Written so, the
    words are one verb, not a verb and a thing ("part" is 部分 alone); "held meetings" is not
    "to hold a meeting" (开会), and keeps its thing."""
    found: dict[int, int] = {}
    n = len(lemmas)
    i = 0
    while i < n:
        for size in range(min(MAX_PHRASE, n - i), 1, -1):
            key = tuple(lemmas[i : i + size])
            heads = [head for head, sense in glossed_as(key) if sense.verb]
            if not heads:
                continue
            written = tuple(
                lemmatize(word, known) for word in words[positions[i] : positions[i + size - 1] + 1]
            )
            if any(_glossed_verbatim(head, written) for head in dict.fromkeys(heads)):
                found[i] = i + size
                i += size - 1
                break
        i += 1
    return found


def _glossed_verbatim(head: str, written: tuple[str, ...]) -> bool:
    """Whether a verb gloss of ``head`` is "to" and the lemmas ``written``, then at most
    function words ("to take part in" for "take part")."""
    for gloss in re.split(r"[/;\n]", load_dictionary().glosses.get(head, b"").decode("utf-8", "replace")):
        tokens = LETTERS_RE.findall(_PAREN_RE.sub(" ", gloss).lower())
        if tokens[:1] != ["to"] or tuple(tokens[1 : 1 + len(written)]) != written:
            continue
        if all(token in STOP_WORDS for token in tokens[1 + len(written) :]):
            return True
    return False


def _idiom_heads(key: tuple[str, ...]) -> dict[str, float]:
    """The headwords of a verb idiom's verb glosses, with their specificities."""
    heads: dict[str, float] = {}
    for head, sense in glossed_as(key):
        score = rank_factor(sense.rank, head) * sense.factor
        if sense.verb and score >= MIN_SPECIFICITY and score > heads.get(head, 0.0):
            heads[head] = score
    return heads


def _compared(
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


@lru_cache(maxsize=16384)
def gloss_tokens(head: str) -> frozenset[str]:
    """Every word of ``head``'s glosses (lower case)."""
    return frozenset(LETTERS_RE.findall(load_dictionary().glosses.get(head, b"").decode("utf-8", "replace").lower()))


def _spelled_together(links: CorpusLinks, parts: Sequence[Mapping[str, float]]) -> bool:
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


def _linked_tail(links: CorpusLinks, lemmas: Sequence[str], start: int, size: int, context: Container[str]) -> bool:
    """Whether the last words of a phrase the corpus does not use are a shorter phrase it does
    ("communist *party members*": not 共产党员, but 党员): the words are then read one by one,
    so that phrase is found."""
    for tail in range(size - 1, 1, -1):
        key = tuple(lemmas[start + size - tail : start + size])
        strong = {h: s for h, s in links.gloss_matches(key, context).items() if s >= 0.5}
        if strong and links.linked(strong):
            return True
    return False


def _dictionary_phrase(
    links: CorpusLinks,
    lemmas: Sequence[str],
    start: int,
    context: Container[str],
    spanning: Callable[[int, int, Mapping[str, float]], dict[str, float]],
) -> tuple[int, dict[str, float], bool]:
    """The longest run (2+ words) from ``start`` that is a whole gloss anywhere in CC-CEDICT.

    Returns its length, headwords and whether it is a name (0, {}, False if none). A name
    ("united states", 美国) always counts, and so does a phrase whose headword the corpus
    spells in pieces ("leading cadre", 领导干部 = 领导 + 干部); another phrase ("interest
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
        if is_name or any(links.decomposed(head) for head in heads) or any(
            links.best_linked(links.gloss_matches((word,), context)) < WEAK_MATCH
            for word in key
        ):
            return size, heads, is_name
    return 0, {}, False


def _pivots(links: CorpusLinks, lemma: str, context: Container[str]) -> dict[str, float]:
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


def _closed_compound(
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


def _unit(
    start: int, end: int, surfaces: Sequence[str], key: tuple[str, ...],
    heads: Mapping[str, float], name: bool = False,
) -> Unit:
    ordered = tuple(sorted(heads.items(), key=lambda item: (-item[1], item[0])))
    return Unit(start, end, " ".join(surfaces[start:end]), key, ordered, name)
