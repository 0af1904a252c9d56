"""Things an English question names by a number after a noun: "Line 3", "Building 2", "Phase 1".

English writes the number after the noun, Chinese before it, with 号 or as an ordinal (3号线,
2号楼, 第一期): the noun's sense meant is the one a passage writes so after the number (线 of
"line", not 队伍 "a line of people"), and the thing is searched as the passage writes it, as a
Chinese question naming 3号线 is -- and, like it, a passage naming only other numbers of the kind
(1号线, 2号线) speaks of another (:func:`bot.answer.instances.names_another`). An ordinal
before a noun ("the *second batch*": 第二批) is one thing so too.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from index.english import EnglishQuery, EnglishUnit

#: A noun and the number after it: "Line 3", "line no. 4"; not a number going on as a figure
#: ("3.5", "3,000", "3%", "3-4") or a time of day ("10:30").
_NOUN_NUMBER_RE = re.compile(
    r"\b([A-Za-z]{2,})\s+(?:no\.?\s*)?(\d{1,3})(?![\d.,%:\-/]\d|\d|%)", re.IGNORECASE
)
#: "No." and the number before a noun: "the *No. 3* cold store", as Chinese writes 3号冷库.
_NUMBER_NOUN_RE = re.compile(r"\bno\.?\s*(\d{1,3})\s+([A-Za-z]{2,})", re.IGNORECASE)
_CHINESE_NUMBERS = "一二三四五六七八九十"


def _written_forms(number: str, sense: str) -> tuple[tuple[str, str, str], ...]:
    """How Chinese writes the thing ``sense`` numbered ``number``: (text, the number as it
    writes it, the word after the number as :func:`~bot.answer.instances.numbered_by_name`
    reads it) -- 第三期 numbers it 三, which a passage naming 第二期 alone is told apart by."""
    forms = [(f"{number}号{sense}", number, f"号{sense}"), (f"第{number}{sense}", number, sense)]
    if 1 <= int(number) <= len(_CHINESE_NUMBERS):
        chinese = _CHINESE_NUMBERS[int(number) - 1]
        forms.append((f"第{chinese}{sense}", chinese, sense))
    return tuple(forms)


def numbered_things(
    query: EnglishQuery,
    text: str,
    spelled: dict[int, tuple[str, ...]],
    senses: Callable[[str], Sequence[str]],
    written: Callable[[str], tuple[str, ...] | None],
) -> tuple[EnglishQuery, tuple[tuple[str, str, str], ...]]:
    """``query`` with each thing the question ``text`` names by a noun and a number after it
    ("Line 3") found as a passage writes it (3号线: ``written(head)`` gives its search variants,
    None when no passage writes it), trying the noun's dictionary ``senses`` likeliest first;
    ``spelled`` is updated with the units found so. Also the things found, as the Chinese
    reading names them (("", "3", "号线")), for telling passages about another number apart."""
    units = list(query.units)
    named: list[tuple[str, str, str]] = []
    found_in = [(m.group(1).lower(), m.group(2), False) for m in _NOUN_NUMBER_RE.finditer(text)]
    # "No. 3 cold store", "No. 2 grain depot": the number before the noun, whose unit may be a
    # phrase it begins (粮库 for "grain depot"), which the passage writes after 号 (2号粮库)
    found_in += [(m.group(2).lower(), m.group(1), True) for m in _NUMBER_NOUN_RE.finditer(text)]
    for word, number, before in found_in:
        at = next(
            (n for n, unit in enumerate(units)
             if n not in spelled and not unit.action
             and (unit.english.lower() == word or (before and unit.english.lower().startswith(word + " ")))),
            None,
        )
        if at is None:
            continue
        shown = f"No. {number} {units[at].english}" if before else f"{units[at].english} {number}"
        tried = (*(term for term, _ in units[at].terms), *senses(word)) if before else senses(word)
        for sense in dict.fromkeys(tried):
            found = next(
                ((variants, written_number, kind) for head, written_number, kind in _written_forms(number, sense)
                 if (variants := written(head)) is not None),
                None,
            )
            if found is not None:
                variants, written_number, kind = found
                spelled[at] = variants
                units[at] = dataclasses.replace(
                    units[at], english=shown, confidence=1.0, understood=1.0,
                )
                named.append(("", written_number, kind))
                break
    units = _ordinals_joined(units, text, spelled, senses, written, named)
    return dataclasses.replace(query, units=tuple(units)), tuple(named)


#: An English ordinal before a noun ("the *second batch*"): Chinese writes it 第二批 -- or, for a
#: stage of one work, the numeral alone before a one-character noun ("the *first phase*": 一期工程,
#: "the second phase": 二期).
_ORDINAL_NOUN_RE = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|(?:[2-9]|10)(?:nd|rd|th))"
    r"\s+([A-Za-z]{2,})\b",
    re.IGNORECASE,
)
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def _ordinals_joined(
    units: list[EnglishUnit],
    text: str,
    spelled: dict[int, tuple[str, ...]],
    senses: Callable[[str], Sequence[str]],
    written: Callable[[str], tuple[str, ...] | None],
    named: list[tuple[str, str, str]],
) -> list[EnglishUnit]:
    """``units`` with an ordinal and the noun after it ("the *second batch*") joined into one
    thing found as a passage writes it (第二批), trying the noun's senses likeliest first -- not
    two words each translated apart (second: 第二/次/再; batch: 一次/第一/案例), whose senses
    also find the first batch (第一批) beside it. ``spelled`` and ``named`` are updated."""
    for match in _ORDINAL_NOUN_RE.finditer(text):
        ordinal, word = match.group(1).lower(), match.group(2).lower()
        number = _ORDINAL_WORDS.index(ordinal) + 1 if ordinal in _ORDINAL_WORDS else int(ordinal[:-2])
        at = next((n for n, unit in enumerate(units) if n not in spelled and unit.english.lower() == ordinal), None)
        if at is None or at + 1 >= len(units) or at + 1 in spelled or units[at + 1].english.lower() != word:
            continue
        # the noun's senses, and CC-CEDICT's measure words for it (批 for "batch"), which 第 numbers
        for sense in dict.fromkeys((*senses(word), *units[at + 1].classifiers)):
            forms = [form for form in _written_forms(str(number), sense) if form[0].startswith("第")]
            if len(sense) == 1 and not units[at + 1].action:  # 一期工程: the numeral alone before a noun
                forms.append((f"{_CHINESE_NUMBERS[number - 1]}{sense}", _CHINESE_NUMBERS[number - 1], sense))
            found = next(((variants, n, kind) for head, n, kind in forms if (variants := written(head)) is not None), None)
            if found is None:
                continue
            variants, written_number, kind = found
            joined = dataclasses.replace(
                units[at + 1], english=f"{ordinal} {word}", confidence=1.0, understood=1.0,
            )
            units = [*units[:at], joined, *units[at + 2 :]]
            moved = {(k - 1 if k > at else k): v for k, v in spelled.items()}
            moved[at] = variants
            spelled.clear()
            spelled.update(moved)
            named.append(("", written_number, kind))
            break
    return units


#: "the second round", "its third phase": an ordinal a determiner puts before a noun, naming one
#: item of a series (not "first" as an adverb: "when was it first built").
_ORDINAL_NAMED_RE = re.compile(r"\b(?:the|its|their|this|that)\s+" + _ORDINAL_NOUN_RE.pattern, re.IGNORECASE)


def ordinal_asked(text: str) -> int | None:
    """The number of the item of a series the English question ``text`` names by an ordinal
    ("the *second* round of the campaign": 2), or None when it names none or several."""
    numbers = {
        _ORDINAL_WORDS.index(o) + 1 if (o := m.group(1).lower()) in _ORDINAL_WORDS else int(o[:-2])
        for m in _ORDINAL_NAMED_RE.finditer(text)
    }
    return numbers.pop() if len(numbers) == 1 else None
