"""Corpus loading: front matter, plain files, footers, headings and refusals that name the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.errors import CorpusError
from corpus.loader import load_corpus, load_document, looks_like_heading, parse_document
from corpus.passages import split_document, split_paragraph

DATA = Path(__file__).resolve().parents[1] / "data"


def test_plain_article_first_line_is_title_footer_is_metadata() -> None:
    doc = load_document(DATA / "article.txt")
    assert doc.title == "以先行者之姿 書寫高質量答卷"
    assert doc.subtitle is not None and doc.subtitle.startswith("浙江深入開展")
    assert doc.copyright is not None and "people.com.cn" in doc.copyright
    assert not any("Copyright" in line for line in doc.lines)
    assert "李燦" in doc.lines[-1]  # the byline stays searchable


def test_front_matter_metadata() -> None:
    raw = "---\ntitle: 標題\nsource: 人民日報\ndate: 2024-01-02\nauthors: [甲, 乙]\n---\n第一段。\n".encode()
    doc = parse_document("a.md", raw)
    assert (doc.title, doc.source, doc.date, doc.authors) == ("標題", "人民日報", "2024-01-02", ("甲", "乙"))
    assert doc.lines == ("第一段。",)


def test_bom_and_crlf_are_read_correctly() -> None:
    doc = parse_document("x.txt", "\ufeff標題\r\n第一段有8821家。\r\n".encode())
    assert doc.title == "標題"
    assert doc.lines == ("第一段有8821家。",)


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00bad", "not valid UTF-8"),
        ("---\ntitle: [unclosed\n---\ntext。".encode(), "not valid YAML"),
        ("---\nweird: 1\n---\ntext。".encode(), "unknown front matter key"),
        ("只有標題\n".encode(), "no text"),
    ],
)
def test_bad_documents_are_refused_with_the_file_name(raw: bytes, message: str) -> None:
    with pytest.raises(CorpusError, match=message) as info:
        parse_document("broken.txt", raw)
    assert "broken.txt" in str(info.value)


def test_missing_and_empty_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        load_corpus(tmp_path / "nope")
    with pytest.raises(CorpusError, match="no .txt or .md"):
        load_corpus(tmp_path)


def test_one_unreadable_file_refuses_the_whole_corpus(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("標題\n正文。\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xc3\x28 invalid")
    with pytest.raises(CorpusError, match="bad.txt"):
        load_corpus(tmp_path)


def test_hidden_and_other_files_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "doc.md").write_text("標題\n正文。\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x\ny。\n", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert [d.name for d in load_corpus(tmp_path)] == ["doc.md"]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("四下基層,匯聚高質量發展強勁動能", True),
        ("深學細悟,堅持循跡溯源學思想促踐行", True),
        ("厚植信仰之基、補足精神之鈣,方能把穩思想之舵。", False),
        ("(本報記者 李燦 陸樂)", False),
        ("Hello world", False),
        # a byline on its own line is text (who wrote it is asked), not a section title
        ("記者王小明／台南報導", False),
        ("本报记者 张三", False),
        ("新華社北京3月5日電", False),
        ("核能發電", True),
        ("特別報導", True),
    ],
)
def test_heading_rule(line: str, heading: bool) -> None:
    assert looks_like_heading(line) is heading


def test_headings_become_sections_not_passages() -> None:
    doc = load_document(DATA / "article.txt")
    passages = split_document(doc)
    texts = [p.text for p in passages]
    assert "四下基層,匯聚高質量發展強勁動能" not in texts
    coop = next(p for p in passages if "8821家" in p.text)
    assert coop.section == "四下基層,匯聚高質量發展強勁動能"
    assert coop.doc == "article.txt"
    numbers = [p.paragraph for p in passages]
    assert numbers == sorted(numbers) and numbers[0] == 1


def test_long_paragraphs_split_at_sentence_ends_and_keep_every_character() -> None:
    text = "第一句有8821家。" * 30 + "最後一句﹔還有一句！"
    parts = split_paragraph(text, max_chars=60)
    assert "".join(parts) == text
    assert all(len(p) <= 60 for p in parts)
    assert all(p.endswith(("。", "﹔", "！")) for p in parts)


def test_a_document_of_one_paragraph_is_named_by_its_first_sentence() -> None:
    doc = parse_document("one.txt", ("全省共打造8821家共富工坊。" * 1000).encode())
    assert doc.title == "全省共打造8821家共富工坊。"
    assert doc.lines == ("全省共打造8821家共富工坊。" * 1000,)


def test_enormous_sentence_is_cut_without_losing_text() -> None:
    text = "字" * 5000
    parts = split_paragraph(text, max_chars=160, hard_max_chars=600)
    assert "".join(parts) == text
    assert max(len(p) for p in parts) <= 600
