"""Whether a wholly English question asks what was done or what is, not what is planned.

The Chinese path reads 去年, 现在, 已经 in the question (:mod:`~bot.answer.planned_rank`); an English
question says it by its tense ("how many parks *did* the city *have*", "what share *was*
resolved", "how many villages *do* the monorails *reach*": the simple present, what holds now) or
by a word of the present ("*now*", "*currently*", "*so far*") -- unless it names a
plan, a target or the future ("what is the *target* for 2027", "how many *will* be built"), when
the plan's figure is what it asks. A passage whose figures of the asked kind are all plans then
ranks below one that gives what was done (:data:`~bot.answer.planned_rank.PLANNED_RANK`)."""

from __future__ import annotations

import re

from bot.question.plans import ENGLISH_PLAN_RE as _PLAN_RE
from index.english.lemmas import IRREGULAR_VERBS

#: The tense or a word of the present saying what was done or what is.
_DONE_RE = re.compile(
    r"\b(?:did|was|were|had|now|currently|presently|today|so far|to date|at present|as of now)\b", re.IGNORECASE
)
#: ... or a lexical verb's irregular past form ("how many households *saw* their incomes rise",
#: "how far *rose* ..."): a form of its own (not one written as its base, "set", "put"; not an
#: -ing form; not the present of "be", "have", "do", which ask what is only with "now").
_PAST_FORMS: frozenset[str] = frozenset(
    form for form, base in IRREGULAR_VERBS.items()
    if form != base and not form.endswith("ing") and base not in ("be", "have", "do")
)
_WORD_RE = re.compile(r"[a-z]+")
#: ... or the simple present of a lexical verb ("how many villages *do* the monorails *reach*"):
#: what holds now, as the Chinese 现在 asks.
_PRESENT_DO_RE = re.compile(r"\b(?:do|does)\b", re.IGNORECASE)


def done_asked(question: str) -> bool:
    """Whether the English ``question`` asks what was done or what is (its tense, past or the
    simple present with "do"/"does"; "now", "so far"), naming no plan, target or future."""
    if _PLAN_RE.search(question) is not None:
        return False
    return (
        _DONE_RE.search(question) is not None or _PRESENT_DO_RE.search(question) is not None
        or not _PAST_FORMS.isdisjoint(_WORD_RE.findall(question.lower()))
    )
