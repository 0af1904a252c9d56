"""What a question asks for: a count, a proportion, a date, a time of day, a rank, a person, a place -- and
the hints it gives about the figure: the measure word after 多少/幾 ("多少家"), what the figure
measures ("面積" → an area, "幾歲" → an age), which part of a date ("哪一年", "幾月"), whether
it asks when something ended ("何時結束"), and the figures the question itself quotes.

The one reader of question kinds and units: :func:`analyse` reads the Chinese (and the English
question words of mixed questions), the kind of answer by :mod:`bot.question.kinds`;
:func:`with_english` adds what an English question's words say (:mod:`bot.answer.english`). Works on the normalised (Simplified, lower-case) question, so
both scripts behave the same.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.alike import length_attribute
from bot.question.changes import REACHED_RE, change_asked
from bot.question.plans import english_plan_asked
from bot.question.kinds import ERA, FIGURE_KINDS, RELATIVE_PERIOD_RE, UNIT_AFTER_RE, AnswerKind, answer_kind
from bot.question.year_spans import year_span_figures
from index.figures import Figure, find_figures, unit_dimension
from index.figures.units import MATCHING_UNITS, measured
from index.normalize import normalize

#: What measure words that count (个, 名, 次) measure: numbers of things, not amounts of something.
COUNTED_DIMENSIONS = ("things", "people", "events")
#: What "how much" asks besides a count: an amount of money or a measured size.
AMOUNT_DIMENSIONS = frozenset({"money", "length", "area", "volume", "mass", "power", "temperature"})

#: Which part of a date is asked for: a day of the week, a century, a decade, a month and day, a
#: day, a month, a year (each the letters of :attr:`index.figures.Figure.parts` it needs).
_DATE_PARTS = (
    ("w", re.compile(r"星期几|礼拜几|周几|\bday of the week\b")),
    ("c", re.compile(r"哪一?个?世纪|几世纪|世纪[？?]?$|\bwhat century\b|\bwhich century\b")),
    ("x", re.compile(r"哪一?个年代|什么年代|几十?年代|哪年代|年代[？?]?$|\bwhat decade\b|\bwhich decade\b")),
    ("md", re.compile(r"几月几|哪一?个?月哪一?[天日号]|\bwhat date\b|\bwhich date\b")),  # the month too
    ("d", re.compile(r"(?<!第)几号(?![车线楼房门机球站台座])|几日|哪一?天|哪一?日|\bwhat day\b|\bwhich day\b")),
    ("m", re.compile(r"几月|哪一?个?月|哪一?个?年月|月份[？?]?$|\bwhat month\b|\bwhich month\b")),
    ("y", re.compile(rf"哪一?年|哪一?个年[度份]|何年|{ERA}前?(?:几|多少)年|几年|\bwhat year\b|\bwhich year\b")),
)
#: What gives an amount per person, household, year ... (每人500元, 人均收入): normalised text.
PER_RE = re.compile(r"每(?!次)(?:[\u4e00-\u9fff]|\d)|人均|户均")
_TOTAL_ASKED_RE = re.compile(r"一共|总共|共计|合计|总计|累计|总数|总额|总量|总和")
#: The same asked in English ("the *total* losses", "how many volunteers *in all*"): whatever
#: kind of answer the English reading then finds, as its kind is decided after this one's.
_TOTAL_ASKED_ENGLISH_RE = re.compile(r"\b(?:total|totals|in all|altogether)\b")
#: An amount per unit of what is counted asked in English ("how much did *each* home get", "*on
#: average*, how much did a passenger spend"), as 每户, 人均 ask it -- not "*each year*", a time
#: (the texts write 每年 or 全年 for yearly figures alike), nor "each" floating after a pronoun
#: ("the topics *they each* led": who led them) or "each other". "per" + a thing that is no time
#: ("the grant *per household*": 每户补助1.18万元) asks as "each" does -- not "per cent".
#: A speed ("top *speed*", "how fast") is an amount per unit of time (每小时100公里).
_PER_ASKED_ENGLISH_RE = re.compile(
    r"\b(?:apiece|on average|speeds?|how fast|velocity|(?<!they )(?<!we )(?<!you )(?<!them )(?<!us )"
    r"each(?!\s+(?:(?:year|month|week|day|hour|season|quarter|time)s?|other)\b))\b"
    # "the grant *per household*", "the cost *per person*": as "each" -- not "per cent", nor a time
    r"|\bper\s+(?!(?:cent|annum|(?:year|month|week|day|hour|minute|second|season|quarter|time)s?)\b)[a-z]"
)
#: The same asked of "one" thing as the question's subject ("how much does *one* swimming session
#: cost", "the price of *a single* ticket"): the amount for one of it, as 每场次 gives it -- not "for
#: one kilogram" (a ratio of two amounts), "one of" (one among many), nor one year, month ... (a time).
_ONE_ASKED_ENGLISH_RE = re.compile(
    r"\b(?:(?:does|do|did|will|would|can|could|is|was|are|were)|(?:price|cost|fee|fare|charge)s?\s+(?:of|for))\s+"
    r"(?:one|a single)\s+(?!(?:of|another|or|and)\b|(?:year|month|week|day|hour|season|quarter|time|decade|century)s?\b)[a-z]"
)
#: Chinese words of a former state (原有 ...) and of an earlier time (此前 ...): in a question, it asks
#: what was; in a text, they mark the amount given for that time (:mod:`bot.answer.figure.time_bound`).
FORMER_WORDS = ("原来", "原先", "原本", "原有")
EARLIER_WORDS = ("以前", "此前", "之前", "最初", "起初")
# ... and 现行 (in force until the change the text reports); before the event that changed it (开通前, 调整前)
_EARLIER_RE = re.compile(
    "|".join((*FORMER_WORDS, *EARLIER_WORDS)) + "|"
    r"现行|"
    r"(?:开通|通车|调整|改革|实施|上调|下调|建成|开业|投产|启用|扩建|改建|合并)前|"
    r"\b(?:originally|previously|initially|formerly|used to)\b"
    # a question opening with a clause "Before the drive, ...": what was before it changed
    r"|^before\s+(?:the|its|their|his|her|this|that)\b[^,?]*,"
    # ... or naming a past time anywhere: "in the old days", "before the Heisei mergers" (not a year:
    # "before 2008" bounds a date)
    r"|\b(?:in\s+the\s+old\s+days|in\s+the\s+past|in\s+former\s+times|at\s+first|back\s+then)\b"
    # -- an event named by a noun, not a clause with a verb of its own ("before the ambulance
    # *got* there", "before the tower *was* built": when the deed asked happened, not what was)
    r"|\bbefore\s+(?:the|its|their)\s+(?![^,?]*\b(?:[a-z]+ed|got|was|were|became|began|came|went|took|made|had|did|is|are)\b)[a-z]"
)
#: An English question asking how things stand now, in its own words ("how many ... are *now* in
#: service", "*currently*", "at present"): the dictionary translates "now" as 现在, 目前 or 今, 至今
#: as the corpus writes them, so the translations alone do not say it.
_NOW_ENGLISH_RE = re.compile(r"\b(?:now|nowadays|currently|presently|at\s+present)\b")
#: The years an English question asks what happened in ("in 2025 alone", "during 2024"): not
#: "by 2025" nor "since 2020" -- a sum up to the year is no figure of it.
_WITHIN_YEAR_RE = re.compile(r"\b(?:in|during|within)\s+(?:the\s+year\s+)?((?:1[0-9]|20)\d\d)\b(?!\s*(?:-|to|and)\b)")
#: An English question opening "Of the pitches found damaged, how many …" (or "Among those …,"):
#: what it asks is a part of the things the opening clause names, not how many they were.
_PART_ASKED_ENGLISH_RE = re.compile(r"^(?:of|among)\s+(?:the|those|these|all|its|their)\b[^,?]*,\s*(?:how|what)\b")
_UNTIL_RE = re.compile(
    r"结束|截止|到什么时候|到何时|至何时|[从自由]哪一?[天日年月][^，,。？?]{0,6}?[到至]哪一?[天日年月]|为止|终止|闭幕|落幕|告终|收尾|收官|完结|"
    r"\b(?:end|ends|ended|finish|finishes|finished|conclude|concludes|concluded|until)\b"
)
_SINCE_RE = re.compile(
    r"[从自由](?:何时|什么时候|哪一?[年天月日])|(?:何时|什么时候|哪一?[年天月日])(?:起|开始)|开始于|始于|起始|启动|开局|开幕|开启|[拉揭]开序幕|揭幕|"
    r"\b(?:start|starts|started|begin|begins|began|begun|since)\b"
)


#: The noun a "how ..." question's adjective names: a text gives the figure after it (整機厚度僅4.6毫米).
_HOW_ATTRIBUTES = {"厚": "厚度", "宽": "宽度", "深": "深度", "重": "重量"}
_HOW_ATTRIBUTE_RE = re.compile(r"多([厚宽深重])(?![量要少])")


def how_attribute(text: str) -> str | None:
    """The noun 多厚, 多宽, 多深 or 多重 asks the figure of (厚度, 宽度, 深度, 重量), or None."""
    found = _HOW_ATTRIBUTE_RE.search(normalize(text))
    return _HOW_ATTRIBUTES[found.group(1)] if found else None


def names_range_half(word: str) -> bool:
    """Whether ``word`` alone says a date question asks for a range's end or start (结束, 开始,
    "ended", "began"): the answer may write it only as a range's half (2023年4月至2024年1月)."""
    norm = normalize(word)
    return _UNTIL_RE.fullmatch(norm) is not None or _SINCE_RE.fullmatch(norm) is not None


def range_half(word: str) -> str | None:
    """Which half of a range ``word`` alone asks for: "until" (结束, "ended"), "since" (开始,
    "began"), or None (:func:`names_range_half`)."""
    norm = normalize(word)
    return "until" if _UNTIL_RE.fullmatch(norm) else "since" if _SINCE_RE.fullmatch(norm) else None


_MAGNITUDE_RE = re.compile(r"(?<![哪这那])(?:多少|几)(万亿|万|亿|千|百)|\bhow (?:many|much) ?(万亿|万|亿|千|百)(?![\u4e00-\u9fff])")
MAGNITUDES = frozenset({"万亿", "万", "亿", "千", "百"})


# English: "how many" before a proportion word still asks for a count ("how many aspects ... by
# 99.8 percent"); which measure words fit an English count comes from the dictionary and the
# corpus (bot.answer.english.amounts.measure_words), not from here.
_HOW_MANY_RE = re.compile(r"\bhow many\b")


@dataclass(frozen=True)
class QuestionInfo:
    """What the question asks for, and the hints it gives about the figure.

    ``unit``: the measure word after 多少/幾; ``units``: further measure words that fit (an
    English count's); ``dimension``: what the figure measures ("area", "age", "time" ...);
    ``date_part``: the date detail asked for ("y", "m", "md", "d"); ``until``: it asks when something
    ended, ``since``: when it started (a range's end or start answers); ``change``: it asks by how
    much something rose or fell (增长了多少); ``quoted``: the figures the question itself writes (never its answer); ``counted_phrase``: the nouns
    of the thing counted by a measure word of things (多少家老年食堂: 老年, 食堂).
    """

    kind: AnswerKind | None
    unit: str | None
    quoted: tuple[Figure, ...] = ()
    counted: str | None = None
    units: frozenset[str] = frozenset()
    dimension: str | None = None
    date_part: str | None = None
    until: bool = False
    since: bool = False
    change: str | None = None  # a change asked (增长了多少): its direction, "up" or "down"
    counted_phrase: tuple[str, ...] = ()  # the nouns of what is counted by a measure word of things
    deed: str | None = None  # what befell the people counted or what they did (多少人死亡 → 死亡)
    per: bool = False  # it asks an amount per person, household, year ... (每人, 人均)
    total: bool = False  # it asks a total (一共, 总共, 累计)
    earlier: bool = False  # it asks what something was before it changed (原来, 以前, originally)
    part: bool = False  # an English question asks a part of what its opening clause names ("Of the X, how many …")
    attribute: str | None = None  # the length asked (多高: "高", 直径: "径": bot.alike)
    reached: bool = False  # it asks the level a change reached (提高到多少, 降至多少)
    bound: str | None = None  # it asks a bound: "lower" (都在多少以上, 下限), "upper" (多少以下, 上限)
    first: bool = False  # a date question asks when something first happened (最早, 首次, 第一次)
    most: bool = False  # an amount asks its most (最高, 最多, 至多): of a range, its end
    english: bool = False  # some of its words are English, searched by their translations
    ordinal: int | None = None  # an English question names the Nth of a series ("the *second* round")
    after: tuple[str, ...] = ()  # an English question's terms for the event it asks a figure after ("after solar power was added")
    untimed: bool = False  # an English count of things naming no span of time ("the number of boys"): no duration answers
    share: bool = False  # an English question asks what share of a whole something is ("what share of the mains")
    whole: bool = False  # ... of all of it, said so ("what share of *all* the sites", "of the *total*")
    periods: tuple[str, ...] = ()  # the periods it names relative to now, as written (上一冰雪季, 本学年)
    verbs: tuple[str, ...] = ()  # an English date or count question's verbs' translations ("launched": 启动)
    rate: str | None = None  # the period an English count asks an amount per ("*each year*": year)
    now: bool = False  # an English question asks what is now, in its own words ("now", "currently")
    plan: bool | None = None  # a wholly English question asks a plan or the future, in its own words (None: not English)
    within: tuple[int, ...] = ()  # the years an English question asks what happened in ("in 2025", "during 2024")
    amount: bool = False  # a wholly English count asks "how much": where an amount is given, no count of things nor a date
    bases: tuple[Figure, ...] = ()  # the dates of ``quoted`` it compares with (比113年增长了多少: 113年), no date asked
    scale: float | None = None  # the power of ten a wholly English count asks its answer in ("in hundred millions of yuan": 1e8)
    spelled: tuple[float, ...] = ()  # the numbers a wholly English count spells in words ("the three projects"): given, not asked
    given: tuple[float, str] | None = None  # an English count's "<number>-<unit>" modifier ("seven-day": 7, 天): its own figure
    noun_after: str = ""  # a count's characters right after its measure word (多少个助浴点: 助浴点; up to four)
    #: a wholly English count's translations of the nouns of its counted phrase ("how many *meal points*":
    #: 餐点) and of the nouns it names after it ("for elderly *villagers*": 乡镇, another thing)
    counted_nouns: frozenset[str] = frozenset()
    other_nouns: frozenset[str] = frozenset()

    @property
    def wants_figure(self) -> bool:
        return self.kind in FIGURE_KINDS

    @property
    def counts_by_measure(self) -> bool:
        """Whether what is counted is the measure word's own noun (多少席次, 多少票数, 多少名额 -- not
        多少人口): the text counts by the measure word (51席) and need not write the noun."""
        return bool(self.counted and self.unit and self.counted in (self.unit + "次", self.unit + "数", self.unit + "额"))

    @property
    def numbers(self) -> tuple[str, ...]:
        """The numbers the question quotes, as written ("99.8")."""
        return tuple(f.number for f in self.quoted if f.kind != "date")


#: What asks an amount's most (最高可以長在海拔幾公尺: of 50米至1,520米, 1,520米).
_MOST_RE = re.compile(r"最(?:高|多|大|长|远|深|重|晚)|上限|至多|\bat most\b|\bmaximum\b")

#: What asks, in English, the share of a whole something is ("what share of the mains", "the
#: proportion of"): a level, not the rate something grew by (同比增长18.6%).
_SHARE_OF_RE = re.compile(r"\b(?:share|proportion|fraction|percentage|per ?cent)\s+of\b")
#: ... of all of something, said so ("what share of *all* of the sites", "the proportion of *the
#: total*"): a whole, which Chinese writes after 占 (占全市总数的24.7%).
_SHARE_OF_ALL_RE = re.compile(_SHARE_OF_RE.pattern + r"\s+(?:all|the\s+(?:total|whole|entire)|total)\b")

#: What asks when something first happened: of the years a passage gives it, the earliest.
_FIRST_RE = re.compile(r"最早|最初|首次|第一次|首度|起初")


#: The Chinese characters right after a count's measure word (多少个助浴点: 助浴点): what it counts.
_NOUN_AFTER_RE = re.compile("[\u4e00-\u9fff]{0,4}")


def _past_whole(norm: str) -> str:
    """An English question past the opening clause naming the whole it asks a part of ("Of the
    *total* invested, how much came from ...": :data:`_PART_ASKED_ENGLISH_RE`): that clause's
    "total" names the whole, and asks no total."""
    part = _PART_ASKED_ENGLISH_RE.search(norm)
    return norm[norm.index(",") + 1 :] if part is not None else norm


def analyse(
    question: str, counted: str | None = None, counted_phrase: Sequence[str] = (), deed: str | None = None
) -> QuestionInfo:
    """Classify a question (either script, or English) by the answer it wants.

    ``counted`` is the thing a count question counts, when the caller knows it ("共富工坊");
    ``counted_phrase`` the nouns of what it counts by a measure word of things; ``deed`` what
    befell the people it counts or what they did.
    """
    norm = normalize(question)
    how_many = _HOW_MANY_RE.search(norm)
    kind = answer_kind(norm, how_many)
    unit_match = UNIT_AFTER_RE.search(norm)
    unit = (unit_match.group(1) or unit_match.group(2)) if unit_match else None
    if unit is None:
        magnitude = _MAGNITUDE_RE.search(norm)  # 多少万, 几千: the figure is counted in those
        unit = (magnitude.group(1) or magnitude.group(2)) if magnitude else None
    if kind in ("date", "time"):
        unit = None  # 西元幾年, 幾世紀, 幾點: a year, a century, an hour -- not a number of them
    quoted = _quoted(question)
    return QuestionInfo(
        kind=kind,
        unit=unit,
        quoted=quoted,
        bases=_bases(question, quoted),
        counted=counted if kind == "count" else None,
        counted_phrase=tuple(counted_phrase) if kind == "count" else (),
        deed=deed if kind == "count" else None,
        per=kind == "count" and PER_RE.search(norm) is not None or _PER_ASKED_ENGLISH_RE.search(norm) is not None
        or (kind == "count" and _ONE_ASKED_ENGLISH_RE.search(norm) is not None),
        total=kind == "count" and (_TOTAL_ASKED_RE.search(norm) is not None or bool(counted and "总" + counted in norm))
        or _TOTAL_ASKED_ENGLISH_RE.search(_past_whole(norm)) is not None,
        earlier=_EARLIER_RE.search(norm) is not None,
        now=_NOW_ENGLISH_RE.search(norm) is not None,
        plan=english_plan_asked(question),
        within=tuple(int(year) for year in _WITHIN_YEAR_RE.findall(norm)),
        part=_PART_ASKED_ENGLISH_RE.search(norm) is not None,
        dimension=_dimension(norm, unit) if kind in ("count", "ordinal") else None,
        date_part=_date_part(norm) if kind == "date" else None,
        until=kind in ("date", "time") and _UNTIL_RE.search(norm) is not None,
        since=kind in ("date", "time") and _SINCE_RE.search(norm) is not None,
        change=change_asked(norm) if kind in ("count", "percent") else None,
        attribute=length_attribute(norm, asked=True) if kind == "count" else None,
        reached=kind in ("count", "percent") and REACHED_RE.search(norm) is not None,
        bound=_bound(norm) if kind in ("count", "percent") else None,
        first=kind == "date" and _FIRST_RE.search(norm) is not None,
        most=kind in ("count", "percent") and _MOST_RE.search(norm) is not None,
        share=_SHARE_OF_RE.search(norm) is not None,
        whole=_SHARE_OF_ALL_RE.search(norm) is not None,
        periods=tuple(m.group(0) for m in RELATIVE_PERIOD_RE.finditer(norm)),
        noun_after=_NOUN_AFTER_RE.match(norm, unit_match.end()).group(0) if kind == "count" and unit_match else "",
    )


def with_english(
    info: QuestionInfo,
    kind: str | None,
    counted: str | None,
    units: frozenset[str] = frozenset(),
    dimension: str | None = None,
    english_only: bool = False,
    deed: str | None = None,
    unit_named: bool = True,
) -> QuestionInfo:
    """``info`` with what the question's English words say: its kind when the Chinese gave none,
    or whenever the question is ``english_only`` and its English reading found one (that reading
    knows the first question word asks: "how old was the passenger *who* was killed" asks an age,
    not a person); for a count, the thing counted, the measure words that fit it and what it
    measures (``dimension``, when nothing else said: "how *large* is ...", an area). ``counted`` is
    taken for the unit asked only when ``unit_named`` (not for "how much *rice*", 米)."""
    info = dataclasses.replace(info, english=True)
    if info.kind == "time" and kind == "date":
        pass  # "what time does it open": a time of day, the date's finest detail
    elif (info.kind is None or english_only) and kind in ("count", "percent", "date", "ordinal", "who", "where"):
        info = dataclasses.replace(info, kind=kind)  # type: ignore[arg-type]
    if info.kind == "count" and info.counted is None and counted is not None:
        info = dataclasses.replace(info, counted=counted)
        if unit_named and info.unit is None and normalize(counted) in MATCHING_UNITS:
            # "how many *square kilometres*", "how tall ... *in metres*": as 多少平方公里 says
            unit = normalize(counted)
            info = dataclasses.replace(info, unit=unit, dimension=_dimension("", unit))
    if info.kind == "count" and units:
        info = dataclasses.replace(info, units=info.units | units)
    if info.kind == "count" and info.dimension is None and dimension is not None:
        info = dataclasses.replace(info, dimension=dimension)
    if info.kind == "count" and info.deed is None and deed is not None:
        info = dataclasses.replace(info, deed=deed)  # "how many people *died*": 死亡
    return info




#: A bound asked (好评率都在多少以上, 下限是多少; 多少以下, 上限): a figure written as one answers it
#: (99.8%以上). The words naming the bound itself (下限, 上限) are no topic to search.
BOUND_WORDS = {"lower": frozenset({"下限", "底线"}), "upper": frozenset({"上限", "封顶"})}
_BOUND_RE = {
    "lower": re.compile(r"(?:多少|几成?|百分之几|什么水[平准])(?:以上|之上)|下限|底线|至少(?:有|是|为|达)?(?:多少|几)|不低于|不少于|高于什么|\bat least\b|\bminimum\b"),
    "upper": re.compile(r"(?:多少|几成?|百分之几|什么水[平准])(?:以下|之下)|上限|封顶|至多|不超过多少|不高于|低于什么|\bat most\b|\bmaximum\b"),
}


def _bound(norm: str) -> str | None:
    return next((side for side, pattern in _BOUND_RE.items() if pattern.search(norm)), None)




def _date_part(norm: str) -> str | None:
    return next((part for part, pattern in _DATE_PARTS if pattern.search(norm)), None)


def without_unit(info: QuestionInfo, question: str) -> QuestionInfo:
    """``info`` read with no measure word (the one found begins another word: 多少回购股份)."""
    dimension = _dimension(normalize(question), None) if info.kind in ("count", "ordinal") else None
    return dataclasses.replace(info, unit=None, dimension=dimension)


def _dimension(norm: str, unit: str | None) -> str | None:
    """What the asked figure measures: its unit's dimension, else what the question's words say."""
    named = measured(norm)
    by_unit = unit_dimension(unit) if unit is not None else None
    if by_unit in COUNTED_DIMENSIONS:
        return named or by_unit  # "多少个" counts things -- unless it says what ("面积有多少个平方公里")
    return by_unit or named


_APPROXIMATELY_RE = re.compile(r"(?:约|大约|近|将近|接近|超过|逾|大概|左右)$")


#: What writes the date after it as the base a change is compared with (比113年, 較上年, 相較於2024年) ...
_BASE_BEFORE_RE = re.compile(r"(?:比|较|相较于|较之)$")
#: ... or, after 与/和/跟/同, what follows the date (与113年相比, 和2024年比较).
_BASE_AFTER_RE = re.compile(r"的?(?:相比|比较|相较|比)")


def _bases(question: str, quoted: Sequence[Figure]) -> tuple[Figure, ...]:
    """The dates the question writes as the base of a comparison (载客比113年增长了多少, 与2024年相比):
    what the figure asked is compared with, not the time it is of."""
    out = []
    for figure in quoted:
        if figure.kind != "date":
            continue
        before = normalize(question[max(0, figure.start - 3) : figure.start])
        if _BASE_BEFORE_RE.search(before) or (
            before.endswith(("与", "和", "跟", "同")) and _BASE_AFTER_RE.match(normalize(question[figure.end : figure.end + 3]))
        ):
            out.append(figure)
    return tuple(out)


def _quoted(question: str) -> tuple[Figure, ...]:
    """The figures the question writes; those after 約/近/超過 ("將近5萬人") are marked approximate."""
    out = []
    for figure in find_figures(question):
        before = normalize(question[max(0, figure.start - 2) : figure.start])
        if _APPROXIMATELY_RE.search(before) or figure.approximate:
            figure = dataclasses.replace(figure, approximate=True)
        out.append(figure)
    spans = [f for f in year_span_figures(question) if not any(f.start < o.end and o.start < f.end for o in out)]
    if spans:  # "the 2016-2018 repair": no figure to the reader, two bare years to the question
        out = sorted([*out, *spans], key=lambda f: f.start)
    return tuple(out)
