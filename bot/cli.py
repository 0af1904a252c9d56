"""Command line: ``python -m bot [--config FILE] [ask [--json] [QUESTION ...] | console | telegram]``.

With no command it runs the bot: Telegram when ``TELEGRAM_BOT_TOKEN`` is set, otherwise a console
chat over the same engine. ``ask`` answers questions given as arguments, or one per line from
standard input; ``--json`` prints one JSON object per question (the contract in the README).
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from bot.config import CONFIG_ENV, CONFIG_NAME, Config, bot_token, load_config, user_dir
from bot.engine import Engine
from bot.format import answer_to_json, format_console
from bot.format.terminal import TerminalStyle
from bot.format.wrap import display_width
from bot.progress import ProgressBar
from corpus.errors import QABotError

log = logging.getLogger(__name__)

DESCRIPTION = """\
Answers questions about Chinese news documents, with the figures, in either script or in English.

With no command: serves Telegram when TELEGRAM_BOT_TOKEN is set, otherwise chats in the console."""

EXAMPLES = (
    ("{prog}", "chat in the console"),
    ('{prog} ask "how many 共富工坊?"', "one answer, readable"),
    ('{prog} ask --json "专业物业服务覆盖率是多少？"', "one answer as JSON"),
    ("printf '問題一\\n問題二\\n' | {prog} ask --json", "one question per line of input"),
    ("{prog} --config my.yaml telegram", "serve Telegram with another config"),
)

CONFIG_ORDER = """\
config file: the one --config names, else ${env}, else ./{name},
  else {user}/{name} (relative paths in it count from its folder)"""


def build_parser(prog: str | None = None) -> argparse.ArgumentParser:
    prog = prog or _prog_name()
    commands = [command.format(prog=prog) for command, _ in EXAMPLES]
    column = max(display_width(c) for c in commands) + 2
    examples = "\n".join(
        f"  {c}{' ' * (column - display_width(c))}{what}" for c, (_, what) in zip(commands, EXAMPLES)
    )
    order = CONFIG_ORDER.format(env=CONFIG_ENV, name=CONFIG_NAME, user=_home_relative(user_dir("config")))
    parser = argparse.ArgumentParser(
        prog=prog,
        usage="%(prog)s [--config FILE] [-v] [ask [--json] [QUESTION ...] | console | telegram]",
        description=DESCRIPTION,
        epilog=f"examples:\n{examples}\n\n{order}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--config", type=Path, default=None, metavar="FILE",
                        help="config file (default: see below)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log at DEBUG level")
    sub = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    ask = sub.add_parser("ask", help="answer questions (arguments, or one per line on standard input)",
                         description="Answer the question given, or each line of standard input.")
    ask.add_argument("question", nargs="*", help="the question (none: read standard input)")
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    ask.add_argument("-n", "--passages", type=int, default=None, metavar="N", help="passages to show")
    sub.add_parser("console", help="chat in the terminal", description="Chat in the terminal.")
    sub.add_parser("telegram", help="serve Telegram (needs TELEGRAM_BOT_TOKEN)",
                   description="Serve Telegram; the token comes from TELEGRAM_BOT_TOKEN only.")
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
        if command == "console" and sys.stdin.isatty():
            return _chat_at_terminal(config)
        engine = Engine.from_config(config, progress=_progress_printer())
        settle_garbage_collector()
        if command == "ask":
            shown = args.passages or config.passages_shown
            questions = args.question and [" ".join(args.question)] or _stdin_lines()
            # No warm-up here: jieba's tag table, CC-CEDICT and jieba-rs's copy of the dictionary
            # load when a question first needs them. Read ahead in a thread they cost ~1 s of CPU
            # that, under the GIL, a batch's questions wait for even when none needs them
            # (docs/scale.md); the chat adapters, idle between messages, still warm up.
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


def _chat_at_terminal(config: Config) -> int:
    """The console chat for a person at a terminal. It takes the terminal's Ctrl-C for itself
    (see :mod:`bot.console.foreground`); Ctrl-C before the first prompt ends it quietly: the
    person asked to stop, nothing failed."""
    from bot.console import own_foreground, run_console

    with own_foreground(sys.stdin.fileno()):
        try:
            engine = Engine.from_config(config, progress=_progress_printer())
            return run_console(engine)  # from its first prompt on, it handles Ctrl-C itself
        except KeyboardInterrupt:
            print("\n已停止 · stopped", file=sys.stderr, flush=True)
            return 0


def run_ask(engine: Engine, questions: Iterable[str], as_json: bool, shown: int) -> int:
    """Answer each question in order, printing as it goes."""
    style = TerminalStyle.for_stream(sys.stdout)
    for question in questions:
        answer = engine.ask(question)
        if as_json:
            print(json.dumps(answer_to_json(answer), ensure_ascii=False), flush=True)
        else:
            print(format_console(answer, shown=shown, style=style), flush=True)
            print(flush=True)
    return 0


def settle_garbage_collector() -> None:
    """Once the index is open: what start-up made (modules, the index, the tokenizer's
    dictionary) lives as long as the process, so the cyclic collector stops scanning it
    (``gc.freeze``), and it runs a young collection every 20,000 new objects instead of 700 --
    answering makes tens of thousands a question, nearly all freed by reference counting (full
    collections over 1,000 archive questions found nothing to free). docs/benchmarks.md."""
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(20_000, middle, old)


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


def _prog_name() -> str:
    """The name the program was started by: ``zh-news-qa-bot``, or ``python -m bot``."""
    name = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "python -m bot" if name in ("", "__main__.py", "-c") else name


def _home_relative(path: Path) -> str:
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)


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
