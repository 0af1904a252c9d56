"""Scoring the engine on a question set (JSON lines: q, passage, answer, kind).

Used by the evaluation tests and by hand: ``python -m tests.evaluation tests/data/questions.jsonl``.
A question counts as right when the first passage contains ``passage`` (or, for ``passage: null``,
nothing is returned), and the first figure of the direct answer is ``answer`` (for dates: the
answer contains it; ``answer: null``: no direct answer).
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from bot.answer import Answer

_NUMBER_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|\d+(?:\.\d+)?%?")


@dataclass(frozen=True)
class Outcome:
    question: dict
    passage_ok: bool
    answer_ok: bool
    got_passage: str | None
    got_answer: str | None


#: What marks an expected answer as a date (found in the answer as written, not by its number).
_DATE_MARKS = ("年", "月", "日", "世纪", "世紀")  # a date (6日 too) is found as written


def load_questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def leading_number(text: str, percent: bool) -> str | None:
    """The first number written in ``text``, without thousands commas (161,785人 → "161785"),
    with its % sign only when ``percent``."""
    match = _NUMBER_RE.search(text.replace("％", "%"))
    if match is None:
        return None
    number = match.group().replace(",", "")
    return number if percent else number.rstrip("%")


def judge(item: dict, answer: Answer) -> Outcome:
    first = answer.results[0].text if answer.results else None
    if item["passage"] is None:
        passage_ok = first is None
    else:
        passage_ok = first is not None and item["passage"] in first
    expected = item["answer"]
    got = answer.text
    if expected is None:
        answer_ok = got is None
    elif got is None:
        answer_ok = False
    elif any(mark in expected for mark in _DATE_MARKS):
        answer_ok = expected in got  # 2023年4月, 16世纪: a date is found as written
    else:
        answer_ok = leading_number(got, percent=expected.endswith("%")) == expected.replace(",", "")
    return Outcome(item, passage_ok, answer_ok, first, got)


def main(argv: list[str]) -> int:
    from bot.config import load_config
    from bot.engine import Engine

    engine = Engine.from_config(load_config(Path("config.yaml")))
    total = ok_p = ok_a = 0
    for path in argv:
        for item in load_questions(Path(path)):
            outcome = judge(item, engine.ask(item["q"]))
            total += 1
            ok_p += outcome.passage_ok
            ok_a += outcome.answer_ok
            if not (outcome.passage_ok and outcome.answer_ok):
                print(f"✗ [{item['kind']}] {item['q']}  want {item['passage']!r}/{item['answer']!r}"
                      f"\n    got {outcome.got_answer!r} :: {(outcome.got_passage or '')[:70]}")
    print(f"passage {ok_p}/{total}  answer {ok_a}/{total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
