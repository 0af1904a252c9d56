"""When an answer to a wholly English question is doubtful though the shown/confident models pass it.

Translated words make a question look well covered: each English word found *some* corpus term,
so the share of the question a passage holds, and the share the documents seem to lack, look
better than for a Chinese question the documents cannot answer. What a count question asks gives
a signal no translation inflates: whether the best passage holds a figure that fits it (the figure
model's ``fit``). On the English dev sets the best passage of an answerable count question holds a
figure fitting at least 0.09, one for a count the documents do not give often none (docs/evaluation.md).

English grammar gives another: "how *much*" asks an amount of something uncounted (money, water,
rain, a share), "how *many*" a number of things. A figure that counts things or people (三十名,
8821家) or names a date cannot say how much something costs, and a share (6%) cannot say how many
people died, nor a span of time (八八战略实施20周年, 34歲) how many visitors came, unless the question
asks one ("how many *years*") -- the best passage is then about the things named but not the
amount asked.

A question asking an amount per period ("how many tourists visit ... *each year*") is answered
only by a passage that gives one per period (每年, 年均, 一年, 年產量 ...): a city's population in
1945 or the years a festival was held are no yearly number of visitors.

The other way round, a count can vouch for a passage the shown model doubts: words around the
thing counted are often loose translations ("the campaign": 活动, where the article says
主题教育), which lower the share of the question the passage holds; a figure the figure model is
sure of that counts the very thing asked, as the text writes it (433.6萬名黨員 for "party
members", 清單1.08萬份 for "lists"), is no such guess. That passage is shown, not confidently.
Chinese and mixed questions are left to the fitted models.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.answer.english.basics import NOT_SEARCHED, wholly_english
from bot.answer.english.amounts import counts_written
from bot.answer.reading import Reading
from bot.answer.english.firms_counted import persons_by_english
from bot.answer.english.how_much import HOW_MUCH_RE
from bot.answer.english.counted_asked import count_closes_clause
from bot.answer.english.counted_unread import counted_unsearched
from bot.answer.english.counted_place import COUNTED_NOUN, COUNTED_SPAN, run_after_figure
from bot.answer.window import shown_text
from bot.question import COUNTED_DIMENSIONS, MAGNITUDES
from bot.question.changes import CHANGE_VERBS
from index.english.cedict import GENERIC_MEASURE, load_dictionary, specific_classifiers
from index.english.kinds import how_dimension, how_much_measure
from index.english.forms import STOP_WORDS, english_words
from index.english.lemmas import lemmatize
from index.figures import Figure
from index.figures.units import measured_whole, unit_dimension
from index.question_words import PEOPLE_MEASURES
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: A wholly English count question whose best passage's best figure fits less than this is
#: about something the documents do not count: nothing is shown.
ENGLISH_COUNT_NOTHING = 0.08
#: A "how much" question's figure written without a unit (1993, 8) must fit at least this well:
#: nothing in how it is written says it is an amount.
ENGLISH_BARE_AMOUNT = 0.2
#: A figure counting the thing asked shows a passage the shown model doubts when it fits at
#: least this well (as sure as a figure an unconfident answer shows, FIGURE_SURE).
ENGLISH_COUNT_FOUND = 0.3

#: People counted with 个 are written 个人 (3个人); "people" asked, they are named so.
_PEOPLE_NOUN_START = "人"

_HOW_MANY_RE = re.compile(r"\bhow\s+many\b", re.IGNORECASE)
#: "how long" asks a length or a span of time -- never a number of things, people or events
HOW_LONG_RE = re.compile(r"\bhow\s+long\b(?!\s+ago)", re.IGNORECASE)
#: "how tall", "how large", "how thick" ...: a length, an area -- measured in a unit (how_dimension)
HOW_ADJECTIVE_RE = re.compile(r"\bhow\s+([a-z]+)\b", re.IGNORECASE)
#: Words with which a "how many" question asks a share after all ("how many percent").
SHARE_WORDS_RE = re.compile(r"\b(?:per\s*cents?|percent(?:age)?s?|shares?|proportions?|ratios?|rates?|fractions?)\b|%", re.IGNORECASE)


#: What a figure measuring a span of time measures, and the words with which "how many" asks one.
_PERIOD_DIMENSIONS = frozenset({"time", "age"})
_PERIOD_WORDS_RE = re.compile(
    r"\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|anniversar(?:y|ies)|old|long|seasons?|terms?)\b",
    re.IGNORECASE,
)


#: Measure words of a degree, not of things counted: a multiple (3倍, "three times") and a tier or
#: grade (省市县三级, 6.8级) -- and the words with which "how many" asks one ("how many *times*
#: larger", "how many *levels*").
_DEGREES = frozenset({"倍", "级"})
_DEGREE_WORDS_RE = re.compile(
    r"\b(?:times|fold|levels?|tiers?|grades?|ranks?|magnitudes?|classes|stages?|layers?)\b", re.IGNORECASE
)


#: 级 also counts the steps of a flight of stairs (石阶1260级): "how many *steps*" asks that count.
_STEP, _STEPS_RE = "级", re.compile(r"\b(?:steps|stairs|stairsteps|treads)\b", re.IGNORECASE)


def count_not_given(
    question: str, kind: str | None, fit: float, figure: Figure | None = None, dimension: str | None = None
) -> bool:
    """Whether a wholly English count question's best passage gives no count that fits it
    (``fit``: its best figure's fit, 0 without one): the documents speak of the things named
    but do not count what is asked ("how many students attend the University of Pittsburgh":
    the passage is about its students, with no figure counting them). ``figure``, the best
    passage's figure, must also be of the sort the question asks (:func:`wrong_sort`; with
    ``dimension``, the measured amount the question asks, "how many *tonnes*": mass)."""
    if kind != "count" or not wholly_english(question):
        return False
    if fit < ENGLISH_COUNT_NOTHING or figure is None:
        return fit < ENGLISH_COUNT_NOTHING
    return wrong_sort(question, figure, fit) or (dimension is None and measured_not_counted(question, figure))


#: What units of measure measure (a length, an area ...): not what counts things, people or
#: events, nor money (its units are no English words: "how many yuan"), an age or a span of time.
_MEASURED = frozenset({"length", "area", "volume", "mass", "power", "temperature"})
_GLOSS_WORD_RE = re.compile(r"[a-z]+")
#: An aside of several words in a CC-CEDICT gloss: "(unit of electric power)", "(esp. Chinese yuan)".
_GLOSS_ASIDE_RE = re.compile(r"\([^()]*\s[^()]*\)")


def measured_not_counted(question: str, figure: Figure) -> bool:
    """Whether a "how many" ``question`` that asks no measured amount is answered by a figure in
    a unit of measure (15兆瓦 for "how many wind *turbines*": each one's power; 252米 a length)
    whose unit the question does not name: a unit of measure says how large, long or heavy a
    thing is, never how many there are -- unless the question counts the units themselves
    ("how many *mu* of land": a word of 亩's gloss)."""
    if _HOW_MANY_RE.search(question) is None or figure.dimension not in _MEASURED or not figure.unit:
        return False
    return not unit_named(question, figure)


def unit_named(question: str, figure: Figure) -> bool:
    """Whether ``question`` names ``figure``'s unit: one of its words (or their lemmas) is a
    word of the unit's CC-CEDICT entry ("how many *mu*": 亩; ", in *characters*?": 字)."""
    if not figure.unit:
        return False
    raw = load_dictionary().glosses.get(normalize(figure.unit))
    # what the unit is called, not what an aside says of it ("kilowatt (unit of *electric*
    # power)": "how many *electric* buses" names no kilowatt); a one-word aside stays ("(kg)")
    named = _GLOSS_ASIDE_RE.sub(" ", raw.decode("utf-8", errors="replace").lower()) if raw else ""
    glossed = set(_GLOSS_WORD_RE.findall(named))
    known = load_dictionary().known
    words = [word.lower() for word in english_words(question) if word.lower() not in STOP_WORDS]
    asked = {lemmatize(word, known) for word in words} | set(words)
    return bool(asked & glossed)


def wrong_sort(question: str, figure: Figure, fit: float) -> bool:
    """Whether ``figure`` is of a sort the English ``question`` cannot be asking: "how long"
    answered by a count of things, people or events whose measure word it does not name (144個
    for "how long does a match last"; not 86万字 for "how long is the book, in characters?");
    "how much" answered by a count of things or people, a date, or a bare number that fits
    poorly; "how many" answered by a share when the question names none, or by a span of time (an age, an
    anniversary) when it names no period; an amount measured in a unit (:func:`_asks_measured`)
    answered by a bare number."""
    if not figure.unit and figure.kind == "number" and _asks_measured(question):
        return True  # "how *tall* is Yang Hao": 20 (his shirt's number) is no height
    if HOW_LONG_RE.search(question) and figure.dimension in COUNTED_DIMENSIONS and not unit_named(question, figure):
        return True  # "how long does a match last": 144個 counts projects -- no length, no time
    if HOW_MUCH_RE.search(question):
        if figure.kind == "date" or figure.dimension in COUNTED_DIMENSIONS:
            return True
        if figure.kind == "percent" and _money_paid(question):
            return True  # "how much did they *pay* to develop the app": 96.2% is no sum of money
        return not figure.unit and figure.kind == "number" and fit < ENGLISH_BARE_AMOUNT
    if _HOW_MANY_RE.search(question):
        if figure.dimension in _PERIOD_DIMENSIONS and _PERIOD_WORDS_RE.search(question) is None:
            return True  # "how many visitors": 20周年 is an anniversary, no count of them
        if (
            figure.unit and normalize(figure.unit) in _DEGREES and _DEGREE_WORDS_RE.search(question) is None
            and not (normalize(figure.unit) == _STEP and _STEPS_RE.search(question))
        ):
            return True  # "how many soldiers were killed": 3倍 is a multiple, 五级 tiers -- no count of them
        return figure.kind == "percent" and SHARE_WORDS_RE.search(question) is None
    return False


#: Words of a change ("by how much did spending *rise*"), whose size a share may give.
_CHANGE_WORDS_RE = re.compile(
    r"\b(?:by\s+how\s+much|ris(?:e|es|en|ing)|rose|grow(?:s|n|ing)?|grew|increas\w*|decreas\w*|"
    r"f[ae]ll(?:s|en|ing)?|drop\w*|chang\w*|more|less|up|down)\b",
    re.IGNORECASE,
)


def _money_paid(question: str) -> bool:
    """Whether "how much" asks a sum of money by a verb of paying ("how much did the city *pay*
    to build it", "*cost*", "*spend*") and neither a share nor a change: a percentage never
    answers it."""
    if SHARE_WORDS_RE.search(question) or _CHANGE_WORDS_RE.search(question):
        return False
    known = load_dictionary().known
    return how_much_measure([lemmatize(word, known) for word in english_words(question)]) == "money"


def _asks_measured(question: str) -> bool:
    """Whether ``question`` asks an amount measured in a unit: "how *tall*", "how *large*", "how
    *old*" (a length, an area, an age), or "how much" with a verb of paying or weighing ("how
    much did a copy *cost*": money; "how much does it *sell for*": a price)."""
    if any(how_dimension(m.group(1).lower()) is not None for m in HOW_ADJECTIVE_RE.finditer(question)):
        return True
    if not HOW_MUCH_RE.search(question):
        return False
    known = load_dictionary().known  # ("how much does it *sell for*": a price)
    return how_much_measure([lemmatize(word, known) for word in english_words(question)]) is not None


def people_counted_as_things(reading: Reading, best: Candidate, query: Query) -> bool:
    """Whether a wholly English count of people ("how many *people* attended ...", asked with 人;
    not households, 户) is answered by a figure counting things or events (2.7万余起: cases), or
    things with the measure word of anything, the thing named right after it (66個场馆临时党支部):
    texts count people with 人, 名, 位, so the passage does not say how many -- nothing is shown,
    as for a count it does not give."""
    info, figure = query.info, best.figure
    # people named by a noun the texts count with 名, 位 (居民, 党员) -- not households (户, its own
    # measure word, written 938个户)
    people = info.unit in PEOPLE_MEASURES or (info.unit is None and bool(info.units & PEOPLE_MEASURES))
    people = people or persons_by_english(query, figure)  # "volunteers" (translated 税): persons still
    if info.kind != "count" or not people or figure is None or not figure.unit:
        return False
    if not wholly_english(query.question):
        return False
    if figure.dimension in ("things", "events") and normalize(figure.unit) not in info.units:
        # 6.8级的强烈地震 for "how many people died in the earthquake": a measure of things only;
        # 化解矛盾2.7万余起 for "how many officials were punished": cases (起, 次, 场), not people
        return True
    if normalize(figure.unit) != GENERIC_MEASURE:
        return False
    noun = run_after_figure(reading, best)
    if info.counted is not None and info.counted in noun[:COUNTED_SPAN]:
        return False  # 9個球員 for "how many players": 个 before the counted people themselves
    if not noun:  # 冲毁桥孔3个，: a bare 个 closing its clause counts the thing named before it
        return count_closes_clause(reading, best, info.counted)
    return len(noun) >= 2 and not noun.startswith(_PEOPLE_NOUN_START)


#: Verbs of change (of two characters or more) that may follow a count with no noun between: the
#: count is the base or the result of a change of the thing named before it (口袋公园412个，比2021年底
#: 的96个增加316个), not of another thing written after it.
_CHANGE_AFTER = tuple(sorted((v for verbs in CHANGE_VERBS.values() for v in verbs if len(v) > 1), key=len, reverse=True))


def things_counted_otherwise(reading: Reading, best: Candidate, query: Query) -> bool:
    """Whether a wholly English count of a thing ("how many elderly *canteens*": 食堂) is
    answered by a figure with the measure word of anything that counts another thing, named
    right after it (68個縣 beside the 老年食堂 the text never counts), or with a measure word
    of things the asked one is not counted with (12字總要求: :func:`counted_otherwise`): the
    passage does not say how many -- nothing is shown, as for people counted as things."""
    info, figure = query.info, best.figure
    if info.kind != "count" or info.counted is None or figure is None or not figure.unit:
        return False
    unit = normalize(figure.unit)
    if unit != GENERIC_MEASURE and not counted_otherwise(info.units, info.counted, unit, figure.dimension):
        return False
    if not wholly_english(query.question):
        return False
    noun = run_after_figure(reading, best)
    if not noun:
        return False
    if info.counted in noun[:COUNTED_SPAN]:
        return False  # the counted thing after a modifier or two (66個場館臨時黨支部: branches at venues)
    if noun.startswith(_CHANGE_AFTER):
        return False  # 比2021年底的96个增加316个: a verb of change follows; it counts what was named before
    # what it counts shares no character with what the question's words were searched as (縣:
    # not 食堂, 老年, 活动 ...); a count of one of them (1.8萬個課題 for "research topics", 200個議席
    # for "seats", searched as 席位) may answer
    searched = {char for w in query.words if w.pos.startswith("eng") for v in w.variants for char in normalize(v)}
    return not searched & set(noun[:COUNTED_NOUN])


def counted_otherwise(units: frozenset[str], counted: str, unit: str, dimension: str | None) -> bool:
    """Whether a count of things in ``unit`` (12字) counts another thing than ``counted`` (食堂),
    which the dictionary counts with a specific measure word of its own (间, not 字): a thing
    counted with none (无人机: 540架) or with 个 only (团体: 7支) may be counted in any."""
    own = {u for u in units if len(u) == 1 and u not in (GENERIC_MEASURE, counted)}
    return dimension == "things" and bool(own) and unit not in units


def degree_for_counted(query: Query, figure: Figure | None) -> bool:
    """Whether a wholly English count of a thing the documents name (``info.counted``: 读书班 for
    "reading *classes*") is answered by a degree -- a tier or a multiple (省市縣三級, 3倍) -- in
    none of the measure words that thing is counted with: the question's word may also name a
    grade ("classes", "levels"), but the thing asked is counted otherwise (2887期读书班)."""
    info = query.info
    if info.kind != "count" or info.counted is None or figure is None or not figure.unit:
        return False
    unit = normalize(figure.unit)
    return unit in _DEGREES and unit not in info.units and wholly_english(query.question)


def measure_not_written(query: Query, figure: Figure | None) -> bool:
    """Whether a wholly English count asked only by measure words -- its thing is no corpus term,
    only the classifiers CC-CEDICT gives for it ("how many *cannons*": 尊) -- is answered by a
    figure counting with another specific measure word (《閩船圖說》8卷: volumes): the text counts
    other things and says nothing of how many of the asked ones there are. A figure in one of
    the asked measure words, or in 个 (the measure word of anything), may still answer."""
    info = query.info
    if info.kind != "count" or info.counted is not None or not info.units or figure is None or not figure.unit:
        return False
    if not wholly_english(query.question) or figure.dimension not in COUNTED_DIMENSIONS:
        return False
    unit = normalize(figure.unit)
    return unit != GENERIC_MEASURE and unit not in info.units


def things_counted_as_people(query: Query, figure: Figure | None) -> bool:
    """Whether a wholly English count of things the documents count with a measure word of
    their own ("how many strong-village *companies*": 公司, counted 家; "airlines") is answered by
    a figure counting people (65.7萬名, 150万人次): people are no companies, so the passage does
    not say how many -- as 多少家公司 is not answered by 65.7萬名 (the Chinese path's measures).
    Not when a people's measure word is asked too, nor when only 个 (the measure word of
    anything: "NBA championships") or no measure word says what kind of thing is counted."""
    info = query.info
    if info.kind != "count" or figure is None or figure.dimension != "people" or not wholly_english(query.question):
        return False
    if info.units & PEOPLE_MEASURES or (figure.unit and normalize(figure.unit) in info.units):
        return False  # (户 of 4600戶民宅 for "homes": a measure word the thing is counted with)
    if any(
        unit != GENERIC_MEASURE and unit not in MAGNITUDES and unit_dimension(unit) == "things" for unit in info.units
    ):
        return True
    # a thing CC-CEDICT counts with measure words of its own, none of people (缸 "jar; CL:口":
    # 口 counts people too, 三口人, but a jar is none -- 僱工73人 does not say how many jars)
    own = specific_classifiers(info.counted) if info.counted else ()
    return bool(own) and not set(own) & PEOPLE_MEASURES


def share_for_people(query: Query, figure: Figure | None) -> bool:
    """Whether a wholly English question asking a number of people -- a population, a head
    count, troops (人口, 人数, 兵力: :func:`~index.figures.units.measured` says people) -- is
    answered by a share (24.5% for "Hong Kong's population in 1970"): a share of people is no
    number of them, unless the question asks a share or a change ("what *percentage* of the
    population", "by how much did the population *grow*")."""
    info = query.info
    if info.kind != "count" or figure is None or figure.kind != "percent" or info.change is not None:
        return False
    if not wholly_english(query.question) or SHARE_WORDS_RE.search(query.question) is not None:
        return False
    return any(w.pos.startswith("eng") and measured_whole(w.variants[0]) == "people" for w in query.words)


def count_found(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether a wholly English count question's ``best`` candidate, which the shown model
    doubts, holds a figure the figure model is sure of that counts the thing asked as the text
    writes it: its measure word before the counted term (433.6萬名黨員), the term before it
    (清單1.08萬份), or the counted unit itself (406公尺 for "how many metres"). Not when the
    question names something the documents lack: a word it writes capitalised that nothing
    was searched for ("households did *Hillsborough* have": a count of another place's)."""
    info, question = query.info, query.question
    figure, counted = best.figure, info.counted
    if info.kind != "count" or figure is None or counted is None or best.features.fit < ENGLISH_COUNT_FOUND:
        return False
    if not wholly_english(question) or names_unsearched(query) or counted_unsearched(query):
        return False  # "how many *calories* does": nothing searched for what it counts
    return counts_asked(reading, best, counted)


def names_unsearched(query: Query, written: Callable[[str], bool] | None = None) -> bool:
    """Whether an English question writes capitalised, after its first word, a word nothing was
    searched for ("households did *Hillsborough* have"): it names something the documents lack --
    unless ``written`` says the passage at hand writes it so, in Latin letters ("Tim's Kitchen")."""
    return any(
        t.term == NOT_SEARCHED and _capitalised(query.question, t.english) and not (written and written(t.english))
        for t in query.translations
    )


def counts_asked(reading: Reading, candidate: Candidate, counted: str) -> bool:
    """Whether ``candidate``'s figure counts ``counted`` (the asked thing's corpus term) as its
    shown text writes it: in it as its unit (406公尺 for "how many metres"), its measure word
    before the term (433.6萬名黨員), or the term or action right before it (開展調研280次)."""
    figure = candidate.figure
    if figure is None:
        return False
    if figure.unit and normalize(figure.unit) == counted:
        return True
    evidence = candidate.evidence
    text = shown_text(reading, evidence.id, evidence.first, evidence.last).text
    return counts_written(reading.index, text, figure, counted)


def _capitalised(question: str, english: str) -> bool:
    """Whether ``question`` writes ``english`` (lower-case words) capitalised after its first word."""
    pattern = re.compile(r"(?<=\s)" + r"\s+".join(re.escape(w) for w in english.split()) + r"\b", re.IGNORECASE)
    return any(found.group()[0].isupper() for found in pattern.finditer(question))
