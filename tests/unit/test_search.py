"""The engine's search path (weighted top-k over postings) gives rank_bm25's scores and order."""

from __future__ import annotations

import numpy as np
import pytest
from rank_bm25 import BM25Okapi, BM25Plus

from bot.engine import Engine
from index.fields import passage_tokens
from index.search import QueryTerm
from tests.tokens import query_terms

QUESTIONS = ["全省共打造了多少家共富工坊", "省委常委會開展了多少次集中學習", "黨員 干部 主題教育", "秸秆焚烧", "浙江 浙江 亚运"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_unit_weight_search_equals_rank_bm25(engine: Engine, question: str) -> None:
    index = engine.index
    tokens = [passage_tokens(index.tokenizer, p)[1] for p in index.passages]
    params = index.settings.bm25
    reference = (BM25Plus(tokens, k1=params.k1, b=params.b, delta=params.delta) if params.variant == "plus"
                 else BM25Okapi(tokens, k1=params.k1, b=params.b, epsilon=params.epsilon))
    query = query_terms(index.tokenizer, question)
    expected = reference.get_scores(query)
    hits = index.search([QueryTerm(t) for t in query], k=10)
    assert hits, question
    for hit in hits:
        assert hit.score == pytest.approx(expected[hit.index], rel=1e-9)
        assert hit.matched and all(t in tokens[hit.index] for t in hit.matched)
    # Among passages that contain a query term, the same order as rank_bm25 (ties: lower index).
    matching = [i for i, toks in enumerate(tokens) if set(query) & set(toks)]
    order = sorted(matching, key=lambda i: (-expected[i], i))[: len(hits)]
    assert [h.index for h in hits] == order


def test_weights_scale_term_contributions(engine: Engine) -> None:
    index = engine.index
    one = {h.index: h.score for h in index.search([QueryTerm("共富工坊", 1.0)], k=5)}
    half = {h.index: h.score for h in index.search([QueryTerm("共富工坊", 0.5)], k=5)}
    assert one.keys() == half.keys()
    base = sum(h.score for h in index.search([QueryTerm("不存在的词", 1.0)], k=5))
    assert base == 0
    for i in one:
        assert np.isclose(half[i], one[i] / 2)


def test_unknown_terms_and_empty_queries_find_nothing(engine: Engine) -> None:
    assert engine.index.search([], k=5) == []
    assert engine.index.search([QueryTerm("zzzz")], k=5) == []
