"""What a text says was newly done (今年新建产地冷藏库23座, 新造, 新编): a word of 新 and a verb that
CC-CEDICT glosses "newly ..." ("newly built", "newly made", "newly set up") -- as 新增 ("newly
added") is. The count after it is what was added, not the level a question asking a total or what
there is now asks (全县冷库总数达到86座)."""

from __future__ import annotations

import re
from functools import lru_cache

from index.english.cedict import load_dictionary

#: 新 and one character, then the rest of the clause up to the figure (no mark, no number).
_NEW_RE = re.compile(r"新([\u4e00-\u9fff])[^，,。；;：:、\d]{0,14}$")
_NEWLY_RE = re.compile(rb"\bnewly\b")


@lru_cache(maxsize=256)
def _newly(word: str) -> bool:
    """Whether CC-CEDICT glosses ``word`` (Simplified) as newly done ("newly built"; not 新人,
    "newlywed", nor 新型, "new type")."""
    raw = load_dictionary().glosses.get(word)
    return raw is not None and _NEWLY_RE.search(raw) is not None


def newly_done(before: str) -> str | None:
    """The word of what was newly done (新建) in ``before`` (normalised text up to a figure, in its
    clause), or None."""
    found = _NEW_RE.search(before)
    if found is None:
        return None
    word = "新" + found.group(1)
    if _newly(word):
        return word
    # ... or 新 as the adverb before a verb of two characters no entry joins it to (新成立, 新设立,
    # 新种植: "newly" + "to establish") -- not 新 ending a word of its own (创新发展, 重新修建)
    at = found.start()
    if at > 0 and before[at - 1 : at + 1] in load_dictionary().glosses:
        return None
    verb = before[at + 1 : at + 3]
    return "新" + verb if _verb(verb) else None


@lru_cache(maxsize=1024)
def _verb(word: str) -> bool:
    """Whether CC-CEDICT's likeliest sense of ``word`` (two characters, Simplified) is a verb: its
    first gloss opens with "to " (成立 "to establish"; not 发展 "development/.../to develop")."""
    raw = load_dictionary().glosses.get(word) if len(word) == 2 else None
    if raw is None:
        return False
    first = raw.decode("utf-8", "replace").lstrip("\x01\x02").split("\n")[0]
    return first.startswith("to ")
