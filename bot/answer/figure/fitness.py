"""How well a figure's kind fits what the question asks: its kind, measure word, dimension and
date detail, whether the question quotes it, and whether it stands beside a figure the question
contrasts with."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.answer.figure.changes_from import change_start
from bot.answer.figure.kind_of import kind_of
from bot.answer.figure.nearness import Layout
from bot.answer.figure.same_figure import same
from bot.alike import deed_forms
from bot.question import COUNTED_DIMENSIONS, MAGNITUDES, QuestionInfo
from bot.question.changes import CHANGE_VERBS
from bot.question.units import normal_unit, unit_matches
from index.figures import Figure, passage_figures
from index.figures.units import measured
from index.normalize import aligner_for, normalize
from index.question_words import PEOPLE_MEASURES, THING_MEASURES

OTHER_DIMENSION = 0.5  # a figure measuring something else than asked (an age for an area)
YEARLESS = 0.7  # a date without a year, when the question does not ask for a month or a day
VAGUE_YEAR = 0.6  # a decade, a century or 'years ago', when the question asks for a year or 'when'
OTHER_DATE_DETAIL = 0.3  # a date without the detail asked for (a year for 幾月)
UNTIL_RANGE = 3.0  # a range of dates, when the question asks until or since when (its end or start answers): it outweighs a single date of an event in a passage ranked a little higher
NOT_COUNTING = 0.2  # an amount of something (237萬噸, 2009年) when the question counts a thing it does not measure
BARE_RATE = 0.3  # a bare number, when the question asks a share (its rate may be written so)
POINTS_CHANGE = 0.3  # percentage points (a share's change), when the question asks a share, not a change
CONTRAST = 0.5  # a figure beside another the question contrasts with (第一批 when it asks of 第二批)
#: A bare number described by a word naming what the question measures (人口達2,790,060 for
#: "多少人"): it counts as written with the asked measure word.
DESCRIBED = 5.0  # 0.4 × 5: as much as a count with the asked measure word (1 × 2)
#: A figure right after a verb of the change a question asks about (增长了多少: "同比增长6.3%") is
#: what that change measures; any other figure (收入49,312元) is a level, not a change.
CHANGED = 2.0
UNCHANGED = 0.5
_CHANGED_BEFORE = {
    # 同比增长6.3%; 成長幅度高達28.4%, 增长率为5%: the size of the change, named
    direction: re.compile("(?:" + "|".join(verbs) + ")(?:幅度|率)?(?:了|为|到|达|至|约|近|逾|超过|高达|达到)?$")
    for direction, verbs in CHANGE_VERBS.items()
}
#: A verb of change right before a figure, which it gives the size of (增长14.3%; not 提高到44%).
_CHANGE_AMOUNT_BEFORE = re.compile(
    "(?:" + "|".join(v for verbs in CHANGE_VERBS.values() for v in verbs) + ")(?:了|约|近|逾|超过)?$"
)
#: Measure words of things: a count so measured names what it counts right after it (8821家“共富工坊”),
#: as does a count of levels (三級協同攻堅).
_THING_MEASURES = frozenset(THING_MEASURES) | {"级"}
#: Marks between clauses -- not a comma or colon between digits (由8,500元調降為7,000元: one clause).
CLAUSE_START_RE = re.compile(r"[，。；;：！？!?]|[,:](?!\d)|(?<!\d)[,:]")
#: Where what a count names after it ends: a mark, a number, a preposition or a verb of being --
#: or a verb of change (由126个增加到318个: the count changed, naming nothing after it).
_NAMED_END_RE = re.compile(
    r"[^\u4e00-\u9fff“”「」『』《》\"']|[在于於对對向从從由被把将將为為是有和與与及等]|[增降升减涨跌]至|"
    + "|".join(sorted((v for verbs in CHANGE_VERBS.values() for v in verbs if len(v) > 1), key=len, reverse=True))
)
#: A verb of being or reaching between a word and the figure it gives (人口達, 震級為).
_BEING = "(?:为|达|约|有|是|共|达到|高达|约为|计|总计|共计|已达|超过)"
_BEING_RE = re.compile(_BEING + "{0,2}$")
_LEVEL_RE = re.compile(_BEING + "{1,2}$")
_DESCRIBED_RE = re.compile(r"([\u4e00-\u9fff]{2,4}?)" + _BEING + "{1,2}$")


#: A number written with a word of magnitude (62萬, 3.5億): an amount, never a rate.
_MAGNITUDE_RE = re.compile("[万萬亿億]")


def figure_fits(info: QuestionInfo, figure: Figure) -> bool:
    """Whether ``figure`` is of a kind that can answer the question."""
    if info.kind == "count":
        return figure.kind in ("count", "number", "percent")
    if info.kind == "percent":  # a rate is often written bare (收視率為7.07) or as a multiple (市盈率41.35倍)
        if figure.kind == "number" and _MAGNITUDE_RE.search(figure.text):
            return False  # 人口為62萬: ten thousands are no rate
        return figure.kind in ("percent", "number") or (figure.kind == "count" and figure.unit == "倍")
    if info.kind == "ordinal" and figure.kind == "count" and figure.text.startswith("第"):
        return True  # 連續第七年: a count in a row, written as the ordinal asked (連續第幾年)
    if info.kind == "date" and figure.kind == "time":
        return info.date_part is None  # 何時: a time of day says when, if no date does (kind_factor)
    return figure.kind == info.kind


def counts_other(text: str, info: QuestionInfo, figure: Figure) -> bool:
    """Whether a count the question asks by a measure word of things (多少家老年食堂) is answered
    by a figure naming another thing right after it ("2.5萬名鎮街干部", "7800多個機關部門"),
    while the text names the asked thing elsewhere: it counts something else -- no direct answer
    rather than a wrong one. A text that never names the thing may call it otherwise (本科生 for
    學生): that figure may still count it."""
    if figure.kind not in ("count", "number"):
        return False
    if not info.counted_phrase:
        return _befell_others(text, info, figure)
    # people asked (多少名黨員) and things or levels counted (2683個問題, 三級協同): any measure but a
    # people's names what it counts -- 3個孩子 would name them
    of_people = info.unit in PEOPLE_MEASURES and bool(figure.unit) and normal_unit(figure.unit) not in PEOPLE_MEASURES
    unit = normal_unit(figure.unit)
    if not of_people and unit not in _THING_MEASURES and not (unit.endswith("次") and unit[:1] in _THING_MEASURES):
        return False  # (批次, 场次: a measure of things counted by times)
    matching = aligner_for(text).normalized
    end = _NAMED_END_RE.search(matching, figure.end)
    named = matching[figure.end : end.start() if end else len(text)]
    if len(named) < 2 or any(noun in named for noun in info.counted_phrase):
        return False
    if any(kind_of(named, noun) for noun in info.counted_phrase):
        return False  # 83所中小学 for 几所学校: a kind of school, as the dictionary glosses it
    return of_people or any(noun in matching for noun in info.counted_phrase)


def _befell_others(text: str, info: QuestionInfo, figure: Figure) -> bool:
    """Whether people are counted by what befell them or what they did (多少人死亡) and the
    figure's clause does not say it (造成12人受傷, 安置住戶23人, 一棟五層樓) while the text does
    elsewhere (無人死亡): the figure counts others."""
    counted = info.deed
    if info.unit not in PEOPLE_MEASURES or counted is None or not figure.unit:
        return False
    matching = aligner_for(text).normalized
    forms = deed_forms(counted)  # 罹難14人 says 死亡 too
    if not any(form in matching for form in forms):
        return False
    starts = [m.end() for m in CLAUSE_START_RE.finditer(text, 0, figure.start)]
    stop = CLAUSE_START_RE.search(text, figure.end)
    clause = matching[starts[-1] if starts else 0 : stop.start() if stop else len(text)]
    return not any(form in clause for form in forms)


def kind_factor(info: QuestionInfo, figure: Figure) -> float:
    """How well the figure's kind, measure word, dimension and date detail fit the question."""
    factor = 1.0
    if info.kind == "count":
        # by how much something changed: as often a share (增长6.3%) as an amount
        percent = 1.0 if info.change else 0.6
        factor = {"count": 1.0, "percent": percent, "number": 0.4}.get(figure.kind, 0.0)
    elif info.kind == "percent":
        factor = BARE_RATE if figure.kind == "number" else 1.0
        if not info.change and normal_unit(figure.unit).endswith("百分点") and not (info.unit or "").endswith("百分点"):
            factor *= POINTS_CHANGE  # 占比多少: 5.36%, not the 2.38个百分点 it rose by
    if unit_matches(info.unit, figure.unit, info.units) or (
        info.unit in MAGNITUDES and info.unit in normal_unit(figure.text)
    ) or _people_alike(info, figure):
        factor *= 2.0  # 多少家 → 8821家; 多少万 → 433.6萬名
    if _measures_another(info, figure):
        factor *= NOT_COUNTING  # "how many passengers": not 237萬噸, not 2009年
    if _below_magnitude(info, figure):
        factor *= NOT_COUNTING  # 投多少亿: not 236处, nothing near a hundred million
    # a change is asked, not what the thing measures: it may be written as a share of it
    # (收入增长5.6%), and the thing's own level (收入49,312元) is no answer (changed)
    if info.dimension is not None and figure.kind != "date" and not info.change:
        dimension = figure.dimension
        if info.dimension in COUNTED_DIMENSIONS:
            if dimension is not None and dimension not in COUNTED_DIMENSIONS:
                factor *= OTHER_DIMENSION  # "幾個孩子": not 18年
            elif dimension not in (None, "things", info.dimension) and info.dimension != "things":
                factor *= OTHER_DIMENSION  # "多少人": not 2.7萬余起 (people are not events)
        elif dimension == info.dimension:
            factor *= 2.0
        elif dimension is not None and dimension not in ("things", "events"):
            factor *= OTHER_DIMENSION
    if (info.until or info.since) and figure.split and figure.kind in ("date", "time"):
        factor *= UNTIL_RANGE
    if info.kind == "date" and figure.kind == "time":
        factor *= OTHER_DATE_DETAIL  # 何時 asks a date first: a time of day is its finest detail
    if figure.kind == "date":
        parts = figure.upper().parts if info.until else figure.parts
        if parts in ("c", "x", "a") and info.date_part in (None, "y"):
            factor *= VAGUE_YEAR
        elif info.date_part is not None and info.date_part not in parts:
            factor *= OTHER_DATE_DETAIL
        elif info.date_part is None and parts[:1] in ("m", "d"):
            factor *= YEARLESS
        elif info.date_part is None and parts == "w":
            factor *= OTHER_DATE_DETAIL  # 何時: a day of the week says less than a date
    return factor


#: What each magnitude a question counts in is worth (多少亿: 1e8).
_MAGNITUDE_VALUES = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}


def _below_magnitude(info: QuestionInfo, figure: Figure) -> bool:
    """Whether a count asked in a magnitude (投多少亿, 几万人) is given by a figure smaller than
    one of it (236处): a figure so small is no number of hundreds of millions. Not a change's
    share (增长12.5%), nor a date."""
    worth = _MAGNITUDE_VALUES.get(info.unit or "")
    return (
        worth is not None and info.kind == "count" and figure.kind in ("count", "number")
        and figure.value is not None and abs(figure.value) < worth
    )


def _people_alike(info: QuestionInfo, figure: Figure) -> bool:
    """Whether an English count of people (人, 名 or 位 among the measure words of its thing: 人
    for "visitors") is given in person-times (41.5萬人次: texts count visitors per visit): it fits
    as the asked measure word does. Not the other way (118万人 for "meals", counted 人次 too: a
    count of people is no count of visits); a Chinese question names its own measure word."""
    if not (info.english and figure.unit and info.units & _PERSONS):
        return False
    return normal_unit(figure.unit) == PERSON_TIMES


#: Measure words of persons (not of visits, 人次).
PERSON_TIMES = "人次"
_PERSONS = PEOPLE_MEASURES - {PERSON_TIMES}


def _measures_another(info: QuestionInfo, figure: Figure) -> bool:
    """Whether ``figure`` measures an amount (a weight, a time, a length ...) with a measure word
    that is not one of those the counted thing takes (:attr:`QuestionInfo.units`, known for
    English questions): it then does not count the thing. Not when the question names a measure
    word or what the figure measures (those decide). A duration (23年, 3天) neither counts what an
    English count naming no span of time counts (:attr:`QuestionInfo.untimed`: "the number of boys"),
    nor does a sum of money: "how many" and "the number of" count things -- money is how much
    (县级配套0.48亿元 for "cold stores in the county -- how many in total"; a question counting yuan
    names its unit, and is no untimed count)."""
    if info.untimed and figure.kind == "count" and figure.dimension in ("time", "money"):
        return True  # "the number of boys": not 二十三年 (23 years), nor 0.48亿元
    if info.kind != "count" or not info.units or info.unit is not None or info.dimension is not None:
        return False
    dimension = figure.dimension
    if dimension is None or dimension in COUNTED_DIMENSIONS:
        return False
    return not unit_matches(None, figure.unit, info.units)


#: What stands right before the base of a comparison (較112年成長12.7%, 比2023年增长): a year so
#: written is what the figure is measured against, not the time it is of.
_BASE_BEFORE_RE = re.compile(r"(?:比|较|对比|相较|相比)$")


def compared_with(text: str, figure: Figure) -> bool:
    """Whether ``figure`` is written as the base of a comparison (較112年, 比2023年)."""
    return _BASE_BEFORE_RE.search(aligner_for(text).normalized[max(0, figure.start - 2) : figure.start]) is not None


def contrast(text: str, shape: Layout, info: QuestionInfo, figure: Figure) -> float:
    """:data:`CONTRAST` when the figure's clause, or the part of its sentence before it, names
    another of what the question names ("第一批" beside the figure when the question asks about
    "第二批"), else 1."""
    if not info.quoted:
        return 1.0
    clause = shape.spot(figure.start, figure.end).clause
    # ... or that heads the figure's part of a sentence of parts (：第一批…，已于2024年4月完成；第二批…)
    head = max(text.rfind(mark, 0, figure.start) for mark in "；;。：:")
    # (由113年的74.3%提升至82.6%: what the change starts from is not the figure reached's)
    started = change_start(text, figure)
    for quoted in info.quoted:
        alike = [
            other for other in passage_figures(text)
            if other.start != figure.start and not (started is not None and started <= other.start < figure.start)
            and (shape.spot(other.start, other.end).clause == clause or head < other.start <= head + 2 < figure.start)
            and quoted.kind == other.kind and normal_unit(quoted.unit) == normal_unit(other.unit)
            and not compared_with(text, other)
        ]
        if not alike:
            continue
        # (截至2025年12月31日 beside the figure for 2025年底: the end of the year asked, no other date)
        if any(same(quoted, other, within=info.reached) for other in alike):
            # 4個3桿洞，4個5桿洞和10個4桿洞 for 幾個5桿洞: the one the asked instance stands beside
            nearest = min(alike, key=lambda other: min(abs(other.start - figure.end), abs(figure.start - other.end)))
            if same(quoted, nearest, within=info.reached):
                continue
        return CONTRAST
    return 1.0


#: A time a question names without a date (今年前三季度, 上半年, 去年全年).
_PERIOD_RE = re.compile(r"今年|去年|明年|前年|上半年|下半年|[一二三四]季度|年初|年底|年末|上月|本月")


def timed_otherwise(text: str, shape: Layout, figure: Figure, terms: Iterable[str]) -> float:
    """:data:`CONTRAST` when the question names a time without a date (今年前三季度的营业收入), the
    text writes it, and the figure's clause holds a year and not that time (2023年…营业收入9.6亿元；
    今年前三季度营收达到8.3亿元: 9.6亿元 is 2023's), else 1."""
    if figure.kind in ("date", "time"):
        return 1.0
    asked = {period for term in terms for period in _PERIOD_RE.findall(term)}
    if not asked:
        return 1.0
    matching = aligner_for(text).normalized
    clause = shape.spot(figure.start, figure.end).clause
    start = shape.clause_ends[clause - 1] if clause > 0 else 0
    if any(period in matching[start : figure.start] for period in asked) or not any(p in matching for p in asked):
        return 1.0
    dated = any(f.kind == "date" and "y" in f.parts and start <= f.start < figure.start for f in passage_figures(text))
    return CONTRAST if dated else 1.0


def described(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`DESCRIBED` when a bare number follows a word naming what the question measures
    ("人口達2,790,060" for a question asking how many people), else 1."""
    if figure.kind != "number" or info.dimension is None:
        return 1.0
    before = normalize(text[max(0, figure.start - 8) : figure.start])
    match = _DESCRIBED_RE.search(before)
    if match is None:
        return 1.0
    return DESCRIBED if measured(match.group(1)) == info.dimension else 1.0


def named_before(text: str, figure: Figure, terms: Sequence[str]) -> float:
    """:data:`DESCRIBED` when a bare number follows one of the question's words, with at most a
    verb of being between ("芮氏規模7.2" for 規模多大, "震級為5.8"): it is that word's value."""
    if figure.kind != "number":
        return 1.0
    normalized = aligner_for(text).normalized
    if normalized[figure.end : figure.end + 1] in terms:
        # 球場為18洞 for 幾個5桿洞: 18 counts the 洞 after it, no value of 球場 (a word of the
        # question's own after it as its measure word; 規模7.2地震 is still the 地震's 規模)
        return 1.0
    before = normalized[max(0, figure.start - 12) : figure.start]
    being = _BEING_RE.search(before)
    stem = before[: being.start()] if being else before
    return DESCRIBED if any(len(term) > 1 and stem.endswith(term) for term in terms) else 1.0


def level_for_change(text: str, info: QuestionInfo, figure: Figure) -> bool:
    """Whether a question asking by how much something changed (比上年提高了多少) is offered a
    figure written as the level it is at (覆蓋率達85.7%: right after a word of being, after no
    verb of a change): that figure is no answer to it."""
    if info.change is None or changed(text, info, figure) == CHANGED:
        return False
    return _LEVEL_RE.search(normalize(text[max(0, figure.start - 6) : figure.start])) is not None


def changed(text: str, info: QuestionInfo, figure: Figure) -> float:
    """When the question asks by how much something changed: :data:`CHANGED` when ``figure``
    follows a verb of that change (增长了多少: "同比增长6.3%"; 下降了多少: "下降2.1个百分点"), else
    :data:`UNCHANGED` -- as for the end of a change written from its start (由23.5%提高到47.2%),
    a level reached, when a wholly English question asks no level reached; 1 for other questions."""
    if info.change is None:
        if info.kind == "percent" and (not info.english or info.share) and figure.kind == "percent":
            # a share or a rate asked, no change: 增长14.3% is how much something grew, not the share
            # (占规模以上工业增加值的比重为17.6%) -- though 由38%提高到44% reached a share; in English
            # only where the question says a share of a whole ("what share of"), not a rate
            before = _LISTED_BEFORE_RE.sub("", normalize(text[max(0, figure.start - 40) : figure.start]))
            return UNCHANGED if _CHANGE_AMOUNT_BEFORE.search(before[-6:]) else 1.0
        return 1.0
    if info.english and not info.reached and change_start(text, figure) is not None:
        return UNCHANGED  # "by how much did it rise": 由23.5%提高到47.2% reached 47.2%, a level
    before = normalize(text[max(0, figure.start - 40) : figure.start])
    before = _LISTED_BEFORE_RE.sub("", before)  # 分别增长21.6%、18.9%和: the verb's list goes on
    return CHANGED if _CHANGED_BEFORE[info.change].search(before[-8:]) else UNCHANGED


#: The figures of a list before a later one of it (21.6%、18.9%和 before 15.4%).
_LISTED_BEFORE_RE = re.compile(r"(?:\d[\d.,]*(?:%|个百分点|倍)?(?:、|和|与|及|以及))+$")


def figure_clause(matching: str, figure: Figure) -> str:
    """The clause of ``matching`` (a passage's normalised text) holding ``figure``: from the clause
    mark before it (:data:`CLAUSE_START_RE`) to the next one after it."""
    start = max((m.end() for m in CLAUSE_START_RE.finditer(matching, 0, figure.start)), default=0)
    stop = CLAUSE_START_RE.search(matching, figure.end)
    return matching[start : stop.start() if stop else len(matching)]
