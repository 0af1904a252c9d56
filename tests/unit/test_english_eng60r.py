"""English round eng60r (the right passage ranked 2nd or 3rd, every English dev set at once):
small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer import answer_question
from bot.answer.figure.verb_dated import verb_before
from index.figures import passage_figures
from index.normalize import normalize

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


#: An invented Ming pavilion: the lead (a listing dated 2008年) and a repair (2016年) hold more of
#: the question's words than the paragraph telling when it was first built, under a reign.
PAVILION = """澄溪閣

澄溪閣位於舊嵐州府澄溪縣城東門外（今澄溪區東門街道），是一座三層木構樓閣，也是當地現存最高的古代樓閣。2008年，澄溪閣公佈為省級文物保護單位。

澄溪閣始建於明萬曆十二年（1584年），由知縣倡議修築，歷時2年竣工，共耗白銀1800兩。

2016年，當地對澄溪閣進行全面修繕，耗資約360萬元。
"""


def test_a_verb_before_a_dynasty_and_its_reign_year_dates_it() -> None:
    """始建于明万历十二年: the date read is the reign's (万历十二年（1584年）), after the dynasty 明
    -- the verb (建, of 修建/建设) stands before it with 于 all the same."""
    matching = normalize(PAVILION.split("\n\n")[2])
    figure = next(f for f in passage_figures(matching) if f.kind == "date")
    assert figure.text.startswith("万历"), figure
    assert verb_before(matching, figure, ("修建", "建设"))
    assert not verb_before(matching, figure, ("开放",))
    assert verb_before(normalize("老馆建于1999年"), next(iter(passage_figures("老馆建于1999年"))), ("建成",))


def test_a_first_building_under_a_reign_is_what_when_first_built_asks(tmp_path) -> None:
    """"When was the Chengxi pavilion first built?": 始建於明萬曆十二年（1584年）, not the lead's
    2008年 (a listing), which ranks above it on the question's words."""
    engine = engine_with(tmp_path, {"pavilion.txt": PAVILION})
    answer = answer_question(engine.index, "When was the Chengxi pavilion first built?")
    assert answer.results, answer
    assert "始建於明萬曆十二年" in answer.results[0].text, answer.results[0].text
    assert answer.figure is not None and "1584年" in answer.figure.text, answer.figure


def test_after_a_dynasty_only_a_verb_s_first_character_stands_for_it() -> None:
    """创设于清乾隆十二年 dates a founding: "open" (开放, 开设) does not reach it through 设, the
    second character of 开设 -- though 建 of 建设 reaches 始建于明… (above)."""
    matching = normalize("永济堂由药商温汝霖创设于清乾隆十二年（1747年）")
    figure = next(f for f in passage_figures(matching) if f.kind == "date")
    assert not verb_before(matching, figure, ("开放", "开设"))
    assert verb_before(matching, figure, ("创设",))
