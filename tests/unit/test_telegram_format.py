"""The three outcomes in Telegram: a confident answer, passages only *possibly related* (marked so
in chats, on every "more" page and in inline results, with no direct answer unless the engine is
sure of the figure), and nothing. Answers are built from a real one, so that the formatting is
tested whatever the engine decides today."""

from __future__ import annotations

import dataclasses

import pytest

from bot.answer import Answer
from bot.engine import Engine
from bot.format import format_html
from bot.telegram import texts
from tests.e2e.fakebotapi import parse_html

QUESTION = "全省共打造了多少家共富工坊？"
HEDGE = "🤔 可能相關 · Possibly related — not sure these answer your question"


@pytest.fixture(scope="module")
def sure(engine: Engine) -> Answer:
    answer = engine.ask(QUESTION, count=False)
    assert answer.confident and answer.figure is not None
    # Seven passages (repeated if need be), so that there is a second page.
    results = (answer.results * 7)[:7]
    return dataclasses.replace(answer, results=results)


def shown(html: str) -> tuple[str, list[str]]:
    """The text a reader sees and its bold pieces."""
    text, entities = parse_html(html)
    units = text.encode("utf-16-le")
    bold = [units[2 * e["offset"] : 2 * (e["offset"] + e["length"])].decode("utf-16-le")
            for e in entities if e["type"] == "bold"]
    return text, bold


def test_a_confident_answer_is_not_marked(sure: Answer) -> None:
    for offset in (0, 3):
        text, _ = shown(format_html(sure, 3, offset))
        assert "Possibly related" not in text and "可能相關" not in text
    text, bold = shown(format_html(sure, 3, 0))
    assert text.startswith(f"💡 {sure.text}\n") and bold[0] == sure.text


def test_possibly_related_passages_are_marked_with_no_direct_answer(sure: Answer) -> None:
    hedged = dataclasses.replace(sure, confident=False, figure=None)
    assert hedged.hedged
    text, bold = shown(format_html(hedged, 3, 0))
    assert text.startswith(HEDGE + "\n")
    assert "💡" not in text
    head = text.partition("\n1. ")[0]
    assert not any(piece in head for piece in bold), "a bold line before the passages"
    assert sure.results[0].passage.title in text  # the passages and citations are still there


def test_a_figure_the_engine_is_sure_of_is_shown_beside_possibly_related_passages(
    sure: Answer,
) -> None:
    hedged = dataclasses.replace(sure, confident=False)
    text, bold = shown(format_html(hedged, 3, 0))
    assert text.startswith(f"{HEDGE}\n💡 {sure.text}\n")
    assert bold[0] == sure.text


def test_every_more_page_of_possibly_related_passages_is_marked(sure: Answer) -> None:
    hedged = dataclasses.replace(sure, confident=False, figure=None)
    for offset in (3, 6):
        text, _ = shown(format_html(hedged, 3, offset))
        assert text.startswith(HEDGE + "\n") and f"\n{offset + 1}. " in text


def test_inline_results_of_possibly_related_passages_say_so(sure: Answer) -> None:
    hedged = dataclasses.replace(sure, confident=False, figure=None)
    for position in (0, 1):
        title = texts.inline_title(hedged, position)
        description = texts.inline_description(hedged, position)
        assert title.startswith("🤔 可能相關 · Possibly related · ") and "💡" not in title
        assert description.startswith("not sure these answer your question: ")
        text, _ = shown(texts.inline_message_html(hedged, position))
        assert text.startswith(HEDGE + "\n")
    assert "Possibly related" not in texts.inline_title(sure, 0)
    assert not texts.inline_description(sure, 0).startswith("not sure")


def test_nothing_found_is_neither_an_answer_nor_marked(sure: Answer) -> None:
    nothing = dataclasses.replace(sure, figure=None, results=(), confident=True)
    text, bold = shown(format_html(nothing, 3, 0, examples=["共富工坊有多少家？"]))
    assert text.startswith("🤷 沒有找到相關內容。/ Nothing in the documents answers that.")
    assert "Possibly related" not in text and bold == []
    assert "Try for example:\n• 共富工坊有多少家？" in text
