"""A deputy's title the dictionary spells otherwise: "the *deputy director* of the housing
bureau" is 副局长 in the text -- 副 ("deputy") before the head of the body another word of the
question is searched as (局长 for "bureau"), where CC-CEDICT's "deputy director" is 副主任.

Chinese makes a deputy's title by a one-character prefix (副, 代) before the title of the one
deputised for, and names that title by the body headed (局 → 局长, 厅 → 厅长); English names the
rank generically ("director", "head") and the body apart. So a phrase no corpus term translates
whose first word glosses a one-character headword is tried as that character before each term
another unit of the question is searched as; the forms the documents write are its translation.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.answer.english.adjacent import written_together
from index.english import EnglishUnit
from index.english.cedict import load_dictionary
from index.english.cedict_senses import headword_senses
from index.english.glosses import gloss_index
from index.search import Index

#: How surely a deputy's title is the prefix before the title another word names (副 + 局长).
TITLE_SURE = 0.8
#: English words naming the one at the head of a body, and the character Chinese makes that
#: title with after the body's last character (局 -> 局长, 会 -> 会长, 校 -> 校长).
HEAD_WORDS = frozenset({"head", "heads", "headed", "chief"})
HEAD_SUFFIX = "长"
#: Words of a gloss saying a headword in 长 is the title of a body's head (局长 "bureau chief",
#: 会长 "president of a club, committee etc"; not 全长 "overall length").
TITLE_GLOSS = frozenset({"chief", "head", "director", "president", "chairman", "leader", "mayor", "principal"})


def deputy_titles(index: Index, units: Sequence[EnglishUnit]) -> tuple[EnglishUnit, ...]:
    """``units`` with a phrase no corpus term translates ("deputy director") read as the
    one-character headword of its first word (副) before a term another unit is searched as
    (局长), where the corpus holds the joined form (副局长)."""
    glossed = gloss_index().glossed
    out = list(units)
    for n, unit in enumerate(units):
        words = unit.english.lower().split()
        if unit.terms or unit.name or unit.action or len(words) < 2:
            continue
        prefixes = [head for head in glossed.get(words[0], ()) if len(head) == 1]
        titles = [
            prefix + term
            for other in units if other is not unit
            for term, _ in other.terms if len(term) >= 2
            for prefix in prefixes
        ]
        found = tuple(dict.fromkeys(title for title in titles if index.doc_freq(title) > 0))
        if found:
            out[n] = dataclasses.replace(
                unit, terms=tuple((title, TITLE_SURE) for title in found),
                confidence=TITLE_SURE, understood=max(unit.understood, TITLE_SURE),
            )
    return tuple(out)


def deputies_of_heads(index: Index, text: str, units: Sequence[EnglishUnit]) -> tuple[EnglishUnit, ...]:
    """``units`` with a word ("*deputy* head") written right before a
    word searched as a title (局长, as :func:`heads_of` reads "head" of a bureau) read together
    with it as one title: the one-character headword of the first word (副) before that title,
    where the corpus holds the joined form (副局长) -- as :func:`deputy_titles` reads a phrase
    the dictionary glosses whole ("deputy director"). The joined form replaces the word's own
    senses (代表 "deputy" as a delegate): written as one title, the two words are one."""
    glossed = gloss_index().glossed
    out: list[EnglishUnit] = []
    n = 0
    while n < len(units):
        unit = units[n]
        after = units[n + 1] if n + 1 < len(units) else None
        if (
            after is not None and not (unit.name or unit.action or after.name or after.action)
            and " " not in unit.english and after.terms and written_together(text, unit, after)
        ):
            prefixes = [head for head in glossed.get(unit.english.lower(), ()) if len(head) == 1]
            found = tuple(dict.fromkeys(
                prefix + term
                for term, _ in after.terms if len(term) >= 2 and _titles_a_head(term)
                for prefix in prefixes if index.doc_freq(prefix + term) > 0
            ))
            if found:
                out.append(dataclasses.replace(
                    after, english=f"{unit.english} {after.english}",
                    terms=tuple((title, TITLE_SURE) for title in found),
                    confidence=TITLE_SURE, understood=max(after.understood, TITLE_SURE),
                    focus=unit.focus or after.focus, elsewhere=False, measure=False, classifiers=(),
                ))
                n += 2
                continue
        out.append(unit)
        n += 1
    return tuple(out)


def heads_of(index: Index, units: Sequence[EnglishUnit]) -> tuple[EnglishUnit, ...]:
    """``units`` with a word for the head of a body ("the chamber of commerce *head*", "who
    *heads* the bureau") also searched as the title Chinese makes of the body another unit is
    searched as: its last character + 长 (商会 -> 会长), a word of the dictionary the corpus
    writes. English names the rank generically; Chinese titles the head by the body headed."""
    known = load_dictionary().glosses
    out = list(units)
    for n, unit in enumerate(units):
        if unit.english.lower() not in HEAD_WORDS:
            continue
        titles = [  # a body's term (商会 -> 会长), or a head's title another word is read as (局长)
            term if term.endswith(HEAD_SUFFIX) else term[-1] + HEAD_SUFFIX
            for other in units if other is not unit and not other.name
            for term, _ in other.terms if len(term) >= 2
        ]
        have = {term for term, _ in unit.terms}
        found = tuple(dict.fromkeys(
            title for title in titles
            if title in known and title not in have and _titles_a_head(title) and index.doc_freq(title) > 0
        ))
        if found:
            out[n] = dataclasses.replace(
                unit, terms=tuple((title, TITLE_SURE) for title in found) + unit.terms,
                confidence=max(unit.confidence, TITLE_SURE), understood=max(unit.understood, TITLE_SURE),
                # the word's own senses (首, 头) were elsewhere; a title a document naming the
                # question's names writes is not ("the head of Yuanbu's bureau": 局长 there)
                elsewhere=unit.elsewhere and not any(_with_names(index, title, units) for title in found),
            )
    return tuple(out)


def _with_names(index: Index, term: str, units: Sequence[EnglishUnit]) -> bool:
    """Whether a document writing ``term`` writes a translation of each name among ``units``."""
    names = [unit for unit in units if unit.name and unit.terms]
    if not names:
        return False
    documents = {index.passage_document(int(p)) for p in index.postings(term)}
    return all(
        any(documents.intersection(index.passage_document(int(p)) for p in index.postings(name)) for name, _ in unit.terms)
        for unit in names
    )


def _titles_a_head(title: str) -> bool:
    """Whether the dictionary glosses ``title`` as the head of something (:data:`TITLE_GLOSS`)."""
    return any(word in TITLE_GLOSS for sense in headword_senses(title) for word in sense.words)
