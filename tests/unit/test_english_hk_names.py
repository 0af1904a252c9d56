"""English questions naming people as Hong Kong spells them (Wong Wah-kei for 黃華麒), or in
Wade-Giles as many Taiwanese names are (Ming Hsieh for 謝明)."""

from __future__ import annotations

from pathlib import Path

from index.english.cantonese import name_runs, syllable_characters, wade_giles
from tests.conftest import engine_with


def test_a_name_in_hong_kongs_romanisation_is_read_as_its_syllables() -> None:
    """Two or three words, the first capitalised, the next ones capitalised or hyphenated, each a
    syllable: "Wong Wah-kei" (黃 wong, 華 wah, 麒 kei); a word that is none ends the name."""
    assert name_runs("When did Wong Wah-kei join RTHK?") == [("wong", "wah", "kei")]
    assert name_runs("Who followed Leung Chung Tai?") == [("leung", "chung", "tai")]
    assert name_runs("Wong Wah-kei joined RTHK when?") == [("wong", "wah", "kei")]
    assert name_runs("When did Wong Wah-kei's deputy leave?") == [("wong", "wah", "kei")]
    assert name_runs("When did the wong wah kei join?") == []  # not written as a name
    assert {"黄", "王"} <= syllable_characters()["wong"]  # as the index normalises 黃


def test_a_person_named_in_hong_kongs_spelling_is_found_as_the_text_writes_the_name(tmp_path: Path) -> None:
    """"Wong Wah-kei" is in no dictionary and not pinyin (黄华麒 is huáng huá qí): the question
    named nothing the documents hold and got nothing. The characters its syllables spell, written
    in that order in a passage, are the name; another person's passage does not answer."""
    engine = engine_with(tmp_path, {
        "wong.txt": "黄华麒\n\n黄华麒，前任香港广播处长。他于1966年加入香港电台，2008年获委任为广播处长。\n",
        "other.txt": "王基\n\n王基于1970年加入香港电台，任职编导。\n",
    })
    answer = engine.ask("When did Wong Wah-kei join Radio Television Hong Kong?")
    assert answer.found and "黄华麒" in answer.results[0].text
    assert answer.text is not None and "1966" in answer.text
    assert any(t.english == "wong wah kei" and t.term == "黄华麒" for t in answer.translations)


def test_pinyin_is_respelled_in_wade_giles_without_apostrophes() -> None:
    """As English texts write Taiwanese names: Hsieh, Chiang, Ching-kuo, Tsai, Chih."""
    assert [wade_giles(p) for p in ("xie", "jiang", "jing", "guo", "cai", "zhi", "si", "rong", "xiong")] == [
        "hsieh", "chiang", "ching", "kuo", "tsai", "chih", "ssu", "jung", "hsiung"
    ]
    assert name_runs("How much did Ming Hsieh donate?") == [("ming", "hsieh")]


def test_a_name_in_wade_giles_surname_last_is_found_as_the_text_writes_it(tmp_path: Path) -> None:
    """"Ming Hsieh" (given name first, as in English): the text writes 謝明, xiè míng; Wade-Giles is
    no pinyin, and the question got nothing."""
    engine = engine_with(tmp_path, {
        "usc.txt": "南加州大学\n\n南加州大学的工程学院不断收到捐赠。謝明則在2006年捐贈了3500萬美元給電機工程學系。\n",
        "other.txt": "明德中学\n\n明德中学于1903年创办，位于长沙。\n",
    })
    answer = engine.ask("How much did Ming Hsieh donate?")
    assert answer.found and "謝明" in answer.results[0].text
    assert answer.text is not None and answer.text.startswith("3500")


def test_a_name_only_guessed_gives_way_to_the_syllables_the_documents_write(tmp_path: Path) -> None:
    """"the biggest *Chiu Chow* community": Hong Kong's spelling of 潮州, which the Hong Kong
    document writes (以潮州人身份). "Chiu" alone was guessed as a name (西区, understood 0.64), and
    a word with a guess blocked the syllables' reading: the question named nothing the
    documents hold and got nothing. A name only guessed gives way to the whole name the
    syllables spell."""
    docs = Path(__file__).parents[1] / "data" / "english_fresh13_docs"
    engine = engine_with(tmp_path, {p.name: p.read_text("utf-8") for p in docs.glob("*.txt")})
    answer = engine.ask("Which part of Hong Kong has the biggest Chiu Chow community today?")
    assert answer.results and "現今香港最多潮汕人的地區是九龍東" in answer.results[0].text


def test_hong_kongs_kw_is_the_tables_gw() -> None:
    """The government's spelling writes the unaspirated rounded initial as kw (廣 Kwong, 瓜 in To
    Kwa Wan), as it writes g as k (九 Kau); the package's table has many such characters only
    under gw."""
    assert "瓜" in syllable_characters()["kwa"]
    assert "瓜" in syllable_characters()["gwa"]


def test_a_place_whose_first_syllable_is_an_english_word_is_found(tmp_path: Path) -> None:
    """"in *So Uk*" (蘇屋): "So" is a stop word, never a unit of the question, and the name's other
    syllables were looked for alone; "in *Wan Chai*" (灣仔): "wan" is the adjective (烦心事), a
    weak sense that must not keep the syllable from the name the documents write."""
    engine = engine_with(tmp_path, {
        "estate.txt": "蘇屋邨\n\n蘇屋邨位於深水埗，於1960年落成，共有15座住宅大廈。\n",
        "wanchai.txt": "灣仔\n\n灣仔有多座商業大廈，其中會議展覽中心於1988年啟用。\n",
        "other.txt": "屯門\n\n屯門於1970年代發展為新市鎮，共有40座住宅大廈。\n",
    })
    answer = engine.ask("In which year was So Uk completed?")
    assert any(t.english == "so uk" for t in answer.translations)
    assert answer.results and "蘇屋" in answer.results[0].text and answer.text == "1960年"
    answer = engine.ask("When did the convention centre in Wan Chai open?")
    assert any(t.english == "wan chai" for t in answer.translations)
    assert answer.results and "灣仔" in answer.results[0].text
