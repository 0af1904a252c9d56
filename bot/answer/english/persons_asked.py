"""An English count of persons ("how many bath *attendants*", "how many *soldiers*") answered by a
figure counting things or events (銅元2枚: coins; 一座: a building; 化解矛盾2.7萬余起: cases).

English says what a count counts by the head of the noun phrase after "how many" -- its last noun
(:func:`~index.english.focus.read_question`'s focus: "bath *attendants*", "Party *officials*").
When the dictionary reads that noun as persons (:func:`~index.english.head_measures.english_person`),
the people asked are counted in Chinese with the measure words of persons (名, 位, 人), of
households (户) or of firms (家, people of a trade), or the measure word of anything (个). A figure
in another measure word counts things or events (枚, 座, 批, 起): it answers the question only when
the text writes the asked noun's translation right after it as what it counts (6艘航空母艦 for
"aircraft *carriers*", 18台巡检机器人 for "inspection *robots*": the dictionary's persons reach
机器人 and 承运人), or when that measure word is itself a word the question was searched for
(11段 for "stretches ... on the urban *section*": 段). Otherwise the passage speaks of other
things, and the count of the persons asked is not in it -- nothing is shown, as for a count of
people answered by things (:func:`~bot.answer.english.doubt.people_counted_as_things`, which reads
the asked measure words; this reads the asked noun, whatever it was translated to: "soldiers"
untranslated, "attendants" as 服务).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from bot.answer.english.basics import NOT_SEARCHED, SEPARATOR, wholly_english
from bot.answer.english.counted_place import COUNTED_SPAN, run_after_figure
from bot.answer.reading import Reading
from index.english.cedict import GENERIC_MEASURE, load_dictionary
from index.english.focus import read_question
from index.english.head_measures import english_person
from index.normalize import normalize
from index.question_words import PEOPLE_MEASURES

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: Measure words a count of persons may be written in: of persons and visits, households (户),
#: firms (家: 厂商40家), and anything (个).
PERSONS_WRITTEN = PEOPLE_MEASURES | {"户", "家", GENERIC_MEASURE}

#: Prepositions that may follow a count (分兩批在全省……: "in two batches *in* the province"), a
#: closed class of Chinese grammar: what comes after them is no noun the figure counts.
_PREPOSITIONS = frozenset("在于於向从從对對为為把被由自到给給与與跟同")

#: What a figure measures when it counts things or events (Figure.dimension).
_COUNTED_OTHERWISE = frozenset({"things", "events"})


#: Words that make what follows "of" a definite whole ("members *of the* committee"), a closed
#: class: articles, demonstratives, possessives. A bare noun after "of" is what a partitive counts.
_DEFINITE = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my"})


@lru_cache(maxsize=1024)
def focus_head(question: str) -> str | None:
    """The last word of the thing an English question asks about ("how many bath *attendants*
    worked ...": attendants), lower case; None without one, or when it is a partitive followed
    by "of" and a bare noun ("how many *pairs* of bullet trains": the pairs count trains, and
    CC-CEDICT's "pair" of a married couple is no person asked)."""
    read = read_question(question, load_dictionary().known)
    if read is None or read.focus is None:
        return None
    end = read.focus[1]
    if end + 1 < len(read.words) and read.words[end] == "of" and read.words[end + 1] not in _DEFINITE:
        return None
    return read.words[end - 1]


def things_for_persons(reading: Reading, best: Candidate, query: Query) -> bool:
    """Whether a wholly English count whose focus's head names persons ("attendants") is
    answered by a figure counting things or events in a measure word neither of persons nor of
    the question's search words, with no translation of that head written right after it
    (浴資漲至銅元2枚 for "how many bath attendants"): the passage does not count the persons."""
    info, figure = query.info, best.figure
    if info.kind != "count" or figure is None or not figure.unit or figure.dimension not in _COUNTED_OTHERWISE:
        return False  # cheap tests first
    unit = normalize(figure.unit)
    if unit in PERSONS_WRITTEN or unit in info.units or not wholly_english(query.question):
        return False
    head = focus_head(query.question)
    if head is None or not english_person(head):
        return False
    searched = {
        normalize(term) for t in query.translations if t.term != NOT_SEARCHED for term in t.term.split(SEPARATOR)
    }
    if unit in searched:
        return False  # 11段 for "... on the urban section" (段): the measure word is asked
    own = {
        normalize(term) for t in query.translations if t.term != NOT_SEARCHED and t.english.lower().split()[-1] == head
        for term in t.term.split(SEPARATOR)
    }
    run = run_after_figure(reading, best)[:COUNTED_SPAN]
    if run[:1] in _PREPOSITIONS:
        return True  # 分兩批在全省黨員干部中: 批 counts batches, written before a place
    return not any(term in run for term in own)  # 6艘航空母艦: the carriers, counted
