"""Configuration: ``config.yaml`` read with ``yaml.safe_load`` into validated, frozen dataclasses.

Which file (:func:`find_config`): the one given (``--config``), else the one ``QA_BOT_CONFIG``
names, else ``config.yaml`` in the current folder, else ``config.yaml`` in the user's config folder
(``$XDG_CONFIG_HOME/zh-news-qa-bot``, by default ``~/.config/zh-news-qa-bot``).
Relative paths resolve against the config file's folder. Environment variables win over the file:
``TELEGRAM_BASE_URL``, ``TELEGRAM_ADMIN_IDS`` (comma-separated user ids). The bot token comes
from ``TELEGRAM_BOT_TOKEN`` only and is never stored here (see :func:`bot_token`).
Every problem is a one-line :class:`~corpus.errors.ConfigError` naming the key.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from corpus.errors import ConfigError
from index.bm25 import BM25Params
from index.search import DEFAULT_BM25, DEFAULT_PASSAGE_CHARS

APP_NAME = "zh-news-qa-bot"
CONFIG_ENV = "QA_BOT_CONFIG"
CONFIG_NAME = "config.yaml"
_XDG = {"config": ("XDG_CONFIG_HOME", ".config"), "state": ("XDG_STATE_HOME", ".local/state")}


@dataclass(frozen=True)
class WebhookConfig:
    url: str
    listen: str = "0.0.0.0"
    port: int = 8443
    secret_token: str | None = None
    path: str = ""


@dataclass(frozen=True)
class TelegramConfig:
    base_url: str | None = None
    admin_ids: frozenset[int] = frozenset()
    webhook: WebhookConfig | None = None
    overall_max_rate: float = 30.0
    max_retries: int = 3
    upload_max_bytes: int = 2_000_000
    poll_timeout: float = 10.0


@dataclass(frozen=True)
class Config:
    path: Path
    corpus_path: Path
    cache_dir: Path | None
    max_passage_chars: int = DEFAULT_PASSAGE_CHARS
    bm25: BM25Params = DEFAULT_BM25
    passages_shown: int = 3
    min_coverage: float = 0.3
    telegram: TelegramConfig = field(default_factory=TelegramConfig)
    log_level: str = "INFO"


_SCHEMA: dict[str, set[str]] = {
    "corpus": {"path", "max_passage_chars", "upload_max_bytes"},
    "index": {"cache_dir", "bm25"},
    "answer": {"passages", "min_coverage"},
    "telegram": {"base_url", "admin_ids", "webhook", "rate_limit", "poll_timeout"},
    "logging": {"level"},
}


def user_dir(kind: Literal["config", "state"], environ: Mapping[str, str] | None = None) -> Path:
    """This program's folder for the user's ``config`` or ``state`` (e.g. history), XDG style."""
    env = os.environ if environ is None else environ
    variable, default = _XDG[kind]
    base = env.get(variable, "").strip()
    root = Path(base) if base and Path(base).is_absolute() else Path(env.get("HOME") or Path.home()) / default
    return root / APP_NAME


def find_config(
    given: Path | str | None = None, environ: Mapping[str, str] | None = None, cwd: Path | None = None
) -> Path:
    """The config file to read: ``given``, else ``$QA_BOT_CONFIG``, else ``./config.yaml``, else
    the user's config folder. A file named explicitly must exist; the others are looked for."""
    env = os.environ if environ is None else environ
    if given is not None:
        return Path(given)
    named = env.get(CONFIG_ENV, "").strip()
    if named:
        path = Path(named).expanduser()
        if not path.is_file():
            raise ConfigError(f"config file {path} (named by {CONFIG_ENV}) not found")
        return path
    here = (cwd or Path.cwd()) / CONFIG_NAME
    if here.is_file():
        return here
    user = user_dir("config", env) / CONFIG_NAME
    if user.is_file():
        return user
    raise ConfigError(
        f"no config file: give --config FILE, set {CONFIG_ENV}=FILE, or put {CONFIG_NAME} "
        f"in this folder or in {user.parent}"
    )


def load_config(path: Path | str | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Read and validate a config file (found by :func:`find_config` when none is given);
    apply environment overrides."""
    env = os.environ if environ is None else environ
    path = find_config(path, env)
    try:
        raw_text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config file {path} not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} cannot be read: {exc}") from None
    try:
        data = yaml.safe_load(raw_text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"config file {path} is not valid YAML{_yaml_where(raw_text, exc)}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"config file {path} must be a mapping of sections")
    for section, value in data.items():
        if section not in _SCHEMA:
            raise ConfigError(f"unknown config key {section!r} (known: {', '.join(sorted(_SCHEMA))})")
        if value is not None and not isinstance(value, dict):
            raise ConfigError(f"config key {section!r} must be a mapping")
        for key in value or {}:
            if key not in _SCHEMA[section]:
                raise ConfigError(f"unknown config key '{section}.{key}'")
    base = path.resolve().parent

    def get(section: str, key: str, default: Any = None) -> Any:
        value = (data.get(section) or {}).get(key)
        return default if value is None else value

    corpus_raw = get("corpus", "path")
    if corpus_raw is None:
        raise ConfigError("config key 'corpus.path' is required")
    corpus_path = _path(base, corpus_raw, "corpus.path")
    cache_raw = (data.get("index") or {}).get("cache_dir", ".cache/index")
    cache_dir = None if cache_raw in (None, False, "") else _path(base, cache_raw, "index.cache_dir")

    bm25 = _bm25(get("index", "bm25", {}))

    admin_ids = _admin_ids(get("telegram", "admin_ids", []), "telegram.admin_ids")
    if env.get("TELEGRAM_ADMIN_IDS", "").strip():
        admin_ids = _admin_ids(env["TELEGRAM_ADMIN_IDS"], "TELEGRAM_ADMIN_IDS")
    base_url = env.get("TELEGRAM_BASE_URL") or get("telegram", "base_url")
    if base_url is not None and not isinstance(base_url, str):
        raise ConfigError("config key 'telegram.base_url' must be a URL string")
    rate = get("telegram", "rate_limit", {})
    if not isinstance(rate, dict) or set(rate) - {"overall_max_rate", "max_retries"}:
        raise ConfigError("config key 'telegram.rate_limit' takes overall_max_rate and max_retries")
    telegram = TelegramConfig(
        base_url=base_url.rstrip("/") if base_url else None,
        admin_ids=admin_ids,
        webhook=_webhook(get("telegram", "webhook")),
        overall_max_rate=_number(rate.get("overall_max_rate", 30.0), "telegram.rate_limit.overall_max_rate", 0.1),
        max_retries=_integer(rate.get("max_retries", 3), "telegram.rate_limit.max_retries", 0),
        upload_max_bytes=_integer(get("corpus", "upload_max_bytes", 2_000_000), "corpus.upload_max_bytes", 1),
        poll_timeout=_number(get("telegram", "poll_timeout", 10.0), "telegram.poll_timeout", 0.0),
    )
    level = str(get("logging", "level", "INFO")).upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise ConfigError("config key 'logging.level' must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
    return Config(
        path=path.resolve(),
        corpus_path=corpus_path,
        cache_dir=cache_dir,
        max_passage_chars=_integer(get("corpus", "max_passage_chars", DEFAULT_PASSAGE_CHARS), "corpus.max_passage_chars", 20),
        bm25=bm25,
        passages_shown=_integer(get("answer", "passages", 3), "answer.passages", 1),
        min_coverage=_number(get("answer", "min_coverage", 0.3), "answer.min_coverage", 0.0),
        telegram=telegram,
        log_level=level,
    )


def bot_token(environ: Mapping[str, str] | None = None) -> str | None:
    """The bot token from ``TELEGRAM_BOT_TOKEN``, or None. Never logged, never stored."""
    env = os.environ if environ is None else environ
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    return token or None


def _yaml_where(text: str, exc: yaml.YAMLError) -> str:
    """" at line N: what is wrong" -- the line the reader must fix. A problem found only at the
    end of the file (an unclosed bracket or quote) is placed where the unclosed thing starts, or
    on the last line that holds anything, never on the empty line after it."""
    problem = getattr(exc, "problem", None)
    marks = [getattr(exc, "problem_mark", None), getattr(exc, "context_mark", None)]
    lines = text.splitlines()
    last = max((n for n, line in enumerate(lines) if line.strip()), default=0)
    line = next((m.line for m in marks if m is not None and m.line <= last and m.index < len(text.rstrip())), last)
    if problem and "<block" in problem:
        problem = "the indentation does not line up"
    elif problem:
        problem = problem.replace("'<stream end>'", "the end of the file").replace("end of stream", "end of the file")
    what = f": {problem}" if problem else ""
    return f" at line {line + 1}{what}"


def _path(base: Path, value: Any, key: str) -> Path:
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"config key '{key}' must be a path")
    path = Path(value).expanduser()
    return path if path.is_absolute() else (base / path)


def _number(value: Any, key: str, minimum: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"config key '{key}' must be a number")
    if value < minimum:
        raise ConfigError(f"config key '{key}' must be at least {minimum:g}")
    return float(value)


def _integer(value: Any, key: str, minimum: int) -> int:
    """A whole number: a fraction (``2.9``) is refused, never cut to ``2``."""
    if isinstance(value, float):
        raise ConfigError(f"config key '{key}' must be a whole number")
    return int(_number(value, key, minimum))


def _admin_ids(value: Any, key: str) -> frozenset[int]:
    items: list[Any]
    if isinstance(value, str):
        items = [v.strip() for v in value.split(",") if v.strip()]
    elif isinstance(value, int) and not isinstance(value, bool):
        items = [value]
    elif isinstance(value, list):
        items = value
    else:
        raise ConfigError(f"config key '{key}' must be a list of Telegram user ids")
    ids: set[int] = set()
    for item in items:
        try:
            if isinstance(item, bool):
                raise ValueError
            ids.add(int(item))
        except (TypeError, ValueError):
            raise ConfigError(f"config key '{key}' holds {item!r}, which is not a user id") from None
    return frozenset(ids)


def _bm25(value: Any) -> BM25Params:
    if not isinstance(value, dict):
        raise ConfigError("config key 'index.bm25' must be a mapping")
    allowed = {"variant", "k1", "b", "epsilon", "delta"}
    unknown = set(value) - allowed
    if unknown:
        raise ConfigError(f"unknown config key 'index.bm25.{sorted(unknown)[0]}'")
    variant = value.get("variant", DEFAULT_BM25.variant)
    if variant not in ("okapi", "plus", "l"):
        raise ConfigError("config key 'index.bm25.variant' must be okapi, plus or l")
    kwargs: dict[str, Any] = {"variant": variant}
    if variant != DEFAULT_BM25.variant:
        kwargs["delta"] = None
    for key in ("k1", "b", "epsilon", "delta"):
        if value.get(key) is not None:
            kwargs[key] = _number(value[key], f"index.bm25.{key}", 0.0)
    try:
        return dataclasses.replace(DEFAULT_BM25, **kwargs)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"config key 'index.bm25' is invalid: {exc}") from None


def _webhook(value: Any) -> WebhookConfig | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ConfigError("config key 'telegram.webhook' must be a mapping")
    unknown = set(value) - {"url", "listen", "port", "secret_token", "path"}
    if unknown:
        raise ConfigError(f"unknown config key 'telegram.webhook.{sorted(unknown)[0]}'")
    url = value.get("url")
    if not isinstance(url, str) or not url.startswith("https://"):
        raise ConfigError("config key 'telegram.webhook.url' must be an https:// URL")
    port = value.get("port", 8443)
    if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
        raise ConfigError("config key 'telegram.webhook.port' must be a port number")
    secret = value.get("secret_token")
    if secret is not None and not isinstance(secret, str):
        raise ConfigError("config key 'telegram.webhook.secret_token' must be text")
    return WebhookConfig(
        url=url,
        listen=str(value.get("listen", "0.0.0.0")),
        port=port,
        secret_token=secret,
        path=str(value.get("path", "")),
    )
