"""Which figure of the passage is the direct answer to a wholly English question (english_fresh32
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

LAKE = (
    "青湖生态修复情况\n\n"
    "青湖生态修复工程2021年启动，累计清淤86万立方米，新建人工湿地5处。\n\n"
    "今年春季调查显示，湖中鸟类已增至63种，比修复前多出21种。\n"
)


def test_a_level_reached_is_of_the_present() -> None:
    """"How many ... *now*": a level a change has reached (已增至63种: there are 63 kinds now) is
    of the present, as 目前 or 至今 say (bot/answer/english_rates.PRESENT_WRITTEN)."""
    from bot.answer.english.rates import PRESENT_WRITTEN

    assert PRESENT_WRITTEN.search("湖中鸟类已增至63种") is not None
    assert PRESENT_WRITTEN.search("全市人口已经达到30万") is not None
    assert PRESENT_WRITTEN.search("1945年人口为30万") is None


def test_how_many_now_answered_by_a_level_reached(tmp_path: Path) -> None:
    """"How many species of birds now live in the lake?": 63种, not nothing because the text
    writes no 目前."""
    engine = engine_with(tmp_path, {"lake.txt": LAKE})
    answer = engine.ask("How many species of birds now live in the lake?", count=False)
    assert answer.text is not None and answer.text.startswith("63")


SURVEY = (
    "社区服务评估情况\n\n"
    "年度评估显示，第二批试点社区居民满意的占98.15%；第一批试点社区居民满意的占97.42%。\n\n"
    "全市已建成社区食堂312家，覆盖老年人口约41.6万。\n"
)
#: Another document, where the dictionary's 首批 is written: "first batch" is then read as it.
GRANARY = "青山粮仓旧事\n\n清乾隆年间，青山县绅商集资建仓，首批储谷约3200石。此后仓廒陆续扩建。\n"


def test_a_first_ordinal_is_also_written_with_its_number() -> None:
    """A phrase the dictionary translates as 首X ("first batch": 首批) is also looked for as
    第一X where a document writes that, as a Chinese question's 首批 is
    (bot/answer/english_figures.written_otherwise_too); one word ("*first* published": 首次)
    gets no ordinal's other form."""
    from bot.answer.english.figures import written_otherwise_too
    from index.english import EnglishUnit

    class Held:
        def doc_freq(self, term: str) -> int:
            return 1

    batch = EnglishUnit("first batch", (("首批", 1.0),), 1.0)
    first = EnglishUnit("first", (("首次", 1.0),), 1.0)
    widened = written_otherwise_too(Held(), [batch, first])  # type: ignore[arg-type]
    assert [term for term, _ in widened[0].terms] == ["首批", "第一批"]
    assert [term for term, _ in widened[1].terms] == ["首次"]


def test_a_share_of_the_first_batch(tmp_path: Path) -> None:
    """"What percentage ... satisfied with the first batch ...": 97.42%, which the text writes
    after 第一批 -- not 98.15%, the second batch's (the dictionary's "first batch" is 首批)."""
    engine = engine_with(tmp_path, {"survey.txt": SURVEY, "granary.txt": GRANARY})
    answer = engine.ask("What percentage of residents were satisfied with the first batch of pilot communities?", count=False)
    assert answer.text is not None and answer.text.startswith("97.42")


PARK = (
    "青溪公园改造情况\n\n"
    "青溪公园改造工程2023年完工，新建步道4.2公里，新增座椅180处。\n\n"
    "第三方调查显示，周边居民对公园改造的满意度达到93.8%，较改造前提高21.4个百分点。\n\n"
    "公园管理处共有工作人员46名，其中园艺人员28名。\n"
)


def test_how_satisfied_asks_the_degree_given_as_a_figure(tmp_path: Path) -> None:
    """"*How satisfied* are residents ...": the degree the texts write as a figure after the
    adjective's noun of degree (满意度达到93.8%; bot/answer/english_degrees.degree_asked) --
    a percent, not a passage without a figure."""
    engine = engine_with(tmp_path, {"park.txt": PARK})
    answer = engine.ask("How satisfied are residents with the park renovation?", count=False)
    assert answer.text is not None and answer.text.startswith("93.8%")


def test_how_with_no_degree_written_is_left_alone() -> None:
    """A "how" word whose translation no text writes with 度 or 率 asks no degree."""
    from bot.answer.english.degrees import degree_asked
    from index.english import EnglishUnit

    class Held:
        def doc_freq(self, term: str) -> int:
            return 0

    units = (EnglishUnit("satisfied", (("满意", 1.0),), 1.0),)
    assert degree_asked(Held(), "How satisfied are they?", units) == (units, None)  # type: ignore[arg-type]
