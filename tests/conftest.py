"""Shared fixtures: one engine over the project's own corpus, built once per test session; and
helpers that build small corpora for a test module."""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

import pytest

from bot.answer import Candidate, consider
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.config import Config, load_config
from bot.engine import Engine
from corpus.loader import parse_document
from index.build import build_index
from index.english import EnglishTranslator
from index.search import Index

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def config() -> Config:
    return load_config(ROOT / "config.yaml", environ={})


@pytest.fixture(scope="session")
def engine(config: Config) -> Engine:
    return Engine.from_config(config)


def index_of(texts: Mapping[str, str]) -> Index:
    """An in-memory index of one document per text, titled with its key."""
    return build_index([parse_document(f"{name}.txt", f"{name}\n\n{text}\n".encode()) for name, text in texts.items()])


def engine_with(folder: Path, documents: Mapping[str, str]) -> Engine:
    """An engine over the shipped article and ``documents`` (file name -> text), in ``folder``."""
    (folder / "docs").mkdir()
    for path in (ROOT / "corpus" / "documents").glob("*.txt"):
        shutil.copy(path, folder / "docs" / path.name)
    for name, text in documents.items():
        (folder / "docs" / name).write_text(text, encoding="utf-8")
    (folder / "config.yaml").write_text("corpus:\n  path: docs\nindex:\n  cache_dir: cache\n")
    return Engine.from_config(load_config(folder / "config.yaml", environ={}))


def vetoed_best(engine: Engine, question: str) -> tuple[Query, Reading, Candidate]:
    """``question`` read as vetoed for naming something absent (a veto a small invented corpus
    rarely raises: set here, as the English reader sets it for a word no translation reaches), the
    engine's index read, and the best candidate -- what the absent-word vouching is asked of."""
    considered = consider(engine.index, question)
    return replace(considered.query, absent=True), Reading(engine.index), considered.candidates[0]


def corpus_translator(passages: list[tuple[str, list[str]]]) -> EnglishTranslator:
    """An English translator over (document, terms) passages, with their postings."""
    postings: dict[str, list[int]] = {}
    for number, (_doc, terms) in enumerate(passages):
        for term in terms:
            postings.setdefault(term, []).append(number)
    vocabulary = {term: len(rows) for term, rows in postings.items()}
    documents = [doc for doc, _terms in passages]
    starts = [n for n, doc in enumerate(documents) if n == 0 or documents[n - 1] != doc]
    assert len(starts) == len(set(documents)), "a document's passages are consecutive"
    return EnglishTranslator(vocabulary, len(passages), lambda term: postings.get(term, []), starts)
