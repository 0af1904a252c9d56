"""Burst: 100 chats each sending 5 questions at once, the real bot against the fake Bot API.

The questions come from the question sets in ``tests/data`` whose known figure the engine gives
(Chinese ones; every chat gets 5 with different figures, so a reply in the wrong place shows).
All 500 updates are made available at the same instant, interleaved between the chats at random
(fixed seed) but in order within each chat. The bot (``build_application``, in-process, polling
the fake with the same event loop) must answer each exactly once, with the right figure, in the
order of its chat's questions, and every reply must be accepted.

Figures, each a median over repeats:

- time from the burst to the last reply, and reply latency p50/p99 -- latency is the arrival of
  the reply's ``sendMessage`` at the fake minus the time its update was made available;
- the largest event-loop lag seen during the burst (a 10 ms ticker's overshoot);
- with the rate limiter's overall limit raised (1000/s) and with PTB's defaults (30 msgs/s
  overall; AIORateLimiter has no per-private-chat limit, only 20/min per group) -- then 500
  replies take at least (500 - 30) / 30 ≈ 16 s;
- baseline in the same run: an echo bot (PTB, the same rate limiter, no engine, no order
  keeping) under the same burst, and the ratio bot/baseline.

The e2e test ``tests/e2e/test_resilience_load.py`` runs the same burst (limit raised) through
:func:`run_burst` and asserts on its :class:`BurstResult`.
"""

from __future__ import annotations

import asyncio
import random
import re
import statistics
import tempfile
import time
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

from telegram import Update
from telegram.ext import AIORateLimiter, Application, ContextTypes, MessageHandler, filters

from bot.config import load_config
from bot.engine import Engine
from bot.telegram import BotSettings, build_application
from index.search import Index
from tests.e2e.conftest import copy_corpus, write_config
from tests.e2e.fakebotapi import FakeBotAPI, SentMessage
from tests.evaluation import judge, load_questions

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
QUESTION_SETS = ("questions.jsonl", "questions_heldout.jsonl")
CHATS = 100
PER_CHAT = 5
FIRST_CHAT = 300_001
SEED = 20240521
RAISED_RATE = 1000.0
DEFAULT_RATE = 30.0
BURST_TIMEOUT = 60.0  # seconds; with the default limit 500 replies need ~16 s
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?%?")


@dataclass(frozen=True)
class KnownQuestion:
    """A question and the figure its answer must carry (from the question sets)."""

    text: str
    figure: str


def known_questions(engine: Engine) -> list[KnownQuestion]:
    """Chinese questions with a known figure that ``engine`` answers right, one per figure."""
    found: dict[str, KnownQuestion] = {}
    for name in QUESTION_SETS:
        for item in load_questions(DATA / name):
            if item["answer"] is None or "english" in item["kind"]:
                continue
            outcome = judge(item, engine.ask(item["q"], count=False))
            if outcome.answer_ok and outcome.passage_ok and item["answer"] not in found:
                found[item["answer"]] = KnownQuestion(item["q"], item["answer"])
    return list(found.values())


def reply_has_figure(reply: SentMessage, question: KnownQuestion) -> bool:
    """Whether the reply's direct answer (its first line, ``💡 …``) is the question's figure.

    The rule of :func:`tests.evaluation.judge`: dates must contain the figure, otherwise the
    first number of the direct answer must be it.
    """
    figure = question.figure
    first = (reply.text or "").split("\n", 1)[0]
    if not first.startswith("💡 "):
        return False
    direct = first[2:].strip().replace("％", "%")
    if "年" in figure or "月" in figure:
        return figure in direct
    match = _NUMBER_RE.search(direct)
    number = match.group() if match else None
    if number and not figure.endswith("%"):
        number = number.rstrip("%")
    return number == figure


def plan(questions: Sequence[KnownQuestion], chats: int = CHATS, per_chat: int = PER_CHAT,
         seed: int = SEED) -> list[tuple[int, KnownQuestion]]:
    """The burst's (chat, question) pairs in the order they are made available.

    Chat ``n`` asks ``per_chat`` different questions (distinct figures); the chats' sequences are
    merged at random, each chat's order kept.
    """
    if len(questions) < per_chat:
        raise ValueError(f"need at least {per_chat} questions with distinct figures")
    rng = random.Random(seed)
    queues = {
        FIRST_CHAT + n: [questions[(n * 3 + k) % len(questions)] for k in range(per_chat)]
        for n in range(chats)
    }
    order = [chat for chat, asked in queues.items() for _ in asked]
    rng.shuffle(order)
    position = dict.fromkeys(queues, 0)
    pairs = []
    for chat in order:
        pairs.append((chat, queues[chat][position[chat]]))
        position[chat] += 1
    return pairs


@dataclass
class BurstResult:
    """What a burst gave: timings and every way it could have gone wrong."""

    asked: int
    seconds: float  # from making the updates available to the last reply's arrival
    latencies: list[float]  # per reply, in seconds
    max_loop_lag: float
    missing: list[tuple[int, str]] = field(default_factory=list)  # (chat, question) unanswered
    extra: list[tuple[int, str]] = field(default_factory=list)  # (chat, reply text) beyond one each
    wrong: list[tuple[int, str, str]] = field(default_factory=list)  # (chat, question, reply)
    rejected: int = 0

    def quantile(self, q: float) -> float:
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or self.wrong or self.rejected)

    def problems(self) -> str:
        return (f"missing {self.missing[:5]} ({len(self.missing)}), extra {self.extra[:5]} "
                f"({len(self.extra)}), wrong {self.wrong[:5]} ({len(self.wrong)}), "
                f"rejected {self.rejected}")


class LoopLag:
    """Measures how late a 10 ms ticker wakes up: the event loop's responsiveness."""

    def __init__(self, tick: float = 0.01) -> None:
        self.tick = tick
        self.worst = 0.0
        self.samples: list[float] = []
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            before = loop.time()
            await asyncio.sleep(self.tick)
            lag = loop.time() - before - self.tick
            self.samples.append(lag)
            self.worst = max(self.worst, lag)

    def __enter__(self) -> LoopLag:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._task is not None:
            self._task.cancel()


async def run_burst(server: FakeBotAPI, pairs: Sequence[tuple[int, KnownQuestion]],
                    timeout: float = BURST_TIMEOUT,
                    check: Callable[[SentMessage, KnownQuestion], bool] = reply_has_figure,
                    ) -> BurstResult:
    """Make every question available at once, wait (bounded) for one reply each, judge them."""
    since_sent = len(server.sent)
    since_requests = len(server.requests)
    since_rejected = len(server.rejected)
    asked: dict[int, list[tuple[KnownQuestion, float]]] = defaultdict(list)
    with LoopLag() as lag:
        start = time.monotonic()
        for chat, question in pairs:
            server.send_text(chat, question.text)
            asked[chat].append((question, time.monotonic()))
        chats = set(asked)

        def answered() -> bool:
            return sum(1 for m in server.sent[since_sent:] if m.chat_id in chats) >= len(pairs)

        try:
            await server.wait_for(answered, timeout, description=f"{len(pairs)} replies")
        except AssertionError:
            pass  # judged below: what is missing is reported, not raised here
        await asyncio.sleep(0.2)  # anything sent twice would arrive now
    arrival = {
        (r.response["chat"]["id"], r.response["message_id"]): r.started
        for r in server.requests[since_requests:]
        if r.method == "sendMessage" and r.status == 200 and isinstance(r.response, dict)
    }
    replies: dict[int, list[SentMessage]] = defaultdict(list)
    for message in server.sent[since_sent:]:
        if message.chat_id in chats:
            replies[message.chat_id].append(message)
    result = BurstResult(asked=len(pairs), seconds=0.0, latencies=[], max_loop_lag=lag.worst,
                         rejected=len(server.rejected) - since_rejected)
    last = start
    for chat, questions in asked.items():
        got = replies[chat]
        for (question, made_at), reply in zip(questions, got):
            if not check(reply, question):
                result.wrong.append((chat, question.text, (reply.text or "")[:80]))
            arrived = arrival.get((chat, reply.message_id), made_at)
            result.latencies.append(arrived - made_at)
            last = max(last, arrived)
        result.missing += [(chat, q.text) for q, _ in questions[len(got):]]
        result.extra += [(chat, (m.text or "")[:80]) for m in got[len(questions):]]
    result.seconds = last - start
    return result


# ---------------------------------------------------------------------------------- bench


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Baseline handler: reply with the question (no engine)."""
    await update.effective_message.reply_text(update.effective_message.text, parse_mode=None)


def _echo_application(server: FakeBotAPI, rate: float) -> Application:
    app = (server.application_builder()
           .rate_limiter(AIORateLimiter(overall_max_rate=rate, max_retries=3))
           .concurrent_updates(64)
           .build())
    app.add_handler(MessageHandler(filters.TEXT, _echo))
    return app


@asynccontextmanager
async def _bot(folder: Path, index: Index, rate: float, echo: bool) -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI() as server:
        config = load_config(write_config(folder, folder / "corpus", base_url=server.base_url,
                                          telegram={"rate_limit": {"overall_max_rate": rate}}),
                             environ={})
        if echo:
            app = _echo_application(server, rate)
        else:
            engine = Engine(config, index)
            app = build_application(config, engine, server.token, BotSettings())
        async with server.running_application(app, poll_timeout=1):
            yield server


async def _measure(folder: Path, index: Index, pairs: list[tuple[int, KnownQuestion]], rate: float,
                   echo: bool) -> BurstResult:
    async with _bot(folder, index, rate, echo) as server:
        def any_reply(reply: SentMessage, question: KnownQuestion) -> bool:
            return True  # the echo bot keeps no order; only one reply each is checked

        return await run_burst(server, pairs, check=any_reply if echo else reply_has_figure)


def _summary(label: str, results: list[BurstResult]) -> tuple[float, str]:
    total = statistics.median(r.seconds for r in results)
    p50 = statistics.median(r.quantile(0.5) for r in results)
    p99 = statistics.median(r.quantile(0.99) for r in results)
    lag = statistics.median(r.max_loop_lag for r in results)
    broken = [r.problems() for r in results if not r.ok]
    line = (f"    {label:<38} last reply {total:6.2f} s · latency p50 {p50 * 1000:7.0f} ms, "
            f"p99 {p99 * 1000:7.0f} ms · worst loop lag {lag * 1000:4.0f} ms")
    if broken:
        line += f"\n      ✗ NOT ALL ANSWERED RIGHT: {broken[0]}"
    return total, line


def run(quick: bool = False) -> None:
    with tempfile.TemporaryDirectory(prefix="burst-") as tmp:
        folder = Path(tmp)
        copy_corpus(folder / "corpus")
        engine = Engine.from_config(load_config(write_config(folder, folder / "corpus"),
                                                environ={}))
        questions = known_questions(engine)
        pairs = plan(questions)
        print(f"\n== burst: {CHATS} chats × {PER_CHAT} questions at once ({len(pairs)} updates, "
              f"{len(questions)} distinct known figures), bot and fake in one process")
        repeats = 2 if quick else 5
        for rate, label, times in ((RAISED_RATE, f"overall limit raised ({RAISED_RATE:g}/s)",
                                    repeats),
                                   (DEFAULT_RATE, "PTB defaults (30 msgs/s overall)", 1)):
            print(f"  {label}, median of {times}:")
            bot = [asyncio.run(_measure(folder, engine.index, pairs, rate, False))
                   for _ in range(times)]
            echo = [asyncio.run(_measure(folder, engine.index, pairs, rate, True))
                    for _ in range(times)]
            bot_total, bot_line = _summary("the bot", bot)
            echo_total, echo_line = _summary("baseline: PTB echo bot, same limiter", echo)
            print(bot_line)
            print(echo_line)
            print(f"    bot/baseline (last reply) = {bot_total / max(echo_total, 1e-9):.2f}x")
        print(f"  floor with the default limit: (500 - 30 burst) / 30 per s = "
              f"{(len(pairs) - DEFAULT_RATE) / DEFAULT_RATE:.1f} s")
