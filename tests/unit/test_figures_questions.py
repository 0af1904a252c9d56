"""Figures of Chinese news text and what a question asks for."""

from __future__ import annotations

import pytest

from bot.answer.figure import quotes
from bot.question import analyse, with_english
from bot.question.units import unit_matches
from index.figures import calendar, chinese_number, find_figures


@pytest.mark.parametrize(
    ("text", "figure", "kind", "value", "unit"),
    [
        ("全省共打造8821家“共富工坊”", "8821家", "count", 8821, "家"),
        ("全省4.5萬名縣處級以上領導干部", "4.5萬名", "count", 45000, "名"),
        ("433.6萬名黨員", "433.6萬名", "count", 4336000, "名"),
        ("化解矛盾2.7萬余起", "2.7萬余起", "count", 27000, "起"),
        ("推動全省2900多名縣級領導", "2900多名", "count", 2900, "名"),
        ("評價“好”的佔99.67%", "99.67%", "percent", 99.67, "%"),
        ("同比減少14.6%", "14.6%", "percent", 14.6, "%"),
        ("實施20周年", "20周年", "count", 20, "周年"),
        ("2023年4月至2024年1月,浙江", "2023年4月至2024年1月", "date", 2023, "年"),
        ("召開十五屆四次全會", "十五屆四次", "ordinal", 15, "屆"),
        ("浙江分兩批在全省", "兩批", "count", 2, "批"),
        ("８８２１家", "８８２１家", "count", 8821, "家"),
        ("百分之八十", "百分之八十", "percent", 80, "%"),
        # below zero: 零下 or a minus sign standing alone before the number
        ("最低氣溫降至零下12℃，", "零下12℃", "count", -12, "℃"),
        ("氣溫為-5℃至3℃", "-5℃至3℃", "count", -5, "℃"),  # a range from below zero
        ("同比增長-0.5%", "-0.5%", "percent", -0.5, "%"),
        # a range of bare numbers in words; a range's multiplier written once, for both ends
        ("可能發生規模6.5至7.0的餘震", "6.5至7.0", "number", 6.5, ""),
        ("每年吸引3至5萬名遊客", "3至5萬名", "count", 30000, "名"),
        # the part of a year or month a date names
        ("要在2023年底前完成清理", "2023年底", "date", 2023, "年"),
        ("截至2023年6月底，全國", "2023年6月底", "date", 2023, "年"),
        ("2024年上半年，全市", "2024年上半年", "date", 2024, "年"),
        ("2023年初步統計", "2023年", "date", 2023, "年"),  # 初步: "preliminary", not 年初
        # a length of time, not the year 120; trips of vehicles
        ("大橋設計使用壽命為120年，", "120年", "count", 120, "年"),
        ("累計通行車輛約300萬輛次，", "300萬輛次", "count", 3000000, "輛次"),
        # per mille, per 100,000
        ("嬰兒死亡率為4.5‰。", "4.5‰", "percent", 0.45, "%"),
        ("孕產婦死亡率為15.1/10萬，", "15.1/10萬", "percent", 0.0151, "%"),
        # a ratio written with a colon is no time of day
        ("全校師生比為1:18。", "1:18", "percent", 100 / 18, "%"),
    ],
)
def test_figures(text: str, figure: str, kind: str, value: float, unit: str) -> None:
    found = {f.text: f for f in find_figures(text)}
    assert figure in found, found
    f = found[figure]
    assert (f.kind, f.unit) == (kind, unit)
    assert f.value == pytest.approx(value)
    assert text[f.start : f.end] == figure


def test_a_bare_day_of_the_month_names_its_day() -> None:
    """30日 is the 30th of some month: (None, None, 30), so 30日 in a question matches it."""
    assert [calendar(f) for f in find_figures("30日白天最高氣溫零下1℃")][:1] == [(None, None, 30)]


def test_a_taiwanese_dateline_names_its_day() -> None:
    """今（17）日公布: the day the report was written, the 17th; 今天 and 明年 are no figures."""
    [day] = [f for f in find_figures("台積電今（17）日公布第三季財報") if f.kind == "date"]
    assert day.text == "今（17）日" and calendar(day) == (None, None, 17)
    assert find_figures("今天下午，明年") == []


def test_a_dash_between_numbers_is_no_minus_sign() -> None:
    """第3-5名: 5名 is the range's end, not -5; 2023-2024年 a range of years."""
    assert [(f.text, f.value) for f in find_figures("第3-5名")][-1] == ("5名", 5)
    assert [f.text for f in find_figures("2023-2024年")] == ["2023-2024年"]
    assert find_figures("最終比分1-0") == []  # a score, not a range


def test_approximate_qualifier_and_number() -> None:
    [f] = find_figures("2.7萬余起")
    assert f.approximate and f.number == "2.7"


def test_a_lone_yi_is_not_a_figure() -> None:
    assert find_figures("這是一次直抵靈魂的思想大洗禮") == []


@pytest.mark.parametrize(("text", "value"), [("十五", 15), ("兩", 2), ("二百零五", 205), ("三千", 3000), ("十", 10)])
def test_chinese_numbers(text: str, value: int) -> None:
    assert chinese_number(text) == value


@pytest.mark.parametrize(
    ("question", "kind", "unit"),
    [
        ("全省共打造了多少家共富工坊？", "count", "家"),
        ("现场教学示范点有几个？", "count", "个"),
        ("how many 共富工坊?", "count", None),
        ("How many 萬 leading cadres took part?", "count", "万"),  # a unit standing alone after "how many"
        ("how many 名 party members?", "count", "名"),
        ("how many 县级领导 joined?", "count", None),  # 县 begins a word here: no unit
        ("全市有多少万人口？", "count", "人"),
        ("他去世时几岁？", "count", "岁"),
        ("专业物业服务覆盖率是多少？", "percent", None),
        ("专业物业服务覆盖率有多高？", "percent", None),  # a rate is a share however it is asked
        ("全省的失业率达到多少？", "percent", None),
        ("大兴调查研究的好评率达到了多少？", "percent", None),  # 了 after the verb
        ("第四季毛利率預估多少？", "percent", None),  # a verb between the rate and 多少
        ("率先完成了多少项？", "count", "项"),  # 率先: "first", no rate
        ("他率领多少名士兵？", "count", "名"),
        ("第二批主题教育评价“好”的比例是多少？", "percent", None),
        ("What percentage rated it good?", "percent", None),
        ("主题教育是什么时候开展的？", "date", None),
        ("When did Xi inspect Zhejiang?", "date", None),
        ("How many people died when the storm hit the city?", "count", None),
        ("這篇文章的記者是誰？", "who", None),
        ("这篇综述是哪两位记者写的？", "who", None),
        ("哪个年轻人获得了奖项？", None, None),
        ("八八战略主题展览在哪里举办？", "where", None),
        ("展览馆位于哪座城市？", "where", None),
        ("這次主題教育的起止時間是？", "date", None),
        ("读书班开办的时间是？", "date", None),
        ("主题教育的截止月份是？", "date", None),  # the month is what is asked
        ("读书班一共办了多少时间？", "count", None),
        ("what % of 專業物業服務 coverage?", "percent", None),
        ("巴西以多少比數輸給西班牙？", "percent", None),  # a score is a ratio (1比3)
        ("8821是什么数字？", None, None),
        ("幾何光學又稱為什麼？", None, None),  # 幾何 (geometry), 幾乎 (almost): no 幾 asking a number
        ("幾乎所有食物都加入什麼油？", None, None),
        # what a quoted figure is the amount of: no figure answers it
        ("99.8%以上说的是什么的比例？", None, None),
        ("433.6萬是哪方面的人數？", None, None),
        ("什麼的比例達到99.96%？", None, None),
        ("主題教育那12字總要求是哪幾個字？", None, None),
        # 這幾, 那幾: "these few", no 幾 asking a number
        ("這幾年，他們稱這種手法為什麼？", None, None),
        ("這幾個月裡一共開了幾次會？", "count", "次"),
        ("那幾個方面的好評率都高於什麼水準？", "percent", None),  # a rate above what level
        ("專業物業服務普及到了什麼程度？", "count", None),  # the level reached: a number or a share
        # a figure given first, its meaning asked: no figure answers it
        ("99.67%是什么比例？", None, None),
        ("85.7%指的是哪項服務的覆蓋率？", None, None),
        ("1998年是誰當選總統？", "who", None),  # a year first, a person asked
        # a quoted share with the aspects counted after it: a count
        ("評價為“好”的比例都在99.8%以上的有幾個方面？", "count", "个"),
        ("兩部作品的票房皆達到什麼程度？", "count", None),
        ("這件事對他的影響有什麼程度上的不同？", None, None),  # no level reached is asked
    ],
)
def test_question_kinds(question: str, kind: str | None, unit: str | None) -> None:
    info = analyse(question)
    assert info.kind == kind
    assert info.unit == unit


@pytest.mark.parametrize(
    ("question", "kind", "unit"),
    [
        ("女性佔多少？", "percent", None),  # 佔…多少 asks for a share
        ("漢人約佔全省人口的多少？", "percent", None),
        ("女職員佔有多少名？", "count", "名"),  # ... unless a measure word follows
        ("這座公園佔地多少？", "count", None),  # land
        ("股東應佔溢利是多少？", "count", None),  # profit attributable to shareholders
        ("新系統佔用多少內存？", "count", None),  # room taken
        ("該市人口排名第幾？", "ordinal", None),
    ],
)
def test_shares_and_ranks(question: str, kind: str, unit: str | None) -> None:
    info = analyse(question)
    assert (info.kind, info.unit) == (kind, unit)


def test_quoted_numbers_are_remembered() -> None:
    assert analyse("评价为好达到99.8%以上的有几个方面").numbers == ("99.8",)


@pytest.mark.parametrize(
    ("question", "kind", "part", "until"),
    [
        ("這座橋是哪一年建成的？", "date", "y", False),
        ("該校創立於民國幾年？", "date", "y", False),
        ("公司是西元幾年成立的？", "date", "y", False),
        ("颱風在幾月登陸？", "date", "m", False),
        ("大會在幾月幾日開幕？", "date", "md", False),  # the month and the day
        ("大會在哪一天開幕？", "date", "d", False),
        ("展覽何時結束？", "date", None, True),
        ("工程到什麼時候為止？", "date", None, True),
        ("整個活動在哪年哪月收尾？", "date", "m", True),
        ("這項工作的收官時間是？", "date", None, True),
        ("這條鐵路是什麼時候通車的？", "date", None, False),
        ("佛教在幾世紀傳入日本？", "date", "c", False),
        ("搖滾樂興起於哪個年代？", "date", "x", False),
        ("总书记亲临浙江考察是在哪个年月？", "date", "m", False),
        ("重大项目投资是在哪一个年度完成的？", "date", "y", False),
    ],
)
def test_which_part_of_a_date_is_asked(question: str, kind: str, part: str | None, until: bool) -> None:
    info = analyse(question)
    assert (info.kind, info.date_part, info.until) == (kind, part, until)


@pytest.mark.parametrize(
    ("question", "kind", "dimension"),
    [
        ("該湖的面積有多大？", "count", "area"),
        ("這座山的海拔有多高？", "count", "length"),
        ("他去世時享年幾歲？", "count", "age"),
        ("工程持續了多久？", "count", "time"),
        ("每隔幾年舉行一次？", "count", "time"),
        ("這部電影的票房是多少？", "count", "money"),
        ("這隻動物的體重有多少？", "count", "mass"),
        ("公司去年的淨利潤是多少？", "count", "money"),
        ("新股的發行價是多少？", "count", "money"),
        ("大型水庫總庫容是多少？", "count", "volume"),
        ("漢江上游長多少？", "count", "length"),
        ("青銅大立人像重多少？", "count", "mass"),
        ("高速電梯每分鐘多快？", "count", "speed"),
        ("新館工期多長？", "count", "time"),  # 工期: a time, though 多長 asks a length elsewhere
        ("機長飛行時數多少？", "count", "time"),
        ("全國發電裝機容量是多少？", "count", "power"),  # not a volume
        ("律敦治醫院是在距離現在約多久以前蓋的？", "count", "time"),  # 距離現在: from now, no distance
        ("PM2.5的年均濃度是多少？", "count", "concentration"),
        ("全縣有幾個鄉鎮？", "count", "things"),
        ("該市人口在全國排第幾？", "ordinal", "people"),
        ("她是第幾屆冠軍？", "ordinal", "events"),
    ],
)
def test_what_the_figure_measures(question: str, kind: str, dimension: str) -> None:
    info = analyse(question)
    assert (info.kind, info.dimension) == (kind, dimension)


@pytest.mark.parametrize(
    ("question", "passage_figure", "quoted"),
    [
        ("20個省份中沿海的有幾個？", "二十個", True),  # the same number, written otherwise
        ("二十個省份中沿海的有幾個？", "20個", True),
        ("20個省份中沿海的有幾個？", "十二個", False),
        ("全市將近5萬人中，外來人口有多少？", "49,736人", True),  # quoted roughly
        ("全市將近5萬人中，外來人口有多少？", "1.2萬人", False),
        ("全市5萬人中，外來人口有多少？", "49,736人", False),  # quoted exactly: only 5萬 itself
        ("兩國在1948年的幾月斷交？", "1948年", True),
        ("兩國在1948年的幾月斷交？", "1948年6月", False),  # says more than the question
        ("第二批的比例是多少？", "2%", False),  # an ordinal is not a proportion
        ("What was the population in 2014?", "2014年", True),  # a year written without 年
        ("What happened in 2014?", "2014年3月", False),
    ],
)
def test_figures_the_question_quotes(question: str, passage_figure: str, quoted: bool) -> None:
    [figure] = find_figures(passage_figure)
    assert quotes(analyse(question), figure) is quoted


def test_english_words_add_to_what_the_question_asks() -> None:
    info = with_english(analyse("how many 讀書班?"), "count", "读书班", frozenset({"期"}))
    assert (info.kind, info.counted, info.units) == ("count", "读书班", frozenset({"期"}))
    assert with_english(analyse("When was it?"), "date", None).kind == "date"
    assert with_english(analyse("這座橋是哪一年建成的？"), "count", "桥").kind == "date"  # the Chinese decides


def test_unit_matching_across_scripts() -> None:
    assert unit_matches("个", "個")
    assert unit_matches("县", "縣")
    assert not unit_matches("家", "名")
    assert not unit_matches(None, "家")
    # one unit under two names: 幾公尺 is answered in 米, 多少公里 in km or 千米
    assert unit_matches("公尺", "米") and unit_matches("米", "公尺") and unit_matches("公里", "km")
    assert unit_matches("平方公里", "平方千米") and not unit_matches("公尺", "英尺")


@pytest.mark.parametrize(
    ("question", "since"),
    [("主題教育是從何時起開展的？", True), ("工程什么时候开始？", True), ("自哪一年起实施？", True),
     ("召回從哪天開始？", True), ("新規定自哪月起施行？", True),
     ("工程何時結束？", False), ("工程是什麼時候完工的？", False)],
)
def test_since_when_is_asked(question: str, since: bool) -> None:
    assert analyse(question).since is since


@pytest.mark.parametrize(
    ("question", "change"),
    [
        ("前三季度GDP增長了多少？", "up"),
        ("三類文件同比降了多少？", "down"),
        ("錄取分數比去年高多少？", "up"),  # a comparison asked
        ("比上月少了幾個？", "down"),
        ("恒指上半年升幅是多少？", "up"),
        ("平均出遊天數較去年延長多少？", "up"),  # 延長: a change, not a length
        ("比賽有多少人參加？", None),  # 比 of 比賽, no comparison
        ("How much did GDP grow?", "up"),
        ("By how much did the number of documents fall?", "down"),
        ("what percent fewer 三类文件?", "down"),
        ("浙江常住人口有多少？", None),  # a level, not a change
        ("How many people were evacuated?", None),
        ("How many people died when the tower fell?", None),  # a count, not an amount of change
    ],
)
def test_a_question_asking_by_how_much_something_changed(question: str, change: str | None) -> None:
    assert analyse(question).change == change


@pytest.mark.parametrize(
    ("question", "part"),
    [("謝琰 遇害 月份", "m"), ("考迪罗 出现 世纪", "c"), ("牡丹江站 蒸汽机车 年代", "x"), ("月份？", "m")],
)
def test_the_part_of_a_date_named_as_a_keyword_is_asked(question: str, part: str) -> None:
    """A keyword question ending with 月份, 世纪 or 年代 asks that part of a date."""
    assert analyse(question).date_part == part
