"""When someone was born or died: whether a question asks it (是哪一年出生的, 哪一年过世), and whether a
date is given as a birth's or a death's (1917年5月29日出生; 甘迺迪（1917年5月29日－1963年11月22日）) or as
the other end of the life asked (生于…（1565年） for 哪一年去世)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.figure.clauses import _SENTENCE_BREAK_RE
from index.figures import Figure
from index.normalize import normalize

#: A question asking when someone was born or died (是哪一年出生的, 生日是几月几号, 哪一年过世) ...
_BIRTH_WORDS = "出生|生日|出世|诞辰|生于"
_DEATH_WORDS = "去世|逝世|过世|病逝|辞世|离世|身亡|死亡|死于|忌日|驾崩|卒于"
_LIFE_ASKED_RE = re.compile(f"{_BIRTH_WORDS}|{_DEATH_WORDS}")
#: ... is answered by a date whose sentence writes a word of birth or death (1917年5月29日出生, 生於
#: 1598年; 1980年5月4日，狄托去世; 逝世, 卒, 崩, 薨; 遇害, 被杀, 殉职, 病故, 圆寂) ...
_LIFE_WRITTEN_RE = re.compile(r"[生诞逝卒死亡殁崩薨杀害殉]|[去过辞离谢]世|[病亡身]故|圆寂")
#: ... or in a life's span in brackets after a name (甘迺迪（1917年5月29日－1963年11月22日）).
_SPAN_RE = re.compile(r"[（(][^（()）]{0,40}$")
#: How much less a date counts, for a birth or a death, when it is given as neither.
OTHER_THAN_LIFE = 0.3


def life_asked(norm: str) -> bool:
    """Whether the (normalised) question or word asks when someone was born or died."""
    return _LIFE_ASKED_RE.search(norm) is not None


def in_life_span(text: str, figure: Figure) -> bool:
    """Whether a date range stands in brackets (李清照（1084年－1155年）: a person's life)."""
    return figure.kind == "date" and figure.split and _SPAN_RE.search(text[max(0, figure.start - 40) : figure.start]) is not None


def life_dated(text: str, figure: Figure) -> bool:
    """Whether a date is given as a birth's or a death's: its sentence writes a word of either
    (the date's own year may be named again: 同年…逝世), or it is a bracketed life span."""
    starts = [m.end() for m in _SENTENCE_BREAK_RE.finditer(text, 0, figure.start)]
    end = _SENTENCE_BREAK_RE.search(text, figure.end)
    near = normalize(text[starts[-1] if starts else 0 : figure.start] + text[figure.end : end.start() if end else len(text)])
    return _LIFE_WRITTEN_RE.search(near) is not None or in_life_span(text, figure)


#: Which end of a life a question asks (卒 and 生年 alone too: 何年卒, 生年是哪一年).
_DEATH_ASKED_RE = re.compile(f"{_DEATH_WORDS}|卒")
_BIRTH_ASKED_RE = re.compile(f"{_BIRTH_WORDS}|生年")
#: A birth written right before its date (生于明世宗嘉靖四十四年（1565年）), a death right after
#: its own (崇祯八年（1635年）卒): unmistakably the other end of a life.
_BORN_BEFORE_RE = re.compile(r"(?:生于|生於|出生于|出生於|诞生于|誕生於)[^，,。；;]{0,6}$")
_DIED_AFTER_RE = re.compile(r"^[）)]?(?:卒|逝世|去世|病逝|过世|過世|崩|薨)")


def other_end_of_life(text: str, figure: Figure, terms: Sequence[str]) -> float:
    """:data:`OTHER_THAN_LIFE` for a date written as a birth's when a death is asked (李日华是哪一年
    去世的: not 生于…（1565年）), or as a death's when a birth is; its inverse for one written as the
    end asked ((1635年）卒); else 1. Only where the word stands right beside the date -- a sentence
    may tell of both."""
    if figure.kind != "date":
        return 1.0
    asked = "".join(terms)
    born = _BORN_BEFORE_RE.search(text[max(0, figure.start - 12) : figure.start]) is not None
    died = _DIED_AFTER_RE.search(text[figure.end : figure.end + 3]) is not None
    if _DEATH_ASKED_RE.search(asked):
        return OTHER_THAN_LIFE if born else 1.0 / OTHER_THAN_LIFE if died else 1.0
    if _BIRTH_ASKED_RE.search(asked):
        return OTHER_THAN_LIFE if died else 1.0 / OTHER_THAN_LIFE if born else 1.0
    return 1.0


def life_factor(text: str, figure: Figure, life: bool) -> float:
    """:data:`OTHER_THAN_LIFE` for a date a birth or death question finds given as neither."""
    return OTHER_THAN_LIFE if life and figure.kind == "date" and not life_dated(text, figure) else 1.0
