"""Whether a wholly English question read as naming something the documents lack is answered all
the same, as possibly related, by a clause holding three of its understood words (two beside a
date, :data:`DATE_VOUCHING_WORDS`, or beside a count of the things asked,
:mod:`~bot.answer.english.counted_vouched`).

The veto for an absent name or thing (:func:`~bot.answer.words.names_something_absent`: a focus
word no translation reaches, a name the dictionary does not know) fires before any passage is
read. English questions about the documents often carry such a word beside the ones that do
reach them -- "*shards* bearing the 'Fengqi' mark" (残片 is no translation of "shards"), "new
*customs* inspection counters" -- and the figure's clause then writes three of the question's
understood words (其中带有“凤栖”款识的残片已发现86件: 带有, 凤栖, 发现): the thing is there, only
its English name missed it. An off-topic or near question's understood words find one or two
words beside a figure at most (eng67g's three-word count, :data:`VOUCHING_WORDS`). Never
confident; not for a question naming the Nth of a series ("the *third* batch"), whose absence the
documents' numbering says outright."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.english.clause_held import clause_words
from bot.answer.english.counted_vouched import COUNT_VOUCHING_WORDS, counted_read, counted_vouches
from bot.answer.english.measure_vouched import VOUCHING_WORDS
from bot.answer.english.persons_vouched import PERSON_VOUCHING_WORDS, persons_counted
from bot.answer.reading import Reading

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query


def absent_read(query: Query) -> bool:
    """Whether ``query`` is vetoed as naming something absent and may still be vouched for
    (:func:`absent_vouched`): a wholly English figure question naming no ordinal, with words
    enough that a clause could hold :data:`VOUCHING_WORDS` of them (checked before any search:
    most vetoed questions understand one or two words, and stay as cheap as the veto made them)."""
    if not (query.absent and query.info.wants_figure and query.info.ordinal is None):
        return False
    return _countable_words(query) >= _vouching_words(query) and wholly_english(query.question)


#: How many understood words the figure's clause must hold for a question asking *when*: a date
#: is written where the text dates one event, a handful to a document, so two of the question's
#: words beside it are that event (于2009年获选主办世界二十国集团高峰会 for "In which year did
#: Pittsburgh host the G20 summit?"), as one beside a date vouches for the shown model's decline
#: (:data:`~bot.answer.english.clause_held.ONE_WORD_KINDS`). On the English dev sets, of the date
#: questions this veto holds: two answerable hold two words (both with the right passage first),
#: no negative holds one (45 with a candidate, 15 of them off-topic). Not shares:
#: 基督教约占在香港人口的13% holds two words of "what percentage of Hong Kong's population is Buddhist?".
DATE_VOUCHING_WORDS = 2


def _vouching_words(query: Query) -> int:
    """The fewest understood words the figure's clause may hold to vouch for ``query`` (a count of
    things: :data:`~bot.answer.english.counted_vouched.COUNT_VOUCHING_WORDS`, where its figure
    is one, :func:`~bot.answer.english.counted_vouched.counted_vouches`)."""
    if query.info.kind == "date":
        return DATE_VOUCHING_WORDS
    return COUNT_VOUCHING_WORDS if counted_read(query) else VOUCHING_WORDS


def _countable_words(query: Query) -> int:
    """The most words :func:`~bot.answer.english.clause_held.clause_words` could count: each word
    with a Chinese variant, and one for any Latin name."""
    chinese = sum(1 for word in query.words if any(not v.isascii() for v in word.variants))
    latin = any(len(v) >= 3 and v.isascii() and any(c.isalpha() for c in v) for word in query.words for v in word.variants)
    return chinese + latin


def absent_vouched(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether the veto of a question :func:`absent_read` is lifted by ``best``: its figure's clause
    holds :data:`VOUCHING_WORDS` of the question's understood words (no unsearched capitalised
    name there, as :func:`~bot.answer.english.clause_held.clause_words` counts), or
    :data:`DATE_VOUCHING_WORDS` for a question asking when, or
    :data:`~bot.answer.english.counted_vouched.COUNT_VOUCHING_WORDS` for a count of things whose
    figure counts them (:func:`~bot.answer.english.counted_vouched.counted_vouches`)."""
    words = clause_words(reading, query, best)
    if words >= VOUCHING_WORDS or (query.info.kind == "date" and words >= DATE_VOUCHING_WORDS):
        return True
    if words >= COUNT_VOUCHING_WORDS or (words >= PERSON_VOUCHING_WORDS and persons_counted(query, best)):
        return counted_vouches(reading, query, best)
    return False
