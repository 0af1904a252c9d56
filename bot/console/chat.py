"""The chat loop: questions and commands in, answers out.

Commands: ``/help``, ``/more`` (further passages), ``/reload``, ``/stats``, ``/quit``; any other
``/word`` gets a pointer to ``/help``. At a terminal, Ctrl-C clears the line being typed (or stops
a command that is running) and the chat goes on; Ctrl-D on an empty line ends it. When standard
input is not a terminal it answers each line and ends at the end of input.
"""

from __future__ import annotations

import functools
import signal
import sys
import threading
from dataclasses import dataclass, field
from typing import TextIO

from bot.answer import Answer
from bot.answer.question_text import plain_question
from bot.answer.small_talk import is_small_talk
from bot.config import user_dir
from bot.console.lines import LineSource, StreamLines, TerminalLines
from bot.engine import Engine
from bot.examples import example_questions
from bot.format.terminal import TerminalStyle, format_console, format_examples, format_reload, format_stats, render
from bot.progress import ProgressBar
from corpus.errors import QABotError

PROMPT = "問 ask › "
COMMANDS = ("/help", "/more", "/reload", "/stats", "/quit")
_QUIT = ("/quit", "/exit", "/q")
EXAMPLES_SHOWN = 3

HELP = (
    "問我關於文件的問題（繁體、简体或 English）。Ask about the documents, in either script or English.",
    "Commands: /more (further passages) · /reload (re-read the documents) · /stats · /help ·"
    " /quit or Ctrl-D",
)


@dataclass
class _Chat:
    """What the chat remembers between lines."""

    engine: Engine
    out: TextIO
    last: Answer | None = None
    offset: int = 0
    examples: list[str] | None = field(default=None)

    @property
    def style(self) -> TerminalStyle:
        """Colour and width for the next reply (the window may have been resized meanwhile)."""
        return TerminalStyle.for_stream(self.out)

    def example_questions(self) -> list[str]:
        """Questions the current documents answer; worked out once per index."""
        if self.examples is None:
            ask = functools.partial(self.engine.ask, count=False)
            self.examples = example_questions(self.engine.index, ask, EXAMPLES_SHOWN)
        return self.examples

    def say(self, text: str) -> None:
        """Print text that is already formatted for the terminal."""
        print(text, file=self.out, flush=True)

    def note(self, text: str) -> None:
        """Print a message, wrapped to the terminal like the answers."""
        self.say(render([(text, "")], self.style, indent=2))


def run_console(engine: Engine, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Chat until /quit or the end of input; returns the exit status."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    chat = _Chat(engine, stdout)
    if not stdin.isatty():
        return _loop(chat, StreamLines(stdin), interactive=False)
    chat.say(_help(chat))
    # Load the lazily loaded tables while the reader types the first question.
    threading.Thread(target=_warm_up, args=(engine,), name="warm-up", daemon=True).start()
    lines = TerminalLines(PROMPT, user_dir("state") / "history", COMMANDS)
    return _loop(chat, lines, interactive=True)


def _warm_up(engine: Engine) -> None:
    """:meth:`Engine.warm_up`, in a thread that never takes the terminal's signals. The kernel
    hands a process signal to any thread that does not block it; the line editor in the main
    thread notices Ctrl-C only when the signal interrupts it there, so one taken by this thread
    would be lost while the reader waits at the prompt."""
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM, signal.SIGWINCH})
    engine.warm_up()


def _loop(chat: _Chat, lines: LineSource, interactive: bool) -> int:
    while True:
        if interactive:
            chat.say("")
        try:
            line = lines.read()
        except KeyboardInterrupt:
            if not interactive:
                raise
            chat.say("")  # Ctrl-C: the line is dropped, a fresh prompt follows
            continue
        if line is None:
            if interactive:
                chat.say("")  # Ctrl-D: leave the shell's prompt on a line of its own
            return 0
        try:
            if not _handle(chat, line.strip()):
                return 0
            if not interactive and line.strip():
                chat.say("")  # a blank line between replies, as `ask` prints them
        except KeyboardInterrupt:
            if not interactive:
                raise
            chat.say("")
            chat.note("(已中斷 · interrupted)")


def _handle(chat: _Chat, text: str) -> bool:
    """Answer one line; False when the chat should end."""
    if not text:
        return True
    if is_small_talk(plain_question(text)) and not text.startswith("/"):
        chat.say(_help(chat))  # hello, thanks, ok: how to ask, not "nothing found"
        return True
    if not text.startswith("/"):
        chat.last, chat.offset = chat.engine.ask(text), 0
        chat.say(_answer(chat, chat.last))
        return True
    command = text.split()[0].lower()
    if command in _QUIT:
        return False
    if command == "/help":
        chat.say(_help(chat))
    elif command == "/more":
        shown = chat.engine.config.passages_shown
        if chat.last is None or chat.offset + shown >= len(chat.last.results):
            chat.note("沒有更多段落了。/ No more passages.")
        else:
            chat.offset += shown
            chat.say(_answer(chat, chat.last))
    elif command == "/reload":
        _reload(chat)
    elif command == "/stats":
        chat.note(format_stats(chat.engine.stats()))
    else:
        chat.note(f"未知指令 {command} · Unknown command {command} — /help lists the commands.")
    return True


def _answer(chat: _Chat, answer: Answer) -> str:
    examples = chat.example_questions() if not answer.found else ()
    return format_console(answer, chat.engine.config.passages_shown, chat.offset, chat.style, examples)


def _reload(chat: _Chat) -> None:
    progress = ProgressBar(sys.stderr, label="reloading") if sys.stderr.isatty() else None
    try:
        report = chat.engine.reload(progress)
    except QABotError as exc:
        chat.note(f"reload refused, the old index keeps serving: {exc}")
        return
    chat.examples = None  # the documents changed: so may the questions they answer
    chat.note(format_reload(report))


def _help(chat: _Chat) -> str:
    examples = chat.example_questions()
    blocks = [render([(HELP[0], "")], chat.style, indent=2)]
    if examples:
        blocks.append(format_examples(examples, chat.style))
    blocks.append(render([(HELP[1], "")], chat.style, indent=2))
    return "\n".join(blocks)
