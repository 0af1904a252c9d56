"""A wholly English count whose best figure is refused for its measure word, though the clause
that writes it holds three of the question's understood words.

:func:`~bot.answer.english.doubt.things_counted_otherwise` and
:func:`~bot.answer.english.doubt.things_counted_as_people` refuse a figure counted with a measure
word of another thing (68個縣 beside the 老年食堂 the text never counts; 65.7萬名 for "how many
companies"). But the measure word is read against the question's translation, and a loose one
misleads it: "in how many *areas*" is searched as 区, and 运用“四下基层”经验开展下访接访等9个方面
counts 方面 (CC-CEDICT's "aspect; field"); "how many *members* of the public" reads 构件 (a
structure's members) and refuses 接待群众8.04万人次 as people. Where the figure's own clause holds
:data:`VOUCHING_WORDS` of the question's understood words, the question's words stand around
that count as they stand around no other: shown as possibly related, never confidently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.english.clause_held import clause_words
from bot.answer.english.doubt import things_counted_as_people, things_counted_otherwise
from bot.answer.reading import Reading

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How many understood words the figure's clause must hold to outweigh its measure word: one more
#: than eng65d's CLAUSE_WORDS (which outweighs only the shown model's doubt). On the English dev
#: sets' questions these refusals stop, 3 answerable (the right passage first) hold three or more
#: and no negative does; two also finds other passages of answerable questions (42人的展品维护队伍
#: for "how many exhibits").
VOUCHING_WORDS = 3


def measure_vouched(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether ``best``'s figure, counted with a measure word of another thing than the question
    asks (or of people when things are), stands in a clause holding :data:`VOUCHING_WORDS` of
    the question's understood words: the refusal is lifted, the passage possibly related."""
    if query.info.kind != "count" or best.figure is None or not query.translations:
        return False
    if not (things_counted_as_people(query, best.figure) or things_counted_otherwise(reading, best, query)):
        return False
    return clause_words(reading, query, best) >= VOUCHING_WORDS
