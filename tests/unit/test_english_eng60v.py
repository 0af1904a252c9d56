"""English round eng60v (questions vetoed as naming something absent): small invented texts."""
from __future__ import annotations

from pathlib import Path

from bot.answer.query import read_question

from tests.conftest import engine_with

CLINICS = """泰川县村卫生室建设满一年

本报讯 泰川县卫生健康局日前通报，全县一年来新建改建村卫生室57所，配备诊疗设备640台。

泰川县今年累计投入资金0.82亿元，村医由215名增加到240名。
"""

ISLAND = """海岛渔村见闻

岛上居民以捕鱼为生，岛上共有渔船312艘，岛上的小学有学生86名。
"""


def _translated(engine, question: str) -> dict[str, str]:
    return {t.english: t.term for t in read_question(engine.index, question).translations}


def test_a_pinyin_name_written_whole_beats_a_term_that_only_sounds_like_it(tmp_path: Path) -> None:
    """"Taichuan" spells 泰川 exactly (cut 泰 + 川 by the segmenter, written whole in the report),
    and sounds like 岛上 (dǎo shàng, "ch" read as an English "c") -- a term of another document:
    the name is the one the documents write in its pinyin."""
    engine = engine_with(tmp_path, {"clinics.txt": CLINICS, "island.txt": ISLAND})
    for question in (
        "What is the total investment in Taichuan county, in 100 million yuan?",
        "How many village doctors are there in Taichuan county now?",
    ):
        assert _translated(engine, question)["taichuan"] == "泰川", question
