"""A question's text before it is read: markup and entities removed (``<b>共富工坊</b> &amp;``), its
length bounded, numbers written with an English word of magnitude written as Chinese texts write
them, and the names it quotes."""

from __future__ import annotations

import html
import re

from index.normalize import normalize
from index.tokenizer import QUOTED_RE

MAX_QUESTION_CHARS = 500
_TAG_RE = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
#: 甚麼, a variant of 什麼 ("what") the question words are not written in.
_WHAT_VARIANT_RE = re.compile(r"甚[麼么麽]")
_HAN_RE = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}")
_CLAUSE_MARKS = frozenset("，,。、；;：:！!？?")


def plain_question(question: object) -> str:
    """The question's text: markup (``<b>共富工坊</b> &amp;``) removed, at most 500 characters."""
    text = question if isinstance(question, str) else str(question)
    text = _TAG_RE.sub(" ", html.unescape(text[: MAX_QUESTION_CHARS * 4]))
    text = _WHAT_VARIANT_RE.sub(lambda m: "什" + m.group()[1:], text)  # 甚麼時候: 什麼時候
    return " ".join(text.split())[:MAX_QUESTION_CHARS]


#: "70 billion", "3.5 million": a number written with an English word of its magnitude.
_MAGNITUDE_RE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(thousand|million|billion)\b", re.IGNORECASE)
_MAGNITUDES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_CHINESE_MAGNITUDES = (("亿", 1e8), ("万", 1e4))


def chinese_magnitudes(text: str) -> str:
    """``text`` with its numbers written with an English word of magnitude written as Chinese
    texts write them ("above 70 billion jin": 700亿, "3.5 million": 350万), so that the figure
    the question quotes is the one the documents hold -- not a 70 they never write."""

    def written(match: re.Match[str]) -> str:
        value = float(match.group(1)) * _MAGNITUDES[match.group(2).lower()]
        for unit, size in _CHINESE_MAGNITUDES:
            if value >= size:
                return f"{value / size:g}{unit}"
        return f"{value:g}"

    return _MAGNITUDE_RE.sub(written, text)


def quoted_phrases(text: str) -> tuple[str, ...]:
    """The names ``text`` quotes (:data:`~index.tokenizer.QUOTED_RE`: 「一個時代的終結」,
    《real world》), in matching form; not a quoted figure ("99.8%", 「2.7萬余起」)
    or sentence, which the documents may write otherwise, nor English quoted in a question with
    English words."""
    out = []
    rest = QUOTED_RE.sub("", text)
    chinese = _HAN_RE.search(rest) is not None and not _LATIN_WORD_RE.search(rest)
    for match in QUOTED_RE.finditer(text):
        phrase = normalize(match.group(1)).strip()
        if len(phrase) < 2 or any(ch.isdigit() or ch in _CLAUSE_MARKS for ch in phrase):
            continue  # a figure, or a sentence quoted (readers quote those loosely)
        if chinese or _HAN_RE.search(phrase):  # English quoted in English is English to translate
            out.append(phrase)
    return tuple(dict.fromkeys(out))
