"""A count or kind asked of a thing named in an of-phrase ("how many pairs *of reading glasses*",
"what brand *of artificial lens*") that no document writes gets nothing
(:mod:`bot.answer.english.of_thing`), on a small text of its own."""

from __future__ import annotations

import pytest

from bot.answer.english.of_thing import measure_counted
from bot.engine import Engine
from tests.conftest import engine_with

EYES = (
    "云溪县白内障复明工程\n\n"
    "本报讯 云溪县卫生健康局通报，该县白内障复明工程实施一年来，累计筛查老人4.2万名，完成白内障手术2860例，"
    "2510名患者重见光明。\n\n"
    "县里还为参加手术的困难家庭学生捐赠运动鞋860双，并为每名手术患者发放交通补贴150元，共陪护患者1320人次。\n"
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with(tmp_path_factory.mktemp("of_thing"), {"eyes.txt": EYES})


def test_the_thing_of_the_phrase_is_read() -> None:
    """The heads of the of-phrase after "how many"/"what" and a noun; none after an auxiliary
    ("what is the elevation of"), none in capitals."""
    from bot.answer.english.of_thing import of_thing

    assert of_thing("How many free pairs of reading glasses were given to patients?") == ("glasses",)
    assert of_thing("What brand of artificial lens was implanted in Yunxi's patients?") == ("lens",)
    assert of_thing("How many kinds of pills and powders were listed?") == ("pills", "powders")
    assert of_thing("What is the elevation of the highest point?") == ()
    assert of_thing("How many taels of silver (in 10,000s) did he pay?") == ("silver",)
    assert of_thing("How many mu of school land paid for the upkeep?") == ("land",)
    assert of_thing("How many pupils were there?") == ()


@pytest.mark.parametrize("question", [
    "How many free pairs of reading glasses were given to cataract patients in Yunxi county?",
    "What brand of artificial lens was implanted in Yunxi's cataract patients?",
])
def test_a_thing_no_document_writes_gets_nothing(engine: Engine, question: str) -> None:
    """眼镜 ("glasses") and 透镜/晶体 ("lens") stand in no document: the passage about the
    patients is about something else."""
    answer = engine.ask(question, count=False)
    assert answer.text is None and not answer.results, (answer.text, answer.results[:1])


def test_a_thing_the_documents_write_still_answers(engine: Engine) -> None:
    """"How many pairs of sports shoes were donated to pupils in Yunxi county?": 运动鞋860双."""
    answer = engine.ask("How many pairs of sports shoes were donated to pupils in Yunxi county?", count=False)
    assert answer.text is not None and answer.text.startswith("860"), answer.text


def test_a_text_counting_in_the_asked_measure_counts_the_thing() -> None:
    """"How many *sets* of brake pads": 副 ("sets of things") after a number counts sets, though
    "pads" (垫) is written nowhere: the text's 刹车片 is the thing; a text with no 副 after a
    number does not."""
    question = "How many sets of brake pads were replaced?"
    assert measure_counted(question, "全年更换刹车片640副、轮胎152条")
    assert not measure_counted(question, "全年更换轮胎152条，副县长到场")
    assert not measure_counted("How many patients were there?", "更换刹车片640副")
