"""Command line: ``python -m bot [--config PATH] [ask [--json] [QUESTION ...] | console | telegram]``.

With no command it runs the bot: Telegram when ``TELEGRAM_BOT_TOKEN`` is set, otherwise a console
chat over the same engine. ``ask`` answers questions given as arguments, or one per line from
standard input; ``--json`` prints one JSON object per question (the contract in the README).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from bot.config import bot_token, load_config
from bot.engine import Engine
from bot.format import answer_to_json, format_console
from bot.progress import ProgressBar
from corpus.errors import QABotError

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=Path("config.yaml"), help="config file (default: config.yaml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log at DEBUG level")
    sub = parser.add_subparsers(dest="command")
    ask = sub.add_parser("ask", help="answer questions (arguments, or one per line on stdin)")
    ask.add_argument("question", nargs="*", help="the question; none: read stdin")
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    ask.add_argument("-n", "--passages", type=int, default=None, help="passages to show")
    sub.add_parser("console", help="chat in the terminal")
    sub.add_parser("telegram", help="serve Telegram (needs TELEGRAM_BOT_TOKEN)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    args = build_parser().parse_args(argv)
    try:
        config = load_config(args.config)
    except QABotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    command = args.command or ("telegram" if bot_token() else "console")
    # The console and `ask` are for people reading answers: only warnings go to stderr there.
    quiet = command in ("ask", "console") and not args.verbose
    configure_logging("DEBUG" if args.verbose else config.log_level, quiet=quiet)
    try:
        if command == "telegram":
            from bot.telegram import run_telegram

            return run_telegram(config)
        engine = Engine.from_config(config, progress=_progress_printer())
        if command == "ask":
            shown = args.passages or config.passages_shown
            questions = args.question and [" ".join(args.question)] or _stdin_lines()
            if not args.question:
                # Many questions to come: load jieba's tag table while the first is read (the
                # English dictionary only loads if an English question comes).
                threading.Thread(target=engine.warm_up, args=(False,), name="warm-up", daemon=True).start()
            return run_ask(engine, questions, as_json=args.json, shown=shown)
        from bot.console import run_console

        return run_console(engine)
    except QABotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, like other command-line tools.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def run_ask(engine: Engine, questions: Iterable[str], as_json: bool, shown: int) -> int:
    """Answer each question in order, printing as it goes."""
    color = sys.stdout.isatty()
    for question in questions:
        answer = engine.ask(question)
        if as_json:
            print(json.dumps(answer_to_json(answer), ensure_ascii=False), flush=True)
        else:
            print(format_console(answer, shown=shown, color=color), flush=True)
            print(flush=True)
    return 0


def _stdin_lines() -> Iterable[str]:
    for line in sys.stdin:
        line = line.rstrip("\n")
        if line.strip():
            yield line


def _progress_printer() -> ProgressBar | None:
    """A progress bar on standard error for long builds, only when it is a terminal."""
    if not sys.stderr.isatty():
        return None
    return ProgressBar(sys.stderr, label="indexing")


def configure_logging(level: str, quiet: bool = False) -> None:
    """The one place logging is configured. httpx logs request URLs (with the token) at INFO."""
    logging.basicConfig(
        level=logging.WARNING if quiet else getattr(logging, level, logging.INFO),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("httpx", "httpcore", "jieba", "telegram.ext.Updater", "apscheduler"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    import jieba

    jieba.setLogLevel(logging.WARNING)
