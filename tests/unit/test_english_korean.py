"""Korean names spelled in the Revised Romanization of Korean ("Gaero", "Yeon Gaesomun") are found
as the documents write them, in Chinese characters (盖卤, 渊盖苏文)."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from index.english.korean import first_characters, spelled_from, spellings
from tests.conftest import engine_with

#: Two passages of a history of Baekje and Goguryeo; the second writes no 国王 ("king").
HISTORY = (
    "百济史\n\n近肖古王是百济第13代国王，346年即位。371年，近肖古王率军攻打高句丽平壤城，杀死故国原王。\n\n"
    "642年，高句丽将军渊盖苏文发动政变，杀死荣留王，立宝藏王。\n"
)
HILLS = "青山\n\n青山位于山城县南部，海拔1200米，山上有寺庙3座。\n"


def _spelled(text: str, word: str) -> list[str]:
    starts = first_characters(word)
    return [name for at, char in enumerate(text) if char in starts for name in spelled_from(text, at, word)]


def test_a_name_is_read_as_revised_romanization_writes_it() -> None:
    """Each character by its Sino-Korean reading (盖 개 gae, 卤 로 ro), with the changes the
    spelling makes where syllables meet (국 + 내 gung-nae, 영 + 류 yeong-nyu, 신 + 라 sil-la) and
    at a word's start (류 is yu there)."""
    assert _spelled("盖卤王认为", "gaero") == ["盖卤"]
    assert _spelled("迁都国内城", "gungnae") == ["国内"]
    assert _spelled("刺杀荣留王", "yeongnyu") == ["荣留"]
    assert _spelled("新罗神文王", "silla") == ["新罗"]
    assert "yu" in spellings("柳", True) and "ryu" not in spellings("柳", True)
    assert _spelled("盖卤王认为", "gaeru") == []  # 卤 is ro, not ru
    assert _spelled("盖卤王认为", "gaeo") == []  # an r is dropped only at a word's start
    assert _spelled("王认为", "wang") == []  # one character is too often a word of its own


@pytest.fixture(scope="module")
def history_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with(tmp_path_factory.mktemp("korea"), {"history.txt": HISTORY, "hills.txt": HILLS})


def test_a_korean_name_is_found_as_the_documents_write_it(history_engine: Engine) -> None:
    """"Geunchogo" (近肖古王) and "Yeongnyu" (荣留王) were names no dictionary reaches, so the
    questions were about something absent and got nothing; a name of two words ("Yeon Gaesomun")
    is one name, and one the other words' passages do not hold (no 国王 beside 荣留王) is found."""
    answer = history_engine.ask("What year did Geunchogo attack Pyongyang?", count=False)
    assert answer.text == "371年" and ("geunchogo", "近肖古") in [(t.english, t.term) for t in answer.translations]
    assert history_engine.ask("In what year did King Yeongnyu die?", count=False).text == "642年"
    answer = history_engine.ask("Which king did Yeon Gaesomun kill?", count=False)
    assert ("yeon gaesomun", "渊盖苏文") in [(t.english, t.term) for t in answer.translations]
    assert answer.found and "渊盖苏文" in answer.results[0].text
