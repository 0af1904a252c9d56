"""English round eng75v (answerable English questions that get nothing though the right passage
is the best candidate): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer.english.absent_vouched import absent_read, absent_vouched
from bot.answer.english.clause_held import clause_words, figure_clause_held
from tests.conftest import engine_with, vetoed_best

ACADEMY = """柘川书院

柘川书院始建于清代乾隆年间，占地约900平方米。书院山长周敬之一生授徒甚众，有记载的门生共36人，其中三人后来考中进士。
书院藏书楼现存古籍约1.2万册，每年吸引游客参观。
"""

TEA = """柘川茶园

柘川镇种茶历史悠久，全镇茶园面积约1.2万亩，茶农收入逐年提高。茶叶产量达到380吨，比上年增长12.4%。
"""


def _vouched(engine, question: str) -> tuple[bool, bool, int, bool]:
    """(absent_read, absent_vouched, clause_words, figure_clause_held) for ``question`` read as
    vetoed for naming something absent (set here, as the English reader sets it for a word no
    translation reaches: a small invented corpus rarely raises it)."""
    query, reading, best = vetoed_best(engine, question)
    return (
        absent_read(query), absent_vouched(reading, query, best), clause_words(reading, query, best),
        figure_clause_held(reading, query, best),
    )


def test_a_person_noun_no_document_writes_is_vouched_for_by_one_word_beside_a_count_of_persons(tmp_path) -> None:
    """"How many recorded pupils did the academy head Zhou Jingzhi have?": "pupils" (CC-CEDICT: 学生,
    counted as persons) reaches no document -- the text writes 门生 -- so the question is vetoed;
    有记载的门生共36人 counts persons (人) beside one of its words (记载): vouched for, and held
    against the shown model's doubt (dev: "How many recorded pupils did Gan Ruji have?", 门生共42人;
    "How many of the referred patients received cochlear implants?", 其中46人)."""
    engine = engine_with(tmp_path, {"academy.txt": ACADEMY, "tea.txt": TEA})
    read, vouched, words, held = _vouched(engine, "How many recorded pupils did the academy head Zhou Jingzhi have?")
    assert read and words == 1 and vouched and held


def test_one_word_beside_a_count_of_persons_does_not_vouch_for_things(tmp_path) -> None:
    """A counted noun that is no person ("manuscripts") gets nothing from 门生共36人, however its
    word stands beside it: persons are no count of things."""
    engine = engine_with(tmp_path, {"academy.txt": ACADEMY, "tea.txt": TEA})
    _, vouched, words, held = _vouched(engine, "How many recorded manuscripts did the academy head Zhou Jingzhi have?")
    assert not vouched and not held


WORKSHOP = """柘川书坊

柘川书坊创办于清代嘉庆年间，以刊刻地方志闻名，鼎盛时雇用刻工30人，每年刊印书籍约200种。
"""


def test_an_agent_noun_the_dictionary_does_not_gloss_is_a_person_by_its_form(tmp_path) -> None:
    """"How many carvers did the Zhechuan workshop employ at its height?": "carvers" is glossed by no
    CC-CEDICT word, but "-er" makes a noun of one who carves; 雇用刻工30人 counts persons beside a
    word of the question (雇用): vouched for, held against the shown model's doubt and not refused
    as things counted as people (dev: "how many block carvers worked at Lizhao Tang", 刻工增至46人;
    "How many workmen did the shipyard employ", 雇用匠工37人)."""
    from bot.answer.english.gates import english_refused
    from bot.answer.english.persons_vouched import agent_unglossed

    assert agent_unglossed("carvers") and agent_unglossed("workmen")
    assert not agent_unglossed("printers")  # the dictionary glosses 打印机 by it: a machine, no person
    engine = engine_with(tmp_path, {"workshop.txt": WORKSHOP, "tea.txt": TEA})
    read, vouched, words, held = _vouched(engine, "How many carvers did the Zhechuan workshop employ at its height?")
    assert read and words == 1 and vouched and held
    from dataclasses import replace

    from bot.answer import consider
    from bot.answer.reading import Reading

    considered = consider(engine._index, "How many carvers did the Zhechuan workshop employ at its height?")
    query = replace(considered.query, absent=True)
    assert not english_refused(Reading(engine._index), query, considered.candidates[0])
