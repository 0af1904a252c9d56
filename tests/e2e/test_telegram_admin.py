"""Admin commands: /reload (progress, failures that keep the old index, serialisation), /stats,
and polite, logged refusals for everyone else."""

from __future__ import annotations

import logging
import shutil
import threading
import time

import pytest

from bot.engine import Engine, ReloadReport
from bot.format import format_html
from index.build import ProgressCallback

from .conftest import (
    ADMIN,
    DATA,
    OTHER_ADMIN,
    READER,
    BotHarness,
    BrokenReloadEngine,
    Launcher,
)
from .fakebotapi import EditedMessage, FakeBotAPI

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(90)]

QUESTION = "循跡溯源學思想有多少個？"
LIBRARY_QUESTION = "阅览座位有多少个？"


async def final_edit(server: FakeBotAPI, chat_id: int, marker: str,
                     timeout: float = 30.0) -> EditedMessage:
    """Wait for the edit of the bot's status message that contains ``marker``."""
    return await server.wait_for(
        lambda: next((e for e in server.edits if e.chat_id == chat_id and marker in (e.text or "")),
                     None),
        timeout, description=f"an edit containing {marker!r}",
    )


async def test_readers_are_refused_admin_commands_politely_and_logged(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.telegram"):
        for command in ("/reload", "/stats", "/docs", "/remove extra_doc.txt"):
            reply = await bot.say(READER, command)
            assert "only the bot's admins can do that" in reply.text
    refused = [r.getMessage() for r in caplog.records if r.name.startswith("bot.telegram.")]
    assert refused == [f"refused {c} from user {READER} (not an admin)"
                       for c in ("/reload", "/stats", "/docs", "/remove")]
    assert bot.engine.stats().last_reload_at is None
    assert bot.server.edits == []


class SlowEngine(Engine):
    """A reload that takes a while and reports progress from its worker thread, like a large
    corpus does (the real reload of the test corpus takes well under a second)."""

    def reload(self, progress: ProgressCallback | None = None) -> ReloadReport:
        for step in range(6):
            if progress is not None:
                progress(step, 6)
            time.sleep(0.15)
        return super().reload(progress)


async def test_reload_shows_progress_and_reports_what_changed(launch: Launcher) -> None:
    async with launch(engine_type=SlowEngine) as bot:
        server = bot.server
        shutil.copy(DATA / "extra_doc.txt", bot.corpus / "extra_doc.txt")
        before = bot.engine.ask(LIBRARY_QUESTION)
        assert not before.found or "海滨市图书馆" not in before.results[0].passage.title
        status = await bot.say(ADMIN, "/reload")
        assert "Reloading" in status.text
        done = await final_edit(server, ADMIN, "Reloaded")
        assert done.message_id == status.message_id
        assert "2 documents" in done.text and "added: extra_doc.txt" in done.text
        progress = [e.text for e in server.edits if "Reloading" in (e.text or "")]
        assert len(progress) >= 2, "a reload of seconds shows progress while it runs"
        assert any("/6 passages" in text for text in progress)  # from the worker thread
        assert all(e.message_id == status.message_id for e in server.edits)
        assert server.edits[-1] is done
        # The new document answers at once, and the old one still does.
        reply = await bot.say(READER, LIBRARY_QUESTION)
        assert "3200个" in reply.text and "《海滨市图书馆新馆正式开放》" in reply.text
        reply = await bot.say(READER, QUESTION)
        assert reply.source == format_html(bot.engine.ask(QUESTION), 3, 0)
        assert "24個" in reply.text


async def test_a_failed_reload_keeps_the_old_index_and_says_why(bot: BotHarness) -> None:
    server = bot.server
    answer_before = await bot.say(READER, QUESTION)
    index_before = bot.engine.index
    documents = sorted(bot.corpus.iterdir())
    for path in documents:
        path.rename(bot.corpus.parent / path.name)
    await bot.say(ADMIN, "/reload")
    failed = await final_edit(server, ADMIN, "Reload failed")
    assert "holds no .txt or .md document" in failed.text
    assert "previous index keeps serving" in failed.text
    assert bot.engine.index is index_before
    again = await bot.say(READER, QUESTION)
    assert again.source == answer_before.source

    for path in documents:
        (bot.corpus.parent / path.name).rename(path)
    (bot.corpus / "broken.txt").write_bytes(b"\xff\xfe not text at all \x81")
    server.clear_records()
    await bot.say(ADMIN, "/reload")
    failed = await final_edit(server, ADMIN, "Reload failed")
    assert "broken.txt: not valid UTF-8" in failed.text
    assert bot.engine.index is index_before


class RecordingEngine(Engine):
    """An engine that records when each reload call ran, to see whether two ever overlap."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.calls: list[tuple[float, float]] = []
        self._calls_lock = threading.Lock()

    def reload(self, progress: ProgressCallback | None = None) -> ReloadReport:
        started = time.monotonic()
        try:
            return super().reload(progress)
        finally:
            with self._calls_lock:
                self.calls.append((started, time.monotonic()))


async def test_two_reloads_at_once_are_serialised(launch: Launcher) -> None:
    async with launch(engine_type=RecordingEngine) as bot:
        server = bot.server
        server.send_text(ADMIN, "/reload")
        server.send_text(OTHER_ADMIN, "/reload")
        first = await final_edit(server, ADMIN, "Reloaded")
        second = await final_edit(server, OTHER_ADMIN, "Reloaded")
        assert "no document changed" in first.text and "no document changed" in second.text
        statuses = [m.text for m in server.sent]
        assert any("Waiting for the reload in progress" in text for text in statuses)
        (a_start, a_end), (b_start, b_end) = sorted(bot.engine.calls)
        assert a_end <= b_start, "the second reload started before the first one ended"


async def test_stats_for_admins(bot: BotHarness) -> None:
    await bot.say(READER, QUESTION)
    await bot.say(READER, "今天天氣怎麼樣？")
    reply = await bot.say(ADMIN, "/stats")
    text = reply.text
    assert "Uptime: " in text
    assert "Questions answered: 2" in text
    assert "Share with no answer: 50% (1)" in text
    stats = bot.engine.stats()
    assert f"Index: {stats.documents} documents, {stats.passages} passages" in text
    assert "Last reload: 從未 · never" in text


async def test_an_unexpected_reload_error_is_reported_and_logged(
    launch: Launcher, caplog: pytest.LogCaptureFixture
) -> None:
    async with launch(engine_type=BrokenReloadEngine) as bot:
        index = bot.engine.index
        with caplog.at_level(logging.ERROR, logger="bot.telegram"):
            status = await bot.say(ADMIN, "/reload")
            failed = await final_edit(bot.server, ADMIN, "Reload failed")
        assert failed.message_id == status.message_id
        assert "unexpected error (RuntimeError); see the log" in failed.text
        assert "unexpected failure inside the reload" in caplog.text  # the traceback is logged
        assert bot.engine.index is index
        assert "24個" in (await bot.say(READER, QUESTION)).text
