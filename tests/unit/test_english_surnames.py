"""English questions: a Chinese person named by the surname alone ("Shen's library")."""

from __future__ import annotations

from pathlib import Path

from index.english.cedict import surnames
from tests.conftest import corpus_translator, engine_with

_BIOGRAPHY = (
    "顧望川\n\n顧望川（1870年5月2日—1941年8月9日），浙江湖州人，清末藏書家。\n\n"
    "1902年，顧望川在湖州城東建藏書樓，至1930年藏書達8.6萬冊，其中宋刻本25種。\n\n"
    "1936年，顧望川將藏書樓捐給湖州縣政府。\n"
)


def test_the_dictionary_gives_the_characters_of_a_surname() -> None:
    """CC-CEDICT's "surname Shen" entries: 沈 and 申 among them."""
    assert {"沈", "申"} <= set(surnames()["shen"])


def test_a_surname_alone_is_its_bearer_as_the_documents_write_him(tmp_path: Path) -> None:
    """The segmenter cuts 顧望川 into 顧 + 望川; English names him "Gu" once it has named him:
    the surname's character the documents hold (顧), not a word nothing translates -- which
    made the question about someone absent, so nothing was shown."""
    engine = engine_with(tmp_path, {"gu.txt": _BIOGRAPHY})
    answer = engine.ask("How many books did Gu's library hold?", count=False)
    assert answer.figure is not None and answer.figure.text == "8.6萬冊"
    assert ("gu", "顧") in {(t.english, t.term) for t in answer.translations}
    answer = engine.ask("When did Gu donate his library?", count=False)
    assert answer.figure is not None and answer.figure.text == "1936年"


def test_a_short_word_in_a_question_capitalising_no_name_is_no_surname() -> None:
    """"what year did le notre design the gardens": in lower case, "le" is as likely a particle
    of a foreign name as the surname 乐; a longer word nothing translates ("shen") is read."""
    translator = corpus_translator([("a", ["乐", "沈", "设计", "花园"]), ("b", ["沈", "藏书", "捐"])])
    found = {u.english: u for u in translator.translate("what year did le notre design the gardens").units}
    assert not found["le"].terms
    found = {u.english: u for u in translator.translate("how old was shen when he donated his library").units}
    assert found["shen"].terms[0][0] == "沈" and found["shen"].name
