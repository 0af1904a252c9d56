"""English round eng75f (the right passage first, the wrong figure or none): small invented texts,
not the sets'."""
from __future__ import annotations

from bot.answer.english.bare_years import bare_years
from index.figures import passage_figures

from tests.conftest import engine_with

CAVE = """青岚洞简介

青岚洞位于岚溪县东南的山谷之中，距县城18公里。青岚洞于1987被发现，1990年对游人开放。洞内全长1620米，有40多种沉积物。

2005年，青岚洞被列为省级风景名胜区。
"""

VISITS = """岚溪县领导干部下基层调研

今年以来，岚溪县坚持问题导向。每位县领导至少领题1个以上重点课题，共开展调研146次，推动解决了一批群众急难愁盼问题。

县委表示，下一步将建立调研成果转化清单。
"""


def test_a_year_written_without_its_nian_is_read_as_a_year() -> None:
    """于1987被发现: a time preposition, the number, a verb -- a year; 1920、1921年: a list of years
    writing 年 once, read as one figure from 1920, as a range is; 1992至1999年: a range the reader
    took whole, its start's year read. A bare number before a measure word (于1987个) or not after a preposition
    (共1987被) is no year."""
    def years(text: str) -> list[str]:
        return [f.text for f in bare_years(text, passage_figures(text)) if f.kind == "date"]

    assert years("青岚洞于1987被发现，1990年对游人开放") == ["1987", "1990年"]
    assert years("导致1920、1921年的全民违抗") == ["1920、1921年"]
    assert [f.value for f in bare_years("1992至1999年，他", passage_figures("1992至1999年，他"))] == [1992.0]
    assert years("于1987个村") == [] and years("共1987被") == [] and years("在3000人") == []


def test_a_year_without_nian_answers_when_a_cave_was_discovered(tmp_path) -> None:
    """"When was Qinglan Cave discovered": the year is written 于1987被发现, without 年; the other
    year of the sentence (1990年对游人开放) dates the opening."""
    engine = engine_with(tmp_path, {"cave.txt": CAVE})
    answer = engine.ask("When was Qinglan Cave discovered?")
    assert answer.figure is not None and answer.figure.text == "1987", answer.figure


def test_a_count_the_question_spells_in_words_is_not_the_count_asked(tmp_path) -> None:
    """"Each county leader took on at least one key topic; how many research trips did they make in
    all": 1个 (领题1个以上重点课题) is the question's own "one" -- the trips are 146次."""
    engine = engine_with(tmp_path, {"visits.txt": VISITS})
    answer = engine.ask("Each county leader took on at least one key research topic; how many research trips did they make in all?")
    assert answer.figure is not None and answer.figure.text == "146次", answer.figure
