"""The bot as its own process: ``python -m bot --config PATH`` with the token and the Bot API
address in the environment, stopped with SIGINT or SIGTERM; the token never appears in its
output. Also webhook mode, and a token the server rejects."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from .conftest import ADMIN, READER, ROOT, accepted_everything, copy_corpus, write_config
from .fakebotapi import FakeBotAPI

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(90)]

QUESTION = "循跡溯源學思想有多少個？"


def bot_env(server: FakeBotAPI, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env.update({
        "TELEGRAM_BOT_TOKEN": server.token,
        "TELEGRAM_BASE_URL": server.base_url,
        "TELEGRAM_ADMIN_IDS": f" {ADMIN}, 4242 ",
        "PYTHONUNBUFFERED": "1",
    })
    env.update(extra)
    return env


async def start_bot(config: Path, env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--config", str(config),
        cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )


async def stop_bot(process: asyncio.subprocess.Process, signum: int) -> tuple[int, str]:
    """Send ``signum`` and return the exit status and everything the process printed."""
    process.send_signal(signum)
    out, err = await asyncio.wait_for(process.communicate(), 30)
    return process.returncode, out.decode() + err.decode()


def assert_no_token(output: str, server: FakeBotAPI) -> None:
    secret = server.token.partition(":")[2]
    assert server.token not in output
    assert secret.lower() not in output.lower()


def process_config(tmp_path: Path, **telegram: Any) -> Path:
    # The file names another server and no admins: the environment must win over both.
    return write_config(
        tmp_path, copy_corpus(tmp_path / "corpus"), base_url="http://127.0.0.1:9/bot",
        admin_ids=(), telegram=telegram,
    )


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
async def test_the_bot_process_serves_and_stops_cleanly(
    tmp_path: Path, signum: int
) -> None:
    async with FakeBotAPI() as server:
        process = await start_bot(process_config(tmp_path), bot_env(server))
        try:
            await server.wait_for(lambda: server.calls("getUpdates"), 60,
                                  description="the bot polling")
            assert [c["command"] for c in server.commands][:3] == ["start", "help", "ask"]
            assert server.commands_for({"type": "chat", "chat_id": ADMIN})  # admins from env

            server.send_text(READER, QUESTION)
            [answer] = await server.wait_for_messages(READER, 1, 20)
            assert answer.text.startswith("💡 24個")
            server.send_text(ADMIN, "/stats")
            [stats] = await server.wait_for_messages(ADMIN, 1, 20)
            assert "Questions answered: 1" in stats.text
        finally:
            if process.returncode is None:
                status, output = await stop_bot(process, signum)
        assert status == 0, output
        assert_no_token(output, server)
        assert "ready" in output  # it logged, just without the token
        # On the way out the bot confirmed what it handled: nothing is delivered twice.
        assert server.confirmed_offset > server.last_update_id
        accepted_everything(server)


async def test_a_signal_during_start_up_also_stops_cleanly(tmp_path: Path) -> None:
    async with FakeBotAPI() as server:
        process = await start_bot(process_config(tmp_path), bot_env(server))
        assert process.stderr is not None
        seen = b""
        while b"building the index" not in seen:  # a signal while the index is being built
            line = await asyncio.wait_for(process.stderr.readline(), 60)
            assert line, "the bot exited before building its index"
            seen += line
        status, output = await stop_bot(process, signal.SIGTERM)
        output = seen.decode() + output
        assert status == 0, output
        assert_no_token(output, server)


async def test_a_rejected_token_is_reported_without_the_token(tmp_path: Path) -> None:
    async with FakeBotAPI() as server:
        env = bot_env(server, TELEGRAM_BOT_TOKEN="987654321:WRONG-secret-token-value")
        process = await start_bot(process_config(tmp_path), env)
        out, err = await asyncio.wait_for(process.communicate(), 60)
        output = out.decode() + err.decode()
        assert process.returncode == 1, output
        assert "rejected the bot token" in output
        assert "WRONG-secret-token-value".lower() not in output.lower()
        # PTB logs "The token `...` was rejected by the server." -- with the token redacted.
        assert "The token `<token>` was rejected" in output


async def test_without_a_token_the_telegram_command_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "--config", str(process_config(tmp_path)), "telegram",
        cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 2
    assert "TELEGRAM_BOT_TOKEN is not set" in err.decode()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_webhook_mode(tmp_path: Path) -> None:
    port = free_port()
    config = process_config(tmp_path, webhook={
        "url": f"https://bot.example.test/hook-{port}", "listen": "127.0.0.1", "port": port,
        "secret_token": "s3cret-webhook", "path": f"hook-{port}",
    })
    async with FakeBotAPI() as server:
        process = await start_bot(config, bot_env(server))
        try:
            [hook] = await server.wait_for(lambda: server.webhooks, 60, description="setWebhook")
            assert hook["url"] == f"https://bot.example.test/hook-{port}"
            assert hook["secret_token"] == "s3cret-webhook"
            update = {
                "update_id": 7,
                "message": {
                    "message_id": 1, "date": int(time.time()), "text": QUESTION,
                    "chat": {"id": READER, "type": "private", "first_name": "R"},
                    "from": {"id": READER, "is_bot": False, "first_name": "R"},
                },
            }
            url = f"http://127.0.0.1:{port}/hook-{port}"
            async with httpx.AsyncClient(timeout=10) as client:
                for _ in range(100):  # the webhook server starts right after setWebhook
                    try:
                        wrong = await client.post(url, json=update, headers={
                            "X-Telegram-Bot-Api-Secret-Token": "guess"})
                        break
                    except httpx.TransportError:
                        await asyncio.sleep(0.1)
                assert wrong.status_code == 403
                right = await client.post(url, json=update, headers={
                    "X-Telegram-Bot-Api-Secret-Token": "s3cret-webhook"})
                assert right.status_code == 200
            [answer] = await server.wait_for_messages(READER, 1, 20)
            assert answer.text.startswith("💡 24個")
            assert server.calls("getUpdates") == []
        finally:
            if process.returncode is None:
                status, output = await stop_bot(process, signal.SIGTERM)
        assert status == 0, output
        assert_no_token(output, server)
        accepted_everything(server)
