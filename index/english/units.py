"""A question's content words grouped into units, longest dictionary phrases first.

A run of 2-4 content words equal to a gloss of a headword linked to the corpus ("party
member", "standing committee", "asian games") is one unit. So is a run that is a gloss anywhere
in the dictionary when it is a name ("united states") or when one of its words alone finds
nothing good ("take place"), so that it is not translated word by word. Other words are units
of their own; a word that finds little is also tried through derived forms ("rectification" ->
"rectify", "provincial" -> "province") and, for a thing, through a synonym's glosses
("canteen" -> 饭堂 "dining hall" -> 食堂), both weaker.

The parts :func:`find_units` puts together live beside it: :mod:`~index.english.phrases` (runs
read as one phrase or closed compound), :mod:`~index.english.idioms` (verb idioms written as a
gloss writes them), :mod:`~index.english.weak_words` (second tries for a weakly translated word)
and :mod:`~index.english.names` (names however they are written).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass

from index.english.dynasties import DYNASTY_SPECIFICITY, dynasty_characters, named_dynasty, qualified_dynasty
from index.english.kinds import DIMENSION_NOUNS
from index.english.derived import derivations, negated
from index.english.glosses import MAX_PHRASE, described_by, glossed_as
from index.english.idioms import idiom_heads
from index.english.links import MIN_SPECIFICITY, CorpusLinks
from index.english.name_places import given_name_after, lower_modifier
from index.english.names import (
    NAME_PART_FACTOR,
    PINYIN_FACTOR,
    clipped_name,
    dictionary_names,
    leading_name,
    pinyin_name,
    respelled,
    surname,
)
from index.english.phrases import (
    closed_compound,
    dictionary_phrase,
    gloss_tokens,
    head_character_terms,
    kindred_terms,
    name_and_kind,
    linked_head,
    linked_tail,
    measure_named,
    open_compound,
    spelled_together,
)
from index.english.weak_words import WEAK_MATCH, compared, kinds, pivots

DERIVED_FACTOR = 0.7  # "rectification" found as "rectify"
PHRASAL_FACTOR = 0.7  # "close" found as "close down": the same deed, completed
PHRASAL_PARTICLES = ("down",)  # "close down", "shut down": a deed ended for good
SOUND_FACTOR = 0.8  # a foreign name matched to a corpus name by how both sound
SPLIT_NAME_FACTOR = 0.8  # a dictionary name found instead as its spelling read as pinyin
AGENT_DERIVED_FACTOR = 0.2  # "governor" found as "govern": the doer is not the deed
_AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ee")
_DEED_SUFFIXES = ("tion", "sion", "ment")  # nouns of doing: "completion", "rectification", "fulfilment"
MIN_LOOSE_SURNAME = 3  # letters of a surname read in a question capitalising no name ("le", "de": particles)
DIMENSION_NOUN_FACTOR = 0.9  # "how deep" found as "depth" (深度): the same measure, named


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
    together: Callable[[str, str], bool] | None = None,
    given: Container[str] = (),
) -> list[Unit]:
    """Longest gloss phrases first, then single words; ``actions`` marks the words that are
    verbs in the question (their verb senses are preferred); ``idioms``
    (:func:`~index.english.idioms.verb_idioms`) the verb idioms, each one unit whether or not the
    corpus has a translation of it, when its first word is a verb there or written as its base
    form ("teaching classes" is a thing).
    ``between[k]`` are the question's words between content words k-1 and k: a phrase spans
    them only as a gloss of it writes them ("put *into* practice"; not "high *above* sea" for
    "high seas", nor "moons *does* Jupiter"). ``adjectives`` are the words known to be
    adjectives ("how *long*"): their verb and name senses do not count; ``capitalised`` the
    words written as names (:func:`~index.english.names.leading_name`); ``together(a, b)`` whether
    a passage holds both corpus terms (:func:`~index.english.phrases.linked_head`); ``given``
    the corpus terms the caller gives as the question's context (a name's pieces it found
    written: 泓 and 川 of 泓川)."""
    idioms = idioms or {}

    def spanning(start: int, size: int, heads: Mapping[str, float]) -> dict[str, float]:
        skipped = {w for k in range(start + 1, start + size) if k < len(between) for w in between[k]}
        return {h: s for h, s in heads.items() if not skipped or skipped <= gloss_tokens(h)}

    units: list[Unit] = []
    i = 0
    n = len(lemmas)
    context = frozenset(lemmas)

    def unlinked_pair(i: int) -> bool:
        """Whether words ``i`` and ``i + 1`` may be one name no corpus term translates: both
        capitalised (or in a question that capitalises no name: "when did guanqiu jian ..."),
        neither linked well."""
        return (
            i + 1 < n and (
                not capitalised or surfaces[i + 1] in capitalised
                # (the first word's capital says nothing: "*Lu* Boheng, the academy's first head"
                # -- unless the next word is a corpus term by its pinyin: "Li *Zhongchen*", 忠臣)
                and (surfaces[i] in capitalised or i == 0 and not (between and between[0])
                     and not links.pinyin.terms(surfaces[i + 1]))
            )
            and all(links.best_linked(links.gloss_matches((lemmas[k],), context)) < WEAK_MATCH for k in (i, i + 1))
        )
    while i < n:
        heads = named_dynasty(lemmas, i, links.df)
        if heads and not any(len(h) > 1 and h in links.links for h in links.gloss_matches(tuple(lemmas[i : i + 2]))):
            # "Song-dynasty editions": 宋 (宋刻本), when the corpus writes no 宋朝 nor 宋代 (a
            # one-character sense is otherwise reached only through a close gloss)
            units.append(_unit(i, i + 2, surfaces, tuple(lemmas[i : i + 2]), heads, True))
            i += 2
            continue
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
        heads = closed_compound(links, lemmas, between, i, context)
        if heads:  # "rain falls": 降雨 "rainfall", not "rain" untranslated beside a kind of fall
            units.append(_unit(i, i + 2, surfaces, (lemmas[i] + lemmas[i + 1],), heads))
            i += 2
            continue
        heads = qualified_dynasty(surfaces, lemmas, i, capitalised)
        if heads:  # "Eastern Liao": 东辽, written whole or looked for as written
            units.append(_unit(i, i + 2, surfaces, tuple(lemmas[i : i + 2]), heads, True))
            i += 2
            continue
        size, heads = pinyin_name(links, surfaces, lemmas, i, context, WEAK_MATCH)
        if size:  # "Yan Siqi": 颜思齐, a Chinese name written as its syllables' words
            units.append(_unit(i, i + size, surfaces, tuple(lemmas[i : i + size]), heads, True))
            i += size
            continue
        if unlinked_pair(i):
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
            heads = idiom_heads(key)
            units.append(dataclasses.replace(_unit(i, end, surfaces, key, heads), idiom=True))
            i = end
            continue
        size, heads, is_name = dictionary_phrase(links, lemmas, i, context, spanning)
        unused = bool(size) and not links.direct_candidates(tuple(heads.items()))  # the corpus lacks it
        if unused and not is_name:
            # a phrase the corpus does not use: its words may still find something together
            parts = [
                links.gloss_matches((lemmas[k],), context, actions[k]) for k in range(i, i + size)
            ]
            if all(links.best_linked(part) >= WEAK_MATCH for part in parts) or spelled_together(
                links, parts
            ) or measure_named(links, parts[-1]):
                # (a measured amount the texts name otherwise -- "high temperature": 最高气温,
                # no 高温 -- is found by its noun, which the texts write beside the figure)
                size = 0
            elif all(len(head) == 1 for head in heads):
                size = 0  # "stone block" (礅, unwritten): one character says no phrase is lacking
        if unused and is_name:  # "Zhejiang province" (浙江省, written nowhere): 浙江, as the documents write it
            heads = name_and_kind(links, lemmas, i, size, heads, context) or heads
        if unused and size > 2 and linked_tail(links, lemmas, i, size, context):
            size = 0  # "communist party members" (共产党员, a name's gloss) is found as 党员
        if unused and size and not is_name:
            heads = (
                linked_head(links, lemmas, actions, (i, i + size), context, heads, together)
                # "ancestral hall" (祠堂, written nowhere): 宗祠 "ancestral temple; clan hall"
                or kindred_terms(links, lemmas, (i, i + size), heads)
                # "river bank" (河岸, written nowhere): 岸 "bank", the compound's head, as written (東岸)
                or head_character_terms(links, lemmas, (i, i + size), heads) or heads
            )
            # "shuttle bus" (接驳车, 摆渡车: written nowhere) is searched as its head, 公车 "bus"
        if size:
            key = tuple(lemmas[i : i + size])
            if is_name:
                heads.update(respelled(links, heads))
            units.append(_unit(i, i + size, surfaces, key, heads, is_name))
            i += size
            continue
        if (
            unlinked_pair(i) and all(lemmas[k] in links.glosses.names for k in (i, i + 1))
            and described_by((lemmas[i], lemmas[i + 1]))
        ):
            # "Zhili-Anhui": two names (of proper nouns' entries; not "four northern") a proper
            # noun's entry uses together (直皖战争, "the Zhili faction beat the Anhui faction"),
            # which its written forms look for -- no name until found
            unit = _unit(i, i + 2, surfaces, tuple(lemmas[i : i + 2]), {})
            units.append(dataclasses.replace(unit, named=True))
            i += 2
            continue
        heads = links.gloss_matches((lemmas[i],), context, actions[i], i in adjectives)
        for head, score in open_compound(links, lemmas[i], context).items():  # "pawnshop": 当铺 "pawn shop"
            heads[head] = max(score, heads.get(head, 0.0))
        if i in adjectives and lemmas[i] in DIMENSION_NOUNS and not _superlative_asked(surfaces, lemmas[i]):
            # "how *deep*": also the noun of what it measures (深度 "depth"), as texts write it;
            # not when its superlative names which one ("at its *deepest* point": 最深处, not 水深)
            for head, score in links.gloss_matches((DIMENSION_NOUNS[lemmas[i]],), context).items():
                score *= DIMENSION_NOUN_FACTOR
                if score >= MIN_SPECIFICITY and score > heads.get(head, 0.0):
                    heads[head] = score
        if links.best_linked(heads) < WEAK_MATCH:
            heads.update(compared(links, surfaces[i], context, heads))  # as written: "Lakers" is no "laker"
        if actions[i] and links.best_linked(heads) < WEAK_MATCH:
            # "when did the shop *close*": no term glosses the verb alone (关闭 unwritten); the
            # headwords glossing it with an adverb of completion ("to close down": 停业) do
            for particle in PHRASAL_PARTICLES:
                for head, score in links.gloss_matches((lemmas[i], particle), context, True).items():
                    if head in links.links and score * PHRASAL_FACTOR > heads.get(head, 0.0):
                        heads[head] = score * PHRASAL_FACTOR
        if links.best_linked(heads) < WEAK_MATCH:
            for related in derivations(lemmas[i], links.gloss_words):
                factor = DERIVED_FACTOR
                if lemmas[i].endswith(_AGENT_SUFFIXES) and not related.endswith(_AGENT_SUFFIXES):
                    factor = AGENT_DERIVED_FACTOR  # "governor" is a person, not "govern"
                # "completion" -> "complete": a noun of doing found through its verb takes the
                # verb's senses (完工 "to complete a project"), not the adjective's (完整 "complete")
                deed = lemmas[i].endswith(_DEED_SUFFIXES) and not related.endswith(_DEED_SUFFIXES)
                for head, score in links.gloss_matches((related,), context, actions[i] or deed).items():
                    score *= factor
                    if score >= MIN_SPECIFICITY and score > heads.get(head, 0.0):
                        heads[head] = score
        if links.best_linked(heads) < WEAK_MATCH:  # "craftsmen": 匠, written in 工匠
            heads.update({t: s for t, s in kinds(links, heads).items() if s > heads.get(t, 0.0)})
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
            for head, score in pivots(links, lemmas[i], context).items():
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
        if surfaces[i] in capitalised and links.best_linked(heads) < WEAK_MATCH:
            # "the *Liao*", "*Jin* Eastern Capital": a dynasty by its character's name (辽, 金)
            dynasty = [head for head in dynasty_characters().get(lemmas[i], ()) if head in links.links]
            if dynasty:
                heads.update(dict.fromkeys(dynasty, DYNASTY_SPECIFICITY))
                name = True
        if (
            heads and surfaces[i] in capitalised and links.best_linked(heads) < WEAK_MATCH
            and not given_name_after(surfaces, between, i, capitalised)
        ):
            # "the *Zheng* clan": a surname the dictionary glosses only so ("surname Zheng", 郑,
            # too loose a gloss to link) written as a name is the surname, as it is alone below
            # (not before a given name: "Li *Can*" is one person's name, read whole or not at all)
            found = surname(links, surfaces[i])
            if found and links.best_linked(found) > links.best_linked(heads):
                heads = {**heads, **found}
                name = True
        if not heads:
            # nothing glossed so: a name spelled in pinyin ("Xiangshan": 香山), if the corpus has
            # it as a term (one it splits, 凤岭 as 凤 + 岭, is looked for written below)
            heads = {term: PINYIN_FACTOR for term in links.pinyin.terms(surfaces[i])}
            name = bool(heads)
            written = [
                split for split in links.pinyin.split_terms(surfaces[i]) if split not in heads and all(char in given for char in split)
            ] if heads and surfaces[i] in capitalised else []
            if written:
                # ... but the spelling whose pieces the caller found written ("Hongchuan": 泓川,
                # cut 泓 + 川, over the term 红船), looked for written whole as "Fengling" is below
                heads, name, named = {written[0]: PINYIN_FACTOR}, False, True
        if not heads and (surfaces[i] in capitalised or not capitalised and len(surfaces[i]) >= MIN_LOOSE_SURNAME):
            # a Chinese surname standing for its bearer ("Shen": 沈), written as a name is (in a
            # question that capitalises none, a word nothing else translates, but for the
            # shortest: "le notre" is no 乐)
            heads = surname(links, surfaces[i])
            name = bool(heads)
        if not heads:
            # a name the corpus does not have as a term: its dictionary spellings, which the
            # documents may still write ("Dubai": 杜拜, segmented 杜 + 拜; see EnglishUnit.written)
            heads = dictionary_names(links, surfaces[i], lemmas[i])
            # only a whole name makes a question about it ("olympiad" ends many names), and
            # not a word the question writes in lower case beside names it capitalises, right
            # before the noun it describes (the "riverside house": 里弗赛德 "Riverside", a city,
            # is no name asked; "rice and other grain" is still a thing asked)
            name = any(score > NAME_PART_FACTOR for score in heads.values()) and not lower_modifier(
                surfaces, between, actions, i, capitalised
            )
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
            elif lemmas[i] not in links.glosses.names and links.pinyin.spells(surfaces[i].lower()):
                # nor of transliteration characters: a Chinese place in pinyin that is also an
                # English word, no name of the dictionary's ("*Linting* County": 临汀, not 起毛
                # "linting"; "Hubei" is its own 湖北), which the segmenter
                # cuts into characters -- looked for written whole, as "Fengling" is below
                split = {head: PINYIN_FACTOR for head in links.pinyin.split_terms(surfaces[i].lower())}
                if split:
                    heads, named = split, True
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


def _unit(
    start: int, end: int, surfaces: Sequence[str], key: tuple[str, ...],
    heads: Mapping[str, float], name: bool = False,
) -> Unit:
    ordered = tuple(sorted(heads.items(), key=lambda item: (-item[1], item[0])))
    return Unit(start, end, " ".join(surfaces[start:end]), key, ordered, name)
