"""Measure words and units that follow a number in news text, grouped by what they measure.

Written once in Simplified; the Traditional forms are derived (個 for 个, 歲 for 岁), so either
script is recognised. :func:`unit_dimension` says what a unit measures (length, area, money,
age ...), so a question about an area ("面積是多少") prefers 平方公里 to 個.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

from index.normalize import normalize

_BY_DIMENSION = {
    "percent": "个百分点 百分点",
    "length": "公里 千米 米 公尺 厘米 公分 毫米 英里 英尺 英寸 码 海里 海浬 浬 光年 纳米 微米",
    "area": "平方公里 平方千米 平方米 平方公尺 平方英里 平方英尺 公顷 顷 英亩 亩 坪",
    "volume": "立方米 立方公尺 立方公里 立方厘米 公升 毫升 升",
    "mass": "公斤 千克 公克 克 公吨 吨 磅 盎司 市斤 斤 公斤/亩 千克/亩 斤/亩",
    "power": "千兆瓦 兆瓦 万千瓦 千瓦 瓦 千瓦时 度电 伏特 瓩 万瓩 瓩时",  # 瓩: Taiwan's kilowatt
    "temperature": "摄氏度 华氏度 度 ℃",
    "pressure": "百帕 千帕 兆帕 帕 毫巴",
    # a stock index (3452.30点), a score (58分); 点 only after no hour, 分 only after digits (index.figures.forms)
    "points": "点 个基点 基点 分",
    "speed": "米/秒 公里/小时 千米/小时 公里/时 公里每小时 千米每小时",
    "concentration": "微克/立方米 毫克/立方米 毫克/升 微克/升 毫克/千克",
    "money": (
        "元 美元 英镑 欧元 日元 日圆 港元 港币 新台币 台币 人民币 卢布 法郎 马克 韩元 澳元 加元 比索 "
        "美金 越南盾 泰铢 卢比 块钱 两 元/吨 元/平方米 元/公斤 元/斤 元/克 元/千瓦时 美元/桶 美元/盎司 美元/吨"
    ),
    "age": "岁 周岁",
    "time": "年 周年 个月 个小时 个钟头 个星期 星期 周 天 日 小时 分钟 秒钟 秒 世纪 年半 天半 个半月 个半小时",  # 三年半: and a half
    "people": "名 位 人 人次 户 户次 人/平方公里",
    "events": "次 场 轮 届 期 回 趟 遍 场次 批 任 起 架次 车次 班次 航次 辆次 艘次 批次 剂次 台次 胜 败",
    "things": (
        "家 个 件 份 条 项 项目 县 所 座 级 村 篇 本 部 台 辆 艘 架 倍 类 种 支 只 张 组 处 块 栋 幢 套 间 "
        "字 章 节 段 页 票 股 笔 例 门 棵 株 头 颗 枚 册 卷 首 集 局 球 席 队 层 楼 "
        "片 粒 对 双 剂 根 床 幅 团 宗 标准箱 孔 尾 匹 发 行 道 方 尊 盏"  # 方: steles (碑石218方); 尊: statues; 盏: lamps
    ),
}

#: Units written in Latin letters, after a space or not ("1.601 km²", "4.7GHz").
_LATIN_BY_DIMENSION = {
    "length": "km cm mm",
    "area": "km² km2 m² m2 ha",
    "mass": "kg",
    "power": "kW MW GW kWh",
    "frequency": "Hz kHz MHz GHz",
    "temperature": "°C",
}
LATIN_UNITS: tuple[str, ...] = tuple(
    sorted((u for words in _LATIN_BY_DIMENSION.values() for u in words.split()), key=lambda u: (-len(u), u))
)

_S2T = opencc.OpenCC("s2t")
_T2S = opencc.OpenCC("t2s")


def _both_scripts(words: str) -> set[str]:
    out = set()
    for word in words.split():
        out |= {word, _S2T.convert(word), _T2S.convert(word)}
    # OpenCC keeps 只 and 周 (they also mean "only" and "around"); as measure words Taiwan
    # writes 隻 and 週.
    out |= {w.replace("只", "隻").replace("周", "週") for w in out}
    out |= {w.replace("隻", "只").replace("週", "周") for w in out}  # and 周歲 as Taiwan writes it too
    return out


_DIMENSION: dict[str, str] = {}
for _dimension, _words in _BY_DIMENSION.items():
    for _unit in _both_scripts(_words):
        _DIMENSION.setdefault(_unit, _dimension)

for _dimension, _words in _LATIN_BY_DIMENSION.items():
    for _unit in _words.split():
        _DIMENSION[_unit] = _dimension

#: Every unit, longest first (a pattern alternation takes the first that fits).
UNITS: tuple[str, ...] = tuple(sorted(set(_DIMENSION) - set(LATIN_UNITS), key=lambda u: (-len(u), u)))
PERCENT_UNITS = frozenset(u for u, d in _DIMENSION.items() if d == "percent")
#: Every unit in matching form (:func:`index.normalize.normalize`: Simplified), as questions are read.
MATCHING_UNITS: frozenset[str] = frozenset(normalize(u) for u in UNITS)
_UNIT_LENGTHS = sorted({len(u) for u in UNITS}, reverse=True)


def unit_dimension(unit: str) -> str | None:
    """What ``unit`` measures: "length", "area", "money", "age", "people", "time" ... or None."""
    return _DIMENSION.get(unit)


@lru_cache(maxsize=4096)
def unit_suffix(text: str) -> str:
    """The longest unit ending ``text`` (and not all of it)."""
    for size in _UNIT_LENGTHS:
        if len(text) > size and text[-size:] in _DIMENSION:
            return text[-size:]
    return ""


#: Words that say what the asked figure measures (its dimension, as :func:`unit_dimension`
#: names them).
_DIMENSION_WORDS = (
    ("area", re.compile(r"面积|占地|(?:领土|国土|疆域|版图)[^，,。？?]{0,8}多大")),  # 領土加起來有多大
    ("age", re.compile(r"几岁|多少岁|年龄|年纪|享年|岁数|多大(?:时|的时候|年纪)")),
    ("length", re.compile(
        r"海拔|高度|多高|长度|全长|(?<![期程])多长(?!时间)|距离(?!现在|今天|今日)|多远|深度|多深|身高|半径|直径|"
        r"周长|宽度|多宽|厚度|多厚|多粗|(?<![增延成生])[长宽深]多少|降水|降雨|雨量|跨度|净跨|跨径")),  # rain in 毫米; a span (净跨) in 米
    ("mass", re.compile(r"体重|重量|多重|重多少")),
    ("temperature", re.compile(r"温度|气温|多少度")),
    ("money", re.compile(
        r"价格|资本|收入|成本|预算|费用|金额|售价|价值|票房|营收|营业额|资金|薪水|工资|薪酬|薪资|薪金|[年月时底]薪|租金|房租|多少钱|造价|投资|市值|"
        r"(?:研发|科研|财政|教育)投入|"
        # a sum of money named by its 款 (罚没款, 善款, 赔款, 货款) where its amount is asked (罚没款总共多少,
        # 拨了多少救灾款) -- not a clause (条款), a model (新款, 几款), nor a loan repaid in a time asked
        r"(?<![条新一二两三四五六七八九十几多少同此该这那本首爆各每])款(?=(?:总共|一共|共|合计|总计|是|有|为|达)?(?:多少|几)|[？?]?$)|"
        r"产值|生产总值|收益(?!率)|奖金|罚款|身价|捐款|赔偿|经费|税收|债务|利润|溢利|盈利|净利|亏损|股息|派息|分红|红利|销售额|"
        r"支出|开支|拨款|补贴|补助|贷款|存款|融资|(?:进出口|出口|进口|贸易|交易|成交|余|总|税)额|(?:[销口]|贸易)值|"
        r"(?:发行|收盘|开盘|收购|成交|单|均|市|报|定|底|股|房|油|金|票|地)价(?![值格比])")),
    ("time", re.compile(
        r"多久|多长时间|多少时间|用时|耗时|(?<![年元国])(?:几|多少)(?:年|天|个月|小时|分钟|秒)(?!的时候|时)|任期|期限|寿命|周期|"
        r"时数|时长|工时|工期|刑期|学制(?!度)")),
    ("power", re.compile(r"功率|装机容量|装置容量|发电量|[用耗充售供]电量|多少度?电(?![话视脑池动梯影站网器力])")),
    ("pressure", re.compile(r"气压|压强")),
    ("volume", re.compile(r"库容|容积|体积|蓄水量|(?<!装机)(?<!装置)容量")),
    ("concentration", re.compile(r"浓度|含量")),
    ("speed", re.compile(r"风速|时速|秒速|车速|航速|多快")),  # not 速度: a processor's is a frequency, growth's a share
    ("people", re.compile(r"人口|人数|兵力|[游旅访乘顾]客量|[客人]流量")),  # 遊客量比113年成長多少: people, not 2.7億元
)


#: The dimensions of amounts measured in units (not the people or things counted with measure
#: words, nor spans of time): what an English question's measured noun (面积, 气温) names.
UNIT_MEASURES = frozenset({"length", "area", "volume", "mass", "power", "temperature", "money", "age"})


def measured_whole(term: str) -> str | None:
    """:func:`measured` for a word that is wholly the name of the amount (高度, 人口; not 高度上)."""
    norm = normalize(term)
    return next((dimension for dimension, pattern in _DIMENSION_WORDS if pattern.fullmatch(norm)), None)


@lru_cache(maxsize=8192)
def measured(term: str) -> str | None:
    """What a figure described by the Chinese word ``term`` measures (面積 → "area", 人口 →
    "people"), as a question naming it asks: None for a word that names no measured amount."""
    norm = normalize(term)
    return next((dimension for dimension, pattern in _DIMENSION_WORDS if pattern.search(norm)), None)
