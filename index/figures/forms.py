"""The written forms of a figure, as one pattern whose named groups say what was found:
``date``, ``clock`` (a time of day: 22:30, 上午10時), ``pct`` (a proportion: 99.67%, 三成, 1/3, 1：7,
1比3), ``session`` (十五屆四次), ``first`` (首屆, an ordinal), ``weekday`` (星期六, 週日), ``roman``
(Ⅰ級), ``ordinal`` (第二批), ``duration`` (a time in several units: 3分33秒62, 5年6個月), ``arabic`` and
``chinese`` (a number, usually with its unit)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from index.figures.numerals import CN_NUMERAL_CHARS, chinese_number
from index.figures.units import LATIN_UNITS, UNITS

#: 民國 years count from 1912: 民國1年 is 1912.
ROC_OFFSET = 1911


def _one_of(words: Sequence[str], after: Mapping[str, str] | None = None) -> str:
    """A pattern matching what the alternation of ``words`` (each followed by its pattern in
    ``after``), in their order, would match -- faster: the next character is tested first, and
    then only the words it begins are tried (words that begin differently never both match, so
    grouping them by their first character keeps every order that counts). The units after a
    number are some 330 words: tried one by one, they cost a tenth of the figure pattern's time."""
    after = after or {}
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]) + after.get(word, ""))
    firsts = "".join(re.escape(first) for first in groups)
    grouped = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    return f"(?=[{firsts}])(?:{grouped})"


_LATIN_UNIT = r"\s?(?:" + "|".join(re.escape(u) for u in LATIN_UNITS) + r")(?![A-Za-z])"
# 对 (a pair) only after digits and before no number (以2對1獲勝 is a score; 大陸對, 一一对应 are words).
_PAIRS = ("对", "對")
# 点 (index points) only after three digits or a decimal -- never an hour (9點開始, 8點30分) -- and
# before no minutes
_POINTS = ("点", "點")
_POINT = r"(?:(?<=\d{3})|(?<=[.．]\d)|(?<=[.．]\d\d))[点點](?![\d０-９分半鐘钟整])"
# 分 (a score: 58分, 4.5分) only after digits and before no minutes' or seconds' digits, 之 or 鐘
# (3分33秒, 5分之1 are other forms; 三分天下, 七分飽 are words)
_SCORE = "分"
# 兩 (a tael of silver: 白銀2億兩) only after digits too, and before no word it begins (兩岸, 兩國)
_TAELS = ("两", "兩")
# 年 (years) before no 级 (三年級學生 is a school year, not a span)
_YEARS = {"年": "(?![级級])"}
_UNIT = (
    _one_of(
        [u for u in UNITS if u not in _POINTS and u != _SCORE],
        {**dict.fromkeys(_PAIRS, "(?![\\d０-９])"), **dict.fromkeys(_TAELS, "(?![岸国國个個者种種])"), **_YEARS},
    )
    + "|" + _POINT + "|" + _SCORE + "(?![\\d０-９之鐘钟])|" + _LATIN_UNIT
)
# 周 (weeks) only after digits too: 四周 is "all around" (四周環繞), far oftener than four weeks
_WEEKS = ("周", "週")
_CN_UNIT = _one_of([u for u in UNITS if u not in (*_PAIRS, *_POINTS, *_WEEKS, *_TAELS, _SCORE)], _YEARS) + "|" + _LATIN_UNIT
_NUM = r"\d{1,3}(?:,\d{3})+(?:[.．]\d+)?|\d+(?:[.．]\d+)?"
# A Chinese numeral starts with a digit or 十: a lone 百/千/萬 is a word (千家萬戶, 百萬富翁).
_CN = rf"[零〇一二兩两三四五六七八九十壹貳贰參叁肆伍陸陆柒捌玖拾][{CN_NUMERAL_CHARS}]*"
_CN_DIGIT = "[〇零一二兩两三四五六七八九]"
# 8千名 (not 3千米: a unit); 3千餘萬元 (the 餘 read as approximate)
_MULT = "(?:萬億|万亿|千[餘余多]?[萬万]|百[餘余多]?[萬万]|萬|万|億|亿|千(?![米克瓦卡]))"
_APPROX = "(?:余|餘|多)"
#: What stands between a range's two ends (5～8％, 2023年4月至2024年1月): one place for every pattern.
RANGE_MARKS = "至到—–-－~～〜"
_RANGE_CHARS = re.escape(RANGE_MARKS)
_SEP = rf"\s*[{_RANGE_CHARS}]\s*"
RANGE_SEP_RE = re.compile(_SEP + "$")

# Dates: years (西元/公元/民國 or three or four digits), months, days, centuries, decades, "... 年前".
_ERA = "(?:(?:西元|公元|紀元|纪元)前?|民[國国])"
_YEAR = rf"(?:{_ERA}\s*(?:\d{{1,4}}|{_CN})|\d{{3,4}}|{_CN_DIGIT}{{4}})年(?![代度])"
_MONTH = r"(?:\d{1,2}|十[一二]?|[一二三四五六七八九])月份?"
_DAY_NUMBER = r"(?:\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_DAY = rf"{_DAY_NUMBER}[日号號]"
# A decade: 1960年代, 1960-70年代, 八十年代 (of the twentieth century, unless a century is written
# before it: 二十世紀六十年代, 19世紀80年代).
_DECADE = rf"(?:\d{{2,4}}(?:{_SEP}\d{{2,4}})?|[二三四五六七八九]十)年代"
_PERIOD = "(?:初期|中期|中葉|中叶|前期|後期|后期|晚期|早期|末期|上半葉|上半叶|下半葉|下半叶|初|末|中(?=[，,。、；開开以起後后]))"
# The part of a year or month a date names: 2023年底, 6月初, 上半年, 3月上旬 (not 初步, 初級).
_PART_OF = r"(?:[底末]|初(?![步级級次期中]))"
# A range into the next year: 10月至翌年4月 (a season: winter, a flowering, a school year).
_NEXT_YEAR = "(?:翌年|次年|隔年|來年|来年)"
_SINGLE_DATE = (
    rf"{_YEAR}(?:{_MONTH}(?:{_DAY}|{_PART_OF}|[上中下]旬)?|{_PART_OF}|[上下]半年)?"
    rf"|{_MONTH}{_DAY}"
    rf"|\d{{1,2}}月份?(?:[初底末]|上旬|中旬|下旬)?"
    rf"|(?:十[一二]?|[一二三四五六七八九])月(?=[初底中旬，,。、；至到])"
    # ... or opening a clause (，十一月立為皇后), after a year's word or a preposition (翌年二月, 至十一月時;
    # not 五月天, 二月河 inside a name)
    rf"|(?:(?<![\u4e00-\u9fff])|(?<=[至到于於在年]))(?:十[一二]?|[一二三四五六七八九])月(?![份天花河雪亮光色])"
    rf"|(?:{_ERA})?(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})世[紀纪](?:{_DECADE})?{_PERIOD}?"
    rf"|{_DECADE}{_PERIOD}?"
    rf"|(?:{_NUM}){_MULT}?{_APPROX}?年(?:以)?前"
)
_DATE = (
    rf"(?:西元|公元|紀元|纪元)前\d{{1,4}}年?{_SEP}前\d{{1,4}}年(?![代度])"  # 公元前598～前591年
    rf"|\d{{4}}{_SEP}\d{{2,4}}年(?![代度])"  # 2014-15年
    rf"|\d{{1,2}}{_SEP}\d{{1,2}}月"  # 2至4月
    rf"|(?:{_SINGLE_DATE})(?:{_SEP}(?:{_SINGLE_DATE}|{_DAY}|今|{_NEXT_YEAR}{_MONTH}(?:{_DAY}|[上中下]旬)?))?"
)

_PERCENT = (
    rf"(?:百|千)分之(?:{_NUM}|{_CN})(?:[點点]{_CN_DIGIT}+)?"
    rf"|(?:{_NUM})\s*[%％‰]?{_SEP}(?:{_NUM})\s*[%％‰]"
    rf"|(?:{_NUM})\s*[%％‰]"
    rf"|(?:{_NUM})/(?:10|100|1000)?[万萬]"  # a rate per ten thousand or more: 15.1/10萬
    rf"|(?:{_NUM}|[一二兩两三四五六七八九十]{{1,3}})分之(?:{_NUM}|{_CN})"
    rf"|(?:[二兩两三四五六七八九]|十)成{_APPROX}?"
    # tenths after digits (3成, 7至8成); not a word starting with 成 (3成員, 5成功)
    rf"|\d(?:{_SEP}\d{{1,2}})?成{_APPROX}?(?![员員功为為立本果交长長都熟就绩績年人份分品型效语語])"
    r"|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/])"  # a fraction: 1/3
    r"|(?<![\d:：.])\d{1,3}(?:\.\d+)?\s*(?:比|[:：](?!\d\d(?!\d)))\s*\d{1,3}(?:\.\d+)?(?![\d:：])"  # a ratio: 1：7, 1比3 (not 11:00)
    r"|一成(?=[，,。、；的左以])"
)
#: Roman numerals as one character each, as Chinese text writes a level: Ⅰ級響應, Ⅲ類水質.
ROMAN_NUMERALS = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
# A day of the week: 星期六, 禮拜天, 週六, 周一至周五 (not 週年, 周刊, 周岁, 每周一次).
_WEEKDAY_ONE = "(?:星期|禮拜|礼拜)[一二三四五六日天]|(?<!每)[周週][一二三四五六日](?![年刊期岁歲次個个回])"
_WEEKDAY = rf"(?:{_WEEKDAY_ONE})(?:{_SEP}(?:{_WEEKDAY_ONE}))?"
WEEKDAY_RE = re.compile(_WEEKDAY_ONE)
_FIRST = "首(?:屆|届|次|個|个|位|批|座|家|部|條|条|項|项|任|場|场|輪|轮|期|度)"
# A time in several units: 2小時15分, 3分33秒62 (a swimmer's 3:33.62), 9秒58 (9.58 s).
_HOURS = "(?:小時|小时|時|时)"
_SECONDS = r"(?:\d+(?:[.．]\d+)?\s*秒(?:\d{1,2}(?![\d.]))?)"
_DURATION = (
    r"\d{1,3}\s*年\s*零?\d{1,2}\s*[個个]月"  # 5年6個月 (a year and months: a sentence, an age, a term)
    rf"|[一二兩两三四五六七八九十]{{1,3}}年零?[一二兩两三四五六七八九十]{{1,2}}[個个]月"  # 兩年零三個月
    rf"|\d{{1,3}}\s*{_HOURS}\s*\d{{1,2}}\s*分(?:鐘|钟)?(?:\s*{_SECONDS})?"
    rf"|\d{{1,3}}\s*分\s*{_SECONDS}"
    r"|\d{1,2}\s*秒\d{2}(?![\d.])"
)
# Arabic digits around 億/萬, as Taiwanese news writes a large count: 2,340萬4,096人, 1萬零234對,
# 3億2,000萬元, 13萬3千宗, 1億2千萬元 (the part after 萬 below 10,000; no year or a day after it:
# 5萬2024年 is two figures).
_BELOW_WAN = r"\d[千仟][餘余多]?|\d,\d{3}|\d{1,4}"
_COMPOUND = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:[億亿]零?(?:{_BELOW_WAN})[萬万](?:零?(?:{_BELOW_WAN}))?|[億亿萬万]零?(?:{_BELOW_WAN}))"
    r"(?![\d,.．年月日号號萬万億亿千百十])"
)
_AMOUNT = rf"(?:{_COMPOUND}|(?:{_NUM}){_APPROX}?{_MULT}?){_APPROX}?"
# Taiwanese news names the day it reports with its date in brackets: 今（17）日, 昨（16）日.
_DATELINE_DAY = r"[今昨明][（(]\s*(?:[1-9]|[12]\d|3[01])\s*[）)]日"
DATELINE_DAY_RE = re.compile(r"[今昨明][（(]\s*(\d{1,2})\s*[）)]日")

# A time of day: 22:30, 19:00～21:00, 上午10時, 9點半, 12時26分, 晚8点, 10时许. 點/时 after a number
# is a time only beside a part of the day, minutes (分, 半, 一刻) or 鐘/整 -- or, for 时 after
# digits, a mark after it: "5點意見" counts points, "3時期" and "盛極一時，" are words. The part of
# the day is read before the match (:func:`index.figures.find_figures` joins it to the figure).
DAY_PARTS = ("上午", "下午", "中午", "正午", "晚上", "凌晨", "早上", "早晨", "清晨", "傍晚", "夜間", "夜间",
             "深夜", "午夜", "當晚", "当晚", "晚間", "晚间", "晚", "早")
_DAY_PART = "|".join(DAY_PARTS)
_AFTER_DAY_PART = "(?:" + "|".join(f"(?<={p})" for p in DAY_PARTS) + ")"
_CLOCK_HOUR = r"(?:(?<![\d.．])(?:2[0-4]|[01]?\d)|二十[一二三四]?|十[一二]?|[一二兩两三四五六七八九])"
_HOUR_MARK = "[點点時时]"
_CLOCK_MINUTES = r"(?:[0-5]?\d|[一二三四五]?十[一二三四五六七八九]?|零?[一二三四五六七八九])分(?:鐘|钟)?|半|一刻|三刻|整|鐘|钟"
_COLON_TIME = r"(?:2[0-4]|[01]?\d)[:：][0-5]\d(?:[:：][0-5]\d)?(?![\d.．:：])"
_CLOCK_ONE = (
    rf"(?<![\d.．:：]){_COLON_TIME}"
    rf"|{_AFTER_DAY_PART}{_CLOCK_HOUR}{_HOUR_MARK}(?:{_CLOCK_MINUTES})?"
    rf"|{_CLOCK_HOUR}{_HOUR_MARK}(?:{_CLOCK_MINUTES})"
    rf"|(?<![\d.．])(?:2[0-4]|[01]?\d)[時时](?=[许許起，,。；;、）)]|左右|$)"
)
_CLOCK = rf"(?:{_CLOCK_ONE})(?:{_SEP}(?:{_DAY_PART})?(?:{_COLON_TIME}|{_CLOCK_HOUR}{_HOUR_MARK}(?:{_CLOCK_MINUTES})?))?"

#: Every figure starts with a digit, a numeral or one of these words: a cheap test first.
_STARTS = rf"(?=[\d{CN_NUMERAL_CHARS}第首百千西公紀纪民星周週禮礼今昨明{ROMAN_NUMERALS}])"
# What a date, a proportion and a time in several units each write before the word that makes
# them one (年 月 世; 分 % 成 / 比 :; 小時 分 秒): a group is tried only where its word follows
# such characters -- a test every match of the group passes, so the matches are the same, but a
# plain number ("5821人") is not tried against every date and proportion form first.
_BEFORE_DATE = rf"(?=[\d\s,.．{CN_NUMERAL_CHARS}西元公紀纪前民國国{_RANGE_CHARS}余餘多]*[年月世])"
_BEFORE_PERCENT = rf"(?=[\d\s,.．{CN_NUMERAL_CHARS}{_RANGE_CHARS}]*[分%％‰成/比:：])"
_BEFORE_DURATION = rf"(?=[\d\s{CN_NUMERAL_CHARS}]*[小時时分秒年])"
_BEFORE_CLOCK = rf"(?=[\d{CN_NUMERAL_CHARS}]*[:：點点時时])"
FIGURE_RE = re.compile(
    rf"{_STARTS}(?:(?P<date>{_BEFORE_DATE}(?:{_DATE}))"
    rf"|(?P<clock>{_BEFORE_CLOCK}(?:{_CLOCK}))"
    rf"|(?P<pct>{_BEFORE_PERCENT}(?:{_PERCENT}))"
    rf"|(?P<session>{_CN}[屆届]{_CN}次)"
    rf"|(?P<first>{_FIRST})"
    rf"|(?P<weekday>{_WEEKDAY})"
    rf"|(?P<dateline>{_DATELINE_DAY})"
    rf"|(?P<roman>[{ROMAN_NUMERALS}](?:{_UNIT}))"
    rf"|(?P<ordinal>第(?:{_NUM}|{_CN})(?:{_UNIT}|大|高|号|號)?)"
    rf"|(?P<duration>{_BEFORE_DURATION}(?:{_DURATION}))"
    # a range writes its unit once (5,000至7,000元) or at both ends (1.8厘米至2.5厘米)
    rf"|(?P<arabic>{_AMOUNT}(?:(?P<both>{_UNIT}){_SEP}{_AMOUNT}(?P=both)|(?:{_SEP}{_AMOUNT})?(?:{_UNIT})?))"
    rf"|(?P<chinese>{_CN}{_APPROX}?(?:(?:至|到){_CN}{_APPROX}?)?(?:{_CN_UNIT})))"
)

#: Words before a bare number of years that make it a length of time ("經過100年", "近300年").
_DURATION_BEFORE = ("了", "近", "約", "约", "達", "达", "逾", "經過", "经过", "歷時", "历时", "長達", "长达",
                    "超過", "超过", "每", "共", "滿", "满", "持續", "持续", "有", "壽命為", "寿命为", "期限為",
                    "期限为", "年限為", "年限为", "為期", "为期")
_DURATION_AFTER = ("多", "餘", "余", "間", "间", "來", "来")  # "300多年", "300年間"


def is_duration_year(text: str, whole: str, start: int) -> bool:
    """Whether a bare three-digit "N年" is a length of time, not a year: "近300年" (not "476年")."""
    if not re.fullmatch(r"\d{3}年", text):
        return False
    before = whole[max(0, start - 3) : start]
    after = whole[start + len(text) : start + len(text) + 1]
    return before.endswith(_DURATION_BEFORE) or after in _DURATION_AFTER


#: Words around a bare "N日" that make it a number of days ("為期7日", "未來9日", "3日內"), not a day
#: of the month ("於27日派兵", "15日，日本投降"), which news and encyclopedias mostly mean.
_DAYS_BEFORE = ("為期", "为期", "歷時", "历时", "連續", "连续", "長達", "长达", "未來", "未来", "過去", "过去",
                "期", "共", "達", "达", "近", "約", "约", "逾", "超過", "超过", "每", "了", "需", "花", "用", "滿", "满")
_DAYS_AFTER = ("內", "内", "間", "间", "來", "来", "遊", "游", "之久", "多", "以上", "左右", "餘", "余")
_BARE_DAY_RE = re.compile(r"(?:[1-9]|[12]\d|3[01])日")


def is_day_of_month(text: str, whole: str, start: int) -> bool:
    """Whether a bare "N日" (1-31) names a day of the month rather than a number of days."""
    if not _BARE_DAY_RE.fullmatch(text):
        return False
    before = whole[max(0, start - 2) : start]
    after = whole[start + len(text) : start + len(text) + 2]
    return not before.endswith(_DAYS_BEFORE) and not after.startswith(_DAYS_AFTER)


def approximate_before(whole: str, start: int) -> bool:
    return whole[max(0, start - 1) : start] in ("近", "約", "约", "逾")


# (公元前598～前591年: the first year of a range before the common era may go without its 年)
_YEAR_RE = re.compile(rf"(?P<era>{_ERA})?\s*(?P<year>\d{{1,4}}|{_CN})(?:年|(?={_SEP}前))")
_MONTH_DAY_RE = re.compile(
    r"(?P<month>\d{1,2}|十[一二]?|[一二三四五六七八九])月"
    rf"(?:份?(?P<day>{_DAY_NUMBER})[日号號])?"
)
_BARE_DAY_CALENDAR_RE = re.compile(rf"({_DAY_NUMBER})[日号號]")
_CENTURY_RE = re.compile(rf"(?P<era>{_ERA})?(?P<c>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})世[紀纪]")
#: A year of a reign or an era in numerals right before a bracketed year of the common era
#: (正德六年（1511年）, 同治十二年(1873年), 皇建元年（560年）): its name is the two characters
#: before the numeral, unless they are a word of function or of time (index.figures._with_reigns
#: reads the two as one date; :func:`date_calendar` takes the bracketed year).
REIGN_YEAR = (
    r"(?:(?:(?![於于在是的和及與与至到從从自年月日／/、，,。])[\u4e00-\u9fff]){2}(?:元|[零〇一二兩两三四五六七八九十]{1,4})"
    r"|(?:民國|民国)(?:元|\d{1,3}))年\s*[（(]\s*"  # 民國111年（2022年）: the Republic's years in digits too
)
_REIGN_RE = re.compile(REIGN_YEAR)
_DECADE_RE = re.compile(rf"(?P<d>\d{{2,4}}|[二三四五六七八九]十)(?:{_SEP}\d{{2,4}})?年代")


def date_calendar(text: str) -> tuple[int | None, int | None, int | None]:
    """The (year, month, day) a date's first part names, each None when not written.

    民國 years count from 1912 (民國38年 → 1949), years before the common era are negative,
    a century is its first year (19世紀 → 1800), a decade its first (1960年代 → 1960).
    """
    reign = _REIGN_RE.match(text)
    if reign:  # 正德六年（1511年）: the bracketed year
        text = text[reign.end() :]
    decade = _DECADE_RE.match(text)
    if decade:
        year = _int(decade.group("d")) or 0
        return (year + 1900 if year < 100 else year), None, None
    century = _CENTURY_RE.match(text)
    if century:
        number = _int(century.group("c"))
        if number is None:
            return None, None, None
        before = "前" in (century.group("era") or "")
        start = -(number * 100) if before else (number - 1) * 100
        decade = _DECADE_RE.match(text, century.end())
        if decade and not before:  # 二十世紀六十年代: 1960
            start += (_int(decade.group("d")) or 0) % 100
        return start, None, None
    if re.search(r"年(?:以)?前", text.split("至")[0]) and not _YEAR_RE.match(text):
        return None, None, None
    year_match = _YEAR_RE.match(text)
    year = None
    rest = text
    if year_match:
        number = _int(year_match.group("year"))
        era = year_match.group("era") or ""
        if number is not None:
            year = number + ROC_OFFSET if era.startswith("民") else (-number if "前" in era else number)
        rest = text[year_match.end() :]
    month_day = _MONTH_DAY_RE.match(rest)
    month = day = None
    if month_day:
        month = _int(month_day.group("month"))
        day = _int(month_day.group("day")) if month_day.group("day") else None
    elif year is None and (bare := _BARE_DAY_CALENDAR_RE.match(rest) or DATELINE_DAY_RE.match(rest)):
        day = _int(bare.group(1))  # a bare day of the month: 30日, 今（17）日
    return year, month, day


def _int(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    value = chinese_number(text)
    return None if value is None else int(value)
