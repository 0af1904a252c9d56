"""What an English question's reading is and how its words weigh: the :class:`EnglishWords` value,
the weights, and the small tests other English modules share (:func:`wholly_english`)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answer.english.figures import figure_word
from bot.answer.model import Translation, WeightedWord
from index.english import EnglishUnit
from index.search import Index

LATIN_RE = re.compile(r"[A-Za-z]{2,}")
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
@dataclass(frozen=True)
class EnglishWords:
    """An English question's words as search words, with what they were translated to.

    ``counted`` is the corpus term a count question counts ("how many *party members*" ->
    党员; "how many 讀書班" -> 读书班, as 多少 would give) and ``units`` the measure words it
    is counted with (:func:`measure_words`).
    """

    words: tuple[WeightedWord, ...]
    translations: tuple[Translation, ...]
    kind: str | None
    counted: str | None = None
    units: frozenset[str] = frozenset()
    sure: float = 1.0  # how surely the English words were understood (:func:`understood_share`)
    dimension: str | None = None  # what an asked amount measures ("how *large*": an area)
    mixed: bool = False  # the question also has Chinese words
    latin: frozenset[str] = frozenset()  # Latin words the documents write, searched with translations
    deed: str | None = None  # what befell the people a count asks about (:func:`people_deed`)
    #: the things it names by a number after a noun ("Line 3": ("", "3", "号线"), as 3号线 is read)
    named: tuple[tuple[str, str, str], ...] = ()
    #: its verbs' translations of two characters or more ("create": 创制), as read here
    actions: tuple[str, ...] = ()
    #: ``counted`` is a unit character read from a word of another sense ("rice": 米), a thing
    thing_counted: bool = False
    #: a count's translations of the nouns of its counted phrase, and of those it names besides
    #: (:func:`~bot.answer.english.other_nouns.counted_nouns`)
    counted_nouns: frozenset[str] = frozenset()
    other_nouns: frozenset[str] = frozenset()


#: How English units weigh (see :func:`english_words`).
ENGLISH_SURE = 0.6  # a unit whose translations add up to this is fully understood
ENGLISH_UNDERSTOOD = 0.25  # below this, a unit names something the documents may not discuss
ENGLISH_NOTHING_UNDERSTOOD = 0.1  # a question none of whose things is understood this well asks about none
ENGLISH_FEW_OTHERS = 2  # a question saying no more than this besides its focus is about it
ENGLISH_ACTION = 0.5  # a verb ("held", "carry out") weighs this share of a thing
ENGLISH_TYPICAL_SHARE = 0.05  # an understood English word weighs like a term in 5% of passages
ENGLISH_UNKNOWN_ACTION = 0.2  # an untranslated verb, relative to an unknown thing
ENGLISH_WEAK_ACTION = 0.5  # a verb translated less surely than this is left untranslated
ENGLISH_UNKNOWN_SIDE = 0.5  # an untranslated word beside the focus, relative to an unknown thing
ENGLISH_ONE_CHARACTER = 0.5  # a one-character translation beside a longer one, of its weight
ENGLISH_RICH = 2  # ... in a question with at least this many other words well understood
ENGLISH_CONFIDENT = 0.5  # an answer to English understood less surely than this is hedged
ENGLISH_FOCUS_SHARE = 2.0  # the thing asked about counts this much in how surely it was understood
NAME_FORM_SHARE = 0.5  # a name's translation weighing this share of its best is a form of it
ENGLISH_BYLINE = 3.0  # "who wrote ...": the byline (记者 ...) outweighs the words naming the text
ABSENT = "\x00english-absent"  # marks a question about something the documents lack
SEPARATOR = "/"  # between the Chinese words searched for one English word
NOT_SEARCHED = "?"  # shown for an English word no Chinese word was searched for


def wholly_english(question: str) -> bool:
    """Whether ``question`` is written in English words only (no Chinese among them)."""
    return LATIN_RE.search(question) is not None and CJK_RE.search(question) is None


def understood_share(units: Sequence[EnglishUnit], exact: int = 0) -> float:
    """How surely an English question was understood, 0..1: the mean of its words' sureness
    (a word translated through a synonym guess, a stretched gloss or a sense no other word
    vouches for counts little), the thing asked about double and verbs half; ``exact`` words
    typed in Chinese count as understood."""
    total = understood = float(exact)
    for unit in units:
        if not unit.terms and figure_word(unit.english):
            continue  # a number or month: written as a figure, not a word to understand
        weight = ENGLISH_FOCUS_SHARE if unit.focus else ENGLISH_ACTION if unit.action else 1.0
        total += weight
        understood += weight * min(1.0, unit.understood / ENGLISH_SURE)
    return understood / total if total else 1.0


def typical_weight(index: Index) -> float:
    n = index.num_passages
    return math.log((n + 1) / (ENGLISH_TYPICAL_SHARE * n + 0.5))
