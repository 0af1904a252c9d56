"""English round eng64v (answerable English questions given nothing: vetoes and declines): small
invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

BINDERY = """韞玉齋裝訂坊

韞玉齋是柘川城內的一家老字號，創立於1790年，以手工線裝古籍聞名。創辦人沈立昌一生收徒42人。
"""

FERRY = """柘川渡口

柘川渡口设于清道光年间，初设渡船3艘，每艘限载18人。渡口石柱每根高兩丈，以根計價。
"""

TEA = """柘川茶園

柘川茶園種植面積達到1200畝，去年茶葉產值3.2億元。
"""


def test_a_name_found_as_written_beside_an_understood_word_vouches_for_an_untranslated_thing(tmp_path) -> None:
    """"When was the Yunyu Zhai *bindery* founded?": "bindery" has no CC-CEDICT entry, and one name
    beside nothing else understood vetoed the question ("the weather in Taipei tomorrow"); but the
    name is found as a passage writes it (韞玉齋, cut into characters) and "founded" (創立) stands
    in that passage: the question is about its subject, the untranslated word a dictionary gap."""
    engine = engine_with(tmp_path, {"bindery.txt": BINDERY, "ferry.txt": FERRY, "tea.txt": TEA})
    answer = engine.ask("When was the Yunyu Zhai bindery founded?", count=False)
    assert answer.results and "1790年" in answer.results[0].text, answer
    # ... not a question whose only other words no passage writes beside the name
    assert not engine.ask("What will the weather be like in Yunyu Zhai tomorrow?", count=False).results
    assert not engine.ask("In what year did the bindery of Yunyu Zhai go bankrupt?", count=False).results


CARVER = """柘川刻書鋪

刻書師傅陸阿根從業三十餘年，擅長雕版，先後帶出徒弟17人，卒於光緒十年。
"""


def test_a_name_cut_into_a_character_and_a_word_that_a_passage_holds_together_is_found(tmp_path) -> None:
    """"Lu Agen": the segmenter cuts 陸阿根 into 陆 + 阿根; a string of one-character terms (陆啊根,
    啊 a function word, 根 a term of another document) spells it too, and was taken though no
    passage holds it, so the terms a passage holds together (陆 with 阿根) were never tried."""
    engine = engine_with(tmp_path, {"carver.txt": CARVER, "ferry.txt": FERRY})
    answer = engine.ask("How many apprentices did the block carver Lu Agen train?", count=False)
    assert answer.figure is not None and answer.figure.text == "17人", answer


ENVOYS = """韞玉齋裝訂坊

韞玉齋是柘川城內的一家老字號，創立於1790年，以手工線裝古籍聞名。

1835年，韞玉齋為來訪的暹邏國使節裝訂國書，共計12冊。
"""


def test_a_dictionary_name_no_document_writes_is_a_gap_where_a_name_found_as_written_vouches(tmp_path) -> None:
    """"... for the envoys from *Siam*": CC-CEDICT's 暹罗, which the text writes otherwise (暹邏國),
    vetoed the question as naming a place the documents never mention; but its name found as
    written (韞玉齋) stands in a passage beside its understood words (裝訂, 使節): the passage is
    shown, as possibly related -- a question read past a dictionary gap is not answered surely."""
    engine = engine_with(tmp_path, {"envoys.txt": ENVOYS, "ferry.txt": FERRY, "tea.txt": TEA})
    answer = engine.ask("In what year did Yunyu Zhai bind state letters for the envoys from Siam?", count=False)
    assert answer.results and "1835年" in answer.results[0].text, answer
    assert not answer.confident
    assert not engine.ask("What will the weather be like in Siam tomorrow?", count=False).results
    # ... and the one-name gap of the first test is hedged too
    assert not engine.ask("When was the Yunyu Zhai bindery founded?", count=False).confident
