"""English words of a question as weighted search words (through the index's translator)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answer.model import Translation, WeightedWord
from index.normalize import aligner_for
from index.search import Index

_LATIN_RE = re.compile(r"[A-Za-z]{2,}")
_HOW_MANY_CHINESE_RE = re.compile(r"\bhow\s+many\s*([\u3400-\u4dbf\u4e00-\u9fff]+)", re.IGNORECASE)


@dataclass(frozen=True)
class EnglishWords:
    """An English question's words as search words, with what they were translated to."""

    words: tuple[WeightedWord, ...]
    translations: tuple[Translation, ...]
    kind: str | None
    counted: str | None = None  # "how many 讀書班": the Chinese word counted, as 多少 would give


#: How English units weigh (see :func:`english_words`).
ENGLISH_SURE = 0.6  # a unit whose translations add up to this is fully understood
ENGLISH_UNDERSTOOD = 0.25  # below this, a unit names something the documents may not discuss
ENGLISH_FEW_OTHERS = 2  # a question saying no more than this besides its focus is about it
ENGLISH_ACTION = 0.5  # a verb ("held", "carry out") weighs this share of a thing
ENGLISH_TYPICAL_SHARE = 0.05  # an understood English word weighs like a term in 5% of passages
ENGLISH_UNKNOWN_ACTION = 0.2  # an untranslated verb, relative to an unknown thing
ABSENT = "\x00english-absent"  # marks a question about something the documents lack


def english_words(index: Index, text: str) -> EnglishWords | None:
    """Translate the English words of ``text`` into corpus terms (None without English words).

    Each English unit becomes a search word whose alternatives are its dictionary
    translations. A unit translated only weakly ("population" -> 总体, a statistics sense)
    is partly *not understood*: that share of it is an unknown word, which no passage has.
    Verbs weigh less than things, and an untranslated verb ("paired", "wrote") little -- as
    for Chinese verbs the corpus lacks. A question whose focus ("how many *tourists*", "what
    is the *population* of") or a name ("France") is not understood is about something the
    documents lack: it gets a word that :func:`_names_something_absent` recognises.
    """
    if not _LATIN_RE.search(text):
        return None
    query = index.english().translate(text)
    words: list[WeightedWord] = []
    translations: list[Translation] = []
    focus = [unit for unit in query.units if unit.focus]
    others = [
        unit for unit in query.units
        if not unit.focus and not unit.action and unit.understood >= ENGLISH_UNDERSTOOD
    ]
    absent = (
        bool(focus)
        and all(unit.understood < ENGLISH_UNDERSTOOD for unit in focus)
        and len(others) <= ENGLISH_FEW_OTHERS
    )
    for unit in query.units:
        if unit.name and unit.understood < ENGLISH_UNDERSTOOD:
            absent = True  # a name the documents never mention
        light = unit.action or (unit.measure and query.kind == "count" and not unit.terms)
        scale = ENGLISH_ACTION if light else 1.0
        sure = min(1.0, unit.confidence / ENGLISH_SURE)
        if unit.terms and sure > 0:
            top = unit.terms[0][1]
            words.append(
                WeightedWord(
                    tuple(term for term, _ in unit.terms),
                    "eng",
                    weight=scale * sure,
                    shares=tuple(weight / top for _, weight in unit.terms),
                )
            )
            translations.append(Translation(unit.english, unit.terms[0][0]))
        if sure < 1.0:
            pos = "eng-v" if light else "eng"
            words.append(WeightedWord((unit.english.lower(),), pos, weight=scale * (1.0 - sure)))
    if absent:
        words.append(WeightedWord((ABSENT,), "eng-absent"))
    counted = None
    mixed = _HOW_MANY_CHINESE_RE.search(text)
    if mixed is not None:
        counted = index.tokenizer.counted_word("多少" + mixed.group(1))
    return EnglishWords(tuple(words), tuple(translations), query.kind, counted)


def as_written(translations: Sequence[Translation], text: str) -> tuple[Translation, ...]:
    """Show each translated term as the passage writes it (黨員 rather than 党员) when it is there."""
    aligner = aligner_for(text)
    out = []
    for t in translations:
        spans = aligner.spans(t.term)
        out.append(Translation(t.english, text[spans[0][0] : spans[0][1]]) if spans else t)
    return tuple(out)



def typical_weight(index: Index) -> float:
    n = index.num_passages
    return math.log((n + 1) / (ENGLISH_TYPICAL_SHARE * n + 0.5))

