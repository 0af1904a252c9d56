"""Console chat over the engine: ``make run`` without a Telegram token.

Commands: ``/help``, ``/more`` (further passages), ``/reload``, ``/stats``, ``/quit``. When standard
input is not a terminal it answers each line and exits at end of input.
"""

from __future__ import annotations

import functools
import sys
import threading
from typing import TextIO

from bot.answer import Answer
from bot.engine import Engine
from bot.examples import example_questions
from bot.format import format_console
from bot.progress import ProgressBar
from corpus.errors import QABotError

HELP = """\
問我關於文件的問題（繁體、简体或 English）。Ask about the documents, in either script or English.
{examples}Commands: /more  further passages · /reload  re-read the corpus · /stats · /help · /quit"""


def help_text(engine: Engine) -> str:
    """The console help, with example questions that the current documents answer."""
    examples = example_questions(engine.index, functools.partial(engine.ask, count=False), 3)
    line = f"  例 e.g.  {' · '.join(examples)}\n" if examples else ""
    return HELP.format(examples=line)


def run_console(engine: Engine, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Read questions until /quit or end of input; returns the exit status."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty()
    color = stdout.isatty()
    shown = engine.config.passages_shown
    if interactive:
        print(help_text(engine), file=stdout)
        # Load the lazily loaded tables while the reader types the first question.
        threading.Thread(target=engine.warm_up, name="warm-up", daemon=True).start()
    last: Answer | None = None
    offset = 0
    while True:
        if interactive:
            print("\n問 ask › ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            return 0
        text = line.strip()
        if not text:
            continue
        command = text.split()[0].lower()
        if command in ("/quit", "/exit", "/q"):
            return 0
        if command == "/help":
            print(help_text(engine), file=stdout)
        elif command == "/reload":
            try:
                progress = ProgressBar(sys.stderr, label="reloading") if sys.stderr.isatty() else None
                print("reloaded: " + engine.reload(progress).summary(), file=stdout)
            except QABotError as exc:
                print(f"reload refused, the old index keeps serving: {exc}", file=stdout)
        elif command == "/stats":
            s = engine.stats()
            print(f"{s.documents} documents, {s.passages} passages; {s.questions} questions, "
                  f"{s.unanswered} without answer", file=stdout)
        elif command == "/more":
            if last is None or offset + shown >= len(last.results):
                print("no more passages", file=stdout)
            else:
                offset += shown
                print(format_console(last, shown=shown, color=color, offset=offset), file=stdout)
        else:
            last, offset = engine.ask(text), 0
            print(format_console(last, shown=shown, color=color), file=stdout)
        stdout.flush()
