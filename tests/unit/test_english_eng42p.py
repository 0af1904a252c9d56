"""English round eng42p (fresh41 studied, passages): small invented texts, not the set's."""
from __future__ import annotations

from pathlib import Path

from bot.answer import consider
from index.english.cedict import load_dictionary
from index.english.forms import capitalised_words
from tests.conftest import engine_with

def test_a_name_opening_the_question_is_a_name() -> None:
    """A word where the sentence starts that no English word spells, written right before a
    word capitalised as a name, is that name's first word ("Songyun Tang: ..."); an English
    word there ("Describe ...") or a word followed by lower case is not."""
    known = load_dictionary().known
    assert {"songyun", "tang"} <= capitalised_words("Songyun Tang: how many books?", known)
    assert "songyun" not in capitalised_words("Songyun printed how many books?", known)
    assert "describe" not in capitalised_words("Describe Songyun Tang's books.", known)
    assert "songyun" not in capitalised_words("Songyun Tang: how many books?")  # no dictionary given


HALL = """松筠堂记

松筠堂位于青溪镇，是一处清代私家刻书坊，始建于乾隆十年（1745年）。

据坊中书目记载，松筠堂共刊刻书籍215种，藏有书版约3.2万片。
"""


def test_a_name_opening_the_question_is_found_whole(tmp_path: Path) -> None:
    """"Songyun Tang: ..." is read as 松筠堂 as "... by Songyun Tang" is, not 松筠 and an
    untranslated "tang"."""
    engine = engine_with(tmp_path, {"hall.txt": HALL})
    query = consider(engine.index, "Songyun Tang: number of printing blocks stored").query
    assert any(t.english == "songyun tang" and t.term == "松筠堂" for t in query.translations), query.translations
