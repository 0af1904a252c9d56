"""English round eng63s (a word's right sense cut by the three alternatives kept): small invented
corpora, not the sets' documents."""
from __future__ import annotations

from index.english.cohesion import Cooccurrence
from index.english.joint import joined, joined_senses
from index.english.links import Candidate

from tests.conftest import corpus_translator

#: A county's petition paragraph writes 积案 "long pending case" with 县 and 化解; the other senses
#: of "case" the corpus writes (案例, 案件, 个案) each stand beside one of those words only.
COUNTY = [
    ("county", ["县", "积案", "化解", "年"]),
    ("county", ["县", "案例", "教学"]),
    ("county", ["案件", "化解", "法院"]),
    ("county", ["个案", "县", "调查"]),
    ("hospital", ["病例", "医院"]),
    ("school", ["实例", "说明"]),
]


def _terms(translator, question: str, english: str) -> dict[str, float]:
    unit = next(u for u in translator.translate(question).units if u.english == english)
    return dict(unit.terms)


def test_a_sense_beyond_the_kept_ones_written_with_the_other_words_together_is_searched() -> None:
    """"How many cases were resolved in the county?": 案例, 案件, 个案 are kept (the dictionary's
    likelier senses, each beside one other word); 积案, cut fourth, is what the paragraph holding
    县 *and* 化解 writes -- searched too, below the kept ones."""
    terms = _terms(corpus_translator(COUNTY), "How many cases were resolved in the county?", "cases")
    assert {"案例", "案件", "个案"} <= set(terms), terms
    assert "积案" in terms, terms
    assert terms["积案"] < min(terms[t] for t in ("案例", "案件", "个案")), terms


def test_a_cut_sense_no_passage_writes_with_more_of_the_others_stays_cut() -> None:
    """The same corpus but 积案 beside 县 alone: it joins no more of the question's words than the
    kept senses do, so the three are all that is searched."""
    corpus = [(doc, ["县", "积案", "年"] if "积案" in terms else terms) for doc, terms in COUNTY]
    terms = _terms(corpus_translator(corpus), "How many cases were resolved in the county?", "cases")
    assert "积案" not in terms, terms
    assert len(terms) == 3, terms


def test_joined_counts_the_others_one_passage_meets() -> None:
    # passages 0..3: the sense in 0 and 2; others in {0, 1}, {0, 2}, {2}
    assert joined(0b0101, [0b0011, 0b0101, 0b0100]) == 2
    assert joined(0b0101, [0b1010]) == 0
    assert joined(0b0001, [0b0001, 0b0001, 0b0001]) == 3
    assert joined(0, [0b1]) == 0


def _cooccurrence(passages: list[list[str]]) -> Cooccurrence:
    postings: dict[str, list[int]] = {}
    for number, terms in enumerate(passages):
        for term in terms:
            postings.setdefault(term, []).append(number)
    return Cooccurrence(lambda term: postings.get(term, []), [0])


def test_only_the_word_s_own_senses_join_and_no_unit_of_measure_is_widened() -> None:
    """积案 joins 县 and 化解 in passage 0: added when it is one of the word's own senses, not when
    it came from a near-synonym; a word kept as a unit (年 "year") gains nothing (全年)."""
    passages = [["县", "积案", "化解", "全年"], ["案例", "县"], ["案件", "化解"], ["个案"], ["年", "县"], ["今年"]]
    co = _cooccurrence(passages)
    cases = [Candidate(t, s) for t, s in (("案例", 0.6), ("案件", 0.5), ("个案", 0.4), ("积案", 0.3))]
    ranked = {0: cases, 1: [Candidate("县", 1.0)], 2: [Candidate("化解", 1.0)]}
    trust = {0: 1, 1: 2, 2: 0}
    assert joined_senses(ranked, trust, co, lambda i: {"案例", "案件", "个案", "积案"})[0].term == "积案"
    assert joined_senses(ranked, trust, co, lambda i: {"案例", "案件", "个案"}) == {}
    years = [Candidate(t, s) for t, s in (("年", 0.9), ("今年", 0.5), ("个案", 0.4), ("全年", 0.3))]
    assert joined_senses({**ranked, 0: years}, trust, co, lambda i: {"年", "今年", "全年"}) == {}
