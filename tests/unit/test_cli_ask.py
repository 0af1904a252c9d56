"""``python -m bot ask`` in process: a batch of questions on standard input loads nothing ahead."""

from __future__ import annotations

import gc
import io
import json

import pytest

import bot.cli as cli
from bot.config import Config
from bot.engine import Engine


def test_ask_answers_standard_input_without_a_warm_up(
    config: Config, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The dictionaries a warm-up reads ahead load when a question needs them: read in a thread
    beside a batch, they only hold the GIL its questions wait for."""
    warmed: list[bool] = []
    settled: list[bool] = []
    monkeypatch.setattr(Engine, "warm_up", lambda self, english=True: warmed.append(english))
    monkeypatch.setattr(cli, "settle_garbage_collector", lambda: settled.append(True))
    monkeypatch.setattr(cli, "load_config", lambda path: config)
    monkeypatch.setattr(cli, "configure_logging", lambda level, quiet=False: None)
    monkeypatch.setattr("sys.stdin", io.StringIO("全省共打造了多少家共富工坊？\n\n现场教学示范点有几个？\n"))
    assert cli.main(["ask", "--json"]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["question"] for a in answers] == ["全省共打造了多少家共富工坊？", "现场教学示范点有几个？"]
    assert answers[0]["answer"] == "8821家"
    assert warmed == [] and settled == [True]


def test_settling_freezes_what_start_up_made_and_collects_young_objects_less_often() -> None:
    threshold = gc.get_threshold()
    kept = [[n] for n in range(1000)]  # containers made at start-up, tracked by the collector
    try:
        cli.settle_garbage_collector()
        assert gc.get_freeze_count() >= len(kept)
        assert gc.get_threshold() == (20_000, *threshold[1:])
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)
