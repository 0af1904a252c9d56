"""A count asked by a measure word of one kind of thing (多少辆) is not answered by a count of
another kind (128家 firms): it cannot be the answer, and a passage holding no other ranks as one
without a figure. Measure words of one kind stand for each other (27間 for 几家门店, 台 for 辆)."""

from __future__ import annotations

import pytest

from bot.answer import answer_question
from bot.answer.figure.measures import measures_otherwise
from bot.question import analyse
from index.figures import passage_figures
from tests.conftest import index_of


def _count(text: str):  # type: ignore[no-untyped-def]
    return next(f for f in passage_figures(text) if f.kind == "count")


@pytest.mark.parametrize(("question", "text", "other"), [
    ("卖出了多少辆新能源车？", "全市128家重点企业", True),
    ("有多少名志愿者？", "设立社区服务站32处", True),
    ("新开了几家门店？", "较一年前净增加27间", False),
    ("卖出了多少辆车？", "售出电动车300台", False),
    ("卖出了多少辆车？", "售出电动车300辆", False),
    ("有几个服务站？", "全市128家重点企业", False),  # 个 counts anything
])
def test_a_count_of_another_kind_of_thing(question: str, text: str, other: bool) -> None:
    assert measures_otherwise(analyse(question), _count(text)) is other


def test_the_passage_counting_the_asked_thing_comes_first() -> None:
    index = index_of({
        "车展": (
            "据主办方统计，5月1日至5日的5天展期里，青岚国际车展共有186家车企参展，接待观众42.6万人次，"
            "展会期间青岚全市汽车销售额12.8亿元。\n\n"
            "车展现场共售出新车3510辆，其中纯电动车1946辆，占比55.4%。"
        ),
    })
    assert answer_question(index, "青岚车展5天卖出了多少辆纯电动车？").text == "1946辆"


def test_a_span_of_time_asked_by_its_unit_is_no_bare_number() -> None:
    """要幾天: a span of time is written with its unit -- not the 1 of 1號窯, a number naming a kiln."""
    text = "已發掘的最長一座龍窯為楓嶺1號窯，殘長78.6米，每次燒成需7天。"
    bare = next(f for f in passage_figures(text) if f.text == "1")
    days = next(f for f in passage_figures(text) if f.text == "7天")
    assert measures_otherwise(analyse("燒一窯要幾天？"), bare)
    assert not measures_otherwise(analyse("燒一窯要幾天？"), days)
    index = index_of({"龍窯": "已發掘的最長一座龍窯為楓嶺1號窯，殘長78.6米，寬約2.3米，坡度約12度，一次可裝燒瓷坯約2.5萬件。"})
    assert answer_question(index, "龍窯燒一窯要幾天？").text is None
