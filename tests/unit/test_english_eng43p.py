"""English round eng43p (fresh42 studied, passages): small invented texts, not the set's."""
from __future__ import annotations

from pathlib import Path

from bot.answer import consider
from tests.conftest import engine_with

BRIDGE = """青溪石桥

青溪石桥位于青溪镇，始建于嘉庆五年（1800年），全长86米。

石桥由乡绅周怀德出资兴建，木匠头领陈阿根率工匠65人施工，历时三年完工。

桥头立有石碑一通，记载捐资者姓名共120人。
"""


def test_a_thing_is_found_in_the_words_naming_its_kinds(tmp_path: Path) -> None:
    """"craftsmen" is 匠 in the dictionary, which no document writes alone; the text writes
    工匠 and 木匠, two-character words ending in it (Chinese puts the thing last in the name of a
    kind of it). The word is searched as those, not left untranslated."""
    engine = engine_with(tmp_path, {"bridge.txt": BRIDGE})
    considered = consider(engine.index, "How many craftsmen worked on the Qingxi stone bridge?")
    terms = {term for t in considered.query.translations if t.english == "craftsmen" for term in t.term.split("/")}
    assert "工匠" in terms, considered.query.translations
    answer = considered.answer
    assert answer.results and "65人" in answer.results[0].text, answer


CAMPAIGN = """江西主题活动综述

本报讯 活动开展以来，江西各级领导干部深入基层，共开展调研280次，解决群众反映的问题1500余个。
"""

TOURISM = """青溪县文化旅游局发布年度报告

青溪县文化旅游局发布报告，去年全县接待游客120万人次，旅游收入达到8.6亿元。
"""


def test_a_count_of_the_word_before_an_unwritten_head_is_no_question_elsewhere(tmp_path: Path) -> None:
    """"How many research *trips* did the Jiangxi leaders make?": the texts count 调研 (开展调研280次)
    and write "trips" (旅游) only in another document, one not naming Jiangxi. The count is read
    as the research counted, so the question is not declined as about something elsewhere."""
    engine = engine_with(tmp_path, {"campaign.txt": CAMPAIGN, "tourism.txt": TOURISM})
    answer = consider(engine.index, "How many research trips did the Jiangxi leaders make during the campaign?").answer
    assert answer.results and "280次" in answer.results[0].text, answer


REPAIR = """青溪石桥修缮记

2019年，文物部门对青溪石桥进行修缮，更换风化条石85块，补砌桥栏石柱12根。

桥头立有一块石碑，记载建桥经过。
"""


def test_a_phrase_only_one_unwritten_character_glosses_is_read_word_by_word(tmp_path: Path) -> None:
    """"stone blocks" is glossed only by one character (礅), which no document writes: Chinese
    writes a character inside words, so its absence says no thing of the question is lacking.
    The words are searched one by one (石 ...), not declined as something absent."""
    engine = engine_with(tmp_path, {"repair.txt": REPAIR})
    answer = consider(engine.index, "How many weathered stone blocks were replaced on the Qingxi bridge?").answer
    assert answer.results and "85块" in answer.results[0].text, answer


def test_a_one_word_gloss_completed_by_its_bracketed_word_is_that_noun() -> None:
    """书房 is glossed "study (room)": the bracket completes the noun, so "study room" is a sense
    of it (a question's "city study rooms" is 城市 + 书房, not 书房 and an untranslated "rooms").
    A label in brackets is no such word: 细胞 "cell (biology)" gives no "cell biology"."""
    from index.english.cedict_senses import headword_senses

    assert ("study", "room") in {sense.words for sense in headword_senses("书房")}
    assert ("cell", "biology") not in {sense.words for sense in headword_senses("细胞")}
