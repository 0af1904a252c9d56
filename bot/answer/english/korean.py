"""Korean names in an English question found as the documents write them: "Gaero" (盖卤王), "Yeon
Gaesomun" (渊盖苏文), "Gungnae City" (国内城), spelled in the Revised Romanization of Korean
(:mod:`index.english.korean`), which neither CC-CEDICT nor pinyin reaches."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from bot.answer.english.names import ROMANISED_OVER, written_name
from index.english import EnglishQuery, EnglishUnit
from index.english.korean import first_characters, romanisable, spelled_from
from index.search import Index

#: The most words one name is written in ("Yeon Gaesomun", "Eulji Mundeok").
MAX_NAME_WORDS = 3
#: Passages read for a name (:func:`_passages_of`).
KOREAN_SAMPLE = 200


def korean_names(
    index: Index, query: EnglishQuery, spelled: dict[int, tuple[str, ...]]
) -> tuple[EnglishQuery, dict[int, tuple[str, ...]]]:
    """``query`` with each run of words nothing was found for (or names only guessed) that
    spells a name in Revised Romanization which a passage writes made one name unit, found as
    :func:`~bot.answer.english.names.written_name` searches it ("Yeon Gaesomun": 渊盖苏文). The
    passages read are those holding the question's other words first (:func:`_passages_of`);
    the name read there most often is taken."""
    units = list(query.units)
    open_at = [n for n, unit in enumerate(units) if n not in spelled and _unfound(unit)]
    if not open_at:
        return query, spelled
    texts: list[str] | None = None  # read once a word may be a name
    n = 0
    while n < len(units):
        for size in range(MAX_NAME_WORDS, 0, -1):
            run = units[n : n + size]
            if len(run) < size or not all(k in open_at for k in range(n, n + size)):
                continue
            word = "".join(unit.english.lower() for unit in run).replace("-", "")
            if not romanisable(word):
                continue
            if texts is None:
                texts = [index.normalized_text(int(row)) for row in _passages_of(index, units).tolist()]
            variants = _searched(index, texts, word)
            if variants is None:
                continue
            merged = dataclasses.replace(
                units[n], english=" ".join(u.english for u in run), confidence=1.0, understood=1.0,
                name=True, focus=False,
            )
            units[n : n + size] = [merged]
            open_at = [k if k < n else k - size + 1 for k in open_at if not n <= k < n + size]
            spelled = {(k if k < n else k - size + 1): v for k, v in spelled.items()}
            spelled[n] = variants
            break
        n += 1
    return dataclasses.replace(query, units=tuple(units)), spelled


def _unfound(unit: EnglishUnit) -> bool:
    """Whether nothing was found for ``unit``, or only a name guessed ("taejo": 太宗 for 太祖)."""
    return not unit.action and (
        not unit.terms or (unit.name and unit.understood < 1.0) or unit.understood < ROMANISED_OVER
    )


def _passages_of(index: Index, units: Sequence[EnglishUnit]) -> np.ndarray:
    """:data:`KOREAN_SAMPLE` passages: those holding terms of the most ``units`` (a term of each
    unit's first three counts) first, then the first others ("King Yeongnyu": 荣留王, in a
    passage that writes no 国王)."""
    held = [
        np.unique(np.concatenate([index.postings(term) for term, _ in unit.terms[:3]]))
        for unit in units if unit.terms
    ]
    ranked = np.zeros(0, dtype=np.int64)
    if held:
        rows, counts = np.unique(np.concatenate(held), return_counts=True)
        ranked = rows[np.argsort(-counts, kind="stable")[:KOREAN_SAMPLE]]
    rest = np.setdiff1d(np.arange(min(index.num_passages, KOREAN_SAMPLE)), ranked, assume_unique=True)
    return np.concatenate([ranked, rest])[:KOREAN_SAMPLE]


def _searched(index: Index, texts: Sequence[str], word: str) -> tuple[str, ...] | None:
    """The search variants of the name Revised Romanization spells ``word`` that the ``texts``
    write most often (then the longest), as :func:`~bot.answer.english.names.written_name`
    gives them; None if they write none. A name the segmenter joins to the character after or
    before it (神 + 文王 for 神文王, "King Sinmun") is searched with that character."""
    starts = first_characters(word)
    if not starts:
        return None
    opening = re.compile("[" + "".join(sorted(starts)) + "]")
    found: Counter[str] = Counter()
    around: dict[str, tuple[str, str]] = {}
    for text in texts:
        for match in opening.finditer(text):
            for name in spelled_from(text, match.start(), word):
                found[name] += 1
                end = match.start() + len(name)
                around.setdefault(name, (text[max(0, match.start() - 1) : match.start()], text[end : end + 2]))
    if not found:
        return None
    name = max(found, key=lambda name: (found[name], len(name), name))
    if index.doc_freq(name) > 0:
        return (name,)
    before, after = around[name]
    for written in dict.fromkeys((name, name + after[:1], name + after, before + name, before + name + after[:1])):
        variants = written_name(index, written)
        if variants is not None:
            return variants
    return None
