"""Measure whether a last gate fitted on the English dev sets could decline the negatives a wholly
English question is shown, at no cost to the answerable ones answered right -- the eng71c study
(docs/eng71c_section.md).

``python -m tests.fit_english_decline [CACHE.json]`` asks every wholly English question of every
English dev set (:func:`tests.english_classes.english_dev_sets`: the sets of ``tests/data/FROZEN``
are never asked) as the engine decides now, and for each one shown something computes what is
cheaply known at the end of :func:`bot.answer.consider` (:data:`FEATURES`): how much of the question
the shown passage's window and document hold (through terms of two characters or more, through a
word's first sense, two words in one passage), how rare the found terms are, the best score's
margin, the share left untranslated, how surely the English was understood, whether the thing asked
about (the focus) and the names are found in the document, the answer's confidence, figure and fit.
It fits an L2 logistic model (right first passage = 1, negative = 0; a wrong passage is not fitted
on) on the even-numbered sets in sorted order, reports it on the odd ones and the other way round,
at thresholds losing 0, 1, 2, 3, 5 and 10 right answers on the fitted half: the trade-off curve.
``CACHE.json``: the measures, written on the first run and read on the next ones. Nothing is written
to the engine: at 6b85e19 no threshold held on the held-out half (docs/eng71c_section.md).
"""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bot.answer import Considered, consider
from bot.answer.english.basics import wholly_english
from bot.answer.query import matcher
from bot.answer.reading import Reading
from index.search import Index
from tests.census import DATA, Census
from tests.english_classes import english_dev_sets
from tests.evaluation import judge, load_questions
from tests.fit_english_shown import fit

FEATURES = (
    "untranslated", "found", "found_long", "first_sense", "max_in_one", "idf_mean", "window", "cover",
    "document", "margin", "unknown", "sure", "confident", "figure", "fit", "nouns_found", "nouns_unfound_doc",
    "names_unfound_doc", "focus_unfound_doc",
)
LOSSES = (0, 1, 2, 3, 5, 10)


def _holds(index: Index, term: str, ids: Sequence[int], texts: Sequence[str]) -> list[int]:
    """The passages of ``ids`` holding ``term``: as written (two characters or more) or by the index."""
    if len(term) >= 2 and not term.isascii():
        return [j for j, t in zip(ids, texts) if term in t]
    postings = index.postings(term)
    out = []
    for j in ids:
        k = int(np.searchsorted(postings, j))
        if k < len(postings) and postings[k] == j:
            out.append(j)
    return out


def features(index: Index, reading: Reading, considered: Considered) -> dict[str, float]:
    """What the decision to show a wholly English question's answer could weigh (see the docstring)."""
    query, best = considered.query, considered.candidates[0]
    ev, signals = best.evidence, considered.signals
    assert signals is not None
    ids = list(range(ev.first, ev.last + 1))
    texts = [reading.normalized(j) for j in ids]
    words = [w for w in query.words if w.pos != "eng-absent"]
    total = sum(w.weight for w in words) or 1.0
    f: dict[str, float] = {}
    lost = [w for w in words if all(v.isascii() and not any(c.isdigit() for c in v) for v in w.variants)]
    f["untranslated"] = sum(w.weight for w in lost) / total
    found, per_passage, idfs = 0.0, {}, []
    long_n = first_n = 0
    for w in words:
        m = matcher(w)
        variants = ((m.name, 1.0, True),) if m.name is not None else m.variants
        for position, (variant, share, _) in enumerate(variants):
            if variant.isascii() and not any(c.isdigit() for c in variant):
                continue
            passages = _holds(index, variant, ids, texts)
            if passages:
                found += w.weight * share
                long_n += len(variant) >= 2
                first_n += position == 0
                for j in passages:
                    per_passage[j] = per_passage.get(j, 0) + 1
                n = index.num_passages
                idfs.append(math.log((n + 1) / (index.doc_freq(variant) + 0.5)))
                break
    f.update(found=found / total, found_long=long_n, first_sense=first_n, max_in_one=max(per_passage.values(), default=0))
    f["idf_mean"] = sum(idfs) / len(idfs) if idfs else 0.0
    f.update(
        window=ev.window, cover=ev.cover, document=signals.document, margin=signals.margin, unknown=signals.unknown,
        sure=query.english_sure, confident=float(considered.answer.confident),
        figure=float(considered.answer.figure is not None), fit=best.features.fit,
    )
    span = index.document_passages(index.passage_document(ev.id))
    doc_ids = list(span)
    doc_texts = [reading.normalized(j) for j in doc_ids]
    units = index.english().translate(query.question).units
    nouns = [u for u in units if not u.action]

    def in_document(unit) -> bool:  # type: ignore[no-untyped-def]
        return any(_holds(index, t, doc_ids, doc_texts) for t, _ in unit.terms)

    f["nouns_found"] = sum(1 for u in nouns if any(_holds(index, t, ids, texts) for t, _ in u.terms))
    f["nouns_unfound_doc"] = sum(1 for u in nouns if not in_document(u))
    f["names_unfound_doc"] = sum(1 for u in units if u.name and not in_document(u))
    f["focus_unfound_doc"] = sum(1 for u in nouns if u.focus and not in_document(u))
    return f


def measure() -> list[dict]:
    census, rows = Census(), []
    for name in english_dev_sets():
        index = census.engine(name)._index
        reading = Reading(index)
        for item in load_questions(DATA / f"{name}.jsonl"):
            if not wholly_english(item["q"]):
                continue
            considered = consider(index, item["q"])
            outcome = judge(item, considered.answer)
            negative = item["passage"] is None
            row = {
                "set": name, "q": item["q"], "neg": negative, "right": not negative and outcome.passage_ok,
                "figure_ok": not negative and item["answer"] is not None and outcome.answer_ok,
            }
            if considered.answer.results and considered.signals is not None:
                row["f"] = features(index, reading, considered)
            rows.append(row)
        print(name, len(rows), flush=True)
    return rows


def _x(rows: Sequence[dict]) -> np.ndarray:
    return np.array([[float(r["f"][k]) for k in FEATURES] for r in rows])


def study(rows: Sequence[dict]) -> None:
    shown = [r for r in rows if "f" in r]
    names = sorted({r["set"] for r in rows})
    half = {name: n % 2 for n, name in enumerate(names)}
    print(f"{len(rows)} wholly English dev questions; {len(shown)} shown: {sum(r['right'] for r in shown)} right first,"
          f" {sum(r['neg'] for r in shown)} negatives")
    for fitted, held, label in ((0, 1, "fit even, report odd"), (1, 0, "fit odd, report even")):
        train = [r for r in shown if half[r["set"]] == fitted]
        test = [r for r in shown if half[r["set"]] == held]
        on = [r for r in train if r["neg"] or r["right"]]
        x = _x(on)
        mean, spread = x.mean(0), x.std(0) + 1e-9
        w = fit((x - mean) / spread, np.array([0.0 if r["neg"] else 1.0 for r in on]))
        raw = w[:-1] / spread
        bias = w[-1] - float((raw * mean).sum())
        print(f"{label}: " + ", ".join(f"{k} {v:.2f}" for k, v in zip(FEATURES, raw)) + f", bias {bias:.2f}")
        z_train, z_test = _x(train) @ raw + bias, _x(test) @ raw + bias
        rights = sorted(z for r, z in zip(train, z_train) if r["right"])
        for k in LOSSES:
            at = rights[k] - 1e-9  # declined below this: k right answers of the fitted half lost
            print(f"  losing {k:2d} on the fitted half (threshold {at:.2f}): fitted {_tally(train, z_train, at)}"
                  f" | held out {_tally(test, z_test, at)}")


def _tally(rows: Sequence[dict], z: np.ndarray, at: float) -> str:
    declined = [r for r, s in zip(rows, z) if s < at]
    return (f"negatives declined {sum(r['neg'] for r in declined)} (off-topic {sum(r['neg'] and 'offtopic' in r['set'] for r in declined)}),"
            f" right lost {sum(r['right'] for r in declined)} (figures {sum(r['figure_ok'] for r in declined)}),"
            f" wrong declined {sum(not r['neg'] and not r['right'] for r in declined)}")


def main(argv: Sequence[str]) -> int:
    cache = Path(argv[0]) if argv else None
    if cache is not None and cache.exists():
        rows = json.loads(cache.read_text(encoding="utf-8"))
    else:
        rows = measure()
        if cache is not None:
            cache.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    study(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
