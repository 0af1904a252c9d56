"""A name of several English words translated only into its words' everyday senses, which no
document writes together: no name the documents write.

"When did the *Second World* War end": the capitalised run is read as a name, and with no
CC-CEDICT headword for it whole, it is translated word by word -- 第二 ("second"), 世界
("world") -- each a common word the documents do write (第二批, 世界互联网大会), so the name reads
as understood and the question as asking about them. A name the documents mention is written
as one string: its pieces stand side by side (香港 + 体育馆 in 香港体育馆). Pieces that no
passage writes next to each other, in either order, are the name's words in other senses.

Only a name of two or more English words with two or more distinct terms, each a CC-CEDICT gloss
of one of the name's words (not 香港 "Hong Kong", the name whole), every one written somewhere,
is read; pieces up to two characters apart count as written together (第二次世界大战) (alternatives of one name -- 浙江 / 浙江省 -- hold one another and are
left alone): a few posting intersections, for the questions naming such a name only.
"""

from __future__ import annotations

import re
from itertools import permutations

from bot.answer.english.glossed import passages_with_all
from index.english import EnglishUnit
from index.english.cedict import load_dictionary
from index.english.cedict_senses import headword_senses
from index.english.lemmas import lemmatize
from index.search import Index

#: How many of a name's likeliest terms are read as its pieces.
NAME_PIECES = 3
#: How many characters may stand between two pieces of a name as written (a measure word: 第二次世界).
PIECE_GAP = 2
#: How many passages holding both pieces are read for them written side by side.
PIECES_SAMPLE = 20


def name_in_pieces_unwritten(index: Index, unit: EnglishUnit) -> bool:
    """Whether ``unit``, a name of two or more words, is translated into two or more terms (none
    inside another) the documents write, but never one right before another."""
    if not unit.name or " " not in unit.english.strip():
        return False
    terms = [term for term, _ in unit.terms[:NAME_PIECES]]
    if len(terms) < 2 or any(a in b for a, b in permutations(terms, 2)):
        return False
    words = {lemmatize(word, load_dictionary().known) for word in unit.english.lower().split()}
    # each term a gloss of one of the name's words (第二 "second"), none of the name whole (香港)
    if not all(any(len(sense.words) == 1 and sense.words[0] in words for sense in headword_senses(term)) for term in terms):
        return False
    if any(index.doc_freq(term) == 0 for term in terms):
        return False
    return not any(_written_near(index, a, b) for a, b in permutations(terms, 2))


def _written_near(index: Index, first: str, second: str) -> bool:
    """Whether a passage writes ``first`` before ``second`` with at most :data:`PIECE_GAP` characters between."""
    near = re.compile(re.escape(first) + f".{{0,{PIECE_GAP}}}" + re.escape(second))
    rows = passages_with_all(index, [first, second])
    return any(near.search(index.normalized_text(int(row))) for row in rows[:PIECES_SAMPLE].tolist())
