"""What translating an English question gives the answer engine: its kind and weighted units."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class EnglishUnit:
    """One English word or phrase of the question, as the answer engine weighs it.

    ``terms`` are its corpus terms with weights (its own alternatives, plus the compounds it
    is a piece of); no terms means the word was not understood. ``confidence`` (0..1) is how
    surely it was translated: its best alternative's specificity x link factor (the corpus
    prior left out), or a compound's. ``action`` marks a verb ("paired", "wrote", "carry
    out"): readers paraphrase those freely, so an untranslated one should weigh little.
    ``focus`` marks the thing asked about ("how many *tourists*", "what is the *population*
    of"); ``name`` a proper name ("United States", "France").
    """

    english: str
    terms: tuple[tuple[str, float], ...]
    confidence: float
    action: bool = False
    focus: bool = False
    name: bool = False
    measure: bool = False  # a word CC-CEDICT uses for what classifiers count ("times", "trips")
    classifiers: tuple[str, ...] = ()  # a measure word's classifiers ("trips" -> 趟)
    byline: bool = False  # "who *wrote* it": the corpus's words for a text's writers (记者 ...)
    elsewhere: bool = False  # surely translated, but only in documents not naming the question's names
    understood: float = 0.0  # ``confidence`` without synonym guesses ("canteen" -> 饭堂 -> 食堂)
    #: a name with no corpus term: its dictionary headwords (with specificities), which the
    #: documents may still write in pieces the segmenter made (杜拜 as 杜 + 拜); for any word
    #: with no corpus term, the longer forms its headwords abbreviate (全马: 全程马拉松)
    written: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class EnglishQuery:
    """What an English question asks for and its content units, in question order."""

    kind: str | None  # "count" | "percent" | "date" | "ordinal" | "who" | "where" | None
    units: tuple[EnglishUnit, ...] = ()
    #: what an asked amount measures, as :func:`index.figures.units.measured` names it ("area"
    #: for "what is the *area* of ..." or "how *large* is ..."), None when the question does not say
    dimension: str | None = None
    #: it asks "what is (the) ..." of a thing whose kind of answer it does not say ("what is the
    #: average humidity"): a figure if the texts give that thing as one
    what_is: bool = False


EMPTY_QUERY = EnglishQuery(kind=None)
