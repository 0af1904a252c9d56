"""English "who wrote the <source> piece?": the byline of the document whose source is named."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.sources import bylines_first
from tests.conftest import engine_with

#: A dispatch with a byline of its own and no source in metadata (no front matter).
DISPATCH = (
    "港口貨櫃量創新高\n\n（中央社記者王明高雄15日電）高雄港今天公布統計，全年貨櫃量達1,000萬TEU。\n\n"
    "港務公司總經理在記者會上表示，明年目標是1,050萬TEU。\n"
)


def test_the_piece_named_by_its_source_is_that_documents(tmp_path: Path) -> None:
    """"Who wrote the *People's Daily* piece?": the shipped article's metadata names its source
    (人民日報 (People's Daily)); its byline (本報記者 李燦 陸樂) is the answer, not the dispatch's
    (中央社記者王明). The question was read as about some other writing and found nothing."""
    engine = engine_with(tmp_path, {"dispatch.txt": DISPATCH})
    answer = engine.ask("Who wrote the People's Daily piece?", count=False)
    assert answer.results and "李燦" in answer.results[0].text
    # a source no document says it has: the dispatch (saying none) may be it -- not surely
    answer = engine.ask("Who wrote the Xinhua piece?", count=False)
    assert answer.results and answer.results[0].passage.doc == "dispatch.txt" and not answer.confident


HISTORY = (
    "報館歷史\n\n"
    "1936年,報館派記者赴西北採訪,記者的通訊在報上連載,記者由此成名,記者隊伍擴大。\n\n"
    "報館後來遷往重慶,繼續出版。\n"
)
REPORT = (
    "浙江主題教育\n\n"
    "主題教育期間,浙江全力辦好亞運盛會,組建66個場館臨時黨支部,全省各級舉辦2887期讀書班,開展研討交流,"
    "持續推動黨的創新理論的省域實踐,為思想的豐富發展貢獻更多浙江素材、浙江例証。(本報記者 李燦 陸樂)\n"
)


def test_who_wrote_this_article_shows_the_byline_first(tmp_path: Path) -> None:
    """"Who wrote this article?" searches only the writers' words (記者): a passage telling of
    reporters four times outranked the byline closing the report's long last paragraph."""
    engine = engine_with(tmp_path, {"history.txt": HISTORY, "report.txt": REPORT})
    answer = engine.ask("Who wrote this article?", count=False)
    assert answer.results and "李燦" in answer.results[0].text


def test_a_byline_after_an_agency_or_with_a_dateline_is_one() -> None:
    """Bylines as news agencies write them come first too (中央社記者林怡君高雄15日電); a passage
    telling of a reporter does not."""
    told = "報館派記者赴西北採訪，後來成名。"
    agency = "高雄港貨櫃量創新高。（中央社記者林怡君高雄15日電）"
    assert bylines_first([("作者", "记者")], [told, agency], lambda t: t) == (agency, told)
    assert bylines_first([("作者", "记者"), ("goth",)], [told, agency], lambda t: t) == (told, agency)
