"""Security: admin actions only for admin_ids, the token in no log, config errors as one line.

- Every admin command (/reload, /stats, /docs, /remove), a document upload and the
  confirmation buttons, from someone who is not an admin, in a private chat and in a group:
  refused or ignored, and nothing happens (no reload, no download, no file touched).
- The logs of a whole session -- every logger, at DEBUG -- never hold the token, plain or
  URL-quoted: start, questions, a 429, server errors, a failed download, a reload, the stop.
- ``python -m bot --config … telegram`` with a bad config: one line naming the problem and a
  non-zero exit, never a traceback.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.telegram import texts as tf

from .conftest import ADMIN, DATA, GROUP, OTHER_ADMIN, READER, ROOT, BotHarness, Launcher
from .fakebotapi import FakeBotAPI, SentMessage

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(90)]

EXTRA = (DATA / "extra_doc.txt").read_bytes()
QUESTION = "循跡溯源學思想有多少個？"


@pytest.fixture
def server_options() -> dict[str, object]:
    return {"privacy_mode": False}  # every group message reaches the bot: its silence is its own


def corpus_files(bot: BotHarness) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(bot.corpus.iterdir())}


async def nothing_happened(bot: BotHarness, before: dict[str, bytes]) -> None:
    await bot.settle()
    assert bot.engine.stats().last_reload_at is None
    assert bot.server.calls("getFile") == [] and bot.server.downloads == []
    assert corpus_files(bot) == before


# ------------------------------------------------------------------------- admin actions


async def test_no_admin_action_for_others_in_a_private_chat(bot: BotHarness) -> None:
    server = bot.server
    (bot.corpus / "extra_doc.txt").write_bytes(EXTRA)
    before = corpus_files(bot)
    for command in ("/reload", "/stats", "/docs", "/remove extra_doc.txt", "/remove",
                    "/reload@test_qa_bot now"):
        reply = await bot.say(READER, command)
        assert reply.source == tf.REFUSED_HTML, command
    since = len(server.sent)
    server.send_document(READER, READER, "evil.txt", EXTRA, "text/plain")
    [reply] = await server.wait_for_messages(READER, 1, since=since)
    assert reply.source == tf.REFUSED_HTML
    assert "Statistics" not in str([m.text for m in server.sent])
    await nothing_happened(bot, before)


async def test_no_admin_action_for_others_in_a_group(bot: BotHarness) -> None:
    server = bot.server
    (bot.corpus / "extra_doc.txt").write_bytes(EXTRA)
    before = corpus_files(bot)
    for command in ("/reload", "/stats", "/docs", "/remove extra_doc.txt"):
        for text in (command, command.replace(" ", "@test_qa_bot ", 1) if " " in command
                     else f"{command}@test_qa_bot"):
            reply = await bot.say(GROUP, text, user_id=READER)
            assert reply.source == tf.REFUSED_HTML, text
    # Uploads are taken in private chats only: in a group, not even an admin's is downloaded.
    for user in (READER, ADMIN):
        server.send_document(GROUP, user, "evil.txt", EXTRA, "text/plain")
        server.send_document(GROUP, user, "evil.txt", EXTRA, "text/plain",
                             caption="@test_qa_bot add this")
    await nothing_happened(bot, before)
    assert "Statistics" not in str([m.text for m in server.sent])


@pytest.mark.parametrize("chat", [ADMIN, GROUP], ids=["private", "group"])
async def test_only_the_admin_who_asked_can_confirm_or_cancel(bot: BotHarness, chat: int) -> None:
    server = bot.server
    (bot.corpus / "extra_doc.txt").write_bytes(EXTRA)
    before = corpus_files(bot)
    prompt = await bot.say(chat, "/remove extra_doc.txt", user_id=ADMIN)
    confirm, cancel = (b["callback_data"] for b in prompt.buttons)
    for user in (READER, OTHER_ADMIN):
        for data in (confirm, cancel):
            # In a private chat nobody else sees the buttons: a forged press, for good measure.
            server.press_button(chat, user, prompt, data)
    await server.wait_for(lambda: len(server.callback_answers) == 4, description="4 answers")
    await bot.settle()
    assert [a.text for a in server.callback_answers] == [tf.NOT_YOURS] * 4
    assert all(a.show_alert for a in server.callback_answers)
    assert corpus_files(bot) == before
    assert server.message(chat, prompt.message_id)["reply_markup"] == prompt.reply_markup, \
        "someone else's press took the admin's buttons away"
    # The admin who asked still can.
    server.press_button(chat, ADMIN, prompt, confirm)
    await server.wait_for(lambda: any("Removed" in (e.text or "") for e in server.edits),
                          description="the removal")
    assert not (bot.corpus / "extra_doc.txt").exists()


# ------------------------------------------------------------------------- the token


@contextmanager
def every_logger_at_debug() -> Iterator[None]:
    """Every logger, existing or not, logs at DEBUG for the duration (then as before)."""
    manager = logging.root.manager
    saved = {name: logger.level for name, logger in manager.loggerDict.items()
             if isinstance(logger, logging.Logger)}
    disabled = manager.disable
    logging.disable(logging.NOTSET)
    for name in saved:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield
    finally:
        for name, level in saved.items():
            logging.getLogger(name).setLevel(level)
        logging.disable(disabled)


# PTB's own RetryAfter.__init__ reads its deprecated int-valued attribute.
@pytest.mark.slow
@pytest.mark.filterwarnings(
    "ignore:Deprecated since version v22.2:telegram.warnings.PTBDeprecationWarning"
)
async def test_the_token_is_in_no_log_of_a_whole_session(
    launch: Launcher, server: FakeBotAPI, caplog: pytest.LogCaptureFixture
) -> None:
    token = server.token
    with every_logger_at_debug(), caplog.at_level(logging.DEBUG):
        async with launch() as bot:
            await bot.say(READER, QUESTION)
            server.fail_next("sendMessage", retry_after=1)
            await bot.say(READER, QUESTION)
            server.fail_next("sendMessage", 500)
            server.fail_next("sendMessage", 400,
                             description=f"Bad Request: at {server.method_url('sendMessage')}")
            await bot.say(READER, QUESTION)  # a 500 retried, then a 400 quoting the URL
            await bot.say(READER, QUESTION)
            server.fail_next("getUpdates", 502)
            await server.wait_for(lambda: any(r.method == "getUpdates" for r in server.rejected),
                                  description="a failed poll")
            server.fail_next("download", 500)
            failed = await upload(bot, "extra_doc.txt")
            assert failed.source == tf.SORRY_HTML
            await bot.say(ADMIN, "/reload")
            await server.wait_for(lambda: any("Reloaded" in (e.text or "") for e in server.edits),
                                  description="the reload")
            await bot.say(READER, "/help")
        await server.wait_for(lambda: server.confirmed_offset > server.last_update_id,
                              description="the stop")
    # The fake's own log is the Bot API server's, which no bot process would hold.
    records = [r for r in caplog.records if not r.name.startswith("tests.")]
    assert len(records) > 100, "the session should have logged plenty at DEBUG"
    assert {r.name.split(".")[0] for r in records} >= {"telegram", "httpx", "httpcore", "bot"}
    logged = "\n".join(logging.Formatter().format(r) for r in records)
    secret = token.partition(":")[2]
    for form in (token, urllib.parse.quote(token), urllib.parse.quote(token, safe=""), secret):
        assert form.lower() not in logged.lower(), f"{form!r} was logged"
    assert "<token>" in logged  # the URL in the 400 was logged -- redacted


async def upload(bot: BotHarness, name: str) -> SentMessage:
    since = len(bot.server.sent)
    bot.server.send_document(ADMIN, ADMIN, name, EXTRA, "text/plain")
    [reply] = await bot.server.wait_for_messages(ADMIN, 1, since=since)
    return reply


# ------------------------------------------------------------------------- config errors


CONFIG_ERRORS = {
    "missing file": (None, "config file", "not found"),
    "bad YAML": ("telegram: [\n", "not valid YAML at line", ""),
    "unknown key": ("corpus: {path: docs}\ntelegram: {token: x}\n",
                    "unknown config key 'telegram.token'", ""),
    "section of the wrong type": ("corpus: {path: docs}\ntelegram: 5\n",
                                  "config key 'telegram' must be a mapping", ""),
    "number of the wrong type": ("corpus: {path: docs}\ntelegram: {poll_timeout: soon}\n",
                                 "'telegram.poll_timeout' must be a number", ""),
    "admin ids of the wrong type": ("corpus: {path: docs}\ntelegram: {admin_ids: [alice]}\n",
                                    "'telegram.admin_ids' holds 'alice'", ""),
    "webhook port of the wrong type": (
        "corpus: {path: docs}\ntelegram: {webhook: {url: 'https://x.test/h', port: '80'}}\n",
        "'telegram.webhook.port' must be a port number", ""),
    "missing corpus folder": ("corpus: {path: nowhere}\n", "corpus folder", "does not exist"),
}


async def run_telegram_command(tmp_path: Path, name: str, text: str | None) -> tuple[int, str]:
    folder = tmp_path / name.replace(" ", "-")
    folder.mkdir()
    (folder / "docs").mkdir()
    (folder / "docs" / "a.txt").write_bytes(EXTRA)
    config = folder / "config.yaml"
    if text is not None:
        config.write_text(text, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env |= {"TELEGRAM_BOT_TOKEN": "123:config-error-test-token-value",
            "TELEGRAM_BASE_URL": "http://127.0.0.1:9/bot"}  # nothing listens there
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--config", str(config), "telegram", cwd=ROOT, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode, out.decode() + err.decode()


@pytest.mark.slow
async def test_config_errors_on_the_telegram_command_are_one_line(tmp_path: Path) -> None:
    results = await asyncio.gather(*(run_telegram_command(tmp_path, name, text)
                                     for name, (text, _, _) in CONFIG_ERRORS.items()))
    for (name, (_, needle, more)), (status, output) in zip(CONFIG_ERRORS.items(), results):
        assert status != 0, (name, output)
        assert "Traceback" not in output, (name, output)
        errors = [line for line in output.splitlines() if line.startswith("error: ")]
        assert len(errors) == 1 and output.rstrip().endswith(errors[0]), (name, output)
        assert needle in errors[0] and more in errors[0], (name, errors[0])
        assert "config-error-test-token-value" not in output
