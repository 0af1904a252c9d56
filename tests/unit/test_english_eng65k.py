"""English round eng65k (the right passage first, the figure wrong because the counted noun was
misread): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

FILATURE = """柘川丝厂的创办

1902年，柘川丝厂在城东创办，从上海购入燃煤锅炉2座和铁制缫丝车48部，招收女工300余人，次年春天开工。
"""


FERRY = """柘川渡口

柘川渡口设于清道光年间，初设渡船3艘，每艘限载18人。
"""


def _engine(tmp_path):
    return engine_with(tmp_path, {"filature.txt": FILATURE, "ferry.txt": FERRY})


def test_an_ing_form_before_the_counted_noun_modifies_it(tmp_path) -> None:
    """"How many iron *reeling* machines did the filature buy": "reeling" was read as the verb,
    ending the focus at "iron", so "machines" (CC-CEDICT's classifiers 台, 部) was never the
    thing counted and the count nearer 购入 (锅炉2座) won."""
    answer = _engine(tmp_path).ask(
        "How many iron reeling machines did the Zhechuan filature buy from Shanghai at the start?", count=False
    )
    assert answer.figure is not None and answer.figure.text == "48部", answer


def test_gerund_modifier_only_between_a_modifier_and_a_plural_head() -> None:
    from index.english.cedict import load_dictionary
    from index.english.focus import gerund_modifier, read_question

    known = load_dictionary().known

    def modifies(text: str, word: str, counted=lambda noun: True) -> bool:
        question = read_question(text, known)
        assert question is not None
        return gerund_modifier(question, question.words.index(word), known, counted)

    assert modifies("How many iron reeling machines did the filature buy?", "reeling")
    # a head the dictionary counts with no classifier: its count may be named otherwise
    assert not modifies("How many iron reeling machines did the filature buy?", "reeling", lambda noun: False)
    # a plural noun before it: a reduced clause ("companies [that are] making chips")
    assert not modifies("How many companies making chips are there in the city?", "making")
    # the focus's first word, or a question not counting: read as before
    assert not modifies("How many reading rooms did the city open?", "reading")
    assert not modifies("What was the estimated direct spending cruise visitors brought?", "spending")


WALL = """柘川古城墙修缮工程完工

柘川古城墙修缮工程于2020年开工，2022年完工。全面修缮共投入资金1260万元，修复城墙860米、城门3座。
"""


def _engine3(tmp_path):
    return engine_with(tmp_path, {"wall.txt": WALL, "ferry.txt": FERRY})


def test_what_was_spent_asks_money(tmp_path) -> None:
    """"What was spent on the full restoration ...?": the passive's subject is the money spent, as
    "how much was spent" asks; read as no kind, no figure was looked for."""
    answer = _engine3(tmp_path).ask("What was spent on the full restoration of the old city wall between 2020 and 2022?", count=False)
    assert answer.figure is not None and answer.figure.text == "1260万元", answer


def test_passive_money_verbs_only() -> None:
    from index.english.kinds import amount_verb_asked

    assert amount_verb_asked("what was spent on the restoration".split()) == "money"
    assert amount_verb_asked("what were invested in the park".split()) == "money"
    assert amount_verb_asked("what was built on the site".split()) is None
    assert amount_verb_asked("what was the money spent on".split()) is None

