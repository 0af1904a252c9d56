"""The English content words a failing question's right passage does not write, counted by why.

``python -m tests.english_unreached [--list] DUMP.json [SET ...]``: for every answerable English question
whose right passage did not come first in ``DUMP.json`` (a ``tests.census dump``), each unit of
its translation none of whose corpus terms (nor written forms) the right passage and its two
neighbours hold, classed by what CC-CEDICT says of the passage's words:

- ``name``: a proper name;
- ``phrasal, no corpus sense``: a verb + particle read as one unit ("wrap up") that found nothing;
- ``phrasal read word by word``: a verb whose particle was dropped ("called" of "called up")
  while a passage headword is glossed as the two ("to call up");
- ``spelling``: a British spelling whose American one glosses a passage headword;
- ``other inflection``: another base form of the word (-s, -ed, -ing, -er, -est) does;
- ``sense dropped``: the word's own lemma glosses a passage headword of two or more characters
  (``sense dropped, one character``: only a single character) -- a sense the dictionary has;
- ``paraphrase``: no headword of the passage is glossed with it.

Counts per set half (odd / even positions of the sorted English set names). Frozen sets are
never read (only the sets the dump holds, which keeps none of theirs).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from index.english.cedict import load_dictionary
from index.english.lemmas import _BRITISH, _inflection_candidates, lemmatize
from index.normalize import normalize
from tests.census import DATA, Census, frozen_sets
from tests.evaluation import load_questions

PARTICLES = ("up", "down", "out", "off", "on", "over", "back", "forward", "aside", "away", "in")
_WORD_RE = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class Unreached:
    set: str
    question: str
    word: str
    why: str


@lru_cache(maxsize=1)
def _glosses() -> dict[str, tuple[str, ...]]:
    """Each headword's glosses, lower case, parentheses dropped."""
    out: dict[str, tuple[str, ...]] = {}
    for head, raw in load_dictionary().glosses.items():
        text = raw.decode("utf-8", "replace").lower()
        out[head] = tuple(re.sub(r"\([^)]*\)", " ", g).strip() for g in re.split(r"[/\n]", text) if g.strip())
    return out


@lru_cache(maxsize=1)
def _by_first() -> dict[str, tuple[str, ...]]:
    first: dict[str, list[str]] = defaultdict(list)
    for head in _glosses():
        first[head[0]].append(head)
    return {char: tuple(heads) for char, heads in first.items()}


def _headwords(text: str) -> set[str]:
    """The dictionary headwords written in ``text``."""
    by_first = _by_first()
    return {h for i, char in enumerate(text) for h in by_first.get(char, ()) if text.startswith(h, i)}


def _glossed(head: str, words: list[str]) -> bool:
    pattern = re.compile(r"(?<![a-z])" + r"\s+".join(map(re.escape, words)) + r"(?![a-z])")
    return any(pattern.search(gloss) for gloss in _glosses().get(head, ()))


def _why(word: str, unit_terms: bool, name: bool, question: list[str], heads: set[str]) -> str:
    known = load_dictionary().known
    words = word.lower().split()
    if name:
        return "name"
    if len(words) == 2 and words[1] in PARTICLES and not unit_terms:
        return "phrasal, no corpus sense"
    last = words[-1]
    lemma = lemmatize(last, known)
    after = [question[i + 1] for i, w in enumerate(question[:-1]) if w == last and question[i + 1] in PARTICLES]
    if len(words) == 1 and any(_glossed(h, [lemma, p]) for h in heads for p in after):
        return "phrasal read word by word"
    british = {last.replace(b, a) for b, a in _BRITISH if b in last} - {last}
    if any(_glossed(h, [form]) for h in heads for form in british):
        return "spelling"
    others = set(_inflection_candidates(last)) | {last[:-2], last[:-3], last[:-1]} - {lemma, last}
    if any(_glossed(h, [lemma]) for h in heads if len(h) > 1):
        return "sense dropped"
    if any(_glossed(h, [form]) for h in heads if len(h) > 1 for form in others if len(form) > 2):
        return "other inflection"
    if any(_glossed(h, [lemma]) for h in heads):
        return "sense dropped, one character"
    return "paraphrase"


def unreached(dump: dict, names: list[str]) -> list[Unreached]:
    census, frozen, out = Census(), frozen_sets(), []
    for name in names:
        if name in frozen or name not in dump:
            continue
        failing = {q["q"] for q in dump[name]["questions"] if not q["passage_ok"]}
        engine = census.engine(name)
        index, texts = engine.index, None
        translator = index.english()
        for item in load_questions(DATA / f"{name}.jsonl"):
            if item.get("passage") is None or item["q"] not in failing:
                continue
            if texts is None:
                texts = [index.normalized_text(k) for k in range(index.num_passages)]
            want = normalize(item["passage"])
            at = next((k for k, text in enumerate(texts) if want in text), None)
            if at is None:
                continue
            window = "".join(texts[max(0, at - 1) : at + 2])
            heads: set[str] | None = None
            question = _WORD_RE.findall(item["q"].lower())
            for unit in translator.translate(item["q"]).units:
                terms = [t for t, _ in unit.terms] + [t for t, _ in unit.written]
                if any(t in window for t in terms):
                    continue
                heads = _headwords(window) if heads is None else heads
                out.append(Unreached(name, item["q"], unit.english, _why(unit.english, bool(unit.terms), unit.name, question, heads)))
    return out


def main(argv: list[str]) -> None:
    listing = "--list" in argv  # each word too, one a line: set, why, word, question
    argv = [arg for arg in argv if arg != "--list"]
    dump = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    english = sorted(n for n in dump if n.startswith("english"))
    names = argv[1:] or english
    found = unreached(dump, names)
    for row in found if listing else ():
        print(row.set, row.why, row.word, row.question, sep="\t")
    half = {n: ("odd" if k % 2 == 0 else "even") for k, n in enumerate(english)}
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for row in found:
        counts[row.why]["all"] += 1
        counts[row.why][half.get(row.set, "?")] += 1
    print(f"{'why':34s} {'all':>5s} {'odd':>5s} {'even':>5s}")
    for why, count in sorted(counts.items(), key=lambda item: -item[1]["all"]):
        print(f"{why:34s} {count['all']:5d} {count['odd']:5d} {count['even']:5d}")


if __name__ == "__main__":
    main(sys.argv[1:])
