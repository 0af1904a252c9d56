"""Which word of an English count question's noun phrase the documents count.

"How many research *trips* did the leaders make": English puts the counted thing last, but the
texts may count the word before it -- 开展调研280次 counts 调研 (research) with 次, and never
writes a number before any translation of "trips" (旅, 旅游). When no translation of the
phrase's last word is counted anywhere in the corpus (:func:`corpus_measures`), the word
before it is counted instead if the corpus counts one of its translations -- a noun
("research"), not a word that only modifies one ("county-level": 县级, :data:`DISTINGUISHING`).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer.english.amounts import MEASURE_SAMPLE, corpus_measures, counted_as_written
from bot.answer.english.glossed import passages_with_all, written_before
from bot.question import COUNTED_DIMENSIONS
from index.figures import passage_figures
from index.figures.units import unit_dimension
from index.normalize import normalize
from index.english import EnglishUnit
from index.english.cedict import load_dictionary
from index.english.lemmas import lemmatize
from index.english.glosses import gloss_index
from index.english.head_measures import PERSONS, english_person_glossed
from index.search import Index

#: jieba's tag of a distinguishing word (县级 "county-level", 大型, 国有): it only modifies the noun
#: after it, which is what a figure before it counts (2900多名縣級領導: leaders) -- never the
#: thing a question counts, though the figure stands right before it.
DISTINGUISHING = "b"


def counted_before_head(
    index: Index, units: Sequence[EnglishUnit], choices: Sequence[str]
) -> tuple[str, frozenset[str]] | None:
    """The term the corpus counts among the translations of the word before the head of the
    question's focus, with its measure words, when none of ``choices`` (the head's
    translations, :func:`counted_terms`) is counted in the corpus; None otherwise. A head naming
    persons (:func:`~index.english.head_measures.english_person_glossed`) keeps its place, counted
    with the measure words of persons."""
    focus: list[EnglishUnit] = []
    for unit in (u for u in units if u.focus and not u.action and u.terms):
        if focus and focus[-1].terms[0][0] == unit.terms[0][0]:
            continue  # "deep-water": two words spelling one term (深水), one word of the phrase
        focus.append(unit)
    if len(focus) != 2 or not choices:
        return None  # (more words: a list, "counties, cities and districts", or a longer name)
    head, before = focus[-1], focus[-2]
    if not any(term in choices for term, _ in head.terms):
        return None  # the head was already left for the word before it (counted_terms)
    if any(corpus_measures(index, choice) for choice in choices):
        return None
    if english_person_glossed(head.english.split()[-1]):
        # "cruise *passengers*": the head names persons (乘客, a kind of 客), whom the texts count
        # in their measure words (郵輪旅客達12.6萬人次) -- the word before only names their kind
        # (邮轮94艘次 counts the ships); the head's translation is counted so
        return choices[0], PERSONS
    if any(_own_measure_beside(index, choice, [term for term, _ in before.terms]) for choice in choices):
        return None  # "drone *sorties*": 架次 is itself a measure word, written 无人机…1.46万架次
    for term, _ in before.terms:
        if len(term) < 2 or term in choices or index.tokenizer.tag(term) == DISTINGUISHING:
            continue
        if any(written_before(index, term, choice) for choice in choices):
            # the head is written right after it (临时党支部): a thing of its own, named so --
            # not merely in the same passage (7座深水碼頭 ... 停靠4艘: "deep-water berths")
            continue
        shown = corpus_measures(index, term)
        if shown:
            return term, shown
    return None


def _own_measure_beside(index: Index, choice: str, before: Sequence[str]) -> bool:
    """Whether ``choice`` (a translation of the head of a count's noun phrase) is itself a measure
    word of things, people or events (架次, 人次, 场次) that a passage naming a translation of the
    word before the head writes after a figure (无人机83架，累计巡飞1.46万架次: the head counts
    itself -- no thing whose place the word before takes)."""
    if unit_dimension(choice) not in COUNTED_DIMENSIONS:
        return False
    for term in before:
        for row in passages_with_all(index, [term, choice])[:MEASURE_SAMPLE].tolist():
            if any(f.unit and normalize(f.unit) == choice for f in passage_figures(index.passage_text(int(row)))):
                return True
    return False


def counted_instead(index: Index, units: Sequence[EnglishUnit]) -> bool:
    """Whether a count question's two-word focus has its head's place taken by the word before
    it (:func:`counted_before_head`, with the head's own translations): then the head found only
    in documents not naming the question's names ("research *trips*": 旅游 only in a tourism
    bureau's name elsewhere) says nothing of another topic -- the texts count the research."""
    focus = [unit for unit in units if unit.focus and not unit.action and unit.terms]
    if len(focus) != 2 or not focus[-1].elsewhere:
        return False
    choices = [term for term, _ in focus[-1].terms]
    found = counted_before_head(index, units, choices)
    return found is not None and found[0] not in choices  # (not the head itself, of persons)


def counted_as_glossed(units: Sequence[EnglishUnit]) -> str | None:
    """The translation of the word before the head of a two-word focus that the dictionary's own
    word for the whole phrase ends in, when that word holds none of the head's translations:
    "case *studies*" is glossed 经典案例 -- a Chinese compound ends in its head, so the thing
    counted is 案例 (a case), and 研究, 读书 ("studies") only named its kind in English. None
    otherwise (one character ends too many words to say so)."""
    focus = [u for u in units if u.focus and not u.action and u.terms]
    if len(focus) != 2:
        return None
    before, head = focus
    known = load_dictionary().known
    words = [lemmatize(word, known) for word in f"{before.english} {head.english}".lower().split()]
    heads = gloss_index().phrase_heads(words)
    if not heads or any(term in word for word in heads for term, _ in head.terms):
        return None
    return next(
        (term for term, _ in before.terms if len(term) > 1 and any(w != term and w.endswith(term) for w in heads)),
        None,
    )


def counted_in_corpus(
    index: Index, units: Sequence[EnglishUnit], choices: Sequence[str]
) -> tuple[str | None, frozenset[str] | None]:
    """The term a count question counts and the measure words the corpus counts it with (None:
    not read): :func:`counted_as_glossed`, else :func:`counted_before_head`, else
    :func:`counted_as_written`."""
    glossed = counted_as_glossed(units)
    if glossed is not None:
        return glossed, corpus_measures(index, glossed)
    before = counted_before_head(index, units, choices)
    return before if before is not None else counted_as_written(index, choices)
