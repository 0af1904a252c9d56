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


INSTALLED = Path(sys.executable).parent / "zh-news-qa-bot"  # what `make install` puts in .venv/bin


def _run(
    args: list[str], stdin: str = "", cwd: Path = ROOT, timeout: float = 120,
    program: list[str] | None = None, env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_") and k != "QA_BOT_CONFIG"}
    return subprocess.run(
        [*(program or [sys.executable, "-m", "bot"]), *args], input=stdin, capture_output=True, text=True,
        cwd=cwd, env={**base, **(env or {})}, timeout=timeout,
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
    assert result.stdout.startswith("答案 Answer: 8821家\n1. ")
    assert "   — 《以先行者之姿 書寫高質量答卷》 · 四下基層,匯聚高質量發展強勁動能 · ¶23\n" in result.stdout
    assert not set(result.stdout) & set("*_`\033")  # not a terminal: no markup, no colour codes


def test_console_answers_each_line_and_exits_at_end_of_input() -> None:
    result = _run([], stdin="how many 共富工坊?\n/help\n/stats\n")
    assert result.returncode == 0, result.stderr
    assert "8821家" in result.stdout
    assert "/reload" in result.stdout
    assert "· 1 question, 0 without an answer, 0 possibly related\n" in result.stdout
    assert "*" not in result.stdout


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


def test_help_is_plain_text_with_examples() -> None:
    result = _run(["--help"])
    assert result.returncode == 0
    text = result.stdout
    assert text.startswith("usage: python -m bot [--config FILE]")
    assert "``" not in text and ":mod:" not in text and ":func:" not in text
    assert 'python -m bot ask "how many 共富工坊?"' in text
    assert "QA_BOT_CONFIG" in text and "./config.yaml" in text and "zh-news-qa-bot/config.yaml" in text


def test_installed_command_finds_its_config_from_any_folder(tmp_path: Path) -> None:
    """--config, then QA_BOT_CONFIG, then ./config.yaml, then the user's config folder."""
    assert INSTALLED.exists(), "make install puts the zh-news-qa-bot command beside the venv's python"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    home = tmp_path / "home"
    user_config = home / ".config" / "zh-news-qa-bot" / "config.yaml"
    user_config.parent.mkdir(parents=True)
    user_config.write_text(
        f"corpus:\n  path: {ROOT / 'corpus' / 'documents'}\nindex:\n  cache_dir: cache\n", encoding="utf-8")
    question = ["ask", "--json", "how many 共富工坊?"]
    clean = {"HOME": str(home), "XDG_CONFIG_HOME": ""}

    from_user_folder = _run(question, cwd=elsewhere, program=[str(INSTALLED)], env=clean)
    assert from_user_folder.returncode == 0, from_user_folder.stderr
    assert json.loads(from_user_folder.stdout)["answer"] == "8821家"
    assert (user_config.parent / "cache").is_dir()  # relative to the file that was found

    broken = tmp_path / "broken.yaml"
    broken.write_text("corpus: [\n", encoding="utf-8")
    named = _run(question, cwd=elsewhere, program=[str(INSTALLED)], env={**clean, "QA_BOT_CONFIG": str(broken)})
    assert named.returncode == 2 and str(broken) in named.stderr  # the variable wins over the user folder
    given = _run(["--config", str(user_config), *question], cwd=elsewhere, program=[str(INSTALLED)],
                 env={**clean, "QA_BOT_CONFIG": str(broken)})
    assert given.returncode == 0, given.stderr  # --config wins over the variable

    nowhere = _run(question, cwd=elsewhere, program=[str(INSTALLED)], env={"HOME": str(tmp_path), "XDG_CONFIG_HOME": ""})
    lines = nowhere.stderr.strip().splitlines()
    assert nowhere.returncode == 2 and len(lines) == 1
    assert "--config" in lines[0] and "QA_BOT_CONFIG" in lines[0] and str(tmp_path / ".config" / "zh-news-qa-bot") in lines[0]
