"""English questions over Chinese documents: an English question's words as weighted search words
(through the index's translator), and the English-specific readings of what it asks.

:mod:`.reading` turns the question into search words (:func:`english_words`); :mod:`.basics` holds
the value it returns and the weights; the other modules each read one thing an English question can
say (a count's measure words, a year, a unit, a name, a byline ...), named for it.
"""

from bot.answer.english.basics import (
    ABSENT,
    ENGLISH_CONFIDENT,
    ENGLISH_UNKNOWN_ACTION,
    ENGLISH_UNKNOWN_SIDE,
    NOT_SEARCHED,
    SEPARATOR,
    EnglishWords,
    typical_weight,
    understood_share,
    wholly_english,
)
from bot.answer.english.reading import english_words

__all__ = [
    "ABSENT",
    "ENGLISH_CONFIDENT",
    "ENGLISH_UNKNOWN_ACTION",
    "ENGLISH_UNKNOWN_SIDE",
    "NOT_SEARCHED",
    "SEPARATOR",
    "EnglishWords",
    "english_words",
    "typical_weight",
    "understood_share",
    "wholly_english",
]
