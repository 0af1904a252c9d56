"""A count or amount asked of one member of a kind (石滩街市, 汐埕夜市), answered by a clause giving
it of the whole of the kind (全区街市共有档位5,274个, 全市夜市登记摊位共4,962个): the figure is all
the members', not the one asked."""

from __future__ import annotations

import re

from collections.abc import Callable

from index.figures import Figure
from index.normalize import normalize

#: A whole written in the figure's clause: 全 and a division of the land, then the kind (全区街市).
_WHOLE_RE = re.compile(r"全(?:市|区|县|省|镇|乡|国|港|岛)([\u4e00-\u9fff]{2})")
#: What a division of the land ends with: a name ending so (嵩鹿市, 南区) is a place, not a member.
_DIVISIONS = frozenset("市区县省镇乡国港岛湾州城")
_CLAUSE_END_RE = re.compile(r"[，,。；;：:！!？?]")
#: The names opening the question before the kind (泓湾石滩, 嵩鹿市汐埕): Han characters only, none
#: of them a grammar word, a time or a verb of having (现在, 目前, 一共有, 去年, 的, 里: the question's
#: own words, not names).
_NAMES_RE = re.compile(r"[^\W\d_a-z现在一共有多少几的了是为年月日去今到截至里中内于把被让给向从对目前当如底末初]+")
_NAMES = 7


def _clause(text: str, figure: Figure) -> str:
    starts = [m.end() for m in _CLAUSE_END_RE.finditer(text, 0, figure.start)]
    stop = _CLAUSE_END_RE.search(text, figure.end)
    return normalize(text[starts[-1] if starts else 0 : stop.start() if stop else len(text)])


def whole_for_member(question: str, text: str, figure: Figure, words: Callable[[str], list[str]]) -> bool:
    """Whether a Chinese question (normalised, not asking a whole: no 全) names a place, then a
    member of a kind by a name of two characters, then the kind (泓湾 石滩 街市), and the
    figure's clause gives the kind's whole (全区街市) without that name: the whole's figure. The
    name and the kind stand between two word boundaries of the question (``words``: its
    segmentation; 石滩街市 may be one word): the end of a longer word (春节档, 港澳台) is no name."""
    if "全" in question or "全" not in text[max(0, figure.start - 24) : figure.start]:
        return False  # (most figures: no whole before them)
    clause = _clause(text, figure)
    for whole in _WHOLE_RE.finditer(clause[: clause.find(normalize(figure.text)) if normalize(figure.text) in clause else None]):
        kind = whole.group(1)
        at = question.find(kind)
        if not 4 <= at <= _NAMES or not _NAMES_RE.fullmatch(question[:at]):
            continue  # the question opens with a place and a name, then the kind
        name = question[at - 2 : at]
        if name[-1] not in _DIVISIONS and name not in clause and {at - 2, at + len(kind)} <= _boundaries(question, words):
            return True
    return False


def _boundaries(question: str, words: Callable[[str], list[str]]) -> set[int]:
    """Where the question's words begin and end."""
    out, at = {0}, 0
    for word in words(question):
        found = question.find(word, at)
        if found < 0:
            continue
        at = found + len(word)
        out.update((found, at))
    return out
