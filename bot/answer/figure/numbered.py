"""A figure of another numbered thing (每日產水12000噸的第一海淡廠, when the question asks of 第二海淡廠):
its clause names the thing with another ordinal, so it is that one's figure, not the asked one's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.question import QuestionInfo
from index.figures import Figure, passage_figures
from index.normalize import aligner_for

#: How a figure whose clause names the asked thing only with another ordinal fits.
OTHER_NUMBERED = 0.3
_ORDINAL_TERM_RE = re.compile(r"^第[0-9零〇一二两三四五六七八九十百]+[届期批次号座个]?$")
_CLAUSE_BREAK_RE = re.compile(r"[，,。；;！？!?：:\n]")
_SENTENCE_BREAK_RE = re.compile(r"[。；;！？!?\n]")


def other_numbered(text: str, figure: Figure, terms: Sequence[str]) -> float:
    """:data:`OTHER_NUMBERED` when the question names a thing by an ordinal (第二 … 海淡厂, 第五届 …
    博览会) and the figure's clause writes the thing (its name's first two characters) after other
    ordinals only -- or, when its clause writes none, the last clause of its sentence before it that
    opens with the thing numbered names another (第十二届筠阳国际装备制造博览会于5月举办，展览面积22万平方米,
    for 第五届筠阳茶文化博览会; not …15000噸的第二淨水廠，全縣每日供水能力…4.1萬噸); else 1."""
    asked = {f.value for t in terms if _ORDINAL_TERM_RE.match(t) for f in passage_figures(t) if f.kind == "ordinal"}
    names = [t[:2] for t in terms if len(t) >= 2 and not _ORDINAL_TERM_RE.match(t) and not t.isascii()]
    if not asked or not names:
        return 1.0
    normalized = aligner_for(text).normalized
    starts = [m.end() for m in _CLAUSE_BREAK_RE.finditer(normalized, 0, figure.start)]
    end = _CLAUSE_BREAK_RE.search(normalized, figure.end)
    clause = normalized[starts[-1] if starts else 0 : end.start() if end else len(normalized)]
    written = {f.value for f in _naming(clause, names)}
    if not written:
        # ... the thing a clause of its sentence before it opens with: what the sentence is about
        breaks = [m.end() for m in _SENTENCE_BREAK_RE.finditer(normalized, 0, figure.start)]
        sentence = normalized[breaks[-1] if breaks else 0 : figure.start]
        before = [f for f in _naming(sentence, names) if f.start == 0 or _CLAUSE_BREAK_RE.match(sentence, f.start - 1)]
        written = {before[-1].value} if before else set()
    return OTHER_NUMBERED if written and not written & asked else 1.0


def _naming(text: str, names: Sequence[str]) -> list[Figure]:
    """The ordinals of ``text`` that a name of the question follows, in order."""
    return [f for f in passage_figures(text) if f.kind == "ordinal" and any(text.startswith(name, f.end) for name in names)]


def other_ordinal(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`OTHER_NUMBERED` when an English question names the Nth item of a series (``info.ordinal``:
    "the *second* round") and the figure's clause numbers its item by other ordinals only, each
    with its measure word (对第一批主题教育评价“好”的占99.67%, when 第二批 is asked) -- whatever noun
    the question gives the series, which the text may name otherwise (round, batch: 批); else 1."""
    if not info.english or info.ordinal is None or figure.kind == "ordinal":
        return 1.0
    normalized = aligner_for(text).normalized
    starts = [m.end() for m in _CLAUSE_BREAK_RE.finditer(normalized, 0, figure.start)]
    end = _CLAUSE_BREAK_RE.search(normalized, figure.end)
    clause = normalized[starts[-1] if starts else 0 : end.start() if end else len(normalized)]
    written = {f.value for f in passage_figures(clause) if f.kind == "ordinal" and f.unit and f.text.startswith("第")}
    return OTHER_NUMBERED if written and info.ordinal not in written else 1.0
