"""A counted thing the best passage's document never names, counted there in no measure of its own.

"How many *helicopters* did the county lease?", "How many *ambulances* does the hospital operate?":
English names what a count counts at the end of the noun phrase after "how many" (its head). When
nothing was searched for that head (no corpus term translates it), the passage was found by the
question's other words (the county, the fire season, the hospital), and its figure counts
whatever that passage counts (1.7万件 of supplies, 2870人次 of patients). Such a figure answers
only when the text counts the asked thing under another name -- which it can do with a measure
word that fits the thing (2.7万余起 for "disputes": 起 counts events, and the text's 矛盾 is no
sense the dictionary gives). So nothing is shown when all of these hold:

- the head is a word CC-CEDICT glosses (its one-word-gloss headwords: 直升机, 救护车; 磨坊主 for
  "millers"), not as a measure word ("sets": 副, 套 -- the figure counts the thing named before
  it, 电极片1320副), and the best passage's document writes none of those headwords, nor the word;
- the figure is no count of things, people or events (23年 for "how many millers"; 1.1萬 of
  1.1万把, whose measure word was not read), or it counts in a measure word the dictionary gives
  none of the head's senses (件 where 直升机 is counted 架, 人次 where 救护车 is counted 辆) -- a
  measure of people or of events fits any of its dimension given for a sense (风波's 场 for 起),
  and 个 (the measure word of anything) fits all.

A figure counting in a measure word while the dictionary names none for the senses (起 for
"disputes") is left alone: nothing says it counts another thing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.evidence import document_text
from bot.answer.english.basics import NOT_SEARCHED, wholly_english
from bot.answer.english.figures import figure_word
from bot.answer.english.of_thing import VERB_SHARE, verb_form
from bot.answer.english.other_nouns import counted_span
from bot.question import COUNTED_DIMENSIONS
from index.english.cedict import GENERIC_MEASURE, specific_classifiers
from index.english.glosses import gloss_index
from index.english.lemmas import lemmatize
from index.figures.units import unit_dimension
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer.query import Query
    from bot.answer.ranked import Candidate
    from bot.answer.reading import Reading

#: The measure dimensions whose measure words are written for one another: 名, 人, 位, 人次 for
#: persons alike, 起, 次, 场 for occurrences alike (2.7万余起 for "disputes", 风波's measure word
#: being 场) -- unlike things', which say what kind of thing is counted (架 machines, 辆 vehicles).
INTERCHANGEABLE = ("people", "events")

_WORD_RE = re.compile(r"[a-z][a-z']*")


def counted_head(question: str) -> str | None:
    """The head of the noun phrase a count question counts, in lower case: the last word of
    :func:`~bot.answer.english.other_nouns.counted_span` before any "of" and before its first verb
    ("how many firefighting *helicopters* did", "how many *episodes* of Friends", "how many
    *millers* worked"); None without one, or when the head is capitalised in the question (a
    name)."""
    lowered = question.lower().replace("-", " ")
    span = counted_span(lowered)
    if span is None:
        return None
    phrase = lowered[span[0] : span[1]]
    phrase = re.split(r"\bof\b", phrase, maxsplit=1)[0]
    words = _WORD_RE.findall(phrase)
    if not words:
        return None
    # the phrase runs to the clause's verb ("how many millers *worked*", "how many ribs *go*"),
    # which ends it where no auxiliary does
    glosses = gloss_index()
    end = next((
        n for n in range(1, len(words))
        if verb_form(words[n]) or glosses.verb_share(lemmatize(words[n], glosses.glossed)) > VERB_SHARE
    ), len(words))
    head = words[end - 1]
    written = re.search(rf"\b{re.escape(head)}\b", question.replace("-", " "), re.IGNORECASE)
    if written is None or not written.group().islower():
        return None
    return head


def head_senses(head: str) -> tuple[str, ...]:
    """The headwords CC-CEDICT glosses ``head`` and its base form with, normalised."""
    glossed = gloss_index().glossed
    heads = (*glossed.get(head, ()), *glossed.get(lemmatize(head, glossed), ()))  # "ribs": 骨子; "rib": 肋骨
    return tuple(dict.fromkeys(normalize(h) for h in heads))


def fits_senses(unit: str, senses: tuple[str, ...]) -> bool:
    """Whether a figure's measure word ``unit`` may count a thing of one of ``senses``: a count
    (of things, people or events) in the measure word of anything, in one the dictionary gives
    a sense, in a measure of people or of events where one of that dimension is given for a sense
    (:data:`INTERCHANGEABLE`), or in any count measure when the dictionary gives none. A figure
    whose measure word was not read (1.1萬 of 1.1万把, "" here) fits none: nothing says what it
    counts."""
    dimension = unit_dimension(unit) if unit else None
    if dimension not in COUNTED_DIMENSIONS:
        return False  # 23年, or no measure word read: no count of a thing
    given = {normalize(c) for sense in senses for c in specific_classifiers(sense)}
    if not given or unit == GENERIC_MEASURE:
        return True
    if dimension in INTERCHANGEABLE and any(unit_dimension(c) == dimension for c in given):
        return True
    return unit in given


def counted_unwritten(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether a wholly English count question's counted head was searched for by no term, is a
    word the dictionary glosses, and the best candidate's document writes none of its senses nor
    the word, while its figure counts in no measure fitting them (:func:`fits_senses`): the
    figure counts something else of a passage the other words found."""
    if query.info.kind != "count" or not wholly_english(query.question):
        return False
    head = counted_head(query.question)
    if head is None or figure_word(head) or head in gloss_index().measures:
        return False  # "how many electrode pad *sets*": a measure word, counting the thing before it
    if not any(t.term == NOT_SEARCHED and t.english.lower().split()[-1:] == [head] for t in query.translations):
        return False  # (a term was searched for it: what it finds is the thing, or another gate's concern)
    senses = head_senses(head)
    if not senses:
        return False
    unit = normalize(best.figure.unit) if best.figure is not None else ""
    if best.figure is not None and fits_senses(unit, senses):
        return False
    document = document_text(reading, best.evidence.id)
    return head not in document.lower() and not any(sense in document for sense in senses)
