"""Abbreviations: a short word no document writes, found as the longer word it shortens.

Readers shorten (高校 for 高等院校, 二战 for 第二次世界大战, 央企 for 中央企业); documents, encyclopaedia
articles above all, write the words in full. A word of two or three characters that no passage
holds is searched as the corpus terms it abbreviates, on CC-CEDICT's word:

- the words its glosses say it abbreviates ("abbr. for 北京大學|北京大学"), where they are terms of
  the index;
- a corpus term it can shorten -- one that begins with its first character (or with 第 and then it:
  an ordinal's shortening, 二战), holds its other characters in their order, ends with its last
  and is at most :data:`LONGEST` characters long -- when the dictionary calls the word an
  abbreviation (高校 → 高等院校, though it names 高等学校) or glosses the term as it glosses the word
  (二战 and 第二次世界大战: "World War II"). Not a term that only fits the pattern: 上司 "boss" is
  no 上市公司 "listed company", 卡特 (Carter) no 卡彭特.

Without this the word is absent, and a question naming it is taken for one about something the
documents lack.
"""

from __future__ import annotations

from index.english.cedict import abbreviated
from index.english.cedict_senses import headword_senses
from index.search import Index

#: The longest term an abbreviation is read as (第二次世界大战: 7 characters).
LONGEST = 7
#: At most this many terms an abbreviation is searched as (the most frequent; more is no reading).
MOST = 3
#: What may stand before an ordinal's number in the full form (第二次世界大战 for 二战).
ORDINAL = "第"


def expansions(index: Index, word: str) -> tuple[str, ...]:
    """The corpus terms ``word`` abbreviates, the dictionary's first, then the most frequent
    (none for a word the corpus writes, or of one character or more than three)."""
    if not 2 <= len(word) <= 3 or index.doc_freq(word) > 0:
        return ()
    named = abbreviated(word)
    found = [full for full in named if index.doc_freq(full) > 0]
    fitting = sorted(
        (
            term
            for prefix in (word[0], ORDINAL + word[0])
            for term in index.terms_starting(prefix, keep=lambda term, n=len(prefix): _shortens(word, term, n))
            if term not in found
        ),
        key=lambda term: (-index.doc_freq(term), term),
    )
    found += [term for term in fitting if named or _glossed_alike(word, term)]
    return tuple(found[:MOST])


def _shortens(word: str, term: str, prefix: int) -> bool:
    """Whether ``term`` (its first ``prefix`` characters the word's first, or 第 and it) fits as
    what ``word`` shortens: longer, at most :data:`LONGEST`, the word's last character its last,
    the others in order."""
    return len(word) < len(term) <= LONGEST and term[-1] == word[-1] and _in_order(word, term[prefix:])


def _in_order(word: str, rest: str) -> bool:
    """Whether ``word``'s characters after the first occur in ``rest`` in their order."""
    position = 0
    for char in word[1:]:
        position = rest.find(char, position)
        if position < 0:
            return False
        position += 1
    return True


def _glossed_alike(word: str, term: str) -> bool:
    """Whether the dictionary glosses ``term`` with the words of one of ``word``'s senses (二战 and
    第二次世界大战: "World War II")."""
    own = {frozenset(sense.words) for sense in headword_senses(word) if sense.words}
    return any(frozenset(sense.words) in own for sense in headword_senses(term) if sense.words)
