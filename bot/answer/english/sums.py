"""A sum asked ("how many research visits did they make *in total*", "how much has been paid out
*so far*"): the passage whose figure the text gives as a sum comes first.

News text gives a running total and its parts, a figure before and after, side by side; the words
an English question is searched by find them all alike (开展走访6604次 as well as 共开展调研280次,
补助500元 as well as 累计兑付补贴资金2.36亿元). A question that says it wants the whole ("in total",
"altogether", "in all", "so far", "to date", "cumulative") asks the figure the text itself marks as
one: written in its clause after a word CC-CEDICT glosses so -- 累计 "cumulative; in total", 共
"altogether", 总共 "in all", 一共, 迄今 "so far", 至今 "to date". The English phrases are the
closed class of adverbials of sum and extent up to now; the Chinese words are read from the
dictionary, not listed: every headword a gloss of which is exactly one of the phrases. A question
asking all of a period ("over the whole season", "over the year") asks a sum too, which the text
also gives with the words CC-CEDICT glosses "the whole year" (全年接待游客42.6万人次).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.answer.english.rates import candidate_text
from bot.answer.figure.fitness import figure_fits
from bot.answer.first.close import close_first
from bot.answer.reading import Reading
from index.english.glosses import exactly_glossed
from index.figures import Figure, passage_figures
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: The English adverbials of a sum or of all up to now, as a question writes them and as
#: CC-CEDICT writes them in a gloss ("in total", "altogether", "so far"); "total" only as the
#: gloss's whole (a question's "total" is the adjective :mod:`~bot.answer.english.totals` reads).
SUM_PHRASES = ("in total", "altogether", "all together", "in all", "all told", "so far", "to date", "cumulative")
#: ... and those of a whole period ("over the whole season", "over the year"), the sum of its
#: parts: as CC-CEDICT glosses the whole year (全年 "the whole year", 终年 "throughout the year").
WHOLE_PERIOD_PHRASES = ("the whole year", "all year long", "throughout the year")
#: ... and the glosses of a word giving a figure as the whole, or as all up to a time, which a
#: best passage's figure written after it in its sentence already is (总数 "total", 总 "overall",
#: 截至 "up to (a time)", 以来 "since (a previous event)"): only to keep such a best first.
TOTAL_GLOSSES = ("total", "(grand) total", "overall", "to sum up", "up to (a time)", "since (a previous event)")
_SUM_ASKED_RE = re.compile(
    r"\b(?:in\s+total|altogether|all\s+together|in\s+all|all\s+told|so\s+far|to\s+date|cumulative(?:ly)?)\b",
    re.IGNORECASE,
)
_WHOLE_ASKED_RE = re.compile(
    r"\b(?:over\s+the\s+(?:whole|entire|full)|over\s+the\s+(?:past\s+)?year|throughout\s+the\s+year|the\s+whole\s+year)\b",
    re.IGNORECASE,
)
#: A clause's end in normalised text: a mark, a comma not inside a number (6,476 ends none).
_CLAUSE_END_RE = re.compile(r"[;。!?:]|(?<!\d),|,(?!\d)")
_SENTENCE_END_RE = re.compile(r"[;。!?]")
#: How far below the first a candidate giving a sum may rank and still come first (rank-score
#: units: the question says the sum outright, as it does a scale; measured, 1.5 and a reach of 4
#: moved none of the paraphrases of one question, whose sum is 2.3-5.7 below), and how many
#: candidates are read.
SUM_MARGIN = 4.0
SUM_REACH = 6


def sum_asked(question: str) -> str | None:
    """What kind of sum an English question says it wants: "sum" ("in total", "so far"),
    "period" (all of a period: "over the whole season", "over the year"); None for neither."""
    if _SUM_ASKED_RE.search(question) is not None:
        return "sum"
    return "period" if _WHOLE_ASKED_RE.search(question) is not None else None


@lru_cache(maxsize=4)
def sum_words(kind: str = "sum") -> frozenset[str]:
    """The headwords CC-CEDICT glosses exactly with one of :data:`SUM_PHRASES` (累计, 共, 总共,
    一共, 迄今, 至今 ...); for a ``kind`` "period" also those of :data:`WHOLE_PERIOD_PHRASES` (全年:
    a whole period's sum, not one up to now), and for "total" all of these and those it glosses
    "total" or "overall" (总数, 总量, 总: a figure already given as the whole)."""
    phrases = SUM_PHRASES + (WHOLE_PERIOD_PHRASES if kind != "sum" else ()) + (TOTAL_GLOSSES if kind == "total" else ())
    glossed = _glossed_by_phrase()
    return frozenset(head for phrase in phrases for head in glossed.get(phrase, ()))


@lru_cache(maxsize=1)
def _glossed_by_phrase() -> dict[str, tuple[str, ...]]:
    """Each phrase of :data:`SUM_PHRASES`, :data:`WHOLE_PERIOD_PHRASES` and :data:`TOTAL_GLOSSES`
    with the headwords a gloss of which it is (:func:`~index.english.glosses.exactly_glossed`),
    once a process."""
    return exactly_glossed(frozenset(SUM_PHRASES + WHOLE_PERIOD_PHRASES + TOTAL_GLOSSES))


def sum_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of an English count question asking a sum with the first whose passage
    gives a figure that can answer as one (共开展调研280次) put first, when the best one's figure
    is not given as a sum or a total in its sentence (总投入1.63亿元, 冷库总数达到86座, 截至10月底…
    增加73个) nor its passage gives one as the others must (一年来…新建…86个，…全年累计…), and it ranks
    within :data:`SUM_MARGIN`; others as they are."""
    if len(candidates) < 2:
        return candidates
    asked = sum_asked(query.question)
    if asked is None:
        return candidates
    best = candidates[0]
    if best.figure is None:
        return candidates
    text = normalize(candidate_text(reading, best))
    at = text.find(normalize(best.figure.text))
    before = text[max((m.end() for m in _SENTENCE_END_RE.finditer(text, 0, at)), default=0) : max(at, 0)]
    totals = sum_words("total")
    if any(
        token in totals or any(len(word) > 1 and word in token for word in totals)
        for token in reading.index.tokenizer.words(before)
    ):
        return candidates  # a word of its own, or one of two characters within a longer (今年以来新建…73个)
    words = sum_words(asked)

    def gives_sum(candidate: Candidate) -> bool:
        raw = reading.text(candidate.evidence.id)
        own = normalize(raw)
        return candidate.figure is not None and any(
            figure_fits(query.info, figure) and _summed(reading, own, figure, words) for figure in passage_figures(raw)
        )

    if gives_sum(best):
        return candidates  # the best's passage gives a sum as well (the test the others pass)
    return close_first(candidates, SUM_REACH, SUM_MARGIN, gives_sum)


def _summed(reading: Reading, text: str, figure: Figure, words: frozenset[str]) -> bool:
    """Whether ``figure`` stands in its clause of ``text`` (normalised) after one of ``words``,
    as a word of its own (共开展调研280次; not 共 of 公共)."""
    at = text.find(normalize(figure.text))
    if at < 0:
        return False
    start = max((m.end() for m in _CLAUSE_END_RE.finditer(text, 0, at)), default=0)
    return any(word in words for word in reading.index.tokenizer.words(text[start:at]))
