"""A date question's event: the verbs it writes (动工, 投入使用), its start or end asked (结束, 开始),
and the rest of its words that may stand between a date and its verb (1945年抗日戰爭結束) -- what
ties a date to the event asked (:mod:`~bot.answer.figure.clauses`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.answer.figure.clauses import ENDED, STARTED
from bot.question import QuestionInfo
from index.normalize import normalize
from index.search import Index


def question_verbs(words: Sequence[str] | Mapping[str, float], index: Index) -> list[str]:
    """The question's verbs of two characters or more that it writes itself (a whole word's
    weight: not a sub-word, nor an English word's dictionary guess), or words a verb begins
    (投入使用, which jieba tags a noun), or a word of an event's start or end (动工, which jieba
    tags a noun too)."""
    weights = words if isinstance(words, Mapping) else dict.fromkeys(words, 1.0)
    tag = index.tokenizer.tag
    return [
        t for t, w in weights.items()
        if len(t) > 1 and w >= 1.0
        and (tag(t).startswith("v") or (len(t) > 2 and tag(t[:2]).startswith("v")) or t in STARTED or t in ENDED)
    ]


def event_words(
    words: Sequence[str] | Mapping[str, float], index: Index, info: QuestionInfo
) -> tuple[list[str], list[str]]:
    """A date question's event verbs (:func:`question_verbs`, and 结束/开始 words asked) and the
    rest of its words, longest first, that may stand between a date and its verb (1945年抗日戰爭結束);
    nothing for other questions."""
    terms = [term for term in words if not term.isascii()]
    verbs = question_verbs(words, index) if info.kind == "date" else []
    # 何时结束: the end asked is the event, though searched at half weight (a passage's 一开始 is no date)
    verbs += [t for t in terms if info.kind == "date" and (t in STARTED or t in ENDED) and t not in verbs]
    subjects = longest_first([normalize(t) for t in terms if t not in verbs]) if verbs or info.until or info.since else []
    return verbs, subjects


def longest_first(terms: Sequence[str]) -> list[str]:
    """Terms, longest first, without those contained in a longer one (no double counting)."""
    ordered = sorted(set(terms), key=len, reverse=True)
    kept: list[str] = []
    for term in ordered:
        if not any(term in longer for longer in kept):
            kept.append(term)
    return kept
