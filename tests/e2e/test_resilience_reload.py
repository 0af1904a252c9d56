"""Reloads under load and of bad corpora, end to end through /reload.

While a slow reload runs, questions keep being answered -- by the old index, until the new one is
swapped in -- and the event loop stays responsive. A missing, empty or broken corpus keeps the old
index serving. Corpus files with a BOM, CRLF line ends or one enormous line (even with no title line) are loaded correctly;
invalid UTF-8 or nothing at all is refused with a message naming the file, and never half-loaded:
a good file dropped in beside a bad one does not get in either.
"""

from __future__ import annotations

import asyncio
import gc
import shutil
import threading
import time
import weakref
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.engine import Engine, ReloadReport
from bot.format import format_html
from index.build import ProgressCallback
from index.search import Index
from tests.bench.burst import LoopLag

from .conftest import ADMIN, DATA, READER, BotHarness, Launcher
from .fakebotapi import EditedMessage

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(90)]

QUESTION = "循跡溯源學思想有多少個？"
LIBRARY_QUESTION = "阅览座位有多少个？"
LIBRARY_TITLE = "海滨市图书馆新馆正式开放"
EXTRA = (DATA / "extra_doc.txt").read_bytes()
GATE_SECONDS = 20.0  # the longest a gated reload waits for its test


async def reload_outcome(bot: BotHarness, timeout: float = 30.0) -> EditedMessage:
    """Send /reload as the admin and return the status message's final edit."""
    server = bot.server
    since = len(server.edits)
    await bot.say(ADMIN, "/reload")
    return await server.wait_for(
        lambda: next((e for e in server.edits[since:]
                      if "Reloaded" in (e.text or "") or "Reload failed" in (e.text or "")), None),
        timeout, description="the reload's outcome",
    )


class GatedEngine(Engine):
    """A reload that computes (holding the GIL, like indexing does) until the test opens the
    gate, then reloads for real."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.gate = threading.Event()
        self.reloading = threading.Event()

    def reload(self, progress: ProgressCallback | None = None) -> ReloadReport:
        self.reloading.set()
        deadline = time.monotonic() + GATE_SECONDS
        while not self.gate.is_set() and time.monotonic() < deadline:
            sum(range(10_000))  # busy, as a large corpus keeps the reload busy
        return super().reload(progress)


async def test_questions_are_answered_by_the_old_index_during_a_slow_reload(
    launch: Launcher,
) -> None:
    async with launch(engine_type=GatedEngine) as bot:
        server = bot.server
        engine: GatedEngine = bot.engine  # type: ignore[assignment]
        old = format_html(engine.ask(LIBRARY_QUESTION), 3, 0, await bot.state.examples())
        assert LIBRARY_TITLE not in old
        shutil.copy(DATA / "extra_doc.txt", bot.corpus / "extra_doc.txt")
        server.send_text(ADMIN, "/reload")
        await server.wait_for(engine.reloading.is_set, description="the reload started")
        chats = [READER + n for n in range(5)]
        with LoopLag() as lag:
            for _ in range(3):  # rounds of questions while the reload computes
                since = len(server.sent)
                started = time.monotonic()
                for chat in chats:
                    server.send_text(chat, LIBRARY_QUESTION)
                await server.wait_for(lambda: len(server.sent) - since >= len(chats),
                                      description="a round of answers")
                assert time.monotonic() - started < 3.0
                assert all(m.source == old for m in server.sent[since:])
        assert not engine.gate.is_set() and "Reloaded" not in str([e.text for e in server.edits])
        # A reload on the event loop would stall it for the whole gated reload (seconds); a shared,
        # loaded 2-core machine alone stalled it 0.30 s once, so the line is drawn at 1 s.
        assert lag.worst < 1.0, f"the event loop stalled for {lag.worst:.2f}s during the reload"
        engine.gate.set()
        done = await server.wait_for(
            lambda: next((e for e in server.edits if "Reloaded" in (e.text or "")), None), 30,
            description="the reload done")
        assert "added: extra_doc.txt" in done.text
        reply = await bot.say(READER, LIBRARY_QUESTION)
        assert reply.text.startswith("💡 3200个") and LIBRARY_TITLE in reply.text


def _remove_folder(corpus: Path) -> None:
    shutil.move(corpus, corpus.with_name("gone"))


def _empty_folder(corpus: Path) -> None:
    for path in corpus.iterdir():
        path.rename(corpus.parent / path.name)


@pytest.mark.parametrize(
    ("break_corpus", "reason"),
    [
        (_remove_folder, "does not exist"),
        (_empty_folder, "holds no .txt or .md document"),
        (lambda corpus: (corpus / "broken.md").write_bytes(b"---\ntitle: [\n---\n"),
         "broken.md: front matter is not valid YAML"),
    ],
    ids=["missing", "empty", "broken"],
)
async def test_a_reload_of_a_bad_corpus_keeps_the_old_index(
    bot: BotHarness, break_corpus: Callable[[Path], None], reason: str
) -> None:
    before = await bot.say(READER, QUESTION)
    index = bot.engine.index
    break_corpus(bot.corpus)
    failed = await reload_outcome(bot)
    assert "Reload failed" in failed.text and reason in failed.text
    assert "previous index keeps serving" in failed.text
    assert bot.engine.index is index
    assert (await bot.say(READER, QUESTION)).source == before.source


#: About 500,000 characters without a line break.
ENORMOUS_LINE = "".join(
    f"第{n}段記錄了新建的{n % 97 + 3}座城市書房和{n}名志願者。" for n in range(1, 20_000)
)


@pytest.mark.parametrize(
    ("name", "content", "question", "figure"),
    [
        ("bom.txt", b"\xef\xbb\xbf" + EXTRA, LIBRARY_QUESTION, "3200个"),
        ("crlf.txt", EXTRA.replace(b"\n", b"\r\n"), LIBRARY_QUESTION, "3200个"),
        ("bom-crlf.md", b"\xef\xbb\xbf" + EXTRA.replace(b"\n", b"\r\n"), LIBRARY_QUESTION,
         "3200个"),
        ("one-line.txt", f"城市書房建設記錄\n{ENORMOUS_LINE}".encode(),
         "第12345段記錄了多少名志願者？", "12345名"),
        ("only-line.txt", ENORMOUS_LINE.encode(), "第12345段記錄了多少名志願者？", "12345名"),
    ],
    ids=["BOM", "CRLF", "BOM+CRLF", "enormous line", "one enormous line and nothing else"],
)
async def test_a_reload_reads_odd_but_good_files_correctly(
    bot: BotHarness, name: str, content: bytes, question: str, figure: str
) -> None:
    (bot.corpus / name).write_bytes(content)
    done = await reload_outcome(bot, timeout=60)
    assert "Reloaded" in done.text and f"added: {name}" in done.text
    reply = await bot.say(READER, question)
    assert reply.text.startswith(f"💡 {figure}"), reply.text[:200]
    assert "\ufeff" not in reply.text and "\r" not in reply.text
    titles = [d.title for d in bot.engine.index.documents if d.name == name]
    assert titles and not titles[0].startswith("\ufeff") and "\r" not in titles[0]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("gbk.txt", "海滨市图书馆\n阅览座位3200个。".encode("gb18030"), "not valid UTF-8"),
        ("bad-tail.txt", EXTRA + b"\n\xff\xfe", f"not valid UTF-8 (byte {len(EXTRA) + 1})"),
        ("nothing.txt", b"", "the document is empty"),
        ("blank.md", b" \r\n\t\r\n", "the document is empty"),
        ("title-only.txt", "城市書房建設記錄\n".encode(), "the document has a title but no text"),
    ],
    ids=["GBK", "invalid UTF-8 at the end", "empty", "only whitespace", "a title and no text"],
)
async def test_a_reload_refuses_unusable_files_by_name_and_loads_nothing_new(
    bot: BotHarness, name: str, content: bytes, reason: str
) -> None:
    index = bot.engine.index
    (bot.corpus / "extra_doc.txt").write_bytes(EXTRA)  # a good file beside the bad one
    (bot.corpus / name).write_bytes(content)
    failed = await reload_outcome(bot)
    assert "Reload failed" in failed.text and f"{name}: {reason}" in failed.text
    assert bot.engine.index is index
    reply = await bot.say(READER, LIBRARY_QUESTION)
    assert LIBRARY_TITLE not in reply.text, "half-loaded: the good file got in"
    # Once the bad file is gone, the good one loads.
    (bot.corpus / name).unlink()
    done = await reload_outcome(bot)
    assert "added: extra_doc.txt" in done.text
    assert LIBRARY_TITLE in (await bot.say(READER, LIBRARY_QUESTION)).text



async def test_a_replaced_index_is_freed(bot: BotHarness) -> None:
    # An index of the test's own (the session's shared index is held by its fixture).
    await asyncio.to_thread(bot.engine.reload)
    old = weakref.ref(bot.engine.index)
    help_text = await bot.say(READER, "/help", timeout=30)  # examples, Chinese and English
    assert (await bot.state.english_examples())[0] in help_text.text
    await bot.say(READER, QUESTION)  # an answer remembered for its "more" button
    done = await reload_outcome(bot)
    assert "Reloaded" in done.text
    gc.collect()
    assert old() is None, "something still holds the replaced index"


class ReloadAfterIndexRead(Engine):
    """Once armed, a reload lands right after the next read of ``index`` from outside: the
    moment a question is answered from the index an adapter read a moment before."""

    armed = False

    @property
    def index(self) -> Index:
        current = super().index
        if self.armed:
            self.armed = False
            self.reload()
        return current


async def test_an_answer_is_remembered_with_the_index_that_gave_it(launch: Launcher) -> None:
    async with launch(engine_type=ReloadAfterIndexRead) as bot:
        engine: ReloadAfterIndexRead = bot.engine  # type: ignore[assignment]
        engine.armed = True
        reply = await bot.say(READER, QUESTION)
        engine.armed = False
        key, _ = bot.state.last_in_chat(READER)
        remembered = bot.state.recall(key)
        # The button pages this answer only while the index that gave it serves.
        assert remembered.is_from(engine.index), "the answer was remembered against another index"
        assert reply.source == format_html(remembered.answer, 3, 0)
