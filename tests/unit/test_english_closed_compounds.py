"""English closed compounds no corpus term translates, read as their two words
(index/english/closed_compounds)."""

from __future__ import annotations

from index.english.closed_compounds import compound_parts
from tests.conftest import corpus_translator


def _translator():
    return corpus_translator([
        ("dam", ["水库", "泄洪", "洪水", "闸门", "立方米"]),
        ("dam", ["水库", "蓄水", "容量", "万立方米"]),
        ("town", ["小镇", "居民", "街道", "商店"]),
    ])


def test_a_compound_the_corpus_lacks_is_translated_as_its_two_words() -> None:
    # CC-CEDICT glosses "floodwater" only by 渍, which no document writes: "flood" + "water"
    units = {u.english: u for u in _translator().translate("How much floodwater does the reservoir release?").units}
    assert "floodwater" not in units
    assert units["flood"].terms[0][0] == "洪水"
    assert units["flood"].understood >= 0.5


def test_a_capitalised_word_or_a_pinyin_spelling_is_no_compound() -> None:
    def translated(word: str) -> bool:
        return False

    glossed = {"song", "ping", "gong", "fang", "flood", "water"}

    def pinyin(word: str) -> bool:
        return word in {"songping", "gongfang"}

    def together(first: str, last: str) -> bool:
        return True

    assert compound_parts("Songping", translated, glossed, str, pinyin, together) is None
    assert compound_parts("gongfang", translated, glossed, str, pinyin, together) is None
    assert compound_parts("floodwater", translated, glossed, str, pinyin, together) == ("flood", "water")


def test_a_word_a_corpus_term_translates_or_cut_two_ways_stays_whole() -> None:
    glossed = {"flood", "water", "floo", "dwater"}

    def no(word: str) -> bool:
        return False

    def yes(first: str, last: str) -> bool:
        return True

    assert compound_parts("floodwater", lambda word: word == "floodwater", glossed, str, no, yes) is None
    assert compound_parts("floodwater", no, glossed, str, no, yes) is None  # floo + dwater too


def test_a_compound_the_corpus_never_writes_as_one_term_stays_whole() -> None:
    # "nationwide" is no 国 + 宽: a word whose own translation these documents lack
    translator = corpus_translator([
        ("news", ["宽带", "网络", "用户"]),
        ("news", ["国家", "宽", "道路"]),
        ("other", ["台风", "雨量"]),
    ])
    units = [u.english for u in translator.translate("How many nationwide users are there?").units]
    assert "nation" not in units and "wide" not in units
