"""What marks a question rather than its topic: question words and phrases (多少, 哪座, 哪年哪月,
何种, 这轮), what a count question counts, and the function characters that never belong to a name
jieba's HMM guesses. :class:`index.tokenizer.Tokenizer` reads questions with them."""

from __future__ import annotations

import re

#: Question words after which a noun says what kind of thing the answer is (哪座城市, 哪个国家, 哪些
#: 疾病: the answer names them, 咳嗽, 吐血); not 什么, whose noun is usually written in the answer
#: too (实施了什么行动 → …行动; measured again in the fourteenth session, docs/evaluation.md).
ASKING = frozenset({"哪", "哪个", "哪一", "哪一个", "哪些"})
#: Words for a time, which a question asking one names and its answer writes as a date.
TIME_WORDS = frozenset({"时间", "日期", "年份", "月份", "时期", "年月"})
#: Nouns that, after 什么, say a place is asked (什么地方, like 哪座城市): the kind asked for.
PLACE_ASKED = frozenset({"地方", "地点", "场所"})
#: What asks a name (叫什么名字, 姓名是什么): the text writes the name itself, never the word.
NAME_ASKED = frozenset({"名字", "姓名", "全名", "名称"})
#: What 什么 asks of an amount (高于什么水准, 达到什么程度): the level itself, no word of the text.
LEVEL_ASKED = frozenset({"水平", "水准", "程度"})
#: The part of speech given to such a noun.
ANSWER_TYPE = "type"

# Measure words and magnitudes that follow 多少/几 in a question ("多少万", "几名"): its unit.
MEASURE_WORDS = frozenset("个名家位次期件起份条项所座场批届级块张只种类户篇人万亿千百倍轮天年岁门辆枚架艘册本台部棵头匹间栋幢套方尊盏")
ASKING_CHARS = frozenset("哪几何月日号")  # what else a 哪/几 word may hold: 哪几种, 哪年哪月, 几月几日
TIME_UNITS = frozenset("年月日号天")
THIS = frozenset("这此本该")
WHEN = frozenset({"何时", "什么时候", "几时"})
#: Prepositions of a comparison (比上个月减少了多少): what is compared with is asked by the words
#: after them, which the text may introduce otherwise (較上月減少).
COMPARING = frozenset({"比", "较", "相比", "相较", "较之"})
HOW_ADJECTIVES = frozenset("大高长远深重宽厚粗久快")  # 多大, 多高: "how big", "how tall"
NEVER_IN_NAMES = frozenset("是的了吗呢吧么谁哪啥被把从到和及或")  # single characters that end a run of unknown ones
# Function characters jieba's HMM glues to the end (苻坚于, 论为) or the start (所写) of a guessed word.
TRAILING_FUNCTION = frozenset("于为与在而会来每指有何")
LEADING_FUNCTION = frozenset("所被把由将对从因每此这该们")  # 们: the plural suffix of the word before (干部们下访)
#: A suffix jieba may leave on its own (干部 们): part of the word before, no search term.
SUFFIXES = frozenset({"们"})
NUMERAL_RE = re.compile(r"^[0-9零〇一二两三四五六七八九十百千万亿]+")

# Words that say what kind of answer is wanted, point at the text itself (这次, 综述) or only
# modify the verb (会, 应该): dropped from a question's search terms (the index keeps them).
QUESTION_WORDS: frozenset[str] = frozenset(
    """
    多少 几 几个 几次 几家 几名 几项 几年 什么 什么样 哪些 哪个 哪里 哪儿 哪 哪年 哪一年 哪天 哪月
    谁 怎么 怎么样 怎样 如何 为何 为什么 何时 何地 何 啥 是否 是不是 有没有 多久 多长 几时 时候
    第几 第多少 是谁 什么时候 多大 多高 多远 多深 多重 多宽 多厚 多粗 多快 占比 百分之几 百分比 比例 比率 数字 数目 总数 一共 共计
    次数 人数 个数 数量 数值 金额 数额 东西 比重 合计 总计 总共
    指 是指 指的是 代表 意思 含义 意味着 表示 数据 具体 分别
    这次 此次 本次 这场 该次 综述 起止 会 能够 应该
    全部 所有 一切 整个 已经 一直 究竟 到底 大家
    how many much what which who whom whose when where why number percentage percent share
    proportion rate ratio amount count total
    """.split()
)

#: Words for whoever wrote a text: a question asking who wrote it is answered by the byline,
#: whichever of them the text uses (本報記者 李燦 for 作者是谁).
WRITER_WORDS = ("作者", "记者", "撰稿人", "笔者", "撰文", "执笔", "通讯员")
#: Verbs of writing a text: "这篇文章是谁写的" asks for its writer.
WRITING = frozenset({"写", "撰写", "执笔", "撰文", "写作", "编写"})
#: Words for the text itself (文章, 本文): "这篇文章是谁写的" asks about the text, not a work it names.
TEXT_WORDS = frozenset(
    {"文章", "本文", "全文", "原文", "此文", "该文", "报道", "报导", "稿件", "稿子", "综述", "这篇", "此篇", "本篇",
     "新闻", "这则", "此则", "本则", "该则"}
)
#: The measure words of a text (这则新闻, 这篇报道), which the segmenter leaves alone: they name it too.
TEXT_MEASURES = frozenset({"则", "篇"})

# What follows 多少/几 and an optional measure word: the thing being counted.
COUNTED_RE = re.compile(r"(?:多少|几)(?:个|名|家|位|次|期|件|起|份|条|项|所|座|场|批|届|级|块|张|只|种|类|户|篇|人)?([\u4e00-\u9fff]{1,8})")
# A measure word of things (not of events, times or people): the noun phrase after 多少家/几个 is
# the very thing counted ("多少家老年食堂", "几个邦分会组织").
THING_MEASURES = "个名家位件份条项所座场批块张只种户篇"
#: Measure words of people (多少名, 多少人次).
PEOPLE_MEASURES = frozenset({"人", "名", "位", "人次"})
#: ... of persons, not of visits (人次).
PERSON_MEASURES = PEOPLE_MEASURES - {"人次"}
#: ... and of persons only: 人 is a noun too, so a word counted in 名 or 位 names a person.
PERSON_ONLY_MEASURES = frozenset({"名", "位"})
#: ...and what stands right after those (多少人死亡).
PEOPLE_COUNTED_RE = re.compile(r"(?:多少|几)[十百千万亿]*(?:人|名|位)([\u4e00-\u9fff]{1,8})")
#: People counted last, after what befell them (饿死了多少人, 遇难了多少人) ...
PEOPLE_COUNTED_LAST_RE = re.compile(r"([\u4e00-\u9fff]{1,8}?)了?(?:多少|几)[十百千万亿]*(?:人|名)[？?]?$")
#: ... a verb ending so (饿死, 受伤, 身亡, 遇难, 失踪, 遇害, 被困, 获救, 受灾) -- not a change (减少了多少人).
BEFELL_ENDINGS = ("死", "伤", "亡", "难", "踪", "害", "困", "救", "灾")
THING_COUNTED_RE = re.compile(rf"(?:多少|几)[十百千万亿]*[{THING_MEASURES}]([\u4e00-\u9fff]{{1,12}})")
#: A count asked by a noun of its own as measure word, closing the question (设了几站, 赢了几州): the
#: noun is what is counted, written after the number in the text (全年共设17站) -- not money (多少钱),
#: a time (多久, 几点, 几号), some (几些) or a time something is done (几回, 几遍, 几趟, 几下).
OWN_MEASURE_ASKED_RE = re.compile(r"(?:多少|几)((?![钱久些号点回遍趟下])[\u4e00-\u9fff])[？?！!。\s]*$")
#: A final 数 naming a number (党员数, 整改问题数) -- not of 多数, 少数, 无数, 函数.
NUMBER_NAMED = r"(?<![多少无函])数(?=[？?]?$)"
# ...or what stands before 总数/数量, or a final 数: "党员总数是多少", "浙江党员数" count 党员
# (人数, 次数: people and times, not what is counted).
COUNTED_BEFORE_RE = re.compile(rf"([\u4e00-\u9fff]{{2,8}}?)(?:的)?(?:总数|总量|数量|个数|数目|(?<![人次]){NUMBER_NAMED})")
# ...or the noun right before 有多少/有几 ("包村联社的县级领导有多少人" counts 领导).
COUNTED_HAS_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:一共|总共|共)?有(?:多少|几)")
# The noun phrase before 一共/总共 and a verb ("老年食堂一共建了多少个"): what a measure word of
# things counts (the counted phrase, not a word that must be written: 教学点 may be 教學示范點).
COUNTED_TOTAL_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:一共|总共|共计)[\u4e00-\u9fff]{1,3}?(?:多少|几)")


def counting(word: str) -> bool:
    """Whether a measure word after ``word`` is a question's unit: after 多少/几, or a word
    jieba joined to measure words (几万, 多少年; not 几乎)."""
    for count in ("多少", "几", "幾"):
        if word.startswith(count) and all(ch in MEASURE_WORDS for ch in word[len(count):]):
            return True
    return False


def asks_which(word: str) -> bool:
    """A question word with its numerals, measure words or date units: 哪座, 哪两位, 几位, 哪几种, 何年, 何种,
    哪年哪月 (not 哪里, 几乎)."""
    return len(word) > 1 and word[0] in "哪几何" and all(
        ch in MEASURE_WORDS or ch in ASKING_CHARS or NUMERAL_RE.match(ch) for ch in word[1:]
    )


def joined_how(pieces: list[str]) -> list[str]:
    """jieba's pieces with 多 and an adjective it cut apart joined again (多/大比重 → 多大 比重)."""
    out: list[str] = []
    for piece in pieces:
        if out and out[-1] == "多" and piece in HOW_ADJECTIVES:
            out[-1] += piece
        else:
            out.append(piece)
    return out


def peeled(word: str) -> tuple[str, str, str]:
    """``word`` as (function characters before, the rest, function characters after): 苻坚于 →
    ("", "苻坚", "于"), 所写 → ("所", "写", "")."""
    start, end = 0, len(word)
    while end - start > 1 and word[start] in LEADING_FUNCTION:
        start += 1
    while end - start > 1 and word[end - 1] in TRAILING_FUNCTION:
        end -= 1
    return word[:start], word[start:end], word[end:]


def refers_back(word: str) -> bool:
    """这轮, 此次, 本届, 该项: "this" with a measure word points at the text's own topic."""
    return len(word) > 1 and word[0] in THIS and all(
        ch in MEASURE_WORDS or NUMERAL_RE.match(ch) for ch in word[1:]
    )


#: Measure words an ordinal "first" takes both as 首X and as 第一X (首批 = 第一批, 首届 = 第一届).
FIRST_MEASURES = frozenset("届次个位批座家部条项任场轮期")


#: Statistical shorthand of news figures: 同比 is "compared with the same period last year", which
#: Hong Kong news writes 按年.
SAME_PERIOD = {"去年同期": ("同比",), "上年同期": ("同比",), "同比": ("去年同期", "按年"), "按年": ("同比",)}


#: The year before, as a change is measured against it (比上年, 较前一年, 比去年增长): news writes it
#: in any of these forms, or as the year itself (較112年).
PREVIOUS_YEAR = ("上年", "去年", "前一年", "上一年")


#: The most and the least of an amount, as news writes them of a count too (客流最多, 单日客流最高).
MOST_WRITTEN = {"最多": "最高", "最高": "最多", "最少": "最低", "最低": "最少"}


#: Words that introduce another name of what they follow (阿閦佛又稱之為…: the text writes 又名).
OTHER_NAME = ("又称", "又名", "别称", "别名", "也称", "亦称", "俗称", "又叫", "也叫", "称之为", "又称为", "别号", "旧称")


#: Verbs that say where a thing is put, written with 在 or 于 alike (设在 / 设于, 建在 / 建于, 葬在 / 葬于).
_PLACED = frozenset("设建位葬藏住放")

#: The verbs of founding, which texts write one for another where a founder is asked (创办人: 由…商人…
#: 创立).
FOUNDING = ("创办", "创立", "创建", "创设", "创始")


#: The name of an amount after 总 ("total"), which texts leave out (总金额: 金额; not 总书记, 总经理).
_AMOUNT_NAMED_RE = re.compile(r"^(?:金额|人数|产值|产量|面积|投资|收入|支出|经费|资金|规模|人口)$|[额量值]$")


#: What a thing is now, written with 现 or 今 alike (现址 / 今址, 现名 / 今名, 今属 / 现属).
_NOW_NAMED = frozenset("址名称存属")

#: Verbs of a change, which reach the level they end at with 到 or 至 alike (降到 / 降至, 增加到 / 增加至).
_REACHING = frozenset({
    "降", "增", "升", "涨", "减", "跌", "增加", "减少", "提高", "降低", "上升", "下降", "增长", "提升", "扩大",
    "缩小", "回落", "延长", "缩短", "上涨", "下跌",
})


def written_otherwise(word: str) -> tuple[str, ...]:
    """Other ways news text writes ``word``: a "first" ordinal (首批 → 第一批, 第一届 → 首届), a
    comparison with last year (去年同期 → 同比), another name's introduction (又称 → 又名, 别称…),
    a founder (创办人 → 创立, 创建…), where a thing is put (设在 → 设于), what it is now (现址 → 今址), an amount's total (总金额 →
    金额), the level a change reaches (降到 → 降至); none for other words."""
    if len(word) == 2 and word[0] in _PLACED and word[1] in "在于":
        return (word[0] + ("于" if word[1] == "在" else "在"),)  # 设在哪里: 總號設於…
    if word[:2] in FOUNDING and len(word) == 3 and word[2] in "人者":
        return tuple(verb for verb in FOUNDING if verb != word)  # (the verb asked is written as asked)
    if len(word) == 2 and word[0] == "首" and word[1] in FIRST_MEASURES:
        return ("第一" + word[1],)
    if len(word) == 3 and word.startswith("第一") and word[2] in FIRST_MEASURES:
        return ("首" + word[2],)
    if word in OTHER_NAME:
        return tuple(other for other in OTHER_NAME if other != word)
    if word in MOST_WRITTEN:
        return (MOST_WRITTEN[word],)
    if len(word) >= 3 and word[0] == "总" and _AMOUNT_NAMED_RE.search(word[1:]):
        return (word[1:],)  # 核贷总金额: 核貸金額 (the total of an amount is the amount)
    if len(word) == 2 and word[0] in "现今" and word[1] in _NOW_NAMED:
        return (("今" if word[0] == "现" else "现") + word[1],)  # 迁到现址: 遷至今址
    if len(word) >= 2 and word[-1] in "到至" and word[:-1] in _REACHING:
        return (word[:-1] + ("至" if word[-1] == "到" else "到"),)  # 空置率降到多少: 空置率…降至9.3%
    return SAME_PERIOD.get(word, ())

#: A year a change is measured against (比2024年, 较113年, 与2023年相比): no year the figure is of.
COMPARED_YEAR_RE = re.compile(r"(?:比|较|与|和|同)(?:1[5-9]\d\d|20\d\d|1[0-4]\d)年")
