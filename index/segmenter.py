"""The tokenizer's jieba: a private instance (:func:`initialized_jieba`, its dictionary cache in a
private folder) and its dictionary segmentation (``cut(text, HMM=False)``) computed faster.

Segmenting is most of a cold build's CPU: jieba's route search (``get_DAG``, ``calc``) is pure
Python, ~55 ms of a 100-paragraph file's ~80. :class:`FastCut` runs the same search in jieba-rs
(``rjieba``) and gives jieba's route exactly, because it is the same arithmetic on the same numbers:

- the same words with the same frequencies: the jieba tokenizer's own ``FREQ`` (its dictionary and
  user words, every entry of positive frequency) is copied in; a zero-frequency entry (a prefix
  jieba keeps for its search) is no word on either side;
- the same ``total``: jieba-rs keeps the sum of the frequencies it holds, the jieba tokenizer keeps
  whatever it was set to (:class:`~index.tokenizer.Tokenizer` resets it to the base dictionary's
  after adding user words). A word that no text can contain (``"\\x00"``) is given the frequency
  that makes jieba-rs's sum equal it, modulo 2**64: jieba-rs adds frequencies in wrapping ``usize``
  arithmetic, which :func:`_total_is_settable` checks once on a small dictionary;
- the same floating-point operations in the same order: each position's best route is the maximum
  of ``(log(freq) - log(total) + route[end], end)`` over the words starting there (a position
  starting none: one character, ``log(1)``), compared as tuples, so an exact tie goes to the longer
  word on both sides; ``log`` is the C library's on both sides;
- the same blocks: jieba segments runs of U+4E00..U+9FD5 and yields every other character alone;
  only such runs reach jieba-rs, the other characters are yielded alone here.

jieba_fast (the same search in C, 0.53) and jieba-fast-dat (0.59) differ from jieba on routes that
tie in exact arithmetic (人人/人 against 人/人人): they round differently. Agreement is measured on
the article, the external sets and an archive sample (docs/scale.md) and tested against jieba
itself (``tests/unit/test_segmenter.py``). Building the copy costs ~0.3 s, so only large
segmenting jobs use it (:meth:`~index.tokenizer.Tokenizer.segment_fast`), and questions once the
warm-up has built it (:meth:`~index.tokenizer.Tokenizer.warm_up`).
"""

from __future__ import annotations

import importlib.util
import logging
import marshal
import os
import re
import sys
import threading
from functools import lru_cache
from importlib.machinery import EXTENSION_SUFFIXES, ExtensionFileLoader
from pathlib import Path
from typing import Any

import jieba

log = logging.getLogger(__name__)

#: What jieba segments as one block (its ``re_han_default``, less the Latin letters, digits and
#: signs that a run of Chinese characters never holds).
JIEBA_HAN_RE = re.compile("[\u4e00-\u9fd5]+")
#: Between the pieces of a text cut in one call: jieba-rs yields it as a word of its own.
SEPARATOR = "\n"
#: Placeholders for what is not Chinese among the pieces (numbers, Latin words): characters of
#: Unicode's private use plane 15, in no run of Chinese characters, each yielded as a word alone.
PLACEHOLDER_BASE = "\U000f0000"
PLACEHOLDERS = 0x10000
#: Anything in a text of pieces that jieba-rs would not cut as jieba does.
_NOT_PIECES_RE = re.compile("[^\u4e00-\u9fd5\n\U000f0000-\U000fffff]")
_UNREACHABLE = "\x00"  # holds no Chinese character: in no block jieba-rs is given
_WRAP = 1 << 64

_LOADING = threading.Lock()


@lru_cache(maxsize=1)
def _jieba_rs() -> Any:
    """jieba-rs's ``Jieba`` class, loaded on first use (a cold build's workers, the warm-up), or
    None without rjieba. Not ``import rjieba``: the package's ``__init__`` builds a default
    dictionary that nothing here uses (~0.1-0.2 s of CPU and 33 MB in every process that imports
    it); its extension module alone loads in under a millisecond. It is registered under its own
    name, so that a later ``import rjieba`` reuses it (a PyO3 module initialises once a process)."""
    with _LOADING:
        loaded = sys.modules.get("rjieba.rjieba")
        if loaded is None:
            spec = importlib.util.find_spec("rjieba")
            folder = Path(spec.origin).parent if spec is not None and spec.origin else None
            found = [folder / f"rjieba{suffix}" for suffix in EXTENSION_SUFFIXES] if folder else []
            path = next((f for f in found if f.is_file()), None)
            if path is None:
                return None
            loader = ExtensionFileLoader("rjieba.rjieba", str(path))
            module_spec = importlib.util.spec_from_file_location("rjieba.rjieba", path, loader=loader)
            if module_spec is None:  # pragma: no cover - a file location always gives a spec
                return None
            try:
                loaded = importlib.util.module_from_spec(module_spec)
                loader.exec_module(loaded)
            except ImportError as exc:  # built for another Python, say: jieba itself still works
                log.warning("jieba-rs not loadable from %s: %s", path, exc)
                return None
            sys.modules["rjieba.rjieba"] = loaded
        return getattr(loaded, "Jieba", None)


class FastCut:
    """``cut(run)`` equals ``list(tokenizer.cut(run, HMM=False))`` for a run of Chinese characters."""

    def __init__(self, tokenizer: jieba.Tokenizer) -> None:
        jieba_rs = _jieba_rs()
        if jieba_rs is None or not _total_is_settable():
            raise RuntimeError("rjieba is missing or cannot hold jieba's total")
        self._rs = jieba_rs.empty()
        held = 0
        for word, freq in tokenizer.FREQ.items():
            if freq:
                self._rs.add_word(word, freq, "")
                held += freq
        _set_total(self._rs, held, tokenizer.total)

    def cut(self, run: str) -> list[str]:
        """The words of ``run``, a text of Chinese characters only (the tokenizer's runs)."""
        if JIEBA_HAN_RE.fullmatch(run):
            return self._rs.cut(run, False)
        words: list[str] = []
        start = 0
        for block in JIEBA_HAN_RE.finditer(run):
            words.extend(run[start : block.start()])  # outside jieba's blocks: one character each
            words.extend(self._rs.cut(block.group(), False))
            start = block.end()
        words.extend(run[start:])
        return words

    def words(self, text: str) -> list[str]:
        """The words of ``text``, runs of jieba's block between characters outside it that
        jieba-rs yields alone (:data:`SEPARATOR`, private-use plane 15): the runs' words as
        :meth:`cut` gives them, each other character alone (:mod:`index.bulk`)."""
        return self._rs.cut(text, False)

    def cut_pieces(self, pieces: list[str]) -> list[str]:
        """The words of each piece in order, with :data:`SEPARATOR` words between pieces: a piece
        is a run of Chinese characters (its words as :meth:`cut` gives them) or a placeholder
        (itself). One call for all when every run is in jieba's blocks: each run is a block of
        its own between separators (jieba-rs cuts block by block), and a call costs ~4 µs
        whatever its length, more than searching a short run."""
        text = SEPARATOR.join(pieces)
        if _NOT_PIECES_RE.search(text) is None:
            return self._rs.cut(text, False)
        return [w for p in pieces for w in ((p,) if p >= PLACEHOLDER_BASE else self.cut(p))]


def fast_cut(tokenizer: jieba.Tokenizer) -> FastCut | None:
    """A :class:`FastCut` of ``tokenizer``'s dictionary, or None where rjieba cannot give one."""
    try:
        return FastCut(tokenizer)
    except RuntimeError as exc:
        log.warning("segmenting with jieba alone: %s", exc)
        return None


def _set_total(rs: Any, held: int, total: int) -> None:
    """Make the sum jieba-rs keeps (``held`` now) equal ``total``."""
    if total != held:
        rs.add_word(_UNREACHABLE, (total - held) % _WRAP, "")


def _total_is_settable() -> bool:
    """Whether :func:`_set_total` works: a route that changes with the total follows it.

    甲乙 (frequency 10) beats 甲/乙 (1,000 each) when ``total`` is over 10**5 (10/T > (1000/T)**2):
    with 丙 (10**9) held it does; with the total then set to 50,000 -- lowered, by wrapping round
    2**64 -- it must not.
    """
    try:
        rs = _jieba_rs().empty()
        for word, freq in (("甲", 1000), ("乙", 1000), ("甲乙", 10), ("丙", 10**9)):
            rs.add_word(word, freq, "")
        if rs.cut("甲乙", False) != ["甲乙"]:
            return False
        _set_total(rs, 10**9 + 2010, 50_000)
        return rs.cut("甲乙", False) == ["甲", "乙"]
    except BaseException as exc:  # noqa: BLE001 - pyo3 reports a Rust panic as a BaseException
        if isinstance(exc, (KeyboardInterrupt, SystemExit)):
            raise
        return False


def user_cache_folder() -> Path:
    """The project's folder of the user's own cache (``$XDG_CACHE_HOME`` or ``~/.cache``), for
    what the dictionaries cost to prepare -- never the world-writable temp folder."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "zh-news-qa-bot"


def default_dictionary_cache() -> Path:
    """Where jieba's dictionary cache goes when no folder is given (:func:`user_cache_folder`)."""
    return user_cache_folder() / "jieba"


def initialized_jieba(folder: Path) -> jieba.Tokenizer:
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
