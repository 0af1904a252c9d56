"""Whether a count question's figure measures otherwise than it asks: an amount asked by its measure
word and given in another, people or things counted and an amount given, households and persons
counted by each other, people counted by events, one kind of thing counted by another's measure
word -- no direct answer rather than a wrong one."""

from __future__ import annotations

from bot.question import COUNTED_DIMENSIONS, MAGNITUDES, QuestionInfo
from bot.question.units import normal_unit, unit_matches
from index.figures import Figure
from index.figures.units import unit_dimension
from index.question_words import PEOPLE_MEASURES


def measures_otherwise(info: QuestionInfo, figure: Figure) -> bool:
    """Whether the figure measures otherwise than the count question asks: an amount asked by its
    measure word (多少年, 幾歲, 多少平方公里) and given in another (18人 for 成立多少年了); people or
    things counted and an amount or a share given (錄取多少人: 385.6分, 14.6%); an amount asked and
    people or things counted (要多久: 74樓). It cannot be the answer -- no direct answer rather than
    a wrong one. The question's own measure word always fits (幾倍 → 七倍)."""
    if info.kind == "count" and figure.kind == "percent":  # 會計師人數: no share counts people (a change may)
        return info.change is None and info.dimension in ("people", "things")
    if info.kind == "count" and figure.kind == "number" and (_amount_unit(info.unit) or _time_unit(info.unit)):
        return True  # 全長多少碼, 要幾天: not the 18 of 18洞, the 1 of 1號窯 -- written with its measure word
    if info.kind != "count" or figure.kind != "count" or unit_matches(info.unit, figure.unit, info.units):
        return False  # 多少個地球日 → 16.7個, 幾倍 → 七倍: the measure word asked decides
    if _things_by_others(info, figure) or _amount_by_count(info, figure) or _count_by_amount(info, figure):
        return True
    if _another_kind_of_thing(info, figure):
        return True
    if _other_amount(info, figure) or _people_by_events(info, figure) or _households_by_people(info, figure):
        return True
    if info.dimension in (None, *COUNTED_DIMENSIONS):
        return False
    dimension = figure.dimension
    if asks_price(info):  # 多少錢, "how much does it cost": only an amount of money answers (not 70多種)
        return dimension not in (None, "money")
    if info.unit is None or dimension in (None, "things", "events", info.dimension):
        return False
    return not normal_unit(figure.unit).startswith(info.unit)  # 每小時多少公里: 45公里每小時


def _amount_unit(unit: str | None) -> bool:
    """Whether ``unit`` is the measure word of an amount (碼, 公里, 元), not of a count or a time."""
    return unit is not None and unit_dimension(unit) not in (None, *COUNTED_DIMENSIONS, "time")


def _time_unit(unit: str | None) -> bool:
    """Whether ``unit`` measures a span of time (天, 个月, 小时): a time asked so is written with it."""
    return unit is not None and unit_dimension(unit) == "time"


def _things_by_others(info: QuestionInfo, figure: Figure) -> bool:
    """Whether things are asked by their own measure word (多少棟房屋, 多少輛車) and the figure
    counts people or households (12人受傷, 3,200戶停電) -- people are counted so only by the
    measure word of anything, 个 -- or measures an amount (1.5小時, 500萬元)."""
    if info.dimension != "things" or info.unit is None or info.unit in ANY_THING or info.unit in MAGNITUDES:
        return False
    return figure.dimension not in (None, "things", "events")


#: Measure words by the kind of thing they count: people; firms, shops and buildings; vehicles and
#: machines; papers and items; animals; long things; cases and incidents (宗, 件, 起: one class
#: for Hong Kong's 宗 and the mainland's 件, 起). Within a kind, regions and writers differ
#: (門店27間 for 几家门店, 300台 for 多少辆); across kinds, a count is of something else (鼠患投訴
#: 5,217宗 counts no 灭鼠队员 of 多少名).
_MEASURE_KINDS = ("人名位", "家间所座栋幢处", "辆台部架艘列", "份篇本册部件项张", "头只匹", "条根", "宗件起")


def _another_kind_of_thing(info: QuestionInfo, figure: Figure) -> bool:
    """Whether the question counts by a measure word of one kind of thing (多少辆新能源车) and the
    figure by one of another kind only (全市128家重点企业): it counts something else."""
    if info.unit is None or not figure.unit:
        return False
    asked = {k for k, kind in enumerate(_MEASURE_KINDS) if info.unit in kind}
    given = {k for k, kind in enumerate(_MEASURE_KINDS) if normal_unit(figure.unit) in kind}
    return bool(asked) and bool(given) and not asked & given


def _people_by_events(info: QuestionInfo, figure: Figure) -> bool:
    """Whether people are asked by their own measure word (多少名黨員, 幾位) or by 人数 and the figure
    counts events (化解矛盾2.7萬余起, 39次, 分兩批): no number of events says how many people; nor,
    asked by 人数, does a count of things by their own measure word (8821家) -- 个 counts anything."""
    if info.dimension != "people" or info.unit in ANY_THING:
        return False
    if figure.dimension == "events":
        return True
    return info.unit is None and figure.dimension == "things" and normal_unit(figure.unit) not in ANY_THING


#: Measure words of households: no count of persons (:data:`PEOPLE_MEASURES`) says how many.
HOUSEHOLDS = frozenset({"户", "户次"})


def _households_by_people(info: QuestionInfo, figure: Figure) -> bool:
    """Whether households are asked (解決了多少戶) and the figure counts by another measure word --
    persons (2900多名), anything (7800多個), shares (每10股): households are counted by 戶 -- or
    persons asked and households counted (多少人受災: 3200戶)."""
    asked, given = info.unit, normal_unit(figure.unit) if figure.unit else None
    if asked in HOUSEHOLDS:
        return given is not None and given not in HOUSEHOLDS
    return asked in PEOPLE_MEASURES and given in HOUSEHOLDS


def _count_by_amount(info: QuestionInfo, figure: Figure) -> bool:
    """Whether people or things are counted (錄取多少人, 流經多少個縣, 會計師人數) and the figure
    measures an amount (385.6分, 1577公里, 36218億元)."""
    return info.dimension in COUNTED_DIMENSIONS and figure.dimension not in (None, *COUNTED_DIMENSIONS)


def _other_amount(info: QuestionInfo, figure: Figure) -> bool:
    """Whether an amount is asked (身高多少, 飛行時數) and the figure measures another (3歲, 56歲);
    not one that may say the same (多大時: 4周, an age in weeks; 每小時多少公里: a speed)."""
    dimension = figure.dimension
    if info.dimension in (None, *COUNTED_DIMENSIONS) or dimension in (None, *COUNTED_DIMENSIONS, "date", "percent"):
        return False
    return dimension != info.dimension and frozenset((dimension, info.dimension)) not in _RELATED


#: Amounts a text may give for one another.
_RELATED = frozenset({frozenset({"time", "age"}), frozenset({"length", "speed"})})


def _amount_by_count(info: QuestionInfo, figure: Figure) -> bool:
    """Whether an amount is asked (要多久, 有多高, 售價) and the figure counts people or things
    (74樓, 5層) -- or events, when the question names the amount's own measure word: 當了幾年首相
    is no 兩任, though 要多久 may be 3屆."""
    if info.dimension in (None, *COUNTED_DIMENSIONS):
        return False
    if figure.dimension == "events":
        return info.unit is not None and unit_dimension(info.unit) == info.dimension
    return figure.dimension in ("things", "people")


#: The measure word of anything, people too (几个人, 多少个孩子).
ANY_THING = frozenset({"个"})


def asks_price(info: QuestionInfo) -> bool:
    """Whether the question asks an amount of money with no measure word, or with a currency's."""
    return info.dimension == "money" and (info.unit is None or unit_dimension(info.unit) == "money")
