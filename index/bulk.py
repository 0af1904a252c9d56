"""Many passages tokenised at once, as numbers: the cold build's way to the same postings.

:func:`~index.fields.passage_tokens` gives a passage's tokens one passage at a time, a Python
string and a memo look-up per token. A large build needs only each passage's tokens as a
*multiset* (its postings: which terms, how often, how many in all), so :class:`BulkEncoder` works
on a whole chunk of passages with a few calls that each run in C over all of them:

1. the passages' texts joined by :data:`BOUNDARY` are normalised in one call (NFKC, OpenCC and
   lower case act character by character or phrase by phrase, and no phrase holds the boundary:
   the joined result split at it is each passage's normalised text, checked by its count);
2. one regular-expression pass makes the text jieba-rs segments: numbers and Latin words (as
   :data:`~index.tokenizer._RUN_RE` reads them, 万/亿/千/余/多 after a number included) and every
   character outside jieba's block become :data:`~index.segmenter.SEPARATOR`, the boundaries stay;
   one jieba-rs call gives the words of every run of every passage, the boundaries alone;
3. one pass of :data:`EXTRA_RE` finds what is not segmented: the numbers, the Latin words and the
   characters of :data:`~index.tokenizer._RUN_RE`'s runs outside jieba's block (each a word alone),
   and again the boundaries;
4. each word, number and heading is a *row* (looked up in a dict, in C; computed once, on first
   sight, by the tokenizer's own rules: :meth:`~index.tokenizer.Tokenizer.index_tokens`) of term
   numbers; a passage's tokens are its rows' terms, gathered, counted and sorted in NumPy.

Where a step's condition fails (a text holds the boundary character, the normalised texts do not
split into as many) :meth:`BulkEncoder.chunk` returns None and the caller goes passage by passage.
``tests/unit/test_bulk.py`` compares the chunks with those of :func:`~index.fields.passage_tokens`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Hashable, Sequence
from typing import Any
from weakref import WeakKeyDictionary

import numpy as np

from corpus.passages import Passage
from index.fields import _heading_tokens
from index.segmenter import SEPARATOR
from index.store.assemble import Chunk, Numbered, chunk_of
from index.tokenizer import Tokenizer

#: Between two passages' texts: a private-use character (plane 15) no text is expected to hold
#: (checked), which normalising leaves alone and jieba-rs yields as a word of its own.
BOUNDARY = "\U000f0000"
#: After a match's first character (consumed by a character class, which lets the regular
#: expression engine skip the Chinese characters between matches in C): the rest of a number
#: (万, 亿, 千, 余, 多 and % after it, as _RUN_RE reads them) or of a Latin word, if it began one.
#: A Latin word of two letters or more written against a decimal number or an amount ends before
#: it (全区GDP4.8亿元: "gdp", then 4.8亿), as _RUN_RE reads it.
_REST = (
    r"(?:(?<=\d)\d*(?:\.\d+)?(?:万亿|万|亿|千)?(?:余|多)?%?"
    r"|(?<=[a-z])(?:[a-z]+(?=\d+(?:\.\d|万|亿|千|%))|[a-z0-9'’\-]*))?"
)
_MASKED = rf"[^\u4e00-\u9fd5{BOUNDARY}]{_REST}"
#: Everything jieba-rs must not see: numbers and Latin words whole (so that 万 after a number is
#: no part of a run), and each other character outside jieba's block; boundaries stay.
MASK_RE = re.compile(rf"{_MASKED}(?:{_MASKED})*")
#: What is indexed but not segmented: numbers, Latin words, the characters of _RUN_RE's runs
#: outside jieba's block (each a word alone), and the boundaries.
EXTRA_RE = re.compile(rf"[\da-z\u3400-\u4dbf\u9fd6-\u9fff\uf900-\ufaff\U00020000-\U0003134f{BOUNDARY}]{_REST}")
#: One match of EXTRA_RE read as a number (and %) or a Latin word, or else a character alone.
_EXTRA_PARTS = re.compile(r"(\d+(?:\.\d+)?)(?:万亿|万|亿|千)?(?:余|多)?(%)?|([a-z][a-z0-9'’\-]*)")
#: Packing a word into an integer (:meth:`BulkEncoder._word_rows`): each character's code is its
#: place in jieba's block from 1 (0 ends the word), then the separator's and the boundary's.
_BLOCK_BASE = 0x4E00 - 1
_CODES = 0x9FD5 - _BLOCK_BASE + 3
_CODE_BITS = 15
_CODE_MASK = (1 << _CODE_BITS) - 1
_PACKED = 4  # characters: 60 bits
_SEPARATOR_CODE = ord(SEPARATOR)
_BOUNDARY_CODE = ord(BOUNDARY)
MAX_ROWS = 2_000_000  # rows kept (words, numbers, headings) before the tables start afresh

_encoders: WeakKeyDictionary[Tokenizer, BulkEncoder] = WeakKeyDictionary()


def bulk_encoder(tokenizer: Tokenizer) -> BulkEncoder | None:
    """The tokenizer's :class:`BulkEncoder` (kept with it), or None when it does not segment
    with jieba-rs (:meth:`~index.tokenizer.Tokenizer.segment_fast`)."""
    if tokenizer.fast_words is None:
        return None
    encoder = _encoders.get(tokenizer)
    if encoder is None:
        encoder = _encoders[tokenizer] = BulkEncoder(tokenizer)
    return encoder


class _Rows(dict[Hashable, int]):
    """A row number for each key, its terms computed by ``make`` on first sight."""

    def __init__(self, table: _Table, make: Callable[[Any], Sequence[str]]) -> None:
        super().__init__()
        self._table = table
        self._make = make

    def __missing__(self, key: Hashable) -> int:
        row = self[key] = self._table.add(self._make(key))
        return row


class _PackedRows:
    """Rows of non-negative integer keys, looked up many at once: a hash table (open addressing,
    linear probing) in NumPy arrays, at most half full."""

    _MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # Fibonacci hashing: the top bits of key * 2**64/phi

    def __init__(self, bits: int = 16) -> None:
        self._bits = bits
        self._keys = np.full(1 << bits, -1, dtype=np.int64)
        self._rows = np.zeros(1 << bits, dtype=np.int64)
        self._count = 0

    def _slots(self, keys: np.ndarray) -> np.ndarray:
        return ((keys.astype(np.uint64) * self._MULTIPLIER) >> np.uint64(64 - self._bits)).astype(np.int64)

    def rows(self, keys: np.ndarray) -> np.ndarray:
        """The row of each key, -1 for a key not added."""
        out = np.full(len(keys), -1, dtype=np.int64)
        slots = self._slots(keys)
        pending = np.arange(len(keys))
        mask = len(self._keys) - 1
        while len(pending):
            held = self._keys[slots]
            hit = held == keys[pending]
            out[pending[hit]] = self._rows[slots[hit]]
            going = ~hit & (held >= 0)
            pending, slots = pending[going], (slots[going] + 1) & mask
        return out

    def add(self, keys: np.ndarray, rows: np.ndarray) -> None:
        """Add distinct keys not added before, with their rows."""
        if 2 * (self._count + len(keys)) > len(self._keys):
            held = self._keys >= 0
            old_keys, old_rows = self._keys[held], self._rows[held]
            while 2 * (self._count + len(keys)) > (1 << self._bits):
                self._bits += 1
            self._keys = np.full(1 << self._bits, -1, dtype=np.int64)
            self._rows = np.zeros(1 << self._bits, dtype=np.int64)
            self._count = 0
            self._place(old_keys, old_rows)
        self._place(keys, rows)

    def _place(self, keys: np.ndarray, rows: np.ndarray) -> None:
        slots = self._slots(keys)
        mask = len(self._keys) - 1
        self._count += len(keys)
        while len(keys):
            free = self._keys[slots] < 0
            # of the keys that reach the same free slot, the first takes it
            _, first = np.unique(np.where(free, slots, -1), return_index=True)
            taken = np.zeros(len(keys), dtype=bool)
            taken[first] = True
            taken &= free
            self._keys[slots[taken]] = keys[taken]
            self._rows[slots[taken]] = rows[taken]
            keys, rows, slots = keys[~taken], rows[~taken], (slots[~taken] + 1) & mask


class _Table:
    """Rows of term numbers (a word's tokens, a number's, a heading's), flat in NumPy arrays
    (rows added since the last :meth:`sync` wait in lists); terms numbered as first seen."""

    def __init__(self) -> None:
        self.terms: list[str] = []
        self._numbers: dict[str, int] = {}
        self._rows = 0
        self._entries = 0
        self._starts: list[int] = []  # of the rows not synced yet
        self._sizes: list[int] = []
        self._data: list[int] = []
        self.start = np.zeros(0, dtype=np.int64)
        self.size = np.zeros(0, dtype=np.int64)
        self.data = np.zeros(0, dtype=np.int32)

    def __len__(self) -> int:
        return self._rows

    def add(self, tokens: Sequence[str]) -> int:
        numbers = self._numbers
        for token in tokens:
            number = numbers.get(token)
            if number is None:
                number = numbers[token] = len(self.terms)
                self.terms.append(token)
            self._data.append(number)
        self._starts.append(self._entries)
        self._sizes.append(len(tokens))
        self._entries += len(tokens)
        self._rows += 1
        return self._rows - 1

    def sync(self) -> None:
        """The arrays brought up to the rows added since."""
        if self._starts:
            self.start = np.concatenate((self.start, np.asarray(self._starts, dtype=np.int64)))
            self.size = np.concatenate((self.size, np.asarray(self._sizes, dtype=np.int64)))
            self.data = np.concatenate((self.data, np.asarray(self._data, dtype=np.int32)))
            self._starts, self._sizes, self._data = [], [], []


class BulkEncoder:
    """A chunk of passages tokenised at once (module docstring); its tables grow with the words
    seen and start afresh past :data:`MAX_ROWS` rows."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        assert tokenizer.fast_words is not None
        self._tokenizer = tokenizer
        self._cut = tokenizer.fast_words
        self._start_afresh()

    def _start_afresh(self) -> None:
        tokenizer = self._tokenizer
        self._table = table = _Table()
        self._table_name = f"{os.getpid()}-{os.urandom(6).hex()}"
        self._sent = 0  # the table's terms that chunks made with numbered=True have carried
        self._words = _Rows(table, tokenizer.index_tokens)
        self._packed = _PackedRows()  # packed words (_word_rows) and their rows
        self._extras = _Rows(table, self._extra_tokens)
        self._headings = _Rows(table, self._heading_tokens)
        self._heading_norms: dict[tuple[str, str], str] = {}
        # Row 0 is a boundary's (no terms: it only ends a passage), row 1 a separator's.
        self._words[BOUNDARY] = self._extras[BOUNDARY] = table.add(())
        self._words[SEPARATOR] = table.add(())

    def _word_rows(self, words: list[str]) -> np.ndarray:
        """The row of each of ``words`` (jieba-rs's words of a masked text).

        A look-up per word would hash each new string jieba-rs made: instead each word of up to
        :data:`_PACKED` characters is packed into an integer from its characters' codes (the
        words joined by NULs, as one array) and the integers are looked up at once among those
        known (:class:`_PackedRows`); new ones and longer words, few, by their text."""
        joined = np.frombuffer("\x00".join(words).encode("utf-32-le"), dtype=np.uint32)
        codes = joined.astype(np.int64) - _BLOCK_BASE
        valid = (codes >= 1) & (codes <= _CODES - 3)
        ends = np.flatnonzero(joined == 0)
        for char, code in ((0, 0), (_SEPARATOR_CODE, _CODES - 2), (_BOUNDARY_CODE, _CODES - 1)):
            at = joined == char
            codes[at] = code
            valid |= at
        if len(ends) != len(words) - 1 or not valid.all():  # not jieba-rs's words of a masked text
            return np.fromiter(map(self._words.__getitem__, words), dtype=np.int64, count=len(words))
        starts = np.concatenate(([0], ends + 1))
        lengths = np.append(ends, len(codes)) - starts
        codes = np.append(codes, np.zeros(_PACKED, dtype=np.int64))
        keys = codes[starts]
        for i in range(1, _PACKED):
            keys |= np.where(lengths > i, codes[starts + i], 0) << (_CODE_BITS * i)
        keys[lengths > _PACKED] = -1
        rows = self._packed.rows(keys)
        new = np.unique(keys[(rows < 0) & (keys >= 0)])
        if len(new):  # packed words not seen before: looked up by their text, then known
            self._packed.add(new, np.fromiter(map(self._unpacked_row, new.tolist()), dtype=np.int64, count=len(new)))
            rows = self._packed.rows(keys)
        longer = np.flatnonzero(keys < 0).tolist()
        rows[longer] = np.fromiter(map(self._words.__getitem__, map(words.__getitem__, longer)), dtype=np.int64,
                                   count=len(longer))
        return rows

    def _unpacked_row(self, key: int) -> int:
        chars = []
        while key:
            code = key & _CODE_MASK
            chars.append(SEPARATOR if code == _CODES - 2 else BOUNDARY if code == _CODES - 1 else chr(code + _BLOCK_BASE))
            key >>= _CODE_BITS
        return self._words["".join(chars)]

    def _extra_tokens(self, extra: str) -> Sequence[str]:
        parts = _EXTRA_PARTS.fullmatch(extra)
        if parts is None:
            return self._tokenizer.index_tokens(extra)
        return self._tokenizer.number_or_latin_tokens(*parts.groups(default=""))

    def _heading_tokens(self, key: tuple[str, str]) -> Sequence[str]:
        norm, tokens = _heading_tokens(self._tokenizer, *key)
        self._heading_norms[key] = norm
        return tokens

    def chunk(self, docs: list[dict[str, Any]], passages: Sequence[Passage], doc_passages: Sequence[int],
              numbered: bool = False) -> Chunk | None:
        """The chunk of ``passages`` (of the documents ``docs``, ``doc_passages`` each), as
        :func:`~index.store.assemble.make_chunk` makes it from :func:`~index.fields.passage_tokens`
        but for the order of its terms; None where the joined steps do not apply. ``numbered``:
        its terms as :class:`~index.store.assemble.Numbered` (for one merge that takes every
        such chunk of this encoder, in order)."""
        if len(self._table) > MAX_ROWS:
            self._start_afresh()
        n = len(passages)
        texts = [p.text for p in passages]
        joined = BOUNDARY.join(texts)
        if joined.count(BOUNDARY) != n - 1:
            return None
        norm = self._tokenizer.normal_form(joined)
        norms = norm.split(BOUNDARY)
        if len(norms) != n:
            return None
        masked = MASK_RE.sub(SEPARATOR, norm)
        word_rows = self._word_rows(self._cut(masked))
        extras = EXTRA_RE.findall(norm)
        extra_rows = np.fromiter(map(self._extras.__getitem__, extras), dtype=np.int64, count=len(extras))
        keys_of = [(p.title, p.section or "") for p in passages]
        heading_rows = np.fromiter(map(self._headings.__getitem__, keys_of), dtype=np.int64, count=n)
        rows = np.concatenate((word_rows, extra_rows, heading_rows))
        owner = np.concatenate((np.cumsum(word_rows == 0), np.cumsum(extra_rows == 0), np.arange(n)))
        del word_rows, extra_rows, extras
        table = self._table
        table.sync()
        sizes = table.size[rows]
        ends = np.cumsum(sizes)
        total = int(ends[-1]) if len(ends) else 0
        where = np.repeat(table.start[rows] - ends + sizes, sizes) + np.arange(total, dtype=np.int64)
        term_of = table.data[where]
        passage_of = np.repeat(owner, sizes)
        del where, sizes, ends, rows, owner
        lengths = np.bincount(passage_of, minlength=n)
        used = np.unique(term_of)
        local = np.zeros(len(table.terms), dtype=np.int64)
        local[used] = np.arange(len(used))
        keys = local[term_of] * max(n, 1) + passage_of
        del term_of, passage_of, local
        terms = table.terms
        chunk_terms: list[str] | Numbered
        if numbered:
            first, self._sent = self._sent, len(terms)
            chunk_terms = Numbered(self._table_name, first, terms[first:], used.astype(np.int32))
        else:
            chunk_terms = [terms[t] for t in used.tolist()]
        heading_norms = self._heading_norms
        return chunk_of(
            docs, chunk_terms, keys, len(used), lengths, doc_passages,
            paragraphs=[p.paragraph for p in passages], parts=[p.part for p in passages],
            sections=[p.section for p in passages], texts=texts,
            norms=[f"{text}\n{heading_norms[key]}" for text, key in zip(norms, keys_of)],
        )
