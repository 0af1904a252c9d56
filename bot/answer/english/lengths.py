"""Which length a wholly English question asks, as :func:`bot.alike.length_attribute` reads it
from a Chinese one (多高, 多长, 宽度 ...): "how tall" and "height" a height (高), "how long" and
"length" a length (长), "how wide" a width, "how far" and "distance" a distance. A text names the
length a figure gives just before it (台基東西長31.6米; 鴟吻一座，高1.1米), and
:func:`bot.answer.figure.clauses.other_length` weighs a figure named as another length down.
"""

from __future__ import annotations

import re

#: The English words asking each length (a key of :data:`bot.alike.LENGTH_ATTRIBUTES`).
_ASKED: dict[str, tuple[str, ...]] = {
    "高": (r"how\s+(?:tall|high)", r"heights?", r"elevation", r"altitude"),
    "长": (r"how\s+long", r"lengths?"),
    "宽": (r"how\s+wide", r"how\s+broad", r"widths?", r"breadth"),
    "深": (r"how\s+deep", r"depths?"),
    "厚": (r"how\s+thick", r"thickness"),
    "径": (r"diameter", r"radius"),
    "距": (r"how\s+far", r"distances?"),
}
_ASKED_RE = re.compile(
    r"\b(" + "|".join(f"(?P<a{i}>{'|'.join(words)})" for i, words in enumerate(_ASKED.values())) + r")\b",
    re.IGNORECASE,
)
_KEYS = tuple(_ASKED)


def length_asked(question: str) -> str | None:
    """The length the first of its length words asks ("How *long* is the platform from east to
    west?": 长), None when it names none."""
    found = _ASKED_RE.search(question)
    if found is None:
        return None
    for i, key in enumerate(_KEYS):
        if found.group(f"a{i}"):
            return key
    return None
