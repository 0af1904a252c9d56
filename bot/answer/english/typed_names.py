"""Whether a word the dictionary knows as part of a proper name is typed as one in the question.

CC-CEDICT's proper-noun entries make names of common English words ("Eastern" of the Eastern Han,
"South Gate", "Black Sea"), so a question's "the wall's *eastern* section" or "black sea bream" is
read as naming something. A question that opens with a capital letter is typed by someone who
capitalises, and English writes a proper name with capitals: words such a question types only in
lower case name no place or person -- they describe (东段, 黑鲷), and their missing translation is
no sign of a name the documents never mention.
"""

from __future__ import annotations

import re

_LETTER_RE = re.compile(r"[A-Za-z]")


def typed_lowercase(text: str, english: str) -> bool:
    """Whether the question ``text``, opening with a capital letter, writes the words of
    ``english`` (a unit, lower case) and writes them only in lower case (no word of them
    capitalised anywhere); False when the question does not capitalise or the words are not
    found as typed (a name normalised from "Cen'ao")."""
    first = _LETTER_RE.search(text)
    if first is None or not first.group().isupper():
        return False
    words = english.split()
    if not words:
        return False
    pattern = r"\b" + r"[\s-]+".join(re.escape(word) for word in words) + r"\b"
    found = [m.group() for m in re.finditer(pattern, text, re.IGNORECASE)]
    return bool(found) and not any(part[:1].isupper() for typed in found for part in re.split(r"[\s-]+", typed))
