"""English passages found through a surname written as a name, and counts of a named owner's
things (english_fresh36 studied): "the *Zheng* clan" is the surname 郑 the dictionary glosses
only as "surname Zheng" (not a given name's first syllable, "Zheng *Can*"), and "how many
members *of the Zheng clan*" is not answered by a clause counting another group's members."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english import english_words
from tests.conftest import engine_with

CLAN = (
    "柳溪鄭氏\n\n"
    "柳溪鄭氏祖屋位於柳溪村東,清嘉慶五年(1800年)由族人合資興建,共捐銀800兩,歷時兩年落成。\n\n"
    "村中老人組成的講解隊現有成員12人,定期為遊客講述村史。\n\n"
    "柳溪村另有一座李氏書院,藏書約3000冊。\n"
)
VILLAGE = (
    "黃岡村\n\n"
    "黃岡村位於山間,全村現有村民860人,多姓陳。\n\n"
    "村中老人組成的講解隊現有成員12人,定期為遊客講述村史。\n"
)
MEMBERS = "柳溪鄭氏家族\n\n據統計,柳溪鄭氏家族現有成員420人,分居附近五個村落。\n"


def _terms(engine_index: object, question: str, english: str) -> tuple[str, ...]:
    words = english_words(engine_index, question)  # type: ignore[arg-type]
    assert words is not None
    found = [t.term for t in words.translations if t.english == english]
    return tuple(t for t in found[0].split("/") if t != "?") if found else ()


def test_a_capitalised_surname_is_the_surname(tmp_path: Path) -> None:
    """"the Zheng clan": 郑 (CC-CEDICT's "surname Zheng", too loose a gloss to link by itself),
    and the passage of the clan's silver comes first -- not a question declined for an unknown name."""
    engine = engine_with(tmp_path, {"clan.txt": CLAN})
    question = "How many taels of silver did the Zheng clan raise?"
    assert _terms(engine.index, question, "zheng") == ("郑",)
    reply = engine.ask(question, count=False)
    assert reply.results and "800兩" in reply.results[0].text


def test_a_surname_before_a_given_name_is_not_read_alone(tmp_path: Path) -> None:
    """"Zheng Can": a surname before a capitalised given name is one person's name, not 郑 alone."""
    engine = engine_with(tmp_path, {"clan.txt": CLAN})
    assert _terms(engine.index, "When was the guide Zheng Can born?", "zheng") == ()


def test_members_of_a_named_clan_are_not_another_groups_members(tmp_path: Path) -> None:
    """"How many members of the Zheng clan ...": 講解隊現有成員12人 counts a guide team's members
    (the clause names no 鄭), so nothing is answered."""
    engine = engine_with(tmp_path, {"clan.txt": CLAN})
    reply = engine.ask("How many members of the Zheng clan live in Liuxi village?", count=False)
    assert not reply.results


def test_members_of_a_named_clan_written_with_it_are_answered(tmp_path: Path) -> None:
    """The clause writing the clan (鄭氏家族現有成員420人) answers the same question."""
    engine = engine_with(tmp_path, {"clan.txt": CLAN, "members.txt": MEMBERS})
    reply = engine.ask("How many members of the Zheng clan live in Liuxi village?", count=False)
    assert reply.text == "420人"


def test_members_of_a_named_owner_need_the_owner_in_the_clause(tmp_path: Path) -> None:
    """"How many members of the Huanggang clan": 黄冈 is understood, but the clause with 成員12人
    names the guide team only (黃岡 is in another sentence), so nothing is answered."""
    engine = engine_with(tmp_path, {"village.txt": VILLAGE})
    reply = engine.ask("How many members of the Huanggang clan are there?", count=False)
    assert not reply.results


HALL = (
    "柳溪陳氏宗祠\n\n"
    "柳溪陳氏宗祠位於柳溪村中部,始建於清乾隆十年(1745年),門樓高8.2米。\n\n"
    "村中另有一座食堂,可容納200人同時就餐,樓高6.5米。\n"
)


def test_a_phrase_no_text_writes_is_the_written_term_of_its_kind(tmp_path: Path) -> None:
    """"ancestral hall": CC-CEDICT's 祠堂 is written nowhere; 宗祠 ("ancestral temple; clan
    hall", sharing 祠) is, and its passage comes first -- not 食堂 ("dining hall", sharing 堂
    but no ancestral thing)."""
    engine = engine_with(tmp_path, {"hall.txt": HALL})
    question = "How tall is the gatehouse of the Liuxi ancestral hall?"
    assert _terms(engine.index, question, "ancestral hall") == ("宗祠",)
    reply = engine.ask(question, count=False)
    assert reply.results and "宗祠" in reply.results[0].text
