"""The values answering produces and reads: settings, question words, passages and the answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from bot.answer.figure import longest_first
from bot.question.kinds import AnswerKind
from corpus.passages import Passage
from index.figures import Figure
from index.normalize import aligner_for
from index.runs import HAN_ONLY_RE


@dataclass(frozen=True)
class AnswerSettings:
    """Tuning of relevance and ranking (docs/architecture.md)."""

    min_coverage: float = 0.3  # a further passage is listed only when it holds this share
    candidates: int = 20
    max_results: int = 10


@dataclass(frozen=True)
class Translation:
    """An English word or phrase of the question and the corpus term it was matched to."""

    english: str
    term: str


@dataclass(frozen=True)
class PassageResult:
    """One passage of an answer: what is shown of it (``text``: the passage with sentences of
    its paragraph around it, as written), its figures, the (passage-field) terms it matched and
    where they stand in it."""

    passage: Passage
    text: str
    score: float
    figures: tuple[Figure, ...]
    matched: tuple[str, ...]

    @cached_property
    def term_spans(self) -> tuple[tuple[int, int], ...]:
        """Where the matched terms stand in :attr:`text` (offsets as written), each term's spans
        once: worked out only when asked, by a formatter that highlights them (``ask --json`` and
        the passages not shown on a first page never are)."""
        aligner = aligner_for(self.text)
        spans: list[tuple[int, int]] = []
        for term in longest_first(self.matched):
            spans.extend(aligner.spans(term))
        return tuple(sorted(set(spans)))


@dataclass(frozen=True)
class Answer:
    """Everything a reply needs; ``results`` is empty when nothing relevant was found.

    Three outcomes: a confident answer (``results`` and ``confident``); passages that are only
    *possibly related* (``results`` but not ``confident`` -- adapters mark them so, and
    ``figure`` is set only when the engine is sure of it); or nothing (no ``results``).
    """

    question: str
    kind: AnswerKind | None
    figure: Figure | None
    results: tuple[PassageResult, ...]
    translations: tuple[Translation, ...] = field(default=())
    confident: bool = True

    @property
    def text(self) -> str | None:
        """The direct answer as written in the passage ("8821家"), or None."""
        return self.figure.text if self.figure is not None else None

    @property
    def found(self) -> bool:
        return bool(self.results)

    @property
    def hedged(self) -> bool:
        """Passages were found but the engine is not sure they answer: "possibly related"."""
        return bool(self.results) and not self.confident


@dataclass(frozen=True)
class WeightedWord:
    """A content word of the question: its search variants, part of speech and weight.

    ``shares`` says how much each variant stands for the word (default: 1 for the word itself,
    0.5 for each of its sub-words); English words carry their dictionary alternatives here.
    """

    variants: tuple[str, ...]
    pos: str
    weight: float = 1.0
    shares: tuple[float, ...] | None = None

    def share(self, position: int) -> float:
        if self.shares is not None:
            return self.shares[position]
        return 1.0 if position == 0 else 0.5

    @property
    def written_apart(self) -> bool:
        """Whether a variant is the form a passage writes the (Chinese) word in, with marks between
        its characters (县市区: "县(市、区"; see ``query._with_apart_forms``)."""
        return not self.pos and any(HAN_ONLY_RE.match(v) is None for v in self.variants[1:])

