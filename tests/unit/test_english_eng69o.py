"""English round eng69o (off-topic English negatives shown a passage): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer.english.lacking import headed_thing_lacking
from bot.answer.english.units_read import read_units
from tests.conftest import engine_with

SALT = """柘川县海盐生产

柘川县盐场今年整体推进海盐生产改造，全年产盐4.2万吨，盐田总长18公里，晒盐周期由20天缩短到12天。
"""

RUN = """柘川县全民健身

柘川县今年每周组织一次健步走活动，制定了全民健身方案，一年半来新建健身步道48公里，培训社会体育指导员320名。
"""


def _lacking(engine, question: str) -> bool:
    index = engine._index
    read = read_units(index, question)
    named = any(unit.name for unit in read.query.units) or bool(read.spelled)
    return headed_thing_lacking(index, read.text, read.query.units, set(read.spelled), named)


def test_a_kind_of_a_thing_no_document_writes_is_absent_whatever_its_modifier_means(tmp_path) -> None:
    """"What is a good weekly plan for training for a half marathon?": "half marathon" (半程马拉松)
    is no term of any document, and the documents write nothing "marathon" means; "half" reaches
    一年半, so the phrase's words were not all senseless and it was searched with its frame (好,
    每周, 方案, 培训), which found the fitness passage. A kind of a thing none of whose head's senses
    any document writes is about something the documents lack: nothing is shown. The same of a
    "sea bass" where the corpus writes 海盐 ("sea salt") for "sea"."""
    engine = engine_with(tmp_path, {"salt.txt": SALT, "run.txt": RUN})
    answer = engine.ask("What is a good weekly plan for training for a half marathon?", count=False)
    assert not answer.results, answer
    assert _lacking(engine, "How long should I steam a whole sea bass?")
    assert _lacking(engine, "What is a good weekly plan for a half marathon?")
    # what the documents write is still found
    answer = engine.ask("How many social sports instructors did the county train?", count=False)
    assert answer.results and "320名" in answer.results[0].text, answer


def test_a_kind_is_judged_by_its_head_only_without_names_ordinals_or_verbs(tmp_path) -> None:
    engine = engine_with(tmp_path, {"salt.txt": SALT, "run.txt": RUN})
    # a name in the question: the phrase is likelier a gap of the dictionary for its document
    assert not _lacking(engine, "How long should Zhechuan county steam a whole sea bass?")
    # an ordinal opens an instance ("the second round"), not a kind
    assert not _lacking(engine, "What share of people rated the second round of the fitness campaign as good?")
    # one word is no phrase (head_lacking and kind_lacking judge those)
    assert not _lacking(engine, "How long should I steam a whole fish?")
