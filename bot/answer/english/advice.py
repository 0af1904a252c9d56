"""An English question asking for advice ("what is the best way to ...", "what's a good ...") that
names nothing else the dictionary ties surely to the documents: it is about something they lack.

An advice question's evaluative adjective and the manner noun after it ("best", "way") are the
frame of the question, not its subject, yet the dictionary translates them into words every text
writes (好, 标准; 办法, 做法, 作风): "What is the best way to keep basil fresh in the fridge?" finds a
passage on the Party's 经验做法 by those alone, and is shown, while the things it is about (basil,
fridge) have no term any document writes. Such a question gets nothing when none of the words
besides its frame, its verbs and its numbers is understood surely -- as a question whose focus
is not understood names something the documents lack.

A question about the asker's own doing ("should I stretch before running?", "how can I run a
faster 5K?", "can you recommend a houseplant ...?", "how long does it take to hard-boil an egg?")
is advice too: its subject pronoun and modal are its frame, and the word after them -- or after
"to" -- is its verb, whatever the dictionary makes of it ("stretch" -> 舒, "run" -> 经营); so is
the noun a number is hyphened to ("a *two-week* trip", "a *six-string* guitar"), a measure of that
number. What is left must be understood surely, or the question gets nothing. Advice may ask a
place or a time rather than a way ("where is the best *place* to see ...", "what is the best *time
of year* to visit ..."), or open with a question word and the asker ("what should I pack", "how
long should I boil ..."), or weigh a choice ("is it better to buy or lease ..."): frames too.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence

from bot.answer.english.figures import figure_word
from bot.answer.english.names import latin_at_home
from index.english import EnglishUnit
from index.search import Index

#: The opening of an advice question: "what is / what's / what are" and an article, then an
#: evaluative adjective (a closed class of English grammar: the positive, comparative and
#: superlative of "good", and the superlatives of ease and speed) and, optionally, a noun of
#: manner ("way", "method", "means", "approach", "technique"), which belongs to the frame too.
_ADVICE_RE = re.compile(
    r"^\s*(?:what|which|where|when)(?:'s|\s+is|\s+are|\s+would\s+be)\s+(?:the|a|an|some)\s+"
    r"(good|better|best|easiest|quickest|fastest|simplest|ideal|right|proper)"
    r"(?:\s+(ways?|methods?|means|approach(?:es)?|techniques?|places?|spots?|times?|seasons?|months?)"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?(year|day|week))?)?\s+(?!-)",
    re.IGNORECASE,
)


#: The opening of a question about the asker's own doing (closed classes of English grammar: a
#: modal and a first-person subject, "can you" addressed to the bot, "how long does it take"); the
#: word after it is a verb, as is the word after "to" ("the best way *to house-train*").
_ASKER_RE = re.compile(
    r"^\s*(?:(?:should|shall|can|could|may|must)\s+(?:i|we)"
    r"|how\s+(?:can|do|should|could|would|might)\s+(?:i|we|one)"
    r"|(?:can|could|would)\s+you"
    r"|how\s+(long)\s+does\s+it\s+take"
    r"|(?:what|which|where|when|who|how\s+(much|many|often|far|long|soon))"
    r"\s+(?:should|shall|can|could|must|do|would|might)\s+(?:i|we)"
    r"|is\s+it\s+(better|best|ok|okay|safe|wise|worth\s+it|healthier)(?=\s+to\b))\s+",
    re.IGNORECASE,
)
_VERB_RE = re.compile(r"(?:to\s+)?([a-z]+(?:-[a-z]+)*)\b", re.IGNORECASE)
#: A word a number is hyphened to ("two-week", "six-string"): the number's measure.
_HYPHENED_RE = re.compile(r"\b([a-z]+|\d+)-([a-z]+)\b", re.IGNORECASE)


def advice_frame(text: str) -> frozenset[str] | None:
    """The frame words of an advice question ("best", "way"), lower case, or None when ``text``
    does not open as one (a "best-selling" or "best-known" thing is no advice)."""
    found = _ADVICE_RE.match(text)
    if found is None:
        return None
    return frozenset(word.lower() for word in found.groups() if word)


def asker_frame(text: str) -> frozenset[str] | None:
    """The frame words of an advice question or of a question about the asker's own doing,
    lower case, with its verb's words ("should I *stretch*", "the best way to *house-train*")
    and the words numbers are hyphened to, or None when ``text`` opens as neither."""
    frame = advice_frame(text)
    found = _ASKER_RE.match(text) if frame is None else _ADVICE_RE.match(text)
    if found is None:
        return None
    words = {word.lower() for word in found.groups() if word}
    rest = text[found.end():]
    # the verb: right after an asker's frame, or after "to" ("the best way *to* tune")
    verb = _VERB_RE.match(rest) if frame is None or rest.lower().startswith("to ") else None
    if verb is not None:
        words.update(re.split(r"-", verb.group(1).lower()))
    words.update(
        hyphened.group(2).lower() for hyphened in _HYPHENED_RE.finditer(text)
        if hyphened.group(1).isdigit() or figure_word(hyphened.group(1))
    )
    return frozenset(words)


def advice_unfounded(text: str, units: Sequence[EnglishUnit], found: Container[int], sure: float) -> bool:
    """Whether ``text`` asks for advice (:func:`asker_frame`) and none of its words besides the
    frame, its verbs and its numbers is a name or a thing understood at least ``sure``
    (``found``: units found as the documents write them, names: understood)."""
    frame = asker_frame(text)
    if frame is None:
        return False
    return not any(
        n in found or unit.name or unit.understood >= sure
        for n, unit in enumerate(units)
        if not set(unit.english.lower().split()) <= frame and not unit.action and not figure_word(unit.english)
    )


def advice_untranslated(
    index: Index, text: str, units: Sequence[EnglishUnit], found: Container[int], named: bool
) -> bool:
    """Whether a question asking for advice (:func:`asker_frame`) that names no name names a
    thing -- not its frame, its verb or its numbers -- that no word translates at all ("recommend
    a *houseplant* that survives in low light", "get better at *chess* openings"): the asker's own
    matter, which no document writes; what its other words find ("light" -> 光, "openings" ->
    开展) is about something else. A word read as a verb counts too when no word translates it
    (the activity of "a good *stretching* routine after a long run", whose "run" -> 经营): the
    frame's own verb is left out already. ``found``: units found as the documents write them."""
    if named:
        return False
    frame = asker_frame(text)
    if frame is None:
        return False
    return any(
        not (unit.terms or unit.name) and n not in found
        and not set(unit.english.lower().split()) <= frame and not figure_word(unit.english)
        and not latin_at_home(index, unit, units)
        for n, unit in enumerate(units)
    )
