"""English passages found through the way Chinese writes names (english_fresh35 studied): a
capitalised word after a name that is the pinyin of the character the documents write right
after the name's characters ("Renhe *Tang*": 堂 of 仁和堂) is that character -- Chinese names
a shop, a hall, a temple by its name and its kind written together, and English often keeps the
kind in pinyin."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english import english_words
from tests.conftest import engine_with

SHOP = (
    "仁和堂\n\n"
    "仁和堂是位於臨水縣老街的一座中藥鋪,由藥商周文遠創設於清嘉慶五年(1800年)。\n\n"
    "1956年,仁和堂改為縣聯合診所藥房,店內共有夥計、學徒27人。\n\n"
    "老街另有一座祠堂,舊時族人在此議事。\n"
)


def _terms(engine_index: object, question: str, english: str) -> tuple[str, ...]:
    words = english_words(engine_index, question)  # type: ignore[arg-type]
    assert words is not None
    found = [t.term for t in words.translations if t.english == english]
    return tuple(found[0].split("/")) if found else ()


def test_a_kind_in_pinyin_after_a_name_is_the_character_written_after_it(tmp_path: Path) -> None:
    """"Renhe Tang": 堂 (written 仁和堂), and the founder's passage comes first -- the
    question is not declined for an unknown name "Tang"."""
    engine = engine_with(tmp_path, {"shop.txt": SHOP})
    assert _terms(engine.index, "Who founded Renhe Tang?", "tang") == ("堂",)
    reply = engine.ask("Who founded Renhe Tang?", count=False)
    assert reply.results and "創設" in reply.results[0].text


def test_a_pinyin_word_after_no_name_is_no_kind(tmp_path: Path) -> None:
    """"Tang" not after a name (the Tang dynasty) is not read as 堂."""
    engine = engine_with(tmp_path, {"shop.txt": SHOP})
    assert "堂" not in _terms(engine.index, "Which shops opened under the Tang?", "tang")


BUREAU = (
    "臨水縣改造老街\n\n"
    "臨水縣交通局副局長周文遠介紹,老街改造共投入資金320萬元。\n\n"
    "縣交通局局長林海表示,明年將繼續改造新街。\n\n"
    "縣辦公室主任王平負責接待來訪群眾。\n"
)


def test_a_deputy_is_the_prefix_before_the_bureaus_head(tmp_path: Path) -> None:
    """"the deputy director of the transport bureau": 副局长 (副 "deputy" before 局长, which
    "bureau" is searched as), not CC-CEDICT's 副主任 that no text writes; the deputy's
    passage comes first."""
    engine = engine_with(tmp_path, {"bureau.txt": BUREAU})
    question = "Who is the deputy director of Linshui's transport bureau?"
    assert _terms(engine.index, question, "deputy director") == ("副局长",)
    reply = engine.ask(question, count=False)
    assert reply.results and "副局長" in reply.results[0].text


def test_a_title_the_dictionary_translates_is_left_alone(tmp_path: Path) -> None:
    """"director" alone keeps its own senses: no prefix is put before anything."""
    engine = engine_with(tmp_path, {"bureau.txt": BUREAU})
    assert "副局长" not in _terms(engine.index, "Who is the director of the transport bureau?", "director")


PARTY = (
    "臨水縣委工作會議\n\n"
    "臨水縣委書記林海主持會議,全縣共有黨支部書記412名參加培訓。\n\n"
    "會議要求各級書記帶頭調研。\n"
)


def test_things_counted_together_are_not_elsewhere_for_one_misread_word(tmp_path: Path) -> None:
    """"clerks and apprentices": "clerks" is read 书记 (secretary), written only in another
    document; "apprentices" (学徒) is written with the shop's name, so the question is about the
    shop and gets its passage -- not declined as about something else."""
    engine = engine_with(tmp_path, {"shop.txt": SHOP, "party.txt": PARTY})
    reply = engine.ask("How many clerks and apprentices did Renhe Tang employ?", count=False)
    assert reply.results and "學徒" in reply.results[0].text


def test_a_word_found_only_elsewhere_alone_still_declines(tmp_path: Path) -> None:
    """"How many clerks did Renhe Tang employ?": the one thing counted is found only apart from
    the shop, and the question is declined as before."""
    engine = engine_with(tmp_path, {"shop.txt": SHOP, "party.txt": PARTY})
    reply = engine.ask("How many clerks did Renhe Tang employ?", count=False)
    assert not reply.results


def test_used_to_with_a_question_word_is_habitual() -> None:
    """"which estate *used to* flood": what once happened, as "would flood" -- not the verb
    "use" (searched 使用/所在...); a thing used ("the mechanism used to pick officials", "was
    the money used to build") keeps "use"."""
    from index.english.forms import english_words as words_of

    assert words_of("Which estate in Linshui used to flood when it rained?")[4:6] == ["would", "flood"]
    assert "used" in words_of("name of the mechanism used to pick capable officials?")
    assert "used" in words_of("What was the money used to build?")
    assert "used" in words_of("What did the county get used to?")
