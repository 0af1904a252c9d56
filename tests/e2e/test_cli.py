"""The command line as other tools use it: `python -m bot ask [--json]`, the console, and errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], stdin: str = "", cwd: Path = ROOT, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
        cwd=cwd, env=env, timeout=timeout,
    )


def test_ask_json_reads_questions_from_stdin_in_order() -> None:
    questions = ["how many 共富工坊?", "北京今天天气怎么样？", "专业物业服务覆盖率是多少？", "123"]
    result = _run(["ask", "--json"], stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["question"] for line in lines] == questions
    first, nothing, percent, number = lines
    assert first["answer"] == "8821家"
    assert "8821家" in first["passages"][0]["figures"] and "<" not in first["passages"][0]["text"]
    assert set(first["passages"][0]) == {"text", "score", "doc", "paragraph", "figures"}
    assert first["confident"] is True
    assert nothing == {"question": "北京今天天气怎么样？", "answer": None, "confident": True, "passages": []}
    assert percent["answer"] == "85.7%"
    assert number["question"] == "123" and isinstance(number["question"], str)


def test_ask_with_an_argument_prints_a_readable_answer() -> None:
    result = _run(["ask", "全省共打造了多少家共富工坊？"])
    assert result.returncode == 0
    assert "8821家" in result.stdout and "《以先行者之姿 書寫高質量答卷》" in result.stdout
    assert "\033[" not in result.stdout  # not a terminal: no colour codes


def test_console_answers_each_line_and_exits_at_end_of_input() -> None:
    result = _run([], stdin="how many 共富工坊?\n/help\n/stats\n")
    assert result.returncode == 0, result.stderr
    assert "8821家" in result.stdout
    assert "/reload" in result.stdout
    assert "1 questions, 0 without answer" in result.stdout


def test_another_config_with_relative_paths(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.txt").write_text("測試文件\n今年全市新建了77座橋梁。\n", encoding="utf-8")
    (tmp_path / "my.yaml").write_text("corpus:\n  path: docs\nindex:\n  cache_dir: cache\n", encoding="utf-8")
    result = _run(["--config", str(tmp_path / "my.yaml"), "ask", "--json", "新建了多少座桥梁？"])
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["answer"] == "77座"
    assert (tmp_path / "cache").is_dir()


@pytest.mark.parametrize(
    ("config", "needle"),
    [
        ("corpus:\n  path: docs\nbogus: 1\n", "bogus"),
        ("corpus: [\n", "not valid YAML"),
        ("corpus:\n  path: missing\n", "does not exist"),
        ("corpus:\n  path: empty\n", "no .txt or .md"),
    ],
)
def test_errors_are_one_line_and_exit_non_zero(tmp_path: Path, config: str, needle: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "c.yaml").write_text(config, encoding="utf-8")
    result = _run(["--config", str(tmp_path / "c.yaml"), "ask", "x"])
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and "Traceback" not in result.stderr


def test_broken_document_is_named(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(ROOT / "corpus" / "documents" / "zhejiang-theme-education.txt", docs / "a.txt")
    (docs / "broken.txt").write_bytes(b"\xff\xfe bad bytes")
    (tmp_path / "c.yaml").write_text("corpus:\n  path: docs\n", encoding="utf-8")
    result = _run(["--config", str(tmp_path / "c.yaml"), "ask", "x"])
    assert result.returncode != 0 and "broken.txt" in result.stderr and "Traceback" not in result.stderr


def test_hostile_lines_on_stdin_each_get_a_json_answer() -> None:
    hostile = ["", "   ", "<b>", "&amp;", "\u202e\u200b", "😀" * 50, "x" * 10000, "*_[]`", "\x1b[31m红色"]
    result = _run(["ask", "--json"], stdin="\n".join(hostile) + "\n")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len([h for h in hostile if h.strip()])
