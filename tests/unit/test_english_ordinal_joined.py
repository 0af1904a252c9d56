""""The *second batch*": an ordinal and the noun after it are one thing, found as a passage writes
it (第二批, by the noun's measure word 批) -- not two words translated apart ("batch": 一次/第一,
which also find 第一批 beside it), so the figure of the second batch is the one given
(bot/answer/english_numbered.numbered_things)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

CAMPAIGN = (
    "主题教育总结\n\n"
    "在主题教育总结评估中，党员群众对我省第一批主题教育总体评价“好”的占99.67%，"
    "对第二批主题教育评价“好”的占99.96%，调查研究的成效进一步显现。\n\n"
    "第二批主题教育期间，各地聚焦群众急难愁盼问题，解决了一批操心事烦心事。\n"
)


def test_the_figure_of_the_second_batch(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"campaign.txt": CAMPAIGN})
    answer = engine.ask(
        "What percentage of Party members and the public rated the second batch of the campaign as good?", count=False
    )
    assert answer.text == "99.96%"
    assert any(t.english == "second batch" and t.term == "第二批" for t in answer.translations)
