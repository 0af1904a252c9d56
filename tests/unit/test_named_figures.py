"""A figure named with no question word (共富工坊数量, 物业服务覆盖率, 大坝高度, 战役年份) asks that
figure, as 是多少 would; and people asked by 人数 are counted by no number of batches or events (分兩批)."""

from __future__ import annotations

import pytest

from bot.answer.figure.fitness import figure_fits
from bot.answer.figure.measures import measures_otherwise
from bot.engine import Engine
from bot.question import analyse
from index.figures import passage_figures


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("共富工坊数量", "count"),
        ("浙江党员人数？", "count"),
        ("物业服务覆盖率", "percent"),
        ("整改问题数", "count"),
        ("省委常委会集中学习次数", "count"),
        ("三角函数", None),  # 函数, 多数, 少数, 无数: no figure named
        ("7800多个是什么东西的数量？", None),  # what the figure counts is asked, not the figure
        ("工作效率", None),  # 效率, 频率, 汇率, 税率: no share named
        ("共富工坊", None),
        ("藍河戰役 年份", "date"),  # a date named: 年份, 年月, 日期
        ("劉少奇 福建省委書記 年月", "date"),
        ("第幾代機車的車號為他的出生年份？", "ordinal"),  # a question word asks its own kind
        ("戰爭橫跨了哪兩個年份？", "date"),
        ("安丰塘坝是公元前哪几年修建的？", "date"),  # 哪几年 asks years, as 哪一年 does
        ("鼠疫幾時傳到普倫茨勞？", "date"),  # 幾時 asks when, not how many
        ("幾時幾分開始？", "time"),
        ("Jawa大壩 高度", "count"),  # an amount named: 高度, 面积, 人口, 库容, 价格
        ("西湖面积", "count"),
        ("靖西 面積 平方公里", "count"),  # ... or the amount's name and then its unit
        ("大坝 高度 米", "count"),
        ("锦地罗 海拔上限", "count"),  # ... or the amount's name and the bound asked
        ("This Is Where I Came In 单曲 英国榜 名次", "ordinal"),  # a rank named: 名次, 排名
        ("巴西最終獲得什麼名次？", None),  # a place asked by 什麼 (季軍): no rank by number
        ("《哭泣與耳語》是幾年的作品？", "date"),  # 是幾年的: which year, not how many
        ("致敬的是幾年代的叮砰巷？", "date"),  # 幾年代: which decade
        ("牡丹江站 蒸汽机车 年代", "date"),  # ... or 年代 named
        ("創下紀錄的那輛機車是幾號車？", "count"),  # 幾號車: a vehicle's number, no day
        ("會議是幾號開的？", "date"),
        ("刘六刘七起义，按明朝年号算是正德几年？", "date"),  # a reign's year
        ("李日华出生那年，按明朝年号该怎么写？", "date"),
        ("李日华 生年 公元", "date"),  # a birth's year named
        ("考迪罗 出现 世纪", "date"),  # a century named
        ("極權獨裁政權是在什麼時期出現的？", None),  # 什麼時期 asks a period's name (清朝時期, 中世紀) more than a date
        ("俾斯麥一共當了幾年首相？", "count"),
        ("面积很大", None),  # the amount's word not at the end: no keyword question
        ("高度重视", None),
    ],
)
def test_a_figure_named_without_a_question_word_is_asked(question: str, kind: str | None) -> None:
    assert analyse(question).kind == kind


@pytest.mark.parametrize(
    ("question", "dimension"),
    [
        ("Jawa大壩 高度", "length"), ("西湖面积", "area"), ("水库库容？", "volume"),
        ("各成員國的領土加起來有多大？", "area"),  # a territory's size is its area ...
        ("普魯士的領土散布的區域有多寬？", "length"),  # ... its width a length
    ],
)
def test_the_amount_named_says_what_the_figure_measures(question: str, dimension: str) -> None:
    assert analyse(question).dimension == dimension


@pytest.mark.parametrize(
    ("question", "answer"),
    [("共富工坊数量", "8821家"), ("物業服務覆蓋率", "85.7%"), ("浙江党员数", "433.6萬名"), ("省委常委会集中学习次数", "39次")],
)
def test_the_named_figure_is_the_direct_answer(engine: Engine, question: str, answer: str) -> None:
    assert engine.ask(question).text == answer


def test_what_a_final_number_word_counts_is_the_word_before_it(engine: Engine) -> None:
    """浙江党员数 counts 党员 (433.6萬名黨員, not 分兩批), as 党员总数 does."""
    reading = engine.index.tokenizer
    assert reading.counted_word("浙江党员数") == "党员"
    assert reading.counted_word("党员总数是多少") == "党员"
    assert reading.counted_word("县处级以上领导干部人数") != "领导干部人"


def test_people_asked_by_their_number_are_not_counted_by_batches_or_things() -> None:
    text = "浙江分兩批開展主題教育，建成8821家工坊，4.5萬名幹部參加。"
    found = {f.text: f for f in passage_figures(text)}
    asked = analyse("参加的人数是多少？")
    assert measures_otherwise(asked, found["兩批"]) and measures_otherwise(asked, found["8821家"])
    assert not measures_otherwise(asked, found["4.5萬名"])


def test_a_number_of_ten_thousands_is_no_rate() -> None:
    """百分之幾 is answered by a share or a bare rate (收視率為7.07), never by 62萬 people."""
    asked = analyse("壯族人口佔總人口的百分之幾？")
    found = {f.text: f for f in passage_figures("全市人口為62萬，收視率為7.07。")}
    assert not figure_fits(asked, found["62萬"]) and figure_fits(asked, found["7.07"])
