"""Whether an English question asks a plan, a target or the future, read from its own words.

A Chinese question says it by its words (计划, 目标, 今年, 未来: :func:`bot.answer.figure.clauses.planned`
reads them among its search terms). An English question's search terms are translations, and a
translation of a noun may be such a word without the question asking any plan ("the rice-fish
*programme*": 计划; "during *the year*": 今年) -- so a wholly English question says whether it asks
a plan by its English words alone: a plan, a target or the future named ("what is the *target* for
2027", "how many *will* be built", "*this year*", "*next* year") -- not "can" ("what share *can now*
reach a park": what is)."""

from __future__ import annotations

import re

#: A plan, a target or the future named in English: the plan's figure is what is asked.
ENGLISH_PLAN_RE = re.compile(
    r"\b(?:plan(?:s|ned|ning)?|target\w*|aim\w*|goal\w*|expect\w*|intend\w*|project(?:ed|ion)\w*|forecast\w*|"
    r"will|would|shall|going to|envisag\w*|scheduled|due to|to be)\b",
    re.IGNORECASE,
)
#: ... and the English of the other words by which a Chinese question asks a plan (今年, 未来, 下一,
#: 下半年: this year's plan is this year's figure).
_PLAN_ASKED_RE = re.compile(
    ENGLISH_PLAN_RE.pattern + r"|\b(?:this\s+year|next|future|coming|upcoming|second\s+half)\b", re.IGNORECASE
)
#: The past tense of an auxiliary ("how many plants *were* built this year", "what *was* this year's
#: harvest"): what was done, whatever period it names -- this year is a plan only while it is ahead.
#: Not a participle ("once this year's new ones are *built*"), which is any tense's.
_PAST_AUXILIARY_RE = re.compile(r"\b(?:did|was|were|had)\b", re.IGNORECASE)
_LATIN_RE = re.compile(r"[A-Za-z]{2,}")
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def english_plan_asked(question: str) -> bool | None:
    """For a question written in English words only, whether it asks a plan, a target or the
    future (:data:`_PLAN_ASKED_RE`) -- a period such as "this year" only when the question's
    tense is not past (:data:`_PAST_AUXILIARY_RE`); None for any other question (its Chinese
    words say it)."""
    if _LATIN_RE.search(question) is None or _CJK_RE.search(question) is not None:
        return None
    if ENGLISH_PLAN_RE.search(question) is not None:
        return True
    return _PLAN_ASKED_RE.search(question) is not None and _PAST_AUXILIARY_RE.search(question) is None
