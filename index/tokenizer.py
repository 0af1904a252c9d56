"""Tokenising for the index and for questions: the same steps on both sides.

1. :func:`~index.normalize.normalize` (NFKC, Traditional→Simplified, lower case).
2. Numbers stay whole ("433.6", "99.67%" gives "99.67%" and "99.67"); Latin words are one token.
3. Chinese runs are segmented by a private ``jieba.Tokenizer`` (never jieba's module-global one),
   initialised at construction, with the corpus's own named terms (phrases in “…”, 「…」, 《…》)
   as user words; each long word also yields its dictionary sub-words, as jieba's search mode does,
   so "共富工坊" is found from "工坊" too.
4. Punctuation and function words are dropped; questions also lose their question words
   (多少, 几, 什么, how, many ...), which say what is asked, not what about.
"""

from __future__ import annotations

import logging
import marshal
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import threading

import jieba

from index.normalize import normalize

log = logging.getLogger(__name__)

_RUN_RE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)(?:万亿|万|亿|千)?(?:余|多)?(?P<pct>%)?"
    r"|(?P<lat>[a-z][a-z0-9'’\-]*)"
    r"|(?P<han>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+)"
)
#: A quoted name (“共富工坊”, 「八八戰略」, 《實施方案》): in the corpus a named term, in a question what it
#: asks about by name.
QUOTED_RE = re.compile(r"[“「『《‘\"]([^“”「」『』《》‘’\"\n]{2,12})[”」』》’\"]")
# What follows 多少/几 and an optional measure word: the thing being counted.
_COUNTED_RE = re.compile(r"(?:多少|几)(?:个|名|家|位|次|期|件|起|份|条|项|所|座|场|批|届|级|块|张|只|种|类|户|篇|人)?([\u4e00-\u9fff]{1,8})")
# ...or what stands before 总数/数量/人数: "党员总数是多少" counts 党员.
_COUNTED_BEFORE_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:的)?(?:总数|总量|数量|个数|数目)")
# ...or the noun right before 有多少/有几 ("包村联社的县级领导有多少人" counts 领导).
_COUNTED_HAS_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:一共|总共|共)?有(?:多少|几)")
_COUNT_WORDS = frozenset({"多少", "几", "幾"})


def _counting(word: str) -> bool:
    """Whether a measure word after ``word`` is a question's unit: after 多少/几, or a word
    jieba joined to measure words (几万, 多少年; not 几乎)."""
    for count in ("多少", "几", "幾"):
        if word.startswith(count) and all(ch in _MEASURE_WORDS for ch in word[len(count):]):
            return True
    return False


def _asks_which(word: str) -> bool:
    """A question word with its numerals, measure words or date units: 哪座, 哪两位, 几位, 哪几种, 何年, 何种,
    哪年哪月 (not 哪里, 几乎)."""
    return len(word) > 1 and word[0] in "哪几何" and all(
        ch in _MEASURE_WORDS or ch in _ASKING_CHARS or _NUMERAL_RE.match(ch) for ch in word[1:]
    )


def _joined_how(pieces: list[str]) -> list[str]:
    """jieba's pieces with 多 and an adjective it cut apart joined again (多/大比重 → 多大 比重)."""
    out: list[str] = []
    for piece in pieces:
        if out and out[-1] == "多" and piece in _HOW_ADJECTIVES:
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _peeled(word: str) -> tuple[str, str, str]:
    """``word`` as (function characters before, the rest, function characters after): 苻坚于 →
    ("", "苻坚", "于"), 所写 → ("所", "写", "")."""
    start, end = 0, len(word)
    while end - start > 1 and word[start] in _LEADING_FUNCTION:
        start += 1
    while end - start > 1 and word[end - 1] in _TRAILING_FUNCTION:
        end -= 1
    return word[:start], word[start:end], word[end:]


def _refers_back(word: str) -> bool:
    """这轮, 此次, 本届, 该项: "this" with a measure word points at the text's own topic."""
    return len(word) > 1 and word[0] in _THIS and all(
        ch in _MEASURE_WORDS or _NUMERAL_RE.match(ch) for ch in word[1:]
    )


#: Question words after which a noun says what kind of thing the answer is (哪座城市, 哪个国家);
#: not 什么/哪些, whose noun is usually written in the answer too (实施了什么行动 → …行动).
_ASKING = frozenset({"哪", "哪个", "哪一", "哪一个"})
#: Words for a time, which a question asking one names and its answer writes as a date.
_TIME_WORDS = frozenset({"时间", "日期", "年份", "时期", "年月"})
#: The part of speech given to such a noun.
ANSWER_TYPE = "type"

# Measure words and magnitudes that follow 多少/几 in a question ("多少万", "几名"): its unit.
_MEASURE_WORDS = frozenset("个名家位次期件起份条项所座场批届级块张只种类户篇人万亿千百倍轮天年岁")
_ASKING_CHARS = frozenset("哪几何月日号")  # what else a 哪/几 word may hold: 哪几种, 哪年哪月, 几月几日
_TIME_UNITS = frozenset("年月日号天")
_THIS = frozenset("这此本该")
_WHEN = frozenset({"何时", "什么时候", "几时"})
_HOW_ADJECTIVES = frozenset("大高长远深重宽久快")  # 多大, 多高: "how big", "how tall"
_NEVER_IN_NAMES = frozenset("是的了吗呢吧么谁哪啥被把从到和及或")  # single characters that end a run of unknown ones
# Function characters jieba's HMM glues to the end (苻坚于, 论为) or the start (所写) of a guessed word.
_TRAILING_FUNCTION = frozenset("于为与在而会来每指有何")
_LEADING_FUNCTION = frozenset("所被把由将对从因每此这该")
_NUMERAL_RE = re.compile(r"^[0-9零〇一二两三四五六七八九十百千万亿]+")
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

# Words that say what kind of answer is wanted, point at the text itself (这次, 综述) or only
# modify the verb (会, 应该): dropped from a question's search terms (the index keeps them).
QUESTION_WORDS: frozenset[str] = frozenset(
    """
    多少 几 几个 几次 几家 几名 几项 几年 什么 什么样 哪些 哪个 哪里 哪儿 哪 哪年 哪一年 哪天 哪月
    谁 怎么 怎么样 怎样 如何 为何 为什么 何时 何地 何 啥 是否 是不是 有没有 多久 多长 几时 时候
    是谁 什么时候 多大 多高 多远 多深 多重 多宽 多快 占比 百分之几 百分比 比例 比率 数字 数目 总数 一共 共计
    次数 人数 个数 数量 数值 东西 增幅 降幅 涨幅 跌幅 减幅 比重 合计 总计 总共
    指 是指 指的是 代表 意思 含义 意味着 表示 数据 具体 分别
    这次 此次 本次 这场 该次 综述 起止 会 能够 应该
    how many much what which who whom whose when where why number percentage percent share
    proportion rate ratio amount count total
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
        self._jieba = _initialized_jieba(dictionary_cache or default_dictionary_cache())
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
        self._tags: dict[str, str] | None = None
        self._tags_lock = threading.Lock()

    def normalized_tokens(self, text: str) -> tuple[str, list[str]]:
        """``(normalize(text), its index tokens in order, sub-words after their word)``.

        The index build segments passages through this method (it keeps the normalised text
        to tell later whether a changed user word occurs in the passage).
        """
        norm = normalize(text)
        return norm, self._tokens(norm, drop=STOP_WORDS)

    def query_words(self, question: str) -> list[QueryWord]:
        """The question's content words in order, each with its sub-words.

        Numbers get the part of speech "m" and Latin words "eng"; Chinese words get "" here --
        :meth:`tag` looks theirs up when it is needed (only for words the corpus lacks).
        """
        words: list[QueryWord] = []
        number_end = -1
        for match in _RUN_RE.finditer(normalize(question)):
            kind = match.lastgroup
            if kind in ("num", "pct"):
                number = match.group("num")
                variants = (number + "%", number) if match.group("pct") else (number,)
                words.append(QueryWord(variants, "m"))
                number_end = match.end()
            elif kind == "lat":
                word = match.group().strip("'’-")
                if word and word not in STOP_WORDS and word not in QUESTION_WORDS:
                    words.append(QueryWord((word,), "eng"))
            else:
                previous = ""
                pieces = _joined_how(list(self._jieba.cut(match.group(), HMM=False)))
                # After a number, the first character is its measure word (2.46万名), never part of a name.
                counted = pieces[:1] if match.start() == number_end and len(pieces[0]) == 1 else []
                for word in counted + self._name_runs(pieces[len(counted):]):
                    if isinstance(word, QueryWord):
                        words.append(word)
                        previous = word.text
                        continue
                    after_which = previous in _ASKING or (previous.startswith(("哪", "何")) and _asks_which(previous))
                    after_count = _counting(previous)
                    # 哪座城市, 什么人: the noun says what is asked -- not the verb after 哪年 (哪年举办)
                    after_when = previous in _WHEN or (previous[:1] in "哪几何" and previous[-1:] in _TIME_UNITS)
                    asked_type = after_which and not after_when and not previous.endswith("起")  # 哪年起实施
                    asked_type = asked_type or (previous == "什么" and len(word) == 1)
                    after_this = previous in _THIS
                    previous = word
                    if after_which and all(ch in _MEASURE_WORDS or ch in _ASKING_CHARS or _NUMERAL_RE.match(ch) for ch in word):
                        previous = "哪" + word  # 哪 座 城市, 哪 一个 年度: the measure word belongs to 哪
                        continue
                    if word in STOP_WORDS or word in QUESTION_WORDS or _refers_back(word) or not word.strip():
                        continue
                    if len(set(word)) == len(word) and all(ch in STOP_WORDS for ch in word):
                        continue  # 是从, 也都: a word of function characters is one (not 个个: "each")
                    if word == "起" and after_when:
                        continue  # 何时起, 哪年起: "from when", part of the question
                    if after_this and all(ch in _MEASURE_WORDS for ch in word):
                        continue  # 这 轮: the text's own topic (see _refers_back)
                    if after_count and all(ch in _MEASURE_WORDS for ch in word):
                        previous = "多少"  # 多少万名, 多少 万 名, 几万 名: the unit may run on
                        continue  # the question's unit, not what it is about
                    if word.startswith(("几", "多少")) or _asks_which(word) or (after_which and _NUMERAL_RE.match(word)):
                        continue  # 几块, 多少个, 哪四个: a question word with its measure word
                    subs = [s for s in self._sub_words(word) if s not in QUESTION_WORDS]
                    # 哪座城市, 什么行动: the kind of thing asked for, which the answer names otherwise
                    asked_type = asked_type or word in _TIME_WORDS  # 起止时间是？ (not 第一时间)
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
            while j < len(pieces) and len(pieces[j]) == 1 and _HAN_ONLY_RE.match(pieces[j]) and pieces[j] not in _NEVER_IN_NAMES:
                j += 1
            if i > 0 and pieces[i - 1][-1:] in "哪几何" and _NUMERAL_RE.match(pieces[i]):
                j = i  # 哪 一 国: which one, then the kind asked for -- no name
            if j - i < 2:
                out.append(pieces[i])
                i += 1
                continue
            run = "".join(pieces[i:j])
            guessed = list(self._jieba.cut(run, HMM=True))
            inner = [
                k for k, g in enumerate(guessed)
                if g not in STOP_WORDS and g not in QUESTION_WORDS and not _asks_which(g) and not _refers_back(g)
            ]
            first, last = (inner[0], inner[-1]) if inner else (0, -1)
            # the function characters at its ends are no part of the name (苻坚于 → 苻坚 于, 论为, 所写)
            lead, name, trail = _peeled("".join(guessed[first : last + 1]))
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
        for match in _COUNTED_RE.finditer(norm):
            words = self._content_words(match.group(1))
            if words and len(words[0]) > 1:
                return words[0]
        for match in _COUNTED_BEFORE_RE.finditer(norm):
            words = self._content_words(match.group(1))
            if words and len(words[-1]) > 1:
                return words[-1]
        for match in _COUNTED_HAS_RE.finditer(norm):
            words = self._content_words(match.group(1))
            if words and len(words[-1]) > 1:
                tag = self.tag(words[-1])
                if tag.startswith(("n", "vn", "j")) and not tag.startswith(("nr", "ns", "nt")):
                    return words[-1]  # a thing, not a place or a person (浙江有多少人)
        return None

    def _content_words(self, text: str) -> list[str]:
        """jieba's words of ``text`` that are neither function nor question words."""
        return [w for w in self._jieba.cut(text, HMM=False) if w not in STOP_WORDS and w not in QUESTION_WORDS]

    def tag(self, word: str) -> str:
        """jieba's part-of-speech tag of a dictionary word ("n", "ns", "v" ...); "" if unknown.

        The tag table is read from jieba's dictionary on first use (a fraction of a second),
        so start-up does not pay for it; :meth:`warm_up` reads it ahead of time.
        """
        if word in self._user_words:
            return "nz"
        return self._tag_table().get(word, "")

    def warm_up(self) -> None:
        """Load everything lazily loaded, so that the first question is as fast as the others."""
        self._tag_table()

    def _tag_table(self) -> dict[str, str]:
        if self._tags is None:
            with self._tags_lock:
                if self._tags is None:
                    self._tags = _read_tags(self._jieba)
        return self._tags

    def words(self, text: str) -> list[str]:
        """The plain segmentation of normalised ``text`` (no sub-words, nothing dropped)."""
        out: list[str] = []
        for match in _RUN_RE.finditer(normalize(text)):
            if match.lastgroup == "han":
                out.extend(self._jieba.cut(match.group(), HMM=False))
            elif match.lastgroup in ("num", "pct"):
                out.append(match.group("num") + ("%" if match.group("pct") else ""))
            else:
                out.append(match.group())
        return out

    def _tokens(self, norm: str, drop: frozenset[str]) -> list[str]:
        out: list[str] = []
        for match in _RUN_RE.finditer(norm):
            kind = match.lastgroup
            value = match.group()
            if kind in ("num", "pct"):
                number = match.group("num")
                out.append(number)
                if match.group("pct"):
                    out.append(number + "%")
            elif kind == "lat":
                value = value.strip("'’-")
                if value and value not in drop:
                    out.append(value)
            else:
                for word in self._jieba.cut(value, HMM=False):
                    if word in drop:
                        continue
                    out.append(word)
                    out.extend(self._sub_words(word))
        return out

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


def default_dictionary_cache() -> Path:
    """Where jieba's dictionary cache goes when no folder is given: the user's own cache folder
    (``$XDG_CACHE_HOME`` or ``~/.cache``), never the world-writable temp folder."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "zh-news-qa-bot" / "jieba"


def _initialized_jieba(folder: Path) -> jieba.Tokenizer:
    """A private jieba tokenizer with its dictionary loaded, its cache kept in ``folder``.

    jieba keeps its prefix dictionary in a marshal cache file, by default in the shared temp
    folder (``/tmp/jieba.cache``), where anyone can plant a file that ``marshal`` then loads.
    Here the cache lives in a folder of the project's cache, created private (mode 0700). jieba
    reads it with ``marshal.load(file)``, three times slower than ``marshal.loads`` of the same
    bytes (~1.1 s against ~0.35 s here), so when it exists it is read the fast way; otherwise jieba
    builds (and writes) it there.
    """
    tokenizer = jieba.Tokenizer()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        tokenizer.tmp_dir = str(folder)
    except OSError as exc:
        log.warning("cannot create the jieba cache folder %s (%s); building the dictionary without a cache", folder, exc)
        tokenizer.tmp_dir = None
    cache = folder / "jieba.cache"  # jieba's own name for its default dictionary's cache
    if tokenizer.tmp_dir is None:
        tokenizer.FREQ, tokenizer.total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
        tokenizer.initialized = True
    elif tokenizer.dictionary == jieba.DEFAULT_DICT and cache.is_file():
        try:
            freq, total = marshal.loads(cache.read_bytes())
            if isinstance(freq, dict) and isinstance(total, int) and total > 0:
                tokenizer.FREQ, tokenizer.total = freq, total
                tokenizer.initialized = True
        except (OSError, ValueError, EOFError, TypeError) as exc:
            log.warning("jieba cache %s unreadable (%s); rebuilding it", cache, exc)
    if not tokenizer.initialized:
        tokenizer.initialize()
    return tokenizer


def _read_tags(tokenizer: jieba.Tokenizer) -> dict[str, str]:
    """word → tag from the jieba dictionary file ("word freq tag" lines)."""
    tags: dict[str, str] = {}
    with tokenizer.get_dict_file() as handle:
        for raw in handle:
            parts = raw.decode("utf-8", errors="replace").split()
            if len(parts) >= 3:
                tags[parts[0]] = parts[2]
    return tags
