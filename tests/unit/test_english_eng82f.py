"""English round eng82f (the right passage first, the wrong figure: a count of another noun the
question names): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

MEALS = """梓岚县老年助餐点运行满一年

本报讯 3月5日，梓岚县民政局通报，全县村级老年助餐点运行满一年，已在7个乡镇建成助餐点112个，登记就餐老人5230名，全年供应午餐41.8万份。

县民政局介绍，助餐点优先聘用本村富余劳动力担任厨师，共带动就业285人。
"""


def test_a_count_of_the_places_named_is_no_count_of_the_thing(tmp_path) -> None:
    """"How many meal points has Zilan county set up in its townships?" counts the points: 7个乡镇
    counts the townships the question names after its counted phrase (where they were set up),
    112个 the points (助餐点112个, closing the clause)."""
    answer = engine_with(tmp_path, {"news.txt": MEALS}).ask(
        "How many meal points has Zilan county set up in its townships?", count=False
    )
    assert answer.text == "112个", answer.text


def test_counted_span_runs_to_the_verb_or_a_preposition() -> None:
    from bot.answer.english.other_nouns import counted_span

    def phrase(text: str) -> str | None:
        span = counted_span(text)
        return None if span is None else text[span[0] : span[1]].strip()

    assert phrase("how many meal points for elderly villagers has the county set up?") == "meal points"
    assert phrase("how many pieces of fitness equipment have been installed in the parks?") == "pieces of fitness equipment"
    assert phrase("what number of problems did those visits get resolved?") == "problems"
    assert phrase("how many counties, cities and districts did leaders visit?") == "counties, cities and districts"
    assert phrase("special projects completed, how many?") is None
    assert phrase("when did the first meal points open?") is None


def test_heads_reads_the_last_noun_of_the_phrase(tmp_path) -> None:
    """Chinese noun phrases end in their head: 县处级 of 县处级以上领导干部 and 筛查 of 流动筛查队
    modify a later noun; 乡镇 before a verb, 的 or a mark, and a noun closing the clause before
    its count, are what the count counts."""
    from bot.answer.figure.other_counted import heads
    from index.figures import passage_figures

    tokenizer = engine_with(tmp_path, {"news.txt": MEALS})._index.tokenizer

    def counted(text: str, figure: str, noun: str) -> bool:
        found = next(f for f in passage_figures(text) if f.text == figure)
        start = text.index(noun)
        return heads(text, found, start, start + len(noun), tokenizer)

    assert counted("已在7个乡镇建成助餐点112个，", "7个", "乡镇")
    assert counted("已在9个乡镇的128个行政村建成助餐点143个，", "9个", "乡镇")
    assert counted("带动市县开展走访6604次，解决问题5571个。", "6604次", "走访")
    assert not counted("全省4.5万名县处级以上领导干部参加", "4.5万名", "县处级")
    assert not counted("出台“创新深化30条”政策，", "30条", "政策")
    assert not counted("开展2次为期7天的闭门学习，", "7天", "闭门学习")  # a duration counts no noun
