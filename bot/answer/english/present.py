""""Now" asked in English ("how many households *now* keep bees", "the allowance *now*"): the
present is what a news text writes without saying so (全县养蜂户2370户), so the word's
translations (现在, 如今, 今) count only where a passage writes them, as a date's 开始 does --
not against every passage that does not. A short closed class of English adverbs of the present
("today" is not one of them: it also names a day, 今天)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.answer.english.basics import SEPARATOR
from bot.answer.model import Translation, WeightedWord

#: English adverbs that place what is asked in the present and nothing else.
PRESENT = frozenset({"now", "currently", "presently", "at present", "nowadays"})


def present_words(translations: Sequence[Translation], words: Sequence[WeightedWord]) -> list[bool]:
    """Per word of the question: whether it is the translation of an adverb of the present."""
    heads = {t.term.split(SEPARATOR)[0] for t in translations if t.english.lower() in PRESENT}
    return [w.pos == "eng" and w.variants[0] in heads for w in words]
