"""English questions asking when someone was born, answered by the life span after the name."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.births import asks_birth, life_span_start, life_undated
from index.figures import find_figures
from tests.conftest import engine_with

BIOGRAPHY = (
    "周明远\n\n周明远（1930年5月6日—2010年8月9日），浙江宁波人，物理学家，长期从事海浪研究。\n\n"
    "周明远出生于宁波一个商人家庭，少年时代常在海边观察海浪。\n\n"
    "1980年，周明远出版专著《海浪》，该书约30万字。\n"
)


def test_the_first_date_of_a_life_span_after_the_name() -> None:
    figure = life_span_start("周明远（1930年5月6日—2010年8月9日），浙江宁波人", ["周明远"])
    assert figure is not None and figure.text == "1930年5月6日"
    assert life_span_start("周明远（浙江宁波人），1930年5月6日—2010年8月9日", ["周明远"]) is None
    assert asks_birth("When was Zhou Mingyuan born?") and not asks_birth("When did Zhou Mingyuan die?")


def test_a_birth_asked_in_english_is_the_life_spans_first_date(tmp_path: Path) -> None:
    """"born" is read as "bear" (负担), and the passage writing 出生 gives no date: the date a
    biography gives in brackets after the name (周明远（1930年5月6日—...）) is the birth's --
    not the book's 1980年, in the passage naming him most."""
    engine = engine_with(tmp_path, {"lin.txt": BIOGRAPHY})
    for question in ("When was Zhou Mingyuan born?", "In what year was Zhou Mingyuan born?"):
        answer = engine.ask(question, count=False)
        assert answer.figure is not None and answer.figure.text == "1930年5月6日"
        assert answer.results[0].text.startswith("周明远（1930年")


CAREER = (
    "罗保铭\n\n"
    "罗保铭，天津人。男，汉族。1969年5月参加工作，1971年8月加入中国共产党。\n\n"
    "2011年8月，任中共海南省委书记。\n"
)
DRIVER = "蒙泰罗\n\n蒂亚戈·蒙泰罗（Tiago Monteiro，1976年7月24日－），葡萄牙赛车手。2005年加入车队。\n"


def test_a_life_asked_in_english_gets_no_date_of_another_event(tmp_path: Path) -> None:
    """"When was Luo Baoming born": 1969年5月 dates his first job -- no birth is written, so no
    date is given (as 罗保铭哪年出生 gives none); a living person's open life span still dates it."""
    engine = engine_with(tmp_path, {"career.txt": CAREER})
    assert engine.ask("When was Luo Baoming born?", count=False).text is None
    born = next(f for f in find_figures(DRIVER) if f.kind == "date")
    assert not life_undated("When was Tiago Monteiro born?", "date", DRIVER, born)
