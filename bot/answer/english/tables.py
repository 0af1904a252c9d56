"""The tables a wholly English question reads out of CC-CEDICT beyond the translator's own: each is
built once per process, on first use, by the module that reads it (0.02-0.23 s each, about a second
in all). :func:`warm_tables` builds them ahead of time -- :meth:`bot.engine.Engine.warm_up` calls it
in the background after start-up, with the dictionary, its gloss index and the romanisations of
names --, so that no reader's first question of a kind waits for one.

A module adding such a table adds its builder to :data:`BUILDERS` (the builders are the modules'
own, private to them otherwise: this list is the one place that knows them all)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.answer.english import kind_named, names, role_named, romanised_measures, sums, this_time, unique_things, unit_glosses
from index.english import cedict, dynasties, glosses, head_measures, korean, other_writings, share_glossed

#: Each table's builder (an ``lru_cache``-d function of no argument), cheapest last.
BUILDERS: tuple[Callable[[], Any], ...] = (
    cedict.transliteration_shares,
    cedict._unconverted,
    sums._glossed_by_phrase,
    unit_glosses.labelled_units,
    romanised_measures.measure_characters,
    other_writings._names,
    other_writings._taiwan_marks,
    other_writings._unmarked_alike,
    unique_things._glossed_with_article,
    head_measures._heads,
    head_measures._character_glosses,
    kind_named._one_character_glosses,
    kind_named._glossed_characters,
    korean._readings,
    korean._first_characters,
    glosses._proper_text,
    dynasties.dynasty_qualifiers,
    share_glossed.share_nouns,
    role_named.surname_characters,
    dynasties.dynasty_characters,
    names._by_syllable,
    this_time.glossed_last_year,
    cedict.surnames,
)


def warm_tables() -> None:
    """Build every table of :data:`BUILDERS` now (each only once per process)."""
    for build in BUILDERS:
        build()
