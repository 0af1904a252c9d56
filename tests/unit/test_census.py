"""The census of question sets: frozen sets keep their questions out of every dump and diff."""

from __future__ import annotations

from tests.census import DATA, all_sets, dev_sets, diff, frozen_sets, totals
from tests.evaluation import Outcome


def test_every_frozen_set_exists() -> None:
    frozen = frozen_sets()
    assert frozen and all((DATA / f"{name}.jsonl").is_file() for name in frozen)


def _outcome(passage: str | None, answer: str | None, passage_ok: bool, answer_ok: bool) -> Outcome:
    return Outcome({"q": "问", "passage": passage, "answer": answer}, passage_ok, answer_ok, "段", "8821家")


def test_totals_count_answerable_figure_and_negative_questions_apart() -> None:
    counted = totals([
        _outcome("段", "8821", True, True), _outcome("段", None, False, True), _outcome(None, None, True, True),
    ])
    assert (counted.passages, counted.answerable, counted.figures, counted.asked_figures) == (1, 2, 1, 1)
    assert (counted.negatives, counted.negative_questions) == (1, 1)


def test_a_diff_names_changed_questions_and_only_the_totals_of_a_frozen_set() -> None:
    row = {"q": "共富工坊有多少家", "passage_ok": True, "answer_ok": True, "first": "段", "answer": "8821家"}
    before = {"dev": {"totals": {"passages": 1}, "questions": [row]}, "blind": {"totals": {"passages": 5}, "questions": None}}
    after = {
        "dev": {"totals": {"passages": 1}, "questions": [{**row, "answer_ok": False, "answer": "433.6萬名"}]},
        "blind": {"totals": {"passages": 4}, "questions": None},
    }
    lines = diff(before, after)
    assert len(lines) == 2 and "共富工坊有多少家" in lines[1] and "433.6萬名" in lines[1]
    assert lines[0].startswith("blind (frozen)") and "questions" not in lines[0]
    assert diff(before, before) == []


def test_a_run_without_sets_leaves_the_frozen_ones_out() -> None:
    frozen = frozen_sets()
    assert not frozen & set(dev_sets())
    assert set(dev_sets()) | frozen == set(all_sets())
