"""jieba-rs segments exactly like jieba (index.segmenter): every run of the article, the external
sets and an archive sample, random texts full of exact ties, and a changed ``total``."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import jieba
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import index.segmenter as segmenter
from index.normalize import normalize
from index.segmenter import FastCut
from index.segmenter import default_dictionary_cache, initialized_jieba
from index.tokenizer import _RUN_RE, Tokenizer, extract_named_terms

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"

# Routes that tie in exact arithmetic (人人/人 against 人/人人, 仅仅/仅 against 仅/仅仅): the
# rounding decides, and jieba-fast-dat 0.59 rounds differently from jieba (archive sample).
TIES = ["为在内等匆匆人人人发言人", "月仅仅仅", "人人人人人", "天天天天", "常常常", "看看看看看"]
# Characters jieba does not segment as Chinese (CJK extension A, U+9FD6.., compatibility
# ideographs, extension B): each is a word by itself and ends jieba's block.
OUTSIDE = "㐀䶵鿖鿿豈𠀀"


def external_texts(name: str) -> list[str]:
    """One text per article, as the external scorer writes the documents."""
    texts = []
    for article in json.loads((DATA / "external" / name).read_text(encoding="utf-8"))["data"]:
        body = "\n\n".join(p["context"].strip() for p in article["paragraphs"])
        texts.append(f"{(article.get('title') or body[:12]).strip()}\n\n{body}\n")
    return texts


def archive_texts(tmp: Path) -> list[str]:
    """Three files of the scale benchmark's synthetic archive (jieba's words by frequency)."""
    from tests.bench.scale import generate_archive

    archive = generate_archive(tmp / "archive", 300)
    return [p.read_text(encoding="utf-8") for p in sorted(archive.folder.glob("*.txt"))]


def runs(texts: list[str]) -> list[str]:
    """The runs of Chinese characters the tokenizer segments."""
    return [m.group() for text in texts for m in _RUN_RE.finditer(normalize(text)) if m.lastgroup == "han"]


def assert_same_words(tokenizer: Tokenizer, texts: list[str]) -> int:
    fast = FastCut(tokenizer._jieba)
    found = runs(texts)
    differ = [run for run in dict.fromkeys(found) if fast.cut(run) != list(tokenizer._jieba.cut(run, HMM=False))]
    assert differ == []
    return len(found)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    return archive_texts(tmp_path_factory.mktemp("segmenter"))


@pytest.mark.parametrize("source", ["article", "drcd-dev.json", "cmrc2018-trial.json", "archive"])
def test_every_run_is_cut_as_jieba_cuts_it(source: str, archive: list[str]) -> None:
    """With each corpus's own user words (its quoted terms), as the index is built."""
    if source == "article":
        texts = [(DATA / "article.txt").read_text(encoding="utf-8")]
    elif source == "archive":
        texts = archive
    else:
        texts = external_texts(source)
    tokenizer = Tokenizer(extract_named_terms(texts))
    assert tokenizer.user_words
    assert assert_same_words(tokenizer, texts + TIES) > 100


@pytest.fixture(scope="module")
def tokenizers() -> tuple[Tokenizer, FastCut]:
    tokenizer = Tokenizer(["共富工坊", "八八戰略", "人人人"])
    return tokenizer, FastCut(tokenizer._jieba)


@pytest.fixture(scope="module")
def pieces(tokenizers: tuple[Tokenizer, FastCut]) -> list[str]:
    """Frequent dictionary words, their characters, reduplications and outside characters."""
    freq = tokenizers[0]._jieba.FREQ
    words = sorted((w for w, f in freq.items() if f > 2000 and "\u4e00" <= w[0] <= "\u9fd5"), key=lambda w: -freq[w])
    picked = random.Random(14).sample(words[:20000], 1500)
    return picked + [c for w in picked[:200] for c in w] + TIES + list(OUTSIDE) + ["共富工坊", "八八战略", "战略"]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_random_texts_are_cut_as_jieba_cuts_them(tokenizers: tuple[Tokenizer, FastCut], pieces: list[str], data) -> None:
    tokenizer, fast = tokenizers
    text = "".join(data.draw(st.lists(st.sampled_from(pieces), min_size=1, max_size=25)))
    assert fast.cut(text) == list(tokenizer._jieba.cut(text, HMM=False))


def test_the_total_is_jiebas_even_when_the_frequencies_add_up_to_another() -> None:
    """The route depends on ``total`` (each word costs log(total)); jieba-rs keeps the sum of its
    frequencies, and is made to use jieba's own value, higher or lower than that sum."""
    texts = external_texts("cmrc2018-trial.json")[:60]
    tokenizer = initialized_jieba(default_dictionary_cache())
    normal = {run: list(tokenizer.cut(run, HMM=False)) for run in runs(texts)}
    for total in (tokenizer.total * 1000, tokenizer.total // 1000):
        tokenizer.total = total
        fast = FastCut(tokenizer)
        cut = {run: list(tokenizer.cut(run, HMM=False)) for run in normal}
        assert cut != normal  # the test bites: these totals change routes
        assert {run: fast.cut(run) for run in normal} == cut


def test_tokens_and_question_words_are_the_same_with_jieba_rs() -> None:
    texts = external_texts("drcd-dev.json")[:20]
    questions = [q["question"] for a in json.loads((DATA / "external" / "drcd-dev.json").read_text("utf-8"))["data"][:20]
                 for p in a["paragraphs"] for q in p["qas"]]
    words = extract_named_terms(texts)
    plain, fast = Tokenizer(words), Tokenizer(words)
    fast.segment_fast()
    assert fast._fast is not None and plain._fast is None
    assert [fast.normalized_tokens(t) for t in texts] == [plain.normalized_tokens(t) for t in texts]
    assert [fast.words(t) for t in texts] == [plain.words(t) for t in texts]
    assert [fast.query_words(q) for q in questions] == [plain.query_words(q) for q in questions]


def test_without_rjieba_jieba_segments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segmenter, "_jieba_rs", lambda: None)
    tokenizer = Tokenizer(["共富工坊"])
    tokenizer.segment_fast()
    assert tokenizer._fast is None
    assert tokenizer.words("全省共打造8821家共富工坊") == ["全省", "共", "打造", "8821", "家", "共富工坊"]


def test_a_total_jieba_rs_cannot_hold_means_jieba(monkeypatch: pytest.MonkeyPatch) -> None:
    """Were the sum to saturate or fail instead of wrapping round, the check finds it."""
    monkeypatch.setattr(segmenter, "_set_total", lambda rs, held, total: None)
    assert not segmenter._total_is_settable()
    assert segmenter.fast_cut(jieba.Tokenizer()) is None


def test_jieba_rs_loads_without_its_default_dictionary() -> None:
    """The extension module alone: the rjieba package's __init__ (which builds a default
    dictionary, ~33 MB) never runs, and a later ``import rjieba`` reuses the loaded module."""
    script = (
        "import sys, jieba\n"
        "from index import segmenter\n"
        "plain = segmenter.initialized_jieba(segmenter.default_dictionary_cache())\n"
        "fast = segmenter.fast_cut(plain)\n"
        "assert fast is not None and fast.cut('共同富裕的道路') == plain.lcut('共同富裕的道路', HMM=False) != list('共同富裕的道路')\n"
        "assert 'rjieba' not in sys.modules and 'rjieba.rjieba' in sys.modules\n"
        "import rjieba\n"
        "assert rjieba.Jieba is segmenter._jieba_rs()\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=Path(__file__).resolve().parents[2])


def test_a_jieba_rs_that_cannot_load_means_jieba() -> None:
    script = (
        "import importlib.machinery, jieba\n"
        "from index import segmenter\n"
        "from index.tokenizer import Tokenizer\n"
        "def refuse(self, module): raise ImportError('built for another Python')\n"
        "importlib.machinery.ExtensionFileLoader.exec_module = refuse  # modules loaded so far stay\n"
        "assert segmenter.fast_cut(jieba.Tokenizer()) is None\n"
        "tokenizer = Tokenizer(['共富工坊'])\n"
        "tokenizer.segment_fast()\n"
        "assert tokenizer._fast is None and tokenizer.words('全省共打造8821家共富工坊')[-1] == '共富工坊'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, cwd=Path(__file__).resolve().parents[2])
