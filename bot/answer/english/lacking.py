"""Things an English question names that the documents lack, though its other words find them:
the question is about something else, and nothing is shown (as for a Chinese question naming a
thing no document writes)."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from bot.answer.english.adjacent import written_together
from bot.answer.english.figures import figure_word
from bot.answer.english.names import latin_at_home
from index.english import EnglishUnit
from index.english.lemmas import lemmatize
from index.english.glosses import gloss_index
from index.search import Index


def head_lacking(index: Index, units: Sequence[EnglishUnit], found: Container[int]) -> bool:
    """Whether the head of what is asked ("the on-grid electricity *price*", the last word of the
    focus) is a word the dictionary translates (价格, 电价) none of whose translations any
    document writes: what is asked is something the documents lack, however much else the
    question names that they have (the wind farm, kilowatt-hours). ``found`` are the units
    found otherwise (names as written, units of measure)."""
    head = next((n for n in range(len(units) - 1, -1, -1) if units[n].focus and not units[n].action), None)
    if head is None or head in found:
        return False
    unit = units[head]
    return (
        not unit.terms and " " not in unit.english and not figure_word(unit.english)
        and not latin_at_home(index, unit, units) and glossed(unit.english)
    )


def named_thing_lacking(index: Index, units: Sequence[EnglishUnit], found: Container[int]) -> bool:
    """Whether the question names in several words a thing the dictionary has ("mapo tofu":
    麻婆豆腐) that no document writes, nor anything one of its words means (豆腐): "a good
    recipe" alone finds 做法 and 好 in the article. ``found`` as for :func:`head_lacking`."""
    translator = index.english()
    return any(
        " " in unit.english and not unit.terms and not unit.action and n not in found
        and not latin_at_home(index, unit, units)
        and not any(translator.senses(word) for word in unit.english.split())
        for n, unit in enumerate(units)
    )


#: The ordinal numerals (a closed class of English grammar): "the *second round*", "the *first
#: edition*" name an instance of a thing (instance_apart's concern), not a kind of it.
_ORDINAL_RE = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$")


def ordinal(english: str) -> bool:
    """Whether an English unit is an ordinal numeral ("first"): a number, which says where in a
    row a thing stands, not what the thing is (:data:`_ORDINAL_RE`)."""
    return _ORDINAL_RE.fullmatch(english.lower()) is not None


def headed_thing_lacking(
    index: Index, text: str, units: Sequence[EnglishUnit], found: Container[int], named: bool
) -> bool:
    """Whether a question naming no name names, in several words written in lower case, a thing
    the dictionary has ("sea bass": 鲈鱼; "half marathon": 半程马拉松) that no document writes and
    whose head -- the phrase's last word, what the thing is a kind of ("bass", "marathon") --
    reaches no sense any document writes: the question is about something the documents lack,
    whatever its modifier means (the corpus may write 海盐, "sea salt", for "sea").
    :func:`named_thing_lacking` asks that no word of the phrase reach a sense; a modifier that
    does says nothing of the thing itself. Not where the question names a name (the phrase is
    then likelier a gap of the dictionary for what that name's document writes), nor for a
    phrase opened by an ordinal ("the *second round*": an instance) or by a verb's form ("boiled",
    "receiving": no thing). ``found`` as for :func:`head_lacking`."""
    if named:
        return False
    senses = index.english().senses
    for n, unit in enumerate(units):
        words = unit.english.lower().split()
        if (
            len(words) < 2 or unit.terms or unit.action or unit.name or n in found
            or _ORDINAL_RE.match(words[0]) or (len(words[0]) > 4 and words[0].endswith(("ing", "ed")))
            or figure_word(words[0])
        ):
            continue
        lower = r"[\s-]+".join(re.escape(word) for word in unit.english.split())
        if re.search(rf"(?<![A-Za-z]){lower}(?![A-Za-z])", text) is None:
            continue  # written in capitals: a name
        if not latin_at_home(index, unit, units) and not senses(words[-1]):
            return True
    return False


def kind_lacking(
    index: Index, text: str, units: Sequence[EnglishUnit], found: Container[int]
) -> bool:
    """Whether the question narrows a thing the documents write to a kind of it by a word the
    dictionary translates (足球 for "football") none of whose translations any document writes,
    nor a sense the corpus reaches ("how many players does a *football* team have": teams, 团队,
    but no football): in a question understood only in part, what the rest finds is about
    another kind. ``found`` as for :func:`head_lacking`."""
    return any(
        not (unit.terms or unit.action or unit.name) and n not in found and " " not in unit.english
        and units[n + 1].terms and not (units[n + 1].action or units[n + 1].name)
        # (a thing the documents write: not one only a synonym's senses guess at, understood
        # not at all -- "unresolved *petition* cases": 吸引, 要求 -- whose kind says nothing)
        and units[n + 1].understood > 0.0
        and written_together(text, unit, units[n + 1])
        and not figure_word(unit.english) and not latin_at_home(index, unit, units) and glossed(unit.english)
        for n, unit in enumerate(units[:-1])
    )


def modifies_understood(text: str, units: Sequence[EnglishUnit], n: int, sure: float) -> bool:
    """Whether the focus unit ``n`` is a common word (written in lower case in ``text``) that
    only modifies a focus head after it understood at least ``sure`` ("how many *migrant* Party
    members": 党员; "the tea *garden's* output value": 产值): the thing asked is one the
    documents have, narrowed by a word the dictionary cannot tie to them -- not something they
    lack, as an untranslated head is ("the on-grid electricity *price*", :func:`head_lacking`),
    or a thing named in capitals ("Zhejiang's *GDP* growth rate": the growth of something the
    documents do not write)."""
    later = [unit for unit in units[n + 1 :] if unit.focus and not unit.action]
    lower = re.search(rf"(?<![A-Za-z]){re.escape(units[n].english)}(?![A-Za-z])", text) is not None
    return lower and bool(later) and later[-1].understood >= sure and bool(later[-1].terms)


def glossed(word: str) -> bool:
    """Whether CC-CEDICT translates the English ``word`` (or its base form) by some headword."""
    heads = gloss_index().glossed
    return bool(heads.get(word.lower()) or heads.get(lemmatize(word.lower(), heads)))


#: Places a question narrows what it asks to: "in"/"at" (an article, up to two modifiers in lower
#: case) and the places' noun, plural, ending the question or its clause ("sell for ... *in
#: big-city supermarkets*?"; not "in protest", "in the crash": a manner, an event).
_PLACE_RE = re.compile(r"\b(?:[Ii]n|[Aa]t)\s+(?:(?:the|a|an)\s+)?(?:[a-z][a-z-]*\s+){0,2}([a-z]{3,}s)\s*(?=[?.!,;:]|$)")


def place_lacking(index: Index, text: str, units: Sequence[EnglishUnit], found: Container[int]) -> bool:
    """Whether the question narrows what it asks to places ("... per kilo *in big-city
    supermarkets*?") named by a plain plural noun the dictionary translates (超市) that no document
    writes: the documents may tell the thing elsewhere (a farm-gate price), never there.
    ``found`` as for :func:`head_lacking`."""
    place = _PLACE_RE.search(text)
    if place is None:
        return False
    word = place.group(1)
    if lemmatize(word, gloss_index().glossed) == word:
        return False  # no plural ("in *progress*")
    return any(
        unit.english.lower() == word and not unit.terms and not unit.name and not unit.action and n not in found
        and not word.endswith(("ing", "ed")) and not figure_word(word) and not latin_at_home(index, unit, units)
        and glossed(word)
        for n, unit in enumerate(units)
    )


#: The thing whose price a question asks: "how much does *a ticket* (to the museum) cost",
#: "how much did the *renovation* cost" (its noun right after the article).
_COST_RE = re.compile(
    r"\bhow\s+much\s+(?:does|do|did|will|would)\s+(?:a|an|the|one|each)\s+([a-z]{3,})\b[^?]*?\bcost\b", re.IGNORECASE
)


def priced_lacking(text: str, units: Sequence[EnglishUnit], understood: float) -> bool:
    """Whether the question asks what a thing costs ("how much does *a ticket* to the museum
    cost?") and that thing is a word the dictionary translates (票, 门票) but the corpus does
    not (understood less than ``understood``): the documents tell other sums (a renovation's cost),
    never its price."""
    priced = _COST_RE.search(text)
    if priced is None:
        return False
    word = priced.group(1).lower()
    return any(
        unit.english.lower() == word and unit.understood < understood and not unit.name and not unit.action
        and not figure_word(word) and glossed(word)
        for unit in units
    )
