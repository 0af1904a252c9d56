"""Which figure of the passage is the direct answer to a wholly English question (english_fresh38
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


PAGODA = "临川古塔\n\n临川古塔建于宋代。塔下台基以青砖包砌，高3.2米，东西26米，南北19米。\n"
RAILING = "临川古塔\n\n临川古塔建于宋代。塔下青砖台基的石栏高1.2米，台基东西长26米，南北宽19米。\n"


def test_the_length_an_english_question_asks_is_read() -> None:
    """"how long" and "length" ask a length (长), "how tall" and "height" a height (高), "how
    far" a distance; a question naming none gives none."""
    from bot.answer.english.lengths import length_asked

    assert length_asked("How long is the brick platform from east to west, in metres?") == "长"
    assert length_asked("What is the total height of the tower?") == "高"
    assert length_asked("How tall is the bell?") == "高"
    assert length_asked("How far is the island from the coast?") == "距"
    assert length_asked("How many bells hang in the tower?") is None


def test_a_length_asked_is_not_a_height_written(tmp_path: Path) -> None:
    """"How long is the brick platform?": 26米 (东西26米, 台基东西长26米), not the height the text
    writes nearer the question's words (高3.2米, 石栏高1.2米)."""
    for name, text in (("pagoda.txt", PAGODA), ("railing.txt", RAILING)):
        folder = tmp_path / name.removesuffix(".txt")
        folder.mkdir()
        engine = engine_with(folder, {name: text})
        answer = engine.ask("How long is the brick platform of the Linchuan pagoda?", count=False)
        assert answer.text is not None and answer.text.startswith("26"), (name, answer.text)

BRIDGE = (
    "临川石桥\n\n"
    "临川石桥始建于明代。清道光十二年（1832年）临川一带发生特大洪水，石桥中段冲毁，桥头石狮坠入河中。"
    "咸丰三年（1853年），知县赵怀仁主持重修，将桥墩加高。"
    "民国二十六年（1937年），石桥曾一度用作军用通道。\n"
)


def test_the_date_of_the_event_asked_after_is_not_the_answer() -> None:
    """A date heading the clause that writes the event a date is asked *after* is that event's
    own date (1832年...发生特大洪水); one writing it as what came before (洪水后) is not."""
    from bot.answer.figure.then_now import EVENT_ITSELF, event_itself
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    info = QuestionInfo(kind="date", unit=None, english=True, after=("洪水",))
    text = BRIDGE.split("\n\n")[1]
    figures = {f.text: f for f in passage_figures(text)}
    flood = next(f for t, f in figures.items() if "1832" in t)
    rebuilt = next(f for t, f in figures.items() if "1853" in t)
    assert event_itself(text, info, flood) == EVENT_ITSELF
    assert event_itself(text, info, rebuilt) == 1.0
    after = "1832年洪水后，桥身冲毁。"
    assert event_itself(after, info, passage_figures(after)[0]) == 1.0


def test_a_date_asked_after_an_event_is_not_the_event_s_date(tmp_path: Path) -> None:
    """"When was the bridge repaired after the flood?": 1853年 of
    the rebuilding, not 1832年 of the flood that the passage writes first."""
    engine = engine_with(tmp_path, {"bridge.txt": BRIDGE})
    answer = engine.ask("When was the bridge repaired after the flood?", count=False)
    assert answer.text is not None and "1853" in answer.text, answer.text


MUSEUMS = "临川博物馆\n\n截至2025年底，临川全市共有各类博物馆46座，其中国有博物馆21座。2020年底，临川全市博物馆仅有19座。\n"
POPULATION = "临川人口\n\n临川是一座移民城市，1950年全市人口约为37万。此后临川人口迅速增长，至1960年已达到58万。\n"


def test_a_bare_year_in_english_is_a_year_asked() -> None:
    """A year an English question writes bare ("in 2020") is asked as 2020年 is: a figure under
    another year (2025年底...46座) fits less; one under that year (2020年底...19座) does not."""
    from bot.answer.figure.dated import dated_otherwise
    from bot.answer.figure.fitness import CONTRAST
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    text = MUSEUMS.split("\n\n")[1]
    figures = {f.text: f for f in passage_figures(text)}
    info = QuestionInfo(kind="count", unit=None, english=True, quoted=passage_figures("in 2020"))
    assert dated_otherwise(text, info, figures["46座"]) == CONTRAST
    assert dated_otherwise(text, info, figures["19座"]) == 1.0
    day = "2020年10月13日，馆藏增至19件。"
    assert dated_otherwise(day, info, passage_figures(day)[-1]) == 1.0  # the year asked, with a day


def test_a_figure_of_the_year_asked_in_english_is_chosen(tmp_path: Path) -> None:
    """"How many museums did Linchuan have in 2020?": 19座 (2020年底), not 46座 (2025年底);
    "What was Linchuan's population in 1960?": 58万, not 37万 of 1950."""
    for name, text, question, wanted in (
        ("museums", MUSEUMS, "How many museums did Linchuan have in 2020?", "19"),
        ("population", POPULATION, "What was Linchuan's population in 1960?", "58"),
    ):
        folder = tmp_path / name
        folder.mkdir()
        answer = engine_with(folder, {f"{name}.txt": text}).ask(question, count=False)
        assert answer.text is not None and answer.text.startswith(wanted), (question, answer.text)


REBUILDING = (
    "临川石桥\n\n临川石桥位于临川县城南门外。\n\n"
    "明嘉靖十四年（1535年），知县周文焕倡议重建临川石桥，由县中士绅捐资，共筹得白银3200两，至嘉靖十七年（1538年）落成。\n\n"
    "清康熙二十九年（1690年）临川发生地震，桥身开裂。乾隆八年（1743年），知县赵怀仁主持重修，加固桥墩。\n"
)


def test_an_amount_of_another_year_does_not_answer_the_year_asked(tmp_path: Path) -> None:
    """"How much silver did the 1743 rebuilding cost?": the text gives the silver of 1535 only
    (共筹得白银3200两, in a passage dated 1535 and 1538) -- nothing; asked of 1535, 3200两."""
    engine = engine_with(tmp_path, {"bridge.txt": REBUILDING})
    asked_other = engine.ask("How much silver did the 1743 rebuilding of the Linchuan stone bridge cost?", count=False)
    assert asked_other.text is None, asked_other.text
    asked_own = engine.ask("How much silver was raised in 1535 to rebuild the Linchuan stone bridge?", count=False)
    assert asked_own.text is not None and asked_own.text.startswith("3200"), asked_own.text


def test_a_range_of_years_is_of_each_year_in_it() -> None:
    """A range of years (2004年至2006年) is of each year in it; one whose start is not known
    (2004至2006年 gives only its end) is of no other year; a reign's year is its own."""
    from bot.answer.figure.years import of_other_year
    from index.figures import passage_figures

    assert not of_other_year(passage_figures("2004年至2006年")[0], {2005})
    assert of_other_year(passage_figures("2004年至2006年")[0], {2010})
    assert not of_other_year(passage_figures("在2004至2006年期间")[0], {2010})
    assert of_other_year(passage_figures("嘉靖十四年（1535年）")[0], {1743})
