"""The engine every adapter shares: the current index, answering, reloading and statistics.

``Engine.ask`` answers from whatever index is current; ``Engine.reload`` builds a new index from
the corpus folder and swaps it in atomically only when the build succeeded -- a missing, empty or
broken corpus leaves the old index serving. Reloads are serialised; answering never waits for one.
Thread-safe: adapters may call ``ask`` from worker threads.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from bot.answer import Answer, AnswerSettings, answer_question
from bot.answer.english.tables import warm_tables
from bot.config import Config
from bot.format.text import plural
from corpus.errors import IndexBuildError, QABotError
from index.build import ProgressCallback, open_index
from index.english.cantonese import syllable_characters, wade_giles_characters
from index.english.cedict import load_dictionary
from index.search import Index, IndexSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReloadReport:
    """What a reload changed."""

    documents: int
    passages: int
    added: tuple[str, ...]
    removed: tuple[str, ...]
    changed: tuple[str, ...]
    seconds: float

    def summary(self) -> str:
        parts = [f"{plural(self.documents, 'document')}, {plural(self.passages, 'passage')} in {self.seconds:.2f}s"]
        if self.added:
            parts.append("added: " + ", ".join(self.added))
        if self.removed:
            parts.append("removed: " + ", ".join(self.removed))
        if self.changed:
            parts.append("changed: " + ", ".join(self.changed))
        if not (self.added or self.removed or self.changed):
            parts.append("no document changed")
        return "; ".join(parts)


@dataclass(frozen=True)
class EngineStats:
    """Counters for /stats."""

    started_at: float
    questions: int
    unanswered: int
    documents: int
    passages: int
    last_reload_at: float | None
    last_reload_seconds: float
    hedged: int = 0  # answered with passages that are only possibly related


class Engine:
    """Answers questions from the current index; reloads the corpus without stopping."""

    def __init__(self, config: Config, index: Index) -> None:
        self.config = config
        self._index = index
        self._answer_settings = AnswerSettings(min_coverage=config.min_coverage)
        self._reload_lock = threading.Lock()
        self._stats_lock = threading.Lock()
        self._questions = 0
        self._unanswered = 0
        self._hedged = 0
        self._started_at = time.time()
        self._last_reload_at: float | None = None
        self._last_reload_seconds = index.build_seconds
        self._warm = False  # warm_up has run: a reloaded index is warmed up too

    @classmethod
    def from_config(cls, config: Config, progress: ProgressCallback | None = None) -> Engine:
        """Load the corpus named by ``config`` and build the first index."""
        return cls(config, load_index(config, progress))

    @property
    def index(self) -> Index:
        """The index currently serving (replaced as a whole by :meth:`reload`)."""
        return self._index

    def warm_up(self, english: bool = True) -> None:
        """Load what is otherwise loaded on first use: jieba's tag table and CC-CEDICT (Chinese
        questions consult it too: a proper name's veto), and with ``english`` the translator
        built over the index and the romanisations names are read in; and segment questions with jieba-rs from now on (the same words,
        ~0.4 s and ~30 MB to copy the dictionary; :meth:`~index.tokenizer.Tokenizer.warm_up`).

        Adapters call this in the background after start-up, so no reader waits for it.
        """
        index = self._index
        index.tokenizer.warm_up()
        load_dictionary()
        if english:
            index.english()
            syllable_characters()  # the romanisations of names (Hong Kong's, Wade-Giles)
            wade_giles_characters()
            warm_tables()  # what English questions read of CC-CEDICT besides (~1 s)
        self._warm = True

    def ask(self, question: str, count: bool = True) -> Answer:
        """Answer one question from the current index; never raises for any text.

        ``count=False`` for questions the program asks itself (example questions), which do
        not belong in the statistics.
        """
        return self.ask_with_index(question, count)[0]

    def ask_with_index(self, question: str, count: bool = True) -> tuple[Answer, Index]:
        """:meth:`ask`, and the index that answered: a reload may swap in another meanwhile, so
        an adapter that keeps the answer (to page through it) must not read :attr:`index` apart.
        """
        index = self._index
        answer = answer_question(index, question, self._answer_settings)
        if count:
            with self._stats_lock:
                self._questions += 1
                if not answer.found:
                    self._unanswered += 1
                elif answer.hedged:
                    self._hedged += 1
        return answer, index

    def reload(self, progress: ProgressCallback | None = None) -> ReloadReport:
        """Re-read the corpus and swap in a new index; on any error keep the old one and raise."""
        with self._reload_lock:
            started = time.perf_counter()
            old = self._index
            new = load_index(self.config, progress)
            old_docs = {d.name: d.fingerprint for d in old.documents}
            new_docs = {d.name: d.fingerprint for d in new.documents}
            report = ReloadReport(
                documents=len(new.documents),
                passages=new.num_passages,
                added=tuple(sorted(set(new_docs) - set(old_docs))),
                removed=tuple(sorted(set(old_docs) - set(new_docs))),
                changed=tuple(sorted(n for n in new_docs if n in old_docs and new_docs[n] != old_docs[n])),
                seconds=time.perf_counter() - started,
            )
            self._index = new
            self._last_reload_at = time.time()
            self._last_reload_seconds = report.seconds
            log.info("reloaded: %s", report.summary())
            if self._warm:  # as the old one was (its questions meanwhile get the same answers)
                new.tokenizer.warm_up()
            return report

    def stats(self) -> EngineStats:
        index = self._index
        with self._stats_lock:
            return EngineStats(
                started_at=self._started_at,
                questions=self._questions,
                unanswered=self._unanswered,
                hedged=self._hedged,
                documents=len(index.documents),
                passages=index.num_passages,
                last_reload_at=self._last_reload_at,
                last_reload_seconds=self._last_reload_seconds,
            )


def load_index(config: Config, progress: ProgressCallback | None = None) -> Index:
    """Open (or build) the index of the corpus folder; raise a one-line error when that fails.

    Only files changed since the stored index was built are read (index.build.open_index)."""
    settings = IndexSettings(max_passage_chars=config.max_passage_chars, bm25=config.bm25)
    try:
        return open_index(config.corpus_path, settings, progress=progress, cache_dir=config.cache_dir)
    except QABotError:
        raise
    except (OSError, ValueError, MemoryError) as exc:
        raise IndexBuildError(f"cannot build the index: {exc}") from exc


__all__ = ["Engine", "EngineStats", "ReloadReport", "load_index"]
