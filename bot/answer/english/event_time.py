"""A count asked in a year an event names ("in the year *it closed*").

English names a year by a clause as well as by a number: "how many lanterns did the workshop make
*in the year it stopped production*". The year asked is the event's, and a text giving the
figure of that year writes it with the event (1931年創辦，當年有工匠11人). A figure whose sentence
another time dates -- a year, an era, a reign (光緒年間……年榨桐油26萬斤, 1970年代年產……6萬盞) --
is the figure of another time when the passage dates the event otherwise (1992年……停產, in
another sentence), or never writes the event at all: the passage does not give the count asked,
and nothing is shown (as :func:`~bot.answer.english.doubt.count_not_given` refuses a passage
with no count of what is asked).

The event's words are those of the clause that no word of the main clause repeats ("through the
Huilan *lock* in the year its navigation *lock* was shut": the lock is the place, "shut" the
event). A clause naming a year in digits is left to :func:`~bot.answer.english.years.year_not_given`;
"when ...", "after ..." clauses are not read: they name a moment, which texts write with the
event's own verb in many ways (開業時, 落成之初), and the verb's translation misses them often.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import NOT_SEARCHED, SEPARATOR, wholly_english
from bot.answer.english.present_unsaid import DATED_RE
from bot.answer.reading import Reading
from bot.answer.sentences import SENTENCE_END_RE, sentence_of
from bot.answer.window import window_text
from index.normalize import aligner_for, normalize

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: "in the year(s) (that/when) ..." before a subject (an article, a pronoun, a capitalised name):
#: a year named by an event -- prepositions, conjunctions and pronouns, closed classes of grammar.
_YEAR_CLAUSE_RE = re.compile(
    r"\b(?:in|during)\s+the\s+years?\s+(?:that\s+|when\s+|before\s+|after\s+)?"
    r"(?=(?:the|it|its|they|their|he|his|she|her)\b|[A-Z])",
)
_WORD_RE = re.compile(r"[a-z]+")


def year_clause(question: str) -> tuple[str, str] | None:
    """The question's main clause and the clause naming its year (lower case), or None: "how many
    lanterns did Yaochun Tang make" and "it stopped production"."""
    found = _YEAR_CLAUSE_RE.search(question)
    if found is None:
        return None
    clause = question[found.end() :].split(",")[0].rstrip(" ?.!")
    if not clause or any(char.isdigit() for char in clause):
        return None  # "in the year 1935": a year in digits (year_not_given's)
    return question[: found.start()].lower(), clause.lower()


def event_terms(query: Query, main: str, clause: str) -> frozenset[str]:
    """The terms searched for the words of ``clause`` (the event) that ``main`` does not repeat."""
    main_words, clause_words = set(_WORD_RE.findall(main)), set(_WORD_RE.findall(clause))
    return frozenset(
        normalize(term)
        for t in query.translations
        if t.term != NOT_SEARCHED
        and (words := set(_WORD_RE.findall(t.english.lower()))) and words <= clause_words and not words & main_words
        for term in t.term.split(SEPARATOR) if term
    )


def event_year_otherwise(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether a wholly English count asked in a year an event names (:func:`year_clause`) is
    answered by a figure of another time: its sentence dates it (:data:`DATED_RE`), and either
    another sentence writes the event with a date the figure's sentence does not write, or no
    sentence writes the event and neither does the figure's. Only for a count question with
    such a clause and a figure."""
    figure = best.figure
    if query.info.kind != "count" or figure is None or not wholly_english(query.question):
        return False
    split = year_clause(query.question)
    if split is None:
        return False
    text = window_text(reading, best.evidence)
    if not 0 <= figure.start < figure.end <= len(text):
        return False
    matching = aligner_for(text).normalized
    sentence = sentence_of(matching, figure.start, figure.end)
    if DATED_RE.search(sentence) is None:
        return False  # undated: the report's own time, which may be the event's
    terms = event_terms(query, *split)
    others = [s for s in SENTENCE_END_RE.split(matching) if s and s != sentence and any(t in s for t in terms)]
    if any((date := DATED_RE.search(other)) is not None and date.group() not in sentence for other in others):
        return True  # 1992年……停產: the event is dated otherwise than 1970年代年產……6萬盞
    return not others and not any(term in sentence for term in terms)
