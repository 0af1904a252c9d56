"""The event an English question asks a figure *after*: "What is the light's range after solar
power was added?" asks the state the text gives once that happened (1998年加装太阳能供电系统，射程达到
18海里), not the first one it gives (灯光射程约12海里). :func:`after_terms` gives the translations of
the words of the "after" clause; :func:`bot.answer.figure.then_now.after_event` weighs a figure
whose sentence writes one of them before it up.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.english.basics import SEPARATOR
from bot.answer.model import Translation

#: "after <clause>" up to a comma or the question's end.
_AFTER_RE = re.compile(r"\bafter\s+([^,;?()]+)", re.IGNORECASE)


def after_terms(text: str, translations: Sequence[Translation]) -> tuple[str, ...]:
    """The Chinese terms of the words of the clause ``text`` asks a figure after, () when none."""
    match = _AFTER_RE.search(text)
    if match is None:
        return ()
    clause = match.group(1).lower()
    return tuple(
        dict.fromkeys(
            term
            for t in translations
            if re.search(r"\b" + re.escape(t.english.lower()) + r"\b", clause)
            for term in t.term.split(SEPARATOR)
            if len(term) >= 2 and not term.isascii()
        )
    )
