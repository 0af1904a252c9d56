"""English word forms: the words of a question, which of them say nothing (stop words), and the
capitalised ones that may be names.

Only ASCII letter runs count; Chinese characters, digits and punctuation separate words, and
so do hyphens ("party-building" is "party building"). Their base forms are
:func:`index.english.lemmas.lemmatize`'s; related words by derivational suffixes,
:func:`index.english.derived.derivations`'.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

#: Words that carry no topic. General English function words plus dictionary-gloss filler
#: ("sb", "sth", "etc", "lit", "fig", "abbr").
STOP_WORDS: frozenset[str] = frozenset(
    """
    a an the of in on at to for from by with without into onto upon about above below over under
    between among through during before after since until till within across along around
    against toward towards beyond per via than as like unlike such
    and or nor but yet so if then else also too either neither both each every all any some
    no not none only just even still already ever never very quite rather much many more most
    less least few fewer fewest several other others another same own
    i me my mine we us our ours you your yours he him his she her hers it its they them their
    theirs myself ourselves yourself yourselves himself herself itself themselves
    this that these those there here what which who whom whose when where why how whether
    be am is are was were been being do does did done doing have has had having
    will would shall should can could may might must ought need dare
    get got one ones thing things something anything nothing someone anyone
    s t d ll m re ve don didn doesn isn aren wasn weren wouldn couldn shouldn
    sb sth etc lit fig abbr esp eg ie e g i.e coll usu
    total altogether overall exactly approximately roughly about around currently
    """.split()
)

#: Request phrasing in questions ("please tell me ..."): dropped from questions only.
QUESTION_FILLER: frozenset[str] = frozenset("please tell know say let give show find".split())

#: Words about the text itself, not its topic ("the article", "does the report mention"): like
#: the Chinese stop words 文章, 本文, dropped from questions (compared as lemmas).
META_WORDS: frozenset[str] = frozenset(
    "article text story passage piece report mention write accord according".split()
)

LETTERS_RE = re.compile(r"[a-z]+")
_ACCENTED_RE = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")


def plain_letters(text: str) -> str:
    """``text`` with Latin letters' accents taken off ("Ōsaka" -> "Osaka", "Zürich" -> "Zurich",
    "Chişinău" -> "Chisinau"), other characters as they are: English questions rarely write
    them, and a word cut at an accent ("saka") matches nothing."""
    return _ACCENTED_RE.sub(_plain, text) if _ACCENTED_RE.search(text) else text


def _plain(found: re.Match[str]) -> str:
    letters = unicodedata.normalize("NFKD", found.group())
    return "".join(char for char in letters if not unicodedata.combining(char))


#: Pinyin's syllable-dividing apostrophe: before a syllable opening with a, o or e ("Xi'an" 西安,
#: "Yi'an" 医案, "Chang'an"), never in English ('s, n't, 're, 'll, 've, O'Brien, o'clock).
_PINYIN_APOSTROPHE_RE = re.compile(r"(?<=[A-Za-z])['’](?=[aoeAOE])")


def pinyin_joined(text: str) -> str:
    """``text`` with pinyin's syllable-dividing apostrophes taken out ("Songxi Yi'an" -> "Songxi
    Yian"): the name is one word, which pinyin matching reads syllable by syllable (yi + an) --
    cut at the apostrophe, "an" was an article and "yi" matched nothing."""
    return _PINYIN_APOSTROPHE_RE.sub("", text)


def english_words(text: str) -> list[str]:
    """The lower-case ASCII letter words of ``text``, in order.

    Possessive "'s" and "n't" are dropped with their apostrophe; hyphens, digits, Chinese
    characters and punctuation separate words ("party-building" gives "party", "building");
    a token of letters and digits together (AGG01, POWER6) is a name and gives no word.
    """
    if not text:
        return []
    lowered = pinyin_joined(text).lower().replace("’", "'")
    lowered = re.sub(r"\bwon't\b", "will not", lowered)
    lowered = re.sub(r"\bcan't\b", "can not", lowered)
    lowered = re.sub(r"n't\b", " not", lowered)
    lowered = re.sub(r"\b(what|who|where|when|how|which|that|it|there|here)'s\b", r"\1 is", lowered)
    lowered = re.sub(r"'s\b", " ", lowered)
    lowered = _habitual(lowered)  # "which estate *used to* flood": as "would flood", no use
    lowered = _PREFIX_RE.sub(_prefixed, lowered)  # "co-prosperity" is about prosperity
    lowered = DATE_PREFIX_RE.sub(" ", lowered)  # "mid-2010", "mid-August": part of a date
    lowered = _MODEL_NAME_RE.sub(" ", lowered)  # AGG01, POWER6: a name, not the word "power"
    return LETTERS_RE.findall(lowered)


#: "used to" + a verb as the verb of a question's subject ("which estate *used to* flood"):
#: what once happened again and again -- an auxiliary as "would" is, not the verb "use". Not
#: after a form of "be", "get" or "do" ("was the money *used to* build", "*got* used to"), nor
#: where no question word opens the subject ("the mechanism *used to* pick officials": a thing
#: used), where "used" is "use".
_HABITUAL_RE = re.compile(r"^\s*(?:who|which|what|where)\b[^,;:]*?\b(used\s+to)\b")
_BE_OR_GET_RE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|get|gets|got|gotten|getting|do|does|did)\b")


def _habitual(lowered: str) -> str:
    """``lowered`` with a habitual "used to" (:data:`_HABITUAL_RE`) written "would"."""
    found = _HABITUAL_RE.search(lowered)
    if found is None or _BE_OR_GET_RE.search(found.group()) is not None:
        return lowered
    return lowered[: found.start(1)] + "would" + lowered[found.end(1):]


#: A word written with a capital and lower-case letters ("Arsenal"), and where a sentence starts.
_TITLE_WORD_RE = re.compile(r"[A-Za-z]+")
_SENTENCE_END_RE = re.compile(r"[.?!:;]\s*$")


def capitalised_words(text: str, known: Container[str] = ()) -> frozenset[str]:
    """The words ``text`` writes with a capital (as in "Arsenal", not "MIT") away from where a
    sentence starts, lower-cased: what an English writer marks as a name. A word the text also
    writes in lower case is not one ("the party ... the Party"). Where a sentence starts, a word
    no English word of ``known`` (the dictionary's) spells, followed right away by a word
    capitalised as a name, is that name's first word ("*Lizhao* Tang: ...")."""
    found: set[str] = set()
    lower: set[str] = set()
    starts: list[tuple[str, int]] = []  # sentence-initial capitalised words, where they end
    text = pinyin_joined(text)
    for n, match in enumerate(_TITLE_WORD_RE.finditer(text)):
        word = match.group()
        if word.islower():
            lower.add(word)
        elif len(word) > 1 and word[0].isupper() and word[1:].islower():
            if n and not _SENTENCE_END_RE.search(text[: match.start()]):
                found.add(word.lower())
            else:
                starts.append((word.lower(), match.end()))
    for word, end in starts:
        following = _NEXT_NAME_WORD_RE.match(text, end)
        if known and word not in known and word not in STOP_WORDS and following and following.group(1).lower() in found:
            found.add(word)
    return frozenset(found - lower)


#: The word written right after another, a space apart (a name's next word: "Lizhao *Tang*").
_NEXT_NAME_WORD_RE = re.compile(r" ([A-Z][a-z]+)\b")


#: A token of letters and digits together (AGG01, A380, 4x100): a model or code name.
_MODEL_NAME_RE = re.compile(r"[a-z0-9]*(?:[a-z]\d|\d[a-z])[a-z0-9]*")

#: Hyphenated prefixes that only modify the word after them.
_PREFIX_RE = re.compile(r"\b(co|re|pre|non|anti|multi|inter|sub|post|semi|ex)-([a-z]+)")


def _prefixed(found: re.Match[str]) -> str:
    """A hyphenated prefix and its word: one word where the dictionary writes them so
    ("co-operatives": "cooperatives", 合作社; "sub-district": "subdistrict", 街道) -- a
    spelling, not a modifier --, else the word alone ("co-prosperity" is about prosperity)."""
    from index.english.cedict import load_dictionary  # (the dictionary reads words with this module)
    from index.english.lemmas import lemmatize  # (which reads this module's stop words)

    prefix, word = found.groups()
    known = load_dictionary().known
    joined = prefix + word
    return joined if joined in known or lemmatize(joined, known) in known else word


#: "mid-" before a year or a month ("mid-2010", "mid-August 1920"): where in the date, which the
#: texts write their own way (2010年首6個月, 8月中旬) -- no word to search ("mid": 半山, Mid-Levels).
DATE_PREFIX_RE = re.compile(
    r"\bmid-(?=\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)",
    re.IGNORECASE,
)
