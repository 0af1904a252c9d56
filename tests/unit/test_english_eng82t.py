"""A corpus compound standing in for the counted noun none of whose senses the documents write
(index/english/stand_ins.py): "air vents" are 风窗 in CC-CEDICT and 气窗 in an invented record of a
granary; 窗 "window" names 风窗's kind, so 气窗, written beside the storehouse and its walls, is
searched for the noun."""

from __future__ import annotations

from tests.conftest import corpus_translator

#: An invented granary's record, as (document, terms) passages.
GRANARY = [
    ("granary", ["澄溪", "义仓", "建于", "乾隆", "年间"]),
    ("granary", ["仓廒", "三座", "墙", "开", "气窗", "防潮"]),
    ("granary", ["仓廒", "储谷", "石"]),
    ("granary", ["知县", "捐银", "重修", "仓廒", "墙"]),
    ("ferry", ["渡口", "渡船", "三艘", "每平方", "游客"]),
]


def _terms(question: str, english: str) -> tuple[dict[str, float], float]:
    query = corpus_translator(GRANARY).translate(question)
    unit = next(u for u in query.units if u.english == english)
    return dict(unit.terms), unit.understood


def test_a_kind_the_corpus_writes_stands_in_for_an_unwritten_sense() -> None:
    """"air vents": no sense of the noun (风窗, 出风口, 排气孔 ...) is written; 气窗 ends in 窗, the
    kind 风窗 names ("window"), and a passage writes it beside the storehouses and their walls --
    searched below a written sense, the noun understood enough not to be an absent thing."""
    terms, understood = _terms("How many air vents were opened in the walls of the storehouses?", "air vents")
    assert "气窗" in terms and terms["气窗"] <= 0.5
    assert understood >= 0.25


def test_only_a_nouns_sense_and_a_kinds_head() -> None:
    """退下 "to retreat" is no sense of the noun "retreat"; 典狱长 "warden" ends in 长, whose own
    senses ("chief", "length") are none of 典狱长's glosses: no head of its kind."""
    from index.english.stand_ins import heads_kind, noun_senses

    links = corpus_translator(GRANARY)._links
    assert "退下" not in noun_senses(links, "retreats")
    assert heads_kind("风窗") and not heads_kind("典狱长")


def test_no_stand_in_the_dictionary_knows_or_a_count_opens() -> None:
    """A word the dictionary knows says what it means (游客 "tourist"), and 每平方 ("per square
    ...") opens with a determiner: neither stands in for anything."""
    from index.english.stand_ins import terms_ending

    ending = terms_ending(corpus_translator(GRANARY)._links)
    assert "气窗" in ending["窗"]
    assert "游客" not in ending.get("客", ()) and "每平方" not in ending.get("方", ())
