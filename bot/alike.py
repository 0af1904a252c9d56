"""Words that name the same thing in other words: which length a word names (多高 and 海拔 a
height, 直徑 a diameter), and what befalls people as texts write it (死亡: 罹難, 遇難 ...)."""

from __future__ import annotations

import re

#: Which length a word names: a height (多高, 海拔), a length (全长), a width, a depth, a thickness,
#: a diameter, a distance. A question asks one; a text names the one a figure gives just before it
#: (直徑約600公尺, 長約60公里).
LENGTH_ATTRIBUTES = {
    "高": ("多高", "高度", "海拔", "身高", "楼高", "高约", "高达", "高"),
    "长": ("多长", "长度", "全长", "总长", "长约", "长达", "长"),
    "宽": ("多宽", "宽度", "宽约", "宽"),
    "深": ("多深", "深度", "水深", "深约", "深"),
    "厚": ("多厚", "厚度", "厚约", "厚"),
    "径": ("直径", "半径", "口径", "多粗"),
    "距": ("多远", "距离", "相距", "相隔", "距"),
}
_ATTRIBUTE_WORD = {w: a for a, words in LENGTH_ATTRIBUTES.items() for w in words}
#: A length written after a direction is a distance (安曼東北方約100公里, 以北30公里): only as written
#: before a figure, never as asked (杭州西北的山有多高 asks a height).
_DIRECTIONS = ("东北方", "东南方", "西北方", "西南方", "以东", "以南", "以西", "以北", "东方", "南方", "西方", "北方")
_WRITTEN_WORD = {**_ATTRIBUTE_WORD, **dict.fromkeys(_DIRECTIONS, "距")}
# asked: the "how" word or the noun (not 长 alone, which also grows: 能长多高; not 多长时间)
_ASKED_ATTRIBUTE_RE = re.compile(
    "(" + "|".join(sorted((w for w in _ATTRIBUTE_WORD if len(w) > 1 and not w.endswith(("约", "达"))), key=len, reverse=True))
    + ")(?!时间|时候|久)"
)
# written: the nearest before a figure in its clause
_WRITTEN_ATTRIBUTE_RE = re.compile(
    "(" + "|".join(sorted(_WRITTEN_WORD, key=len, reverse=True)) + r")[^，,。；;、：:\d]{0,4}$"
)


def length_attribute(norm: str, asked: bool = False) -> str | None:
    """The length (a key of :data:`LENGTH_ATTRIBUTES`) a question asks (``asked``: its first "how"
    word or noun), or that the words a text writes just before a figure name (their last)."""
    if asked:
        found = _ASKED_ATTRIBUTE_RE.search(norm)
    else:
        found = _WRITTEN_ATTRIBUTE_RE.search(norm)
    return (_ATTRIBUTE_WORD if asked else _WRITTEN_WORD)[found.group(1)] if found else None


#: Words for what befalls people that texts use for one another (多少人死亡: 罹難14人, 遇難者).
_DEEDS_ALIKE = (
    ("死亡", "罹难", "遇难", "丧生", "身亡", "死难", "遇害", "丧命", "殒命", "殉难"),
    ("受伤", "负伤"),
    ("失踪", "下落不明"),
)
_DEED_FORMS = {word: group for group in _DEEDS_ALIKE for word in group}


def deed_forms(word: str) -> tuple[str, ...]:
    """``word`` and the words texts use for it when it says what befell people (死亡: 罹难,
    遇难 ...); ``(word,)`` for any other word."""
    return _DEED_FORMS.get(word, (word,))
