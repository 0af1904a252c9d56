""""When did work *start* on the canal?": the date the question's verb follows in its clause
(工程于2017年4月动工) comes before the date of another event that more of the question's words
stand around (2020年6月18日上午举行通水仪式), when the two rank about as well."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.dated import dated_by, question_verbs
from index.figures import find_figures
from tests.conftest import engine_with

CANAL = (
    "青川引水渠\n\n"
    "青川引水渠2020年6月18日上午举行通水仪式，这项防旱工程引水渠全线投入运行，引水渠工程历时3年。\n\n"
    "工程总投资约12亿元。工程于2017年4月动工，由县水务局主办。\n"
)


def test_a_date_its_verb_follows() -> None:
    text = "工程于2017年4月动工，由县水务局主办。"
    assert dated_by(text, find_figures(text)[0], ("启动", "动工"))
    ceremony = "2020年6月18日上午举行通水仪式"
    assert not dated_by(ceremony, find_figures(ceremony)[0], ("通水",))


def test_the_date_the_verb_follows_comes_first(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"qingchuan.txt": CANAL})
    assert engine.ask("When did work start on the Qingchuan canal project?", count=False).text == "2017年4月"


def test_a_reloaded_index_is_not_held_by_the_date_verbs(tmp_path: Path) -> None:
    """The verbs read for a date question are kept per index, weakly: once a reload drops an
    index, nothing of the date reading keeps it (and its passages) in memory."""
    import gc
    import weakref

    engine = engine_with(tmp_path, {"qingchuan.txt": CANAL})
    index = engine.index
    assert question_verbs(index, "When did work start on the canal?")
    dropped = weakref.ref(index)
    del engine, index
    gc.collect()
    assert dropped() is None
