"""The noun after 哪些 is the kind of answer asked (哪些疾病: the diseases are named, 咳嗽, 吐血),
as after 哪个 or 哪座: it weighs as a kind, not as a word the passage must write."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.query import read_question
from index.tokenizer import ANSWER_TYPE
from tests.conftest import index_of


def test_the_noun_after_which_ones_is_the_kind_asked() -> None:
    index = index_of({
        "herb": "天門冬味甘，性寒，可治療咳嗽、吐血、氣喘等，根可入藥。",
        "clinic": "該院的疾病防治中心成立於2001年，負責全市的疾病監測。",
    })
    words = {w.variants[0]: w.pos for w in read_question(index, "天門冬能治療哪些疾病？").words}
    assert words["疾病"] == ANSWER_TYPE and words["天门冬"] != ANSWER_TYPE
    answer = answer_question(index, "天門冬能治療哪些疾病？")
    assert answer.results and "咳嗽" in answer.results[0].text
