"""Unit tests of corpus.store: safe names, validation, atomic writes and removal."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpus.errors import DocumentRejected, QABotError
from corpus.loader import load_corpus
from corpus.store import (
    MAX_NAME_BYTES,
    MAX_STEM_CHARS,
    check_document,
    check_size,
    document_exists,
    document_path,
    remove_document,
    restore_document,
    safe_document_name,
    write_document,
)

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD = "---\ntitle: 測試\n---\n全市新建城市書房35家，接待讀者1.2萬人次。\n".encode()


# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("report.txt", "report.txt"),
        ("Report.TXT", "Report.txt"),
        ("notes.md", "notes.md"),
        ("../../etc/passwd.txt", "passwd.txt"),
        ("/etc/cron.d/evil.md", "evil.md"),
        ("..\\..\\windows\\win.txt", "win.txt"),
        (".hidden.txt", "hidden.txt"),
        ("...txt.txt", "txt.txt"),
        ("浙江 新聞 2024.txt", "浙江_新聞_2024.txt"),
        ("a;rm -rf $HOME.txt", "a_rm_rf_HOME.txt"),
        ("na\x00me.txt", "na_me.txt"),
        ("a....b.txt", "a.b.txt"),
    ],
)
def test_safe_names(given: str, expected: str) -> None:
    assert safe_document_name(given) == expected


@pytest.mark.parametrize(
    "given",
    [None, "", "   ", "report.pdf", "report", "archive.txt.exe", ".txt", "../.txt", "///", "-.md"],
)
def test_unsafe_or_unsupported_names_are_refused(given: str | None) -> None:
    with pytest.raises(DocumentRejected):
        safe_document_name(given)


def test_refusals_are_project_errors() -> None:
    with pytest.raises(QABotError, match=r"only \.txt and \.md"):
        safe_document_name("photo.jpg")


def test_long_names_are_shortened() -> None:
    name = safe_document_name("長" * 300 + ".txt")
    assert name.endswith(".txt")
    assert len(name) - 4 <= MAX_STEM_CHARS
    assert len(name.encode()) <= MAX_NAME_BYTES
    assert safe_document_name(name) == name  # stable


# ------------------------------------------------------------------ validation


def test_check_document_accepts_utf8_with_passages() -> None:
    checked = check_document("doc.txt", GOOD, max_bytes=1000)
    assert checked.title == "測試"
    assert checked.passages == 1
    assert checked.data == GOOD


def test_check_document_accepts_bom_and_no_front_matter() -> None:
    checked = check_document("doc.md", "\ufeff標題\n正文有一段。\n".encode(), max_bytes=1000)
    assert checked.title == "標題" and checked.passages == 1


def test_extra_test_document_is_valid() -> None:
    data = (DATA / "extra_doc.txt").read_bytes()
    checked = check_document("extra_doc.txt", data, max_bytes=2_000_000)
    assert checked.passages >= 3
    assert checked.document.source and checked.document.date


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xff\xfe\x00bad bytes", "not valid UTF-8"),
        ("標題\n".encode("big5") + b"\x81\x40", "not valid UTF-8"),
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        ("只有標題\n".encode(), "no text"),
        (b"---\ntitle: x\n", "never ends"),
        ("---\nowner: me\n---\n正文。\n".encode(), "unknown front matter key"),
    ],
)
def test_check_document_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(DocumentRejected, match=reason):
        check_document("doc.txt", data, max_bytes=1000)


def test_size_limits() -> None:
    check_size(None, 10)
    check_size(10, 10)
    with pytest.raises(DocumentRejected, match="more than the limit"):
        check_size(2_500_000, 2_000_000)
    with pytest.raises(DocumentRejected, match="more than the limit"):
        check_document("doc.txt", GOOD, max_bytes=len(GOOD) - 1)


def test_check_document_wants_a_normalised_name() -> None:
    with pytest.raises(DocumentRejected, match="not a safe document name"):
        check_document("../doc.txt", GOOD, max_bytes=1000)


# ------------------------------------------------------------------ writing


def test_write_is_atomic_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    assert write_document(tmp_path, "a.txt", GOOD) is None
    assert (tmp_path / "a.txt").read_bytes() == GOOD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert oct((tmp_path / "a.txt").stat().st_mode & 0o777) == oct(0o644)


def test_write_never_overwrites_unless_asked(tmp_path: Path) -> None:
    write_document(tmp_path, "a.txt", GOOD)
    with pytest.raises(DocumentRejected, match="already exists"):
        write_document(tmp_path, "a.txt", b"other")
    assert (tmp_path / "a.txt").read_bytes() == GOOD
    assert write_document(tmp_path, "a.txt", b"new", replace=True) == GOOD
    assert (tmp_path / "a.txt").read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_write_failure_leaves_the_old_document_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_document(tmp_path, "a.txt", GOOD)

    def broken_replace(src: object, dst: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="disk full"):
        write_document(tmp_path, "a.txt", b"new", replace=True)
    assert (tmp_path / "a.txt").read_bytes() == GOOD
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_write_refuses_names_outside_the_folder(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("../escape.txt", "sub/x.txt", "/tmp/x.txt", ".hidden.txt", "x.py"):
        with pytest.raises(DocumentRejected):
            write_document(corpus, name, GOOD)
    assert list(corpus.iterdir()) == []
    assert not (tmp_path / "escape.txt").exists()


def test_write_through_a_symlinked_name_does_not_touch_its_target(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"keep")
    (corpus / "link.txt").symlink_to(outside)
    with pytest.raises(DocumentRejected):
        write_document(corpus, "link.txt", GOOD, replace=True)
    assert outside.read_bytes() == b"keep"


def test_document_path_and_exists(tmp_path: Path) -> None:
    assert document_path(tmp_path, "a.txt") == tmp_path.resolve() / "a.txt"
    assert not document_exists(tmp_path, "a.txt")
    write_document(tmp_path, "a.txt", GOOD)
    assert document_exists(tmp_path, "a.txt")


# ------------------------------------------------------------------ removing


def test_remove_and_restore(tmp_path: Path) -> None:
    write_document(tmp_path, "a.txt", GOOD)
    write_document(tmp_path, "b.txt", GOOD.replace(b"35", b"36"))
    data = remove_document(tmp_path, "b.txt")
    assert [d.name for d in load_corpus(tmp_path)] == ["a.txt"]
    restore_document(tmp_path, "b.txt", data)
    assert [d.name for d in load_corpus(tmp_path)] == ["a.txt", "b.txt"]
    restore_document(tmp_path, "b.txt", None)  # undo of a new document: delete it
    assert [d.name for d in load_corpus(tmp_path)] == ["a.txt"]


def test_the_last_document_cannot_be_removed(tmp_path: Path) -> None:
    write_document(tmp_path, "a.txt", GOOD)
    with pytest.raises(DocumentRejected, match="last document"):
        remove_document(tmp_path, "a.txt")
    assert (tmp_path / "a.txt").exists()


@pytest.mark.parametrize("name", ["missing.txt", "../a.txt", "a", ".upload-x.tmp", "*.txt"])
def test_remove_only_exact_document_names(tmp_path: Path, name: str) -> None:
    write_document(tmp_path, "a.txt", GOOD)
    write_document(tmp_path, "b.txt", GOOD)
    with pytest.raises(DocumentRejected, match="no document named"):
        remove_document(tmp_path, name)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]
