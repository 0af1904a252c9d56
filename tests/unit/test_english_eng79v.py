"""English round eng79v (answerable English questions stopped by the absent-word veto though the
right passage is a top candidate): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer.english.absent_vouched import absent_read, absent_vouched
from bot.answer.english.clause_held import clause_words
from tests.conftest import engine_with, vetoed_best

SEASON = """柘川消费季

目前，柘川县消费季活动进展顺利。参与活动的商家达到146家，全县发放消费券120万元。
"""

TEA = """柘川茶园

柘川镇种茶历史悠久，全镇茶园面积约1.2万亩，茶农收入逐年提高。茶叶产量达到380吨，比上年增长12.4%。
"""


def _vouched(engine, question: str) -> tuple[bool, bool, int]:
    """(absent_read, absent_vouched, clause_words) for ``question`` read as vetoed for naming
    something absent (set here, as the English reader sets it for a focus word no translation
    reaches: a small invented corpus rarely raises it)."""
    query, reading, best = vetoed_best(engine, question)
    return absent_read(query), absent_vouched(reading, query, best), clause_words(reading, query, best)


def test_an_unsearched_head_noun_is_held_by_the_head_character_of_a_sense(tmp_path) -> None:
    """"How many retailers take part in the activity now?": "retailers" reaches no document (CC-CEDICT's
    零售商, which no text writes), but 零售商 is a kind of 商, and 参与活动的商家达到146家 writes 商 beside
    活动: two words (目前 stands in another sentence), vouched for as a count of things (dev: "What proportion of the bells cast in 1900
    were bronze?", 青铜 "bronze" a kind of 铜 in 铜钟占72%; "How many long-unresolved backlogged
    petition cases were settled?", 久拖未决)."""
    engine = engine_with(tmp_path, {"season.txt": SEASON, "tea.txt": TEA})
    read, vouched, words = _vouched(engine, "How many retailers take part in the activity now?")
    assert read and words == 2 and vouched
    _, vouched, words = _vouched(engine, "How many ovens take part in the activity now?")  # 炉子: no kind of 子
    assert words == 1 and not vouched


def test_a_sense_ending_in_a_suffix_or_a_describing_word_holds_nothing() -> None:
    """炉子 "oven" is no kind of 子, nor 瞳人 "pupil (of the eye)" of 人 (suffixes); "new" describes
    the head of "new party" (新生's 生 stands in 产生), and a verb's senses name no kind."""
    from bot.answer.english.sense_characters import sense_head, senses_written, unit_heads

    assert sense_head("零售商") == "商" and sense_head("炉子") == "" and sense_head("瞳人") == "" and sense_head("商") == ""
    assert unit_heads(["new party", "retailers"]) == frozenset({"party", "retailers"})
    clause = "参与活动的商家从年初的38家增加到目前的 家"
    assert senses_written(["retailers"], clause, "活动", frozenset({"retailers"})) == 1
    assert senses_written(["retailers"], clause, "活动") == 0  # not the head of its phrase
    assert senses_written(["new"], "必须先经过所在分会两名以上会员提名产生", "会员", frozenset()) == 0
