"""Every question set of ``tests/data``, question by question: what changed between two versions.

``python -m tests.census totals [SET ...]``: each set's passages, figures and negatives right;
``python -m tests.census dump OUT.json [SET ...]``: the same, with each question's outcome (what came
first, which figure) written to ``OUT.json``; ``python -m tests.census diff A.json B.json``: the
questions whose outcome changed between two dumps; ``python -m tests.census fail SET``: a set's
failures. Without SET: every set but the frozen ones. A set with a folder ``SET_docs`` is asked over
the shipped article and those documents, any other over the shipped article.

The sets named in ``tests/data/FROZEN`` are measured on their totals only, and only when named: a
run without SET leaves them out (their totals, seen after every change, would steer which change is
kept -- tuning on them), a dump keeps no question of theirs, a diff shows their totals, and ``fail``
refuses them -- their questions are not to be studied (docs/evaluation.md, "Honest measures").
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.config import load_config
from bot.engine import Engine
from tests.eval_external import engine_with_documents
from tests.evaluation import Outcome, judge, load_questions

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
FROZEN_LIST = DATA / "FROZEN"


def frozen_sets() -> frozenset[str]:
    """The sets measured on their totals only (one name a line; # starts a comment)."""
    lines = FROZEN_LIST.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("#")[0].strip() for line in lines if line.split("#")[0].strip())


def all_sets() -> list[str]:
    return sorted(path.stem for path in DATA.glob("*.jsonl"))


def dev_sets() -> list[str]:
    """Every set but the frozen ones: what a run without SET measures."""
    frozen = frozen_sets()
    return [name for name in all_sets() if name not in frozen]


@dataclass(frozen=True)
class Totals:
    passages: int
    answerable: int
    figures: int
    asked_figures: int
    negatives: int
    negative_questions: int

    def line(self, name: str) -> str:
        return (
            f"{name:34s} passages {self.passages}/{self.answerable}  figures {self.figures}/{self.asked_figures}"
            f"  negatives nothing {self.negatives}/{self.negative_questions}"
        )


def totals(outcomes: Sequence[Outcome]) -> Totals:
    answerable = [o for o in outcomes if o.question["passage"] is not None]
    figures = [o for o in outcomes if o.question["answer"] is not None]
    negatives = [o for o in outcomes if o.question["passage"] is None]
    return Totals(
        sum(o.passage_ok for o in answerable), len(answerable),
        sum(o.answer_ok for o in figures), len(figures),
        sum(o.passage_ok for o in negatives), len(negatives),
    )


class Census:
    """The engines the sets are asked over: the shipped corpus's (built once) and the one folder
    of documents asked last -- each folder is a single set's, so an engine kept for every folder
    only held memory (~8 GB over all the sets, for nothing)."""

    def __init__(self) -> None:
        self._engines: dict[str, Engine] = {}

    def engine(self, name: str) -> Engine:
        docs = DATA / f"{name}_docs"
        key = docs.name if docs.is_dir() else ""
        if key not in self._engines:
            if key:
                for other in [k for k in self._engines if k]:
                    del self._engines[other]
            self._engines[key] = (
                engine_with_documents(docs) if docs.is_dir()
                else Engine.from_config(load_config(ROOT / "config.yaml", environ={}))
            )
        return self._engines[key]

    def run(self, name: str) -> list[Outcome]:
        engine = self.engine(name)
        return [judge(item, engine.ask(item["q"], count=False)) for item in load_questions(DATA / f"{name}.jsonl")]


def _row(outcome: Outcome) -> dict:
    return {
        "q": outcome.question["q"], "passage_ok": outcome.passage_ok, "answer_ok": outcome.answer_ok,
        "first": (outcome.got_passage or "")[:60], "answer": outcome.got_answer,
    }


def dump(names: Sequence[str], out: Path | None) -> None:
    census, frozen, result = Census(), frozen_sets(), {}
    for name in names:
        outcomes = census.run(name)
        counted = totals(outcomes)
        print(counted.line(name), flush=True)
        result[name] = {"totals": vars(counted), "questions": None if name in frozen else [_row(o) for o in outcomes]}
    if out is not None:
        out.write_text(json.dumps(result, ensure_ascii=False, indent=0), encoding="utf-8")


def diff(before: dict, after: dict) -> list[str]:
    lines = []
    for name in sorted(set(before) & set(after)):
        old, new = before[name], after[name]
        if old["questions"] is None or new["questions"] is None:
            if old["totals"] != new["totals"]:
                lines.append(f"{name} (frozen): {old['totals']} -> {new['totals']}")
            continue
        for a, b in zip(old["questions"], new["questions"]):
            if (a["passage_ok"], a["answer_ok"], a["answer"], a["first"]) != (b["passage_ok"], b["answer_ok"], b["answer"], b["first"]):
                lines.append(
                    f"{name}: {a['q']}\n  passage {a['passage_ok']} -> {b['passage_ok']}, figure {a['answer_ok']} -> "
                    f"{b['answer_ok']}: {a['answer']!r} -> {b['answer']!r}\n  was {a['first']!r}\n  now {b['first']!r}"
                )
    return lines


def main(argv: Sequence[str]) -> int:
    if not argv or argv[0] not in ("totals", "dump", "diff", "fail"):
        print(__doc__)
        return 2
    command, rest = argv[0], list(argv[1:])
    if command == "diff":
        before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in rest[:2])
        print("\n".join(diff(before, after)) or "no question changed")
        return 0
    if command == "fail":
        if rest[0] in frozen_sets():
            print(f"{rest[0]} is frozen: totals only")
            return 1
        for o in Census().run(rest[0]):
            if not (o.passage_ok and o.answer_ok):
                q = o.question
                print(f"- {q['q']}  [{q.get('kind')}]\n  wanted {q['passage']!r} / {q['answer']!r}\n  got {(o.got_passage or '')[:70]!r} / {o.got_answer!r}")
        return 0
    out = Path(rest.pop(0)) if command == "dump" else None
    dump(rest or dev_sets(), out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
