"""English round eng60r (the right passage ranked 2nd or 3rd, every English dev set at once):
small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer import answer_question

from tests.conftest import engine_with

#: An invented high-speed line: a news lead dated by its dateline and the opening (开通运营), which
#: holds more of the translated words, and a later paragraph whose own date the asked verb follows.
RAILWAY = """岚澄高铁正式开通运营

本报讯 2025年12月18日，岚江至澄溪高速铁路正式开通运营。当天上午，首趟列车从岚江西站驶出，一路向南穿越山区，抵达澄溪北站，岚江至澄溪铁路全程运行时间缩短至1小时。

岚澄高铁全线共设6座车站，其中新建车站4座，改建车站2座。

岚澄项目于2020年9月开工建设，总投资约210亿元，由两省共同出资。

开通后，沿线群众出行更加便捷。
"""


def test_a_date_the_asked_verb_follows_outranks_a_dateline_lead_further_below(tmp_path) -> None:
    """"When did construction ... begin?": 于2020年9月开工建设 answers, though the lead -- the
    opening's date 2025年12月18日, 正式开通运营, and more of the question's translated words
    (高速铁路) -- ranks about 4.5 above it: beyond the 3.0 a dated passage could rise before."""
    engine = engine_with(tmp_path, {"railway.txt": RAILWAY})
    answer = answer_question(engine.index, "When did construction of the Lancheng high-speed railway begin?")
    assert answer.results, answer
    assert "于2020年9月开工建设" in answer.results[0].text, answer.results[0].text
    assert answer.figure is not None and answer.figure.text == "2020年9月", answer.figure
