"""A name only a document's title or a heading writes in the dictionary's form is a corpus word
for English questions too (index/english/links, index/english/translator)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import corpus_translator, engine_with


def test_a_title_only_name_translates_an_english_name() -> None:
    # an article titled 斯特拉斯堡 ("Strasbourg" to CC-CEDICT) whose text writes the city with
    # other characters, which the segmenter cuts (史 + 特拉斯 + 堡)
    translator = corpus_translator([
        ("strasbourg", ["史", "特拉斯", "堡", "人口", "§斯特拉斯堡"]),
        ("strasbourg", ["史", "特拉斯", "堡", "港口", "§斯特拉斯堡"]),
        ("other", ["北京", "人口", "§北京"]),
    ])
    units = {u.english: u for u in translator.translate("How many people live in Strasbourg?").units}
    assert [t for t, _ in units["strasbourg"].terms] == ["斯特拉斯堡"]
    assert units["strasbourg"].understood >= 0.5


def test_an_english_question_naming_a_document_by_its_title_finds_it(tmp_path: Path) -> None:
    # the title is the dictionary's 斯特拉斯堡, the text the Taiwanese 史特拉斯堡 (as DRCD gives it);
    # a Chinese question naming 斯特拉斯堡 found the passage by its title, an English one found nothing
    engine = engine_with(tmp_path, {"strasbourg.txt": (
        "斯特拉斯堡\n\n"
        "史特拉斯堡是法國東北部的城市，位於萊茵河西岸。史特拉斯堡都會區人口有65萬人，居民中多數信仰天主教。\n\n"
        "1681年9月，史特拉斯堡被法國國王路易十四奪取。1988年舊城區被列為世界文化遺產。\n"
    )})
    answer = engine.ask("How many people live in the Strasbourg metropolitan area?")
    assert answer.results and "65萬人" in answer.results[0].text
    assert answer.text is not None and answer.text.startswith("65")
    assert ("strasbourg", "斯特拉斯堡") in [(t.english, t.term) for t in answer.translations]


def test_a_name_no_other_name_goes_with_is_still_at_home_beside_the_questions_things() -> None:
    # the article about Kunming writes Shanghai as 滬 (滬昆客運專線); 上海 is only in another
    # document. Kunming was doubted because it shares no document with Shanghai, though the
    # question's things (trains, passenger transport) are found beside it
    translator = corpus_translator([
        ("kunming", ["昆明", "滬", "客运", "列车", "时速"]),
        ("kunming", ["昆明", "人口"]),
        ("shanghai", ["上海", "经济", "人口"]),
    ])
    units = {u.english: u for u in translator.translate("How many trains run between Shanghai and Kunming?").units}
    assert units["kunming"].terms[0][0] == "昆明"
    assert units["kunming"].understood >= 0.5


def test_a_one_character_translation_counts_less_beside_a_longer_one(tmp_path: Path) -> None:
    # beside four encyclopedia articles, "departments" is searched as 司, 處 and 部门, "villages"
    # as 堡, 村 and 农村: Chongqing's history (知府, 拓修重慶城 ... 堡) matched the lone characters
    # better than the article's 7800多個機關部門 ... 包村聯社
    docs = Path(__file__).parents[1] / "data" / "english_fresh8_docs"
    engine = engine_with(tmp_path, {p.name: p.read_text("utf-8") for p in docs.glob("*.txt")})
    answer = engine.ask("How many government departments took part in pairing with villages?")
    assert answer.results and "7800多個機關部門" in answer.results[0].text
