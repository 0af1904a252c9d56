"""Whether a word the dictionary knows as part of a proper name is typed as a description.

CC-CEDICT's proper-noun entries make names of common English words ("Eastern" of the Eastern Han,
"South Gate", "Rice", "Rugby"), so "the wall's *eastern* section" was read as naming something no
document mentions, and the question got nothing. A question that opens with a capital letter is
typed by someone who capitalises, and English writes a proper name with capitals; a word such a
question types only in lower case, right before a noun it modifies that the documents write
(东段: "eastern *section*"), describes that noun. A lower-case word standing alone ("tonnes of
*rice*") or before a word itself hardly understood ("a *rugby* union team") still may name a
thing the documents lack, and keeps the name's veto.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from index.english.query import EnglishUnit

_LETTER_RE = re.compile(r"[A-Za-z]")
_GAP = r"[\s-]+"


def typed_lowercase(text: str, english: str) -> bool:
    """Whether the question ``text``, opening with a capital letter, writes the words of
    ``english`` (a unit, lower case) and writes them only in lower case (no word of them
    capitalised anywhere); False when the question does not capitalise or the words are not
    found as typed (a name normalised from "Cen'ao")."""
    first = _LETTER_RE.search(text)
    if first is None or not first.group().isupper() or not english.split():
        return False
    found = [m.group() for m in re.finditer(_pattern(english), text, re.IGNORECASE)]
    return bool(found) and not any(part[:1].isupper() for typed in found for part in re.split(_GAP, typed))


def describes_next(text: str, units: Sequence[EnglishUnit], n: int, sure: float) -> bool:
    """Whether unit ``n`` is typed in lower case (:func:`typed_lowercase`) right before the next
    unit, a thing (no name, no verb) understood at least ``sure`` ("the wall's *eastern*
    section": 段) -- a modifier of it, no proper name."""
    if n + 1 >= len(units):
        return False
    unit, after = units[n], units[n + 1]
    if after.name or after.action or after.understood < sure or not after.terms:
        return False
    if not typed_lowercase(text, unit.english):
        return False
    return re.search(_pattern(unit.english) + _GAP + _pattern(after.english).removeprefix(r"\b"), text, re.IGNORECASE) is not None


def _pattern(english: str) -> str:
    return r"\b" + _GAP.join(re.escape(word) for word in english.split()) + r"\b"
