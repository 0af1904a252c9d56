"""Figures of Chinese news text and what a question asks for."""

from __future__ import annotations

import pytest

from bot.question import analyse, unit_matches
from index.figures import chinese_number, find_figures


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
    ],
)
def test_figures(text: str, figure: str, kind: str, value: float, unit: str) -> None:
    found = {f.text: f for f in find_figures(text)}
    assert figure in found, found
    f = found[figure]
    assert (f.kind, f.unit) == (kind, unit)
    assert f.value == pytest.approx(value)
    assert text[f.start : f.end] == figure


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
        ("专业物业服务覆盖率是多少？", "percent", None),
        ("第二批主题教育评价“好”的比例是多少？", "percent", None),
        ("What percentage rated it good?", "percent", None),
        ("主题教育是什么时候开展的？", "date", None),
        ("When did Xi inspect Zhejiang?", "date", None),
        ("這篇文章的記者是誰？", "who", None),
        ("八八战略主题展览在哪里举办？", "where", None),
        ("8821是什么数字？", None, None),
        ("主題教育那12字總要求是哪幾個字？", None, None),
    ],
)
def test_question_kinds(question: str, kind: str | None, unit: str | None) -> None:
    info = analyse(question)
    assert info.kind == kind
    assert info.unit == unit


def test_quoted_numbers_are_remembered() -> None:
    assert analyse("评价为好达到99.8%以上的有几个方面").numbers == ("99.8",)


def test_unit_matching_across_scripts() -> None:
    assert unit_matches("个", "個")
    assert unit_matches("县", "縣")
    assert not unit_matches("家", "名")
    assert not unit_matches(None, "家")
