"""An English question's units read with its names as the documents write them, and read again
with those names as context (:func:`bot.answer.english.english_words` puts them together)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from bot.answer.english.agents import with_agents_written
from bot.answer.english.figures import unit_symbols
from bot.answer.english.korean import korean_names
from bot.answer.english.names import latin_base_forms, romanised_names, without_code_pieces, written_name
from bot.answer.english.spellings import most_written_spellings
from index.english import EnglishQuery
from index.search import Index


def named_units(
    index: Index, text: str, context: Sequence[str], codes: Sequence[str], mixed: bool
) -> tuple[EnglishQuery, dict[int, tuple[str, ...]]]:
    """The translated units of ``text`` (its other corpus terms ``context``), with its names
    found as the documents write them: unit -> the name's search variants (whole, then pieces)."""
    query = index.english().translate(text, context)
    if not mixed:  # "how deep ..., in *km*": a unit of measure (among Chinese words, a name's letters)
        query = unit_symbols(query)
    query = with_agents_written(index, without_code_pieces(latin_base_forms(index, query), codes))
    # unit -> a name's phrase word, as written
    query, spelled = romanised_names(index, query, text)
    if any(unit.written for unit in query.units):
        units = list(query.units)
        for n, unit in enumerate(units):
            for head, score in unit.written:
                variants = written_name(index, head)
                if variants is not None:
                    spelled[n] = variants
                    units[n] = dataclasses.replace(unit, confidence=score, understood=score)
                    break
        query = dataclasses.replace(query, units=tuple(units))
    if not mixed:  # "Hongchuan": 泓川 (cut 泓 + 川), written throughout, over the term 红船
        query, spelled = most_written_spellings(index, query, spelled)
    if not mixed:  # "Gaero", "Yeon Gaesomun": a Korean name, as the documents write it (盖卤, 渊盖苏文)
        query, spelled = korean_names(index, query, spelled)
    return query, spelled


def surer_of(first: EnglishQuery, second: EnglishQuery) -> EnglishQuery:
    """``second`` (read with more context) with each unit as surely understood as in ``first``
    when it was surer there (the same units, read twice); a verb as ``first`` read it: a name's
    passages tell much that was done, and vouch for no verb of the question ("declare himself
    king": 宣布 is written beside 耶律留哥, of something else)."""
    if [u.english for u in first.units] != [u.english for u in second.units]:
        return second
    units = tuple(
        a if a.action else dataclasses.replace(
            b, confidence=max(a.confidence, b.confidence), understood=max(a.understood, b.understood)
        )
        for a, b in zip(first.units, second.units)
    )
    return dataclasses.replace(second, units=units)
