"""English round eng72o (off-topic English questions shown a passage): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer.english.advice import asker_frame
from tests.conftest import engine_with

SWIM = """柘川县暑期游泳培训

柘川县今年暑期开办游泳培训班，每周安排6个班次，累计培训学员2100人次，一名学员一口气游完100米。
"""

CANDLE = """柘川县烛坊旧址

瞿记烛坊是清代柘川镇一处制作蜡烛的手工作坊，旧址今存前店后坊两进院落，为县级文物保护单位。作坊北侧另有晾烛廊一道，长约十八米，廊顶开设天窗七处，采光通风良好。
"""

LIGHTS = """柘川县村道亮灯工程

柘川县石鼓岭村是首批试点村。村党支部书记祁望舒告诉记者，村里5.6公里主干道上装了142盏灯，夜间出行不再摸黑。
"""


def test_advice_asking_for_the_best_place_or_time_that_names_nothing_understood_gets_nothing(tmp_path) -> None:
    """"Where is the best place to swim in the evening?": advice about the asker's own doing, asked
    as a place (or a time) rather than a way; "best" and "place" (好, 处) found the candle workshop's
    一处, and nothing else it names is understood surely. Nothing is shown; what the documents
    write is still found."""
    engine = engine_with(tmp_path, {"swim.txt": SWIM, "candle.txt": CANDLE, "lights.txt": LIGHTS})
    answer = engine.ask("Where is the best place to swim in the evening?", count=False)
    assert not answer.results, answer
    answer = engine.ask("How many skylights does the candle-drying gallery have?", count=False)
    assert answer.results and "七处" in answer.results[0].text, answer
    answer = engine.ask("How many lamps were installed along the main road of the village?", count=False)
    assert answer.results and "142盏" in answer.results[0].text, answer


def test_the_askers_frame_holds_place_time_and_wh_openings() -> None:
    assert asker_frame("Where is the best place to see the hills?") == frozenset({"best", "place", "see"})
    assert asker_frame("What is the best time of year to visit the valley?") == frozenset(
        {"best", "time", "year", "visit"})
    assert asker_frame("Is it better to buy or lease a car?") == frozenset({"better", "buy"})
    assert asker_frame("How long should I boil an egg for?") == frozenset({"long", "boil"})
    assert asker_frame("What should I pack for a trip?") == frozenset({"pack"})
    assert asker_frame("Where is the county seat?") is None
    assert asker_frame("What is the best-selling car?") is None
    assert asker_frame("How many lamps were installed?") is None


SHOPS = """柘川县个体工商户

柘川县个体工商户经营状况良好，全县现有个体工商户1.2万户，今年新增经营主体860户。
"""

REFORM = """柘川县整改工作

柘川县开展专题整改，推动各单位出台制度127个，开放办事窗口36个，群众满意度达到96.3%。
"""


def test_advice_naming_an_activity_no_word_translates_gets_nothing(tmp_path) -> None:
    """"What is a good stretching routine after a long run?": advice naming the asker's own
    activity ("stretching", read as a verb) that no word translates; "good" and "run" (好, 跑/开)
    found a passage about something else. Nothing is shown; the documents' own question is still
    answered."""
    engine = engine_with(tmp_path, {"shops.txt": SHOPS, "candle.txt": CANDLE, "reform.txt": REFORM})
    for question in (
        "What is a good stretching routine after a long run?",
        "What is a good jogging routine after a long day?",
    ):
        answer = engine.ask(question, count=False)
        assert not answer.results, (question, answer)
    answer = engine.ask("How many skylights does the candle-drying gallery have?", count=False)
    assert answer.results and "七处" in answer.results[0].text, answer
