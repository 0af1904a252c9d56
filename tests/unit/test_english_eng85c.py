"""English round eng85c (a searched word whose searched Chinese words the figure's clause lacks,
written there by the characters of one of its senses): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer import consider
from bot.answer.english.clause_held import clause_words
from bot.answer.english.sense_characters import missed_words, reduplicated, word_senses
from bot.answer.model import Translation
from bot.answer.reading import Reading
from tests.conftest import engine_with

PORT = """柘川渔港

柘川县近年扩建渔港，三年来累计投入渔港建设资金3.2亿元，新建码头泊位12个。
"""

FUND = """柘川基金

柘川县设立产业投资基金，重点投资现代农业和文旅项目。
"""


def test_missed_words_are_the_searched_words_the_clause_lacks() -> None:
    """"investment", searched as 投资, which 累计投入渔港建设资金 does not write; "port" (渔港) it
    does; an unsearched word ("?") is another step's (clause_held's unsearched words)."""
    translations = (
        Translation("investment", "投资/投入资金"),
        Translation("fishing port", "渔港"),
        Translation("wharves", "?"),
    )
    assert missed_words(translations, "累计投入渔港建设资金") == ["investment"]


def test_a_reduplicated_sense_is_no_sense_written_by_its_character() -> None:
    """年年 "every year" doubles one character: a clause writing 2024年 writes no "every year"."""
    assert reduplicated("年年") and reduplicated("人人") and not reduplicated("年度") and not reduplicated("年")
    assert all(not reduplicated(sense) for sense in word_senses("year"))


def test_a_searched_word_written_apart_in_the_figure_clause_counts(tmp_path) -> None:
    """"How much investment went into the fishing port, in yuan?": "investment" is searched as 投资
    (the fund's passage writes it), while the clause giving 3.2亿元 writes 投入 … 资金 -- 投资 by its
    characters, apart: with 渔港 that clause holds two of the question's words (on the dev sets:
    三年来全市累计投入足球场建设资金 for "total investment in ... football pitches")."""
    engine = engine_with(tmp_path, {"port.txt": PORT, "fund.txt": FUND})
    considered = consider(engine.index, "How much investment went into the fishing port, in yuan?")
    best = considered.candidates[0]
    reading = Reading(engine.index)
    assert "渔港" in reading.normalized(best.evidence.id)
    assert any(t.english == "investment" and "投资" in t.term.split("/") for t in considered.query.translations)
    assert clause_words(reading, considered.query, best) == 2
