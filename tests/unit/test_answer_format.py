"""Choosing the direct answer, ranking, and the pure formatters (HTML, console, JSON)."""

from __future__ import annotations

import dataclasses
import html
import json
import re

import pytest

from bot.answer import answer_question, choose_figure
from bot.engine import Engine
from bot.format import answer_to_json, fit_html, format_console, format_html, segments, visible_length
from bot.format.terminal import TerminalStyle
from bot.format.wrap import display_width
from bot.question import analyse
from tests.tokens import query_terms


def test_figure_beside_the_question_words_wins_over_the_first_figure(engine: Engine) -> None:
    text = "組織黨員干部積極投身加快山區26縣高質量發展等重點工作,深化黨建聯建和“共富工坊”建設,全省共打造8821家“共富工坊”,推動"
    q = "全省共打造了多少家共富工坊？"
    matched = query_terms(engine.index.tokenizer, q)
    figure, fit = choose_figure(text, matched, engine.index, analyse(q))
    assert figure is not None and figure.text == "8821家"
    assert 0.5 <= fit <= 1.0


def test_same_clause_beats_same_unit_elsewhere(engine: Engine) -> None:
    answer = engine.ask("省委常委會開展了多少次集中學習？")
    assert answer.text == "39次"


def test_quoted_figure_is_never_the_answer(engine: Engine) -> None:
    answer = engine.ask("評價為好達到99.8%以上的有幾個方面？")
    # The passage that quotes 99.8% counts the aspects: 9個, not the quoted figure (nor nothing).
    assert answer.text == "9個"
    assert "9個方面評價為“好”的均達到99.8%以上" in answer.results[0].passage.text


def test_reverse_figure_finds_its_passage_without_a_direct_answer(engine: Engine) -> None:
    answer = engine.ask("14.6%指的是什么？")
    assert answer.found and "14.6%" in answer.results[0].passage.text
    assert answer.text is None


@pytest.mark.parametrize("question", ["", "   ", "？？？", "😀😀", "的", "<b>&amp;</b>", "x" * 10_000, "\u200b\u202e"])
def test_junk_returns_nothing_and_never_raises(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.found and answer.text is None


def test_unknown_place_or_counted_thing_returns_nothing(engine: Engine) -> None:
    assert not engine.ask("江苏开展了多少期读书班？").found
    assert not engine.ask("世界互联网大会有多少个国家参会？").found


def test_ranking_is_deterministic(engine: Engine) -> None:
    first = answer_to_json(engine.ask("主題教育期間化解了多少矛盾？"))
    assert first == answer_to_json(engine.ask("主題教育期間化解了多少矛盾？"))


def test_segments_cover_the_text_and_mark_the_answer(engine: Engine) -> None:
    answer = engine.ask("全省共打造了多少家共富工坊？")
    result = answer.results[0]
    segs = segments(result, answer.text)
    assert "".join(s.text for s in segs) == result.passage.text
    assert [s.text for s in segs if s.kind == "answer"] == ["8821家"]
    assert any(s.kind == "figure" and s.text == "26縣" for s in segs)
    assert any(s.kind == "term" and s.text == "共富工坊" for s in segs)


def _parse_ok(text: str) -> bool:
    """A strict check of Telegram HTML: only b/i/u tags, balanced, entities well formed."""
    stack: list[str] = []
    for match in re.finditer(r"<(/?)([a-z]+)>|<|&(?:[a-z]+|#\d+);|&", text):
        token = match.group()
        if token in ("<", "&"):
            return False
        if token.startswith("&"):
            if html.unescape(token) == token:
                return False
            continue
        closing, name = match.group(1), match.group(2)
        if name not in ("b", "i", "u"):
            return False
        if closing:
            if not stack or stack.pop() != name:
                return False
        else:
            stack.append(name)
    return not stack


def test_html_answer_is_escaped_bold_and_cited(engine: Engine) -> None:
    text = format_html(engine.ask("全省共打造了多少家共富工坊？"))
    assert text.startswith("💡 <b>8821家</b>")
    assert "《以先行者之姿 書寫高質量答卷》" in text
    assert _parse_ok(text)
    assert visible_length(text) <= 4096
    assert text.count("<b>") + text.count("<u>") + text.count("<i>") <= 100


def test_html_escapes_markup_in_passages_and_questions(engine: Engine) -> None:
    text = format_html(engine.ask("<b>北京</b> & 天气 <script>"))
    assert "<script>" not in text and "&lt;b&gt;北京" in text
    assert _parse_ok(text)


def test_fit_html_cuts_visible_text_and_keeps_tags_balanced() -> None:
    long = "<b>" + "字" * 5000 + "</b> &amp; tail"
    cut = fit_html(long, limit=100)
    assert visible_length(cut) <= 100
    assert _parse_ok(cut)


def test_console_plain_text_has_no_markup_and_one_citation(engine: Engine) -> None:
    answer = engine.ask("how many 共富工坊?")
    plain = format_console(answer)
    lines = plain.splitlines()
    assert lines[0] == "答案 Answer: 8821家"
    assert lines[1].startswith("1. ") and "全省共打造8821家“共富工坊”" in lines[1]
    assert lines[2] == "   — 《以先行者之姿 書寫高質量答卷》 · 四下基層,匯聚高質量發展強勁動能 · ¶23"
    assert not set(plain) & set("*_`#<>[]\033"), "plain output carries no markup characters"
    assert len(lines) == 2 * min(3, len(answer.results)) + 1


def test_console_color_marks_the_answer_figures_and_words(engine: Engine) -> None:
    answer = engine.ask("how many 共富工坊?")
    text = format_console(answer, style=TerminalStyle(color=True))
    assert "答案 Answer: \033[1;33m8821家\033[0m" in text
    assert "\033[1m26縣\033[0m" in text  # another figure: bold
    assert "\033[4m共富工坊\033[0m" in text  # a matched word: underlined
    assert re.sub(r"\033\[[0-9;]*m", "", text) == format_console(answer)


def test_console_wraps_by_display_width_with_a_hanging_indent(engine: Engine) -> None:
    answer = engine.ask("how many 共富工坊?")
    plain_lines = format_console(answer).splitlines()
    for width in (24, 37, 50, 61):
        text = format_console(answer, style=TerminalStyle(width=width))
        lines = text.splitlines()
        assert all(display_width(line) <= width for line in lines), width
        # The first passage: "1. " then lines indented by three spaces, holding the same text.
        first = [i for i, line in enumerate(lines) if line.startswith("1. ")][0]
        second = next(i for i, line in enumerate(lines) if line.startswith("   — "))
        body = lines[first:second]
        assert len(body) > 1 and all(line.startswith("   ") and line[3] != " " for line in body[1:])
        assert "".join(line[3:] for line in body) == plain_lines[1][3:]
        # Each figure of the passage stands whole on one line.
        for figure in answer.results[0].figures:
            assert any(figure.text in line for line in body), (width, figure.text)


def test_console_hedged_answer_is_marked_and_has_no_direct_answer(engine: Engine) -> None:
    sure = engine.ask("how many 共富工坊?")
    hedged = dataclasses.replace(sure, confident=False, figure=None)
    lines = format_console(hedged).splitlines()
    assert lines[0] == "可能相關 · Possibly related — not sure these answer your question"
    assert not any("Answer:" in line for line in lines)
    assert lines[1].startswith("1. ") and "8821家" in lines[1]
    # Sure of the figure though not of the passages: both the mark and the answer.
    figure_kept = dataclasses.replace(sure, confident=False)
    assert format_console(figure_kept).splitlines()[:2] == [lines[0], "答案 Answer: 8821家"]


def test_console_nothing_found_offers_examples(engine: Engine) -> None:
    text = format_console(engine.ask("北京今天天气怎么样？"), examples=["共富工坊有多少家？", "how many 共富工坊?"])
    assert text.splitlines() == [
        "沒有找到相關內容。/ Nothing in the documents answers that.",
        "可以這樣問 · Try for example:",
        "  • 共富工坊有多少家？",
        "  • how many 共富工坊?",
    ]


def test_json_contract(engine: Engine) -> None:
    data = answer_to_json(engine.ask("全省共打造了多少家共富工坊？"))
    assert set(data) == {"question", "answer", "confident", "passages"}
    assert data["answer"] == "8821家"
    first = data["passages"][0]
    assert set(first) == {"text", "score", "doc", "paragraph", "figures"}
    assert "<" not in first["text"] and "8821家" in first["figures"]
    assert isinstance(first["paragraph"], int) and isinstance(first["score"], float)
    json.dumps(data, ensure_ascii=False)


def test_nothing_relevant_json(engine: Engine) -> None:
    assert answer_to_json(engine.ask("北京今天天气怎么样？")) == {
        "question": "北京今天天气怎么样？", "answer": None, "confident": True, "passages": []}


def test_answer_question_is_pure(engine: Engine) -> None:
    before = engine.stats().questions
    answer_question(engine.index, "how many 共富工坊?")
    assert engine.stats().questions == before
