"""A count in 个 of another thing the question names, not of the thing it asks to count.

"How many parking spaces have been added at the talent apartment communities?": the text counts
the communities (仅有2个社区) and never the parking spaces (停车位不足 only). The gate for a count
of another thing (:func:`bot.answer.english.doubt.things_counted_otherwise`) lets a count pass
when its noun shares a character with any word of the question -- right when the counted word's
translation differs from the text's (200個議席 for "seats", searched as 席位), but here the noun
after the count is another word of the question (社区, "communities": where, not what): the
passage does not say how many of the asked thing there are.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.answer.english.basics import wholly_english
from bot.answer.reading import Reading
from bot.answer.window import shown_text
from index.english.cedict import GENERIC_MEASURE
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: The characters written right after a figure, up to a mark: what 个 counts (68個縣(市、區)),
#: of which the first few name it.
_RUN_AFTER_RE = re.compile(r"[\u4e00-\u9fff]+")
COUNTED_NOUN = 4
COUNTED_SPAN = 8  # ... and the characters within which it is what the figure counts


def run_after_figure(reading: Reading, best: Candidate) -> str:
    """The Chinese characters written right after the best candidate's figure in its shown text,
    normalised, up to a mark (68個縣(市、區): 县) -- what a count counts; "" when none are."""
    evidence, figure = best.evidence, best.figure
    if figure is None:
        return ""
    text = normalize(shown_text(reading, evidence.id, evidence.first, evidence.last).text)
    at = text.find(normalize(figure.text))
    run = _RUN_AFTER_RE.match(text, at + len(figure.text)) if at >= 0 else None
    return run.group() if run is not None else ""


def counts_other_named(reading: Reading, best: Candidate, query: Query) -> bool:
    """Whether a wholly English count of a thing searched as a word of two characters or more
    (停车位) is answered by a count in 个 whose noun right after it shares no character with
    that thing's translations (within the few characters of a modifier or two) and opens with a
    word of two characters or more that a word named after the counted one in the question gives
    (2个社区: "... at the communities") and no word before it does."""
    info, figure = query.info, best.figure
    if info.kind != "count" or info.counted is None or len(info.counted) < 2:
        return False  # cheap tests first
    if figure is None or normalize(figure.unit) != GENERIC_MEASURE or not wholly_english(query.question):
        return False
    counted = [w for w in query.words if w.pos.startswith("eng") and info.counted in w.variants]
    if not counted:
        return False
    noun = run_after_figure(reading, best)
    if not noun:
        return False
    own = {char for w in counted for v in w.variants for char in normalize(v)}
    if own & set(noun[:COUNTED_SPAN]):
        return False  # the counted thing after a modifier or two (66個場館臨時黨支部)
    # the other thing named after the counted one in the question ("parking spaces ... at the
    # communities"): where or whose, not a second thing counted ("counties, cities and districts")
    english = query.question.lower()
    counted_at = min((_at(english, t.english) for t in query.translations if info.counted in t.term.split("/")), default=-1)
    if counted_at < 0:
        return False

    def terms(keep: Callable[[int], bool]) -> set[str]:
        return {
            normalize(term) for t in query.translations if keep(_at(english, t.english))
            for term in t.term.split("/") if len(term) > 1
        }

    # a word of two characters or more written whole right after the count; not one a word
    # before the counted one also gives (奖 of "award categories" and of "the Oscars")
    later = terms(lambda at: at > counted_at) - terms(lambda at: 0 <= at <= counted_at)
    return any(0 <= noun.find(term) < COUNTED_NOUN for term in later)


def _at(question: str, word: str) -> int:
    """Where ``word`` first stands in ``question`` (lower case) as a whole word, else -1."""
    match = re.search(r"\b" + re.escape(word.lower()) + r"\b", question)
    return match.start() if match else -1
