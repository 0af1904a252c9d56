"""What the whole of CC-CEDICT says about English words and phrases, precomputed once per process.

:func:`gloss_index` finds the headwords of 2-4 word glosses ("united states" -> 美国), the
one-word glosses of common nouns ("canteen" -> 饭堂), how often a word is glossed as a verb
("to fall"), the one-word names of proper nouns ("france") and what classifiers count
("times", "batches"); :func:`glossed_as` looks a phrase up in it.
"""

from __future__ import annotations

import dataclasses
import logging
import re
import time
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from index.english.cedict import COMMON, PROPER, load_dictionary
from index.english.cedict_senses import NEGATION, Sense, headword_senses, spelled_out
from index.english.forms import STOP_WORDS, plain_letters
from index.english.lemmas import lemmatize

log = logging.getLogger(__name__)

MAX_PHRASE = 4  # longest English phrase looked up as one gloss

SenseHit = tuple[str, Sense]  # a headword and one of its senses

#: A whole gloss segment of 2-6 words ("to take part in", "United States (of America)").
_PHRASE_SEGMENT_RE = re.compile(
    rb"(?:^[\x01\x02]|[/;])\s*(?:to |an? |the )?([A-Za-z]+(?:[ \-][A-Za-z]+){0,5})\s*(?=[/;\n(]|$)",
    re.MULTILINE,
)
#: Single-word gloss segments: "/to fall/" (a verb sense), "/fall/" or "/a fall/" (other).
_VERB_SEGMENT_RE = re.compile(rb"[\t/;\x01\x02]\s*to ([a-z]+)\s*(?=[/;\n(]|$)")
_OTHER_SEGMENT_RE = re.compile(rb"[\t/;\x02]\s*(?:an? |the )?([a-z]+)\s*(?=[/;\n(]|$)")
#: A one-word name opening a gloss of a proper noun: "Toronto, capital of ...", "France", "the
#: Philippines" (the article is no part of the name).
_NAME_SEGMENT_RE = re.compile(rb"(?:^\x01|/)\s*(?:the\s+)?([A-Z][a-z]+)(?=\s*(?:[,;/(]|$)|\s+[a-z])")
_MEASURE_RE = re.compile(rb"classifier for ([a-z ,:]+)")
#: A proper noun's name of 1-4 capitalised words opening a gloss, whatever follows it ("Abu
#: Dhabi, capital of ...", "Los Angeles Lakers (NBA team)", "Sayram Lake in Xinjiang": the name
#: that :func:`~index.english.cedict_senses.headword_senses` reduces such a sense to).
_NAME_RUN_SEGMENT_RE = re.compile(
    rb"(?:^\x01|/)\s*(?:the\s+)?([A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,3})(?=\s*[,;/(\n]|\s*$|\s+[a-z])",
    re.MULTILINE,
)
_LOWER_WORD_RE = re.compile(rb"(?<![A-Za-z'])[a-z]+(?![A-Za-z])")
COMMON_USES = 3  # a word common nouns' glosses write in lower case this often is no name ("eastern")
_PREFIX = 4  # phrase keys use the first letters of each word: robust to inflection
_PAREN_BYTES_RE = re.compile(rb"\([^()\n]*\)|\[[^\]\n]*\]")
#: "abbr. for 全程馬拉松|全程马拉松[quan2 ...]": the Simplified full form an abbreviation stands for.
_ABBREVIATED_RE = re.compile(rb"abbr\.? (?:for|of|to) (?:[^\s|\[/]+\|)?([^\s|\[/]+)\[")


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
    one-word names of proper-noun entries ("france"); ``measures`` maps the words of
    "classifier for ..." glosses to those classifiers ("times" -> 次, 遍 ...; "batches" -> 批).
    """

    phrases: Mapping[tuple[str, ...], tuple[str, ...]]
    glossed: Mapping[str, tuple[str, ...]]
    verb_uses: Mapping[str, int]
    other_uses: Mapping[str, int]
    names: frozenset[str]
    measures: Mapping[str, tuple[str, ...]]
    #: a one-word name, or the last word of a longer one ("lakers" of "Los Angeles Lakers"), to
    #: the proper-noun headwords named so (湖人, 洛杉矶湖人), from the whole dictionary
    named: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    #: the key (:func:`_phrase_key`) of the first 1-3 words of a longer name to the proper-noun
    #: headwords named so ("arsenal" of "Arsenal Football Club": 阿森纳), from the whole dictionary
    leading: Mapping[tuple[str, ...], tuple[str, ...]] = dataclasses.field(default_factory=dict)
    #: a headword glossed as an abbreviation to the longer forms it stands for (全马 "full
    #: marathon (abbr. for 全程马拉松)"), which the documents may write instead
    expansions: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)

    def phrase_heads(self, words: Sequence[str]) -> tuple[str, ...]:
        """The headwords having a gloss of the content words ``words`` ("case study": 经典案例)."""
        return tuple(self.phrases.get(_phrase_key(words), ()))

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
    stop = {word.encode("ascii") for word in STOP_WORDS - {NEGATION}}  # "not valid" is no "valid"
    phrases: dict[tuple[str, ...], list[str]] = defaultdict(list)
    singles: dict[bytes, list[str]] = defaultdict(list)
    lowercase: set[bytes] = set()  # one-word glosses written in lower case: common words
    for head, raw in dictionary.glosses.items():
        for segment in _PHRASE_SEGMENT_RE.findall(raw):
            words = [w for w in segment.lower().replace(b"-", b" ").split() if w not in stop]
            if len(words) == 1 and raw[:1] == COMMON:
                singles[words[0]].append(head)
                if segment[:1].islower():
                    lowercase.add(words[0])
            elif 2 <= len(words) <= MAX_PHRASE:
                key = tuple(w[:_PREFIX].decode("ascii") for w in words)
                if not phrases[key] or phrases[key][-1] != head:
                    phrases[key].append(head)
        if b"(i.e. " in raw:  # "combine (i.e. combine harvester)": the spelled-out phrase too
            for gloss in re.split(r"[/\n\x01\x02]", raw.decode("utf-8", errors="replace")):
                spelled = spelled_out(gloss)
                if spelled:
                    key = _phrase_key([w for w in spelled.lower().replace("-", " ").split() if w not in STOP_WORDS])
                    if head not in phrases[key]:
                        phrases[key].append(head)
        if raw[:1] == COMMON and b"(" in raw:  # "(sports) league", "(computing) internet"
            for segment in _PHRASE_SEGMENT_RE.findall(_PAREN_BYTES_RE.sub(b" ", raw)):
                if segment[:1].islower() and b" " not in segment.strip():
                    lowercase.add(segment.strip().lower())
    text = _PAREN_BYTES_RE.sub(b" ", dictionary.text)
    verbs = Counter(w.decode("ascii") for w in _VERB_SEGMENT_RE.findall(text))
    others = Counter(w.decode("ascii") for w in _OTHER_SEGMENT_RE.findall(text))
    common = _PAREN_BYTES_RE.sub(b" ", b"\n".join(
        entry for raw in dictionary.glosses.values() for entry in raw.split(b"\n") if entry[:1] == COMMON
    ))
    written = Counter(_LOWER_WORD_RE.findall(common))  # words as common glosses write them
    names: set[str] = set()
    named: dict[str, list[str]] = defaultdict(list)
    leading: dict[tuple[str, ...], list[str]] = defaultdict(list)
    classifiers: dict[str, list[str]] = defaultdict(list)
    expansions: dict[str, tuple[str, ...]] = {}
    for head, raw in dictionary.glosses.items():
        if b"abbr" in raw:
            fulls = (full.decode("utf-8", errors="replace") for full in _ABBREVIATED_RE.findall(raw))
            found = tuple(dict.fromkeys(full for full in fulls if full != head))
            if found:
                expansions[head] = found
        for entry in raw.split(b"\n"):
            if entry[:1] == PROPER:  # "Toronto, capital of Ontario", "/Zhongshan, prefecture-level"
                if not entry.isascii():  # "Ōsaka": named "osaka", not "saka"
                    entry = plain_letters(entry.decode("utf-8", errors="replace")).encode("utf-8")
                names.update(m.lower().decode("ascii") for m in _NAME_SEGMENT_RE.findall(entry))
                for run in _NAME_RUN_SEGMENT_RE.findall(entry):
                    words = [w for w in run.lower().replace(b"-", b" ").split() if w not in stop]
                    if not words:
                        continue
                    last = words[-1].decode("ascii")
                    if not named[last] or named[last][-1] != head:
                        named[last].append(head)
                    if 2 <= len(words) <= MAX_PHRASE:  # "Abu Dhabi, capital of ..."
                        key = tuple(w[:_PREFIX].decode("ascii") for w in words)
                        if head not in phrases[key]:
                            phrases[key].append(head)
                    for size in range(1, min(len(words), MAX_PHRASE)):  # "Arsenal" (Football Club)
                        start = tuple(w[:_PREFIX].decode("ascii") for w in words[:size])
                        if not leading[start] or leading[start][-1] != head:
                            leading[start].append(head)
        if b"lassifier for" in raw:
            for found in _MEASURE_RE.findall(_PAREN_BYTES_RE.sub(b" ", raw.lower())):
                for word in counted_words(found):
                    if word not in stop:
                        classifiers[word.decode("ascii")].append(head)
    seconds = time.perf_counter() - started
    log.info("CC-CEDICT gloss index: %d phrases in %.2fs", len(phrases), seconds)
    return GlossIndex(
        phrases={key: tuple(heads) for key, heads in phrases.items()},
        glossed={w.decode("ascii"): tuple(heads) for w, heads in singles.items()},
        verb_uses=dict(verbs),
        other_uses=dict(others),
        # a word that glosses a common noun is not taken for a name ("china", "reading")
        names=frozenset(
            name for name in names
            if name.encode("ascii") not in lowercase and written[name.encode("ascii")] < COMMON_USES
        ),
        measures=_with_base_forms(classifiers, dictionary.known),
        named={word: tuple(heads) for word, heads in named.items()},
        leading={key: tuple(heads) for key, heads in leading.items()},
        expansions=expansions,
    )



def counted_words(listed: bytes) -> list[bytes]:
    """The words a "classifier for ..." gloss says the classifier counts, from what follows "for":
    each listed item's words, but for an item "X of Y" only X -- what it is made of or part of
    says which X, and is not counted ("issues *of a periodical*": 期 counts no periodicals,
    "sums *of money*": 笔 counts no money) -- and for "number of Y" only Y ("number *of washes*");
    an X qualified so counts only that kind of X, so it is left out too ("how many *issues*"
    asks about 问题, not 期) -- unless Y is what names no kind at all ("pairs, sets *of things*": 副
    counts sets of anything, 1320副电极片)."""
    words: list[bytes] = []
    for item in listed.replace(b":", b",").split(b","):
        before, of, after = item.partition(b" of ")
        if not of:
            words.extend(item.split())
        elif before.split()[-1:] == [b"number"]:
            words.extend(after.split())
        elif after.split() in _ANY_KIND:
            words.extend(before.split())
    return words


#: What an "X of Y" classifier gloss writes for Y when X may be of anything (副 "classifier for
#: pairs, sets of things", 挂 "sets or clusters of objects"): the most general nouns, naming no kind.
_ANY_KIND = ([b"things"], [b"objects"], [b"items"])


def _with_base_forms(
    classifiers: Mapping[str, Sequence[str]], known: frozenset[str]
) -> dict[str, tuple[str, ...]]:
    """The measure words of each word a "classifier for ..." gloss uses, found by the word as
    written and by its base form: "classifier for *batches*, lots" (批) counts a "batch" too,
    as "the third batch" writes it (a question's word is looked up as written and as its
    lemma; only the plural was found)."""
    out: dict[str, list[str]] = defaultdict(list)
    for word, heads in classifiers.items():
        out[word].extend(heads)
    for word, heads in classifiers.items():
        base = lemmatize(word, known)
        if base != word:
            out[base].extend(heads)
    return {word: tuple(dict.fromkeys(heads)) for word, heads in out.items()}


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


#: What ends a sense in a headword's raw gloss text: a slash, a semicolon, or a control character
#: (an entry's line break and its kind's mark, which also part one entry from the next).
_PIECE_END_RE = re.compile(r"[/;\x00-\x1f]")


def gloss_pieces(raw: bytes) -> list[str]:
    """A headword's raw gloss text split into its senses as written, stripped and in lower case,
    empty pieces left out ("last year", "in total"): what a phrase must equal to be exactly a gloss."""
    return [p for p in (piece.strip().lower() for piece in _PIECE_END_RE.split(raw.decode("utf-8", "replace"))) if p]


def exactly_glossed(phrases: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each of ``phrases`` (lower case) with the headwords a gloss of which it is exactly, from one
    pass over the whole dictionary (~0.1 s): for phrases of function words ("in total", "so far")
    that :func:`glossed_as`'s content-word keys do not hold. Callers cache what they ask."""
    found: dict[str, list[str]] = {}
    for head, raw in load_dictionary().glosses.items():
        for piece in gloss_pieces(raw):
            if piece in phrases:
                found.setdefault(piece, []).append(head)
    return {phrase: tuple(heads) for phrase, heads in found.items()}


@lru_cache(maxsize=4096)
def led_by(words: tuple[str, ...]) -> tuple[SenseHit, ...]:
    """Proper-noun headwords whose name starts with the lemmas ``words`` (1-3 of them) and goes
    on ("arsenal": 阿森纳 "Arsenal Football Club"), from the whole dictionary: a name as readers
    shorten it. A look-up in the precomputed :func:`gloss_index`."""
    words = tuple(w.lower() for w in words)
    found: list[SenseHit] = []
    for head in gloss_index().leading.get(_phrase_key(words), ()):
        for sense in headword_senses(head):
            if sense.name and len(sense.words) > len(words) and sense.words[: len(words)] == words:
                found.append((head, sense))
    return tuple(found)



#: Entries read, at most, for the words a description uses (:func:`described_by`).
_DESCRIBED_ENTRIES = 64


@lru_cache(maxsize=1)
def _proper_text() -> bytes:
    """Every proper-noun entry as one lower-case line "headword<TAB>glosses" (built on first use)."""
    return b"\n".join(
        head.encode("utf-8") + b"\t" + entry[1:].lower()
        for head, raw in load_dictionary().glosses.items()
        for entry in raw.split(b"\n") if entry[:1] == PROPER
    )


@lru_cache(maxsize=1024)
def described_by(words: tuple[str, ...]) -> tuple[str, ...]:
    """Proper-noun headwords of two characters or more whose entry uses every one of ``words``
    (two or more, lower case, as whole words), from the whole dictionary: "zhili", "anhui" ->
    直皖战争, glossed "war of 1920 between Northern Warlords, in which the Zhili faction beat the
    Anhui faction ..." -- a thing the dictionary describes rather than names, which an English
    question names by its parts ("the Zhili-Anhui War"). Read from the entries holding the
    longest of the words (at most :data:`_DESCRIBED_ENTRIES`), those using them all earliest first."""
    if len(words) < 2 or not all(word.isascii() and word.isalpha() for word in words):
        return ()
    text = _proper_text()
    patterns = [re.compile(rb"\b" + word.encode("ascii") + rb"\b") for word in words]
    longest = max(words, key=len).encode("ascii")
    found: list[tuple[int, str]] = []
    start = text.find(longest)
    for _ in range(_DESCRIBED_ENTRIES):
        if start < 0:
            break
        line_start = text.rfind(b"\n", 0, start) + 1
        line_end = text.find(b"\n", start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        head = line.split(b"\t", 1)[0].decode("utf-8", errors="replace")
        spots = [pattern.search(line) for pattern in patterns]
        if len(head) >= 2 and all(spots):
            found.append((max(spot.start() for spot in spots if spot), head))
        start = text.find(longest, line_end) if line_end >= 0 else -1
    # the entries using all the words earliest first: those most about them (中正 "adopted name
    # of Chiang Kai-shek" before 宋美龄 "Soong Mei-ling (1897-2003), wife of Chiang Kai-shek")
    return tuple(dict.fromkeys(head for _, head in sorted(found)))
