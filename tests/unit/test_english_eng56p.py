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
