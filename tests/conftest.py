"""Shared fixtures: one engine over the project's own corpus, built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Config, load_config
from bot.engine import Engine

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config(ROOT / "config.yaml", environ={})


@pytest.fixture(scope="session")
def engine(config: Config) -> Engine:
    return Engine.from_config(config)
