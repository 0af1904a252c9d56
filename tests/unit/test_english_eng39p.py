"""English passages, round eng39p: small invented texts, not a question set's."""

from __future__ import annotations

from index.english.cedict import load_dictionary
from index.english.forms import lemmatize
from tests.conftest import corpus_translator


def test_a_compound_in_men_is_read_as_its_singular_in_man() -> None:
    """"fishermen" is no word CC-CEDICT glosses; "fisherman" is (渔民, 渔夫), as "men" is the
    plural of "man"; a word in "-men" that is no such plural ("specimen", "abdomen") stays."""
    known = load_dictionary().known
    assert lemmatize("fishermen", known) == "fisherman"
    assert lemmatize("chairmen", known) == "chairman"
    for kept in ("specimen", "abdomen", "women"):
        assert lemmatize(kept, known) == {"women": "woman"}.get(kept, kept)
    translator = corpus_translator([("port", ["渔民", "渔港", "渔船"]), ("b", ["城市", "工人"])])
    units = {u.english: u for u in translator.translate("How many fishermen live in the port?").units}
    assert "渔民" in dict(units["fishermen"].terms)
