"""Configuration: validated keys, one-line errors naming the key, environment overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import bot_token, find_config, load_config
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


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # Problems found only at the end of the file are placed where the unclosed thing starts
        # (this two-line file was once reported "at line 3").
        ("corpus:\n  path: [docs\n", "at line 2: expected ',' or ']', but got the end of the file"),
        ("corpus: [\n", "at line 1:"),
        ("corpus:\n  path: 'docs\n\n\n", "at line 2:"),
        ("corpus:\n  path: d\n bad: 1\n", "at line 3: the indentation does not line up"),
        ("corpus:\n\tpath: d\n", "at line 2:"),
    ],
)
def test_yaml_errors_name_the_line_to_fix(tmp_path: Path, text: str, where: str) -> None:
    with pytest.raises(ConfigError, match="not valid YAML") as info:
        load_config(_write(tmp_path, text), environ={})
    assert where in str(info.value) and "\n" not in str(info.value)


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.yaml", environ={})


def test_bad_admin_ids_in_the_environment(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="TELEGRAM_ADMIN_IDS"):
        load_config(_write(tmp_path, "corpus:\n  path: d\n"), environ={"TELEGRAM_ADMIN_IDS": "1,x"})


def test_config_is_found_in_the_documented_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--config, then QA_BOT_CONFIG, then ./config.yaml, then the user's config folder."""
    home, here, named, given = (tmp_path / n for n in ("home", "here", "named", "given"))
    user = home / ".config" / "zh-news-qa-bot" / "config.yaml"
    for path in (user, here / "config.yaml", named / "c.yaml", given / "c.yaml"):
        path.parent.mkdir(parents=True)
        path.write_text("corpus:\n  path: docs\n", encoding="utf-8")
    env = {"HOME": str(home), "QA_BOT_CONFIG": str(named / "c.yaml")}
    assert find_config(given / "c.yaml", env, cwd=here) == given / "c.yaml"
    assert find_config(None, env, cwd=here) == named / "c.yaml"
    assert find_config(None, {"HOME": str(home)}, cwd=here) == here / "config.yaml"
    assert find_config(None, {"HOME": str(home)}, cwd=tmp_path) == user
    xdg = tmp_path / "xdg"
    (xdg / "zh-news-qa-bot").mkdir(parents=True)
    (xdg / "zh-news-qa-bot" / "config.yaml").write_text("corpus:\n  path: docs\n", encoding="utf-8")
    assert find_config(None, {"HOME": str(home), "XDG_CONFIG_HOME": str(xdg)}, cwd=tmp_path) == (
        xdg / "zh-news-qa-bot" / "config.yaml")
    # Relative paths resolve against the folder of the file that was found.
    monkeypatch.chdir(tmp_path)
    assert load_config(None, {"HOME": str(home)}).corpus_path == user.parent / "docs"


def test_no_config_anywhere_says_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        find_config(None, {"HOME": str(tmp_path)}, cwd=tmp_path)
    message = str(info.value)
    assert "--config" in message and "QA_BOT_CONFIG" in message and str(tmp_path / ".config" / "zh-news-qa-bot") in message
    with pytest.raises(ConfigError, match="QA_BOT_CONFIG"):
        find_config(None, {"HOME": str(tmp_path), "QA_BOT_CONFIG": str(tmp_path / "nope.yaml")}, cwd=tmp_path)
