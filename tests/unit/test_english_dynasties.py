"""English questions naming a Chinese dynasty by its character's name ("the Liao", "the Later
Tang"), which a history text writes as one character joined to the next word (辽朝, 后辽)."""

from __future__ import annotations

from pathlib import Path

from index.english.dynasties import dynasty_characters, dynasty_qualifiers
from tests.conftest import engine_with


def test_the_dictionarys_one_character_dynasties_are_read_by_their_names() -> None:
    """"辽: Liao or Khitan dynasty (916-1125)", "金: Jurchen Jin dynasty", "清: Qing (Wade-Giles:
    Ch'ing) dynasty of imperial China"; not a thing of a dynasty ("莒: Zhou Dynasty vassal
    state")."""
    names = dynasty_characters()
    assert names["liao"] == ("辽",)
    assert set(names["jin"]) == {"金", "晋"}
    assert names["qing"] == ("清",) and names["song"] == ("宋",)
    assert "莒" not in names.get("zhou", ())


def test_the_words_that_set_a_dynasty_apart_are_those_the_dictionary_names_several_with() -> None:
    """东汉 "Eastern Han", 后唐 "Later Tang", 前秦 "Former Qin"; a person's name written like one
    (姚明 "Yao Ming") is no qualifier."""
    qualifiers = dynasty_qualifiers()
    assert (qualifiers["eastern"], qualifiers["later"], qualifiers["former"]) == ("东", "后", "前")
    assert "yao" not in qualifiers


def test_a_dynasty_named_with_a_qualifier_is_found_as_the_text_writes_it(tmp_path: Path) -> None:
    """"the Later Tang": 后唐, which the segmenter may cut (后 + 唐); the question found
    "later" (其后) and "Tang" (no close gloss of a one-character headword) and got nothing."""
    engine = engine_with(tmp_path, {
        "tang.txt": "五代十国\n\n923年，李存勖称帝，国号唐，史称后唐。936年，后唐被后晋所灭，其后又有后汉。\n",
        "other.txt": "唐朝诗歌\n\n唐朝诗人众多，其后宋朝的词也很有名。\n",
    })
    answer = engine.ask("In which year was the Later Tang destroyed?")
    assert answer.found and "后唐" in answer.results[0].text
    assert answer.text is not None and answer.text.startswith("936")
    assert any(t.english == "later tang" and t.term == "后唐" for t in answer.translations)


def test_a_dynasty_named_alone_is_its_character(tmp_path: Path) -> None:
    """"the Liao" (capitalised): 辽, which no gloss reaches closely enough for a one-character
    headword; written in lower case, the word is left to its ordinary senses."""
    engine = engine_with(tmp_path, {
        "liao.txt": "辽国\n\n1125年，辽被金所灭。辽的末代皇帝被俘。\n",
        "other.txt": "利奥\n\n利奥于1990年出生，是一名歌手。\n",
    })
    answer = engine.ask("When did the Liao fall to the Jin?")
    assert any(t.english == "liao" and t.term == "辽" for t in answer.translations)
    assert answer.found and "辽被金所灭" in answer.results[0].text


def test_a_dynasty_named_with_the_word_dynasty_is_its_character_when_no_longer_name_is_written(tmp_path: Path) -> None:
    """"Ming-dynasty editions": the dictionary's 明朝 and 明代 "Ming dynasty" are in no text, which
    writes 明刻本 (明 + 刻本); the phrase, a name the corpus lacks, reached nothing, and the
    question was about something absent. Its character is what the text writes (明 "the Ming
    dynasty" is glossed closely enough to be a strong phrase, but no one-character sense is
    searched unless glossed closer still)."""
    text = (
        "聽雨樓\n\n聽雨樓為清末私人藏書樓，藏書約5萬冊，其中明刻本320種、清刻本1500餘種，"
        "另有地方志90餘部。\n"
    )
    answer = engine_with(tmp_path, {"lou.txt": text}).ask(
        "How many Ming-dynasty printed editions were in the collection?", count=False
    )
    assert answer.figure is not None and answer.figure.text == "320種"
    assert ("ming dynasty", "明") in {(t.english, t.term) for t in answer.translations}
