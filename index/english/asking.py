"""What an English question asks of its units: the focus up to its verb, an amount the figures
measure (面积, 人口) and what it is measured in, the doer a "who" verb asks for (創辦人), a span of
time "how long" asks, a unit of measure as what a count counts ("in metres")."""

from __future__ import annotations

import dataclasses
from collections.abc import Container, Sequence

from index.english.cedict import load_dictionary
from index.english.focus import Question
from index.english.lemmas import lemmatize
from index.english.glosses import gloss_index
from index.english.kinds import HOW_MUCH_VERBS, amount_verb_asked, how_dimension
from index.english.query import EnglishUnit
from index.english.units import Unit
from index.figures import unit_dimension
from index.figures.units import UNIT_MEASURES, measured

#: What makes a verb's doer of it (创办 -> 创办人 "founder", 设计 -> 设计者, 记 -> 记者).
_AGENT_SUFFIXES = ("人", "者")
#: Verbs with which "how long" asks a span of time ("how long did it *last*", "*take*", "*stay*").
_DURATION_VERBS = frozenset("last take stay remain serve spend wait live".split())
_PERIOD = "期"  # 合同期, 任期, 工期: the period of what stands before it


def before_verb(
    focus: tuple[int, int] | None, units: Sequence[Unit], actions: Sequence[bool], positions: Sequence[int]
) -> tuple[int, int] | None:
    """The focus up to its verb: "how many *tourists* visit Sayram Lake", "how many *people*
    live in Alabama" -- a present-tense verb, which :func:`~index.english.focus.focus_span`
    cannot tell from a noun by its form, ends the noun phrase asked about."""
    if focus is None:
        return None
    inside = [n for n, unit in enumerate(units) if focus[0] <= positions[unit.start] < focus[1]]
    for n in inside[1:]:
        if actions[n]:
            return focus[0], positions[units[n].start]
    return focus


def measured_focus(units: Sequence[EnglishUnit]) -> bool:
    """Whether the thing asked about is an amount that figures measure: a translation of its
    head word names one (面积, 人口, 海拔, 资本 -- :func:`index.figures.units.measured`)."""
    focus = [u for u in units if u.focus and not u.action and u.terms]
    return bool(focus) and any(term_measured(focus[-1], term) is not None for term, _ in focus[-1].terms)


def term_measured(unit: EnglishUnit, term: str) -> str | None:
    """What ``term``, a translation of ``unit``, measures: :func:`measured`, else what the head
    of the English phrase names when the term is written with it -- "wholesale *price*": 批发价
    ends in 价, a word the dictionary glosses "price", whose other words for it measure money
    (价格); a kind of price is a price, whatever list of prices the Chinese side holds. Only
    a head all of whose measured words measure one amount in units (:data:`UNIT_MEASURES`)."""
    found = measured(term)
    words = unit.english.lower().split()
    if found is not None or len(words) < 2:
        return found
    heads = gloss_index().glossed.get(lemmatize(words[-1], load_dictionary().known), ())
    named = {measured(head) for head in heads} - {None}
    if len(named) != 1 or not named <= UNIT_MEASURES:
        return None
    return next(iter(named)) if any(term.endswith(head) and term != head for head in heads) else None


def measured_noun(unit: EnglishUnit) -> bool:
    """Whether the noun a "what"/"which" question asks of ("at what *elevations*", "what
    *temperature*") names an amount measured in a unit: its best translation does (海拔: a
    length) -- not one of its senses only ("which *areas*": 区 before 面积)."""
    return not unit.action and bool(unit.terms) and measured(unit.terms[0][0]) in UNIT_MEASURES


def measured_amount(unit: EnglishUnit) -> bool:
    """Whether ``unit`` names an amount figures measure or count as a whole by its best
    translation (全长, 面积, 人口): a noun, not a verb."""
    return not unit.action and bool(unit.terms) and term_measured(unit, unit.terms[0][0]) is not None


def asked_dimension(question: Question, units: Sequence[EnglishUnit], terms: Container[str] = ()) -> str | None:
    """What the amount a question asks measures: what a translation of the thing asked about
    names ("the *area* of": 面积, an area; "the *population*": 人口, people), else what "how
    *tall*/*large*/*thick*" asks (:func:`~index.english.kinds.how_dimension`) or "how much"
    with a verb of paying or weighing (:data:`~index.english.kinds.HOW_MUCH_VERBS`). Only amounts
    measured in units (:data:`UNIT_MEASURES`), not counts."""
    focus = [u for u in units if u.focus and not u.action and u.terms]
    if focus and not _counted_plural(question, focus[-1]):
        for term, _ in focus[-1].terms:
            dimension = term_measured(focus[-1], term)
            if dimension in UNIT_MEASURES:  # not people: "how many people" counts with 人, 名
                return dimension
    for position in sorted(question.measured):
        dimension = how_dimension(question.words[position])
        if dimension is not None:
            return dimension
        if question.words[position] == "long" and not _lasting(question, units, terms):
            return "length"  # "how long is the runway", as 跑道多长 asks (任期多长: a time)
    words = question.words
    if any(words[k : k + 2] == ("how", "much") for k in range(len(words) - 1)):
        # "how much did the bridge *cost*": money; "how much did it *weigh*": a mass
        return next((HOW_MUCH_VERBS[lemma] for lemma in question.lemmas if lemma in HOW_MUCH_VERBS), None)
    return amount_verb_asked(words)  # "what did it *cost*": money


def _counted_plural(question: Question, head: EnglishUnit) -> bool:
    """Whether "how many" asks a number of the plural thing ``head`` ("how many county-level
    *areas*": 68個縣), not an amount one of its translations measures (面积, an area): English
    counts things in the plural, and measures an amount in the singular ("what is the *area*")."""
    words = question.words
    if not any(words[k : k + 2] == ("how", "many") for k in range(len(words) - 1)):
        return False
    last = head.english.split()[-1]
    if last not in question.surfaces:
        return False
    return question.lemmas[question.surfaces.index(last)] != last


def with_agents(unit: EnglishUnit, terms: Container[str]) -> EnglishUnit:
    """``unit``, a verb of a "who" question ("who *founded* it"), with the nouns for its doer
    that the corpus writes (创办人 "founder" for 创办), as surely as the verb: a text names the
    person asked about so (其創辦人為英斂之)."""
    agents = [
        (term + suffix, weight) for term, weight in unit.terms if len(term) > 1
        for suffix in _AGENT_SUFFIXES if term + suffix in terms
    ]
    if not agents:
        return unit
    merged = dict(unit.terms)
    for term, weight in agents:
        merged[term] = max(merged.get(term, 0.0), weight)
    return dataclasses.replace(unit, terms=tuple(sorted(merged.items(), key=lambda item: (-item[1], item[0]))))


def _lasting(question: Question, units: Sequence[EnglishUnit], terms: Container[str]) -> bool:
    """Whether "how long" asks a span of time: with a verb of lasting, or about a thing a
    translation of which names a period (任期 "term", 寿命) or has one the corpus writes (合同
    "contract": 合同期, a term of ``terms``)."""
    asked = {question.words[position] for position in question.measured}  # "long" itself: 长期 is no period of a thing
    return any(lemma in _DURATION_VERBS for lemma in question.lemmas) or any(
        measured(term) == "time" or term + _PERIOD in terms
        for unit in units if unit.english not in asked for term, _ in unit.terms
    )


def unit_as_focus(units: Sequence[EnglishUnit]) -> list[EnglishUnit]:
    """A count asked without naming what it counts ("how tall is it *in metres*", "how large
    ... in square kilometres") counts the unit of measure the question names: as 多少公尺."""
    out = list(units)
    for n, unit in enumerate(out):
        if not unit.action and unit.terms and unit_dimension(unit.terms[0][0]) in UNIT_MEASURES:
            out[n] = dataclasses.replace(unit, focus=True)
            break
    return out
