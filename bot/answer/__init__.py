"""Answering: question → search terms → ranked passages → the figure that answers it.

:func:`answer_question` is pure: it reads an :class:`~index.search.Index` and returns an
:class:`Answer` value. It knows nothing of Telegram or the console; formatters render it.

How a direct answer is chosen: the question says what it wants (a count, a proportion, a time --
:mod:`bot.question`). In the best passage, every figure of that kind is scored by how close it
stands to the question's own words -- in the same clause counts most, and words worth more (rarer)
count more -- with a bonus when its measure word is the one the question used ("多少家" → 8821家).
Figures the question itself quotes are never the answer.

The parts: :mod:`~bot.answer.model` (the values), :mod:`~bot.answer.words` (how much each
question word counts, coverage, questions about absent things), :mod:`~bot.answer.english`
(English words through the index's translator), :mod:`~bot.answer.figure` (the figure that
answers) -- and :func:`answer_question` here, which puts them together.
"""

from __future__ import annotations

import dataclasses

from bot.answer.english import EnglishWords, english_words, as_written
from bot.answer.figure import choose_figure, longest_first
from bot.answer.model import Answer, AnswerSettings, PassageResult, Translation, WeightedWord
from bot.answer.words import coverage, names_something_absent, word_weight
from bot.question import analyse
from corpus.passages import Passage
from index.figures import Figure, passage_figures
from index.normalize import aligner_for
from index.search import Hit, Index, QueryTerm

MAX_QUESTION_CHARS = 500
FIT_WEIGHT = 1.0  # how much a fitting figure lifts a passage for a figure question
LEAD_WEIGHT = 0.2  # preference for a document's opening paragraphs (news leads)


def answer_question(index: Index, question: str, settings: AnswerSettings | None = None) -> Answer:
    """Answer ``question`` from ``index``: ranked passages and, when asked for, the figure."""
    settings = settings or AnswerSettings()
    text = (question if isinstance(question, str) else str(question))[:MAX_QUESTION_CHARS]
    info = analyse(text, index.tokenizer.counted_word(text))
    translations: tuple[Translation, ...] = ()
    words = [WeightedWord(w.variants, w.pos) for w in index.tokenizer.query_words(text)]
    # Only English content words need the dictionary ("how many 共富工坊?" has none).
    english = english_words(index, text) if any(w.pos == "eng" for w in words) else None
    if english is not None:
        # English words are replaced by their dictionary translations (or kept as unmatched).
        words = [w for w in words if w.pos != "eng" or index.doc_freq(w.variants[0]) > 0]
        words.extend(english.words)
        translations = english.translations
        if info.kind is None and english.kind in ("count", "percent", "date", "who", "where"):
            info = dataclasses.replace(info, kind=english.kind)
        if info.kind == "count" and info.counted is None and english.counted is not None:
            info = dataclasses.replace(info, counted=english.counted)
        if info.kind == "count" and english.units:  # measure words of an English count (english)
            info = dataclasses.replace(info, units=english.units)
    nothing = Answer(question, info.kind, None, (), translations)
    if not words or names_something_absent(index, text, words, info):
        return nothing
    terms = [
        QueryTerm(term, w.weight * w.share(position), group)
        for group, w in enumerate(words)
        for position, term in enumerate(w.variants)
    ]
    hits = index.search(terms, settings.candidates)
    if not hits:
        return nothing
    group_weights = [word_weight(index, w) for w in words]
    best_score = hits[0].score
    scored: list[tuple[float, Hit, Figure | None]] = []
    for hit in hits:
        covered = coverage(hit, terms, group_weights)
        if covered < settings.min_coverage or hit.score <= 0:
            continue
        figure, fit = (None, 0.0)
        if info.wants_figure:
            figure, fit = choose_figure(hit.passage.text, hit.matched, index, info)
        rank = hit.score / best_score + covered + FIT_WEIGHT * fit + LEAD_WEIGHT * _lead(hit.passage)
        scored.append((rank, hit, figure))
    scored.sort(key=lambda item: (-item[0], item[1].index))
    results = tuple(_result(hit) for _, hit, _ in scored[: settings.max_results])
    figure = scored[0][2] if scored else None
    if results and translations:
        translations = as_written(translations, results[0].passage.text)
    return Answer(question, info.kind, figure, results, translations)


def _lead(passage: Passage) -> float:
    """News puts the when, where and who first: a small preference for a document's opening."""
    return max(0.0, 1.0 - (passage.paragraph - 1) / 8)


def _result(hit: Hit) -> PassageResult:
    text = hit.passage.text
    aligner = aligner_for(text)
    spans: list[tuple[int, int]] = []
    for term in longest_first(hit.matched):
        spans.extend(aligner.spans(term))
    return PassageResult(
        passage=hit.passage,
        score=hit.score,
        figures=passage_figures(text),
        term_spans=tuple(sorted(set(spans))),
        matched=hit.matched,
    )


__all__ = [
    "Answer", "AnswerSettings", "EnglishWords", "PassageResult", "Translation", "WeightedWord",
    "answer_question", "choose_figure",
]
