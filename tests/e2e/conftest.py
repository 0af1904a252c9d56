"""Fixtures for the Telegram end-to-end tests: the fake Bot API server and the real bot polling it.

Building an index costs seconds (jieba's dictionary), so one index over a copy of the project's
corpus is built once per session. Each test gets its own copy of the corpus folder, an
:class:`~bot.engine.Engine` serving the shared index (an Index is immutable; a reload builds a
new one from the test's own folder), its own :class:`FakeBotAPI` and the real Application from
:func:`bot.telegram.build_application` polling it.

After every test the ``server`` fixture asserts that the fake rejected nothing the bot sent
(faults a test injected on purpose aside) and that no message had more than 100 entities.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.config import Config, load_config
from bot.engine import Engine, ReloadReport
from bot.format import format_html
from bot.telegram import STATE_KEY, BotSettings, BotState, build_application
from index.build import ProgressCallback
from index.search import Index
from tests.evaluation import judge, load_questions

from .fakebotapi import FakeBotAPI, InlineAnswer, SentMessage

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "documents"
DATA = ROOT / "tests" / "data"
ADMIN = 1001
OTHER_ADMIN = 1002
READER = 2002
GROUP = -100500

#: Short progress edits, so that a reload of a few seconds shows several.
FAST = BotSettings(progress_interval=0.2)

#: The article's public question set: what each question's reply must show (see
#: :func:`tests.evaluation.judge`), the oracle for the content of replies.
QUESTION_SET = {item["q"]: item for item in load_questions(DATA / "questions.jsonl")}
#: A reply's citation line: ``— 《title》 · section · ¶N``.
CITATION_RE = re.compile(
    r"^— 《(?P<title>[^》\n]+)》(?: · (?P<section>[^\n]+?))? · ¶(?P<paragraph>\d+)$", re.M
)


def bold_texts(text: str, entities: list[dict[str, Any]]) -> list[str]:
    """The pieces of a message the reader sees in bold."""
    encoded = text.encode("utf-16-le")
    return [
        encoded[2 * e["offset"] : 2 * (e["offset"] + e["length"])].decode("utf-16-le")
        for e in entities
        if e["type"] == "bold"
    ]


def assert_right_answer(
    text: str, entities: list[dict[str, Any]], question: str, index: Index
) -> None:
    """A message (its text and entities) shows what the question set expects of ``question``:
    the direct answer first and in bold, the expected passage first, under a citation naming
    where that passage really is."""
    item = QUESTION_SET[question]
    first = text.partition("\n2. ")[0]  # up to the end of the first passage's citation
    if item["answer"] is not None:
        assert text.startswith("💡 ") and item["answer"] in bold_texts(text, entities)[0], first
    assert item["passage"] in first, first
    cited = CITATION_RE.search(first)
    assert cited is not None, first
    where = [p.text for p in index.passages
             if p.title == cited["title"] and p.paragraph == int(cited["paragraph"])
             and (p.section or None) == cited["section"]]
    assert any(item["passage"] in passage for passage in where), (cited.group(), where)


def copy_corpus(target: Path) -> Path:
    """A copy of the project's corpus documents in ``target`` (created)."""
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(CORPUS.glob("*.txt")):
        shutil.copy2(path, target / path.name)
    return target


def write_config(
    folder: Path,
    corpus: Path,
    *,
    base_url: str | None = None,
    admin_ids: tuple[int, ...] = (ADMIN, OTHER_ADMIN),
    telegram: dict[str, Any] | None = None,
    corpus_extra: dict[str, Any] | None = None,
) -> Path:
    """Write a config file for a test; the token never goes in it."""
    data: dict[str, Any] = {
        "corpus": {"path": str(corpus), **(corpus_extra or {})},
        "index": {"cache_dir": str(folder / "cache")},
        "telegram": {"admin_ids": list(admin_ids), "poll_timeout": 1, **(telegram or {})},
    }
    if base_url is not None:
        data["telegram"]["base_url"] = base_url
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


class BrokenReloadEngine(Engine):
    """A reload that fails with an error nobody expected (a bug, not a refused corpus)."""

    def reload(self, progress: ProgressCallback | None = None) -> ReloadReport:
        raise RuntimeError("unexpected failure inside the reload")


def accepted_everything(server: FakeBotAPI) -> None:
    """Nothing the bot sent was refused by the (strict) fake, apart from injected faults."""
    rejected = [r for r in server.rejected if not r.injected]
    assert rejected == [], server.describe("the fake rejected calls of the bot")
    assert server.entity_overflows == []


def question_with_more(engine: Engine, passages: int = 4) -> str:
    """A question of the set the engine answers right, with more passages than one reply shows
    (at least ``passages``; which ones do changes with the engine)."""
    for question, item in QUESTION_SET.items():
        answer = engine.ask(question, count=False)
        outcome = judge(item, answer)
        if item["answer"] and outcome.answer_ok and outcome.passage_ok and len(answer.results) >= passages:
            return question
    pytest.fail("no question of the set is answered right with more than three passages")


async def inline(server: FakeBotAPI, query: str) -> InlineAnswer:
    """A reader types ``@bot query``; the bot's answer to that inline query."""
    update = server.inline_query(READER, query)
    query_id = update["inline_query"]["id"]
    return await server.wait_for(
        lambda: next((a for a in server.inline_answers if a.inline_query_id == query_id), None),
        description=f"inline answer to {query!r}",
    )


def assert_answered(bot: BotHarness, reply: SentMessage, question: str) -> None:
    """``reply`` is the formatted answer to ``question`` and shows the figure and passage the
    question set expects."""
    assert reply.source == format_html(bot.engine.ask(question, count=False), 3, 0)
    assert_right_answer(reply.text, reply.entities, question, bot.engine.index)


@pytest.fixture(scope="session")
def shared_index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    """One index over the project's corpus for the whole session."""
    folder = tmp_path_factory.mktemp("shared")
    config = load_config(write_config(folder, copy_corpus(folder / "corpus")), environ={})
    return Engine.from_config(config).index


@pytest.fixture
def server_options() -> dict[str, Any]:
    """Keyword arguments for FakeBotAPI; a test module may override this fixture."""
    return {}


@pytest.fixture
async def server(server_options: dict[str, Any]) -> AsyncIterator[FakeBotAPI]:
    async with FakeBotAPI(**server_options) as fake:
        yield fake
        accepted_everything(fake)


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    return copy_corpus(tmp_path / "corpus")


@dataclass
class BotHarness:
    """The running bot and its fake server, with helpers to talk to it."""

    server: FakeBotAPI
    app: Any
    config: Config
    engine: Engine
    corpus: Path

    @property
    def state(self) -> BotState:
        return self.app.bot_data[STATE_KEY]

    async def say(self, chat_id: int, text: str, *, timeout: float = 10.0,
                  **kwargs: Any) -> SentMessage:
        """Send ``text`` to the bot and return its one reply in that chat."""
        since = len(self.server.sent)
        self.server.send_text(chat_id, text, **kwargs)
        [reply] = await self.server.wait_for_messages(chat_id, 1, timeout, since=since)
        return reply

    async def settle(self) -> None:
        """Wait until every injected update was fetched and its handling finished."""
        server = self.server
        await server.wait_for(lambda: server.confirmed_offset > server.last_update_id
                              or not server.pending_updates, description="updates fetched")
        processor = self.app.update_processor
        await server.wait_for(lambda: processor.current_concurrent_updates == 0,
                              description="handlers finished")


Launcher = Callable[..., Any]


@pytest.fixture
def launch(
    server: FakeBotAPI, shared_index: Index, corpus_dir: Path, tmp_path: Path
) -> Launcher:
    """``async with launch(**config_options) as bot``: start the bot against the fake."""

    @asynccontextmanager
    async def start(
        *, settings: BotSettings = FAST, engine_type: type[Engine] = Engine, **options: Any
    ) -> AsyncIterator[BotHarness]:
        path = write_config(tmp_path, corpus_dir, base_url=server.base_url, **options)
        config = load_config(path, environ={})
        engine = engine_type(config, shared_index)
        app = build_application(config, engine, server.token, settings)
        async with server.running_application(app, poll_timeout=1):
            yield BotHarness(server, app, config, engine, corpus_dir)

    return start


@pytest.fixture
async def bot(launch: Launcher) -> AsyncIterator[BotHarness]:
    async with launch() as harness:
        yield harness
