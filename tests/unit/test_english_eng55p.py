"""English round eng55p (fresh54 studied, passages): small invented texts, not the set's."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

_MARATHON = {
    "marathon.txt": (
        "岚江马拉松医疗保障总结\n\n"
        "本届岚江马拉松共有参赛选手2.6万人，沿线设置医疗点32个，配备医护人员480人。\n\n"
        "比赛当天，医疗团队共处置伤病选手215人次，其中现场救治心脏骤停选手3人，均转危为安。\n\n"
        "赛事组委会表示，明年将继续增加沿线志愿者，计划招募志愿者5000人。\n"
    ),
}


def test_a_phrase_the_dictionary_glosses_exactly_is_searched_as_the_text_writes_it(tmp_path: Path) -> None:
    """"cardiac arrest": CC-CEDICT's 心脏骤停 is glossed exactly so, but the segmenter cuts the
    text's 心脏骤停 (心脏 + 骤 + 停), so no corpus term linked it and the phrase was searched by
    nothing: a paragraph counting other people came first. Now the headword is looked for written
    whole, as a name the segmenter cuts is."""
    engine = engine_with(tmp_path, _MARATHON)
    answer = engine.ask("How many runners in cardiac arrest were treated on the spot by the medical teams?", count=False)
    translated = {t.english: t.term for t in answer.translations}
    assert translated.get("cardiac arrest") == "心脏骤停", translated
    assert answer.results and "心脏骤停选手3人" in answer.results[0].passage.text, answer.results[0].passage.text
