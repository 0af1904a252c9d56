"""The faster ways the engine answers give exactly what the plain ways give: BM25 weights from
length norms worked out once per passage, a figure read once per written form, the layout's
patterns, texts read without making passages, highlight spans worked out when asked for."""

from __future__ import annotations

import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answer.figure import nearness
from bot.engine import Engine
from index.bm25 import BM25Params
from index.bm25.score import length_norms
from index.figures import find_figures
from index.normalize import aligner_for
from index.search import scored_postings
from tests.unit.test_bm25 import PARAMS, segmented, zipf_corpus, zipf_queries  # noqa: F401 (a fixture)

#: The layout's patterns as first written (one may read them more easily than the fast ones).
PLAIN_SENTENCE_END = re.compile(r"[。！？!?\n]+[”」』）)]*")
PLAIN_CLAUSE_END = re.compile(r"[，：﹔；;]|(?<!\d)[,:]|[,:](?!\d)")


@pytest.mark.parametrize("params", PARAMS, ids=repr)
def test_weights_from_length_norms_are_those_from_lengths_to_the_bit(zipf_corpus: list[list[str]],
                                                                    params: BM25Params) -> None:
    docs = [zipf_corpus[i : i + 20] for i in range(0, 1600, 20)]
    index = segmented(docs, {2, 7, 8}, [zipf_corpus[i : i + 20] for i in range(1600, 2000, 20)])
    stats = index.stats(okapi=params.variant == "okapi")
    norms = [length_norms(part.segment.lengths, stats, params) for part in index.parts]
    for term in {t for query in zipf_queries() for t in query}:
        plain = scored_postings(index, term, stats, params)
        normed = scored_postings(index, term, stats, params, norms)
        assert np.array_equal(plain.ids, normed.ids)
        assert plain.weights.tobytes() == normed.weights.tobytes(), term
        assert (plain.idf, plain.high, plain.low) == (normed.idf, normed.high, normed.low)


def test_search_gives_the_scores_of_weights_from_lengths(engine: Engine) -> None:
    index = engine.index
    stats, params = index.segments.stats(okapi=False), index.settings.bm25
    for term in ["共富工坊", "浙江", "的", "主题教育"]:
        assert index.postings(term).tobytes() == scored_postings(index.segments, term, stats, params).ids.tobytes()
        assert index._scored(term).weights.tobytes() == scored_postings(index.segments, term, stats, params).weights.tobytes()


def test_a_bare_number_of_years_is_read_from_the_text_around_it_every_time() -> None:
    # "300年" is a length of time after 經過 and a year at the start of a sentence: the figure a
    # written form is remembered as must not carry one reading into the other's text.
    for texts in (["經過300年，城市變了。", "300年，羅馬人來了。"], ["300年，羅馬人來了。", "經過300年，城市變了。"]):
        kinds = [[(f.text, f.kind, f.start) for f in find_figures(text)] for text in texts]
        during, year = (kinds[0], kinds[1]) if texts[0].startswith("經過") else (kinds[1], kinds[0])
        assert during == [("300年", "count", 2)]
        assert year == [("300年", "date", 0)]


def test_a_figure_read_again_elsewhere_stands_where_it_is_written() -> None:
    first = find_figures("全省共打造8821家共富工坊。")
    again = find_figures("據統計，全省共打造了8821家共富工坊，帶動就業。")
    assert [(f.text, f.start, f.end, f.value, f.unit) for f in first] == [("8821家", 5, 10, 8821.0, "家")]
    assert [(f.text, f.start, f.end, f.value, f.unit) for f in again] == [("8821家", 10, 15, 8821.0, "家")]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("，：﹔,:。！？!?；;\n”」』）)0123456789字a "), max_size=24))
def test_layout_patterns_find_the_ends_the_plain_patterns_find(text: str) -> None:
    assert [m.span() for m in nearness._SENTENCE_END_RE.finditer(text)] == [
        m.span() for m in PLAIN_SENTENCE_END.finditer(text)
    ]
    assert [m.span() for m in nearness._CLAUSE_END_RE.finditer(text)] == [
        m.span() for m in PLAIN_CLAUSE_END.finditer(text)
    ]


def test_a_passage_text_read_alone_is_the_passage_s_text(engine: Engine) -> None:
    index = engine.index
    assert [index.passage_text(i) for i in range(index.num_passages)] == [p.text for p in index.passages]
    assert index.passage_text(-1) == index.passages[-1].text
    with pytest.raises(IndexError):
        index.passage_text(index.num_passages)


def test_highlight_spans_are_where_the_matched_words_are_written(engine: Engine) -> None:
    answer = engine.ask("全省共打造了多少家共富工坊？", count=False)
    result = answer.results[0]
    assert result.term_spans, result.matched
    aligner = aligner_for(result.text)
    written = {aligner.normalized[start:end] for start, end in result.term_spans}
    assert "共富工坊" in written
    assert written <= set(result.matched)
    assert list(result.term_spans) == sorted(set(result.term_spans))
