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
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import jieba

from index.normalize import normalize

_normalize_uncached = normalize.__wrapped__  # for long texts, seen once (not kept by its cache)
from index.segmenter import (
    PLACEHOLDER_BASE, PLACEHOLDERS, SEPARATOR, FastCut, default_dictionary_cache, fast_cut, initialized_jieba,
)
from index.tags import TagTable, load_tag_table
from index.question_words import (
    ANSWER_TYPE, ASKING, ASKING_CHARS, COUNTED_BEFORE_RE, COUNTED_HAS_RE, COUNTED_RE, MEASURE_WORDS, THING_COUNTED_RE,
    NEVER_IN_NAMES, NUMERAL_RE, QUESTION_WORDS, THIS, TIME_UNITS, TIME_WORDS, WHEN, asks_which, counting,
    joined_how, peeled, refers_back, written_otherwise,
)


_RUN_RE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)(?:万亿|万|亿|千)?(?:余|多)?(?P<pct>%)?"
    r"|(?P<lat>[a-z][a-z0-9'’\-]*)"
    r"|(?P<han>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+)"
)
#: An era marker before a year or a question about one (西元幾年, 公元1934年): part of how the
#: question writes its date, not a word to find (texts mostly write the bare year).
_ERA_RE = re.compile(r"(?:西元|公元)(?=\s*(?:\d|几|哪|多少))")
#: A quoted name (“共富工坊”, 「八八戰略」, 《實施方案》): in the corpus a named term, in a question what it
#: asks about by name.
QUOTED_RE = re.compile(r"[“「『《‘\"]([^“”「」『』《》‘’\"\n]{2,12})[”」』》’\"]")
_MEMO_MAX = 400_000  # words whose index tokens are kept (a few tens of MB at most)
#: jieba's tags of the words a counted noun phrase holds (nouns, names, verbal nouns,
#: abbreviations, adjectives, distinguishing and time words: 老年食堂, 大型展覽) ...
_PHRASE_TAGS = ("n", "vn", "j", "a", "b", "f", "s", "t")
#: ... and of those that name the thing itself
_NOUN_TAGS = ("n", "vn", "j")
_HAN_ONLY_RE = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")

# Function words: they carry no topic, in either language.
STOP_WORDS: frozenset[str] = frozenset(
    """
    的 了 着 过 和 与 及 以及 或 或者 而 并 并且 也 都 就 又 还 在 于 对 从 把 被 将 为 为了 以 由
    是 有 这 那 其 之 所 等 等等 个 一个 这个 那个 这些 那些 这样 那样 我 你 他 她 它 我们 你们 他们
    呀 啊 吧 吗 呢 嘛 哦 哈 啦 吧 请问 请 问 告诉 知道 想 要 能 可以 一下 里 中 上 下 来 去 到 给
    文章 篇文章 这篇 本文 文中 报道 这篇文章 该文 全文 原文
    the a an of in on at to for and or is are was were be been being do does did done has have had
    this that these those there here it its by with from as about into than then so please tell me
    i you we they he she our your their my can could would should will shall may might
    """.split()
)



def extract_named_terms(texts: Iterable[str]) -> list[str]:
    """The quoted named terms of a corpus (“共富工坊”, 《實施方案》), normalised and deduplicated."""
    seen: dict[str, None] = {}
    for text in texts:
        for match in QUOTED_RE.finditer(text):
            term = normalize(match.group(1)).strip()
            if 2 <= len(term) <= 12 and _HAN_ONLY_RE.match(term):
                seen.setdefault(term, None)
    return sorted(seen)


@dataclass(frozen=True)
class QueryWord:
    """A content word of a question: its variants (the word, then its sub-words) and its part of
    speech ("m" a number, "eng" a Latin word, "phrase" a name run, :data:`ANSWER_TYPE` the kind of
    thing asked for; "" a Chinese word, tagged on demand)."""

    variants: tuple[str, ...]
    pos: str

    @property
    def text(self) -> str:
        return self.variants[0]


class Tokenizer:
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

    def query_words(self, question: str) -> list[QueryWord]:
        """The question's content words in order, each with its sub-words.

        Numbers get the part of speech "m" and Latin words "eng"; Chinese words get "" here --
        :meth:`tag` looks theirs up when it is needed (only for words the corpus lacks).
        """
        words: list[QueryWord] = []
        number_end = -1
        latin = ""  # the Latin word before this run ("how many 万": 万 is the question's unit)
        for match in _RUN_RE.finditer(_ERA_RE.sub("", normalize(question))):
            kind = match.lastgroup
            if kind in ("num", "pct"):
                number = match.group("num")
                variants = (number + "%", number) if match.group("pct") else (number,)
                words.append(QueryWord(variants, "m"))
                number_end = match.end()
            elif kind == "lat":
                word = latin = match.group().strip("'’-")
                if word and word not in STOP_WORDS and word not in QUESTION_WORDS:
                    words.append(QueryWord((word,), "eng"))
            else:
                previous = "多少" if latin in ("many", "much") else ""
                latin = ""
                pieces = joined_how(list(self._cut(match.group())))
                # After a number, the first character is its measure word (2.46万名), never part of a name.
                counted = pieces[:1] if match.start() == number_end and len(pieces[0]) == 1 else []
                for word in counted + self._name_runs(pieces[len(counted):]):
                    if isinstance(word, QueryWord):
                        words.append(word)
                        previous = word.text
                        continue
                    after_which = previous in ASKING or (previous.startswith(("哪", "何")) and asks_which(previous))
                    after_count = counting(previous)
                    # 哪座城市, 什么人: the noun says what is asked -- not the verb after 哪年 (哪年举办)
                    after_when = previous in WHEN or (previous[:1] in "哪几何" and previous[-1:] in TIME_UNITS)
                    asked_type = after_which and not after_when and not previous.endswith("起")  # 哪年起实施
                    asked_type = asked_type or (previous == "什么" and len(word) == 1)
                    after_this = previous in THIS
                    previous = word
                    if after_which and all(ch in MEASURE_WORDS or ch in ASKING_CHARS or NUMERAL_RE.match(ch) for ch in word):
                        previous = "哪" + word  # 哪 座 城市, 哪 一个 年度: the measure word belongs to 哪
                        continue
                    if word in STOP_WORDS or word in QUESTION_WORDS or refers_back(word) or not word.strip():
                        continue
                    if len(set(word)) == len(word) and all(ch in STOP_WORDS for ch in word):
                        continue  # 是从, 也都: a word of function characters is one (not 个个: "each")
                    if word == "起" and after_when:
                        continue  # 何时起, 哪年起: "from when", part of the question
                    if after_this and all(ch in MEASURE_WORDS for ch in word):
                        continue  # 这 轮: the text's own topic (see refers_back)
                    if after_count and all(ch in MEASURE_WORDS for ch in word):
                        previous = "多少"  # 多少万名, 多少 万 名, 几万 名: the unit may run on
                        continue  # the question's unit, not what it is about
                    if word.startswith(("几", "多少")) or asks_which(word) or (after_which and NUMERAL_RE.match(word)):
                        continue  # 几块, 多少个, 哪四个: a question word with its measure word
                    subs = [s for s in self._sub_words(word) if s not in QUESTION_WORDS]
                    twin = written_otherwise(word)  # 首批 in the question, 第一批 in the text (or back)
                    subs = [twin, *subs] if twin else subs
                    if len(word) == 2 and word[1] == "子" and word[0] not in STOP_WORDS:
                        subs = [*subs, word[0]]  # 村子, 案子: the noun suffix 子 is often left out (李祖村, 积案)
                    # 哪座城市, 什么行动: the kind of thing asked for, which the answer names otherwise
                    asked_type = asked_type or word in TIME_WORDS  # 起止时间是？ (not 第一时间)
                    words.append(QueryWord((word, *subs), ANSWER_TYPE if asked_type else ""))
        return words

    def _name_runs(self, pieces: list[str]) -> list[str | QueryWord]:
        """``pieces`` with each name the dictionary lacks made one word, of part of speech "phrase".

        Without HMM, jieba cuts a name it does not know into single characters (软枝黄蝉 → 软/枝/
        黄/蝉, 李晨 → 李/晨), which then match any text holding those characters. jieba's HMM
        segments such a run of single characters into new words (软枝/黄蝉, 李晨); when it finds
        one, the run without the function words at its ends is the name: its variants are the
        name itself (matched as written) and its characters (what the index holds).
        """
        out: list[str | QueryWord] = []
        i = 0
        while i < len(pieces):
            j = i
            while j < len(pieces) and len(pieces[j]) == 1 and _HAN_ONLY_RE.match(pieces[j]) and pieces[j] not in NEVER_IN_NAMES:
                j += 1
            if i > 0 and pieces[i - 1][-1:] in "哪几何" and NUMERAL_RE.match(pieces[i]):
                j = i  # 哪 一 国: which one, then the kind asked for -- no name
            if i > 0 and pieces[i - 1] in ("哪", "多少") and len(pieces[i]) == 1:
                j = i  # 哪 天, 多少 门: the measure word asked by -- no name
            if j - i < 2:
                out.append(pieces[i])
                i += 1
                continue
            run = "".join(pieces[i:j])
            guessed = list(self._jieba.cut(run, HMM=True))
            inner = [
                k for k, g in enumerate(guessed)
                if g not in STOP_WORDS and g not in QUESTION_WORDS and not asks_which(g) and not refers_back(g)
            ]
            first, last = (inner[0], inner[-1]) if inner else (0, -1)
            # the function characters at its ends are no part of the name (苻坚于 → 苻坚 于, 论为, 所写)
            lead, name, trail = peeled("".join(guessed[first : last + 1]))
            if len(name) < 2 or not any(len(g) > 1 for g in guessed[first : last + 1]):
                out.extend(pieces[i:j])
            else:
                out.extend([*guessed[:first], *lead])
                chars = tuple(dict.fromkeys(c for c in name if c not in STOP_WORDS))
                out.append(QueryWord((name, *chars), "phrase"))
                out.extend([*trail, *guessed[last + 1 :]])
            i = j
        return out

    def counted_word(self, question: str) -> str | None:
        """The word a count question counts: "多少家共富工坊" → "共富工坊", "党员总数是多少" → "党员",
        "县级领导有多少人" → "领导" (None if there is none)."""
        norm = normalize(question)
        for match in COUNTED_RE.finditer(norm):
            words = self._content_words(match.group(1))
            if words and len(words[0]) > 1:
                return words[0]
        for match in COUNTED_BEFORE_RE.finditer(norm):
            words = self._content_words(match.group(1))
            if words and len(words[-1]) > 1:
                return words[-1]
        for match in COUNTED_HAS_RE.finditer(norm):
            words = self._content_words(match.group(1))
            if words and len(words[-1]) > 1:
                tag = self.tag(words[-1])
                if tag.startswith(("n", "vn", "j")) and not tag.startswith(("nr", "ns", "nt")):
                    return words[-1]  # a thing, not a place or a person (浙江有多少人)
        return None

    def counted_phrase(self, question: str) -> tuple[str, ...]:
        """The nouns of what a count question counts by a measure word of things: "多少家老年食堂"
        → ("老年", "食堂"), "几个邦分会组织参加" → ("邦", "分会", "组织") without the one-character
        ones; the phrase ends at its verb ("参加"). Empty when there is no such phrase."""
        match = THING_COUNTED_RE.search(normalize(question))
        if match is None:
            return ()
        nouns: list[str] = []
        for word in self._cut(match.group(1)):
            tag = self.tag(word)
            if word == "的" or (tag.startswith(_PHRASE_TAGS) and word not in QUESTION_WORDS):
                if len(word) > 1 and tag.startswith(_NOUN_TAGS) and word not in MEASURE_WORDS:
                    nouns.append(word)
                continue
            break
        return tuple(nouns)

    def _content_words(self, text: str) -> list[str]:
        """jieba's words of ``text`` (Chinese characters only) that are neither function nor
        question words."""
        return [w for w in self._cut(text) if w not in STOP_WORDS and w not in QUESTION_WORDS]

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
