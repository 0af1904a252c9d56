"""English round eng56p (fresh55 studied, passages): small invented texts, not the set's."""
from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

_WATER = {
    "water.txt": (
        "栖梧县农村供水工程年度报告\n\n"
        "本报讯 栖梧县水利局发布农村供水工程年度报告。一年来，全县新建水厂5座，新增接入农户9200户，农村自来水普及率达到96.4%。\n\n"
        "全县今年共整治山塘42座，新修灌溉渠道31公里。\n"
    ),
}


def test_a_past_form_is_no_name_s_word(tmp_path: Path) -> None:
    """"newly *hooked* up": the lemmatizer took "hooke" (a word only 胡克 "Hook or Hooke (name)"
    glosses) before "hook", so the word was a name no document writes and the question got
    nothing. A name is not conjugated: the past form is read as "hook"."""
    from index.english.conjugated import conjugated_lemmas
    from index.english.cedict import load_dictionary
    from index.english.glosses import gloss_index

    known, glossed = load_dictionary().known, gloss_index().glossed
    assert conjugated_lemmas(("hooked", "up"), ("hooke", "up"), known, glossed) == ["hook", "up"]
    # a base form a common entry glosses stays ("used": "use", not "us")
    assert conjugated_lemmas(("used",), ("use",), known, glossed) == ["use"]
    engine = engine_with(tmp_path, _WATER)
    answer = engine.ask("How many rural households were newly hooked up to tap water during the year?", count=False)
    assert answer.results and "9200户" in answer.results[0].passage.text, answer.results
    assert answer.text == "9200户", answer.text


_PAVILION = {
    "pavilion.txt": (
        "望瀾亭\n\n"
        "望瀾亭，是清代澄州府一座木構亭閣，以雕花藻井和彩繪梁枋聞名，位於澄江北岸。歷經周氏三代修葺，是當地現存規模最大、保存最完整的古代園林建築之一。\n\n"
        "周立安（1801年—1860年），主持望瀾亭修葺32年，立有「亭不閉門」之規，亭前立碑1方。\n\n"
        "2015年，望瀾亭被列為縣級文物保護單位。\n"
    ),
}


def test_a_phrase_written_nowhere_is_searched_as_its_compound_s_head_character(tmp_path: Path) -> None:
    """"river bank": CC-CEDICT's 河岸 is written nowhere, and "bank" alone finds no written term
    (银行 ...), so the phrase was searched by nothing and a paragraph whose 立 and 主持 match
    "stand" came first. The compound's head, 岸 "bank", is the phrase's: the text's 北岸 is
    searched for it."""
    engine = engine_with(tmp_path, _PAVILION)
    answer = engine.ask("On which river's bank does the Wanglan pavilion stand?", count=False)
    translated = {t.english: t.term for t in answer.translations}
    assert "北岸" in translated.get("river bank", ""), translated
    assert answer.results and "澄江北岸" in answer.results[0].passage.text, [r.passage.text for r in answer.results]

