"""Which figure of the passage is the direct answer to a wholly English question (english_fresh37
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

CLUB = (
    "临川读书会\n\n"
    "临川读书会下设五个集体阅读小组，由会员自愿组成。去年全会共开展集中阅读27次，邀请作家讲座4场。\n"
)


def test_how_often_is_read_as_how_many_times() -> None:
    """"How often did ..." asks the number of times, as "how many times" does."""
    from bot.answer.english.often import often_as_times

    assert often_as_times("How often did the club meet?") == "How many times did the club meet?"
    assert often_as_times("In 2024, how often did it meet?") == "In 2024, how many times did it meet?"
    assert often_as_times("Is the club often late?") == "Is the club often late?"


def test_how_often_asks_a_count_of_times(tmp_path: Path) -> None:
    """"How often did the reading club meet for collective reading?": the count in 次
    (集中阅读27次), not the five groups written beside "collective" (五个集体阅读小组)."""
    engine = engine_with(tmp_path, {"club.txt": CLUB})
    answer = engine.ask("How often did the reading club meet for collective reading?", count=False)
    assert answer.text is not None and answer.text.startswith("27"), answer.text


HOUSING = (
    "临川安居工程\n\n"
    "临川市安居工程分两批实施。在总结评估中，居民对第一批安居工程总体评价“满意”的占91.2%，"
    "对第二批安居工程评价“满意”的占96.5%。\n"
)


def test_an_ordinal_named_in_english_is_read() -> None:
    """"the *second* round", "its 3rd phase": the item of a series named; not "first" as an adverb,
    nor two different ordinals."""
    from bot.answer.english.numbered import ordinal_asked

    assert ordinal_asked("What share rated the second round of the project as good?") == 2
    assert ordinal_asked("How long is its 3rd phase?") == 3
    assert ordinal_asked("When was the bridge first built?") is None
    assert ordinal_asked("Did the first round score higher than the second round?") is None


def test_an_ordinal_asked_is_the_clause_numbered_so() -> None:
    """A figure whose clause numbers its item by another ordinal only (第一批 when the second is
    asked) fits less, whatever noun the question gives the series; an unnumbered clause is left."""
    from bot.answer.figure.numbered import OTHER_NUMBERED, other_ordinal
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    text = "居民对第一批工程评价“满意”的占91.2%，对第二批工程评价“满意”的占96.5%，全市平均为90%。"
    figures = {f.text: f for f in passage_figures(text)}
    info = QuestionInfo(kind="percent", unit=None, english=True, ordinal=2)
    assert other_ordinal(text, info, figures["91.2%"]) == OTHER_NUMBERED
    assert other_ordinal(text, info, figures["96.5%"]) == 1.0
    assert other_ordinal(text, info, figures["90%"]) == 1.0
    assert other_ordinal(text, QuestionInfo(kind="percent", unit=None, english=True), figures["91.2%"]) == 1.0


def test_the_second_round_asked_is_the_second_batch_s_figure(tmp_path: Path) -> None:
    """"... satisfied with the *second round* of the housing project?": the text calls the rounds
    batches (第一批, 第二批), so "round" finds neither; the ordinal still says which (96.5%)."""
    engine = engine_with(tmp_path, {"housing.txt": HOUSING})
    second = engine.ask("What share of residents were satisfied with the second round of the housing project?", count=False)
    first = engine.ask("What share of residents were satisfied with the first round of the housing project?", count=False)
    assert second.text == "96.5%", second.text
    assert first.text == "91.2%", first.text


def test_an_aside_in_10000_yuan_mid_question_is_the_scale_asked() -> None:
    """", in 10,000 yuan, after the increase?": an aside between commas names the scale asked as
    one closing the question does -- no 10,000 quoted that no text writes; not "in 10,000 homes"
    said in the question's own words."""
    from bot.answer.english.scale_asides import asked_scale, without_scale

    asked = "What is the subsidy for each lift now, in 10,000 yuan, after the increase?"
    assert asked_scale(asked) == 10000.0
    assert "10,000" not in without_scale(asked)
    assert asked_scale("What is the subsidy (in 10,000 yuan) after the increase?") == 10000.0
    assert asked_scale("How many lifts were installed in 10,000 homes, in total?") is None


ISLAND = (
    "临川岛\n\n"
    "临川岛位于临川县东南海面，距大陆海岸约8.2公里，岛上有居民120户。岛上灯塔建成于1902年，塔高17.5米。\n"
)


def test_a_keyword_question_ending_in_a_unit_names_it() -> None:
    """"Distance from the island to the coast in km?": asked as keywords, its last words name the
    unit asked, as ", in km?" closing a question does."""
    from bot.answer.english.figures import unit_of_thing_asked

    assert unit_of_thing_asked("Distance from the island to the coast in km?") == "in km"
    assert unit_of_thing_asked("What did the city build in Linchuan?") is None


def test_a_keyword_question_in_km_is_answered_by_a_length(tmp_path: Path) -> None:
    """The keyword question asks a length: the island's distance (8.2公里), not nothing."""
    engine = engine_with(tmp_path, {"island.txt": ISLAND})
    answer = engine.ask("Distance from Linchuan island to the mainland coast in km?", count=False)
    assert answer.text is not None and answer.text.startswith("8.2"), answer.text


SUBSIDY = (
    "临川市加装电梯\n\n"
    "临川市既有住宅加装电梯工作进展顺利，三年来共加装电梯860部。补贴标准也在提高：每部电梯的财政补贴"
    "由原来的12万元提高到18万元，居民负担进一步减轻。\n"
)


def test_a_change_from_what_was_says_what_is_now() -> None:
    """由原来的12万元提高到18万元: the level a change from what was originally reached is the present
    one, as 目前 or 已提高到 says -- a question asking what it is *now* may be answered by it."""
    from bot.answer.english.rates import PRESENT_WRITTEN
    from index.normalize import normalize

    assert PRESENT_WRITTEN.search(normalize("每部电梯的补贴由原来的12万元提高到18万元")) is not None
    assert PRESENT_WRITTEN.search(normalize("每部电梯的补贴为12万元")) is None


def test_a_subsidy_asked_now_is_the_level_it_was_raised_to(tmp_path: Path) -> None:
    """"What is the subsidy for each lift now, in 10,000 yuan, after the increase?": 18万元, not
    nothing (the text writes no 目前) nor the former 12万元."""
    engine = engine_with(tmp_path, {"lifts.txt": SUBSIDY})
    answer = engine.ask("What is the government subsidy for each lift now, in 10,000 yuan, after the increase?", count=False)
    assert answer.text is not None and answer.text.startswith("18"), answer.text


BEACON = (
    "临川灯塔\n\n"
    "临川灯塔最初使用的灯器以植物油为燃料，灯光射程约9海里。1936年改用煤油灯后，射程提升至13海里。"
    "1983年灯塔通电，1995年加装太阳能供电系统，射程达到16海里，灯光为每8秒闪白光3次。\n"
)


def test_the_event_a_figure_is_asked_after_is_read() -> None:
    """"... after solar power was added?": the translations of the words after "after"."""
    from bot.answer.english.after import after_terms
    from bot.answer.model import Translation

    translations = (Translation("range", "射程"), Translation("solar power", "太阳能"), Translation("added", "加/新增"))
    assert after_terms("What is the range after solar power was added?", translations) == ("太阳能", "新增")
    assert after_terms("What is the range now?", translations) == ()


def test_a_figure_asked_after_an_event_is_the_one_written_after_it(tmp_path: Path) -> None:
    """"What is the range of the light in nautical miles after solar power was added?": 16海里,
    written after 加装太阳能 in its sentence, not the first range (灯光射程约9海里) nor 13海里."""
    engine = engine_with(tmp_path, {"beacon.txt": BEACON})
    answer = engine.ask("What is the range of the Linchuan light in nautical miles after solar power was added?", count=False)
    assert answer.text is not None and answer.text.startswith("16"), answer.text
