"""English agent nouns the documents write as the verb's translation with 者 after it."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

_OTHER = {"hills.txt": "山城县\n\n山城县位于湖北省，2007年全县粮食产量12万吨。\n"}


def test_an_agent_noun_written_as_verb_and_zhe_is_understood(tmp_path: Path) -> None:
    """"How many signers of the Declaration of Independence ...": the dictionary reaches 签字 only
    through "sign", which it trusts little for a doer, so the question was about something absent
    (nothing shown); the document writes 簽字者, the verb with the doer's suffix, so the noun is
    understood and counted: 9位."""
    engine = engine_with(tmp_path, {
        "penn.txt": "賓州大學\n\n賓州大學創建於1740年。美國《獨立宣言》的9位簽字者和該校有關。\n", **_OTHER,
    })
    answer = engine.ask("How many signers of the Declaration of Independence were connected with the university?")
    assert answer.found and answer.text == "9位"


def test_an_agent_noun_whose_verb_is_written_without_zhe_stays_unknown(tmp_path: Path) -> None:
    """The same question where the texts write 簽字 only as a verb (簽字生效): no doer is written,
    so nothing is shown, as before."""
    engine = engine_with(tmp_path, {
        "penn.txt": "賓州大學\n\n賓州大學創建於1740年。美國《獨立宣言》於1776年簽字生效，共有9位代表。\n", **_OTHER,
    })
    assert not engine.ask("How many signers of the Declaration of Independence were connected with the university?").found
