"""English round eng69r (the right passage ranked 2nd or 3rd, below another passage): small
invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

SALT_STORE = """澄浦鹽倉

澄浦鹽倉，位於清代澄浦鎮東溪南岸，是清代轉運海鹽的倉廒，現為縣級文物保護單位。

乾隆四十年（1775年），鹽運分司在澄浦設倉，收貯沿海鹽場運來的海鹽，初建倉廒8間，可貯鹽約2萬包。

咸豐三年（1853年），鹽倉毀於大火。同治二年（1863年），鹽商捐銀約2100兩重建。民國時期鹽倉改作倉庫，1950年收歸國有，用作縣鹽業公司倉庫，1991年停用。
"""


def test_a_making_asked_is_dated_by_the_earliest_founding_of_the_history(tmp_path) -> None:
    """"When was the Chengpu salt warehouse founded / set up?": the later paragraph (1950年收歸國有，
    用作…倉庫) holds the modern word 倉庫 the founding one (在澄浦設倉) does not, and the question's
    verb reaches no word written right after the founding's date; the making comes before every
    later deed of the history: the earliest close date of the document whose sentence writes a
    founding (設, 建) and no rebuilding answers."""
    engine = engine_with(tmp_path, {"salt.txt": SALT_STORE})
    for question in ("When was the Chengpu salt warehouse founded?", "When was the Chengpu salt warehouse set up?"):
        answer = engine.ask(question, count=False)
        assert answer.figure is not None and answer.figure.text == "乾隆四十年（1775年）", (question, answer)


def test_founding_asked_reads_a_making_and_no_redoing() -> None:
    from bot.answer.english.founded import _FOUNDING_WRITTEN, founding_asked

    assert founding_asked("When was the toll house at the bridge set up?")
    assert founding_asked("In what year was the guild hall founded?")
    assert not founding_asked("When was the guild hall rebuilt?")
    assert not founding_asked("When was the body found?")
    assert not founding_asked("When was the hall set up again after the fire?")
    assert _FOUNDING_WRITTEN.search("盐运分司在澄浦设仓") and not _FOUNDING_WRITTEN.search("1950年收归国有")
