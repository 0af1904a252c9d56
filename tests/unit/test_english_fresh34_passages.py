"""English passages studied on english_fresh34: each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

WATERWORKS = (
    "临江水厂扩建\n\n"
    "本报讯 临江市水务局2025年9月12日发布消息，临江第二水厂二期工程当天正式通水。二期新增日供水能力15万吨，"
    "总投资6.8亿元。至此，水厂日供水能力达到35万吨。\n\n"
    "水厂位于临江市北部，一期工程于2019年4月26日建成投产，日供水能力20万吨。\n\n"
    "水厂管理处负责人表示，到2028年，将启动三期工程建设。\n"
)


def test_the_first_phase_is_the_numeral_before_its_noun(tmp_path: Path) -> None:
    """"The first phase": Chinese writes a stage of one work as the numeral before its
    one-character noun (一期工程), so the pair is searched as 一期, not as first (第一/一次) and
    phase (部分/方面) apart -- which found the second phase's passage (二期) first."""
    engine = engine_with(tmp_path, {"waterworks.txt": WATERWORKS})
    answer = engine.ask("When did the first phase of the Linjiang waterworks open?", count=False)
    assert any(t.english == "first phase" and t.term == "一期" for t in answer.translations)
    assert answer.results and "一期工程" in answer.results[0].text
    assert answer.text == "2019年4月26日"


def test_a_verb_after_first_is_not_joined(tmp_path: Path) -> None:
    """"first built": a verb after the ordinal is no stage counted (not 一座, 一建)."""
    engine = engine_with(tmp_path, {"waterworks.txt": WATERWORKS})
    answer = engine.ask("When was the Linjiang waterworks first built?", count=False)
    assert not any(t.english.startswith("first ") for t in answer.translations)


#: Two reports with bylines, neither saying a source: one tells of 临江, the other of a port.
LINJIANG = (
    "临江治水\n\n临江市今年完成河道整治42公里，新建泵站6座。\n\n"
    "临江市水务局表示，明年将继续推进治水工程。（本报记者 周明 林晓）\n"
)
PORT = (
    "港口货运\n\n（本报记者 王海）港口今年完成货物吞吐量1.2亿吨，同比增长6%。\n\n"
    "港口集团表示，明年将新建泊位3个。\n"
)


def test_a_text_named_by_what_it_tells_of_is_the_text_about_it(tmp_path: Path) -> None:
    """"Who wrote the *Linjiang* article?": a capitalised word no document's source writes,
    which the documents do write (临江), says what the text tells of -- it is searched with the
    byline, as "the article about Linjiang" is; it was dropped as a paper's name, and the first
    byline of any text came back."""
    engine = engine_with(tmp_path, {"linjiang.txt": LINJIANG, "port.txt": PORT})
    answer = engine.ask("Who are the reporters who wrote the Linjiang article?", count=False)
    assert answer.results and "周明" in answer.results[0].text



def test_a_name_no_text_writes_stays_a_source(tmp_path: Path) -> None:
    """"the *Xinhua* piece": no passage writes the agency (nor does any source), so the
    question is not read as about it: the words are not searched."""
    from bot.answer.english.sources import subject_named

    engine = engine_with(tmp_path, {"linjiang.txt": LINJIANG, "port.txt": PORT})
    question = "Who wrote the Xinhua piece?"
    assert subject_named(engine._index, question) == question
    assert subject_named(engine._index, "Who wrote the Linjiang article?") == "Who wrote the article about Linjiang?"


CADRES = (
    "干部调研\n\n"
    "全市360多名县级领导、1200个机关部门联系基层。\n\n"
    "坚持问题导向。5800名县处级以上领导干部围绕2300个课题深入基层开展调研。\n"
)


def test_a_hyphenated_bound_is_a_bound(tmp_path: Path) -> None:
    """"county-level-and-above officials": the bound written into a compound adjective with
    hyphens is the bound "and above" is (以上, as 县处级以上 writes it) -- it was lost, and the
    county-level leaders without it (县级领导) came first."""
    from bot.answer.english.bounds import bound_words

    engine = engine_with(tmp_path, {"cadres.txt": CADRES})
    question = "How many county-level-and-above officials went down to the grassroots to do research?"
    words = bound_words(engine.index, question)
    assert words and "以上" in words[0].variants
    answer = engine.ask(question, count=False)
    assert any("以上" in result.matched for result in answer.results)
    assert bound_words(engine.index, "How many high-level officials took part?") == []
