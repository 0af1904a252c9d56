"""Questions asking what something is (什么是棱柱, 乙酰胺是什么): a passage defining it
("棱柱是几何学中的……", "乙酰胺（acetamide）是……") answers it best."""

from __future__ import annotations

import re

_ASKS_WHAT_RE = re.compile(
    r"^(?:请问)?(?:什么是|何谓|何为|什么叫做?)(?P<a>.+?)[？?。!！\s]*$"
    r"|^(?:请问)?(?P<b>.+?)(?:是什么|是指什么|指的是什么|是什么意思|指什么)[？?。!！\s]*$"
)
_NOT_A_NAME_RE = re.compile(r"[的之，,、；;：:？?“”\"'《》\s]")
MAX_SUBJECT = 12
#: What follows a subject that is being defined: a closing quote, a gloss in brackets, a comma, 是.
_SAYS_WHAT_RE = re.compile(r"[”」』\"']?(?:[（(][^（）()]{0,60}[）)])?[，,]?(?:是|为|指|乃|即)")


def defined_subject(question: str) -> str | None:
    """What a question asking for a definition asks about (in matching form), or None: not
    "X的Y是什么", which asks about a part of X."""
    match = _ASKS_WHAT_RE.match(question.strip())
    if match is None:
        return None
    subject = (match.group("a") or match.group("b") or "").strip().strip("“”「」『』\"'")
    if not 2 <= len(subject) <= MAX_SUBJECT or _NOT_A_NAME_RE.search(subject):
        return None
    return subject


def defines(text: str, subject: str) -> bool:
    """Whether ``text`` (matching form) says what ``subject`` is: "X是", "X（…）是", "X，是", "X指",
    with X opening its clause (not 二甲基乙酰胺（DMA）是 for 乙酰胺).

    Each place ``subject`` is written is tried in turn: a pattern made for each subject cost
    ~3 ms to compile (the CJK range), once per fresh definition question."""
    start = text.find(subject)
    while start != -1:
        if not (start and "\u4e00" <= text[start - 1] <= "\u9fff") and _SAYS_WHAT_RE.match(text, start + len(subject)):
            return True
        start = text.find(subject, start + 1)
    return False
