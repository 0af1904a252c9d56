"""Words that frame a date question (开始, 持续, 举办) count half, in the search and where a passage
holds them: a passage saying 一開始 without a date answers 從什麼時候開始 no better for it."""

from __future__ import annotations

from bot.answer.query import FRAMING_WEIGHT, Query, read_question
from bot.answer.words import word_weight
from bot.question import names_range_half
from tests.conftest import index_of


def test_framing_words_weigh_half() -> None:
    index = index_of({"dates": "根據統一部署，2021年3月至2022年6月，全市開展了這項活動。"})
    query = read_question(index, "這項活動從什麼時候開始？")
    weights = {w.variants[0]: weight for w, weight in zip(query.words, query.weights)}
    plain = read_question(index, "這項活動開始了嗎？")  # no date asked: nothing frames it
    assert weights["开始"] == FRAMING_WEIGHT * dict(zip([w.variants[0] for w in plain.words], plain.weights))["开始"]


def test_an_english_start_is_the_event_itself_and_weighs_in_full() -> None:
    index = index_of({"station": "1984年9月，新客站工程開工，1987年12月建成。"})
    asked = read_question(index, "When did construction of the new station start?")
    assert asked.words and all(weight == word_weight(index, w) for w, weight in zip(asked.words, asked.weights))


def test_the_campaign_is_the_texts_own_undertaking_and_counts_half() -> None:
    """"the campaign" is the undertaking the text names in its own words (主题教育): its dictionary
    sense (活动) counts half, in the search and where found; a campaign not referred to so counts in full."""
    index = index_of({"members": "全市共有5000名黨員參加了這次活動。", "other": "該市舉辦了多場文化活動和體育活動。"})
    referring = read_question(index, "How many party members took part in the campaign?")
    plain = read_question(index, "How many party members took part in campaign rallies?")

    def weight_of(query: Query, term: str) -> float:
        return next(weight for w, weight in zip(query.words, query.weights) if term in w.variants)

    assert weight_of(referring, "活动") == FRAMING_WEIGHT * word_weight(index, next(w for w in referring.words if "活动" in w.variants))
    assert weight_of(plain, "活动") == word_weight(index, next(w for w in plain.words if "活动" in w.variants))


def test_raising_the_curtain_asks_a_start() -> None:
    """拉開序幕 ("raise the curtain") says a date question asks when something began, as 開始 and
    啟動 do: the answer may be written as a range's start (2023年4月至2024年1月)."""
    assert names_range_half("拉开序幕") and names_range_half("揭幕") and not names_range_half("序幕")
