"""Senses the documents write side by side, as the question writes its words.

Two English words written together ("theme education", "national army") name one thing, and
Chinese writes such a thing's words together too, in the same order (主题教育, 全国陆军). When
the documents write a sense of the first right before a sense of the second, those are the
senses meant: the others ("education" as 体育, physical education) are dropped, but for the
likeliest, which a text may write apart (农业产物及设施损失 beside 农产品损失). This is the
corpus-aware choice of :mod:`index.english.cohesion` at the finest grain, a passage's adjacent
words instead of its whole text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from bot.answer.english.glossed import written_before
from index.english import EnglishUnit
from index.search import Index

#: How many of a unit's best senses are tried against its neighbour's.
ADJACENT_SENSES = 3
#: A sense this short is written before almost anything (年, 上): it says nothing by adjacency.
ADJACENT_LENGTH = 2
#: A sense weighing less than this share of its unit's best is too unlikely to decide by being
#: written beside the other word.
ADJACENT_LIKELY = 0.5

#: Words that may modify the second of two coordinated things ("apartments and *affordable
#: rental* homes"): the second thing's head still stands beside the first.
COORDINATED_MODIFIERS = 2

_SPACES_RE = re.compile(r"[\s\-]+")


def written_together(question: str, first: EnglishUnit, second: EnglishUnit) -> bool:
    """Whether the question writes ``first`` right before ``second`` (a space or hyphen between)."""
    pair = _SPACES_RE.sub(" ", f"{first.english} {second.english}").lower()
    return pair in _SPACES_RE.sub(" ", question).lower()


def _senses(unit: EnglishUnit) -> list[str]:
    top = unit.terms[0][1] if unit.terms else 0.0
    return [
        term for term, weight in unit.terms[:ADJACENT_SENSES]
        if len(term) >= ADJACENT_LENGTH and weight >= ADJACENT_LIKELY * top
    ]


def adjacent_senses(
    question: str, units: Sequence[EnglishUnit], written_before: Callable[[str, str], bool]
) -> tuple[EnglishUnit, ...]:
    """``units`` with each thing that the question writes right beside another reduced to the
    senses the documents write right beside one of the other's (``written_before(a, b)``: a
    passage writes ``a`` immediately before ``b``), and its likeliest sense, which a text may
    write apart. Verbs are left as they are, and so are names
    and their neighbours: a document writes its names before almost anything ("American
    planes": 美国强大, "strong", a far sense of "planes"). A unit with one sense has nothing to
    choose, and two that spell one term together
    (党组织) were read as such already. Only senses of some weight (``ADJACENT_LIKELY``) and
    length (``ADJACENT_LENGTH``) are tried."""
    kept = [dict(unit.terms) for unit in units]
    for n in range(len(units) - 1):
        first, second = units[n], units[n + 1]
        if first.action or second.action or first.name or second.name:
            continue
        if not written_together(question, first, second) or all(len(u.terms) < 2 for u in (first, second)):
            continue
        if {term for term, _ in first.terms} & {term for term, _ in second.terms}:
            continue  # "Party organisations": both are pieces of one term (党组织), already chosen
        pairs = [(a, b) for a in _senses(first) for b in _senses(second) if written_before(a, b)]
        if not pairs:
            continue
        for k, unit, chosen in ((n, first, {a for a, _ in pairs}), (n + 1, second, {b for _, b in pairs})):
            # (the likeliest sense stays: "agricultural" 农业 is written 农业产物及设施损失, apart,
            # where 农产品损失 stands side by side)
            narrowed = {term: weight for term, weight in kept[k].items() if term in chosen or term == unit.terms[0][0]}
            if narrowed:  # (a word between two others keeps what both leave)
                kept[k] = narrowed
    return tuple(
        unit if len(terms) == len(unit.terms) else dataclasses.replace(
            unit, terms=tuple((term, weight) for term, weight in unit.terms if term in terms)
        )
        for unit, terms in zip(units, kept)
    )


def coordinated(text: str, first: str, second: str) -> bool:
    """Whether ``text`` joins the words ``first`` and ``second`` by "and" or "or", in either
    order ("clerks and apprentices", "apprentices or clerks"), the second perhaps after a few
    words modifying it ("apartments and affordable rental homes")."""
    words = (re.escape(first.lower()), re.escape(second.lower()))
    lower = text.lower()
    return any(
        re.search(rf"\b{a}\b,?\s+(?:and|or)\s+(?:[a-z-]+\s+){{0,{COORDINATED_MODIFIERS}}}{b}\b", lower) is not None
        for a, b in (words, words[::-1])
    )


def focus_elsewhere(index: Index, units: Sequence[EnglishUnit], text: str, sure: float) -> bool:
    """Whether a word of what the question asks about is found only apart from its names: not a
    modifier whose translation the documents write right before the next word's ("how many
    *former* prime ministers": 前总理 -- 前 is a word of every document), nor one of things
    counted together ("how many *clerks* and apprentices") when another of them is found with
    the names (understood to ``sure``): the question asks of them together, and one misread word
    says no other topic."""
    focus = [unit for unit in units if unit.focus and not unit.action]
    return any(
        unit.elsewhere and (
            n == len(focus) - 1
            or not any(written_before(index, term, after) for term, _ in unit.terms for after, _ in focus[n + 1].terms)
        )
        and not any(
            other.terms and not other.elsewhere and other.understood >= sure
            and coordinated(text, unit.english, other.english)
            for other in focus if other is not unit
        )
        # the head of a compound whose modifier is surely understood and found with the names
        # ("exam *cells*": 考场 beside the examination hall's name, "cells" misread as 小区) names
        # what of that thing is asked, not another topic: the modifier says where
        and not (
            0 < n == len(focus) - 1 and focus[n - 1].terms and not focus[n - 1].elsewhere
            and not focus[n - 1].name and focus[n - 1].understood >= sure
            and _right_before(text, focus[n - 1].english, unit.english)
        )
        for n, unit in enumerate(focus)
    )


def _right_before(text: str, first: str, second: str) -> bool:
    """Whether ``text`` writes the word ``first`` right before ``second`` ("exam cells")."""
    return re.search(rf"\b{re.escape(first.lower())}\s+{re.escape(second.lower())}\b", text.lower()) is not None
