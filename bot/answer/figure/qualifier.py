"""A measure written right before the noun a question counts (65歲以上長者, 3米高的树苗): it says
which of them are meant -- their age, their size -- and counts none of them (全年共有3,418名65歲以上
長者: 3,418名 counts, 65歲 qualifies)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import aligner_for

#: Dimensions of a measure of something (not a count of things, people or events, nor money).
_MEASURES = frozenset({
    "age", "length", "area", "mass", "volume", "temperature", "power", "speed", "pressure", "concentration", "frequency",
})
#: What may stand between such a measure and the noun it qualifies (以上, 以下, 以内, 左右, 的).
_BETWEEN = "(?:及以上|以上|及以下|以下|以内|左右|上下)?的?"
_BETWEEN_MOST = 4  # characters at most (及以上的)


def qualifies_counted(text: str, info: QuestionInfo, figure: Figure) -> bool:
    """Whether a count question's counted noun follows ``figure`` -- a measure of some dimension
    (an age, a length: :data:`_MEASURES`; not money, not a count of things or people) -- with at
    most a bound or 的 between: the figure qualifies what is counted."""
    counted = info.counted
    if info.kind != "count" or not counted or figure.kind != "count" or figure.dimension not in _MEASURES:
        return False
    if info.english or info.dimension == figure.dimension:
        return False  # the measure asked ("how much land": 6.7平方公里土地); English questions have their own reading
    after = aligner_for(text).normalized[figure.end : figure.end + _BETWEEN_MOST + len(counted)]
    return counted in after and _qualified_re(counted).match(after) is not None


@lru_cache(maxsize=1024)
def _qualified_re(counted: str) -> re.Pattern[str]:
    return re.compile(_BETWEEN + re.escape(counted))


#: An age written as a bound right before a noun (60岁以上听力障碍老人, 65周岁及以上的老人): whom it qualifies.
_AGE_BOUND_RE = re.compile(r"(?:及以上|以上|及以下|以下|以内)的?[\u4e00-\u9fff]")


def age_qualifies(text: str, info: QuestionInfo, figure: Figure) -> bool:
    """Whether an English count question that asks no age ("how many older people ... have been
    fitted"; not "how old": :attr:`QuestionInfo.dimension` age) meets an age written as a bound
    before a noun (累计为3860名60岁以上听力障碍老人: 60岁 says which people are counted, counting none) --
    :func:`qualifies_counted` reads this for a known counted noun; an English question's counted
    noun may be untranslated ("older people"), so the bound and the noun after it say it."""
    if not info.english or info.kind != "count" or info.dimension == "age" or figure.dimension != "age":
        return False
    return _AGE_BOUND_RE.match(aligner_for(text).normalized, figure.end) is not None
