"""The failures of every English dev set, counted by class (issue 13; docs/evaluation.md,
"Thirty-sixth session (issue 13)").

``python -m tests.english_classes [--list CLASS] [SET ...]`` asks every wholly English question of
every English dev set (``tests/data/english*.jsonl`` not named in ``tests/data/FROZEN``: those are
never asked) and counts what went wrong:

- **wrong first**: an answerable question shown another passage first -- by where the right one
  ranks among the candidates (2nd, 3rd, 4th-10th, further, not a candidate);
- **nothing**: an answerable question that gets nothing -- vetoed as naming something the
  documents lack (``Query.absent``), no candidate, declined by the fitted *shown* model, or
  refused by a later gate -- and whether its best candidate held the right passage;
- **wrong figure**: the right passage first, another figure (or none);
- **negatives shown**: a negative shown passages; and the negatives each decline stops.

``--list CLASS`` (``wrong-first``, ``nothing``, ``wrong-figure``, ``negative-shown``) prints that
class's questions. The totals are what a round that takes one class at a time is judged by.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence

from bot.answer import Considered, consider
from bot.answer.decide import FITTED
from bot.answer.english.basics import wholly_english
from bot.answer.reading import Reading
from bot.answer.window import shown_text
from tests.census import DATA, Census, frozen_sets
from tests.evaluation import judge, load_questions

CLASSES = ("wrong-first", "nothing", "wrong-figure", "negative-shown")


def english_dev_sets() -> list[str]:
    frozen = frozen_sets()
    return [path.stem for path in sorted(DATA.glob("english*.jsonl")) if path.stem not in frozen]


def _right_rank(reading: Reading, considered: Considered, passage: str) -> int | None:
    """Where the candidate whose shown window holds ``passage`` ranks (0: first), or None."""
    for rank, candidate in enumerate(considered.candidates):
        ev = candidate.evidence
        if passage in shown_text(reading, ev.id, ev.first, ev.last).text:
            return rank
    return None


def _declined_by(considered: Considered) -> str:
    """Which step gave nothing: the veto, no candidate, the shown model, or a later gate."""
    if considered.query.absent:
        return "vetoed as naming something absent"
    if not considered.candidates:
        return "no candidate"
    if considered.signals is None:
        return "a quoted or numbered name no candidate holds"
    if not FITTED.is_shown(considered.signals):
        return "the shown model"
    return "a later gate"


def _rank_bucket(rank: int | None) -> str:
    if rank is None:
        return "not a candidate"
    return {1: "2nd", 2: "3rd"}.get(rank, "4th-10th" if rank < 10 else "further")


def classify(names: Sequence[str]) -> tuple[Counter[tuple[str, str]], dict[str, list[str]]]:
    counts: Counter[tuple[str, str]] = Counter()
    listed: dict[str, list[str]] = {name: [] for name in CLASSES}
    census = Census()
    for name in names:
        index = census.engine(name)._index
        reading = Reading(index)
        for item in load_questions(DATA / f"{name}.jsonl"):
            if not wholly_english(item["q"]):
                continue
            considered = consider(index, item["q"])
            outcome = judge(item, considered.answer)
            passage = item["passage"]
            counts[("questions", "negative" if passage is None else "answerable")] += 1
            line = f"{name}: {item['q']}"
            if passage is None:
                if not outcome.passage_ok:
                    counts[("negative-shown", "")] += 1
                    listed["negative-shown"].append(line)
                else:
                    counts[("negative declined by", _declined_by(considered))] += 1
                continue
            if outcome.passage_ok:
                counts[("right first", "")] += 1
                if item["answer"] is not None and not outcome.answer_ok:
                    counts[("wrong-figure", "")] += 1
                    listed["wrong-figure"].append(f"{line} -> {outcome.got_answer!r} (wanted {item['answer']!r})")
                continue
            rank = _right_rank(reading, considered, passage)
            if considered.answer.results:
                counts[("wrong-first", f"right one {_rank_bucket(rank)}")] += 1
                listed["wrong-first"].append(f"{line} (right one {_rank_bucket(rank)})")
            else:
                held = "best candidate right" if rank == 0 else "best candidate wrong"
                counts[("nothing", f"{_declined_by(considered)}; {held}")] += 1
                listed["nothing"].append(f"{line} ({_declined_by(considered)}; {held})")
    return counts, listed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.english_classes", description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", help="English dev sets (default: every one not frozen)")
    parser.add_argument("--list", choices=CLASSES, help="print the questions of one class")
    args = parser.parse_args(argv)
    frozen = frozen_sets()
    refused = [name for name in args.sets if name in frozen]
    if refused:
        parser.error(f"frozen sets are measured on their totals only: {', '.join(refused)}")
    counts, listed = classify(args.sets or english_dev_sets())
    for (group, detail), n in sorted(counts.items()):
        print(f"{group:22s} {detail:60s} {n:5d}")
    if args.list:
        print("\n".join(listed[args.list]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
