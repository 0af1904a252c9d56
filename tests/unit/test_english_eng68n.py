"""English round eng68n (English negatives shown a confident figure): small invented texts, not
the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

CLEANUP = """柘川县河道清理行动

2024年3月至10月，柘川县在全县开展河道清理专项行动。这期间，一批群众反映强烈的河道问题得到解决；全县1.2万名志愿者在这场河道清理行动中进一步增强了爱护河流的意识。

行动结束后，县水利局培训河道管理员，并为沿河村庄添置了保洁船。
"""

ORCHARD = """柘川县果园

柘川县共有果园86个，主要种植柑橘和杨梅。
"""


def test_people_counted_in_an_event_are_not_those_a_deed_was_done_to_during_it(tmp_path) -> None:
    """"How many volunteers were trained during the river clean-up campaign?": 1.2万名志愿者在这场
    河道清理行动中…增强了 holds the volunteers and the campaign, not the training (培训, written
    in another clause): the question names the campaign as a time frame ("during") of a deed done
    to the people counted, so the figure is no answer -- and nothing is shown (eng73n: the
    passage was shown as possibly related until then). "Took part in the campaign" names the campaign as the verb's own complement and keeps
    its figure."""
    engine = engine_with(tmp_path, {"cleanup.txt": CLEANUP, "orchard.txt": ORCHARD})
    answer = engine.ask("How many volunteers were trained during the river clean-up campaign?", count=False)
    assert answer.figure is None and not answer.found, answer
    answer = engine.ask("How many volunteers took part in the river clean-up campaign?", count=False)
    assert answer.figure is not None and answer.figure.text == "1.2万名", answer


def test_the_frame_is_an_event_not_a_stretch_of_time() -> None:
    """"During the year", "during the 1950s", "during 2023" frame a time, whose figures count
    whatever the question's verb says (新增接入农户1.86万户 for "hooked up during the year"); "during
    the campaign", "under the new rules" frame an event."""
    from bot.answer.english.framed_deed import _event_framed

    assert _event_framed("How many were disciplined during the theme education campaign?")
    assert _event_framed("How many officials were promoted under the new rules?")
    assert not _event_framed("How many households were hooked up to the sewers during the year?")
    assert not _event_framed("How many crossed during the 1950s?")
    assert not _event_framed("How many were hired during 2023?")
