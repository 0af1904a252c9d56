"""The console chat at a real terminal, started by ``make run`` as a newcomer starts it.

Two terminals drive the same scenario: a pseudo-terminal from the standard library (``pty``: runs
everywhere, CI included) and tmux (send-keys / capture-pane: the screen exactly as a person sees
it; skipped only where tmux is not installed -- the tests install nothing). The scenario: a
question, the same question again with Up, a line cleared by Ctrl-C (the chat and make go on),
``/stats`` proving the cleared line was never asked, Ctrl-D ending with status 0 and no make
error; then a second run recalls the first run's history.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

import pytest

from bot.format.wrap import display_width

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
WIDTH = 50
PROMPT = "問 ask ›"
QUESTION = "how many 共富工坊?"
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]|\r")


def _make_run() -> list[str]:
    """``make run``; told not to reinstall when the test runs outside a fresh .venv (no network)."""
    fresh = subprocess.run(["make", "-q", "install"], cwd=ROOT, capture_output=True).returncode == 0
    if fresh and Path(sys.executable) == ROOT / ".venv" / "bin" / "python":
        return ["make", "run"]
    return ["make", "-o", ".venv/.installed", "run", f"PY={sys.executable}"]


def _environment(state: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "NO_COLOR", "MAKE", "MFLAGS"))}
    env.update(XDG_STATE_HOME=str(state), TERM="xterm-256color", LANG="C.UTF-8", **extra)
    env.pop("QA_BOT_CONFIG", None)
    return env


class Terminal(Protocol):
    def type(self, text: str) -> None: ...
    def key(self, name: str) -> None: ...
    def screen(self) -> str: ...
    def exit_status(self, timeout: float) -> int | None: ...


def _wait(terminal: Terminal, done: Callable[[str], bool], timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = terminal.screen()
        if done(screen):
            return screen
        time.sleep(0.1)
    raise AssertionError(f"timed out; the screen:\n{terminal.screen()}")


def _flat(screen: str) -> str:
    """The screen's text with wrapped lines joined again (line breaks and indents as spaces)."""
    return " ".join(line.strip() for line in screen.splitlines())


def _prompts(screen: str) -> int:
    return sum(1 for line in screen.splitlines() if line.startswith(PROMPT))


def _prompt_line(screen: str) -> str:
    """The last prompt line on the screen, trailing blanks removed ("" if there is none)."""
    lines = [line for line in screen.splitlines() if line.startswith(PROMPT)]
    return lines[-1].rstrip() if lines else ""


def _foreground_job() -> None:
    """In the child, what a terminal's shell gives a job it starts: the terminal as controlling
    terminal, and Ctrl-C's signals at their defaults -- a pytest started in the background by a
    non-interactive shell inherits them ignored, and the chat rightly keeps an ignored SIGINT."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGQUIT, signal.SIG_DFL)
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class PtyTerminal:
    """``make run`` on a pseudo-terminal that is its controlling terminal (Ctrl-C is a signal)."""

    KEYS = {"Enter": "\r", "Up": "\x1b[A", "C-c": "\x03", "C-d": "\x04"}

    def __init__(self, env: dict[str, str]) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, WIDTH, 0, 0))
        self._fd = master
        self._out = b""
        self.process = subprocess.Popen(
            _make_run(), cwd=ROOT, env=env, stdin=slave, stdout=slave, stderr=slave,
            start_new_session=True, preexec_fn=_foreground_job,
        )
        os.close(slave)

    def type(self, text: str) -> None:
        os.write(self._fd, text.encode())

    def key(self, name: str) -> None:
        os.write(self._fd, self.KEYS[name].encode())

    def screen(self) -> str:
        while select.select([self._fd], [], [], 0.05)[0]:
            try:
                chunk = os.read(self._fd, 65536)
            except OSError:  # the other side closed
                break
            if not chunk:
                break
            self._out += chunk
        return self.raw_text()

    def raw_text(self) -> str:
        return _ESCAPES.sub("", self._out.decode("utf-8", "replace"))

    def raw_output(self) -> str:
        return self._out.decode("utf-8", "replace")

    def exit_status(self, timeout: float) -> int | None:
        try:
            status = self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return None
        self.screen()
        return status

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        os.close(self._fd)


class TmuxTerminal:
    """``make run`` in a tmux pane of a private tmux server, read with capture-pane."""

    def __init__(self, env: dict[str, str], socket: Path) -> None:
        self._tmux = ["tmux", "-S", str(socket), "-f", "/dev/null"]
        status_file = socket.with_suffix(".status")
        self._status_file = status_file
        command = f"{' '.join(_make_run())}; echo $? > {status_file}.part && mv {status_file}.part {status_file}"
        subprocess.run([*self._tmux, "new-session", "-d", "-x", str(WIDTH), "-y", "50", "-s", "chat",
                        "-c", str(ROOT), "sh", "-c", command, ";", "set-option", "-t", "chat", "remain-on-exit", "on"],
                       env=env, check=True, timeout=30)

    def _send(self, *keys: str) -> None:
        subprocess.run([*self._tmux, "send-keys", "-t", "chat", *keys], check=True, timeout=30)

    def type(self, text: str) -> None:
        self._send("-l", text)

    def key(self, name: str) -> None:
        self._send(name)

    def screen(self) -> str:
        result = subprocess.run([*self._tmux, "capture-pane", "-p", "-t", "chat", "-S", "-200"],
                                capture_output=True, text=True, timeout=30)
        return result.stdout if result.returncode == 0 else ""

    def exit_status(self, timeout: float) -> int | None:
        _wait(self, lambda _: self._status_file.exists(), timeout)
        return int(self._status_file.read_text().strip())

    def close(self) -> None:
        subprocess.run([*self._tmux, "kill-server"], capture_output=True, timeout=30)


@contextlib.contextmanager
def _terminal(kind: str, tmp_path: Path, env: dict[str, str], run: int) -> Iterator[Terminal]:
    terminal: PtyTerminal | TmuxTerminal
    if kind == "tmux":
        if shutil.which("tmux") is None:
            pytest.skip("tmux is not installed here (the pty test covers the same scenario)")
        terminal = TmuxTerminal(env, tmp_path / f"tmux-{run}")
    else:
        terminal = PtyTerminal(env)
    try:
        yield terminal
    finally:
        terminal.close()


def _answer_lines(screen: str, start: int) -> list[str]:
    """The lines of the first passage after line ``start``: '1. ' and its continuation lines."""
    lines = screen.splitlines()[start:]
    first = next(i for i, line in enumerate(lines) if line.startswith("1. "))
    end = next(i for i in range(first + 1, len(lines)) if not lines[i].startswith("   ") or lines[i].startswith("   — "))
    return lines[first:end]


@pytest.mark.parametrize("kind", ["pty", "tmux"])
def test_console_at_a_terminal(kind: str, tmp_path: Path) -> None:
    env = _environment(tmp_path / "state")
    with _terminal(kind, tmp_path, env, 1) as terminal:
        screen = _wait(terminal, lambda s: _prompts(s) == 1, timeout=120)
        assert "/help" in screen and "Ctrl-D" in screen

        terminal.type(QUESTION)
        terminal.key("Enter")
        screen = _wait(terminal, lambda s: _prompts(s) == 2)
        asked_at = screen.splitlines().index(next(line for line in screen.splitlines() if QUESTION in line))
        passage = _answer_lines(screen, asked_at)
        assert "答案 Answer: 8821家" in screen
        # Wrapped by display width, with a hanging indent, no figure split across lines.
        assert len(passage) >= 3
        assert all(display_width(line) <= WIDTH for line in passage)
        assert all(line.startswith("   ") and not line.startswith("    ") for line in passage[1:])
        joined = passage[0][3:] + "".join(line[3:] for line in passage[1:])
        for figure in ("26縣", "8821家"):
            assert figure in joined and any(figure in line for line in passage), figure

        terminal.key("Up")  # the question again, from history
        _wait(terminal, lambda s: _prompt_line(s).endswith(QUESTION))  # readline has the line
        terminal.key("Enter")
        screen = _wait(terminal, lambda s: _prompts(s) == 3)
        assert screen.count("答案 Answer: 8821家") == 2

        terminal.type("abc")
        _wait(terminal, lambda s: _prompt_line(s).endswith("abc"))
        terminal.key("C-c")  # clears the line; the chat (and make) go on
        screen = _wait(terminal, lambda s: _prompts(s) == 4)
        terminal.type("/stats")
        terminal.key("Enter")
        screen = _wait(terminal, lambda s: "without an answer" in _flat(s))
        assert "· 2 questions, 0 without an answer, 0 possibly related" in _flat(screen)  # "abc" was never asked
        assert "abc/stats" not in screen

        _wait(terminal, lambda s: _prompts(s) == 5)  # keys typed before a prompt may be dropped
        terminal.key("C-d")
        assert terminal.exit_status(timeout=60) == 0
        screen = terminal.screen()
        assert "make: ***" not in screen and "Error" not in screen and "Traceback" not in screen
        if kind == "pty":
            output = terminal.raw_output()  # type: ignore[attr-defined]
            assert "\x1b[1;33m8821家\x1b[0m" in output  # a terminal gets colour

    history = (tmp_path / "state" / "zh-news-qa-bot" / "history").read_text(encoding="utf-8").splitlines()
    assert QUESTION in history and "/stats" in history and "abc" not in history
    assert oct((tmp_path / "state" / "zh-news-qa-bot" / "history").stat().st_mode & 0o777) == "0o600"

    # A second run remembers the first one's lines, and NO_COLOR turns colour off.
    with _terminal(kind, tmp_path, {**env, "NO_COLOR": "1"}, 2) as terminal:
        _wait(terminal, lambda s: _prompts(s) == 1, timeout=120)
        terminal.key("Up")
        terminal.key("Up")  # "/stats", then the question before it
        terminal.key("Enter")
        screen = _wait(terminal, lambda s: _prompts(s) == 2)
        assert "答案 Answer: 8821家" in screen
        terminal.key("C-d")
        assert terminal.exit_status(timeout=60) == 0
        if kind == "pty":
            assert not re.search(r"\x1b\[[0-9;]*m", terminal.raw_output())  # type: ignore[attr-defined]
