"""Which measure words fit which: a question's unit against a figure's (多少人 → 2.46萬名, 幾公尺 →
1,520米), and every name of one unit of measure."""

from __future__ import annotations

from functools import lru_cache

from index.normalize import normalize

# Measure words that stand for one another when matching a question's unit to a figure's.
_UNIT_FAMILY = {
    "个": {"个", "个县", "县", "项", "类", "种"},
    "县": {"县", "个"},
    "次": {"次", "回", "趟", "遍"},
    "回": {"次", "回", "趟", "遍"},
    # people are counted with 人, 名 or 位 (多少人 → 2.46萬名)
    "人": {"人", "名", "位"},
    "名": {"人", "名", "位"},
    "位": {"人", "名", "位"},
    "周年": {"周年", "年"},  # 誕生幾週年: 以紀念他誕生1000年
}
#: Measure words that are one unit under two names (幾公尺 → 1,520米; 多少公里 → 5km).
_SAME_UNITS = (
    ("米", "公尺", "m"), ("公里", "千米", "km"), ("厘米", "公分", "cm"), ("毫米", "mm"),
    ("平方公里", "平方千米", "km²", "km2"), ("平方米", "平方公尺", "m²", "m2"),
    ("立方米", "立方公尺"), ("公斤", "千克", "kg"), ("克", "公克"), ("吨", "公吨"), ("升", "公升"),
)
_UNIT_FAMILY.update({name: set(names) for names in _SAME_UNITS for name in names})


def same_unit_names(unit: str) -> tuple[str, ...]:
    """Every name of the one unit of measure ``unit`` names (平方米: 平方公尺, m², m2), itself
    first; only itself for a word no other names the same unit."""
    names = next((names for names in _SAME_UNITS if unit in names), ())
    return (unit, *(name for name in names if name != unit))


@lru_cache(maxsize=1024)
def normal_unit(unit: str) -> str:
    """A measure word's matching form (個 → 个), remembered: figures are compared again and again."""
    return normalize(unit)


def unit_matches(question_unit: str | None, figure_unit: str, units: frozenset[str] = frozenset()) -> bool:
    """Whether a figure's measure word fits the one the question used (or one of ``units``)."""
    if not figure_unit:
        return False
    unit = normal_unit(figure_unit)
    if unit in units:
        return True
    if not question_unit:
        return False
    if unit == question_unit:
        return True
    return unit in _UNIT_FAMILY.get(question_unit, set())
