"""English round eng71o (off-topic English questions shown a passage): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer.english.advice import asker_frame
from tests.conftest import engine_with

LIGHTS = """柘川县村道亮灯工程

柘川县石鼓岭村是首批试点村。村党支部书记祁望舒告诉记者，村里5.6公里主干道上装了142盏灯，夜间出行不再摸黑。
"""

SWIM = """柘川县暑期游泳培训

柘川县今年暑期开办游泳培训班，每周安排6个班次，累计培训学员2100人次，一名学员一口气游完100米。县里开通12条接送专线，单程最远的线路长约38公里。
"""

SHOPS = """柘川县个体工商户

柘川县个体工商户经营状况良好，全县现有个体工商户1.2万户，今年新增经营主体860户。
"""


def test_a_question_about_the_askers_own_doing_that_names_nothing_understood_gets_nothing(tmp_path) -> None:
    """"Should I stretch before or after running?", "How can I run a faster 5K?": a question about
    the asker's own doing, whose verb ("stretch" -> 舒 of a name, "run" -> 经营) and frame found a
    passage about something else, and which names no thing the dictionary ties surely to the
    documents. Nothing is shown; what the documents write is still found."""
    engine = engine_with(tmp_path, {"lights.txt": LIGHTS, "swim.txt": SWIM, "shops.txt": SHOPS})
    for question in (
        "Should I stretch before or after running?",
        "How can I run a faster 5K?",
        "What is the best way to house-train a puppy?",
        "What is the best way to pack a suitcase for a two-week trip?",
        "How long does it take to hard-boil an egg?",
    ):
        answer = engine.ask(question, count=False)
        assert not answer.results, (question, answer)
    answer = engine.ask("How many lamps were installed along the main road of the village?", count=False)
    assert answer.results and "142盏" in answer.results[0].text, answer
    answer = engine.ask("How long is the longest shuttle line one way?", count=False)
    assert answer.results and "38公里" in answer.results[0].text, answer


def test_the_askers_frame_holds_its_verb_and_the_measures_of_numbers() -> None:
    assert asker_frame("Should I stretch before or after running?") == frozenset({"stretch"})
    assert asker_frame("What is the best way to house-train a puppy?") == frozenset({"best", "way", "house", "train"})
    assert asker_frame("How long does it take to hard-boil an egg?") == frozenset({"long", "hard", "boil"})
    assert asker_frame("What is the best way to pack a suitcase for a two-week trip?") == frozenset(
        {"best", "way", "pack", "week"})
    assert asker_frame("What is a good recipe for mapo tofu?") == frozenset({"good"})
    assert asker_frame("How many lamps were installed?") is None
    assert asker_frame("How long is the main road?") is None


CANDLE = """柘川县烛坊旧址

瞿记烛坊是清代柘川镇一处制作蜡烛的手工作坊，旧址今存前店后坊两进院落，为县级文物保护单位。作坊北侧另有晾烛廊一道，长约十八米，廊顶开设天窗七处，采光通风良好。
"""

REFORM = """柘川县整改工作

柘川县开展专题整改，推动各单位出台制度127个，开放办事窗口36个，群众满意度达到96.3%。
"""


def test_advice_about_a_thing_no_word_translates_gets_nothing(tmp_path) -> None:
    """"Can you recommend a houseplant that keeps well in low light?": advice about the asker's
    own matter, a thing ("houseplant") no word translates at all; "keeps", "well" and "light"
    (保存, 好, 光) found a passage about something else. Nothing is shown; the documents' own
    question is still answered."""
    texts = {"candle.txt": CANDLE, "reform.txt": REFORM, "lights.txt": LIGHTS, "swim.txt": SWIM, "shops.txt": SHOPS}
    engine = engine_with(tmp_path, texts)
    for question in (
        "Can you recommend a houseplant that keeps well in low light?",
        "How can I keep a houseplant growing well in low light?",
    ):
        answer = engine.ask(question, count=False)
        assert not answer.results, (question, answer)
    answer = engine.ask("How many skylights does the candle-drying gallery have?", count=False)
    assert answer.results and "七处" in answer.results[0].text, answer


SURVEY = """柘川县村道夜间出行调查

柘川县地处丘陵，村道多沿山势盘绕。2023年春季的一次入户调查显示，全县有61%的村民反映夜间出行不便。2024年首批路灯在石鼓岭村亮起。
"""


def test_an_ordinal_is_no_thing_understood(tmp_path) -> None:
    """"What year was the first iPhone released?": "first" (第一, 一次) is a number saying which
    one, not what the thing is; the thing (iPhone) is not understood at all, so the question names
    nothing the documents write -- not a year of 一次入户调查. A question whose thing is understood
    is still answered."""
    engine = engine_with(tmp_path, {"survey.txt": SURVEY})
    for question in ("What year was the first iPhone released?", "What year was the first walkman sold?"):
        answer = engine.ask(question, count=False)
        assert not answer.results, (question, answer)
    answer = engine.ask("In what year did the first street lamps light up in Shiguling village?", count=False)
    assert answer.figure is not None and answer.figure.text == "2024年", answer
