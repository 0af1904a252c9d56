"""English agent nouns that the documents write as a verb with 者 after it.

"How many *signers* of the Declaration ...": CC-CEDICT has no "signer" the corpus writes, and the
translator reaches 签字 "to sign" only through the verb the noun is made from, which it trusts
little (a doer is not the deed: "governor" is no "govern"), so the question seemed to be about
something the documents lack. Chinese makes the doer of a verb with the suffix 者 (簽字者,
參與者, 讀者) -- a closed grammatical class of one, as English makes it with -er/-or -- so when a
document writes the verb's translation followed by 者, the noun is understood as that.
"""

from __future__ import annotations

import dataclasses

from index.english import EnglishQuery
from index.normalize import aligner_for
from index.search import Index

AGENT_SUFFIXES = ("er", "ers", "or", "ors")  # English nouns of a doer (signer, investors)
AGENT_MARK = "者"  # the Chinese suffix of a doer (簽字者)
AGENT_WRITTEN = 0.6  # how surely such a noun is understood when the texts write verb + 者
AGENT_SAMPLE = 40  # passages holding the verb's translation read, at most
_WEAK = 0.25  # a unit understood less than this is tried (bot.answer.english.ENGLISH_UNDERSTOOD)


def with_agents_written(index: Index, query: EnglishQuery) -> EnglishQuery:
    """``query`` with each weakly understood agent noun ("signers") whose translation a document
    writes with 者 after it (簽字者) understood as :data:`AGENT_WRITTEN`."""
    units = list(query.units)
    changed = False
    for n, unit in enumerate(units):
        word = unit.english.lower()
        if unit.action or unit.name or " " in word or not word.endswith(AGENT_SUFFIXES) or unit.understood >= _WEAK:
            continue
        if any(agent_written(index, term) for term, _ in unit.terms):
            sure = max(unit.confidence, AGENT_WRITTEN)
            units[n] = dataclasses.replace(unit, confidence=sure, understood=max(unit.understood, AGENT_WRITTEN))
            changed = True
    return dataclasses.replace(query, units=tuple(units)) if changed else query


def agent_written(index: Index, term: str) -> bool:
    """Whether some passage writes ``term`` (a corpus term, two characters or more) right before 者."""
    if len(term) < 2:
        return False
    for row in index.postings(term)[:AGENT_SAMPLE]:
        text = index.passage_text(int(row))
        if any(text[end : end + 1] == AGENT_MARK for _, end in aligner_for(text).spans(term)):
            return True
    return False
