"""Whether a vetoed English count of persons the documents name otherwise is vouched for by one of
its words beside a figure counting persons.

"How many recorded *pupils* did Gan Ruji have?": CC-CEDICT glosses "pupil" (学生, 瞳孔), but the
documents write 门生, so nothing was searched for the counted noun and the question is vetoed as
naming something absent. The right passage says 有记载的门生共42人: a count of persons (人), beside
a word of the question (记载). Two things vouch there that a count of things lacks:

- the counted noun is a person by the dictionary (:func:`~index.english.head_measures.english_person`:
  the words "pupil" and "patient" gloss are counted with 名, 位), and the figure is counted with a
  measure word of persons (人, 名, 位; not 人次, visits) -- a person noun no document writes is a
  dictionary gap, since persons are named in as many ways as there are trades (门生, 匠工, 刻工);
  a noun the dictionary glosses nothing by is a person by its form, an English agent suffix
  ("block *carvers*", "*workmen*": :func:`agent_unglossed`);
- the clause of that figure holds one of the question's understood words
  (:data:`PERSON_VOUCHING_WORDS`).

Where the counted noun was searched (党员 for "Party members", 志愿者 for "volunteers"), the veto
comes from another word the documents lack -- "*new* Party members ... during the theme education",
"on *court*" -- and one word beside 433.6万名党员 is chance: those stay vetoed, as do a counted thing
that is no person ("mobile phones": 4.1万人) and a population ("Washburn's population": no "how
many"). The other conditions of :func:`~bot.answer.english.counted_vouched.counted_vouches` hold
as for any count (no amount asked, half the question searched, its years in the clause). Never
confident: a vetoed question never is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import NOT_SEARCHED
from index.english.cedict import load_dictionary
from index.english.glosses import gloss_index
from index.english.head_measures import english_person
from index.english.lemmas import lemmatize
from index.question_words import PERSON_MEASURES

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How many understood words a count of persons' clause must hold to vouch for a question whose
#: counted person noun reached no document. On the English dev sets at d53820d0, of the vetoed
#: counts whose best figure counts persons with one word or more in its clause: 5 answerable with
#: the right passage first, 15 negatives (433.6万名党员 for "new Party members", 540人 for
#: "players ... on court", 4.1万人 for "mobile phones"); of those whose counted noun is
#: unsearched and a person by the dictionary, 2 and none.
PERSON_VOUCHING_WORDS = 1

#: The noun phrase "how many" asks of: up to three words after it (past "of the"), the counted
#: noun the first plural among them ("how many of the referred *patients*", "how many recorded
#: *pupils*", "how many *workmen*").
_COUNTED_PHRASE_RE = re.compile(
    r"\bhow\s+many\s+(?:of\s+(?:the|its|his|her|their)\s+)?([a-z-]+(?:\s+[a-z-]+){0,2})", re.IGNORECASE
)


def person_unsearched(query: Query) -> bool:
    """Whether ``query`` counts persons by a noun nothing was searched for: the first plural after
    "how many" is one the translations left unsearched and the dictionary counts as a person."""
    found = _COUNTED_PHRASE_RE.search(query.question)
    if found is None:
        return False
    noun = next((w.lower() for w in found.group(1).split() if len(w) > 3 and w.lower().endswith(("s", "men"))), None)
    if noun is None:
        return False
    unsearched = any(t.term == NOT_SEARCHED and t.english.lower() == noun for t in query.translations)
    return unsearched and (english_person(noun) or agent_unglossed(noun))


#: The English suffixes that make a noun of one who does something (carv*er*, sail*or*, art*ist*,
#: librar*ian*, work*man*): a closed class of the language's word formation.
_AGENT_RE = re.compile(r"(?:er|or|ist|ian|man)$")


def agent_unglossed(noun: str) -> bool:
    """Whether the English plural ``noun`` is one CC-CEDICT glosses no word by ("carvers",
    "workmen": neither "carver" nor "workman" is a gloss of its own) formed with an agent suffix
    (:data:`_AGENT_RE`): a person by its form, where the dictionary cannot say."""
    singular = noun[:-3] + "man" if noun.endswith("men") else lemmatize(noun, load_dictionary().known)
    if singular == noun or gloss_index().glossed.get(singular):
        return False
    return _AGENT_RE.search(singular) is not None


def persons_counted(query: Query, best: Candidate) -> bool:
    """Whether ``best``'s figure is counted with a measure word of persons (人, 名, 位) for a
    question counting persons by a noun nothing was searched for (:func:`person_unsearched`)."""
    figure = best.figure
    return figure is not None and figure.unit in PERSON_MEASURES and person_unsearched(query)
