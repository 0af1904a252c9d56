"""The bot as its own process, stopped by SIGTERM or SIGINT while questions are in flight.

Replies being sent finish, the update offset is confirmed, the process exits 0 -- and a restart
answers what came in meanwhile: across both runs no update is answered twice or skipped.
"""

from __future__ import annotations

import signal
from collections import Counter
from pathlib import Path

import pytest

from tests.bench.burst import KnownQuestion, reply_has_figure

from .conftest import READER, accepted_everything
from .fakebotapi import FakeBotAPI
from .test_telegram_process import assert_no_token, bot_env, process_config, start_bot, stop_bot

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(120)]

QUESTIONS = [
    KnownQuestion("全省共打造了多少家共富工坊？", "8821"),
    KnownQuestion("浙江舉辦了多少期讀書班？", "2887"),
    KnownQuestion("省領導帶隊走訪了多少個縣？", "68"),
]
CHATS = (READER, READER + 1, READER + 2)


def ask_round(server: FakeBotAPI, asked: dict[int, list[tuple[int, KnownQuestion]]],
              first: int) -> None:
    """Every chat asks one question (a different one per chat and round)."""
    for n, chat in enumerate(CHATS):
        question = QUESTIONS[(first + n) % len(QUESTIONS)]
        update = server.send_text(chat, question.text)
        asked[chat].append((update["update_id"], question))


def check_answered(server: FakeBotAPI, asked: dict[int, list[tuple[int, KnownQuestion]]],
                   up_to: int) -> None:
    """Each chat's questions with an update id below ``up_to`` got one right reply each, in
    order; the others none."""
    for chat, questions in asked.items():
        due = [q for update_id, q in questions if update_id < up_to]
        replies = server.sent_to(chat)
        assert len(replies) == len(due), (chat, [r.text for r in replies])
        for reply, question in zip(replies, due):
            assert reply_has_figure(reply, question), (question, reply.text)


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_a_stop_signal_with_questions_in_flight_loses_and_repeats_nothing(
    tmp_path: Path, signum: int
) -> None:
    config = process_config(tmp_path)
    async with FakeBotAPI() as server:
        env = bot_env(server)
        asked: dict[int, list[tuple[int, KnownQuestion]]] = {chat: [] for chat in CHATS}
        process = await start_bot(config, env)
        try:
            await server.wait_for(lambda: server.calls("getUpdates"), 60,
                                  description="the bot polling")
            server.delay_next("sendMessage", 1.0, times=3)  # replies slow to send ...
            ask_round(server, asked, 0)
            ask_round(server, asked, 1)
            await server.wait_for(  # ... and one of them on its way when the signal comes
                lambda: any(c.status is None for c in server.calls("sendMessage")), 20,
                description="a reply in flight")
            sent_at_signal = len(server.sent)
            status, output = await stop_bot(process, signum)
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
        assert status == 0, output
        assert_no_token(output, server)
        assert len(server.sent) > sent_at_signal, "the stop did not wait for the replies"
        # Replies being sent finished; every update the bot took is answered and confirmed.
        assert all(c.status == 200 and not c.note.startswith("client went away")
                   for c in server.calls("sendMessage")), server.describe()
        fetched = max(server.deliveries)
        assert server.confirmed_offset == fetched + 1
        check_answered(server, asked, server.confirmed_offset)

        # Questions that come while the bot is down wait for the next run.
        ask_round(server, asked, 2)
        pending = {u["update_id"] for u in server.pending_updates}
        assert pending and min(pending) >= server.confirmed_offset
        process = await start_bot(config, env)
        try:
            await server.wait_for(lambda: len(server.sent) >= 3 * len(CHATS), 60,
                                  description="the second run's replies")
        finally:
            status, output = await stop_bot(process, signum)
        assert status == 0, output
        check_answered(server, asked, server.last_update_id + 1)
        assert server.confirmed_offset == server.last_update_id + 1
        assert server.redelivered_update_ids == []
        assert Counter(server.deliveries.values()) == {1: server.last_update_id}
        accepted_everything(server)
