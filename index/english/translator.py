"""English questions to weighted corpus terms: the parts of the package put together."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from index.english.actions import is_action, modifiers_of_terms
from index.english.agreement import agreed, weighted
from index.english.closed_compounds import opened_compounds
from index.english.cohesion import UNSUPPORTED_FACTOR, Cooccurrence, cohere
from index.english.byline import byline_unit
from index.english.compounds import find_compounds
from index.english.conjugated import conjugated_lemmas
from index.english.focus import (
    AUTHORSHIP,
    gerund_modifier,
    participle_modifier,
    read_question,
)
from index.english.asking import (
    asked_dimension, before_verb, measured_amount, measured_focus, measured_noun, unit_as_focus, with_agents,
)
from index.english.forms import plain_letters
from index.english.lemmas import lemmatize
from index.english.headed import with_headed
from index.english.idioms import verb_idioms
from index.english.joint import joined_senses, likely_rows, own_senses
from index.english.links import MAX_ALTERNATIVES, MIN_SPECIFICITY, Candidate, CorpusLinks
from index.english.modifiers import particles_after_verbs
from index.english.phrase_pieces import head_senses, head_written
from index.english.query import EMPTY_QUERY, EnglishQuery, EnglishUnit
from index.english.senses import widen
from index.english.stand_ins import with_stand_ins
from index.english.verb_senses import VERB_SENSES, joined_verb_senses
from index.english.kin_terms import glossed_by, kin_terms
from index.english.main_verb import one_main_verb
from index.english.measure_counts import measure_counted
from index.english.units import find_units
from index.english.unit_written import WrittenUnits
from index.english.whole_period import spanned_periods, without_determined
from index.english.written_forms import DESCRIBED_SPECIFICITY, written_forms
from index.english.glosses import described_by
from index.fields import HEADING
from index.figures import unit_dimension

_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LETTER_RE = re.compile(r"[a-z]")
_YEAR_RE = re.compile(r"1[5-9]\d\d|20\d\d")
SURE_APART = 0.8  # a thing translated this surely yet apart from the names: a question elsewhere
VOUCHING_SURE = 0.6  # a word understood this surely vouches for a synonym guess found beside it
POOL = 6  # alternatives per word weighed against the other words' before the best are kept


class EnglishTranslator:
    """Maps English questions to weighted corpus terms of one index.

    ``vocabulary`` maps each corpus index term (normalised) to the number of passages that
    contain it; ``num_passages`` is the number of passages. Only terms made of Chinese
    characters are translation targets. With ``postings`` (the passages holding a term) and
    ``document_starts`` (the first passage of each document), a word's senses are chosen by how
    they go with the other words (:mod:`~index.english.cohesion`). Construction links the dictionary's headwords to the
    corpus terms once; :meth:`translate` is then cheap.
    """

    def __init__(
        self,
        vocabulary: Mapping[str, int],
        num_passages: int,
        postings: Callable[[str], Sequence[int]] | None = None,
        document_starts: Sequence[int] | None = None,
        passage_text: Callable[[int], str] | None = None,
    ) -> None:
        self._links = CorpusLinks(vocabulary, num_passages)
        # 元 for "first": a character the corpus writes after its figures (860元) is that unit there
        self._units = None if postings is None or passage_text is None else WrittenUnits(postings, passage_text)
        self._cooccurrence = (
            Cooccurrence(_or_heading(postings), document_starts)
            if postings is not None and document_starts is not None
            else None
        )
        if self._cooccurrence is not None:  # "Xiao Wenyuan": 萧文远, whose characters a passage holds
            self._links.rows = lambda term, masks=self._cooccurrence.masks: masks(term)[0]

    def translate(self, text: str, context: Sequence[str] = ()) -> EnglishQuery:
        """The English units of ``text`` with their weighted corpus terms (see the package doc);
        ``context`` are the question's other corpus terms (the Chinese words of a mixed
        question), which the senses of its English words should go with."""
        if not isinstance(text, str) or not text:
            return EMPTY_QUERY
        links = self._links
        known = links.dictionary.known
        # "floodwater", which no term translates: read as "flood water", as Chinese writes it (洪水)
        question = read_question(text := opened_compounds(plain_letters(text), links), known)
        if question is None:
            return EMPTY_QUERY
        surfaces, lemmas, positions = question.surfaces, question.lemmas, question.positions
        if not lemmas:
            byline = (byline_unit(self._links, self._cooccurrence, question.author),) if question.author is not None else ()
            return EnglishQuery(kind=question.kind, units=byline)
        glosses = links.glosses
        # "*hooked* up": "hook" + -ed, not the name "Hooke" + -d (a name is not conjugated)
        lemmas = conjugated_lemmas(surfaces, lemmas, known, glosses.glossed)
        english = _CJK_RE.search(text) is None  # Chinese words may stand between English ones
        def counted(word: str) -> bool:  # a noun CC-CEDICT counts with classifiers ("machines": 台, 部)
            return bool(glosses.measures.get(word) or glosses.measures.get(lemmatize(word, known)))

        verbs = [  # (in English, a word joined by a hyphen to the one before is a modifier: "long-*standing*")
            not (english and positions[k] in question.joined)
            # "mini-program *registered* users": a past form glossed with its noun modifies it
            and not (english and participle_modifier(question.words, positions[k]))
            # "how many iron *reeling* machines": an -ing form before the noun counted modifies it
            and not (english and gerund_modifier(question, positions[k], known, counted))
            and is_action(question.words, positions[k], lemmas[k], 1, glosses.verb_share(lemmas[k]), english)
            for k in range(len(lemmas))
        ]
        if english:  # "did the site *open* ... as a heritage *park*": one main verb
            verbs = one_main_verb(question.words, positions, surfaces, lemmas, verbs)
        idioms = verb_idioms(question.words, positions, lemmas, known)
        between = [
            tuple(question.words[positions[k - 1] + 1 : positions[k]]) if k else ()
            for k in range(len(positions))
        ]
        adjectives = {k for k, position in enumerate(positions) if position in question.measured}
        cooccurrence = self._cooccurrence
        together = None if cooccurrence is None else (lambda a, b: cooccurrence.level(a, b) == 1.0)
        units = find_units(
            links, surfaces, lemmas, verbs, idioms, between, adjectives, question.capitalised, together,
            frozenset(context),
        )
        # a stop word kept as a name's first word ("*He* Jie") that begins no name found: dropped
        # ... and a particle after a verb it makes no phrasal verb with ("heading *up*"): dropped too
        loose = particles_after_verbs(question.words, positions, verbs, [glosses.verb_share(lemma) > 0 for lemma in lemmas]) if english else frozenset()
        units = [u for u in units if u.end - u.start > 1 or positions[u.start] not in question.name_starts | loose]
        actions = [
            verbs[unit.start] if unit.end - unit.start == 1 else unit.idiom or is_action(
                question.words, positions[unit.start], lemmas[unit.start], unit.end - unit.start,
                glosses.verb_share(lemmas[unit.start]), english,
            )
            for unit in units
        ]
        names = [
            # a name as written or as its lemma ("Philippines" is no plural of "philippine")
            unit.name or (unit.end - unit.start == 1 and (
                lemmas[unit.start] in glosses.names or surfaces[unit.start] in glosses.names
            ))
            for unit in units
        ]
        direct: dict[int, list[Candidate]] = {}
        seen_keys: set[tuple[str, ...]] = set()
        for index, unit in enumerate(units):
            if unit.key not in seen_keys:  # "on-site ... sites": the same words count once
                seen_keys.add(unit.key)
                direct[index] = links.direct_candidates(unit.heads, POOL)
        if self._cooccurrence is not None:  # "carbon dioxide emissions": 碳排放, written 二氧化碳排放
            direct = with_headed(links, self._cooccurrence, units, direct, POOL)
        compounds = find_compounds(links, units, between)
        if english:  # "number of *reading* classes": 读书班, a thing, not a verb and 班
            actions = modifiers_of_terms(
                actions, surfaces, [u.start for u in units], [u.end for u in units], (c.pieces for c in compounds)
            )
        unsupported: set[int] = set()
        apart: set[int] = set()
        own_terms: dict[int, set[str]] | None = None
        if self._cooccurrence is not None:
            trust = {i: 2 if names[i] else 0 if actions[i] else 1 for i in range(len(units))}
            own_terms = {index: {c.term for c in pool} for index, pool in direct.items()}
            direct = widen(
                direct,
                {index: units[index].heads for index in direct},
                {index: units[index].key[0] for index in direct if len(units[index].key) == 1},
                trust,
                links,
                self._cooccurrence,
                english,
            )
            if self._units is not None and english:  # (widened too: 元 is a deeper sense of "first")
                direct = {index: self._units.without_units(units[index].key, pool) for index, pool in direct.items()}
            vouching = {index: list(pool) for index, pool in direct.items()}
            for compound in compounds:
                for index in compound.pieces:
                    merged = vouching.setdefault(index, []) + list(compound.candidates)
                    vouching[index] = sorted(merged, key=lambda c: (-c.score, c.term))
            # a word no dictionary translates that the documents write in Latin letters
            # ("USC's ranking": USC南加大) says where the others' senses belong, as a Chinese word does
            latin = [units[i].english.lower() for i, pool in direct.items() if not pool]
            written = [w for w in latin if w.isascii() and w.isalpha() and self._cooccurrence.masks(w)[0]]
            # (so does a code name the question gives in context, a-135, which no dictionary links)
            held = [
                t for t in context
                if t not in links.df and (_LETTER_RE.search(t) or _YEAR_RE.fullmatch(t)) and self._cooccurrence.masks(t)[0]
            ]
            for n, term in enumerate(
                t for t in dict.fromkeys([*context, *written]) if t in links.df or t in written or t in held
            ):
                vouching[-1 - n] = [Candidate(term, 1.0)]  # "when did 習近平 ... *inspect* 浙江"
                trust[-1 - n] = 1
            direct, unsupported, apart = cohere(direct, vouching, trust, self._cooccurrence, english)
        own: dict[int, list[tuple[str, float]]] = {}
        sureness: dict[int, float] = defaultdict(float)
        ranked = agreed(direct, own_terms)  # (+ a cut sense the others' passage writes: 警讯 "signals")
        likely = likely_rows(ranked, self._cooccurrence) if english and self._cooccurrence is not None else None
        joint = joined_senses(
            ranked, trust, self._cooccurrence, lambda i: own_senses(links, units[i].heads), likely=likely,
        ) if english and own_terms else {}
        if likely is not None and own_terms:  # "did the founder *raise*": 集资, a verb's sense beyond the kept
            joint |= joined_verb_senses(ranked, trust, self._cooccurrence, likely, lambda i: links.direct_candidates(units[i].heads, VERB_SENSES, MIN_SPECIFICITY))
            joint = kin_terms(ranked, trust, self._cooccurrence, likely, lambda i: units[i].heads, links, glossed=lambda i, t: glossed_by(links, units[i].key, t)) | joint  # 木模 "moulds"

        def rows_of(term: str) -> int:  # a term's passages, as a bit set
            return self._cooccurrence.masks(term)[0]

        def beside(index: int) -> list[int]:  # the other units' likely senses' passages
            return [rows for other, rows in (likely or {}).items() if other != index]

        if english:  # "over the year": no particular year (今年 "this year"), though it said where the others belong
            ranked = without_determined(ranked, spanned_periods(text), units, surfaces)
        for index, alternatives in ranked.items():
            if alternatives := alternatives[:MAX_ALTERNATIVES]:  # (the joint sense adds no sureness)
                own[index] = weighted(alternatives + ([joint[index]] if index in joint else []))
                sureness[index] = max(c.sure for c in alternatives)
        pieces_of: dict[int, list[tuple[str, float]]] = defaultdict(list)
        for compound in compounds:
            compound_terms = weighted(compound.candidates)
            for index in compound.pieces:
                pieces_of[index].extend(compound_terms)
                sureness[index] = max(sureness[index], max(c.sure for c in compound.candidates))
        # a thing well translated, but only in documents that do not name what the question
        # names ("how tall is the Shanghai *Tower*"): the question is about something else
        elsewhere = {
            i for i in apart - set(pieces_of) - _written_inside(own)
            if not actions[i] and sureness[i] >= SURE_APART
        }
        for index in unsupported - set(pieces_of):
            sureness[index] *= UNSUPPORTED_FACTOR  # shares no document with the other words
        focus = before_verb(question.focus, units, actions, positions)
        described: list[EnglishUnit] = []
        guesses: list[int] = []  # the described units translated through a synonym's glosses
        asked_at = None  # where the noun after "what"/"which" stands in ``described``
        for index, unit in enumerate(units):
            if index not in direct:
                continue  # a repeated word: counted once
            if positions[unit.start] == question.asked_noun and unit.end - unit.start == 1:
                asked_at = len(described)
            terms: dict[str, float] = {}
            size = unit.end - unit.start
            for term, weight in (*own.get(index, ()), *pieces_of.get(index, ())):
                terms[term] = max(terms.get(term, 0.0), weight)
            if terms and size == 2 and not (names[index] or unit.named or unit.idiom):
                # "officially launch" (出台): its head's own senses too (启动 of 正式启动), weighed below
                hyphenated = positions[unit.start + 1] in question.joined
                extra = head_senses(links, unit.key, unit.heads, terms, hyphenated, frozenset(lemmas), actions[index])
                if not extra and likely is not None and all(unit_dimension(t) is None for t in terms):
                    # "large scale" (大型, a stand-in): its head's sense written beside the others (规模)
                    extra = head_written(links, unit.key, frozenset(lemmas), actions[index], rows_of, beside(index))
                for term, weight in extra:
                    terms.setdefault(term, weight)
            pieced = not terms and size > 1 and not (names[index] or unit.named or unit.idiom) and likely is not None
            if pieced:  # "bullet trains" (子弹火车, written nowhere): its head's own senses (列车) beside the others'
                terms = dict(head_written(links, unit.key, frozenset(lemmas), actions[index], rows_of, beside(index)))
            confidence = sureness[index]
            # a synonym's translation helps the search, not the sureness of understanding
            understood = min(confidence, unit.direct) if unit.guessed else confidence
            if unit.guessed and understood < confidence:
                guesses.append(len(described))
            if not terms and size > 1 and (names[index] or unit.named):
                # a name the dictionary only describes, a corpus term (中正 of 蔣中正: "adopted
                # name of Chiang Kai-shek"; not 蒋介石, which no document writes)
                held = next((head for head in described_by(unit.key) if head in links.df), None)
                if held is not None:
                    terms, confidence = {held: DESCRIBED_SPECIFICITY}, DESCRIBED_SPECIFICITY
                    understood = confidence
            counts = () if size > 1 else tuple(dict.fromkeys(
                (*glosses.measures.get(surfaces[unit.start], ()), *glosses.measures.get(unit.key[0], ()))
            ))
            described.append(
                EnglishUnit(
                    english=unit.english,
                    terms=tuple(sorted(terms.items(), key=lambda item: (-item[1], item[0]))),
                    confidence=min(1.0, confidence),
                    action=actions[index],
                    measure=bool(counts),
                    classifiers=counts,
                    focus=focus is not None and focus[0] <= positions[unit.start] < focus[1],
                    understood=min(1.0, understood),
                    name=names[index],
                    elsewhere=index in elsewhere,
                    # also for a unit only guessed: what the text writes beats a synonym's sense
                    written=() if terms and understood >= confidence and not pieced else written_forms(
                        unit, names[index], actions[index], glosses
                    ),
                )
            )
        if guesses and self._cooccurrence is not None:
            described = _vouched_guesses(described, guesses, self._cooccurrence)
        if english and self._cooccurrence is not None and question.kind != "who":  # no person asked:
            # 气窗, a kind of 风窗's 窗, for "air vents"; 副局长 for "head" (股长) is another person
            described = with_stand_ins(described, links, self._cooccurrence)
        if question.author is not None:
            described = [u for u in described if lemmatize(u.english, known) not in AUTHORSHIP]
            described.insert(0, byline_unit(self._links, self._cooccurrence, question.author, described))
        kind = question.kind
        if kind is None and question.what_is and measured_focus(described):
            kind = "count"  # "what is the *area* of ...": a figure, as 面积是多少 asks
        if kind is None and question.focus is None and asked_at is not None and measured_noun(described[asked_at]):
            # "at *what elevations* is it found": a figure, as 分布在多高的海拔 asks
            described[asked_at] = dataclasses.replace(described[asked_at], focus=True)
            kind = "count"
        amount = next((n for n, unit in enumerate(described) if measured_amount(unit)), None)
        if kind is None and question.terse and question.focus is None and amount is not None:
            # "Luoyang metro line 3 *length*?": an amount named as keywords, as 3号线全长 asks it
            described[amount] = dataclasses.replace(described[amount], focus=True)
            kind = "count"
        if kind == "count" and not any(u.focus and u.terms for u in described):
            described = unit_as_focus(described)
        if kind == "count":
            described = measure_counted(described, self._links.df)
        if kind == "who":
            described = [with_agents(unit, links.df) if unit.action else unit for unit in described]
        dimension = asked_dimension(question, described, links.df) if kind == "count" else None
        return EnglishQuery(
            kind=kind, units=tuple(described), dimension=dimension, what_is=kind is None and question.what_is
        )

    def senses(self, word: str) -> tuple[str, ...]:
        """The corpus terms the dictionary's senses of the English ``word`` reach, likeliest
        first, whatever the question's other words: to choose among by what a passage writes."""
        links = self._links
        heads = links.gloss_matches((lemmatize(word.lower(), links.dictionary.known),))
        # (one character too, however loosely glossed: what a passage writes decides)
        return tuple(c.term for c in links.direct_candidates(tuple(heads.items()), len(heads), MIN_SPECIFICITY))

    @property
    def readings(self) -> Mapping[str, frozenset[str]]:
        """Each character's toneless pinyin readings, from CC-CEDICT (邛: qiong)."""
        return self._links.dictionary.readings

    def pinyin_spellings(self, word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The corpus terms spelled ``word`` in toneless pinyin (红船 for "hongchuan"), and the
        strings of one-character terms spelling it (泓川, cut 泓 + 川), which a document may write."""
        pinyin = self._links.pinyin
        return pinyin.terms(word.lower()), pinyin.split_terms(word.lower())

    def documents(self, terms: Sequence[str]) -> int | None:
        """The documents holding every one of ``terms``, as a bit set (None when the translator
        was built without postings)."""
        if self._cooccurrence is None or not terms:
            return None
        found = -1
        for term in terms:
            found &= self._cooccurrence.masks(term)[1]
        return found


def _vouched_guesses(
    units: list[EnglishUnit], guesses: Sequence[int], cooccurrence: Cooccurrence
) -> list[EnglishUnit]:
    """``units`` with each synonym guess (``guesses``: "residents" as 住户 through "household")
    that a passage writes beside the best translation of another word understood surely
    (:data:`VOUCHING_SURE`, no guess itself: 撤离 for "evacuated") counted as
    understood as surely as it was translated: the corpus says the guess is what the question
    means (「住户约120人已紧急撤离」). A guess no such passage holds stays not understood. A name
    vouches for none: its document's passages write it beside anything (人 for "population"
    beside 杭州 says nothing of Hangzhou's population)."""
    sure = [
        n for n, unit in enumerate(units)
        if n not in guesses and unit.terms and unit.understood >= VOUCHING_SURE and not unit.name
    ]
    out = list(units)
    for n in guesses:
        unit = units[n]
        if unit.terms and any(
            cooccurrence.level(unit.terms[0][0], units[other].terms[0][0]) >= 1.0 for other in sure
        ):
            out[n] = dataclasses.replace(unit, understood=unit.confidence)
    return out


def _or_heading(postings: Callable[[str], Sequence[int]]) -> Callable[[str], Sequence[int]]:
    """``postings``, or for a term only titles and headings write (linked as a corpus term by
    :class:`~index.english.links.CorpusLinks`) the passages under those headings."""

    def found(term: str) -> Sequence[int]:
        passages = postings(term)
        return passages if len(passages) else postings(HEADING + term)

    return found


def _written_inside(own: Mapping[int, Sequence[tuple[str, float]]]) -> set[int]:
    """The units translated only by single characters that another unit's translation writes
    ("*prize* money": 奖 inside 奖金): one thing named in two words, which is where the longer
    word is -- not apart from the question's names because the character alone is."""
    longer = {term for terms in own.values() for term, _ in terms if len(term) > 1}
    return {
        index for index, terms in own.items()
        if terms and all(len(term) == 1 and any(term in word for word in longer) for term, _ in terms)
    }
