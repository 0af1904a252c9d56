"""The cardinal numbers an English question spells in words ("the *three* 'number one projects'",
"the *seven*-day sessions"): numbers the question itself gives. A count a text spells in the same
Chinese numerals (三个“一号工程”) names the thing the question names by it, and is not the count
asked (:mod:`bot.answer.figure.spelled`).

The words are a closed class of English grammar (the cardinals up to nineteen, the tens, and a ten
joined to a unit by a hyphen: "twenty-five"); a year, an ordinal ("first", "second") or "a" is none.
"""

from __future__ import annotations

import re

_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_VALUES = {**{word: n for n, word in enumerate(_UNITS)}, **_TENS}
#: A number word standing alone or before a hyphen ("seven-day"), or a ten joined to a unit ("twenty-five").
_NUMBER_RE = re.compile(
    r"(?<![\w'’-])(" + "|".join(sorted(_VALUES, key=len, reverse=True)) + r")(?:-(" + "|".join(_UNITS[1:10]) + r"))?(?![\w'’])",
    re.IGNORECASE,
)


def spelled_numbers(text: str) -> tuple[float, ...]:
    """The values of the cardinal numbers ``text`` spells in words, in order ("How many seven-day
    sessions ... at least one topic": 7, 1)."""
    out: list[float] = []
    for match in _NUMBER_RE.finditer(text):
        tens, unit = match.group(1).lower(), match.group(2)
        if unit is not None and tens not in _TENS:  # "one-two": no number; each is one
            out.extend((float(_VALUES[tens]), float(_VALUES[unit.lower()])))
            continue
        out.append(float(_VALUES[tens] + (_VALUES[unit.lower()] if unit else 0)))
    return tuple(out)


#: A number (in digits or words) joined by a hyphen to the word after it: "seven-day", "3-year".
_HYPHENED_RE = re.compile(r"(?<![\w'’-])(\d+(?:\.\d+)?|" + "|".join(sorted(_VALUES, key=len, reverse=True)) + r")-([a-z]+)\b", re.IGNORECASE)


def hyphened(text: str) -> list[tuple[float, str]]:
    """The numbers ``text`` joins by a hyphen to a word, with the word ("seven-day": (7, "day"))."""
    out = []
    for match in _HYPHENED_RE.finditer(text):
        number, word = match.group(1), match.group(2)
        value = float(number) if number[0].isdigit() else float(_VALUES[number.lower()])
        if word.lower() not in _VALUES:  # "twenty-five" is one number
            out.append((value, word))
    return out
