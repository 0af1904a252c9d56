"""The README's commands run exactly as written, and ``make clean`` leaves a fresh clone behind.

Both run on a copy of the checkout that holds what a fresh clone holds (the files git tracks, plus
new ones it does not ignore) and borrows the installed ``.venv`` through links, so nothing is
downloaded (tests never reach the network). Each ``sh`` block of the README runs in bash from the
copy's top folder, with a home folder of its own. Not run, and why:

- ``make test`` -- it is this test suite;
- the Telegram block -- it needs a real bot token and Telegram's servers; ``tests/e2e/`` starts
  the same bot against a local fake Bot API server instead.

The chat example (the ``text`` block) is checked too: each question shown gets the reply shown.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
NOT_RUN_LINES = {"make test": "it is this test suite"}
NOT_RUN_BLOCKS = {"export TELEGRAM_BOT_TOKEN=": "needs a real bot token and Telegram's servers"}
PROMPT = "問 ask › "


def _fresh_copy(target: Path) -> Path:
    """The checkout's files as a clone has them, with the installed .venv borrowed through links."""
    venv = Path(sys.prefix)
    if not (venv / "pyvenv.cfg").exists() or not (venv / "bin" / "zh-news-qa-bot").exists():
        pytest.skip("runs inside the project's virtual environment (make install / make test)")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                            cwd=ROOT, capture_output=True, check=True).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)  # keeps times: make sees the install as current
    borrowed = target / ".venv"
    borrowed.mkdir()
    for part in ("bin", "lib", "include", "pyvenv.cfg"):
        if (venv / part).exists():
            (borrowed / part).symlink_to(venv / part)
    (borrowed / ".installed").touch()
    return target


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "XDG_", "MAKE", "MFLAGS", "VIRTUAL_ENV")) and k != "QA_BOT_CONFIG"}
    home.mkdir(exist_ok=True)
    env.update(HOME=str(home), LANG="C.UTF-8")
    return env


def _blocks(kind: str) -> list[str]:
    return re.findall(rf"^```{kind}\n(.*?)^```", README, flags=re.S | re.M)


def _runnable(block: str) -> str | None:
    if any(key in block for key in NOT_RUN_BLOCKS):
        return None
    lines = [line for line in block.splitlines() if line.split("#")[0].strip() not in NOT_RUN_LINES]
    return "\n".join(lines)


def _bash(script: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=cwd, env=env, text=True,
                          stdin=subprocess.DEVNULL, capture_output=True, timeout=300)


def test_every_readme_command_block_runs_as_written(tmp_path: Path) -> None:
    clone = _fresh_copy(tmp_path / "clone")
    env = _environment(tmp_path / "home")
    blocks = _blocks("sh")
    for key in (*NOT_RUN_LINES, *NOT_RUN_BLOCKS):
        assert any(key in block for block in blocks), f"{key!r} is no longer in the README: update this test"
    ran = 0
    for block in blocks:
        script = _runnable(block)
        if script is None or not script.strip():
            continue
        result = _bash(script, clone, env)
        shown = f"$ {script}\n{result.stdout}{result.stderr}"
        assert result.returncode == 0, shown
        assert "Traceback" not in shown and "make: ***" not in shown, shown
        if "| make run" in script or "zh-news-qa-bot ask" in script:
            assert "8821家" in result.stdout or "85.7%" in result.stdout, shown
        if "| make run" in script:
            assert "*" not in result.stdout, shown  # plain text when piped: no markup at all
        ran += 1
    assert ran >= 4


def test_the_readme_chat_example_is_what_the_chat_says(tmp_path: Path) -> None:
    exchange = next(block for block in _blocks("text") if PROMPT in block)
    replies: dict[str, list[str]] = {}
    question = ""
    for line in exchange.splitlines():
        if line.startswith(PROMPT):
            question = line.removeprefix(PROMPT)
            replies[question] = []
        elif line.strip() and line.strip() != "…":
            replies[question].append(line)
    assert len(replies) >= 2
    clone = _fresh_copy(tmp_path / "clone")
    result = _bash("printf '%s\\n' " + " ".join(f"'{q}'" for q in replies) + " | make run",
                   clone, _environment(tmp_path / "home"))
    assert result.returncode == 0, result.stderr
    said = re.sub(r"\s", "", result.stdout)
    for question, lines in replies.items():
        shown = re.sub(r"\s", "", "".join(lines))  # the README shows the reply wrapped for a terminal
        assert shown in said, (question, lines)


def test_make_clean_removes_everything_the_build_made(tmp_path: Path) -> None:
    clone = _fresh_copy(tmp_path / "clone")
    before = sorted(p.relative_to(clone) for p in clone.rglob("*") if ".venv" not in p.parts)
    env = {**_environment(tmp_path / "home"), "PYTHONDONTWRITEBYTECODE": ""}
    env.pop("PYTHONDONTWRITEBYTECODE")
    python = ".venv/bin/python"
    # What building, running and testing leave: the index cache, the package metadata an install
    # writes, byte code, pytest's and hypothesis's caches.
    steps = [
        "echo 'how many 共富工坊?' | make run",
        f"{python} -c 'from setuptools import setup; setup()' --quiet egg_info",
        f"{python} -m pytest -q tests/unit/test_terminal_wrap.py",
    ]
    for step in steps:
        result = _bash(step, clone, env)
        assert result.returncode == 0, f"{step}\n{result.stdout}{result.stderr}"
    made = {p.relative_to(clone).parts[0] for p in clone.rglob("*")} - {p.parts[0] for p in before}
    assert {".cache", ".pytest_cache", ".hypothesis", ".venv", "zh_news_qa_bot.egg-info"} <= made
    assert list(clone.rglob("__pycache__"))

    result = _bash("make clean", clone, env)
    assert result.returncode == 0, result.stderr
    after = sorted(p.relative_to(clone) for p in clone.rglob("*"))
    assert after == before
