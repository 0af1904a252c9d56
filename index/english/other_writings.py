"""Other writings CC-CEDICT gives of a word: the names Taiwan and the mainland write differently
(布希 and 布什, 普丁 and 普京) and the common words Taiwan writes its own way (奈米 for 纳米, 網路
for 网络) -- so a question in one writing finds a document in the other."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from index.english.cedict import COMMON, PROPER, load_dictionary

#: A gloss naming the headword it is another writing of: "Taiwan equivalent of 布什[Bu4 shi2]",
#: "Taiwanese variant of 奧巴馬|奥巴马[Ao4 ba1 ma3]" (lower-cased; the Simplified form taken).
_EQUIVALENT_RE = re.compile(rb"(?:equivalent|variant) of (?:[^|\[\s/,]+\|)?([^|\[\s/,]+)\[")
_TAIWAN_RE = re.compile(rb"^\(tw\) | \(tw\)$")


def _first_gloss(entry: bytes) -> tuple[bytes, bool]:
    """An entry's first gloss, lower-cased, without its "(Tw)" mark, and whether it had one."""
    first = entry[1:].split(b"/", 1)[0].lower()
    core = _TAIWAN_RE.sub(b"", first)
    return core, core != first


@dataclass(frozen=True)
class _Names:
    """Proper names by their first gloss without its "(Tw)" mark, and the headwords each names
    as its other writing."""

    by_gloss: Mapping[bytes, tuple[tuple[str, bool], ...]]  # gloss -> (headword, marked Taiwanese)
    linked: Mapping[str, frozenset[str]]


@lru_cache(maxsize=1)
def _names() -> _Names:
    by_gloss: dict[bytes, list[tuple[str, bool]]] = defaultdict(list)
    linked: dict[str, set[str]] = defaultdict(set)
    for head, raw in load_dictionary().glosses.items():
        for entry in raw.split(b"\n"):
            if entry[:1] != PROPER:
                continue
            core, taiwanese = _first_gloss(entry)
            by_gloss[core].append((head, taiwanese))
            for match in _EQUIVALENT_RE.finditer(entry.lower()):
                other = match.group(1).decode("utf-8", errors="replace")
                if other != head:
                    linked[head].add(other)
                    linked[other].add(head)
    return _Names({k: tuple(v) for k, v in by_gloss.items()}, {k: frozenset(v) for k, v in linked.items()})


@lru_cache(maxsize=4096)
def same_names(head: str) -> tuple[str, ...]:
    """The other Simplified headwords CC-CEDICT gives for the proper name ``head``: the one its
    gloss calls it the Taiwan equivalent or variant of (布希 -> 布什) and those whose gloss says so
    of it (布什 -> 布希), and those glossed as it is: one of the two marked "(Tw)" (肯尼迪 "Kennedy
    (name)" and 甘迺迪 "Kennedy (name) (Tw)"; 普京 and 普丁; 悉尼 and 雪梨), or neither, both of two
    characters or more and no surname (俄国 and 俄罗斯, both "Russia"). The table is made on first
    use (~0.2 s)."""
    raw = load_dictionary().glosses.get(head)
    if raw is None:
        return ()
    names = _names()
    found = sorted(names.linked.get(head, ()))
    for entry in raw.split(b"\n"):
        if entry[:1] != PROPER:
            continue
        core, marked = _first_gloss(entry)
        found += [
            other for other, taiwanese in names.by_gloss.get(core, ())
            if taiwanese != marked or (len(head) >= 2 and len(other) >= 2 and b"surname" not in core)
        ]
    return tuple(dict.fromkeys(name for name in found if name != head))


#: A gloss naming the word Taiwan uses for another or the other way round: "Taiwanese term for
#: 網絡|网络[wang3 luo4]", "Taiwan equivalent of 打印機|打印机[...]" (lower-cased).
_TAIWAN_TERM_RE = re.compile(rb"(?:taiwan(?:ese)? (?:term|equivalent) (?:for|of)) (?:[^|\[\s/,]+\|)?([^|\[\s/,]+)\[")


@dataclass(frozen=True)
class _TaiwanMarks:
    """What CC-CEDICT says of Taiwan's words: the common words of each first gloss marked "(Tw)"
    (the gloss without its mark -> headwords) and the pairs one gloss calls each other's
    Taiwanese term."""

    marked: Mapping[bytes, tuple[str, ...]]
    linked: Mapping[str, frozenset[str]]


@lru_cache(maxsize=1)
def _taiwan_marks() -> _TaiwanMarks:
    """Read from the few entries that mention Taiwan (a byte search per headword, ~0.05 s)."""
    marked: dict[bytes, list[str]] = defaultdict(list)
    linked: dict[str, set[str]] = defaultdict(set)
    for head, raw in load_dictionary().glosses.items():
        if len(head) < 2 or (b"(Tw)" not in raw and b"(tw)" not in raw and b"aiwan" not in raw):
            continue
        for entry in raw.split(b"\n"):
            if entry[:1] != COMMON:
                continue
            core, taiwanese = _first_gloss(entry)
            core = core.strip()
            if core and taiwanese:
                marked[core].append(head)
            for match in _TAIWAN_TERM_RE.finditer(entry.lower()):
                other = match.group(1).decode("utf-8", errors="replace")
                if other != head and len(other) >= 2:
                    linked[head].add(other)
                    linked[other].add(head)
    return _TaiwanMarks({k: tuple(v) for k, v in marked.items()}, {k: frozenset(v) for k, v in linked.items()})


@lru_cache(maxsize=1)
def _unmarked_alike() -> Mapping[bytes, tuple[str, ...]]:
    """The common words whose first gloss, unmarked, is one that :func:`_taiwan_marks` has marked
    (nanometer -> 纳米): every entry's first gloss looked up (~0.15 s, on first need only)."""
    marked = _taiwan_marks().marked
    found: dict[bytes, list[str]] = defaultdict(list)
    for head, raw in load_dictionary().glosses.items():
        if len(head) < 2:
            continue
        for entry in raw.split(b"\n"):
            if entry[:1] == COMMON:
                core = entry[1:].split(b"/", 1)[0].lower().strip()
                if core in marked and _TAIWAN_RE.search(core) is None:  # not a marked entry itself
                    found[core].append(head)
    return {k: tuple(v) for k, v in found.items()}


@lru_cache(maxsize=4096)
def taiwan_terms(head: str) -> tuple[str, ...]:
    """The words Taiwan writes for the common word ``head``, or the common words for the Taiwan
    word it is: glossed alike, one of the two marked "(Tw)" (纳米 "nanometer" and 奈米 "(Tw)
    nanometer"; 打印机 and 印表机), or one called the other's Taiwanese term (网路 -> 网络)."""
    raw = load_dictionary().glosses.get(head)
    if raw is None or len(head) < 2:
        return ()
    marks = _taiwan_marks()
    found = set(marks.linked.get(head, ()))
    for entry in raw.split(b"\n"):
        if entry[:1] != COMMON:
            continue
        core, taiwanese = _first_gloss(entry)
        core = core.strip()
        if core not in marks.marked:
            continue
        found.update(_unmarked_alike().get(core, ()) if taiwanese else marks.marked[core])
    found.discard(head)
    return tuple(sorted(found))
