"""The steps of answering that only a wholly English question takes, in the order it meets them.

A Chinese question is ranked, shown and trusted by the fitted models and the Chinese gates in
:func:`bot.answer.consider`. An English one is read through translations, which make a question
look better covered than it is and lose what grammar says ("how *much*", "who *wrote*", "*born*"),
so it passes a few more steps, each in a module of its own and gathered here:

1. :func:`english_order` -- who wrote a text: the document its named source says first
   (:mod:`~bot.answer.english.sources`), a byline before a passage telling of a reporter; how
   many: a passage whose figure counts what is asked before a best one that would be refused,
   and one whose figure is written per the period asked ("per second":
   :mod:`~bot.answer.english.rates`); when: one whose date the question's verb follows
   (2021年3月動工 for "when did work start": :mod:`~bot.answer.english.dated`);
2. :func:`english_refused` -- nothing, though the models would show something: no figure that
   counts what is asked, a tier for a thing counted otherwise, an amount measured otherwise,
   people asked but things counted (or things asked by their measure word only and others
   counted), a rate per period the passage never gives (:mod:`~bot.answer.english.doubt`,
   :mod:`~bot.answer.english.dimensions`);
3. :func:`english_undated` -- a birth or death asked, the figure chosen dating something else;
4. :func:`english_birth` -- a birth asked: the first date of the life span after the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.answer.first.close import close_first
from bot.answer.english.basics import wholly_english
from bot.answer.english.counted_place import counts_other_named
from bot.answer.english.counted_unwritten import counted_unwritten
from bot.answer.english.births import asks_birth, born_at, life_undated
from bot.answer.english.dimensions import measured_otherwise
from bot.answer.english.one_priced import one_price_unwritten
from bot.answer.english.labels import AMOUNTS, numbering_figure
from bot.answer.english.firms_counted import firms_of_another_thing
from bot.answer.english.doubt import (
    ENGLISH_COUNT_FOUND, count_not_given, counts_asked, degree_for_counted, measure_not_written, people_counted_as_things,
    share_for_people, things_counted_as_people, things_counted_otherwise,
)
from bot.answer.english.doer_deed import doer_deed_first
from bot.answer.english.first_done import first_done_first
from bot.answer.english.dated import dated_first
from bot.answer.english.dateline import dateline_first
from bot.answer.english.event_time import event_year_otherwise
from bot.answer.english.figureless import share_first
from bot.answer.english.founded import founded_first
from bot.answer.english.founder_named import founder_dated_first, founder_first
from bot.answer.english.life_spans import deed_over_life_first
from bot.answer.english.changes import change_first
from bot.answer.english.period import period_first, start_first
from bot.answer.english.plan_asked import plan_first
from bot.answer.english.owner import owner_not_written
from bot.answer.english.of_thing import of_thing_lacking
from bot.answer.english.partitive import part_unwritten
from bot.answer.english.per_unit import unit_rate_not_given
from bot.answer.english.superlatives import rank_unwritten
from bot.answer.english.years import year_not_given
from bot.answer.english.units_misread import counted_for_measure
from bot.answer.english.unit_asked import unit_asked
from bot.answer.english.measure_vouched import measure_vouched
from bot.answer.english.persons_vouched import persons_counted
from bot.answer.english.persons_asked import things_for_persons
from bot.answer.english.asked_sorts import sort_unasked
from bot.answer.english.points import points_for_share
from bot.answer.english.present_unsaid import present_hedged
from bot.answer.english.rates import present_first, rate_first, rate_not_given
from bot.answer.english.remade import made_first
from bot.answer.english.scales import scale_first
from bot.answer.english.site_area import site_area_first
from bot.answer.english.spans import span_first
from bot.answer.english.sums import sum_first
from bot.answer.english.place_named import place_named_first
from bot.answer.english.role_named import doer_named_first, role_named_first
from bot.answer.english.name_asked import name_asked_first
from bot.answer.english.sources import by_named_source, bylines_first
from bot.answer.english.titled_person import titled_person_first
from bot.answer.english.this_time import last_year_first, this_year_first
from bot.answer.english.year_named import named_year_first
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.figures import Figure
from index.search import Index

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query


def english_order(
    index: Index, reading: Reading, query: Query, candidates: tuple[Candidate, ...]
) -> tuple[tuple[Candidate, ...], bool]:
    """The candidates of a wholly English "who" question in the order its source and its words
    say ("who wrote the People's Daily piece": that document's; "who wrote this article?": the
    byline first), and whether the first is unsure (of no document the named source says); of
    a count, the one counting what is asked first when the best would be refused
    (:func:`counted_first`); others as they are. Empty when every candidate is another source's."""
    if not wholly_english(query.question):
        return candidates, False
    # "in the 1850s": a passage telling of 2024 only gives way to one not dated otherwise
    candidates = period_first(reading, query, candidates)
    # "after the 1832 expansion": a passage writing 1832 first, not one of a document never writing it
    candidates = named_year_first(reading, query, candidates)
    # "by how much did visits *rise*": a figure written as the rise first (同比增长31.5%)
    candidates = change_first(reading, query, candidates)
    # "this year's oranges": a passage writing 今年 first, not a plan for 2027
    candidates = this_year_first(reading, query, candidates)
    # "last year": a passage writing 去年 first, not one counting the same thing in another year
    candidates = last_year_first(reading, query, candidates)
    if query.info.kind == "count":
        candidates = sum_first(reading, query, candidates)  # "in total": 共開展調研280次, not 開展走訪6604次
        # "per second": the figure written per the period first (每秒180立方公尺, not 96萬立方公尺)
        # "today": the figure of the present first (現有茶地約1860畝, not 初時僅有茶地120畝)
        # "start out with": the figure of the beginning first (初時僅有茶地120畝, not 擴展至約900畝)
        candidates = start_first(reading, query, present_first(reading, query, rate_first(reading, query, candidates)))
        candidates = scale_first(query, candidates)  # "in ten-thousands": 10.52万架次, not 296架次
        candidates = made_first(reading, query, candidates)  # "raised to set up": 集資1800兩, not 重建，耗銀2900兩
        candidates = site_area_first(reading, query, candidates)  # "what area does it cover": 佔地約780平方米, not 庫房面積95平方米
        candidates = plan_first(reading, query, candidates)  # "expected to draw": 预计年接待150万人次, not 380人
        return counted_first(reading, query, candidates), False
    if query.info.kind == "date":  # "when did work start": the date 動工 follows (2021年3月動工)
        candidates = dated_first(index, reading, query, candidates)
        # "when was the workshop set up": 創辦於道光八年（1828年）, not its founder's 1794年—1861年
        candidates = deed_over_life_first(reading, query, candidates)
        candidates = span_first(index, reading, query, candidates)  # "when did it kick off": 2023年4月至2024年1月, not 2023年9月
        # "when did the pilot get under way": 于去年12月9日…启动, not the dateline's 本报讯 12月16日
        candidates = dateline_first(index, reading, query, candidates)
        # "when was it founded": the earliest founding of the best's document, not 1952年收歸國有
        candidates = founded_first(reading, query, candidates)
        # "when was the teahouse founded": 乾隆五十八年（1793年），徽州茶商鄔鶴年…, not 1987年 (a listing)
        candidates = founder_dated_first(reading, query, candidates)
        # "when was the hall first begun": the earliest date of its history, not 2008年列為文物保護單位
        return first_done_first(reading, query, candidates), False
    if query.info.kind == "percent":  # "what percentage of the rooms": 80%的候車室, not a passage with no figure
        return share_first(reading, query, candidates), False
    # "what is the guild hall called": 鹽商會館名「聚源堂」, not the lead's 鹽商會館1處
    candidates = name_asked_first(reading, query, candidates)
    if query.info.kind == "where":  # "which village": 茆湾村村民…, not the lead's 覆盖全县9个乡镇
        return place_named_first(reading, query, candidates), False
    if query.info.kind != "who":
        return candidates, False
    candidates = role_named_first(reading, query, candidates)  # "who is the head of ...": 局長邱文彬
    candidates = titled_person_first(reading, query, candidates)  # "who is the director of ...": 县卫生健康局局长邵闻溪
    candidates = doer_named_first(reading, query, candidates)  # "who founded ...": 由商人封允昌創辦
    candidates = founder_first(reading, query, candidates)  # "who founded ...": 嘉慶九年（1804年），本縣商人閔載厚集資
    candidates = doer_deed_first(reading, query, candidates)  # "who proposed ...": 第六世孫鄭崇德倡議建祠
    candidates, unsure = by_named_source(index, query.question, candidates, lambda c: c.evidence.id)
    if candidates:
        words = [w.variants for w in query.words]
        candidates = bylines_first(words, candidates, lambda c: window_text(reading, c.evidence))
    return candidates, unsure


#: How far below the first a candidate whose figure counts the asked thing may rank and still
#: come first (rank-score units), how many candidates are read for one, and how much of the
#: share of the question the first's window holds its own must hold: two thirds (a count of a
#: loosely translated word -- "field trips": 9個方面 -- in a passage holding little else of it
#: is none).
COUNTED_MARGIN = 1.5
COUNTED_REACH = 4
COUNTED_WINDOW_SHARE = 2 / 3


def counted_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """The candidates of a wholly English count question with the first whose figure counts the
    asked thing as the text writes it (共開展調研280次 for "research trips": 调研 counted) put
    first, when the best passage would be refused (:func:`english_refused`: its figure is of
    another sort, 省市縣三級 tiers, 5% for "how many cities") and that one ranks within
    :data:`COUNTED_MARGIN` of it, holding about as much of the question: translated words find
    passages about the things named nearly as well whether or not they count them, and the
    count is what is asked -- rather than nothing, the passage that gives it."""
    counted = query.info.counted
    if counted is None or len(candidates) < 2 or not english_refused(reading, query, candidates[0]):
        return candidates
    window = candidates[0].evidence.window
    return close_first(candidates, COUNTED_REACH, COUNTED_MARGIN, lambda c: (
        c.features.fit >= ENGLISH_COUNT_FOUND and c.evidence.window >= COUNTED_WINDOW_SHARE * window
        and counts_asked(reading, c, counted)
    ))


def english_refused(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether a wholly English question gets nothing though its best passage would be shown:
    no figure there counts what is asked, or the figure measures another dimension (總長2.3公里
    for "how deep"), counts things when people are asked or other things (68個縣 for "how many
    canteens"), people when things are (65.7萬名 for "how many companies"), or things in another
    measure word than the only ones asked (8卷 for "how many cannons"), or the question asks a
    rate per period the passage never gives, or the price of one thing it never prices
    (:mod:`~bot.answer.english.one_priced`), or a part of a set whose figure's clause writes
    nothing of what picks the part out (:mod:`~bot.answer.english.partitive`), or a superlative
    of a passage that ranks nothing (:mod:`~bot.answer.english.superlatives`), or a count or kind
    of a thing named in an of-phrase that no document writes (:mod:`~bot.answer.english.of_thing`),
    or an amount per a unit of measure the passage never writes so (:mod:`~bot.answer.english.per_unit`),
    or a count of a thing nothing was searched for whose document writes none of its senses, the
    figure counting in no measure of theirs (:mod:`~bot.answer.english.counted_unwritten`)."""
    return figure_refused(reading, query, best) or period_refused(reading, query, best)


def period_refused(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether the question asks an amount per period or of the present that ``best``'s text
    never gives so ("how many households *now* keep bees": 养蜂户达到2370户, of no time said) --
    unless it hedges the present otherwise (:mod:`~bot.answer.english.present_unsaid`)."""
    return rate_not_given(reading, query, best) and not present_hedged(reading, query, best)


def figure_refused(reading: Reading, query: Query, best: Candidate) -> bool:
    """:func:`english_refused` but for the period or present asked (:func:`period_refused`):
    the refusals of ``best``'s figure and of what its passage writes of the thing asked."""
    if count_not_given(query.question, query.info.kind, best.features.fit, best.figure, query.info.dimension):
        # ... unless its figure is in the unit the question names ("how much rice, in dan": 210石)
        if not unit_asked(reading, query, best):
            return True
    if query.info.kind == "count" and counted_for_measure(query.question, query.info.dimension, best.figure):
        return True  # "how many litres": 380次 counts events, no volume
    if date_not_given(query, best.figure):  # "when does it bloom": the passage dates nothing
        return True
    if measure_not_written(query, best.figure):  # "how many cannons": 8卷 counts volumes
        return True
    if degree_for_counted(query, best.figure):  # "how many reading classes": 三級 are tiers
        return True
    if (
        things_counted_as_people(query, best.figure) and not measure_vouched(reading, query, best)
        and not persons_counted(query, best)  # "how many block *carvers*": unsearched, persons by their form
    ):
        return True  # "how many companies": 65.7萬名 counts people
    if share_for_people(query, best.figure):  # "Hong Kong's population": 24.5% is a share
        return True
    if wholly_english(query.question) and points_for_share(query.info, best.figure):
        return True  # "what share ... is frozen meat": 5.2个百分点 is a change of a share, none
    if (
        wholly_english(query.question) and best.figure is not None
        and measured_otherwise(query.question, window_text(reading, best.evidence), best.figure)
    ):
        return True
    if (
        wholly_english(query.question) and query.info.kind == "count" and query.info.dimension in AMOUNTS
        and numbering_figure(window_text(reading, best.evidence), best.figure)
    ):
        return True  # "what did the metro elevators cost" (money): 1 of 地铁1号线 names a line
    if (
        wholly_english(query.question) and query.info.kind in ("count", None)
        and one_price_unwritten(query.question, window_text(reading, best.evidence), best.figure)
    ):
        return True  # "what does a ticket to the museum cost": 修缮投资2860萬元 prices no ticket
    if owner_not_written(reading, best, query):  # "members of the Zheng clan": 講解隊現有成員15人
        return True
    if of_thing_lacking(reading.index, query, window_text(reading, best.evidence)):  # "how many pairs of reading glasses": no document writes 眼镜
        return True
    if counted_unwritten(reading, query, best):  # "how many helicopters": no 直升机 in the document, 1.7万件 counts no 架
        return True
    if part_unwritten(reading, query, best):  # "how many of the AEDs were stolen": 配置……538台 counts them all
        return True
    if rank_unwritten(reading, query, best):  # "which country has the most islands": a passage ranking nothing
        return True
    if year_not_given(reading, best, query):  # "the 1743 rebuilding": 白銀1.27萬兩 of 1535
        return True
    if event_year_otherwise(reading, query, best):  # "in the year it stopped production": 1970年代年產……6萬盞
        return True
    if things_for_persons(reading, best, query):  # "how many bath attendants": 銅元2枚 counts coins
        return True
    if sort_unasked(query.question, best.figure):  # "by how much did it grow": 三年 is a span; "how long": 34.8%
        return True
    if unit_rate_not_given(reading, query, best):  # "what price per kilogram": 柑橘卖了11.6万元 is no price per 公斤
        return True
    return (
        people_counted_as_things(reading, best, query)
        # "in how many *areas*": 9个方面, where the clause holds three of the question's words
        or (things_counted_otherwise(reading, best, query) and not measure_vouched(reading, query, best))
        or firms_of_another_thing(reading, best, query)  # "how many students": 18家航空公司, airlines
        or counts_other_named(reading, best, query)  # "parking spaces ... at the communities": 2个社区
    )


def date_not_given(query: Query, figure: Figure | None) -> bool:
    """Whether a wholly English question asking when ("What time of year does the tree bloom")
    has a best passage with no date or time in it at all: the documents speak of the thing but
    do not say when, as a count question's passage with no count (:func:`count_not_given`)."""
    return (
        query.info.kind in ("date", "time") and figure is None and wholly_english(query.question)
        and _ASKS_WHEN.match(query.question) is not None
    )


#: A question that opens by asking when ("When was ...", "In what year did ..."), not one opening
#: with a clause of time ("When leaders set the example, what effect ...").
_ASKS_WHEN = re.compile(
    r"\s*(?:when\s+(?:is|was|were|are|did|does|do|will|would|should|can|could|has|have|had|shall|must)\b"
    r"|(?:(?:in|by|on|since|until|from|at)\s+)?(?:what|which)\s+(?:time|year|date|month|day|season|century|decade)s?\b)",
    re.IGNORECASE,
)


def english_undated(reading: Reading, query: Query, best: Candidate, figure: Figure) -> bool:
    """Whether a wholly English question asking when someone was born or died has a ``figure``
    dating something else ("When was Luo Baoming born": 1969年5月 dates his first job)."""
    return wholly_english(query.question) and life_undated(
        query.question, query.info.kind, window_text(reading, best.evidence), figure
    )


def english_birth(reading: Reading, query: Query, candidates: Sequence[Candidate]) -> tuple[int, Figure] | None:
    """For a wholly English question asking a birth, which candidate writes a life span after
    one of the names it searches (韦思衡（1928年3月14日—2016年11月2日）), and the span's first
    date; None otherwise."""
    if query.info.kind != "date" or not wholly_english(query.question) or not asks_birth(query.question):
        return None
    names = sorted({v for word in query.words for v in word.variants if len(v) > 1}, key=len, reverse=True)
    return born_at(candidates, lambda c: window_text(reading, c.evidence), names)
