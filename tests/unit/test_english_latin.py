"""English questions: words the documents write in Latin letters, found as written."""

from __future__ import annotations

from pathlib import Path

from index.figures import find_figures
from index.runs import RUN_RE
from tests.conftest import corpus_translator, engine_with


def test_a_word_written_against_its_figure_is_a_word_and_a_figure() -> None:
    """全区GDP4.8亿元 is "GDP" and 4.8亿 (it was one token, gdp4, and the number 8); a model name
    of one letter and digits (U17, A380) stays whole."""
    runs = lambda text: [m.group() for m in RUN_RE.finditer(text)]  # noqa: E731
    assert runs("全区gdp4.8亿元") == ["全区", "gdp", "4.8亿", "元"]
    assert runs("cpi2%") == ["cpi", "2%"]
    assert runs("u17国少队") == ["u17", "国少队"]
    assert runs("a380") == ["a380"]


def test_a_focus_the_documents_write_in_latin_letters_is_understood(tmp_path: Path) -> None:
    """"What was Lenghu's *GDP* in 2007?": no dictionary translates "GDP", but the document about
    Lenghu writes it, so the question is about something the documents hold -- not about
    something they lack (it got nothing). Asked of a place whose document does not write it, the
    question still gets nothing."""
    engine = engine_with(tmp_path, {
        "lenghu.txt": "冷湖行政区\n\n冷湖行政区位于青海省西北部，总面积1.8万平方公里。2007年全区GDP4.8亿元人民币。\n",
        "hills.txt": "山城县\n\n山城县位于湖北省，2007年全县粮食产量12万吨。\n",
    })
    answer = engine.ask("What was Lenghu's GDP in 2007?")
    assert answer.found and "GDP4.8亿元" in answer.results[0].text
    assert not engine.ask("What was Shancheng's GDP in 2007?").found


def test_a_word_written_in_latin_letters_says_where_the_others_senses_belong() -> None:
    """"What was USC's ranking in the news?": no dictionary translates "USC", but the university's
    document writes it (USC南加大) beside 排名, while 新闻 ("news") is only elsewhere; the Latin
    word vouches for 排名 as a Chinese word of the question would, so "ranking" is understood
    (it was doubted as a word sharing no document with the others, and the question got nothing)."""
    translator = corpus_translator([("a", ["usc", "排名", "大学"]), ("a", ["大学", "学生"]), ("b", ["新闻", "报道"])])
    ranking = {u.english: u for u in translator.translate("What was USC's ranking in the news?").units}["ranking"]
    assert ranking.terms[0][0] == "排名" and ranking.understood >= 0.5


def test_an_amount_written_against_a_latin_word_is_a_figure() -> None:
    """全区GDP4.8亿元: a word of two letters or more, then an amount in 万/亿, is the word's figure
    (it was read as a label, as the 2.5 of PM2.5 and the 20 of G20 still are)."""
    assert [f.text for f in find_figures("2007年全区GDP4.8亿元人民币。")] == ["2007年", "4.8亿元"]
    assert find_figures("PM2.5浓度上升") == [] and find_figures("G20峰会") == []


def test_what_is_asked_of_a_latin_written_word_is_the_amount_written_after_it(tmp_path: Path) -> None:
    """"What is Turin's GDP?": "GDP" has no translation, but the texts write it before an amount
    of money (它的GDP高達580億美元), so the question asks that amount, as "what is the average
    humidity" asks the share written after 濕度 (it asked nothing measured: no figure)."""
    engine = engine_with(tmp_path, {
        "turin.txt": "杜林\n\n杜林是義大利第三大城市。它的GDP高達580億美元，排名世界第78位。\n",
        "hills.txt": "山城县\n\n山城县位于湖北省，2007年全县粮食产量12万吨。\n",
    })
    answer = engine.ask("What is Turin's GDP?")
    assert answer.found and answer.text is not None and answer.text.startswith("580")


_RADAR = {
    "radar.txt": "MPQ-78雷达\n\nMPQ-78雷达为中山科学研究院自行研发的低空搜索雷达系统。\n\n"
    "MPQ-78雷达系统包括搜索雷达，有效距离30km，可同时追踪20个目标。\n",
    "hills.txt": "山城县\n\n山城县位于湖北省，2007年全县粮食产量12万吨。\n",
}


def test_a_code_name_with_a_possessive_is_the_code_the_documents_write(tmp_path: Path) -> None:
    """"the MPQ-78's search radar": the token "mpq-78's" is no code the documents write, so the
    question was taken to be about a model they lack (nothing found); the code without its "'s"
    is MPQ-78, which they do write."""
    engine = engine_with(tmp_path, _RADAR)
    assert engine.ask("Which institute developed the MPQ-78's radar?").found
    assert not engine.ask("Which institute developed the MPQ-79's radar?").found


def test_the_letters_of_a_written_code_are_no_second_thing_to_find(tmp_path: Path) -> None:
    """"the MPQ-78 radar": the translator reads "mpq" (no dictionary word) beside the number; the
    code is searched as written (MPQ-78), so its letters are no untranslated word besides, which
    made the answer hedged (much of the question seemed to be in no document)."""
    engine = engine_with(tmp_path, _RADAR)
    answer = engine.ask("Which institute developed the MPQ-78 radar?")
    assert answer.found and answer.confident and "中山科学研究院" in answer.results[0].text
    assert "mpq" not in [t.english for t in answer.translations]


def test_a_name_the_documents_write_in_latin_letters_is_no_name_they_lack(tmp_path: Path) -> None:
    """"who directed MONGOL?": CC-CEDICT knows "Mongol" only as a people's name (蒙古人), which no
    document writes, so the question named something absent and got nothing -- though the film's
    document writes the title as is (《MONGOL 风云》). A name the documents write in Latin letters
    is found as written, in capitals or not; one no document writes still makes the question
    about something absent."""
    engine = engine_with(tmp_path, {
        "mongol.txt": "MONGOL 风云\n\n《MONGOL 风云》是俄罗斯导演博德罗夫的电影。影片于2007年9月20日在俄罗斯上映。\n",
        "hills.txt": "山城县\n\n山城县位于湖北省，2007年全县粮食产量12万吨。\n",
    })
    answer = engine.ask("who directed MONGOL?")
    assert answer.found and "博德罗夫" in answer.results[0].text
    released = engine.ask("when was the mongol film released in russia?")
    assert released.figure is not None and released.figure.text == "2007年9月20日"
    assert not engine.ask("who directed Tatar?").found


def test_latin_names_among_chinese_words_are_found_where_one_document_writes_them(tmp_path: Path) -> None:
    """"Technicolor Dreams 致敬的是幾年代的叮砰巷": a song's Latin name, typed among Chinese words,
    that the album's document writes -- found (it counted as a name the documents lack, and got
    nothing); but "MonoDevelop在Windows上" names what no document writes beside Windows, which
    another does: still nothing."""
    engine = engine_with(tmp_path, {
        "album.txt": "This Is Where I Came In\n\n最與眾不同的是《\"Technicolor Dreams\"》，是向1930年代叮砰巷致敬的歌曲。\n",
        "os.txt": "作業系統\n\nWindows是微軟公司的作業系統，2001年推出Windows XP。\n",
    })
    answer = engine.ask("Technicolor Dreams 致敬的是幾年代的叮砰巷？")
    assert answer.found and answer.text == "1930年代"
    assert not engine.ask("MonoDevelop在Windows上是從哪一年開始可以執行的？").found
