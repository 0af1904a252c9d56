"""A thing asked about in an of-phrase that no document writes.

English names what a count or a kind is asked *of* in a phrase after "of": "how many pairs *of
reading glasses*", "how many cases *of statistical fraud*", "what brand *of artificial lens*".
The words before "of" say how the thing is counted or told apart (a measure, a kind); the
phrase's head -- its last word -- says what the thing is. When the dictionary translates that
head (眼镜, 诈骗, 透镜) and no document writes any of its translations, nor the word itself in
Latin letters, the documents never mention the thing: what the rest of the question finds
(the patients, the surgery, the county) is about something else, and nothing is shown.

Not a share of a whole ("what share *of payments* is settled electronically"): there the
of-phrase names the whole the share is taken of, which a text often leaves to be understood
(92.5%的交易 of the market); the share is what is asked. Not a phrase written in capitals (a
name: the documents may write it otherwise), nor one whose every conjunct is not lacking ("kinds
*of pills and powders*": 散 for powders is written). The words between the question word and
"of" are a noun phrase, never an auxiliary ("what *is* the elevation of ...": a property of a
named thing, :func:`~bot.answer.english.lacking.head_lacking`'s concern).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import NOT_SEARCHED, wholly_english
from bot.answer.english.figures import figure_word
from bot.answer.english.lacking import glossed
from index.english.glosses import gloss_index
from index.english.lemmas import lemmatize
from index.search import Index

if TYPE_CHECKING:
    from bot.answer.query import Query

#: English auxiliaries and copulas (a closed class of grammar): after "what", they open a
#: clause ("what *is* the elevation of"), not the noun phrase an of-phrase completes.
_AUXILIARIES = frozenset(
    "is was are were be been do does did has have had will would can could shall should may might must".split()
)

#: Determiners and possessives opening the of-phrase (a closed class), skipped before its words.
_DETERMINERS = r"(?:the|a|an|its|their|his|her|this|these|those|each|every)\s+"

#: Words that end the of-phrase: an auxiliary or a preposition opening what is said of the
#: thing ("pairs of reading glasses *were* given", "cases of fraud *in* ..."), or punctuation.
_PHRASE_END = (
    r"(?=\s+(?:" + "|".join(sorted(_AUXILIARIES)) + r"|in|at|on|for|to|by|from|with|during|after|before"
    r"|since|over|under|across|per|that|which|who)\b|\s*[?.,;:!(]|\s*$)"
)

#: "how many <measure> of <thing>", "what <kind> of <thing>": the words before "of" (one to
#: three, none a capitalised name's) and the thing's phrase, in lower case (no name).
_OF_PHRASE_RE = re.compile(
    r"\b(?i:how\s+many|how\s+much|what|which)\s+((?:[A-Za-z][\w'-]*\s+){1,3}?)of\s+(?:" + _DETERMINERS + r")?"
    r"((?:[a-z][a-z'-]*\s+){0,4}?[a-z][a-z'-]*)" + _PHRASE_END
)

#: A number (digits, a Chinese decimal unit after them) right before a measure word ``{}``.
_COUNTED_BY = r"\d(?:[\d.,．]*\d)?[万萬亿億千百十]*{}"

#: Conjunctions joining the thing's nouns ("pills and powders"): a closed class.
_CONJUNCTIONS_RE = re.compile(r"\s+(?:and|or)\s+")

#: A word form whose base the dictionary glosses as a verb more often than this ("paid": "to
#: pay") ends the noun phrase before it: what is said of the thing, not the thing.
VERB_SHARE = 0.5


def verb_form(word: str) -> bool:
    """Whether ``word`` is an inflected verb ("paid", "bought", "used"): a form in -ed, or one
    whose base differs from it and is glossed mostly as a verb (:data:`VERB_SHARE`)."""
    glosses = gloss_index()
    base = lemmatize(word, glosses.glossed)
    return word.endswith("ed") or (base != word and glosses.verb_share(base) > VERB_SHARE)


def _head(conjunct: str) -> str:
    """The last word of a conjunct of the thing's phrase, read up to a verb form after its
    first word ("school land *paid* for ...": "land")."""
    words = conjunct.split()
    end = next((n for n in range(1, len(words)) if verb_form(words[n])), len(words))
    return words[end - 1]


def of_thing(question: str) -> tuple[str, ...]:
    """The heads of the thing ``question`` asks a count or a kind of in an of-phrase ("how many
    pairs of reading glasses": ("glasses",); "kinds of pills and powders": ("pills",
    "powders"); "mu of school land paid for ...": ("land",)), empty when it asks none so."""
    found = _OF_PHRASE_RE.search(question)
    if found is None:
        return ()
    if any(word.lower() in _AUXILIARIES for word in found.group(1).split()):
        return ()
    return tuple(_head(conjunct) for conjunct in _CONJUNCTIONS_RE.split(found.group(2)))


def measure_counted(question: str, text: str) -> bool:
    """Whether ``text`` writes a number counted in a measure word CC-CEDICT gives for a word the
    ``question`` counts its thing in before "of" ("how many *sets* of brake pads": 副 "classifier
    for pairs, sets of things", 更换刹车片640副). Chinese names the kind of thing counted by its
    measure word: a text counting in the asked measure counts the asked things, though it names
    them by a word the dictionary does not give ("pads": 垫; the text's 刹车片)."""
    found = _OF_PHRASE_RE.search(question)
    if found is None:
        return False
    measures = gloss_index().measures
    classifiers = {c for word in found.group(1).lower().split() for c in measures.get(word, ())}
    return any(re.search(_COUNTED_BY.format(re.escape(c)), text) for c in classifiers)


def of_thing_lacking(index: Index, query: Query, text: str) -> bool:
    """Whether a wholly English question (not asking a share) asks a count or a kind of a thing
    named in an of-phrase (:func:`of_thing`) each of whose heads is a word the dictionary
    translates but no document writes -- nor in Latin letters -- so that the question searched
    nothing for it: the documents never mention what is asked. Not when the best passage's
    ``text`` counts in the measure asked (:func:`measure_counted`)."""
    if query.info.kind == "percent" or not wholly_english(query.question):
        return False
    heads = of_thing(query.question)
    if not heads or measure_counted(query.question, text):
        return False
    unsearched = {t.english.lower() for t in query.translations if t.term == NOT_SEARCHED}
    return all(
        head in unsearched and not head.endswith(("ing", "ed")) and not figure_word(head)
        and glossed(head) and index.doc_freq(head) == 0
        for head in heads
    )
