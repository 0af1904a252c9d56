"""The question sets: the right first passage and the right direct answer, nothing for negatives.

`questions.jsonl` and `questions-english.jsonl` are the shared example sets (every question must pass);
`questions_heldout.jsonl` was written without looking at the engine but has since been fitted on
(a dev set: its floors guard against regressions, docs/evaluation.md has the frozen figures);
every negative returns nothing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.answer import Answer
from bot.config import load_config
from bot.engine import Engine
from index.figures import find_figures
from tests.conftest import DATA, ROOT
from tests.evaluation import judge, leading_number, load_questions

EXAMPLES = load_questions(DATA / "questions.jsonl") + load_questions(DATA / "questions-english.jsonl")
HELDOUT = load_questions(DATA / "questions_heldout.jsonl")
ENGLISH_DEV = load_questions(DATA / "english_dev.jsonl") + load_questions(DATA / "english_dev2.jsonl")


@pytest.mark.parametrize("item", EXAMPLES, ids=[q["q"] for q in EXAMPLES])
def test_example_question(engine: Engine, item: dict) -> None:
    outcome = judge(item, engine.ask(item["q"]))
    assert outcome.passage_ok, f"first passage: {outcome.got_passage!r}"
    assert outcome.answer_ok, f"direct answer: {outcome.got_answer!r}"


def test_heldout_questions_meet_the_targets(engine: Engine) -> None:
    outcomes = [judge(item, engine.ask(item["q"])) for item in HELDOUT]
    passage_rate = sum(o.passage_ok for o in outcomes) / len(outcomes)
    answer_rate = sum(o.answer_ok for o in outcomes) / len(outcomes)
    failures = [o.question["q"] for o in outcomes if not (o.passage_ok and o.answer_ok)]
    assert passage_rate >= 0.95, failures
    assert answer_rate >= 0.90, failures


#: The article's studied sets (dev; docs/evaluation.md has their history): 518/540 first passages
#: and 521/540 direct answers at the fourteenth session's end (513 and 517 at the thirteenth's) --
#: a floor with a little slack.
STUDIED = [
    item for name in ("dev2", "dev3", "dev4", "dev5", "frozen4", "frozen5")
    for item in load_questions(DATA / f"questions_{name}.jsonl")
]


def test_the_studied_article_sets_keep_their_figures(engine: Engine) -> None:
    outcomes = [judge(item, engine.ask(item["q"])) for item in STUDIED]
    failures = [o.question["q"] for o in outcomes if not (o.passage_ok and o.answer_ok)]
    assert sum(o.passage_ok for o in outcomes) / len(outcomes) >= 0.94, failures
    assert sum(o.answer_ok for o in outcomes) / len(outcomes) >= 0.94, failures


def test_english_dev_questions_meet_the_targets(engine: Engine) -> None:
    """English questions over the Chinese text; both sets were tuned on (dev sets)."""
    outcomes = [judge(item, engine.ask(item["q"])) for item in ENGLISH_DEV]
    failures = [o.question["q"] for o in outcomes if not (o.passage_ok and o.answer_ok)]
    assert sum(o.passage_ok for o in outcomes) / len(outcomes) >= 0.80, failures
    assert sum(o.answer_ok for o in outcomes) / len(outcomes) >= 0.75, failures


def test_every_negative_returns_nothing(engine: Engine) -> None:
    negatives = [q for q in EXAMPLES + HELDOUT + ENGLISH_DEV if q["passage"] is None]
    assert len(negatives) >= 15
    answered = [q["q"] for q in negatives if engine.ask(q["q"]).found]
    assert answered == []


# ---- English over the article and other documents ------------------------------------------------


def _engine_with(folder: Path, documents: Path) -> Engine:
    """An engine over the shipped article and the documents in ``documents``."""
    (folder / "docs").mkdir()
    for path in [*(ROOT / "corpus" / "documents").glob("*.txt"), *documents.glob("*.txt")]:
        shutil.copy(path, folder / "docs" / path.name)
    (folder / "config.yaml").write_text("corpus:\n  path: docs\nindex:\n  cache_dir: cache\n")
    return Engine.from_config(load_config(folder / "config.yaml", environ={}))


def _rates(engine: Engine, items: list[dict]) -> tuple[float, float, float]:
    """(right first passage over the answerable, right figure over those asking one, negatives
    that get nothing)."""
    outcomes = [(item, judge(item, engine.ask(item["q"]))) for item in items]
    answerable = [o for item, o in outcomes if item["passage"] is not None]
    figures = [o for item, o in outcomes if item["answer"] is not None]
    negatives = [o for item, o in outcomes if item["passage"] is None]
    return (
        sum(o.passage_ok for o in answerable) / len(answerable),
        sum(o.answer_ok for o in figures) / len(figures),
        sum(o.passage_ok for o in negatives) / len(negatives),
    )


def test_english_on_other_documents_dev(tmp_path: Path) -> None:
    """english_dev3.jsonl: written by the English path's author about four DRCD/CMRC articles."""
    engine = _engine_with(tmp_path, DATA / "english_dev3_docs")
    passage, figure, declined = _rates(engine, load_questions(DATA / "english_dev3.jsonl"))
    # measured: 27/35 first passage, 19/28 figures, 5/6 negatives (before the work: 23, 17, 3)
    assert passage >= 0.70 and figure >= 0.60 and declined >= 0.66


def test_english_fresh_set(tmp_path: Path) -> None:
    """english_fresh.jsonl: written by someone who had not seen the engine, about the article and
    three DRCD/CMRC articles (english_fresh_docs/). Measured unseen at the end of the English work
    (25/38 first passage, 9/30 figures, 7/10 negatives); its failures were read afterwards, so it
    is a dev set now. Floors: the figures reached then, minus a little."""
    engine = _engine_with(tmp_path, DATA / "english_fresh_docs")
    passage, figure, declined = _rates(engine, load_questions(DATA / "english_fresh.jsonl"))
    assert passage >= 0.55 and figure >= 0.25 and declined >= 0.6



@pytest.mark.parametrize(
    ("text", "percent", "number"),
    [("161,785人", False, "161785"), ("99.67%", True, "99.67%"), ("99.67%", False, "99.67"),
     ("約2,000萬人", False, "2000"), ("8821家", False, "8821"), ("無", False, None)],
)
def test_the_scorer_reads_the_number_as_written(text: str, percent: bool, number: str | None) -> None:
    """A figure written with thousands commas is one number (it was read as 161)."""
    assert leading_number(text, percent) == number


def test_a_century_is_judged_as_a_date() -> None:
    """An expected 16世纪 is found in the answer as written (it was compared with its leading 16)."""
    [century] = find_figures("始於16世纪")
    item = {"q": "since when?", "passage": None, "answer": "16世纪", "kind": "english"}
    assert judge(item, Answer("since when?", "date", century, ())).answer_ok


def test_every_figure_answer_is_written_as_the_scorer_reads_it() -> None:
    """A figure answer that is no date is the bare number (or share) the scorer compares with the
    reply's leading number -- 246, not 246条; 4.5, not 4.5萬 -- else it can never count as right."""
    from tests.evaluation import _DATE_MARKS

    unreadable = []
    for path in sorted(DATA.glob("*.jsonl")):
        for item in load_questions(path):
            answer = item.get("answer")
            if not answer or any(mark in answer for mark in _DATE_MARKS):
                continue
            if leading_number(answer, percent=answer.endswith("%")) != answer.replace(",", ""):
                unreadable.append((path.name, answer))
    assert unreadable == []
