"""A name found as a passage writes it vouches for the question's other words written beside it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.answer.english.glossed import passages_with_all
from index.english import EnglishUnit
from index.search import Index

#: How surely a question read past a dictionary gap a name vouches for is understood: below
#: :data:`~bot.answer.english.basics.ENGLISH_CONFIDENT`, its passages are shown as possibly related
VOUCHED_SURE = 0.4


def name_vouches(index: Index, units: Sequence[EnglishUnit], spelled: Mapping[int, tuple[str, ...]], sure: float) -> bool:
    """Whether the question's one name found as the documents write it (綴雲堂 for "Zhuiyun Tang",
    a string no dictionary glosses: the name of one document's subject) stands in a passage
    beside a word of the question understood at least ``sure`` ("founded": 創辦) -- the question
    asks about that passage's subject, and its words the dictionary cannot translate ("bindery")
    are gaps of the dictionary, not things the documents lack ("the *weather* in Taipei
    *tomorrow*": a dictionary name, nothing beside it) -- and so are the names the dictionary
    knows but no document writes ("send his younger brother Gonji to *Wa*": 倭 -- the text writes
    倭國), which the question's other words find beside its name."""
    if len(spelled) != 1:
        return False
    (n, written), = spelled.items()
    pieces = [piece for piece in (written[1:] or written) if index.doc_freq(piece) > 0]
    if not pieces:
        return False
    return any(
        len(term) > 1 and len(passages_with_all(index, [*pieces, term])) > 0
        for m, unit in enumerate(units) if m != n and unit.terms and unit.understood >= sure
        for term, _ in unit.terms[:3]
    )
