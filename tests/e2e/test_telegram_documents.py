"""Admins manage the corpus from the chat: upload, /docs, /remove -- against the fake Bot API.

Every refused upload gets a reply saying why and writes nothing; uploads from anyone but an
admin are never even downloaded.
"""

from __future__ import annotations

import copy
import logging
import re
import time
from collections.abc import Iterator
from typing import Any
from pathlib import Path

import pytest

from bot.config import Config
from bot.engine import Engine
from bot.format import format_html
from bot.telegram import texts as tf
from index.search import Index
from tests.bench.burst import LoopLag

from .conftest import ADMIN, DATA, READER, BotHarness, BrokenReloadEngine, Launcher
from .fakebotapi import EditedMessage, FakeBotAPI, SentMessage

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(90)]

EXTRA = (DATA / "extra_doc.txt").read_bytes()
EXTRA_TITLE = "海滨市图书馆新馆正式开放"
ARTICLE_QUESTION = "循跡溯源學思想有多少個？"
LIBRARY_QUESTION = "阅览座位有多少个？"


def corpus_files(bot: BotHarness) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(bot.corpus.iterdir())}


def tree(folder: Path) -> list[str]:
    """Every path under ``folder`` except the index cache, which reloads write."""
    paths = (str(p.relative_to(folder)) for p in folder.rglob("*"))
    return sorted(p for p in paths if not p.startswith("cache"))


async def wait_edit(server: FakeBotAPI, marker: str, timeout: float = 30.0) -> EditedMessage:
    return await server.wait_for(
        lambda: next((e for e in server.edits if marker in (e.text or "")), None),
        timeout, description=f"an edit containing {marker!r}",
    )


async def upload(bot: BotHarness, name: str, content: bytes, *, user: int = ADMIN,
                 **kwargs: object) -> SentMessage:
    """Send a document; return the bot's first reply."""
    since = len(bot.server.sent)
    bot.server.send_document(user, user, name, content, "text/plain", **kwargs)
    [reply] = await bot.server.wait_for_messages(user, 1, since=since)
    return reply


async def upload_ok(bot: BotHarness, name: str, content: bytes) -> EditedMessage:
    status = await upload(bot, name, content)
    assert "Adding" in status.text
    done = await wait_edit(bot.server, "Added")
    assert done.message_id == status.message_id
    return done


async def test_an_admins_upload_is_stored_and_answers_at_once(bot: BotHarness) -> None:
    server = bot.server
    before = corpus_files(bot)
    done = await upload_ok(bot, "extra_doc.txt", EXTRA)
    assert f"《{EXTRA_TITLE}》 (extra_doc.txt) — 5 passages" in done.text
    assert "2 documents" in done.text and "added: extra_doc.txt" in done.text
    assert corpus_files(bot) == {**before, "extra_doc.txt": EXTRA}  # nothing else, no temp files
    assert len(server.calls("getFile")) == 1
    assert [d.status for d in server.downloads] == [200]
    reply = await bot.say(READER, LIBRARY_QUESTION)
    assert reply.text.startswith("💡 3200个") and f"《{EXTRA_TITLE}》" in reply.text
    article = await bot.say(READER, ARTICLE_QUESTION)  # the article still answers
    assert article.source == format_html(bot.engine.ask(ARTICLE_QUESTION), 3, 0)
    assert "24個" in article.text


async def test_a_readers_upload_is_refused_logged_and_never_downloaded(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    server = bot.server
    before = corpus_files(bot)
    with caplog.at_level(logging.WARNING, logger="bot.telegram"):
        reply = await upload(bot, "extra_doc.txt", EXTRA, user=READER)
    assert "only the bot's admins can do that" in reply.text
    assert f"refused upload from user {READER} (not an admin)" in caplog.text
    await bot.settle()
    assert server.calls("getFile") == [] and server.downloads == []
    assert corpus_files(bot) == before
    docs = await bot.say(READER, "/docs")
    assert "only the bot's admins" in docs.text and "extra_doc" not in docs.text


async def test_a_file_name_with_a_path_cannot_write_outside_the_corpus(
    bot: BotHarness, tmp_path: Path
) -> None:
    outside = tree(tmp_path)
    done = await upload_ok(bot, "../../../etc/evil name.txt", EXTRA)
    assert "(evil_name.txt)" in done.text
    assert (bot.corpus / "evil_name.txt").read_bytes() == EXTRA
    assert tree(tmp_path) == sorted(outside + ["corpus/evil_name.txt"])
    assert not Path("/etc/evil name.txt").exists()


async def test_a_hidden_file_name_becomes_a_visible_document(bot: BotHarness) -> None:
    done = await upload_ok(bot, ".library.md", EXTRA)
    assert "(library.md)" in done.text
    assert (bot.corpus / "library.md").exists() and not (bot.corpus / ".library.md").exists()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("gbk.txt", "海滨市图书馆新馆正式开放。阅览座位3200个。".encode("gbk"), "not valid UTF-8"),
        ("blank.txt", b"  \n\n", "the file is empty"),
        ("title.txt", "只有標題\n".encode(), "has a title but no text"),
        ("bad-front.md", "---\ntitle: x\nowner: me\n---\n正文。\n".encode(),
         "unknown front matter key"),
    ],
)
async def test_unusable_documents_are_refused_and_not_stored(
    bot: BotHarness, name: str, content: bytes, reason: str
) -> None:
    before = corpus_files(bot)
    index = bot.engine.index
    reply = await upload(bot, name, content)
    assert reply.text.startswith("❌") and reason in reply.text
    await bot.settle()
    assert corpus_files(bot) == before
    assert bot.engine.index is index
    article = await bot.say(READER, ARTICLE_QUESTION)
    assert "24個" in article.text


@pytest.mark.parametrize("name", ["report.pdf", "script.py", "notes", "archive.txt.zip"])
async def test_other_file_types_are_refused_before_downloading(bot: BotHarness, name: str) -> None:
    reply = await upload(bot, name, EXTRA)
    assert "only .txt and .md documents can be added" in reply.text
    await bot.settle()
    assert bot.server.calls("getFile") == [] and bot.server.downloads == []


async def test_oversized_files_are_refused(launch: Launcher) -> None:
    async with launch(corpus_extra={"upload_max_bytes": 5000}) as bot:
        server = bot.server
        before = corpus_files(bot)
        # Declared too large: refused before anything is downloaded.
        reply = await upload(bot, "big.txt", EXTRA, declared_size=3_000_000)
        assert "3.0 MB, more than the limit of 5 kB" in reply.text
        await bot.settle()
        assert server.calls("getFile") == [] and server.downloads == []
        # Declared small but larger in fact: refused after the download, nothing stored.
        big = EXTRA + "\n".join(["補充段落，數字100個。"] * 400).encode()
        reply = await upload(bot, "sneaky.txt", big, declared_size=100)
        assert "more than the limit of 5 kB" in reply.text
        await bot.settle()
        assert corpus_files(bot) == before


async def test_an_existing_name_is_replaced_only_after_confirmation(bot: BotHarness) -> None:
    server = bot.server
    await upload_ok(bot, "extra_doc.txt", EXTRA)
    changed = EXTRA.replace("3200个".encode(), "3600个".encode())
    prompt = await upload(bot, "extra_doc.txt", changed)
    assert "already exists" in prompt.text and f"《{EXTRA_TITLE}》" in prompt.text
    replace, cancel = prompt.buttons
    assert replace["text"] == tf.REPLACE_LABEL and cancel["text"] == tf.CANCEL_LABEL
    assert (bot.corpus / "extra_doc.txt").read_bytes() == EXTRA  # nothing written yet

    server.press_button(ADMIN, ADMIN, prompt, cancel["callback_data"])
    await wait_edit(server, "Cancelled")
    assert (bot.corpus / "extra_doc.txt").read_bytes() == EXTRA
    assert "3200个" in (await bot.say(READER, LIBRARY_QUESTION)).text

    prompt = await upload(bot, "extra_doc.txt", changed)
    replace = prompt.buttons[0]
    server.press_button(ADMIN, ADMIN, prompt, replace["callback_data"])
    done = await wait_edit(server, "Replaced")
    assert "changed: extra_doc.txt" in done.text
    assert (bot.corpus / "extra_doc.txt").read_bytes() == changed
    assert "3600个" in (await bot.say(READER, LIBRARY_QUESTION)).text
    # A confirmation can be used once: its buttons are gone.
    assert "reply_markup" not in server.message(ADMIN, prompt.message_id)


async def test_docs_lists_the_documents_for_admins(bot: BotHarness) -> None:
    await upload_ok(bot, "extra_doc.txt", EXTRA)
    reply = await bot.say(ADMIN, "/docs")
    assert "Documents (2)" in reply.text
    assert f"《{EXTRA_TITLE}》" in reply.text and "《以先行者之姿 書寫高質量答卷》" in reply.text
    assert re.search(r"extra_doc\.txt · 5 passages · added \d{4}-\d\d-\d\d \d\d:\d\d UTC",
                     reply.text)
    assert "zhejiang-theme-education.txt · 43 passages" in reply.text


async def test_remove_after_confirmation_and_never_the_last_document(bot: BotHarness) -> None:
    server = bot.server
    await upload_ok(bot, "extra_doc.txt", EXTRA)
    usage = await bot.say(ADMIN, "/remove")
    assert "Usage: /remove NAME" in usage.text
    missing = await bot.say(ADMIN, "/remove ../config.yaml")
    assert "there is no document named '../config.yaml'" in missing.text

    prompt = await bot.say(ADMIN, "/remove extra_doc.txt")
    assert "extra_doc.txt" in prompt.text and f"《{EXTRA_TITLE}》" in prompt.text
    assert (bot.corpus / "extra_doc.txt").exists()
    server.press_button(ADMIN, ADMIN, prompt, prompt.buttons[0]["callback_data"])
    done = await wait_edit(server, "Removed")
    assert "removed: extra_doc.txt" in done.text and "1 document," in done.text
    assert not (bot.corpus / "extra_doc.txt").exists()
    reply = await bot.say(READER, LIBRARY_QUESTION)
    assert EXTRA_TITLE not in reply.text

    last = await bot.say(ADMIN, "/remove zhejiang-theme-education.txt")
    assert "is the last document" in last.text and last.buttons == []
    assert (bot.corpus / "zhejiang-theme-education.txt").exists()


async def test_citations_name_their_documents_and_questions_rank_across_them(
    bot: BotHarness,
) -> None:
    await upload_ok(bot, "extra_doc.txt", EXTRA)
    reply = await bot.say(READER, "投资多少")
    answer = bot.engine.ask("投资多少")
    documents = {r.passage.doc for r in answer.results[:3]}
    assert documents == {"extra_doc.txt", "zhejiang-theme-education.txt"}
    citations = re.findall(r"^— 《(.+?)》", reply.text, flags=re.M)
    assert len(citations) == min(3, len(answer.results))
    assert set(citations) == {EXTRA_TITLE, "以先行者之姿 書寫高質量答卷"}


async def test_an_upload_is_undone_when_the_index_cannot_be_rebuilt(bot: BotHarness) -> None:
    (bot.corpus / "broken.txt").write_bytes(b"\xff\xfe not text \x81")  # someone broke the folder
    before = corpus_files(bot)
    index = bot.engine.index
    status = await upload(bot, "extra_doc.txt", EXTRA)
    undone = await wait_edit(bot.server, "Undone")
    assert undone.message_id == status.message_id
    assert "broken.txt: not valid UTF-8" in undone.text
    assert corpus_files(bot) == before and bot.engine.index is index


async def test_a_failed_download_is_reported_and_stores_nothing(bot: BotHarness) -> None:
    before = corpus_files(bot)
    bot.server.fail_next("download", status=500)
    reply = await upload(bot, "extra_doc.txt", EXTRA)
    assert reply.text == tf.SORRY_HTML
    assert corpus_files(bot) == before


async def test_a_confirmation_pressed_after_a_restart_has_expired(
    launch: Launcher, server: FakeBotAPI
) -> None:
    async with launch() as first:
        await upload_ok(first, "extra_doc.txt", EXTRA)
        prompt = await first.say(ADMIN, "/remove extra_doc.txt")
    async with launch() as second:
        server.press_button(ADMIN, ADMIN, prompt, prompt.buttons[0]["callback_data"])
        await server.wait_for(lambda: server.callback_answers, description="callback answer")
        await second.settle()
        assert server.callback_answers[-1].text == tf.EXPIRED_CHANGE
        assert (second.corpus / "extra_doc.txt").exists()
        assert "reply_markup" not in server.message(ADMIN, prompt.message_id)


async def test_any_failure_of_the_reload_undoes_an_upload_or_removal(launch: Launcher) -> None:
    async with launch(engine_type=BrokenReloadEngine) as bot:
        server = bot.server
        (bot.corpus / "extra_doc.txt").write_bytes(EXTRA)
        before = corpus_files(bot)
        index = bot.engine.index
        status = await upload(bot, "new_doc.txt", EXTRA)
        undone = await wait_edit(server, "Undone")
        assert undone.message_id == status.message_id and "new_doc.txt" in undone.text
        assert corpus_files(bot) == before, "the upload stayed in the folder"
        prompt = await bot.say(ADMIN, "/remove extra_doc.txt")
        server.press_button(ADMIN, ADMIN, prompt, prompt.buttons[0]["callback_data"])
        await server.wait_for(lambda: sum("Undone" in (e.text or "") for e in server.edits) == 2,
                              description="the removal undone")
        assert corpus_files(bot) == before, "the removed document was not put back"
        assert bot.engine.index is index


SLOW_WALK = 0.5  # seconds a walk through the documents or passages takes in LargeIndexEngine


class SlowWalk(tuple):
    """Items whose every walk from first to last takes a while, as a large archive's do."""

    def __iter__(self) -> Iterator[Any]:
        time.sleep(SLOW_WALK)  # in whichever thread walks them
        return super().__iter__()


class LargeIndexEngine(Engine):
    """Serves the index as if it held a large archive: walking its documents or passages is
    slow."""

    def __init__(self, config: Config, index: Index) -> None:
        large = copy.copy(index)
        large.documents = SlowWalk(index.documents)
        large.passages = SlowWalk(index.passages)
        super().__init__(config, large)


async def test_docs_and_remove_walk_the_documents_off_the_event_loop(launch: Launcher) -> None:
    async with launch(engine_type=LargeIndexEngine) as bot:
        (bot.corpus / "extra_doc.txt").write_bytes(EXTRA)  # in the folder, not yet indexed
        with LoopLag() as lag:
            docs = await bot.say(ADMIN, "/docs")
            prompt = await bot.say(ADMIN, "/remove extra_doc.txt")  # looks its title up
        assert "zhejiang-theme-education.txt · 43 passages" in docs.text
        assert "Remove extra_doc.txt?" in prompt.text
        assert lag.worst < SLOW_WALK / 2, f"the event loop stalled for {lag.worst:.2f}s"


async def test_a_file_of_undeclared_size_is_not_downloaded_past_the_limit(
    launch: Launcher,
) -> None:
    async with launch(corpus_extra={"upload_max_bytes": 5000}) as bot:
        server = bot.server
        before = corpus_files(bot)
        big = EXTRA + "\n".join(["補充段落，數字100個。"] * 200_000).encode()  # 6 MB
        reply = await upload(bot, "quiet.txt", big, omit_size=True)
        assert "more than the limit of 5 kB" in reply.text
        await bot.settle()
        [download] = server.downloads
        assert download.size < len(big) // 4, f"{download.size} bytes were downloaded"
        assert corpus_files(bot) == before
