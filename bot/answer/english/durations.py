"""Whether a wholly English count question counts things, not time: "the number of *boys*", "how
many *rows*" name no span of time, so a figure measuring a duration (二十三年 of 道光二十三年, read
as 23 years; 持續3天) does not answer it, as 多少人 is not answered by 18年. A question counting
time ("how many years", "the number of days") or asking a span ("how long", "how old") is left
alone.
"""

from __future__ import annotations

import re

#: What a count asks: "how many X", "the number of X" (X: up to three words).
_COUNTED_RE = re.compile(r"\b(?:how\s+many|numbers?\s+of)\s+((?:[\w'-]+\s*){1,3})", re.IGNORECASE)
#: English words of a span of time or an age.
_TIME_RE = re.compile(
    r"\b(?:years?|yrs?|months?|weeks?|days?|nights?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|"
    r"generations?|seasons?|terms?|reigns?|eras?|periods?|times?|dynast(?:y|ies)|ages?|old|long|durations?|"
    r"spans?|lifetimes?|annual|annually|daily|weekly|monthly|yearly)\b",
    re.IGNORECASE,
)


def untimed_count(question: str) -> bool:
    """Whether ``question`` counts something ("how many rows", "the record number of boys") and
    names no span of time anywhere in what it counts or in how it asks."""
    found = _COUNTED_RE.search(question)
    if found is None:
        return False
    return _TIME_RE.search(found.group(1)) is None and re.search(r"\bhow\s+(?:long|old)\b", question, re.IGNORECASE) is None
