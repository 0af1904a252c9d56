"""English round eng77u (answerable English questions given nothing because a word of them is
not understood -- its translation "?"): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

GRANARY = """柘川义仓

柘川义仓建于清代嘉庆年间，由乡绅捐资修建。仓楼上下两层，楼板下以56根杉木大料纵横相贯，历经二百余年仍完好。
义仓另有仓房三间，1950年后改作粮站仓库。
"""

TEA = """柘川茶园

柘川镇种茶历史悠久，全镇茶园面积约1.2万亩，茶农收入逐年提高。茶叶产量达到380吨，比上年增长12.4%。
"""


def test_senses_of_an_unsearched_word_are_its_dictionary_glosses() -> None:
    """"timbers": CC-CEDICT glosses 木料 and 材 "timber"; a clause writing 木 … 料 apart (杉木大料)
    writes it, one whose 木 is another word's does not, nor one writing 木 alone."""
    from bot.answer.english.sense_characters import senses_written, unsearched_words, word_senses

    assert "木料" in word_senses("timbers")
    assert senses_written(["timber"], "楼板以56根杉木大料承托") == 1
    assert senses_written(["timber"], "楼板以56根杉木大料承托", taken="木") == 0  # 木 is "wooden"'s
    assert senses_written(["timber"], "楼板以56根杉木承托") == 0
    # a verb counts by senses of two characters or more only: 进 "to admit" stands in 进一步
    from bot.answer.english.sense_characters import verb_like

    assert verb_like("admit") and "进" not in word_senses("admit") and "接纳" in word_senses("admit")
    assert not verb_like("fishing")  # glossed as written: a noun, though "to fish" outnumbers "fish"
    # a word typed capitalised is a name, no gloss: "Timbers" in "the Portland Timbers"
    assert unsearched_words("How many timbers did the Portland Timbers buy?", ["timbers", "portland timbers"]) == ["timbers"]
    assert unsearched_words("Who owns the Portland Timbers?", ["portland timbers"]) == []


def _clause(engine, question: str) -> tuple[int, bool, list[tuple[str, str]]]:
    """(clause_words, figure_clause_held, the translations) of ``question``'s best candidate."""
    from bot.answer import consider
    from bot.answer.english.clause_held import clause_words, figure_clause_held
    from bot.answer.reading import Reading

    index = engine._index
    considered = consider(index, question)
    reading = Reading(index)
    if not considered.candidates:
        return -1, False, [(t.english, t.term) for t in considered.query.translations]
    best = considered.candidates[0]
    translations = [(t.english, t.term) for t in considered.query.translations]
    return clause_words(reading, considered.query, best), figure_clause_held(reading, considered.query, best), translations


def test_an_unsearched_word_written_by_its_senses_characters_is_held_in_the_clause(tmp_path) -> None:
    """"How many timbers support the granary floor?": "timbers" reaches no document (木料 is no
    term of them: 杉木大料), but 楼板下以56根杉木大料纵横相贯 writes 木 and 料 beside the figure and
    楼板 ("floor"): two of the question's words in the count's clause (one at the base), shown as
    possibly related
    (dev: "How many fir timbers are woven together to form the bridge's arch?", 72根杉木大料)."""
    engine = engine_with(tmp_path, {"granary.txt": GRANARY, "tea.txt": TEA})
    words, held, translations = _clause(engine, "How many timbers support the granary floor?")
    assert ("timbers", "?") in translations
    assert words >= 2 and held
    answer = engine.ask("How many timbers support the granary floor?", count=False)
    assert answer.results and answer.text == "56根" and not answer.confident


def test_an_unsearched_word_whose_senses_the_clause_lacks_counts_nothing(tmp_path) -> None:
    """"How many passwords protect the granary floor?": "passwords" (密码, 口令) is written nowhere
    near 56根: the clause holds one word, and nothing is shown."""
    engine = engine_with(tmp_path, {"granary.txt": GRANARY, "tea.txt": TEA})
    answer = engine.ask("How many passwords protect the granary floor?", count=False)
    assert not answer.results
