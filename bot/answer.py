"""Answering: question → search terms → ranked passages → the figure that answers it.

:func:`answer_question` is pure: it reads an :class:`~index.search.Index` and returns an
:class:`Answer` value. It knows nothing of Telegram or the console; formatters render it.

How a direct answer is chosen: the question says what it wants (a count, a proportion, a time --
:mod:`bot.question`). In the best passage, every figure of that kind is scored by how close it
stands to the question's own words -- in the same clause counts most, and words worth more (rarer)
count more -- with a bonus when its measure word is the one the question used ("多少家" → 8821家).
Figures the question itself quotes are never the answer.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.question import AnswerKind, QuestionInfo, analyse, unit_matches
from corpus.passages import Passage
from index.figures import Figure, passage_figures
from index.normalize import aligner_for
from index.search import Hit, Index, QueryTerm

MAX_QUESTION_CHARS = 500
CLAUSE_DECAY = 0.25  # closeness kept per clause break between a word and a figure
LIST_DECAY = 0.6  # ... per enumeration comma (、)
CHAR_SCALE = 12.0  # ... and it halves about every 8 characters
FIT_WEIGHT = 1.0  # how much a fitting figure lifts a passage for a figure question
LEAD_WEIGHT = 0.2  # preference for a document's opening paragraphs (news leads)
_CLAUSE_BREAK_RE = re.compile(r"[，,；;。！？!?：:﹔]")
_LIST_BREAK = "、"
_LATIN_RE = re.compile(r"[A-Za-z]{2,}")
_HOW_MANY_CHINESE_RE = re.compile(r"\bhow\s+many\s*([\u3400-\u4dbf\u4e00-\u9fff]+)", re.IGNORECASE)


@dataclass(frozen=True)
class AnswerSettings:
    """Tuning of relevance and ranking (see README, "How answering works")."""

    min_coverage: float = 0.5
    candidates: int = 30
    max_results: int = 10


@dataclass(frozen=True)
class Translation:
    """An English word or phrase of the question and the corpus term it was matched to."""

    english: str
    term: str


@dataclass(frozen=True)
class PassageResult:
    """One passage of an answer: text as written, figures and the spans of matched terms."""

    passage: Passage
    score: float
    figures: tuple[Figure, ...]
    term_spans: tuple[tuple[int, int], ...]
    matched: tuple[str, ...]


@dataclass(frozen=True)
class Answer:
    """Everything a reply needs; ``results`` is empty when nothing relevant was found."""

    question: str
    kind: AnswerKind | None
    figure: Figure | None
    results: tuple[PassageResult, ...]
    translations: tuple[Translation, ...] = field(default=())

    @property
    def text(self) -> str | None:
        """The direct answer as written in the passage ("8821家"), or None."""
        return self.figure.text if self.figure is not None else None

    @property
    def found(self) -> bool:
        return bool(self.results)


def answer_question(index: Index, question: str, settings: AnswerSettings | None = None) -> Answer:
    """Answer ``question`` from ``index``: ranked passages and, when asked for, the figure."""
    settings = settings or AnswerSettings()
    text = (question if isinstance(question, str) else str(question))[:MAX_QUESTION_CHARS]
    info = analyse(text, index.tokenizer.counted_word(text))
    translations: tuple[Translation, ...] = ()
    words = [WeightedWord(w.variants, w.pos) for w in index.tokenizer.query_words(text)]
    # Only English content words need the dictionary ("how many 共富工坊?" has none).
    english = english_words(index, text) if any(w.pos == "eng" for w in words) else None
    if english is not None:
        # English words are replaced by their dictionary translations (or kept as unmatched).
        words = [w for w in words if w.pos != "eng" or index.doc_freq(w.variants[0]) > 0]
        words.extend(english.words)
        translations = english.translations
        if info.kind is None and english.kind in ("count", "percent", "date", "who", "where"):
            info = dataclasses.replace(info, kind=english.kind)
        if info.kind == "count" and info.counted is None and english.counted is not None:
            info = dataclasses.replace(info, counted=english.counted)
    nothing = Answer(question, info.kind, None, (), translations)
    if not words or _names_something_absent(index, text, words, info):
        return nothing
    terms = [
        QueryTerm(term, w.weight * w.share(position), group)
        for group, w in enumerate(words)
        for position, term in enumerate(w.variants)
    ]
    hits = index.search(terms, settings.candidates)
    if not hits:
        return nothing
    group_weights = [_word_weight(index, w) for w in words]
    best_score = hits[0].score
    scored: list[tuple[float, Hit, Figure | None]] = []
    for hit in hits:
        coverage = _coverage(hit, terms, group_weights)
        if coverage < settings.min_coverage or hit.score <= 0:
            continue
        figure, fit = (None, 0.0)
        if info.wants_figure:
            figure, fit = choose_figure(hit.passage.text, hit.matched, index, info)
        rank = hit.score / best_score + coverage + FIT_WEIGHT * fit + LEAD_WEIGHT * _lead(hit.passage)
        scored.append((rank, hit, figure))
    scored.sort(key=lambda item: (-item[0], item[1].index))
    results = tuple(_result(hit) for _, hit, _ in scored[: settings.max_results])
    figure = scored[0][2] if scored else None
    if results and translations:
        translations = _as_written(translations, results[0].passage.text)
    return Answer(question, info.kind, figure, results, translations)


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


_ORDINAL_OR_NUMBER_RE = re.compile(r"^(?:第[0-9零〇一二两三四五六七八九十百千]+|\d)")
_NOUN_TAGS = ("n", "eng", "m", "j", "vn", "nz", "x")
_PROPER_TAGS = ("nr", "ns", "nt", "nz", "nrt", "nrfg")


def _pos(index: Index, word: WeightedWord) -> str:
    """The word's part of speech: given for numbers and Latin words, looked up for Chinese."""
    return word.pos or index.tokenizer.tag(word.variants[0])


def _known(index: Index, word: WeightedWord) -> bool:
    return any(index.doc_freq(v) > 0 for v in word.variants)


def _word_weight(index: Index, word: WeightedWord) -> float:
    """How much a question word counts toward relevance.

    A word the corpus has weighs its IDF (rarer weighs more). A word the corpus lacks weighs as
    much as the rarest possible word when it names a thing (a noun, a number, a Latin word) --
    the documents do not talk about it -- and little when it is a verb or an adverb, which
    readers paraphrase freely ("参加" for "在...中").
    """
    known = [index.informativeness(v) for v in word.variants if index.doc_freq(v) > 0]
    if word.pos == "eng-v" and not known:  # an English verb the dictionary could not place
        return ENGLISH_UNKNOWN_ACTION * index.informativeness("\x00") * word.weight
    if word.pos == "eng" and word.shares is not None and known:
        # An English word's translations are dictionary guesses: how rare the guessed term is
        # says nothing about how much the word matters ("campaign" → 活动, found in two
        # passages, would outweigh "party members" → 党员). Every understood English word
        # weighs the same: as much as a term found in one passage in twenty.
        return _typical_weight(index) * word.weight
    if index.doc_freq(word.variants[0]) > 0:
        return index.informativeness(word.variants[0]) * word.weight
    if known:
        return max(known) * word.weight
    unknown = index.informativeness("\x00")
    if _pos(index, word).startswith(_NOUN_TAGS):
        return unknown * word.weight
    return 0.2 * unknown * word.weight


def _typical_weight(index: Index) -> float:
    n = index.num_passages
    return math.log((n + 1) / (ENGLISH_TYPICAL_SHARE * n + 0.5))


def _names_something_absent(
    index: Index, text: str, words: Sequence[WeightedWord], info: QuestionInfo
) -> bool:
    """True when the question is about something the corpus never mentions.

    A proper name the corpus lacks ("江苏", "广东省"), or, in a count question, the very thing to
    be counted ("多少个国家", "几块金牌") -- then no passage can answer it.
    """
    for word in words:
        if word.pos == "eng-absent":
            return True  # an English question about a thing or name the documents lack
        head = word.variants[0]
        if _known(index, word) or len(head) < 2:
            continue
        if _pos(index, word).startswith(_PROPER_TAGS):
            return True  # a name the documents never mention
        if _ORDINAL_OR_NUMBER_RE.match(head):
            return True  # a number or ordinal the documents never mention ("第三批", "2019")
    if info.kind == "count":
        counted = info.counted
        if counted is not None and index.doc_freq(counted) == 0:
            subs = [s for w in words if w.variants[0] == counted for s in w.variants[1:]]
            is_thing = index.tokenizer.tag(counted).startswith(("n", "vn", "j")) or not index.tokenizer.tag(counted)
            if is_thing and not any(index.doc_freq(s) > 0 for s in subs):
                return True
    return False


def _coverage(hit: Hit, terms: Sequence[QueryTerm], weights: Sequence[float]) -> float:
    """Share of the question's weight that this passage contains.

    A word counts fully when the passage has the word itself (or its best translation), and in
    proportion when it has only a sub-word or a weaker alternative.
    """
    matched = set(hit.matched)
    best: dict[int, float] = {}
    got: dict[int, float] = {}
    for t in terms:
        best[t.group] = max(best.get(t.group, 0.0), t.weight)
        if t.term in matched:
            got[t.group] = max(got.get(t.group, 0.0), t.weight)
    total = sum(weights)
    if total <= 0:
        return 0.0
    return sum(weights[g] * (share / best[g] if best[g] > 0 else 0.0) for g, share in got.items()) / total


@dataclass(frozen=True)
class EnglishWords:
    """An English question's words as search words, with what they were translated to."""

    words: tuple[WeightedWord, ...]
    translations: tuple[Translation, ...]
    kind: str | None
    counted: str | None = None  # "how many 讀書班": the Chinese word counted, as 多少 would give


#: How English units weigh (see :func:`english_words`).
ENGLISH_SURE = 0.6  # a unit whose translations add up to this is fully understood
ENGLISH_UNDERSTOOD = 0.25  # below this, a unit names something the documents may not discuss
ENGLISH_FEW_OTHERS = 2  # a question saying no more than this besides its focus is about it
ENGLISH_ACTION = 0.5  # a verb ("held", "carry out") weighs this share of a thing
ENGLISH_TYPICAL_SHARE = 0.05  # an understood English word weighs like a term in 5% of passages
ENGLISH_UNKNOWN_ACTION = 0.2  # an untranslated verb, relative to an unknown thing
_ABSENT = "\x00english-absent"  # marks a question about something the documents lack


def english_words(index: Index, text: str) -> EnglishWords | None:
    """Translate the English words of ``text`` into corpus terms (None without English words).

    Each English unit becomes a search word whose alternatives are its dictionary
    translations. A unit translated only weakly ("population" -> 总体, a statistics sense)
    is partly *not understood*: that share of it is an unknown word, which no passage has.
    Verbs weigh less than things, and an untranslated verb ("paired", "wrote") little -- as
    for Chinese verbs the corpus lacks. A question whose focus ("how many *tourists*", "what
    is the *population* of") or a name ("France") is not understood is about something the
    documents lack: it gets a word that :func:`_names_something_absent` recognises.
    """
    if not _LATIN_RE.search(text):
        return None
    query = index.english().translate(text)
    words: list[WeightedWord] = []
    translations: list[Translation] = []
    focus = [unit for unit in query.units if unit.focus]
    others = [
        unit for unit in query.units
        if not unit.focus and not unit.action and unit.understood >= ENGLISH_UNDERSTOOD
    ]
    absent = (
        bool(focus)
        and all(unit.understood < ENGLISH_UNDERSTOOD for unit in focus)
        and len(others) <= ENGLISH_FEW_OTHERS
    )
    for unit in query.units:
        if unit.name and unit.understood < ENGLISH_UNDERSTOOD:
            absent = True  # a name the documents never mention
        light = unit.action or (unit.measure and query.kind == "count" and not unit.terms)
        scale = ENGLISH_ACTION if light else 1.0
        sure = min(1.0, unit.confidence / ENGLISH_SURE)
        if unit.terms and sure > 0:
            top = unit.terms[0][1]
            words.append(
                WeightedWord(
                    tuple(term for term, _ in unit.terms),
                    "eng",
                    weight=scale * sure,
                    shares=tuple(weight / top for _, weight in unit.terms),
                )
            )
            translations.append(Translation(unit.english, unit.terms[0][0]))
        if sure < 1.0:
            pos = "eng-v" if light else "eng"
            words.append(WeightedWord((unit.english.lower(),), pos, weight=scale * (1.0 - sure)))
    if absent:
        words.append(WeightedWord((_ABSENT,), "eng-absent"))
    counted = None
    mixed = _HOW_MANY_CHINESE_RE.search(text)
    if mixed is not None:
        counted = index.tokenizer.counted_word("多少" + mixed.group(1))
    return EnglishWords(tuple(words), tuple(translations), query.kind, counted)


def _as_written(translations: Sequence[Translation], text: str) -> tuple[Translation, ...]:
    """Show each translated term as the passage writes it (黨員 rather than 党员) when it is there."""
    aligner = aligner_for(text)
    out = []
    for t in translations:
        spans = aligner.spans(t.term)
        out.append(Translation(t.english, text[spans[0][0] : spans[0][1]]) if spans else t)
    return tuple(out)


def choose_figure(
    text: str, matched: Sequence[str], index: Index, info: QuestionInfo
) -> tuple[Figure | None, float]:
    """The figure of ``text`` that answers the question, and how well it fits (0..1)."""
    candidates = [f for f in passage_figures(text) if _kind_fits(info.kind, f)]
    candidates = [f for f in candidates if f.number not in info.numbers]
    if not candidates:
        return None, 0.0
    aligner = aligner_for(text)
    term_spans = [
        (aligner.spans(term), index.informativeness(term) * (3.0 if term == info.counted else 1.0))
        for term in _longest_first(matched)
    ]
    total = sum(w for spans, w in term_spans if spans) or 1.0
    best_score = -1.0
    best_figure = candidates[0]
    for figure in candidates:
        closeness = sum(
            w * max(_closeness(text, span, figure) for span in spans)
            for spans, w in term_spans
            if spans
        )
        score = closeness / total * _kind_factor(info, figure)
        if score > best_score:
            best_score, best_figure = score, figure
    # Having a figure of the asked kind at all is most of the fit; closeness decides the rest.
    return best_figure, 0.5 + 0.5 * min(1.0, best_score)


def _kind_fits(kind: AnswerKind | None, figure: Figure) -> bool:
    if kind == "date":
        return figure.kind == "date"
    if kind == "percent":
        return figure.kind == "percent"
    if kind == "count":
        return figure.kind in ("count", "number", "percent")
    return False


def _kind_factor(info: QuestionInfo, figure: Figure) -> float:
    factor = 1.0
    if info.kind == "count":
        factor = {"count": 1.0, "percent": 0.6, "number": 0.4}.get(figure.kind, 0.0)
    if unit_matches(info.unit, figure.unit, info.units):
        factor *= 2.0
    return factor


def _closeness(text: str, span: tuple[int, int], figure: Figure) -> float:
    """How near a matched word stands to a figure: clause breaks between them count as distance."""
    start, end = span
    if end <= figure.start:
        gap = text[end : figure.start]
    elif start >= figure.end:
        gap = text[figure.end : start]
    else:
        return 1.0
    breaks = len(_CLAUSE_BREAK_RE.findall(gap))
    lists = gap.count(_LIST_BREAK)
    return CLAUSE_DECAY**breaks * LIST_DECAY**lists * math.exp(-len(gap) / CHAR_SCALE)


def _lead(passage: Passage) -> float:
    """News puts the when, where and who first: a small preference for a document's opening."""
    return max(0.0, 1.0 - (passage.paragraph - 1) / 8)


def _longest_first(terms: Sequence[str]) -> list[str]:
    """Terms, longest first, without those contained in a longer one (no double counting)."""
    ordered = sorted(set(terms), key=len, reverse=True)
    kept: list[str] = []
    for term in ordered:
        if not any(term in longer for longer in kept):
            kept.append(term)
    return kept


def _result(hit: Hit) -> PassageResult:
    text = hit.passage.text
    aligner = aligner_for(text)
    spans: list[tuple[int, int]] = []
    for term in _longest_first(hit.matched):
        spans.extend(aligner.spans(term))
    return PassageResult(
        passage=hit.passage,
        score=hit.score,
        figures=passage_figures(text),
        term_spans=tuple(sorted(set(spans))),
        matched=hit.matched,
    )
