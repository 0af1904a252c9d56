""""How often" asks how many times.

"How often did the committee meet during the campaign?" asks the number of times it met, as
"how many times" does (开展集中学习39次) -- the figure counted in 次, 遍, 趟 ... -- not any count
of the passage (五个坚定不移). :func:`often_as_times` reads the question so, before its words are
translated: "times" then brings the measure words of occasions (the events dimension), as it does
for "how many times".
"""

from __future__ import annotations

import re

#: "how often" as a question word (not "how oftentimes", nor "often" alone: "is it often late?").
_HOW_OFTEN_RE = re.compile(r"\bhow\s+often\b", re.IGNORECASE)


def often_as_times(text: str) -> str:
    """``text`` with "how often" read as "how many times" (the count of occasions it asks)."""
    return _HOW_OFTEN_RE.sub(lambda m: "How many times" if m.group(0)[0] == "H" else "how many times", text)
