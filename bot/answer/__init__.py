"""Answering: question → search terms → ranked passages → shown, and how surely → the figure.

:func:`answer_question` is pure: it reads an :class:`~index.search.Index` and returns an
:class:`Answer` value. It knows nothing of Telegram or the console; formatters render it.

The steps, one module each:

1. :mod:`~bot.answer.query` reads the question: its kind (a count, a proportion, a time --
   :mod:`bot.question`), its content words and how much each counts (:mod:`~bot.answer.words`;
   English words through the index's translator, :mod:`~bot.answer.english`), the BM25 search
   terms in both fields (passage text, headings).
2. The index returns the best BM25 candidates; :mod:`~bot.answer.evidence` measures how much
   of the question each holds -- alone, with its paragraph neighbours, with its document.
3. :mod:`~bot.answer.decide` ranks them (:mod:`~bot.answer.ranked`) and decides from the best one: nothing (the documents
   do not speak of it), possibly related passages, or a confident answer -- small logistic
   models whose coefficients (:mod:`~bot.answer.fitted`) are fitted on measured data.
4. :mod:`~bot.answer.figure` picks the figure that answers a figure question: of the asked kind,
   nearest the question's words, never one the question quotes -- and only when sure.
5. :mod:`~bot.answer.window` says what is shown of each passage: it and the sentences around it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answer.first.close import moved_first
from bot.answer.attribute_elsewhere import attribute_elsewhere
from bot.answer.figure.owner_sibling import owned_by_sibling
from bot.answer.figure.whole_member import whole_for_member
from bot.answer.definition import defined_subject
from bot.answer.decide import FITTED, MARGIN_CAP, UNSURE_UNKNOWN, Models, Signals, figure_found
from bot.answer.english import ENGLISH_CONFIDENT, EnglishWords
from bot.answer.english.shown import as_written
from bot.answer.english.basics import wholly_english
from bot.answer.english.absent_vouched import absent_read, absent_vouched
from bot.answer.english.clause_held import figure_clause_held
from bot.answer.english.dimension_held import dimension_held
from bot.answer.english.doubt import count_found
from bot.answer.english.measure_vouched import measure_vouched
from bot.answer.english.present_unsaid import present_unsaid
from bot.answer.english.surely_found import nothing_surely_found
from bot.answer.english.gates import english_birth, english_order, english_refused, english_undated
from bot.answer.english.refusal_answered import refusal_answered, with_figure
from bot.answer.english.framed_deed import framed_deed_unwritten
from bot.answer.english.which_most import which_most_asked
from bot.answer.english.spelled_digits import count_asked_instead
from bot.answer.events import dates_another_event, event_not_written, life_not_dated
from bot.answer.evidence import Evidence, document_cover, gather, unknown_share, word_found
from bot.answer.english.totals import total_uncounted
from bot.answer.figure import choose_figure
from bot.answer.figure.change_owner import change_of_another
from bot.answer.figure.fitness import counts_other, level_for_change
from bot.answer.first.order import put_first
from bot.answer.date_before import date_before
from bot.answer.ranked import Candidate, rank_candidates
from bot.answer.instances import another_instance, names_instance, numbered_otherwise
from bot.answer.measure_unwritten import OTHER_ASKING_RE, measure_not_counted
from bot.answer.one_price import one_price_unwritten
from bot.answer.per_one_sum import asks_for_one, sum_for_one
from bot.answer.model import Answer, AnswerSettings, PassageResult, Translation, WeightedWord
from bot.answer.persons import subject_elsewhere
from bot.answer.query import Query, read_question
from bot.answer.reading import Reading
from bot.question import QuestionInfo
from bot.answer.window import shown_text, window_text
from bot.answer.year_given import of_another_year, year_not_given
from bot.answer.apart import written_apart
from index.fields import HEADING
from index.figures import passage_figures
from index.normalize import normalize
from index.search import Index

#: A figure this fitting is shown even beside possibly related passages (its fit is the chance a
#: passage's figure answers, :attr:`bot.answer.figure.Choice.fit`; on the dev figure questions,
#: 9 in 10 of the figures shown from 0.3 rather than 0.9 are right).
FIGURE_SURE = 0.3
#: ... and a figure this little fitting is not shown even beside a passage the engine is sure of
#: (要花多少錢: 30% of another clause, fit 0.06): the passage answers, its figure does not. On the
#: dev data, 17 of the 22 figures it withholds were wrong (DRCD dev 8 of 11, CMRC trial 1 of 2,
#: the written sets' 8 of 9).
FIGURE_DOUBTED = 0.1
#: :data:`FIGURE_SURE` for a wholly English question: its fit runs lower for the same evidence (its
#: words stand by translations sharing their weight), its figure's sort has its own gates
#: (english_refused). Not for a Chinese question naming something in Latin letters: on DRCD dev,
#: 「TAIPEI 101 MALL」在哪一年開幕營運 with its article removed showed 2010年12月27日 at 0.25.
ENGLISH_FIGURE_SURE = 0.25


def figure_shown(fit: float, confident: bool, english: bool, wholly_english: bool = False) -> bool:
    """Whether the best passage's figure, this fitting, is shown as the direct answer: beside
    possibly related passages from :data:`FIGURE_SURE` (:data:`ENGLISH_FIGURE_SURE` for a wholly
    English question), beside a passage the engine is sure of from :data:`FIGURE_DOUBTED` (always,
    for a question read through translations: its figures have their own gates)."""
    if not confident:
        return fit >= (ENGLISH_FIGURE_SURE if wholly_english else FIGURE_SURE)
    return english or fit >= FIGURE_DOUBTED


@dataclass(frozen=True)
class Considered:
    """An answer with everything it was decided from (for fitting and for tests)."""

    query: Query
    candidates: tuple[Candidate, ...]  # best first
    signals: Signals | None
    answer: Answer


def answer_question(index: Index, question: str, settings: AnswerSettings | None = None) -> Answer:
    """Answer ``question`` from ``index``: ranked passages, how surely, and the figure asked for."""
    return consider(index, question, settings).answer


def consider(
    index: Index, question: str, settings: AnswerSettings | None = None, models: Models = FITTED
) -> Considered:
    """:func:`answer_question`, keeping the evidence (``models``: other coefficients, for fitting)."""
    settings = settings or AnswerSettings()
    query = read_question(index, question)
    nothing = Answer(query.question, query.info.kind, None, (), query.translations)
    # "how many *shards* bearing the 'Fengqi' mark": an absent word, vouched for by a clause (absent_vouched)
    vetoed = bool(query.words) and absent_read(query)
    if not query.words or (query.absent and not vetoed):
        return Considered(query, (), None, nothing)
    hits = index.search(query.terms, settings.candidates)
    reading = Reading(index)
    candidates = rank_candidates(reading, query, gather(reading, query, hits), models)
    if not candidates:
        return Considered(query, (), None, nothing)
    if not all(any(_holds(reading, c.evidence, phrase) for c in candidates) for phrase in query.phrases):
        return Considered(query, candidates, None, nothing)  # it quotes a name no document holds
    if _defines_unwritten(index, reading, query, candidates):
        return Considered(query, candidates, None, nothing)  # 專屬經濟區指的是什麼: no passage writes it
    if query.phrases:  # 「八八戰略」是哪一年提出的: passages naming what it quotes come first
        candidates = tuple(sorted(candidates, key=lambda c: not all(_holds(reading, c.evidence, p) for p in query.phrases)))
    if query.numbered:
        texts = [reading.normalized(j) for c in candidates for j in range(c.evidence.first, c.evidence.last + 1)]
        if any(names_instance(numbered, texts) is False for numbered in query.numbered):
            return Considered(query, candidates, None, nothing)  # 第一届: they speak of the 第二屆 only
    candidates, source_unsure = english_order(index, reading, query, candidates)  # "who wrote the ... piece"
    candidates = put_first(reading, query, candidates)
    if not candidates or (vetoed and not absent_vouched(reading, query, candidates[0])):
        return Considered(query, candidates, None, nothing)
    signals = _signals(reading, query, candidates)
    shown = models.is_shown(signals) and not only_numbers_found(reading, query, candidates[0].evidence)
    found = (
        not shown and query.info.wants_figure and not query.translations  # English: count_found
        and figure_found(candidates[0].features, signals, max(c.evidence.window for c in candidates))
    )
    # English: "how many disputes ... grid ... resolve": 網格排查化解矛盾2.7萬余起 holds its words
    counted = not shown and not found and count_found(reading, query, candidates[0])
    held = not shown and not found and not counted and (
        figure_clause_held(reading, query, candidates[0])
        or dimension_held(reading, query, candidates[0])  # "How deep is the Qikeng shaft": 920米
    )
    if not shown and not found and not counted and not held:
        return Considered(query, candidates, signals, nothing)
    if count_not_written(query, candidates[0]):
        return Considered(query, candidates, signals, nothing)  # 多少个海岛: no number of them there
    if measure_not_counted(reading, query, candidates[0].evidence, candidates[0].figure) or one_price_unwritten(
        normalize(query.text), query.info, window_text(reading, candidates[0].evidence), candidates[0].figure
    ):  # 多少种蔬菜: its document counts none so; 一张年画卖多少钱: 出资2,600两 prices nothing
        return Considered(query, candidates, signals, nothing)
    if asks_for_one(normalize(query.text), query.info) and sum_for_one(
        normalize(query.text), query.info, window_text(reading, candidates[0].evidence), candidates[0].figure
    ):  # 人均消费多少元: 带动消费9.3亿元 is a sum of all
        return Considered(query, candidates, signals, nothing)
    if event_not_written(index, query, candidates[0].features.lacks):
        return Considered(query, candidates, signals, nothing)  # 哪天进驻: no document tells of it
    refused = english_refused(reading, query, candidates[0])
    released = refusal_answered(reading, query, candidates[0]) if refused else None
    if refused and released is None:
        return Considered(query, candidates, signals, nothing)  # English: no figure counts what is asked
    if released is not None:  # "how many vats ... today": 今存清代原缸218口, though the chosen figure counted none
        candidates, held = (with_figure(candidates[0], released.figure), *candidates[1:]), True
    confident = shown and models.is_confident(signals)
    if query.english_sure < ENGLISH_CONFIDENT:  # a weak translation is never sure (english)
        confident = False
    if confident and present_unsaid(reading, query, candidates[0]):
        confident = False  # "how many households *now* keep bees": no figure said to be of the present
    if confident and measure_vouched(reading, query, candidates[0]):
        confident = False  # "in how many *areas*": 9个方面 counts another thing, its clause the question's words
    if source_unsure or vetoed or released is not None:
        confident = False  # "who wrote the Xinhua piece": a byline of a document saying no source
    if confident and signals.unknown >= UNSURE_UNKNOWN:
        confident = False  # much of what it asks is in no document
    another = another_instance(reading, query, candidates[0].evidence)
    confident = confident and not another  # 天衡一号's payload asked: the passage gives 天衡二号's only
    undated = year_not_given(reading, query, candidates[0].evidence)
    confident = confident and not undated  # 2024年营业收入: the passage gives another year's
    best = count_asked_instead(reading, query, candidates[0])  # "at least one topic": 1個 is its own
    candidates = (best, *candidates[1:])
    # ... and the figures of a report on another year are that year's
    figure = None if undated and of_another_year(reading, query, best.evidence) else best.figure
    if figure is not None and (another or numbered_otherwise(reading, query, best.evidence)):
        figure, confident = None, False  # 第三水厂's capacity asked: 第二水厂's is no answer
    if figure is not None and attribute_elsewhere(reading, query, best.evidence, best.features.fit):
        figure, confident = None, False  # 澹云寺门票多少钱: 門票 is another document's
    if figure is not None and owned_by_sibling(reading, query, best.evidence, window_text(reading, best.evidence), figure):
        figure, confident = None, False  # 小麦播种面积: 粮食播种面积315.6万亩 is another item's
    if figure is not None and not query.info.english and whole_for_member(
        normalize(query.text), window_text(reading, best.evidence), figure, index.tokenizer.words
    ):
        figure, confident = None, False  # 石滩街市有多少个档位: 全区街市…5,274个 is all the markets'
    if figure is not None and dates_another_event(index, query, window_text(reading, best.evidence), figure):
        figure, confident = None, False  # 习近平是哪一年出生的: 2023年9月 dates a visit
    if figure is not None and subject_elsewhere(reading, query, [c.evidence for c in candidates]):
        figure, confident = None, False  # 卡特是第几任总统: 第36任 is 強森's; 卡特's passages are others
    if figure is not None and life_not_dated(query, window_text(reading, best.evidence), figure):
        figure, confident = None, False  # 渠成的生日是几月几号: 2010年3月 dates a loan to a club
    life_undated = figure is not None and english_undated(reading, query, best, figure)
    if life_undated:
        figure, confident = None, False  # "When was Luo Baoming born": 1969年5月 dates his first job
    if figure is not None and which_most_asked(query.question):
        figure = None  # "Which district has the largest number of parks": the district, not 108个
    if figure is not None and total_uncounted(query.question, query.info, figure):
        figure, confident = None, False  # "what is the total cold-storage capacity": not 3860辆
    if figure is not None and not query.translations and level_for_change(window_text(reading, best.evidence), query.info, figure):
        # 比上年提高了多少: 覆蓋率達85.7% is the level, not the change -- the passage speaks of it
        # but does not say (Chinese only: an English "falls" may be rain's)
        figure, confident = None, False
    if figure is not None and change_of_another(window_text(reading, best.evidence), query.info, figure, query.text):
        figure, confident = None, False  # 急诊量增长了多少: 門診量…成長6.8% is another amount's change
    if figure is not None and framed_deed_unwritten(index, query, window_text(reading, best.evidence), figure):
        # "members disciplined during the campaign": 433.6萬名黨員在…中 增強了 counts those the event
        # held, not those the deed was done to -- the count asked is not given (as count_not_given)
        return Considered(query, candidates, signals, nothing)
    if figure is not None and not figure_shown(
        best.features.fit, confident, bool(query.translations), wholly_english(query.question)
    ) and not (held and figure is best.figure and best.features.fit >= FIGURE_DOUBTED):
        figure = None  # (shown for its clause: the figure the question's words stand beside)
    born = english_birth(reading, query, candidates)
    if born is None and life_undated:  # ... and no candidate writes his life span: it is not given
        return Considered(query, candidates, signals, nothing)
    if born is not None:  # "When was Wei Siheng born": 韦思衡（1928年3月14日—2016年11月2日）
        best, figure = candidates[born[0]], born[1]
        candidates = moved_first(candidates, born[0])
    if figure is None and query.info.kind == "date" and best.features.lacks and not query.translations:
        earlier = date_before(reading, query, best)
        if earlier is not None:  # 哪個月來浙江考察: the visit's date, in the paragraph before
            figure, best = earlier
            candidates = (best, *candidates[1:])
    if figure is None and wholly_english(query.question) and nothing_surely_found(reading, query, best):
        return Considered(query, candidates, signals, nothing)  # "chess openings": 好 and 开 only, single characters
    results = _results(reading, candidates, settings)
    if figure is None and confident and counts_only_others(results[0].text, query.info):
        confident = False  # it names what is asked to be counted, but counts other things only
    translations = query.translations
    if translations:
        translations = as_written(translations, results[0].text)
    answer = Answer(query.question, query.info.kind, figure, results, translations, confident=confident)
    return Considered(query, candidates, signals, answer)


def _signals(reading: Reading, query: Query, candidates: Sequence[Candidate]) -> Signals:
    best = candidates[0]
    doc = reading.place(best.evidence.id)[0]
    other = next((c.score for c in candidates if reading.place(c.evidence.id)[0] != doc), None)
    margin = MARGIN_CAP if other is None else min(MARGIN_CAP, best.score - other)
    return Signals(
        margin=margin,
        window=best.evidence.window,
        document=document_cover(reading, query, best.evidence),
        heading=best.evidence.heading,
        unknown=unknown_share(reading, query, [c.evidence for c in candidates[:10]]),
    )


def only_numbers_found(reading: Reading, query: Query, evidence: Evidence) -> bool:
    """Whether the only words of a figure question the best passage holds are dates' numbers and
    the words of time after them (2025年全国新生儿出生人数是多少: 2025, 年): a year names no topic,
    and the documents do not speak of what is asked (8821是什么数字: a number quoted alone does)."""
    question = normalize(query.text)
    if not query.info.wants_figure or not _DATED_RE.search(question):
        return False  # (most questions name no date: nothing to read)
    terms = {t.removeprefix(HEADING) for t in evidence.hit.matched}
    texts = [reading.heading(evidence.id), *(reading.normalized(j) for j in range(evidence.first, evidence.last + 1))]
    found = [w.variants[0] for w, m in zip(query.words, query.matchers) if word_found(m, terms, texts) > 0]
    dated = {n for n in found if re.search(f"(?<![\\d.]){re.escape(n)}[{''.join(_TIME_WORDS)}]", question)}
    return bool(found) and all(word in dated or word in _TIME_WORDS for word in found)


#: Words of time a number goes with (2025年, 3月): found beside a number, they name no topic.
_TIME_WORDS = frozenset("年月日号")
_DATED_RE = re.compile(r"\d[年月日号]")


def counts_only_others(text: str, info: QuestionInfo) -> bool:
    """Whether a count question's best text names the thing asked to be counted, and its counts
    of things all count something else ("包村聯社以後建了多少家老年食堂": 2.5萬名鎮街干部包村聯社,
    用心辦好老年食堂): the documents speak of it but do not say how many -- possibly related."""
    return any(counts_other(text, info, figure) for figure in passage_figures(text))


def _defines_unwritten(index: Index, reading: Reading, query: Query, candidates: Sequence[Candidate]) -> bool:
    """Whether a question asking what a term is (专属经济区指的是什么: the term one word of the
    question) names one that no candidate passage, nor any passage holding its characters,
    writes: the documents do not speak of it, whatever of its parts they hold (经济, 区)."""
    subject = defined_subject(normalize(query.text))
    if subject is None or query.translations or not any(w.variants[0] == subject for w in query.words):
        return False  # 胜利广场周围地区现在是什么: a state asked of several words, not a term's meaning
    if any(subject in reading.normalized(j) for c in candidates for j in range(c.evidence.first, c.evidence.last + 1)):
        return False
    return not written_apart(index, subject)


def _holds(reading: Reading, ev: Evidence, phrase: str) -> bool:
    """Whether the candidate's window, or the headings above it, write ``phrase``."""
    if any(phrase in reading.normalized(j) for j in range(ev.first, ev.last + 1)):
        return True
    return phrase in reading.heading(ev.id)


def count_not_written(query: Query, best: Candidate) -> bool:
    """Whether a question asking only how many (多少个海岛; no 哪, 谁, 什么 beside it) or at what
    time of day (几点开门) finds no figure that could answer it in its best passage and the
    sentences around it: the documents speak of the topic but never give the number -- nothing,
    rather than a passage that does not answer. (Chinese questions: English ones have
    :func:`count_not_given`.)"""
    return (
        query.info.kind in ("count", "time") and best.features.lacks > 0 and not query.translations
        and OTHER_ASKING_RE.search(normalize(query.text)) is None
    )


def _results(reading: Reading, candidates: Sequence[Candidate], settings: AnswerSettings) -> tuple[PassageResult, ...]:
    """What is shown: the best candidates' windows, none shown twice; after the first, only
    passages holding ``settings.min_coverage`` of the question."""
    out: list[PassageResult] = []
    seen: set[int] = set()
    for n, candidate in enumerate(candidates):
        ev = candidate.evidence
        if ev.id in seen or (n > 0 and ev.window < settings.min_coverage):
            continue
        shown = shown_text(reading, ev.id, ev.first, ev.last)
        seen |= shown.whole
        out.append(_result(reading, ev, shown.text))
        if len(out) >= settings.max_results:
            break
    return tuple(out)


def _result(reading: Reading, ev: Evidence, text: str) -> PassageResult:
    return PassageResult(
        passage=reading.passage(ev.id),
        text=text,
        score=ev.hit.score,
        figures=passage_figures(text),
        matched=tuple(t for t in ev.hit.matched if not t.startswith(HEADING)),
    )


__all__ = [
    "Answer", "AnswerSettings", "Considered", "EnglishWords", "PassageResult", "Translation",
    "WeightedWord", "answer_question", "choose_figure", "consider",
]
