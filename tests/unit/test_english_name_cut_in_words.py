"""A Chinese name in pinyin that the segmenter cuts into a word and a character ("Wang Zihan":
王子涵 as 王子 "prince" + 涵) is looked for as the string those corpus terms spell, as a name cut
into characters only (何杰 as 何 + 杰) already was; the documents' writing it whole is checked
after (``EnglishUnit.written``, :func:`bot.answer.english.names.written_name`)."""

from __future__ import annotations

from tests.conftest import corpus_translator

PASSAGES = [
    ("gansu", ["来自", "兰州市", "七里河区", "初二", "学生", "王子", "涵", "首批", "观众"]),
    ("gansu", ["科技馆", "新馆", "兰州", "开放"]),
    ("other", ["王子", "公主", "故事"]),
]


def _written(question: str) -> tuple[str, ...]:
    query = corpus_translator(PASSAGES).translate(question)
    return tuple(head for unit in query.units for head, _ in unit.written)


def test_a_name_cut_into_a_word_and_a_character_is_spelled_from_them() -> None:
    assert "王子涵" in _written("Where does Wang Zihan come from?")


def test_an_english_word_is_no_such_name() -> None:
    assert not any(len(head) >= 3 for head in _written("Where does the prince come from?"))
