"""Configuration: validated keys, one-line errors naming the key, environment overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import bot_token, load_config
from corpus.errors import ConfigError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_relative_paths_resolve_against_the_config_folder(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path, "corpus:\n  path: docs\nindex:\n  cache_dir: c\n"), environ={})
    assert config.corpus_path == tmp_path / "docs"
    assert config.cache_dir == tmp_path / "c"
    assert config.passages_shown == 3


def test_environment_wins_over_the_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "corpus:\n  path: docs\ntelegram:\n  base_url: http://file/bot\n  admin_ids: [1, 2]\n",
    )
    config = load_config(path, environ={"TELEGRAM_BASE_URL": "http://127.0.0.1:9/bot", "TELEGRAM_ADMIN_IDS": "7, 8"})
    assert config.telegram.base_url == "http://127.0.0.1:9/bot"
    assert config.telegram.admin_ids == frozenset({7, 8})
    assert load_config(path, environ={}).telegram.admin_ids == frozenset({1, 2})


def test_token_comes_from_the_environment_only(tmp_path: Path) -> None:
    assert bot_token({"TELEGRAM_BOT_TOKEN": " 123:abc "}) == "123:abc"
    assert bot_token({}) is None
    with pytest.raises(ConfigError, match="telegram.token"):
        load_config(_write(tmp_path, "corpus:\n  path: d\ntelegram:\n  token: 123:abc\n"), environ={})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("corpus: [\n", "not valid YAML"),
        ("- a\n- b\n", "mapping of sections"),
        ("index:\n  cache_dir: x\n", "corpus.path"),
        ("corpus:\n  path: d\nbogus: 1\n", "unknown config key 'bogus'"),
        ("corpus:\n  path: d\n  colour: red\n", "corpus.colour"),
        ("corpus:\n  path: 5\n", "corpus.path"),
        ("corpus:\n  path: d\nanswer:\n  passages: many\n", "answer.passages"),
        ("corpus:\n  path: d\nanswer:\n  passages: 0\n", "answer.passages"),
        # A fraction where a whole number is meant was once silently cut (2.9 -> 2).
        ("corpus:\n  path: d\nanswer:\n  passages: 2.9\n", "'answer.passages' must be a whole number"),
        ("corpus:\n  path: d\n  max_passage_chars: 99.9\n", "'corpus.max_passage_chars' must be a whole number"),
        ("corpus:\n  path: d\n  upload_max_bytes: 1000.5\n", "'corpus.upload_max_bytes' must be a whole number"),
        ("corpus:\n  path: d\ntelegram:\n  rate_limit:\n    max_retries: 1.5\n", "max_retries' must be a whole number"),
        ("corpus:\n  path: d\ntelegram:\n  admin_ids: [abc]\n", "telegram.admin_ids"),
        ("corpus:\n  path: d\nindex:\n  bm25:\n    variant: foo\n", "index.bm25.variant"),
        ("corpus:\n  path: d\nindex:\n  bm25:\n    b: 3\n", "index.bm25"),
        ("corpus:\n  path: d\ntelegram:\n  webhook:\n    url: http://x\n", "telegram.webhook.url"),
        ("corpus:\n  path: d\nlogging:\n  level: LOUD\n", "logging.level"),
    ],
)
def test_bad_config_gives_one_line_naming_the_problem(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as info:
        load_config(_write(tmp_path, text), environ={})
    assert "\n" not in str(info.value)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.yaml", environ={})


def test_bad_admin_ids_in_the_environment(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="TELEGRAM_ADMIN_IDS"):
        load_config(_write(tmp_path, "corpus:\n  path: d\n"), environ={"TELEGRAM_ADMIN_IDS": "1,x"})
