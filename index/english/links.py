"""CC-CEDICT's headwords linked to the terms of one corpus, and English words looked up through them.

Headwords reach corpus terms conservatively:

- the headword is a corpus term;
- the headword ends a longer corpus term (工坊 -> 共富工坊: Chinese compounds are head-final),
  factor ``len(headword) / len(term)``, only if the headword is not a term;
- the corpus term is the headword without its last character (亚运会 -> 亚运), factor
  ``len(term) / len(headword)``, only if the term is not a headword itself;
- the headword is spelled exactly by 2-3 corpus terms (领导干部 -> 领导 + 干部), when nothing
  else links it (:meth:`CorpusLinks.decomposed`);
- *abbreviations*: the 1st + 3rd characters of a four-character term (共同富裕 -> 共富), if that
  is a corpus term;
- a headword of 3+ characters written with one character of the same sound (风电厂 "wind farm"
  -> 风电场), when nothing else links it (:meth:`CorpusLinks.sounded`).

Only corpus terms made of Chinese characters are ever emitted. An alternative scores
``specificity x link factor x corpus prior``; the prior slightly prefers rarer terms and cuts
terms found in more than half of the passages.
"""

from __future__ import annotations

import logging
import math
import re
import time
from collections import defaultdict
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from index.english.cedict import dictionary_form, load_dictionary, transliteration_shares
from index.english.cedict_senses import Sense, headword_senses, rank_factor
from index.english.glosses import gloss_index
from index.english.pinyin import PinyinIndex
from index.english.sounds import SoundIndex
from index.fields import HEADING

log = logging.getLogger(__name__)

#: Tunables of the look-up (general constants, not tailored to any question). A
#: "specificity" is in (0, 1]: 1 for a first-listed gloss that is exactly the English words.
MAX_ALTERNATIVES = 3  # corpus terms kept per English word/phrase
PARTIAL_FACTOR = 0.7  # words inside a longer gloss, relative to a gloss that is exactly them
MIN_SPECIFICITY = 0.2  # below this a gloss match is noise (words buried in long glosses)
MIN_MATCH = 0.2  # an alternative below this does not count (nor make its word "matched")
SINGLE_CHAR_MIN_SPECIFICITY = 0.9  # one-character headwords are ambiguous: want a close gloss
MAX_COMPOUND_CHARS = 10  # longest corpus term considered as a compound
UNGLOSSED_SUFFIX_FACTOR = 0.5  # 正北 for 北: a two-character term the dictionary lacks
ABBREVIATION_FACTOR = 0.8  # 共同富裕 -> 共富
DECOMPOSED_FACTOR = 0.8  # 领导干部 ("leading cadre") found as 领导 + 干部
SOUNDED_FACTOR = 0.8  # 风电厂 ("wind farm") found as 风电场, one character of the same sound
#: The complements Chinese writes right after a one-character verb to say what it reached
#: (购得 "bought", 建成 "built", 售出 "sold", 收到 "received"): a closed class of its grammar.
RESULT_COMPLEMENTS = frozenset("得成出到完入回")
RESULT_FACTOR = 0.8  # 购得 for 购 "to buy": the verb written with its result
MIN_SOUNDED_CHARS = 3  # shorter headwords share their sounds with too many other words
IDF_EXPONENT = 0.1  # how strongly rarer terms are preferred among a word's alternatives
COMMON_SHARE = 0.5  # terms in more than this share of passages lose weight, down to 0 at all
NOT_VERB_FACTOR = 0.5  # a verb of the question translated by a sense that is not a verb
MIN_COMPOUND_PREFIX = 2  # "air" + "plane": an English compound's first word, letters at least
MIN_COMPOUND_HEAD = 4  # and its last ("plane"): shorter ones end too many unrelated words

_CJK_ONLY_RE = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+$")
#: Nouns that add nothing after a modifier in a gloss: "grassroots unit" (基层) is "grassroots".
_GENERIC_HEADS = frozenset("unit level layer type kind sort area sector aspect".split())


@dataclass(frozen=True)
class Candidate:
    """A corpus term for a unit, with its score (specificity x link factor x prior) and how
    sure the translation is, whatever the corpus (specificity x link factor)."""

    term: str
    score: float
    sure: float = 1.0


class CorpusLinks:
    """The dictionary's headwords linked to the corpus terms of one index (built once).

    ``vocabulary`` maps each corpus index term (normalised) to the number of passages that
    contain it; ``num_passages`` is the number of passages.
    """

    def __init__(self, vocabulary: Mapping[str, int], num_passages: int) -> None:
        started = time.perf_counter()
        self.dictionary = load_dictionary()
        self.glosses = gloss_index()
        self.num_passages = max(int(num_passages), 1)
        self.rows: Callable[[str], int] | None = None  # a term's passages as a bit set (the translator's)
        self.df: dict[str, int] = {}
        headed: dict[str, int] = {}
        for term, df in vocabulary.items():
            if not isinstance(term, str):
                continue
            if _CJK_ONLY_RE.match(term):
                self.df[term] = max(int(df), 1)
            elif term.startswith(HEADING) and _CJK_ONLY_RE.match(term[len(HEADING):]):
                headed[term[len(HEADING):]] = max(int(df), 1)
        # a name only a title or a heading writes is the corpus's too: an encyclopedia article
        # titled 斯特拉斯堡 ("Strasbourg", the dictionary's form) whose text writes 史特拉斯堡
        # (its passages are found by the title, as a Chinese question naming 斯特拉斯堡 finds
        # them); a heading's other words (匯聚 in a section heading) stay out, as before
        for term, df in headed.items():
            if term not in self.df and any(sense.name for sense in headword_senses(term)):
                self.df[term] = df
        glosses = self.dictionary.glosses
        # headword -> [(corpus term, link factor)] for the direct links
        links: dict[str, list[tuple[str, float]]] = defaultdict(list)
        # headword or corpus term -> [(longer corpus term, start)], for compounds
        self.containing: dict[str, list[tuple[str, int]]] = defaultdict(list)
        component_heads: set[str] = set()
        for term in self.df:
            if term in glosses:
                links[term].append((term, 1.0))
            elif (head := dictionary_form(term)) is not None and head not in self.df:
                # 簷, which the corpus's conversion keeps, is the dictionary's 檐 "eaves"
                links[head].append((term, 1.0))
            elif len(term) >= 2:
                for head in self.dictionary.extensions(term):
                    if head not in self.df:
                        links[head].append((term, len(term) / len(head)))
            n = len(term)
            if n == 2 and term not in glosses and term[1] in glosses and term[1] not in self.df:
                # 正北 "due north", a word the dictionary lacks, is a kind of 北 "north"
                links[term[1]].append((term, UNGLOSSED_SUFFIX_FACTOR))
            if n == 2 and term[1] in RESULT_COMPLEMENTS and term[0] in glosses and term[0] not in self.df and _only_verb(term[0]):
                # 购得 "to purchase": 购 "to buy" with the result it reached -- a verb is the head
                # of its compound with a complement after it, written so where never alone
                links[term[0]].append((term, RESULT_FACTOR))
            for size in range(2, n):  # 共富工坊 is a kind of 工坊: head-final compounds
                suffix = term[n - size :]
                if suffix in glosses and suffix not in self.df:
                    links[suffix].append((term, size / n))
            if 2 <= n <= MAX_COMPOUND_CHARS:
                for size in range(1, n):
                    for i in range(n - size + 1):
                        piece = term[i : i + size]
                        if piece in glosses:
                            component_heads.add(piece)
                        elif piece not in self.df:
                            continue
                        self.containing[piece].append((term, i))
        self.links = {head: tuple(v) for head, v in links.items()}
        self._decompositions: dict[str, tuple[str, ...]] = {}
        self._sounded: dict[str, tuple[str, ...]] = {}
        # gloss index over the relevant headwords
        self._exact: dict[tuple[str, ...], list[tuple[str, Sense]]] = defaultdict(list)
        self._by_word: dict[str, list[tuple[str, Sense, int]]] = defaultdict(list)
        for head in sorted(set(self.links) | component_heads):
            for sense in headword_senses(head):
                self._exact[sense.words].append((head, sense))
                for position, word in enumerate(sense.words):
                    self._by_word[word].append((head, sense, position))
        self.gloss_words = frozenset(self._by_word)
        self._max_idf = self._idf(1)
        log.debug(
            "CorpusLinks: %d corpus terms, %d linked headwords, %d gloss words (%.2fs)",
            len(self.df), len(self.links), len(self._by_word), time.perf_counter() - started,
        )

    @cached_property
    def pinyin(self) -> PinyinIndex:
        """The corpus terms by their pinyin spellings, built on first use."""
        return PinyinIndex(self.df, self.dictionary.readings, self.rows)

    @cached_property
    def endings(self) -> dict[str, tuple[str, ...]]:
        """The corpus's two-character terms by their last character (工匠, 石匠 under 匠)."""
        found: dict[str, list[str]] = defaultdict(list)
        for term in self.df:
            if len(term) == 2:
                found[term[1]].append(term)
        return {char: tuple(sorted(terms)) for char, terms in found.items()}

    @cached_property
    def sounds(self) -> SoundIndex:
        """The corpus terms that look like transliterated names, by sound, built on first use."""
        return SoundIndex(
            self.df, self.dictionary.readings, self.dictionary.glosses, transliteration_shares()
        )

    def gloss_matches(
        self, key: tuple[str, ...], context: Container[str] = (), verb: bool = False,
        adjective: bool = False,
    ) -> dict[str, float]:
        """Headword -> specificity of the glosses containing the words ``key`` in order.

        A gloss that is exactly ``key`` scores its sense's rank and factor; a longer gloss
        scores :data:`PARTIAL_FACTOR` times the share of its words found in ``key`` or in
        ``context`` (the question's other words: "long pending case" suits "long-standing
        cases" better than "cases"). For a ``verb`` of the question ("did the number *fall*"),
        senses that are not verbs count :data:`NOT_VERB_FACTOR` (秋季 "fall" is autumn); for an
        ``adjective`` ("how *long*"), verb and name senses do not count (巴 "to long for", 隆
        "surname Long").
        """
        found: dict[str, float] = {}
        for head, sense in self._exact.get(key, ()):
            if adjective and (sense.verb or sense.name):
                continue
            score = rank_factor(sense.rank, head) * sense.factor
            if verb and not sense.verb:
                score *= NOT_VERB_FACTOR
            if score > found.get(head, 0.0):
                found[head] = score
        for head, sense, position in self._by_word.get(key[0], ()):
            size = len(sense.words)
            if size == len(key) or sense.words[position : position + len(key)] != key:
                continue
            if sense.verb and (position > 0 or adjective) or adjective and sense.name:
                continue  # "water" in "to hold water" (成立): the verb's object, not the verb
            # "capital city of an autonomous region": what the words name is the part before
            # the "of", which only describes it further
            if sense.lead and position + len(key) <= sense.lead:
                size = sense.lead
            present = len(key) + sum(
                1 for k, word in enumerate(sense.words[:size])
                if not position <= k < position + len(key)
                and (word in context or (position == 0 and word in _GENERIC_HEADS))
            )
            share = present / size
            score = PARTIAL_FACTOR * share * rank_factor(sense.rank, head) * sense.factor
            if verb and not sense.verb:
                score *= NOT_VERB_FACTOR
            if score >= MIN_SPECIFICITY and score > found.get(head, 0.0):
                found[head] = score
        return found

    def senses_with(self, word: str) -> Sequence[tuple[str, Sense, int]]:
        """(headword, sense, position) of the senses whose glosses use ``word``, among the
        headwords relevant to the corpus (linked to a term or a piece of one)."""
        return self._by_word.get(word, ())

    def compounds_ending(self, word: str) -> tuple[str, ...]:
        """Gloss words that are an English compound ending in ``word``: a word of
        :data:`MIN_COMPOUND_PREFIX`+ letters, then ``word`` ("airplane", "warplane" for
        "plane"; not "sword" for "word")."""
        return self._compound_words.get(word, ())

    @cached_property
    def _compound_words(self) -> dict[str, tuple[str, ...]]:
        words = self.gloss_words
        known = self.dictionary.known
        found: dict[str, list[str]] = defaultdict(list)
        for word in words:
            for cut in range(MIN_COMPOUND_PREFIX, len(word) - MIN_COMPOUND_HEAD + 1):
                head = word[cut:]
                if head in words and word[:cut] in known:
                    found[head].append(word)
        return {head: tuple(sorted(compounds)) for head, compounds in found.items()}

    def best_linked(self, heads: Mapping[str, float]) -> float:
        """The best specificity among ``heads`` that reach a corpus term directly (0 if none);
        a one-character headword counts only as close as :meth:`direct_candidates` uses it."""
        return max(
            (
                s for h, s in heads.items()
                if h in self.links and (len(h) > 1 or s >= SINGLE_CHAR_MIN_SPECIFICITY)
            ),
            default=0.0,
        )

    def linked(self, heads: Mapping[str, float]) -> bool:
        """Whether any of ``heads`` reaches a corpus term directly."""
        return any(head in self.links for head in heads)

    def decomposed(self, head: str) -> tuple[str, ...]:
        """Corpus terms of 2+ characters that spell ``head`` exactly, in order (2 or 3 of
        them), or (): 领导干部 -> 领导 + 干部 when the corpus has only the parts."""
        if head in self._decompositions:
            return self._decompositions[head]
        found: tuple[str, ...] = ()
        n = len(head)
        if 4 <= n <= 8:
            for i in range(2, n - 1):
                left, right = head[:i], head[i:]
                if left in self.df and right in self.df:
                    found = (left, right)
                    break
                if left in self.df and n - i >= 4:
                    for j in range(i + 2, n - 1):
                        if head[i:j] in self.df and head[j:] in self.df:
                            found = (left, head[i:j], head[j:])
                            break
                    if found:
                        break
        self._decompositions[head] = found
        return found

    @cached_property
    def _homophones(self) -> dict[str, tuple[str, ...]]:
        """Each syllable (without tone) -> the characters read so, from CC-CEDICT's readings."""
        found: dict[str, list[str]] = defaultdict(list)
        for char, syllables in self.dictionary.readings.items():
            if len(char) == 1:
                for syllable in syllables:
                    found[syllable].append(char)
        return {syllable: tuple(chars) for syllable, chars in found.items()}

    def sounded(self, head: str) -> tuple[str, ...]:
        """Corpus terms that write the headword ``head`` (3+ characters, not itself a corpus
        term) with one character replaced by another of the same sound, or (): 风电厂 "wind
        farm" is written 风电场 (厂 and 场 are both read chang), a form CC-CEDICT lacks. Chinese
        writes many words in such variants; three or more syllables alike in order leave little
        doubt that it is the same word, which two would not (公式, 公示, 攻势)."""
        if head in self._sounded:
            return self._sounded[head]
        found: list[str] = []
        readings = self.dictionary.readings
        if len(head) >= MIN_SOUNDED_CHARS and head not in self.df:
            for i, char in enumerate(head):
                for syllable in readings.get(char, ()):
                    for other in self._homophones.get(syllable, ()):
                        term = head[:i] + other + head[i + 1 :]
                        if other != char and term in self.df and term not in found:
                            found.append(term)
        self._sounded[head] = tuple(found)
        return self._sounded[head]

    def headed(self, head: str) -> tuple[str, str] | None:
        """(modifier, corpus term) when a corpus term of 2+ characters ends the headword ``head``
        (3+ characters, not itself a corpus term), the longest; else None: 碳排放 "carbon dioxide
        emissions" is a kind of 排放 "emissions" (Chinese compounds are head-final), what 碳
        modifies -- which :mod:`~index.english.translator` takes where a passage writes both."""
        if len(head) < MIN_SOUNDED_CHARS or head in self.df:
            return None
        return next(((head[:i], head[i:]) for i in range(1, len(head) - 1) if head[i:] in self.df), None)

    def direct_candidates(
        self,
        heads: tuple[tuple[str, float], ...],
        keep: int = MAX_ALTERNATIVES,
        single_min: float = SINGLE_CHAR_MIN_SPECIFICITY,
    ) -> list[Candidate]:
        """The corpus terms of headwords ``heads`` (with specificities): linked headwords,
        else decompositions or a form of the same sound; the best ``keep``, best first. A
        one-character headword counts from specificity ``single_min``."""
        scores: dict[str, float] = {}
        for head, specificity in heads:
            if len(head) == 1 and specificity < single_min:
                continue
            # a corpus term no headword reaches stands for itself (a name read from pinyin)
            own = ((head, 1.0),) if head in self.df else ()
            for term, factor in self.links.get(head, own):
                score = specificity * factor
                if score > scores.get(term, 0.0):
                    scores[term] = score
        # else the pieces the corpus writes it in, else a form of the same sound, in that order
        for forms, factor in ((self.decomposed, DECOMPOSED_FACTOR), (self.sounded, SOUNDED_FACTOR)):
            if scores:
                break
            for head, specificity in heads:
                if specificity < 0.5:
                    continue
                for term in forms(head):
                    score = specificity * factor
                    if score > scores.get(term, 0.0):
                        scores[term] = score
        return self.finish(self._with_abbreviations(scores), keep)

    def finish(self, scores: Mapping[str, float], keep: int = MAX_ALTERNATIVES) -> list[Candidate]:
        """Apply the corpus prior, drop weak ones, keep the best ``keep``."""
        ranked = sorted(
            (Candidate(term, score * self._prior(term), min(1.0, score))
             for term, score in scores.items()
             if score >= MIN_MATCH),
            key=lambda c: (-c.score, c.term),
        )
        return [c for c in ranked[:keep] if c.score > 0]

    def _idf(self, df: int) -> float:
        """BM25's idf (the non-negative variant): ln(1 + (N - df + 0.5) / (df + 0.5))."""
        n = self.num_passages
        df = min(max(df, 1), n)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))

    def _prior(self, term: str) -> float:
        """Corpus preference for ``term``: a little for rare terms, much less for very common."""
        df = self.df.get(term, 1)
        share = self._idf(df) / self._max_idf if self._max_idf > 0 else 1.0
        common = min(1.0, (1.0 - df / self.num_passages) / (1.0 - COMMON_SHARE))
        return min(1.0, max(share, 1e-3)) ** IDF_EXPONENT * max(common, 0.05)

    def _with_abbreviations(self, scores: dict[str, float]) -> dict[str, float]:
        """Add 共富 for 共同富裕: a 4-character term's 1st + 3rd characters, if a corpus term."""
        for term, score in list(scores.items()):
            if len(term) == 4:
                short = term[0] + term[2]
                if short in self.df and short not in scores:
                    scores[short] = score * ABBREVIATION_FACTOR
        return scores


def _only_verb(head: str) -> bool:
    """Whether every sense of the headword ``head`` is a verb (购 "to buy; to purchase"; not 完
    "to finish; whole", whose adjective an English word may be)."""
    senses = headword_senses(head)
    return bool(senses) and all(sense.verb for sense in senses)
