"""A passage whose figures of the asked kind are all plans or targets ranks below one that gives
what was done, when the question asks what was or what is (梧溪县去年改造了多少座危桥: 2025年…计划…
改造危桥15座 is next year's plan, 全年共完成危旧桥梁改造27座 the answer; 农村自来水普及率现在是多少):
the figure's own fit says little once it is the passage's only one."""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.answer.sentences import sentence_of
from bot.answer.figure.clauses import PAST_ASKED, PLANNED, planned
from bot.answer.english.basics import wholly_english
from bot.answer.english.done_asked import done_asked
from bot.answer.english.target_dates import target_dated
from bot.answer.figure.fitness import figure_fits
from bot.question import QuestionInfo
from index.figures import Figure, passage_figures
from index.normalize import normalize

#: What a candidate's rank score is multiplied by when its figures are plans the question does not ask.
PLANNED_RANK = 0.75
#: Where a sentence, and a clause, of a passage ends.
_CLAUSE_END_RE = re.compile(r"[。！？!?；;，,\n]")
#: What asks what was (去年, as :func:`~bot.answer.figure.clauses.planned` reads it) or what is,
#: not what is planned.
_DONE_ASKED_RE = re.compile("|".join(sorted(PAST_ASKED, key=len, reverse=True)) + "|现在|目前|如今|现今|当前|截至|截止|已经|已")


def plan_unasked(question: str, text: str, figure: Figure, terms: Iterable[str], info: QuestionInfo) -> bool:
    """Whether ``figure`` (read from ``text``) is a plan or target (:func:`~bot.answer.figure.clauses.planned`)
    while the question asks what was done or what is -- by its words (去年, 现在, 已经) or by a year
    the text does not name (2024年造林面积, of a passage on 2025's plan; 2025年计划改造多少座 asks the
    plan, by its year) -- and the text gives no figure of the asked kind that is no plan (a passage
    with both is read for the right one, not set aside)."""
    years = [f"{int(q.value)}年" for q in info.quoted if q.kind == "date" and q.value is not None and "y" in q.parts]
    # the year asked, in the plan's own sentence (not a sentence beside it: 2025年…完成 then 2026年…力争)
    if any(year in sentence_of(text, figure.start, figure.end) for year in years):
        return False
    english = wholly_english(question)
    if not years and not (done_asked(question) if english else _DONE_ASKED_RE.search(normalize(question)) is not None):
        return False  # neither a year the plan is not of (2024年造林面积) nor 去年, 现在 ... asked
    terms = [term for term in terms if not term.isascii()]
    # "when did it get under way": a plan's target date (计划到2027年) dates nothing done (English only)
    dated = english and info.kind == "date" and figure.kind == "date"
    if not (target_dated(text, figure) if dated else planned(text, figure, terms, info.plan) == PLANNED):
        return False
    # ... and no figure that is no plan in a clause of the question's words (目前…已完成約七成 of
    # a stadium's works, beside 力争…比例达到45%, is not what 体育锻炼人数比例 asks)
    words = [term for term in terms if len(term) >= 2]
    return not any(
        figure_fits(info, other)
        and not (target_dated(text, other) if dated else planned(text, other, terms, info.plan) == PLANNED)
        and any(word in normalize(sentence_of(text, other.start, other.end, _CLAUSE_END_RE)) for word in words)
        for other in passage_figures(text)
    )
