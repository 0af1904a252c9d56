"""Choosing the figure of a passage that answers the question.

A figure answers when it is of the asked kind (:mod:`bot.question`), the question does not
quote it, and it stands with the question's words. How near a word stands to a figure:

- in the figure's clause: most (falling off slowly with the characters between);
- in its sentence: less -- but a date governs what follows it until the next time expression
  ("1854年，克里斯蒂安尼亞的第一個火車站建成"), and a sentence without a date of its own
  continues the time of the one before ("1852年，馬克圖姆成為酋長。從此，杜拜...");
- a sentence away: little. "同年" and a date without a year ("同年12月9日") stand for the
  last year named before them.

Words count by how rare they are. A measure word, dimension (an area, an age) or date detail
(a year, a month) the question asks for weighs a figure up; a range's end answers "until when".
The fit (0..1) says how sure the choice is (:func:`_fit`).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bot.question import COUNTED_DIMENSIONS, QuestionInfo, unit_matches
from index.figures import Figure, calendar, passage_figures
from index.normalize import CharAligner, aligner_for, normalize
from index.search import Index

SAME_SENTENCE = 0.5  # a word in the figure's sentence but another clause
IN_SCOPE = 0.8  # ... after a date, with no other time expression between them
CONTINUED = 0.5  # a word in a following sentence without a date of its own (per sentence)
OTHER_SENTENCE = 0.08  # a word in another sentence (halved for each further one)
LIST_DECAY = 0.7  # per enumeration comma (、) between them
CHAR_SCALE = 30.0  # within a clause, closeness falls off slowly with the characters between
SCOPE_CHAR_SCALE = 80.0  # ... and in a date's scope, more slowly still
SINGLE_CHARACTER = 0.3  # a one-character word counts this share (it often stands inside another word)
REPEATED = 0.5  # a word the text repeats n times counts 1/n**REPEATED (the topic tells figures apart less)
CONTRAST = 0.5  # a figure beside another the question contrasts with (第一批 when it asks of 第二批)
_SENTENCE_END_RE = re.compile(r"[。！？!?；;\n]+[”」』）)]*")
_CLAUSE_END_RE = re.compile(r"[，,：:﹔]")
_LIST_BREAK = "、"
COUNTED = 2.0  # a word right after a count figure is what it counts: it weighs this much more
COUNTED_GAP = 3  # ... at most this many characters after it (quotes, a modifier)
_NOT_COUNTED_GAP_RE = re.compile(r"[\d，,。；;：:！？!?、（）()]")
#: Words that stand for the last year named ("同年", "當年").
_SAME_YEAR_RE = re.compile(r"同年|当年|是年|该年|这一年|那一年|此年|这年|同一年")


@dataclass(frozen=True)
class Layout:
    """Where a text's sentences and clauses end, and where its time expressions stand."""

    sentence_ends: tuple[int, ...]
    clause_ends: tuple[int, ...]
    times: tuple[int, ...]  # starts of dates and "同年" words, ascending
    years: dict[int, int]  # start of a "同年" word or a date without a year → start of the year it means

    def sentence(self, position: int) -> int:
        return bisect.bisect_right(self.sentence_ends, position)

    def clause(self, position: int) -> int:
        return bisect.bisect_right(self.clause_ends, position)

    def time_between(self, start: int, end: int) -> bool:
        """Whether a time expression starts in ``[start, end)``."""
        k = bisect.bisect_left(self.times, start)
        return k < len(self.times) and self.times[k] < end

    def dated(self, sentence: int) -> bool:
        """Whether sentence number ``sentence`` holds a time expression."""
        first = self.sentence_ends[sentence - 1] if sentence > 0 else 0
        last = self.sentence_ends[sentence] if sentence < len(self.sentence_ends) else 10**9
        return self.time_between(first, last)


@lru_cache(maxsize=4096)
def layout(text: str) -> Layout:
    """The :class:`Layout` of ``text`` (remembered per passage text)."""
    sentence_ends = tuple(m.end() for m in _SENTENCE_END_RE.finditer(text))
    clause_ends = tuple(sorted({m.end() for m in _CLAUSE_END_RE.finditer(text)} | set(sentence_ends)))
    normalized = aligner_for(text)
    same_year = [start for start, _ in _spans(normalized, _SAME_YEAR_RE)]
    dates = [f for f in passage_figures(text) if f.kind == "date"]
    times = sorted({f.start for f in dates} | set(same_year))
    years: dict[int, int] = {}
    last_year: int | None = None
    anchors = sorted([(f.start, f) for f in dates] + [(s, None) for s in same_year], key=lambda a: a[0])
    for start, figure in anchors:
        if figure is not None and calendar(figure)[0] is not None:
            last_year = start
        elif last_year is not None:
            years[start] = last_year
    return Layout(sentence_ends, clause_ends, tuple(times), years)


def _spans(aligner: CharAligner, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Original-text spans of the matches of ``pattern`` in the normalised text."""
    return sorted({span for word in {m.group() for m in pattern.finditer(aligner.normalized)} for span in aligner.spans(word)})


@dataclass(frozen=True)
class Choice:
    """The figure chosen in a text and what its fit is judged from.

    ``together``: the share of the question's word weight standing with it (words right after a
    count weigh double, so it may pass 1); ``factor``: how its kind, unit, dimension and date
    detail fit (:func:`kind_factor`, halved beside a contrasted figure); ``lead``: its score's
    lead over the next figure's, as a share of its own (1 when it is the only one).
    """

    figure: Figure
    together: float
    factor: float
    lead: float

    @property
    def fit(self) -> float:
        """How likely the figure is the answer (0..1), by a logistic model fitted on the dev
        figure questions (``python -m tests.fit_figure``)."""
        z = FIT["bias"] + sum(FIT[name] * value for name, value in self.features().items())
        return 1.0 / (1.0 + math.exp(-z))

    def features(self) -> dict[str, float]:
        return {
            "together": min(self.together, 2.0),
            "factor": math.log(self.factor) if self.factor > 0 else -5.0,
            "lead": self.lead,
        }


#: Coefficients of :attr:`Choice.fit` -- written by ``python -m tests.fit_figure`` (review the diff).
FIT = {'together': 3.5983, 'factor': 1.433, 'lead': 2.1023, 'bias': -1.25}


def choose_figure(
    text: str, words: Sequence[str] | Mapping[str, float], index: Index, info: QuestionInfo
) -> tuple[Figure | None, float]:
    """The figure of ``text`` that answers the question, and how likely it does (0..1).

    ``words``: the question's search terms, or a map of each to how much it stands for its
    word (1 for the word itself, less for a sub-word or a dictionary alternative).
    """
    choice = choose(text, words, index, info)
    return (None, 0.0) if choice is None else (choice.figure, choice.fit)


def choose(
    text: str, words: Sequence[str] | Mapping[str, float], index: Index, info: QuestionInfo
) -> Choice | None:
    """:func:`choose_figure`, with what the choice was made from."""
    candidates = _candidates(text, info)
    if not candidates:
        return None
    aligner = aligner_for(text)
    shape = layout(text)
    shares = words if isinstance(words, Mapping) else dict.fromkeys(words, 1.0)
    found = {term: spans for term in shares if (spans := aligner.spans(term))}
    term_spans = [
        (found[term], _weight(index, info, term, shares[term]) / len(found[term]) ** REPEATED)
        for term in longest_first(list(found))
    ]
    # a figure the question quotes, written in the text in any form, is one of its words too
    for quoted in info.quoted:
        spans = [(f.start, f.end) for f in passage_figures(text) if _same(quoted, f)]
        if spans and not any(normalize(quoted.text) in term for term in found):
            term_spans.append((spans, index.informativeness(normalize(quoted.text)) / len(spans) ** REPEATED))
    total = sum(w for _, w in term_spans) or 1.0
    scored = []
    for figure in candidates:
        places = _places(shape, figure)
        # a word right after a figure is what it counts -- unless the question names another measure word
        counting = info.unit is None or unit_matches(info.unit, figure.unit, info.units)
        together = sum(
            w
            * max(_closeness(text, shape, span, figure, place) for span in spans for place in places)
            * (COUNTED if counting and any(_counts(text, figure, span) for span in spans) else 1.0)
            for spans, w in term_spans
        ) / total
        factor = kind_factor(info, figure) * (CONTRAST if _contrasted(text, shape, info, figure) else 1.0)
        scored.append((together * factor, together, factor, figure))
    scored.sort(key=lambda item: -item[0])
    best_score, together, factor, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    if info.until and best.split:
        best = best.upper()
    lead = (best_score - runner_up) / best_score if best_score > 0 else 0.0
    return Choice(best, together, factor, lead)


def _candidates(text: str, info: QuestionInfo) -> list[Figure]:
    """The figures of ``text`` that could answer: of the asked kind, not quoted by the question
    (of a range whose start the question quotes, its end: "自1386年至哪一年")."""
    out = []
    for figure in passage_figures(text):
        if not figure_fits(info, figure):
            continue
        if quotes(info, figure):
            if not figure.split or quotes(info, figure.upper()):
                continue
            figure = figure.upper()
        out.append(figure)
    return out


def _counts(text: str, figure: Figure, span: tuple[int, int]) -> bool:
    """Whether the word at ``span`` is what a count figure counts: right after it
    ("8821家“共富工坊”", "2887期讀書班"), or right before it when it ends the clause
    ("解決問題5571個，")."""
    start, end = span
    if figure.kind not in ("count", "number") or end - start < 2:
        return False
    if 0 <= start - figure.end <= COUNTED_GAP:
        return not _NOT_COUNTED_GAP_RE.search(text[figure.end : start])
    return end == figure.start and (figure.end == len(text) or _CLAUSE_END_RE.match(text, figure.end) is not None)


def _weight(index: Index, info: QuestionInfo, term: str, share: float) -> float:
    """How much a question word counts in choosing a figure: rarer words more, the thing a
    count question counts most, a lone character (often part of another word) little."""
    weight = index.informativeness(term) * share
    if term == info.counted:
        weight *= 3.0
    if len(term) == 1:
        weight *= SINGLE_CHARACTER
    return weight


def _contrasted(text: str, shape: Layout, info: QuestionInfo, figure: Figure) -> bool:
    """Whether the figure's clause names another of what the question names ("第一批" beside
    the figure when the question asks about "第二批")."""
    if not info.quoted:
        return False
    clause = shape.clause(figure.start)
    for other in passage_figures(text):
        if other is figure or shape.clause(other.start) != clause or other.start == figure.start:
            continue
        for quoted in info.quoted:
            if quoted.kind == other.kind and normalize(quoted.unit) == normalize(other.unit) and not _same(quoted, other):
                return True
    return False


def _places(shape: Layout, figure: Figure) -> list[int]:
    """Where a figure stands in the text: its start, and the "同年" words and year-less dates
    that mean its year."""
    return [figure.start] + [start for start, year in shape.years.items() if year == figure.start]


def _closeness(text: str, shape: Layout, span: tuple[int, int], figure: Figure, place: int) -> float:
    """How near a matched word (``span``) stands to a figure standing at ``place`` (see the
    module docstring)."""
    start, end = span
    length = figure.end - figure.start if place == figure.start else 2
    if start < place + length and place < end:
        return 1.0
    gap = text[end:place] if end <= place else text[place + length : start]
    near = LIST_DECAY ** gap.count(_LIST_BREAK) * math.exp(-len(gap) / CHAR_SCALE)
    word_sentence, figure_sentence = shape.sentence(start), shape.sentence(place)
    if word_sentence == figure_sentence:
        if shape.clause(start) == shape.clause(place):
            return near
        if figure.kind == "date" and start > place and not shape.time_between(place + 1, start):
            return IN_SCOPE * math.exp(-len(gap) / SCOPE_CHAR_SCALE)
        return SAME_SENTENCE * near
    distance = abs(word_sentence - figure_sentence)
    if (
        figure.kind == "date"
        and word_sentence > figure_sentence
        and not shape.time_between(place + 1, start)
        and not shape.dated(word_sentence)
    ):
        return CONTINUED**distance
    return OTHER_SENTENCE * 0.5 ** (distance - 1)


def figure_fits(info: QuestionInfo, figure: Figure) -> bool:
    """Whether ``figure`` is of a kind that can answer the question."""
    if info.kind == "count":
        return figure.kind in ("count", "number", "percent")
    return figure.kind == info.kind


def quotes(info: QuestionInfo, figure: Figure) -> bool:
    """Whether the question itself writes ``figure`` (兩個 and 2個, 5萬 and "將近" 49,736)."""
    return any(_same(quoted, figure) for quoted in info.quoted)


def _same(quoted: Figure, figure: Figure) -> bool:
    if quoted.kind == "date" or figure.kind == "date":
        if figure.kind != "date":
            return quoted.kind == "date" and quoted.value is not None and figure.value == quoted.value
        if quoted.kind != "date":
            return False
        mine, theirs = calendar(figure), calendar(quoted)
        # the same date, or one the question's date already says (it adds no detail)
        return all(a is None or a == b for a, b in zip(mine, theirs)) and mine != (None, None, None)
    if figure.value is None or quoted.value is None or (quoted.kind == "ordinal") != (figure.kind == "ordinal"):
        return False
    if quoted.approximate:
        return abs(figure.value - quoted.value) <= 0.5 * quoted.precision
    return abs(figure.value - quoted.value) <= 1e-9 * max(1.0, abs(quoted.value))


YEARLESS = 0.7  # a date without a year, when the question does not ask for a month or a day
VAGUE_YEAR = 0.6  # a decade, a century or 'years ago', when the question asks for a year or 'when'
OTHER_DIMENSION = 0.5  # a figure measuring something else than asked (an age for an area)
UNTIL_RANGE = 1.5  # a range of dates, when the question asks until when (its end answers)


def kind_factor(info: QuestionInfo, figure: Figure) -> float:
    """How well the figure's kind, measure word, dimension and date detail fit the question."""
    factor = 1.0
    if info.kind == "count":
        factor = {"count": 1.0, "percent": 0.6, "number": 0.4}.get(figure.kind, 0.0)
    if unit_matches(info.unit, figure.unit, info.units):
        factor *= 2.0
    if info.dimension is not None and figure.kind != "date":
        dimension = figure.dimension
        if info.dimension in COUNTED_DIMENSIONS:
            if dimension is not None and dimension not in COUNTED_DIMENSIONS:
                factor *= OTHER_DIMENSION  # "幾個孩子": not 18年
        elif dimension == info.dimension:
            factor *= 2.0
        elif dimension is not None and dimension not in ("things", "events"):
            factor *= OTHER_DIMENSION
    if figure.kind == "date":
        if info.until and figure.split:
            factor *= UNTIL_RANGE
        parts = figure.upper().parts if info.until else figure.parts
        if parts in ("c", "x", "a") and info.date_part in (None, "y"):
            factor *= VAGUE_YEAR
        elif info.date_part is not None and info.date_part not in parts:
            factor *= 0.3
        elif info.date_part is None and parts[:1] in ("m", "d"):
            factor *= YEARLESS
    return factor


def longest_first(terms: Sequence[str]) -> list[str]:
    """Terms, longest first, without those contained in a longer one (no double counting)."""
    ordered = sorted(set(terms), key=len, reverse=True)
    kept: list[str] = []
    for term in ordered:
        if not any(term in longer for longer in kept):
            kept.append(term)
    return kept
