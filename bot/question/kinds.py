"""What kind of answer a question asks: a count, a proportion, a date, a time of day, a rank, a
person, a place -- read from its question words (多少, 比例, 何时, 几点, 第几, 谁, 哪里; their
English counterparts in mixed questions), or from the figure it names with no question word
(共富工坊数量). Works on the normalised (Simplified, lower-case) question."""

from __future__ import annotations

import re
from typing import Literal

from index.english.cedict import reign_name
from index.figures.units import MATCHING_UNITS, measured, measured_whole, unit_dimension
from index.question_words import NUMBER_NAMED, THING_MEASURES

#: A period named relative to now (今年度, 上学年, 本季度, 上月; 上一冰雪季, 下一个赛季: a season named by
#: what happens in it, after 一/个); a bare 年 only after 今/去/明 (今年, 去年); not a period compared
#: with (比去年增长5% is this year's change). Groups: when and what, or when and 年.
RELATIVE_PERIOD_RE = re.compile(
    r"(?<![比较与跟和同])(?:([本今这上去前下明])(?:[一个][\u4e00-\u9fff]{0,2}?)?(学年|学期|财年|年度|季度|季|月)|([今去明])(年))"
)

#: A question asking which one is the most of something: 哪 (哪个区, 哪一天, 哪家), then 最 and a word
#: of amount, size or speed (not 最佳, an award's name; not 最重要, which is no amount; not 最早, which
#: asks what came first) -- or that most, then 是哪 (清出海废最多的是哪个乡镇). Group 1 or 2: the most.
_MOST = "(最[多少高低大小长短快慢强深远])"
WHICH_MOST_RE = re.compile(r"哪[一几]?[\u4e00-\u9fff]{0,20}?" + _MOST + "|" + _MOST + r"(?!要)[\u4e00-\u9fff]{0,10}?哪")

#: A most, then a division of the land typed last as a keyword of its own (升幅最大 地区, 增速最快 城市):
#: which place it is, as 哪个地区升幅最大 asks.
MOST_PLACE_TYPED_RE = re.compile(_MOST + r"\s+(?:地区|城市|国家|省份?|行政区|区县|县|区|乡镇|乡|镇|街道)[？?]?$")

AnswerKind = Literal["count", "percent", "date", "time", "ordinal", "who", "where"]
FIGURE_KINDS = ("count", "percent", "date", "time", "ordinal")

ERA = "(?:西元|公元|民国|纪元)"
_DATE_RE = re.compile(
    r"什么时候|什么时间|什么日子|什么日期|哪一?个日期|何日|何时|何年|几时(?!几分)|起止|星期几|礼拜几|周几|\bwhat day of the week\b|起讫|(?<![少长几])(?:时间|日期|月份)[是为]?[？?]?$|哪[一几]?年|哪一?个年[月度份]|哪一?个月|哪一?月|哪[一几两二三]?天|哪[一几两二三]?日|哪几个月|几月|(?<!第)几号(?![车线楼房门机球站台座])|几日|年号[^，,。？?]{0,8}几年|年号(?:该|要)?怎么|(?:哪一?个|什么)年号|"
    rf"{ERA}前?\s*(?:是|为)?\s*(?:几|多少)年|几年(?:的时候|时)|是几年的(?!时间)|几几年|几[十零〇]?年代|哪年代|哪一?个年代|什么年代|哪一?个?世纪|几世纪|\bwhen\b|"
    r"\bwhat (?:year|month|date|day)\b|\bwhat time period\b|\bwhich (?:year|month|date|day)\b"
)
#: The things 点 counts as a measure word (几点意见: how many points): 几点 asks a time of day otherwise.
_POINTS = "意见|建议|要求|措施|原因|内容|看法|体会|经验|启示|做法|理由|共识|结论|希望|主张|想法|感受|收获|不同|区别|变化|特点|原则|问题|理解|认识|思考|方面"
_TIME_RE = re.compile(
    rf"几点(?!{_POINTS})|几时几分|什么时刻|哪个时刻|\bwhat time\b(?! period)|\bat what hour\b"
)

_ORDINAL_RE = re.compile(r"第(?:几|多少)|排名多少|排行多少|(?<!什么)(?:名次|排名)[？?]?$")  # 英国榜 名次: a keyword
#: "佔…多少" asks for a share -- unless a measure word follows (佔有多少名), it is land or room
#: (佔地, 佔用), or profit attributable to someone (股東應佔溢利).
_SHARE_RE = re.compile(r"(?<!应)占(?![地领据用])[^，。？?]{0,10}(?:多少|多大)")
_PERCENT_RE = re.compile(
    r"比例|占比|百分之|百分比|比率|比重|比[数分]|增速|增长速度|增长率|(?:进度|程度)[^，,。？?\s]{0,3}?(?:多少|几)|率(?![领先])[^，,。？?\s]{0,9}?(?:多少|多高|多大|几何)(?![个名家位次件项条所座场批届块张只种户篇人门辆万钱])|率[^，,。？?\s]{0,6}?什么水[平准]|多少%|百分点|几成|[增降涨跌减升]幅|"
    r"\bwhat ?%|\bpercent(?:age)?\b|\bproportion\b|\bshare\b|\brate\b|\bratio\b"
)
_COUNT_RE = re.compile(
    # 普及到了什么程度, 达到什么水平: the level reached, a number or a share (票房达到什么程度: 1000万观众)
    r"[到达]了?什么(?:程度|水[平准])|多少|(?<![哪这那])几(?![乎何])|多久|多长时间|多大|多高|多长|多远|多深|多重|多宽|多厚|多粗|多快|\bhow (?:many|much)\b|\bnumber of\b|\bcount\b"
)
_WHO_RE = re.compile(
    # 场主叫什么名字, 局长姓什么: a person named by a role (主, 长, 人, 者, 员, 官, 师) asked by name
    # 哪个记者写的, 哪名官员: a person asked by a role
    r"谁|哪[几一两二三四五六七八九十]*位|哪些人|哪一?[个名](?:记者|作者|编辑|撰稿人|通讯员|官员|负责人|发言人)"
    r"|(?<=[主长人者员官师])(?:叫|姓)什么|\bwho\b|\bwhom\b"
)
_WHERE_RE = re.compile(
    # 哪个行政区, 哪个县, 哪个镇: a division of the land (not 哪个市场, 哪个区别)
    r"哪里|哪儿|在哪|何处|何地|什么地方|哪个地方|哪一?[座个]?(?:城市|国家|省份?|地区|城镇|岛屿?|行政区|县|区(?![别间分])|市(?![场民值])|乡|镇|街道)|\bwhere\b"
)
# The measure word after 多少/几 ("多少家", "几个县", "几岁", "多少万人") says which figure is meant.
_SIMPLIFIED_UNITS = sorted(MATCHING_UNITS, key=lambda u: (-len(u), u))
_UNITS = "|".join(map(re.escape, _SIMPLIFIED_UNITS))
UNIT_AFTER_RE = re.compile(
    rf"(?<![哪这那])(?:多少|几)[十百千万亿]*({_UNITS})"
    # "how many 万", "how many 名 members": a unit standing alone after the English words
    rf"|\bhow (?:many|much) ?[十百千万亿]*({_UNITS})(?![\u4e00-\u9fff])"
)

#: What a figure is the amount of (99.8%以上说的是什么的比例, 8821是什么的数量): the question
#: quotes the figure and asks what it measures -- no figure answers it.
_WHAT_OF_RE = re.compile(r"(?:什么|哪些?|哪[一个项]?方面)的(?:比例|占比|比率|比重|百分比|数量|数目|人数|数字|数据|指标|数值|金额)")

#: A question that opens with a figure and asks what it is (99.67%是什么比例, 8821指的是什么):
#: the figure is given, its meaning asked -- no figure answers it.
_FIGURE_ASKED_RE = re.compile(
    r"^[\d.,]+(?:%|[万亿]?[个名家位次件项条所座场批届种人元户]?)(?:是|指的是|指|代表|说的是|表示)(?:什么|哪)"
)
#: A share the question quotes (都在99.8%以上): a proportion word beside it describes that figure.
_QUOTED_SHARE_RE = re.compile(r"\d+(?:\.\d+)?%")
#: 几/多少 with a measure word of things asks a count, even after a quoted share (有几个方面).
_COUNT_BY_MEASURE_RE = re.compile(f"(?:几|多少)[{THING_MEASURES}次]")


#: What a word ending in 量 names after what is done or carried (授权量, 产量, 销量, 客流量, 吞吐量):
#: a quantity of it -- not 质量, 力量, 大量, 尽量, 考量, 测量 ..., whose 量 is no amount of anything.
_QUANTITY = r"[\u4e00-\u9fff](?<![质力大少适尽海酌胆分考商测计衡估思较能度])量"
#: A figure named with no question word (共富工坊数量, 浙江党员人数, 整改问题数, 物业服务覆盖率, 家长满意度):
#: readers type the name of the figure they want.
_FIGURE_NAMED_RE = re.compile(
    rf"(?:(数量|数目|总量|{NUMBER_NAMED}|{_QUANTITY})|((?<![效频汇税])率|(?:满意|认可|支持|信任|知晓|好评)度))[？?]?$"
)
_DATE_NAMED_RE = re.compile(r"(?:年份|年月|年代|世纪|月份|生年|卒年)[？?]?$")
_LIFE_YEAR_RE = re.compile(r"生年|卒年")  # 李日华 生年 公元: a keyword anywhere
_ASKING_WORD_RE = re.compile(r"什么|哪|谁|怎|如何|吗|何|\b(?:what|which|who|how)\b")


def answer_kind(norm: str, how_many: re.Match[str] | None) -> AnswerKind | None:
    """The kind of answer the normalised question asks; ``how_many`` where it says "how many"."""
    kind = _asked_kind(norm, how_many)
    if kind is None and (_DATE_NAMED_RE.search(norm) or _LIFE_YEAR_RE.search(norm)):
        return "date"  # 蓝河战役 年份, 横跨了哪两个年份 (第几代的车号为出生年份 asks the ordinal)
    if kind is not None or _ASKING_WORD_RE.search(norm):
        return kind
    # 资产负债率 2023年末, 企业数量 6月底: the figure named, then the time it is asked of
    keyword = _TIME_TYPED_LAST_RE.sub("", norm) or norm
    if _SHARE_TYPED_LAST_RE.search(keyword):
        return "percent"  # 举报 占投诉总数: its share of the whole, as 占投诉总数的多少 asks
    # ... or a plan of it (电网 投资计划: the amount planned), when the words before the plan name it
    for named_last in dict.fromkeys((keyword, _PLAN_TYPED_LAST_RE.sub("", keyword) or keyword)):
        if named := _FIGURE_NAMED_RE.search(named_last):
            return "count" if named.group(1) else "percent"
        if amount_named(named_last):
            return "count"  # Jawa大坝 高度, 蓝帐汗国人口: the amount named is asked, as 有多高 would
    if _EVENT_TYPED_LAST_RE.search(keyword):
        return "date"  # 湄川大学 新校区 启用: when it happened, as 何时启用 asks
    if CHANGE_TYPED_LAST_RE.search(keyword) or _BASE_TYPED_LAST_RE.search(keyword):
        return "percent"  # 水利建设投资 同比增长: how much it grew, as 增幅 asks (营收 环比: against what)
    typed = keyword.rstrip("？? ")
    if " " in typed and any(typed.endswith(unit) for unit in _TYPED_UNITS):
        return "count"  # 未成年观众 人次, 河口 平均流量立方米/秒: the amount in the unit typed last
    if owned := _OWNER_TYPED_LAST_RE.search(keyword):  # 造血干细胞 捐献 例数 沂岑: whose figure, typed after its name
        if named := _FIGURE_NAMED_RE.search(owned.group(1)):
            return "count" if named.group(1) else "percent"
        if amount_named(owned.group(1)):
            return "count"
    return None


#: Measure words that, typed last and alone, ask the amount in them (not one character: 人, 个).
_TYPED_UNITS = frozenset(u for u in MATCHING_UNITS if len(u) >= 2)


#: A time typed after a keyword question's figure name (2023年末, 6月底, 上半年).
_TIME_TYPED_LAST_RE = re.compile(
    r"\s+(?:(?:\d{2,4}|今|去|明|前)年(?:[上下]半年|底|末|初|度)?|\d{1,2}月(?:份|底|末|初)?|[上下]半年|年[底末初]"
    r"|\d{1,2}\s*(?:至|到|[-－~～])\s*\d{1,2}月(?:份)?|前?[一二三四1-4]季度|中期|全年"  # 1至10月, 前三季度, 中期
    r"|(?:本|上|今|去|这)(?:学年|学期|财年|年度|季度?|月)|\d{4}/\d{2}学年"  # 本学年, 上季, 2025/26学年
    r"|现在|目前|如今|现今|当前"  # 龋齿率 现在: the level now (of 由48.9%降至41.2%, the end)
    r"|(?:1[5-9]|20)\d\d)[？?]?$"  # ... or a year typed as its number alone (场次 2024)
)


#: A share of a whole typed last with no question word (街道通 举报 占投诉总数, 占总数): what part of
#: the whole it is, which the text writes 占投诉总数的26.3% -- not land or room (占地), nor what is
#: held (占有, 应占).
_SHARE_TYPED_LAST_RE = re.compile(r"(?<!应)占(?![地领据用有])[\u4e00-\u9fff]{0,8}?总(?:数|额|量|值|和)[？?]?$")


#: A change against a base typed last (同比增长, 环比下降, 按年上升, 比上年增长, 较去年同期下降): its rate is asked.
#: ... or the verb typed as a keyword of its own (境外收入 增长).
CHANGE_TYPED_LAST_RE = re.compile(
    r"(?:(?:同比|环比|按年|按月|按季|[比较](?:上|去)年(?:同期)?)\s*|(?<=[\u4e00-\u9fffA-Za-z0-9])\s+)(增长|下降|上升|减少|回落|增加|上涨|下跌)[？?]?$"
)


#: The base of a change typed last, alone (第三季度营收 环比): the rate against it is asked.
_BASE_TYPED_LAST_RE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9])\s+(?:同比|环比|按年|按月|按季)[？?]?$")


#: A verb of an event typed last, as a keyword of its own (新校区 启用, 地铁5号线 开通): its date is asked.
_EVENT_TYPED_LAST_RE = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z0-9])\s+(?:启用|开通|通车|成立|竣工|完工|开业|投产|开幕|揭牌|落成|建成|创建|创立|始建|动工|开工)[？?]?$"
)


#: A keyword question's last two keywords, the last a short name (沂岑, 淇湾, 海淡厂) typed after the
#: figure's name: the figure of that place or thing is asked, as the name typed last would ask it.
_OWNER_TYPED_LAST_RE = re.compile(r"(?:^|\s)(\S+)\s+[\u4e00-\u9fff]{2,4}[？?]?$")


#: A plan or target typed after a keyword question's figure name (投资计划, 收入目标): the figure
#: planned is asked, as the name alone asks it (预算 is an amount of its own: 国防预算).
_PLAN_TYPED_LAST_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?:计划|目标|预期)[？?]?$")


#: The dimensions whose unit ends a keyword question after the amount's name.
_UNIT_NAMED = frozenset({"area", "length", "mass", "volume", "money"})
#: The end of a question that names an amount: the final run of Chinese characters.
_FINAL_RUN_RE = re.compile(r"([\u4e00-\u9fff]{1,4})[？?]?$")


def amount_named(norm: str) -> bool:
    """Whether the question ends with a word naming a measured amount (高度, 面积, 人口, 价格:
    :func:`index.figures.units.measured_whole`) -- typed as a keyword, the figure of that amount."""
    # 锦地罗 海拔上限, 收录时长 下限
    final = _FINAL_RUN_RE.search(norm.removesuffix("上限").removesuffix("下限").rstrip())
    run = final.group(1) if final is not None else ""
    if any(measured_whole(run[k:]) is not None for k in range(len(run) - 1)):
        return True
    # ... or with the unit it is measured in (靖西 面积 平方公里, 大坝 高度 米): a length, an area, a mass
    return measured(norm) is not None and any(unit_dimension(run[k:]) in _UNIT_NAMED for k in range(len(run)))


#: A name right before 幾年 (乾隆幾年, 正德多少年): a year of its reign, when it names one.
_REIGN_YEAR_RE = re.compile(r"([\u4e00-\u9fff]{2})(?:几|多少)年")


def _asked_kind(norm: str, how_many: re.Match[str] | None) -> AnswerKind | None:
    if _WHAT_OF_RE.search(norm) or _FIGURE_ASKED_RE.match(norm):
        return None
    if _TIME_RE.search(norm):
        return "time"  # 几点开始, "what time": a time of day
    percent = _PERCENT_RE.search(norm)
    date = _DATE_RE.search(norm)
    if date and not (how_many and how_many.start() < date.start()):
        return "date"  # "how many people died when ..." still counts people
    reign = _REIGN_YEAR_RE.search(norm)
    if reign and reign_name(reign.group(1)):
        return "date"  # 乾隆幾年: a year of the reign, not how many years
    if _ORDINAL_RE.search(norm):
        return "ordinal"
    counted = _COUNT_BY_MEASURE_RE.search(norm)
    if percent and _QUOTED_SHARE_RE.search(norm) and counted and counted.start() > percent.start():
        return "count"  # 比例都在99.8%以上的有几个方面: the aspects are counted, the share is given
    if percent and not _COUNT_RE.search(norm):
        # 人流升幅最大的街市位於哪一區, 哪个泳池入场人次升幅最大: the place, person or thing the share
        # singles out is asked, not the share (失业率最高的是哪个区，是多少 asks it too)
        after = _WHERE_RE.search(norm, percent.end()) or _WHO_RE.search(norm, percent.end())
        if MOST_PLACE_TYPED_RE.search(norm, percent.end()):
            return "where"  # 投诉 升幅最大 地区: typed as keywords, the place of the most is asked
        if (after is not None and not after.group(0).isascii()) or WHICH_MOST_RE.search(norm):
            return "where" if _WHERE_RE.search(norm) else "who" if _WHO_RE.search(norm) else None
    if percent and not (how_many and how_many.start() < percent.start()):
        return "percent"  # "how many aspects ... by 99.8 percent" still counts aspects
    share = _SHARE_RE.search(norm)
    # (防鸽设施占几多钱: the money a part takes is asked, as a measure word after 多少 would say)
    if share and not UNIT_AFTER_RE.match(norm, share.end() - 2) and not norm.startswith("钱", share.end()):
        return "percent"
    if _COUNT_RE.search(norm):
        return "count"
    if _WHO_RE.search(norm):
        return "who"
    if _WHERE_RE.search(norm):
        return "where"
    return None
