"""A part asked of a set -- "how many *of* the meal points in Hengchuan *also serve an evening
meal*" -- whose best figure's clause writes none of what picks the part out.

English asks a part of a set with the partitive "how many of <the set> <predicate>": the set is
a plural noun phrase (its determiner or owner, modifiers, a place after it: "of Xuping's public
defibrillators", "of the meal points in Hengchuan"), the predicate says which of them are counted
("were stolen or vandalised", "went on to pass the metropolitan examination"). A text gives such
a part beside its whole, naming what picks it out (其中46人接受了人工耳蜗植入手术, 女性佔了224名,
被紅軍殲滅近3個師). A figure whose clause writes none of the predicate's translated words counts
the set itself (配置自动体外除颤器538台, 新建助餐点45个, 参加的中小学生约1200人): it is no answer,
and nothing is shown -- as :func:`~bot.answer.english.doubt.count_not_given` declines a passage
that does not count what is asked.

Only a predicate with at least one translated word is read (an untranslated "took part" says
nothing either way), and only the predicate's own words: a word it shares with the set ("meal" of
"meal points" and of "an evening meal") says what the set is, not which part. A clause holding
其中 ("of them", Chinese's own partitive) gives a part, whatever its words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import NOT_SEARCHED, SEPARATOR, wholly_english
from bot.answer.figure.fitness import figure_clause
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.english.lemmas import lemmatize
from index.normalize import aligner_for

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: "how many of ...": the partitive (what follows it is read by :func:`part_predicate`).
_PARTITIVE_RE = re.compile(r"\bhow\s+many\s+of\s+(.+)", re.IGNORECASE)
#: A word of the question, with a possessive "'s" kept on its owner ("Xuping's").
_TOKEN_RE = re.compile(r"[A-Za-z0-9]+(?:['’]s)?")
_WORD_RE = re.compile(r"[a-z0-9]+")
#: Prepositions that put a place after the set ("the meal points *in* Hengchuan"): a closed class.
_PLACE_PREPOSITIONS = frozenset({"in", "of", "at", "across", "from"})
#: Chinese's own partitive ("of them"): a clause holding it gives a part.
_PART_MARK = "其中"


def _plural_noun(word: str) -> bool:
    """Whether ``word`` (lower case) is a regular English plural: its base form is the word less
    -s, -es or -ies → -y ("points", "counties"; not "was", "has", "does", whose bases are others)."""
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is", "'s", "’s")):
        return False
    base = lemmatize(word)
    return base in (word[:-1], word[:-2]) or (word.endswith("ies") and base == word[:-3] + "y")


def part_predicate(question: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The set's words and the predicate's words (lower case) of a partitive count question
    ("how many of the meal points in Hengchuan also serve an evening meal": the set's "the meal
    points in hengchuan", the predicate's "also serve an evening meal"), or None when the
    question has no partitive over a plural noun ("how many of them were there")."""
    match = _PARTITIVE_RE.search(question)
    if match is None:
        return None
    tokens = _TOKEN_RE.findall(match.group(1))
    head = next((n for n, token in enumerate(tokens) if _plural_noun(token.lower())), None)
    if head is None:
        return None
    end = head + 1
    # a place named after the set, capitalised: "in Hengchuan", "across Zhejiang"
    if end + 1 < len(tokens) and tokens[end].lower() in _PLACE_PREPOSITIONS and tokens[end + 1][:1].isupper():
        end += 1
        while end < len(tokens) and tokens[end][:1].isupper():
            end += 1
    words = [token.lower() for token in tokens]
    return tuple(words[:end]), tuple(words[end:])


def part_unwritten(reading: Reading, query: Query, best: Candidate, marked_parts: bool = True) -> bool:
    """Whether a wholly English partitive count question's ``best`` candidate writes its figure in
    a clause holding none of the predicate's translated words (and no 其中): that figure counts
    the whole set, not the part asked (see the module docstring). Not ``marked_parts``: a 其中
    clause is no part asked either unless it writes the predicate's words -- for a count chosen
    by other evidence than the figure model's (其中电动自行车300辆 is no count of those *damaged*)."""
    figure = best.figure
    if query.info.kind != "count" or figure is None or not wholly_english(query.question):
        return False
    read = part_predicate(query.question)
    if read is None:
        return False
    own = set(_WORD_RE.findall(" ".join(read[0])))
    predicate = set(_WORD_RE.findall(" ".join(read[1])))
    variants = [
        variant
        for translation in query.translations
        if translation.term != NOT_SEARCHED
        and (words := set(_WORD_RE.findall(translation.english.lower())))
        and words <= predicate and words.isdisjoint(own)
        for variant in translation.term.split(SEPARATOR)
        if not variant.isascii()
    ]
    if not variants:
        return False  # nothing of the predicate translated ("took part"): no evidence either way
    text = window_text(reading, best.evidence)
    if not 0 <= figure.start < figure.end <= len(text):
        return False
    clause = figure_clause(aligner_for(text).normalized, figure)
    return (not marked_parts or _PART_MARK not in clause) and not any(variant in clause for variant in variants)
