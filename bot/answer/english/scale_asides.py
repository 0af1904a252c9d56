"""The scale an English question asks its answer in ("in 10,000s", ", in 100 million yuan",
"(hundred million yuan)"): a power of ten the texts write as a scale word (万, 亿), neither a
number the documents must hold nor words to search."""

from __future__ import annotations

import re

from index.english.forms import english_words
from index.english.kinds import terse


#: A power of ten as typed ("100", "10,000", "1000000"), a scale when it is said to be one.
POWER = r"1(?:0{2,}|0{0,2}(?:,000)+)"
_MAGNITUDE_WORD = r"(?:thousands?|millions?|billions?)"
#: The scale an answer is asked in, a power of ten: "in 10,000s", "in 1000s" (as a text writes
#: 30萬, thirty of ten thousands), "in units of 10,000" (or "of 100 million": 亿, not 100 and a
#: "million" to search), "in ten-thousands", "in hundreds of
#: millions (of yuan)" (46.8亿元) -- like "in thousands", no number to find, nor a word to search
#: (项万 for "ten thousands"). A magnitude alone before "of" counts things ("in *thousands of*
#: homes"), and stays.
#: Of those powers, the ones Chinese writes as a scale word (万, 10,000; 亿, 100,000,000): an
#: aside closing the question, ", in *10,000* yuan?" or "(in 10,000 yuan)?", or set between commas
#: (", in 10,000 yuan, after the increase?"), asks the answer in 万元, as "in 10,000s" asks it in
#: 万 -- not "installed in 10,000 homes", a count of them. A plural power alone in brackets,
#: "how many topics (10,000s)?", asks the scale as "(in 10,000s)" does. The aside may say how
#: the answer is given before the "in" (", *counted* in 10,000 person-times?", ", *measured* in
#: 10,000 tonnes") and name a unit written with a hyphen ("person-times", "kilowatt-hours"), and
#: what the unit measures after "of" (", in 10,000 *taels of silver*?", "tonnes of grain": 万两).
_ASIDE_VERB = r"(?:(?:counted|measured|expressed|given|stated|reported|calculated|quoted)\s+)?"
_ASIDE_UNIT = r"(?=\s+[a-z]+(?:[\s-]+[a-z]+)?(?:\s+of\s+[a-z]+)?\s*(?:\)?\s*\??\s*$|[,)]))"
_CHINESE_POWER = r"1(?:0{4,}|0{1,2}(?:,000)+|(?:,000){2,})"
_SCALE_RE = re.compile(
    rf"(?<=[,(])\s*{_ASIDE_VERB}in\s+{_CHINESE_POWER}{_ASIDE_UNIT}"
    # "how many topics (10,000s)?": a plural power alone in brackets, as "(in 10,000s)" asks
    rf"|(?<=\()\s*{POWER}['’]?s(?=\s*\))"
    rf"|\bin\s+(?:{POWER}['’]?s\b"
    rf"|(?:units\s+of\s+(?:{POWER}(?:\s+(?:thousand|million|billion)\b)?|(?:ten[\s-]+|a\s+hundred\s+|hundred\s+)?{_MAGNITUDE_WORD})"
    rf"|(?:ten[\s-]+|(?:tens|hundreds)\s+of\s+|a\s+hundred\s+|hundred[\s-]+){_MAGNITUDE_WORD})\b(?:\s+of\b)?"
    rf"|{_MAGNITUDE_WORD}\b(?!\s+of\b))",
    re.IGNORECASE,
)


_SCALE_SIZES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
#: The same aside with the power written with a magnitude word (", in *100 million* yuan", ", in
#: *10 thousand* yuan?"): 亿元 and 万元 asked as ", in 100,000,000 yuan" asks them.
_WORDED_SCALE_RE = re.compile(
    rf"(?<=[,(])\s*{_ASIDE_VERB}in\s+1(?:0{{1,2}}\s+(?:thousand|million)|\s+billion){_ASIDE_UNIT}",
    re.IGNORECASE,
)


#: A bracket holding only the scale and the unit names them as ", in ..." does, "in" or not:
#: "(hundred million yuan)", "(10,000 tonnes)", "(in ten thousand person-times)" -- 亿元, 万吨.
_BRACKET_SCALE_RE = re.compile(
    rf"(?<=\()\s*(?:in\s+)?(?:{_CHINESE_POWER}|1(?:0{{1,2}}\s+(?:thousand|million)|\s+billion)"
    r"|(?:a\s+)?(?:ten|hundred)[\s-]+(?:thousand|million))"
    r"(?=\s+(?!(?:in|of|at|to|for|from|by|or|and|per)\b)[a-z]+(?:[\s-]+[a-z]+)?\s*\))",  # not "(10,000 in all)"
    re.IGNORECASE,
)


#: The scale said where the count is asked, before its unit: "how many *ten-thousand* tonnes of
#: fruit", "how many *hundred million* dollars" (100億元: a hundred of 亿) -- the count asked is of the
#: scale word the texts write after the figure (万吨, 亿元), no thing to search (项万 for "ten
#: thousand"); and a worded plural scale alone in brackets, "how many (*ten-thousands*)?", as
#: "(10,000s)" asks it. Only the powers Chinese writes as a word of their own (万, 亿): "how many
#: thousand" is no scale a text writes (千 is a numeral's own digit).
_WORDED_POWER = r"(?:ten[\s-]+thousands?|tens\s+of\s+thousands|(?:a\s+)?hundreds?[\s-]+(?:of\s+)?millions?)"
_COUNTED_SCALE_RE = re.compile(
    rf"(?<=\bmany\s)(?:{_WORDED_POWER}|{_CHINESE_POWER}|10\s+thousand|100\s+million)(?=\s+(?:of\s+)?[a-z])"
    rf"|(?<=\()\s*{_WORDED_POWER}(?=\s*\))",
    re.IGNORECASE,
)


def _scales(text: str) -> list[re.Match[str]]:
    """The places ``text`` names the scale its answer is asked in, any way."""
    return [
        *_SCALE_RE.finditer(text), *_WORDED_SCALE_RE.finditer(text), *_BRACKET_SCALE_RE.finditer(text),
        *_COUNTED_SCALE_RE.finditer(text),
    ]


def asked_scale(text: str) -> float | None:
    """The power of ten ``text`` asks its answer in (:data:`_SCALE_RE`): 10,000 for "in
    ten-thousands" or "in units of 10,000", 100,000,000 for "in hundreds of millions of yuan";
    None when it names none (and for "in thousands": texts write no 千 as they write 万 and 亿;
    "in millions", "in billion yuan" are asked of figures written in 万 and 亿)."""
    for match in _scales(text):
        said = match.group().lower()
        digits = re.search(r"1[\d,]*", said)
        if digits is not None:  # "in 100 million yuan": a hundred of millions
            times = next((v for k, v in _SCALE_SIZES.items() if k in said), 1.0)
            return float(digits.group().replace(",", "")) * times
        size = next((v for k, v in _SCALE_SIZES.items() if k in said), None)
        times = 10.0 if re.search(r"\bten", said) else 100.0 if "hundred" in said else None
        if size is not None and times is not None:
            return size * times
        if size is not None and size >= 1e6:
            # "in billion yuan", "in millions": a scale whose figures the texts write with 万 or 亿
            # (21.7亿元: 2.17 billion; 260万人次: 2.6 million), which the figure asked reaches
            return size
    return None


def scale_counted(text: str) -> str:
    """``text`` read as the count it asks when it names the scale of its answer but no question
    word ("Visitors to the well in 2024, in ten-thousands?"): a figure in that scale is asked, as
    "how many visitors ..." asks it (多少万人次), not keywords for a passage alone; else as is."""
    if not _scales(text) or not terse(english_words(text)):
        return text
    return "how many " + text


def without_scale(text: str) -> str:
    """``text`` without the scale its answer is asked in (:data:`_SCALE_RE`)."""
    text = _BRACKET_SCALE_RE.sub(" ", _WORDED_SCALE_RE.sub(" ", _SCALE_RE.sub(" ", text)))
    return _COUNTED_SCALE_RE.sub(" ", text)
