"""Choosing the figure of a passage that answers the question.

A figure answers when it is of the asked kind, the question does not quote it, and it stands
with the question's words (:mod:`~bot.answer.figure.nearness`):

- in the figure's clause: most (falling off slowly with the characters between);
- in its sentence: less, and in a clause after the figure's less still (what a figure says is
  said of what comes before it: "…的佔99.96%，加強…等方面…達到99.8%") -- but a date governs
  what follows it until the next time expression ("1854年，克里斯蒂安尼亞的第一個火車站建成"),
  and a sentence without a date of its own
  continues the time of the one before ("1852年，馬克圖姆成為酋長。從此，杜拜...");
- a sentence away: little. "同年" and a date without a year ("同年12月9日") stand for the
  last year named before them.

Words count by how rare they are and less when the text repeats them; a word the text lacks
counts by its characters, at half (頒布 for 公布: the meaning is often in one of them); the word right after a
count is what it counts ("8821家“共富工坊”") and weighs double. How well the figure's kind,
measure word, dimension (an area, an age) and date detail (a year, a month) fit the question
weighs it up or down (:mod:`~bot.answer.figure.fitness`); a range's end answers "until when".
:attr:`Choice.fit` says how likely the choice is the answer, by a model fitted on the dev figure
questions.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from bot.answer.figure.clauses import (
    SAID_ALIKE, as_of, base_compared, bound, compared_base, event_dated, level_asked, marked_start, other_length,
    planned, reached, year_given,
)
from bot.answer.figure.lives import life_asked, life_factor, other_end_of_life
from bot.answer.figure.before_event import before_factors, events_before
from bot.answer.figure.dated import dated_otherwise
from bot.answer.figure.deeds import deed_counted, deed_spans
from bot.answer.figure.fitness import (
    changed, contrast, described, figure_fits, kind_factor, named_before, timed_otherwise,
)
from bot.answer.figure.same_figure import bare_year, quotes, same
from bot.answer.figure.adjectives import whole_adjective
from bot.answer.figure.per_unit import per_unit
from bot.answer.figure.embedded import own_spans
from bot.answer.figure.referred import referred
from bot.answer.figure.remainder import remainder
from bot.answer.figure.named_part import named_part
from bot.answer.figure.scaled import below_scale, scale_reached
from bot.answer.figure.date_bounds import date_bound
from bot.answer.figure.numbered import other_numbered, other_ordinal
from bot.answer.figure.other_counted import OTHER_COUNTED, counts_other_noun, other_spans
from bot.answer.figure.persons_only import persons_only, things_for_persons
from bot.answer.figure.parts import part_of, whole_named, whole_of_part
from bot.answer.figure.running_total import running_total
from bot.answer.figure.shares import share_said
from bot.answer.figure.targets import target_met
from bot.answer.figure.time_bound import time_bound
from bot.answer.figure.candidates import candidate_figures
from bot.answer.figure.holder_counted import counts_holder
from bot.answer.figure.counted_after import counts_noun_after
from bot.answer.figure.qualifier import age_qualifies, qualifies_counted
from bot.answer.figure.firsts import EARLIEST, first_said, first_year
from bot.answer.figure.occasions import doers_counted
from bot.answer.figure.directions import other_direction
from bot.answer.figure.most import most_written
from bot.answer.figure.own_measure import OWN_COUNTED, OWN_MEASURE, own_measure
from bot.answer.figure.nearness import Layout, Spot, closeness, layout
from bot.answer.figure.changed_alike import changed_alike
from bot.answer.figure.changes_from import changed_from
from bot.answer.figure.elided import elided_other
from bot.answer.figure.relative_periods import other_period
from bot.answer.figure.respective import respective_factors
from bot.answer.figure.things_before import thing_before
from bot.answer.figure.verb_dated import dated_by_verb, event_verbs, other_deed, verb_dated
from bot.answer.figure.years import OTHER_DYNASTY, dynasty_asked, of_years, other_end
from bot.answer.figure.then_now import after_event, event_itself, exceeded_base, former, present, superseded
from bot.answer.figure_words import SHARE_NAMES
from bot.question import QuestionInfo
from bot.question.changes import CHANGE_VERBS
from bot.question.units import unit_matches
from index.figures import Figure, passage_figures
from index.normalize import aligner_for, normalize
from bot.answer.figure.asked_event import event_words, longest_first
from index.search import Index

SINGLE_CHARACTER = 0.3  # a one-character word counts this share (it often stands inside another word)
REPEATED = 0.5  # a word the text repeats n times counts 1/n**REPEATED (the topic tells figures apart less)
COUNTED = 2.0  # a word right after a count figure is what it counts: it weighs this much more
COUNTED_GAP = 3  # ... at most this many characters after it (quotes, a modifier)
TOPIC = 0.3  # a word the headings hold (the document's topic) tells its figures apart this much
#: An English word's translation that stands for it less than this (a dictionary's guess: 财政 for
#: "public") is not taken as what an amount of money right beside it counts: its nearness is not doubled.
GUESSED = 0.5
#: How much of its English verb a translation stands for to be taken as the verb itself (创制 for
#: "create": a 其中 part it names is the one asked).
OWN_SHARE = 0.5
PART_OF_WORD = 0.5  # a word's characters, where the word itself is not in the text, count this share of it
_GRAMMAR_CHARACTERS = frozenset("的了是在有和與与於于之其為为也都而及以被將将從从到")
#: what breaks a count from the word after it: a figure, a mark, or a preposition or verb
#: ("分兩批*在*全省黨員中": 黨員 is not what 兩批 counts)
_NOT_COUNTED_GAP_RE = re.compile(r"[\d，,。；;：:！？!?、（）()在于於对對向从從由被把将將为為是有位居]")  # 65枚位列金牌榜: a rank
#: Where a count whose noun stands right before it ends: its clause, or its item of a list.
_COUNT_END_RE = re.compile(r"[，,。；;：:！？!?﹔、]")

#: Coefficients of :attr:`Choice.fit` -- written by ``python -m tests.fit_figure`` (review the diff).
FIT = {'together': 2.5779, 'factor': 0.7257, 'lead': 1.0204, 'bias': -2.9823}


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


def choose_figure(
    text: str, words: Sequence[str] | Mapping[str, float], index: Index, info: QuestionInfo, topic: str = ""
) -> tuple[Figure | None, float]:
    """The figure of ``text`` that answers the question, and how likely it does (0..1).

    ``words``: the question's search terms, or a map of each to how much it stands for its
    word (1 for the word itself, less for a sub-word or a dictionary alternative); ``topic``:
    the normalised headings above the text (a word they hold is the whole document's topic).
    """
    choice = choose(text, words, index, info, topic)
    return (None, 0.0) if choice is None else (choice.figure, choice.fit)


def choose(
    text: str, words: Sequence[str] | Mapping[str, float], index: Index, info: QuestionInfo, topic: str = ""
) -> Choice | None:
    """:func:`choose_figure`, with what the choice was made from."""
    candidates = candidate_figures(text, info)
    if info.counted:  # 设有修补点的社区达到1,126个, for 多少个修补点: so many 社区
        # ... and 65歲以上長者, for 多少長者: an age of whom is counted
        candidates = [f for f in candidates if not counts_holder(text, info, f, list(words)) and not qualifies_counted(text, info, f)]
    if info.noun_after:  # 覆盖全市9个区县, for 多少个助浴点: so many 区县
        candidates = [f for f in candidates if not counts_noun_after(text, info, f, index.tokenizer)]
    if info.english and info.kind == "count" and info.dimension != "age":  # "how many older people": not 60岁以上…老人's 60岁
        candidates = [f for f in candidates if not age_qualifies(text, info, f)]
    if not candidates:
        return None
    shape = layout(text)
    weighted = _word_spots(text, shape, words, index, info, topic)
    terms = [term for term in words if not term.isascii()]
    # an English count's verbs' own translations (half their weight or more), not a dictionary's guesses
    own = [t for t in terms if t in info.verbs and (not isinstance(words, Mapping) or words[t] >= OWN_SHARE)] if info.kind == "count" else []
    deeds = deed_spans(text, own) if own else frozenset()
    # ... and any of an English question's own translations, which may open a 其中 part (其中县财政…)
    owners = [t for t in terms if not isinstance(words, Mapping) or words[t] >= OWN_SHARE] if info.english and not info.total else []
    # ... a date the question quotes names its item too (7月、8月及9月…分別為…: 8月份 asks the second)
    listed = respective_factors(text, candidates, [*terms, *(q.text.removesuffix("份") for q in info.quoted if q.kind == "date")])
    verbs, subjects = event_words(words, index, info)
    total = sum(w for _, w, _ in weighted) or 1.0
    asked = None if info.english else "".join(normalize(t) for t in terms)
    earliest = first_year(info, candidates)
    dynasty = dynasty_asked(asked) if asked and info.kind == "date" else None  # 明代在哪一年重建
    nouns = [t for t in info.counted_phrase if len(t) == 1]  # 几个州: 州 (a count by a measure word of things)
    if info.english:  # "how many rows": 56排, a measure word the figure reader does not take as one
        nouns += [u for u in sorted(info.units) if len(u) == 1]
    life = info.kind == "date" and not info.english and any(life_asked(t) for t in terms)  # 哪一年去世
    bare_years = {int(q.text) for q in info.quoted if info.english and bare_year(q)}
    tagged = event_verbs(index, info.verbs) if info.verbs and info.kind == "date" else ()  # "launched": 启动
    # ... and the dates it ties, once one is: another verb's date (生于1533年, beside 1555年乡试落第) is no answer
    tied = {f.start for f in candidates if f.kind == "date" and dated_by_verb(aligner_for(text).normalized, f, tagged, terms)} if tagged and info.english else set()
    # 工程启动前有几个: the figure whose clause writes the time before 启动, not the year's since
    before = before_factors(text, info, candidates, events_before(terms)) if "前" in words else {}
    # a bare number right after a question's word is that word's value (规模7.2) -- but in an English
    # count of a thing the text names, only the thing's (女工多达310人 asked: not 茶叶约7800担, the tea's)
    valued = terms
    if info.english and info.kind == "count" and info.counted and info.counted in normalize(text):
        valued = [term for term in terms if info.counted in term]
    scale_units = scale_reached(info, candidates)  # "in hundred millions of yuan": the units some figure reaches it in
    others = other_spans(text, shape, info, candidates, _counts)  # "meal points for elderly villagers": not 9个乡镇
    scored = []
    for figure in candidates:
        spots = shape.figure_spots(figure, day_asked=info.date_part in ("m", "md", "d"))
        counts_other = False
        date = figure.kind == "date"
        # a word right after a figure is what it counts -- unless the question names another measure word
        counting = info.unit is None or unit_matches(info.unit, figure.unit, info.units)
        # ... nor, for an English count of persons whose noun no term translates (only their measure
        # words are asked: "how many passengers"), a count in a measure word of things (渡船4艘)
        counting = counting and not persons_only(info, figure, text)
        together = 0.0
        for places, weight, share in weighted:
            near = 0.0
            for word in places:
                for spot in spots:
                    near = max(near, closeness(shape, word, spot, date))
            # ... an amount of money by a dictionary's guess of an English word no more than weighed
            # (财政 for "public": 其中市级财政1.2亿元 -- money counts no noun; the word names whose it is)
            guessed = info.english and share < GUESSED and figure.dimension == "money"
            if others and counting and any(counts_other_noun(text, figure, w, others, _counts, index.tokenizer) for w in places):
                counts_other = True  # (its nearness not doubled: it counts another thing the question names)
            elif counting and not guessed and any(_counts(text, figure, word, info.kind == "percent" and not info.english) for word in places):
                near *= COUNTED if not _modified(text, figure, places, asked) else MODIFIED_COUNTED
            elif counting and not guessed and figure.kind == "count" and _changed(text, figure, places, asked):
                near *= COUNTED  # 热线坐席由上年的48个增至64个: the 坐席 went from 48 to 64
            elif deeds and figure.kind == "count" and any(deed_counted(text, figure, word, deeds) for word in places):
                near *= COUNTED  # "how many times have they won": 赢得5次冠军, the deed asked
            together += weight * near
        together /= total
        factor = kind_factor(info, figure) * contrast(text, shape, info, figure) * (OTHER_COUNTED if counts_other else 1.0)
        factor *= max(described(text, info, figure), named_before(text, figure, valued))
        factor *= changed(text, info, figure) * listed.get(figure.start, 1.0) * per_unit(text, info, figure)
        factor *= superseded(text, info, figure, terms) * dated_otherwise(text, info, figure) * year_given(text, info, figure)
        factor *= part_of(text, figure, terms, info.quoted, info.english, info.part, own, owners) * marked_start(text, info, figure, verbs) * planned(text, figure, terms, info.plan)
        factor *= compared_base(text, figure, terms) * timed_otherwise(text, shape, figure, terms) * base_compared(text, figure, asked)
        factor *= level_asked(text, info, figure, terms) * as_of(text, info, figure, terms) * former(text, info, figure)
        factor *= exceeded_base(text, info, figure)  # "total investment": not the plan's 8.2亿元 it exceeded by 17.6%
        factor *= present(text, info, figure, terms) * target_met(text, info, figure, terms)
        dated = event_dated(text, info, figure, verbs, subjects)  # ... or an English verb's translation (启动)
        factor *= other_length(text, info, figure) * (dated if dated != 1.0 else verb_dated(text, info, figure, tagged, terms))
        factor *= reached(text, info, figure)
        if tied and figure.start not in tied:
            factor *= other_deed(aligner_for(text).normalized, figure, tagged)
        if info.english and date:  # "when did the railway open": not 1949年以后修建的…
            factor *= date_bound(aligner_for(text).normalized, info, figure)
        factor *= bound(text, info, figure) * own_measure(text, info, figure, nouns) * life_factor(text, figure, life)
        factor *= other_period(text, shape, figure, terms, info) * elided_other(text, shape, figure, terms)
        factor *= first_said(text, info, figure) * share_said(text, info, figure, asked) * other_numbered(text, figure, terms)
        factor *= other_ordinal(text, info, figure) * after_event(text, info, figure) * event_itself(text, info, figure)
        factor *= other_end(text, bare_years, figure)  # "in 1993": 从15.9% of 1993年-2005年, not 到60%
        factor *= whole_of_part(text, info.english, figure) * whole_named(text, info, figure)  # 254人中228人死亡: 228
        factor *= doers_counted(text, info, figure, terms)  # "how many trips did the buses make": not 12辆流动图书车
        factor *= other_direction(text, info, figure, terms)  # "the east chamber's length": not 北窖…內長12.3米
        factor *= most_written(text, info, figure)  # "the maximum amount": 最多可藏冰約1500噸
        factor *= thing_before(text, info, figure, terms)  # "how many people ... at the checkpoints": not 检查站396个
        factor *= before.get(figure.start, 1.0)  # 启动前…有几个: 而工程启动前全市只有786个
        factor *= running_total(text, info, figure)  # "in 2025 alone": not 截至2025年底…累计27万人次
        factor *= remainder(text, info, figure, terms)  # "central government subsidy": not 其余12.5亿元
        factor *= named_part(text, info, figure, owners)  # "the county's own budget": not the whole before 其中县级…
        factor *= below_scale(info, figure, scale_units)  # "in hundred millions of yuan": not 6600万元 beside 1.1亿元
        factor *= things_for_persons(info, figure, text)  # "how many workmen": not 钻头140余个
        factor *= time_bound(text, info, figure)  # "in the old days": 过去…58元, not 如今…降至31元
        if life:
            factor *= other_end_of_life(text, figure, terms)
        if dynasty is not None and figure.kind == "date" and "y" in figure.parts and not of_years(figure, dynasty):
            factor *= OTHER_DYNASTY  # 明代…重建: not the 元至正十二年（1352年） of its destruction
        if earliest is not None and figure.kind == "date" and figure.value == earliest:
            factor *= EARLIEST
        scored.append((together * factor, together, factor, figure))
    scored.sort(key=lambda item: -item[0])
    best_score, together, factor, best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else 0.0
    # 到哪一年為止, 最高多少: a range's end (not the range a text calls 最高); 從何時到何時: all of it
    until = info.until and not info.since
    if best.split and (until or (info.most and not _MOST_WRITTEN_RE.search(text[max(0, best.start - 8) : best.start]))):
        best = best.upper()
    lead = (best_score - runner_up) / best_score if best_score > 0 else 0.0
    return Choice(best, together, factor, lead)


#: A most the text writes itself before a range (最高每小時可達70-80公里): the range is the most.
_MOST_WRITTEN_RE = re.compile(r"最|上限|至多|高达|高達")


def _word_spots(
    text: str, shape: Layout, words: Sequence[str] | Mapping[str, float], index: Index, info: QuestionInfo,
    topic: str = "",
) -> list[tuple[list[Spot], float, float]]:
    """Where each question word found in the text stands, how much it counts (less for
    each time the text repeats it, and for the topic its headings name) and how much it stands for
    its word (its share: less for a dictionary's guess of an English word). A word the text lacks
    counts by its characters; a figure the question quotes, written in the text in any form, is
    one of its words too."""
    aligner = aligner_for(text)
    shares = words if isinstance(words, Mapping) else dict.fromkeys(words, 1.0)
    found = {term: spans for term in shares if (spans := aligner.spans(term))}
    if not info.english:  # an English question's words are translations, each of its own measure
        found = {term: own_spans(aligner, term, spans, index, shares) for term, spans in found.items()}
        found = {term: [*spans, *referred(aligner, term)] for term, spans in found.items()}
        found.update(changed_alike(aligner, info, shares))
    weighted: list[tuple[list[tuple[int, int]], float, float]] = [
        (found[term], _weight(index, info, term, shares[term]) * (TOPIC if term in topic else 1.0), shares[term])
        for term in longest_first(list(found))
    ]
    if info.english:  # "the *short*-range ones": 射程较短, an English adjective's own character, whole
        weighted = [
            whole_adjective(text, term, entry, OWN_SHARE, SINGLE_CHARACTER) for term, entry in zip(longest_first(list(found)), weighted)
        ]
    # a word the text does not hold may still be there in meaning: its characters (頒布 ~ 公布)
    absent = [
        term for term in shares if term not in found and len(term) >= 2 and not term.isascii() and term not in SHARE_NAMES
    ]
    for term in longest_first(absent):
        alike = next((group for group in SAID_ALIKE if term in group), ()) if not info.english else ()
        said = [span for other in alike for span in aligner.spans(other)]
        if said:  # 何时创建: 创立于1920年 says it in another word
            weighted.append((said, _weight(index, info, term, shares[term]) * SAID_OTHERWISE, shares[term]))
            continue
        for ch in set(term) - _GRAMMAR_CHARACTERS:
            if spans := aligner.spans(ch):
                weighted.append((spans, index.informativeness(ch) * PART_OF_WORD * shares[term] / len(term), shares[term]))
    for quoted in info.quoted:
        spans = [(f.start, f.end) for f in passage_figures(text) if same(quoted, f)]
        written = normalize(quoted.text) if spans else ""
        if spans and not any(written in term for term in found):
            weighted.append((spans, index.informativeness(written), 1.0))
    return [([shape.spot(*span) for span in spans], weight / len(spans) ** REPEATED, share) for spans, weight, share in weighted]


#: How much a question's verb counts where the text says it in another word of the same meaning.
SAID_OTHERWISE = 0.7


def _weight(index: Index, info: QuestionInfo, term: str, share: float) -> float:
    """How much a question word counts in choosing a figure: rarer words more, the thing a
    count question counts and the change a question asks about most, a lone character (often part
    of another word) little."""
    weight = index.informativeness(term) * share
    if term == info.counted or (info.change is not None and term in CHANGE_VERBS[info.change]):
        weight *= 3.0  # the thing counted; the change asked about (增长了多少)
    if len(term) == 1:
        weight *= SINGLE_CHARACTER
    return weight


#: ... and this much when a modifier the question does not write stands between (65.7萬名流動黨員
#: for how many 黨員, beside 433.6萬名黨員): it counts a kind of them.
MODIFIED_COUNTED = 1.4


def _modified(text: str, figure: Figure, places: Sequence[Spot], asked: str | None) -> bool:
    """Whether Chinese characters the question does not write stand between the count and the
    word it counts (流動 in 65.7萬名流動黨員, asked 多少黨員; not 的). Not for a question with
    English words: their translations do not say which modifiers the reader wrote."""
    spot = next(
        (w for w in places
         if 0 < w.start - figure.end <= COUNTED_GAP and not _NOT_COUNTED_GAP_RE.search(text[figure.end : w.start])),
        None,
    )  # not the next item's word (教授1,180人、副教授: 副 modifies no 教授 that 1,180人 counts)
    if spot is None or asked is None:
        return False
    between = normalize(text[figure.end : spot.start])
    return any("\u4e00" <= ch <= "\u9fff" and ch not in asked and ch not in _PARTICLES for ch in between)


def _changed(text: str, figure: Figure, places: Sequence[Spot], asked: str | None) -> bool:
    """Whether a word of the question stands right before the 由 of a change the count figure
    starts or ends, as its clause's subject (坐席 of 热线坐席由上年的48个增至64个): what both figures
    count -- unless characters the question does not write modify it (运营车站由78座增加到101座,
    asked 几座车站: stations of another kind, or of all lines). For a question with English words
    (``asked`` None) no modifier is judged, as :func:`_modified` judges none: its translations do
    not say which modifiers the reader wrote ("rice-fish co-operatives": 稻渔专业合作社由去年的48家
    增加到103家 counts them as surely as 37家企业和合作社 does)."""
    for word in places:
        if word.end - word.start >= 2 and changed_from(text, word.end, figure):
            start = max(text.rfind(end, 0, word.start) for end in "，,。；;：:！？!?、") + 1
            modifier = normalize(text[start : word.start])
            return asked is None or not any("\u4e00" <= ch <= "\u9fff" and ch not in asked and ch not in _PARTICLES for ch in modifier)
    return False


#: Particles between a figure and what it counts or is a share of (40%的鋁, 三成之土地).
_PARTICLES = frozenset("的之")


def _counts(text: str, figure: Figure, word: Spot, share_asked: bool = False) -> bool:
    """Whether the word is what a count figure counts: right after it ("8821家“共富工坊”",
    "2887期讀書班"), or right before it when it ends the clause ("解決問題5571個，"); or, when a
    share is asked, what a share is of, right after its 的 (提供6.5%的電力以及40%的鋁: 40% is the
    aluminium's share -- though 80%的面積 is no area; not for an English question, whose
    translations do not say which word the share is of)."""
    if figure.kind == "percent":
        return share_asked and text[figure.end : word.start] in _PARTICLES
    if figure.kind not in ("count", "number") or word.end - word.start < 2:
        return False
    if 0 <= word.start - figure.end <= COUNTED_GAP:
        return not _NOT_COUNTED_GAP_RE.search(text[figure.end : word.start])
    # ... or before it in a list (金牌86枚、银牌71枚: each medal's count after its name)
    return word.end == figure.start and (figure.end == len(text) or _COUNT_END_RE.match(text, figure.end) is not None)


__all__ = ["FIT", "OWN_COUNTED", "OWN_MEASURE", "Choice", "choose", "choose_figure", "event_words", "figure_fits", "kind_factor", "longest_first", "own_measure", "quotes"]
