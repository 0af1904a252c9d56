"""The words of a question a figure is looked for beside (:func:`figure_words`): its search terms,
the attribute a "how" asks (多厚: 厚度), the share it names (比率, 比重), a Latin letter written
onto a character as the text writes it (B轮)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.question import how_attribute
from index.fields import HEADING
from index.normalize import normalize
from index.runs import HAN_ONLY_RE

if TYPE_CHECKING:
    from bot.answer.query import Query

#: Names of a share, which a question asking one may write and a text may write beside it (外销比率为
#: 59.3%): looked for as written only, never by their characters (比 of 比上年).
SHARE_NAMES = ("百分比", "占比", "比例", "比率", "比重")


def figure_words(query: Query) -> dict[str, float]:
    """The question's words a figure is looked for beside, each with its weight."""
    words: dict[str, float] = {}
    for t in query.terms:
        if not t.term.startswith(HEADING):
            words[t.term] = max(words.get(t.term, 0.0), t.weight)
    attribute = how_attribute(query.text) if query.info.wants_figure else None
    if attribute is not None:  # 多厚: the figure written after 厚度
        words.setdefault(attribute, 1.0)
    if query.info.kind == "percent":  # 外销比率是多少: 外销比率为59.3% (a question word, not searched)
        norm = normalize(query.text)
        for name in SHARE_NAMES:
            if name in norm:
                words.setdefault(name, 1.0)
    if not query.info.english:  # B轮融资金额: B and 轮 as written together, not the 轮 of any round
        for joined in latin_joined(normalize(query.text)):
            words.setdefault(joined, 1.0)
    return words


#: A Latin letter or two standing alone among Chinese characters (B轮, A股, 维生素C).
_LATIN_MARK_RE = re.compile(r"(?<![a-z])[a-z]{1,2}(?![a-z])")


def latin_joined(norm: str) -> list[str]:
    """Each Latin letter or two of normalised ``norm`` written onto a Chinese character, with
    it: the one after (b轮, a股), else the one before (维生素c) -- one mark, as the text writes it."""
    out = []
    for mark in _LATIN_MARK_RE.finditer(norm):
        after, before = norm[mark.end() : mark.end() + 1], norm[max(0, mark.start() - 1) : mark.start()]
        if HAN_ONLY_RE.match(after):
            out.append(mark.group() + after)
        elif HAN_ONLY_RE.match(before):
            out.append(before + mark.group())
    return out
