"""Figures given respectively: "製造業和營造業為大宗，各佔總就業人口27.82%和8.90%", "一季度、二季度
分別增長5.3%和4.7%", "分別於6月13日和18日簽訂了《中俄條約》和《中美條約》" -- the k-th figure of a
list that 分別/各/依次 introduces is said of the k-th thing of the list of things beside it
(before, or after the figures), so a question naming one of the things asks that figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from index.figures import Figure
from index.normalize import aligner_for

#: How much more the figure of the thing the question names counts (and how much less the others of
#: its list): the list's figures stand in one clause, where nearness cannot tell them apart.
RESPECTIVE = 3.0
#: What joins the figures of a list (normalised text) ...
_FIGURE_JOIN_RE = re.compile(r"\s*(?:、|,|，|和|与|及|以及)\s*")
#: ... and the things of a list (not a comma: it ends a clause)
_THING_JOIN_RE = re.compile(r"以及|、|和|与|及|跟")
#: What says the figures after it are given respectively (各 only before a verb: 各占, 各为).
_MARK_RE = re.compile(r"(?:分别|依次|依序|各(?=[占为是有达约自]))[^，,。；;！？!?]{0,12}$")
#: ... or, right after the figures, says what follows is said of each in turn: the mark and its verb
#: (分别劫掠了, 依次为), the things after them (1238年和1240年分别劫掠了弗拉基米尔和基辅).
_MARK_AFTER_RE = re.compile(r"\s*(?:分别|依次|依序)[^，,。；;！？!?\d]{0,4}?[了为是到至于在]")
_CLAUSE_RE = re.compile(r"[，,：:]")
_SENTENCE_END_RE = re.compile(r"[。；;！？!?\n]")
#: How far before a list of figures its things are looked for (within the sentence).
_REACH = 60


def respective_factors(text: str, figures: Sequence[Figure], terms: Iterable[str]) -> dict[int, float]:
    """For figures (in text order) given respectively, the factor of each (by its start): the
    figure of the one thing the question's ``terms`` name counts :data:`RESPECTIVE` times more,
    the others of its list as much less. Empty when no list applies."""
    norm = aligner_for(text).normalized
    terms = [term for term in terms if len(term) > 1]
    factors: dict[int, float] = {}
    for figures_list in _lists(norm, figures):
        before = norm[max(0, figures_list[0].start - _REACH) : figures_list[0].start]
        after = norm[figures_list[-1].end :]
        k = len(figures_list)
        if _MARK_RE.search(before) is not None:
            lists = (_things_before(before, k), _things_after(after, k))
        elif marked := _MARK_AFTER_RE.match(after):  # 在1238年和1240年分别劫掠了弗拉基米尔和基辅
            lists = (_things_after(after[marked.end() :], k, trim=False),)
        else:
            continue
        chosen = {n for things in lists for n, thing in enumerate(things) for term in terms if _names_only(term, thing, things)}
        if len(chosen) != 1:
            continue
        (asked,) = chosen
        for n, figure in enumerate(figures_list):
            factors[figure.start] = RESPECTIVE if n == asked else 1.0 / RESPECTIVE
    return factors


def _lists(norm: str, figures: Sequence[Figure]) -> list[list[Figure]]:
    """Runs of two or more figures with only a joining mark or word between them."""
    runs: list[list[Figure]] = []
    for figure in figures:
        if runs and _FIGURE_JOIN_RE.fullmatch(norm, runs[-1][-1].end, figure.start):
            runs[-1].append(figure)
        else:
            runs.append([figure])
    return [run for run in runs if len(run) > 1]


def _things_before(before: str, k: int) -> list[str]:
    """The last ``k`` things of the last clause before a list's mark that lists at least ``k``."""
    sentence = _SENTENCE_END_RE.split(before)[-1]
    for clause in reversed(_CLAUSE_RE.split(sentence)):
        things = _THING_JOIN_RE.split(clause)
        if len(things) >= k:
            return _trimmed(things[-k:])
    return []


def _things_after(after: str, k: int, trim: bool = True) -> list[str]:
    """The first ``k`` things of the first clause after a list that lists at least ``k`` (``trim``:
    without what is said of them all, :func:`_trimmed`; not when the mark's verb is cut off)."""
    sentence = _SENTENCE_END_RE.split(after)[0]
    for clause in _CLAUSE_RE.split(sentence):
        things = _THING_JOIN_RE.split(clause)
        if len(things) >= k:
            return _trimmed(things[:k]) if trim else things[:k]
    return []


def _trimmed(things: list[str]) -> list[str]:
    """The things of a list without what their clause says of them all: the first thing's
    leading words and the last one's trailing words (签订了《中俄条约》 / 《中美条约》: 签订 is said of
    both) -- each end kept about as long as the other things of the list (things listed are alike)."""
    first, *middle, last = things
    first = first[-(max(map(len, [*middle, last])) + 1) :]
    last = last[: max(map(len, [first, *middle])) + 1]
    return [first, *middle, last]


def _names_only(term: str, thing: str, things: Sequence[str]) -> bool:
    """Whether ``term`` stands in ``thing`` and in no other thing of the list."""
    return term in thing and sum(term in other for other in things) == 1
