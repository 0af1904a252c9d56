"""The thing an English count question counts, when nothing was searched for it (eng70o).

"How many *calories* does a bowl of plain white rice contain?": the counted noun stands right after
"how many" and a grammar word closes it; when no term was searched for it, whatever figure the
passage holds counts another thing (1.35万米 was found through "rice" read as 米, the metre), so a
figure cannot be vouched for as counting the asked thing."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import NOT_SEARCHED

if TYPE_CHECKING:
    from bot.answer.query import Query

# A short closed class of English grammar words that end the noun phrase after "how many".
_CLOSERS = (
    "does|do|did|are|is|were|was|have|has|had|can|could|will|would|should|"
    "of|in|on|at|per|for|from|with|there"
)
_COUNTED_RE = re.compile(r"\bhow\s+many\s+([a-z]+)\s+(?:" + _CLOSERS + r")\b", re.IGNORECASE)


def counted_unsearched(query: Query) -> bool:
    """Whether an English count question's counted noun, the one word between "how many" and a
    grammar word ("how many *calories* does"), is one nothing was searched for."""
    found = _COUNTED_RE.search(query.question)
    if found is None:
        return False
    noun = found.group(1).lower()
    return any(t.term == NOT_SEARCHED and t.english.lower() == noun for t in query.translations)
