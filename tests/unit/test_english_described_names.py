"""English questions: names the dictionary describes rather than names -- 直皖战争, glossed "war
of 1920 ... the Zhili faction beat the Anhui faction", and 中正, "adopted name of Chiang
Kai-shek" (index/english/glosses.py ``described_by``, index/english/written_forms.py)."""

from __future__ import annotations

from pathlib import Path

from index.english.glosses import described_by
from tests.conftest import engine_with

HILLS = "山城县\n\n山城县位于湖北省，2007年全县粮食产量12万吨。县里的单位很多。\n"
WARLORDS = (
    "北洋军阀\n\n1920年7月，直皖战争爆发，直系击败皖系，控制北京政府。"
    "1930年，蒋中正调集30万兵力，与冯玉祥、阎锡山的联军交战。\n"
)


def test_the_proper_nouns_whose_entries_use_every_word() -> None:
    assert described_by(("zhili", "anhui"))[0] == "直皖战争"
    # the entries using the words earliest first: his own names before his wife's or his sons'
    found = described_by(("chiang", "kai", "shek"))
    assert found.index("中正") < found.index("宋美龄") and found.index("中正") < found.index("蒋经国")
    assert described_by(("zhili",)) == ()  # one word says too little


def test_a_described_name_is_found_as_the_documents_write_it(tmp_path: Path) -> None:
    """"the Zhili-Anhui War": no gloss is "Zhili-Anhui War", and 直隶, 安徽 are in no document,
    so the question was about something absent; the text writes 直皖战争 (found whole, as a
    name the segmenter cuts) and 蒋中正 (中正 is a term)."""
    engine = engine_with(tmp_path, {"warlords.txt": WARLORDS, "hills.txt": HILLS})
    answer = engine.ask("When did the Zhili-Anhui War break out?", count=False)
    assert answer.figure is not None and answer.figure.text == "1920年7月"
    answer = engine.ask("How many troops did Chiang Kai-shek muster in 1930?", count=False)
    assert answer.figure is not None and answer.figure.text.startswith("30万")
    assert ("chiang kai shek", "中正") in [(t.english, t.term) for t in answer.translations]
