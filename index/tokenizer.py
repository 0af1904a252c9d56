"""Tokenising for the index and for questions: the same steps on both sides.

1. :func:`~index.normalize.normalize` (NFKC, Traditional→Simplified, lower case).
2. Numbers stay whole ("433.6", "99.67%" gives "99.67%" and "99.67"); Latin words are one token.
3. Chinese runs are segmented by a private ``jieba.Tokenizer`` (never jieba's module-global one),
   initialised at construction (:mod:`index.segmenter`; for large jobs its search runs in
   jieba-rs), with the corpus's own named terms (phrases in “…”, 「…」, 《…》) as user words;
   each long word also yields its dictionary sub-words, as jieba's search mode does,
   so "共富工坊" is found from "工坊" too.
4. Punctuation and function words are dropped; questions also lose their question words
   (多少, 几, 什么, how, many ...), which say what is asked, not what about.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterable
from itertools import chain
from pathlib import Path

from index.normalize import normalize

_normalize_uncached = normalize.__wrapped__  # for long texts, seen once (not kept by its cache)
from index.segmenter import (
    PLACEHOLDER_BASE, PLACEHOLDERS, SEPARATOR, FastCut, default_dictionary_cache, fast_cut, initialized_jieba,
)
from index.tags import TagTable, load_tag_table
from index.question_reading import ANSWER_TYPE, QueryWord, QuestionReading
from index.runs import HAN_ONLY_RE, RUN_RE, STOP_WORDS

__all__ = ["ANSWER_TYPE", "QUOTED_RE", "STOP_WORDS", "QueryWord", "Tokenizer", "extract_named_terms"]

_RUN_RE = RUN_RE  # (the name other modules import)
#: A quoted name (“共富工坊”, 「八八戰略」, 《實施方案》): in the corpus a named term, in a question what it
#: asks about by name.
QUOTED_RE = re.compile(r"[“「『《‘\"]([^“”「」『』《》‘’\"\n]{2,12})[”」』》’\"]")
_MEMO_MAX = 400_000  # words whose index tokens are kept (a few tens of MB at most)


def extract_named_terms(texts: Iterable[str]) -> list[str]:
    """The quoted named terms of a corpus (“共富工坊”, 《實施方案》), normalised and deduplicated."""
    seen: dict[str, None] = {}
    for text in texts:
        for match in QUOTED_RE.finditer(text):
            term = normalize(match.group(1)).strip()
            if 2 <= len(term) <= 12 and HAN_ONLY_RE.match(term):
                seen.setdefault(term, None)
    return sorted(seen)


class Tokenizer(QuestionReading):
    """Turns text into normalised tokens; owns its jieba instance and user dictionary."""

    def __init__(self, user_words: Iterable[str] = (), dictionary_cache: Path | None = None) -> None:
        """``dictionary_cache``: the private folder for jieba's dictionary cache (default
        :func:`default_dictionary_cache`); never the shared temp folder."""
        self.user_words: tuple[str, ...] = tuple(sorted({normalize(w) for w in user_words if w}))
        self._jieba = initialized_jieba(dictionary_cache or default_dictionary_cache())
        base_total = self._jieba.total
        # Suggest frequencies against the base dictionary first, so that a word's frequency
        # depends neither on the order the words are added in nor on which other user words
        # exist.
        suggested = {w: self._jieba.suggest_freq(w, tune=False) for w in self.user_words}
        for word, freq in suggested.items():
            self._jieba.add_word(word, freq=max(freq, 10))
        # ``add_word`` also adds the word's frequency to ``total``. jieba scores a route as the
        # sum over its words of log(FREQ[w]) - log(total), so a larger total lowers every route
        # by a constant *per word*: routes of different word counts move apart, and the
        # segmentation of a text that contains none of the user words could change with them.
        # With ``total`` kept at the base dictionary's, a user word changes only the routes of
        # texts that contain it (the zero-frequency prefixes add_word inserts add no edge to
        # jieba's DAG), which is what lets the index cache keep every document that contains
        # no added or removed user word (index.build).
        self._jieba.total = base_total
        self._freq = self._jieba.FREQ
        self._user_words = frozenset(self.user_words)
        self._tags: TagTable | None = None
        self._tags_lock = threading.Lock()
        self._fast: FastCut | None = None
        self._fast_tried = False
        self._fast_lock = threading.Lock()
        self._expanded = _Memo(self._index_tokens)  # a word comes back thousands of times
        self._placeholders: dict[tuple[str, str, str, str], str] = {}
        self._placeholder_tokens: dict[str, tuple[str, ...]] = {}

    def segment_fast(self) -> None:
        """Segment with jieba-rs from now on: the same words as jieba's (:mod:`index.segmenter`),
        ~10 times faster, after ~0.3 s building its copy of the dictionary -- for large jobs."""
        with self._fast_lock:
            if not self._fast_tried:
                self._fast_tried = True
                self._fast = fast_cut(self._jieba)

    @property
    def fast_words(self) -> Callable[[str], list[str]] | None:
        """jieba-rs's :meth:`~index.segmenter.FastCut.words` once :meth:`segment_fast` has made
        it (None before, or without rjieba)."""
        return self._fast.words if self._fast is not None else None

    def normal_form(self, text: str) -> str:
        """``normalize(text)``, for a long text seen once (the many passages of a chunk)."""
        return _normalize_uncached(_nfkc(text))

    def _cut(self, run: str) -> Iterable[str]:
        """jieba's words of a run of Chinese characters (``cut(run, HMM=False)``)."""
        return self._fast.cut(run) if self._fast is not None else self._jieba.cut(run, HMM=False)

    def normalized_tokens(self, text: str) -> tuple[str, list[str]]:
        """``(normalize(text), its index tokens in order, sub-words after their word)``.

        The index build segments passages through this method (it keeps the normalised text
        to tell later whether a changed user word occurs in the passage).
        """
        norm = normalize(_nfkc(text))
        return norm, self._tokens(norm)

    def tag(self, word: str) -> str:
        """jieba's part-of-speech tag of a dictionary word ("n", "ns", "v" ...); "" if unknown.

        The tag table is opened on first use (:mod:`index.tags`: kept beside jieba's dictionary
        cache, read from jieba's dictionary the first time), so start-up does not pay for it.
        """
        if word in self._user_words:
            return "nz"
        return self._tag_table().get(word)

    def warm_up(self) -> None:
        """Load everything lazily loaded, so that the first question is as fast as the others,
        and segment with jieba-rs from now on (:meth:`segment_fast`: the same words; reading a
        question's words then costs ~4 µs a run of Chinese characters, not ~30)."""
        self._tag_table()
        self.segment_fast()

    def _tag_table(self) -> TagTable:
        if self._tags is None:
            with self._tags_lock:
                if self._tags is None:
                    with self._jieba.get_dict_file() as handle:
                        dictionary = Path(handle.name)
                    folder = Path(self._jieba.tmp_dir) if self._jieba.tmp_dir else None
                    self._tags = load_tag_table(dictionary, folder)
        return self._tags

    def words(self, text: str) -> list[str]:
        """The plain segmentation of normalised ``text`` (no sub-words, nothing dropped)."""
        out: list[str] = []
        for match in _RUN_RE.finditer(normalize(text)):
            if match.lastgroup == "han":
                out.extend(self._cut(match.group()))
            elif match.lastgroup in ("num", "pct"):
                out.append(match.group("num") + ("%" if match.group("pct") else ""))
            else:
                out.append(match.group())
        return out

    def _tokens(self, norm: str) -> list[str]:
        """The index tokens of normalised text: its pieces' words (:meth:`_words`) expanded
        through the memo, each distinct word's tokens computed once.

        A piece is a run of Chinese characters, or a placeholder (:meth:`_placeholder`) standing
        for a number or Latin word, so that all the text's words come in order from one call.
        """
        out: list[str] = []
        pieces: list[str] = []
        placeholders = self._placeholders
        for match in _RUN_RE.findall(norm):  # (num, pct, lat, han): one of num, lat, han is set
            if match[3]:
                pieces.append(match[3])
                continue
            char = placeholders.get(match)
            if char is None:
                if len(placeholders) >= PLACEHOLDERS:  # all used: the pieces so far, then anew
                    out.extend(chain.from_iterable(map(self._expanded.__getitem__, self._words(pieces))))
                    pieces = []
                    for used in self._placeholder_tokens:  # the memo forgets what they stood for
                        self._expanded.pop(used, None)
                    placeholders.clear()
                    self._placeholder_tokens.clear()
                char = self._placeholder(match)
            pieces.append(char)
        out.extend(chain.from_iterable(map(self._expanded.__getitem__, self._words(pieces))))
        return out

    def _words(self, pieces: list[str]) -> Iterable[str]:
        """The words of each piece in order: jieba's words of a run, a placeholder itself, and
        with jieba-rs separators between pieces (whose tokens are none): one call for them all
        (:meth:`~index.segmenter.FastCut.cut_pieces`), for a call costs more than its search."""
        if self._fast is not None:
            return self._fast.cut_pieces(pieces)
        return chain.from_iterable((p,) if p >= PLACEHOLDER_BASE else self._cut(p) for p in pieces)

    def _placeholder(self, match: tuple[str, str, str, str]) -> str:
        """A new character (Unicode private use, plane 15: in no run) standing for the number
        or Latin word of ``match`` among the words, its tokens what :meth:`_tokens` made of it."""
        char = chr(ord(PLACEHOLDER_BASE) + len(self._placeholders))
        self._placeholders[match] = char
        self._placeholder_tokens[char] = self.number_or_latin_tokens(*match[:3])
        return char

    @staticmethod
    def number_or_latin_tokens(number: str, percent: str, latin: str) -> tuple[str, ...]:
        """The tokens of a number (``percent``: "%" after it) or, ``number`` empty, a Latin word."""
        if number:
            return (number, number + "%") if percent else (number,)
        latin = latin.strip("'’-")
        return (latin,) if latin and latin not in STOP_WORDS else ()

    def index_tokens(self, word: str) -> tuple[str, ...]:
        """A word's index tokens (jieba's word, or a run character outside jieba's block):
        itself and its sub-words; none for a function word or the separator."""
        return () if word in STOP_WORDS or word == SEPARATOR else (word, *self._sub_words(word))

    def _index_tokens(self, word: str) -> tuple[str, ...]:
        """A word's index tokens: itself and its sub-words; none for a function word or the
        separator; a placeholder's number or Latin word."""
        if word >= PLACEHOLDER_BASE:
            return self._placeholder_tokens[word]
        return self.index_tokens(word)

    def _sub_words(self, word: str) -> list[str]:
        """Dictionary words of length 2 and 3 inside a longer word (jieba's search mode)."""
        found: list[str] = []
        n = len(word)
        if n <= 2:
            return found
        named = word in self._user_words
        for size in (2, 3):
            if n <= size:
                continue
            for i in range(n - size + 1):
                piece = word[i : i + size]
                # A named term is often a contraction ("共富工坊" of 共同富裕 + 工坊): all its
                # two-character pieces are indexed, not only those in jieba's dictionary.
                if (self._freq.get(piece) or (named and size == 2)) and piece not in STOP_WORDS:
                    found.append(piece)
        return found


def _nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, ten times faster on Chinese text: given to
    :func:`~index.normalize.normalize`, which begins with NFKC (idempotent), it leaves it a
    quick check. CPython composes every ideograph through a linear scan of its composition
    table; NFKC is NFKD then composition, so where NFKD's result is already composed (its NFKC
    quick check says so: nearly every text) it is the result."""
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed if unicodedata.is_normalized("NFKC", decomposed) else unicodedata.normalize("NFKC", text)


class _Memo(dict[str, tuple[str, ...]]):
    """``function(key)`` for each key, computed on first use; at most :data:`_MEMO_MAX` kept."""

    def __init__(self, function: Callable[[str], tuple[str, ...]]) -> None:
        super().__init__()
        self._function = function

    def __missing__(self, key: str) -> tuple[str, ...]:
        if len(self) >= _MEMO_MAX:
            self.clear()
        value = self[key] = self._function(key)
        return value
