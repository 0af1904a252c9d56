"""English questions asking an amount in a unit they name ("how much rice ..., in dan?"), whose
best passage writes its figure in that unit (bot/answer/english/unit_asked.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

MILL = (
    "青溪米坊\n\n"
    "青溪米坊是清代青溪县的一座水碓作坊，位于青溪河东岸，今属青溪镇。\n\n"
    "作坊由米商柯承远于乾隆年间创办，设水碓12具。咸丰年间为其鼎盛时期，每日可舂米约350石，"
    "所产白米远销沿江各县。\n\n"
    "光绪年间洪水冲毁堰坝，作坊停业，旧址现为县级文物保护单位。\n"
)


def test_an_amount_in_the_unit_the_question_names_is_not_refused(tmp_path: Path) -> None:
    """"in dan": 石 is read as the figure's unit by no parser (it is also "stone"), so 350 stands
    bare and a bare number fits "how much" poorly -- but the text writes the very unit the
    question's word is translated as right after it: the passage gives the amount asked."""
    engine = engine_with(tmp_path, {"mill.txt": MILL})
    answer = engine.ask("At its peak, how much rice could the Qingxi mill husk per day, in dan?", count=False)
    assert answer.results and "舂米约350石" in answer.results[0].text.replace("舂米約", "舂米约")


def test_the_unit_must_be_asked_as_an_amount() -> None:
    """The unit is the question's only after "how much" or "in" (", in dan?", "in ten-thousand
    yuan"), not a word that merely translates to it elsewhere ("the *stone* weir": 石)."""
    from bot.answer.english.unit_asked import _named_after_in

    assert _named_after_in("how much rice could it husk per day, in dan?", "dan")
    assert _named_after_in("By how much, in ten-thousand yuan, did income rise?", "yuan")
    assert not _named_after_in("How long is the stone weir in the river?", "stone")
