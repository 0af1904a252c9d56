"""English round eng79v (answerable English questions stopped by the absent-word veto though the
right passage is a top candidate): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

MUSEUM = """柘川陈列馆

柘川陈列馆由旧粮仓改建，2021年对外开放，陈列展品320件。截至2024年底，累计接待游客约8.6万人次，其中2024年约2.1万人次。
"""

TEA = """柘川茶园

柘川镇种茶历史悠久，全镇茶园面积约1.2万亩，茶农收入逐年提高。茶叶产量达到380吨，比上年增长12.4%。
"""


def _vouched(engine, question: str) -> tuple[bool, bool, int]:
    """(absent_read, absent_vouched, clause_words) for ``question`` read as vetoed for naming
    something absent (set here, as the English reader sets it for a focus word it understands too
    weakly: a small invented corpus rarely raises it)."""
    from dataclasses import replace

    from bot.answer import consider
    from bot.answer.english.absent_vouched import absent_read, absent_vouched
    from bot.answer.english.clause_held import clause_words
    from bot.answer.reading import Reading

    index = engine._index
    considered = consider(index, question)
    query = replace(considered.query, absent=True)
    reading = Reading(index)
    best = considered.candidates[0]
    return absent_read(query), absent_vouched(reading, query, best), clause_words(reading, query, best)


def test_a_clause_that_is_a_time_bound_alone_belongs_to_the_count_after_it(tmp_path) -> None:
    """"How many visitors had the museum welcomed by the end of 2024?": 截至2024年底 is a clause of
    its own, bounding 累计接待游客约8.6万人次 after it; with it, the count's clause holds two of the
    question's words (游客, 年底 for "end") and writes the year asked: vouched for (dev: "In tens of
    thousands, how many visitors had the hall welcomed by the end of 2025?", 截至2025年底，累计接待
    遊客约19萬人次)."""
    engine = engine_with(tmp_path, {"museum.txt": MUSEUM, "tea.txt": TEA})
    read, vouched, words = _vouched(engine, "How many visitors had the museum welcomed by the end of 2024?")
    assert read and words >= 2 and vouched


def test_a_clause_saying_more_than_a_time_is_no_bound_of_the_next() -> None:
    """2020年至2022年进行整体修缮 says what was done, not only when: the next clause's figure keeps
    its own clause; nor is a bound joined across a sentence's end."""
    from bot.answer.english.clause_held import timed_clause

    text = "截至2024年底，累计接待游客约8.6万人次"
    assert timed_clause(text, text.index("8.6"), "累计接待游客约8.6万人次") == "截至2024年底累计接待游客约8.6万人次"
    text = "2020年至2022年进行整体修缮，投资1640万元"
    assert timed_clause(text, text.index("1640"), "投资1640万元") == "投资1640万元"
    text = "截至2024年底。累计接待游客约8.6万人次"
    assert timed_clause(text, text.index("8.6"), "累计接待游客约8.6万人次") == "累计接待游客约8.6万人次"
    text = "2020年至2022年，投资1640万元"
    assert timed_clause(text, text.index("1640"), "投资1640万元") == "2020年至2022年投资1640万元"
