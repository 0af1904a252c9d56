"""What tells the right passage apart when a wholly English question shows another first, measured
(docs/evaluation.md, "English round eng86r").

``python -m tests.english_runner_up dump OUT.json [SET ...]`` asks every wholly English answerable
question of the English dev sets (``tests.english_classes.english_dev_sets``: never a set of
``tests/data/FROZEN``) and writes, per question, where its answer stopped, the right passage's rank
among the candidates, and for each of the first three candidates what it holds: its rank features
(score, BM25, cover, window, the figure's fit, lead), the question's weight its own passage and its
headings hold, the most its best clause holds and the clause of its figure, how many of the best ten
candidates come from its document, its paragraph, and whether its window writes a figure of the kind
asked (a count in an asked measure word, a share, a date), the counted thing right after one, and
every name the question quotes.

``python -m tests.english_runner_up table DUMP.json [--newest SET ...]`` reads such a dump: for each
reading, how many failures (right passage 2nd or 3rd, something shown) have it in the right
candidate and not in the first, against how many questions right today have it in a runner-up and not
in the first -- what a re-ordering by it would break -- and that re-ordering simulated (the first of
candidates 2-3 having it, the first lacking it, within a score margin, put first) per half of the
sorted set names and on the ``--newest`` sets.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.answer import consider
from bot.answer.ranked import Candidate
from bot.answer.english.basics import wholly_english
from bot.answer.evidence import word_found
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.figures import Figure, passage_figures
from index.normalize import normalize
from tests.census import DATA, Census
from tests.english_classes import english_dev_sets
from tests.evaluation import judge, load_questions

#: Clause ends, for the most of the question one clause holds.
CLAUSE_RE = re.compile(r"[，,。；;：:！？!?（）()\n]")
TOP = 3
VOTERS = 10
#: How near after a count its counted thing must stand (characters).
COUNTED_SPAN = 6


def _share(query: Query, found: Sequence[float]) -> float:
    return query.share([min(1.0, f) for f in found])


def _asked(query: Query, figure: Figure) -> bool:
    """Whether ``figure`` is of the kind the question asks: a share, a date, a count in a measure
    word it asks (any, when it names none)."""
    info = query.info
    if info.kind in ("percent", "date"):
        return figure.kind == info.kind
    if info.kind != "count" or figure.kind != "count":
        return False
    units = set(info.units) | ({info.unit} if info.unit else set())
    return not units or figure.unit in units


def _candidate(reading: Reading, query: Query, candidate: Candidate, docs: list[int]) -> dict:
    ev = candidate.evidence
    window = window_text(reading, ev)
    own = reading.normalized(ev.id)
    head = reading.heading(ev.id)
    matchers = query.matchers
    clauses = [c for c in CLAUSE_RE.split(window) if c]
    best_clause = max((_share(query, [word_found(m, set(), (c,)) for m in matchers]) for c in clauses), default=0.0)
    figure = candidate.figure
    figure_clause = 0.0
    if figure is not None:
        held = next((c for c in clauses if figure.text in c), None)
        if held is not None:
            figure_clause = _share(query, [word_found(m, set(), (held,)) for m in matchers])
    asked = [f for f in passage_figures(window) if _asked(query, f)]
    counted = query.info.counted
    names = [m.name for m in matchers if m.name is not None]
    doc, paragraph = reading.place(ev.id)[:2]
    return dict(
        right=False, doc=doc, paragraph=paragraph, score=candidate.score, bm25=ev.bm25, cover=ev.cover,
        window=ev.window, fit=candidate.features.fit, lead=candidate.features.lead,
        own=_share(query, [word_found(m, set(), (own,)) for m in matchers]),
        heading=_share(query, [word_found(m, set(), (head,)) for m in matchers]),
        clause=best_clause, figure_clause=figure_clause, votes=docs.count(doc),
        asked_figure=bool(asked),
        counted_after=bool(counted) and any(counted in window[f.end:f.end + COUNTED_SPAN] for f in asked),
        names_own=bool(names) and all(n in own for n in names),
    )


def dump(names: Sequence[str], out: Path) -> None:
    census = Census()
    rows = []
    for name in names:
        engine = census.engine(name)
        reading = Reading(engine.index)
        for item in load_questions(DATA / f"{name}.jsonl"):
            if item.get("passage") is None or not wholly_english(item["q"]):
                continue
            considered = consider(engine.index, item["q"])
            answer = considered.answer
            outcome = judge(item, answer)
            if considered.signals is None:
                stop = "early"
            else:
                stop = "nothing" if not answer.results else ("confident" if answer.confident else "possibly")
            want = normalize(item["passage"])
            windows = [normalize(window_text(reading, c.evidence)) for c in considered.candidates]
            rank = next((n for n, w in enumerate(windows) if want in w), None)
            docs = [reading.place(c.evidence.id)[0] for c in considered.candidates[:VOTERS]]
            top = []
            for n, candidate in enumerate(considered.candidates[:TOP]):
                row = _candidate(reading, considered.query, candidate, docs)
                row["right"] = want in windows[n]
                top.append(row)
            ok = outcome.passage_ok and (outcome.answer_ok or item.get("answer") is None)
            rows.append(dict(set=name, q=item["q"], stop=stop, rank=rank, ok=ok, candidates=top))
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


#: The readings a table counts: a candidate has one, measured against the first.
Has = Callable[[dict, dict], bool]
READINGS: dict[str, Has] = {
    "a figure of the asked kind": lambda c, f: c["asked_figure"],
    "the counted thing right after it": lambda c, f: c["counted_after"],
    "one clause holds half the question": lambda c, f: c["clause"] >= 0.5,
    "its figure's clause holds half": lambda c, f: c["figure_clause"] >= 0.5,
    "one clause holds all its window holds": lambda c, f: c["window"] > 0 and c["clause"] >= c["window"] - 1e-9,
    "the question's names in its own text": lambda c, f: c["names_own"],
    "its document holds most of the best ten": lambda c, f: c["votes"] > VOTERS // 2,
    "an earlier paragraph than the first's": lambda c, f: c["paragraph"] < f["paragraph"],
    "its headings hold more of the question": lambda c, f: c["heading"] > f["heading"] + 1e-9,
    "its own passage holds more": lambda c, f: c["own"] > f["own"] + 1e-9,
    "its figure fits better (by 0.2)": lambda c, f: c["fit"] > f["fit"] + 0.2,
}
MARGINS = (0.5, 1.5, float("inf"))


def _failure(row: dict) -> bool:
    return row["rank"] in (1, 2) and row["stop"] in ("confident", "possibly")


def _right_first(row: dict) -> bool:
    return row["rank"] == 0 and row["ok"] and row["stop"] in ("confident", "possibly")


def table(rows: Sequence[dict], newest: frozenset[str], names: Sequence[str] | None = None) -> list[str]:
    """The readings' counts over ``rows`` (a dump); the halves are of ``names`` sorted (every English
    dev set, those without answerable English questions too, as the census lines count them)."""
    names = sorted(set(english_dev_sets() if names is None else names) | {r["set"] for r in rows})
    half = {name: "A" if n % 2 == 0 else "B" for n, name in enumerate(names)}
    failures = [r for r in rows if _failure(r)]
    right = [r for r in rows if _right_first(r)]
    lines = [f"{len(failures)} failures (right 2nd/3rd, shown), {len(right)} right first"]
    lines.append("reading | right has, first lacks (failures) | a runner-up has, first lacks (right first)")
    for label, has in READINGS.items():
        gain = sum(1 for r in failures if not has(r["candidates"][0], r["candidates"][0])
                   and has(r["candidates"][r["rank"]], r["candidates"][0]))
        cost = sum(1 for r in right if not has(r["candidates"][0], r["candidates"][0])
                   and any(has(c, r["candidates"][0]) for c in r["candidates"][1:TOP]))
        lines.append(f"{label} | {gain} | {cost}")
    lines.append("reading, margin | half A +gain -break | half B | newest")
    for label, has in READINGS.items():
        for margin in MARGINS:
            moved: Counter[str] = Counter()
            for r in failures + right:
                first = r["candidates"][0]
                if has(first, first):
                    continue
                n = next((k for k, c in enumerate(r["candidates"][1:TOP], 1)
                          if has(c, first) and first["score"] - c["score"] <= margin), None)
                if n is None:
                    continue
                sign = "-" if _right_first(r) else ("+" if n == r["rank"] else "0")
                for line in (half[r["set"]], *(("N",) if r["set"] in newest else ())):
                    moved[line + sign] += 1
            lines.append(f"{label}, {margin} | +{moved['A+']} -{moved['A-']} | +{moved['B+']} -{moved['B-']}"
                         f" | +{moved['N+']} -{moved['N-']}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.english_runner_up")
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("sets", nargs="*")
    t = sub.add_parser("table")
    t.add_argument("dump", type=Path)
    t.add_argument("--newest", nargs="*", default=[])
    args = parser.parse_args(argv)
    if args.command == "dump":
        allowed = english_dev_sets()
        names = [n for n in args.sets if n in allowed] if args.sets else allowed
        dump(names, args.out)
    else:
        rows = json.loads(args.dump.read_text(encoding="utf-8"))
        print("\n".join(table(rows, frozenset(args.newest))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
