"""Ranking the candidate passages: the fitted rank model's score, the figure each of the best few
holds (read only where it could change the order), and the few reorderings the rank features
cannot say (a plan below what was done, a part's figure below the whole's, a definition first,
another numbered thing last)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.answer.decide import Models, RankFeatures
from bot.answer.definition import defined_subject, defines
from bot.answer.english.basics import wholly_english
from bot.answer.evidence import Evidence
from bot.answer.figure import choose_figure
from bot.answer.figure.most_part import PART_MOST_RANK, part_most
from bot.answer.figure_words import figure_words
from bot.answer.instances import names_another
from bot.answer.planned_rank import PLANNED_RANK, plan_unasked
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.figures import Figure
from index.normalize import normalize

#: What a passage defining what a question asks about (什么是棱柱: "棱柱是…") adds to its rank
#: score: it comes first among passages as good by every other measure.
DEFINES = 2.0
#: What a passage naming only another numbered thing than the question's (嫦娥七号 for 嫦娥六号,
#: 1号线 for 2号线) loses of its rank score: it comes after every passage about as good.
OTHER_INSTANCE = 3.0


@dataclass(frozen=True)
class Candidate:
    """A candidate passage with its evidence, rank features and score, and its figure."""

    evidence: Evidence
    features: RankFeatures
    score: float
    figure: Figure | None


def rank_candidates(reading: Reading, query: Query, evidence: Sequence[Evidence], models: Models) -> tuple[Candidate, ...]:
    """Candidates best first; figures are read for the best few of a figure question."""
    plain = {ev.id: RankFeatures(ev.bm25, ev.cover, ev.window, 0.0, 0.0, _lead(reading.place(ev.id)[1])) for ev in evidence}
    scores = {passage: models.rank_score(features) for passage, features in plain.items()}
    preliminary = sorted(evidence, key=lambda ev: (-scores[ev.id], ev.id))
    # A figure can lift a candidate by the fit's weight and sink one by the lack's: one further
    # below the best than both together can never come first, and its figure is not read.
    reach = max(0.0, models.rank.get("fit", 0.0)) + max(0.0, -models.rank.get("lacks", 0.0))
    floor = scores[preliminary[0].id] - reach if preliminary else 0.0
    # the question's words, wherever they stand in what is shown (the passage and its neighbours)
    words = figure_words(query)
    question = normalize(query.text)
    out = []
    for n, ev in enumerate(preliminary):
        figure, fit, lacks = None, 0.0, 0.0
        if query.info.wants_figure and n < models.figure_candidates and (models.every_figure or scores[ev.id] >= floor):
            topic = reading.heading(ev.id)
            window = window_text(reading, ev)
            figure, fit = choose_figure(window, words, reading.index, query.info, topic)
            lacks = 1.0 if figure is None else 0.0
        if fit == lacks == 0.0:  # the same features, the same score
            features, score = plain[ev.id], scores[ev.id]
        else:
            features = RankFeatures(ev.bm25, ev.cover, ev.window, fit, lacks, plain[ev.id].lead)
            score = models.rank_score(features)
        if figure is not None and (not query.translations or wholly_english(query.text)) and plan_unasked(query.text, window, figure, words, query.info):
            score *= PLANNED_RANK  # 去年改造了多少座危桥: next year's plan (计划…15座) below what was done
        if figure is not None and not query.translations and part_most(window, question, query.info.most, figure) < 1.0:
            score *= PART_MOST_RANK  # 工具屋 借用量 比上年增长: not 增长最快的是柯塘县…增长612.5%, that county's
        out.append(Candidate(ev, features, score, figure))
    subject = defined_subject(question)
    if subject is not None:  # 什么是棱柱: the passage saying what it is first, among near equals
        out = [
            replace(c, score=c.score + DEFINES) if defines(reading.normalized(c.evidence.id), subject) else c
            for c in out
        ]
    named = query.named
    if named:  # 嫦娥六号: a passage naming only 嫦娥七号 speaks of another, whatever its headings say
        out = [
            replace(c, score=c.score - OTHER_INSTANCE) if names_another(named, reading.normalized(c.evidence.id)) else c
            for c in out
        ]
    out.sort(key=lambda c: (-c.score, c.evidence.id))
    return tuple(out)

def _lead(paragraph: int) -> float:
    """News puts the when, where and who first: 1 for a document's opening paragraph, 0 from the ninth."""
    return max(0.0, 1.0 - (paragraph - 1) / 8)
