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
    return word if _newly(word) else None
