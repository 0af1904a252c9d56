"""An English question asking for advice ("what is the best way to ...", "what's a good ...") that
names nothing else the dictionary ties surely to the documents: it is about something they lack.

An advice question's evaluative adjective and the manner noun after it ("best", "way") are the
frame of the question, not its subject, yet the dictionary translates them into words every text
writes (好, 标准; 办法, 做法, 作风): "What is the best way to keep basil fresh in the fridge?" finds a
passage on the Party's 经验做法 by those alone, and is shown, while the things it is about (basil,
fridge) have no term any document writes. Such a question gets nothing when none of the words
besides its frame, its verbs and its numbers is understood surely -- as a question whose focus
is not understood names something the documents lack.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from bot.answer.english.figures import figure_word
from index.english import EnglishUnit

#: The opening of an advice question: "what is / what's / what are" and an article, then an
#: evaluative adjective (a closed class of English grammar: the positive, comparative and
#: superlative of "good", and the superlatives of ease and speed) and, optionally, a noun of
#: manner ("way", "method", "means", "approach", "technique"), which belongs to the frame too.
_ADVICE_RE = re.compile(
    r"^\s*(?:what|which)(?:'s|\s+is|\s+are|\s+would\s+be)\s+(?:the|a|an|some)\s+"
    r"(good|better|best|easiest|quickest|fastest|simplest|ideal|right|proper)"
    r"(?:\s+(ways?|methods?|means|approach(?:es)?|techniques?))?\s+(?!-)",
    re.IGNORECASE,
)


def advice_frame(text: str) -> frozenset[str] | None:
    """The frame words of an advice question ("best", "way"), lower case, or None when ``text``
    does not open as one (a "best-selling" or "best-known" thing is no advice)."""
    found = _ADVICE_RE.match(text)
    if found is None:
        return None
    return frozenset(word.lower() for word in found.groups() if word)


def advice_unfounded(text: str, units: Sequence[EnglishUnit], found: Container[int], sure: float) -> bool:
    """Whether ``text`` asks for advice and none of its words besides the frame, its verbs and
    its numbers is a name or a thing understood at least ``sure`` (``found``: units found as the
    documents write them, names: understood)."""
    frame = advice_frame(text)
    if frame is None:
        return False
    return not any(
        n in found or unit.name or unit.understood >= sure
        for n, unit in enumerate(units)
        if unit.english.lower() not in frame and not unit.action and not figure_word(unit.english)
    )
