"""Which figure of the passage is the direct answer to a wholly English question (english_fresh31
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

FRUIT_MARKET = (
    "清河果品市场2023年运行情况\n\n"
    "清河果品市场2023年完成交易量96.2万吨，同比增长5.3%。\n\n"
    "价格方面，2023年市场鸡蛋平均批发价为每公斤10.45元，同比上涨2.1%；牛肉平均批发价为每公斤66.1元，同比下降3.4%。\n"
)


def test_a_kind_of_price_asked_as_keywords_is_an_amount(tmp_path: Path) -> None:
    """"Average wholesale *price* of eggs per kilo?": a question asked as keywords asks the
    amount it names; 批发价 ends in 价, which the dictionary glosses "price" as it glosses 价格,
    a word for money -- so the phrase names money, though no list of Chinese price words holds
    批发价 (index/english/asking.term_measured)."""
    engine = engine_with(tmp_path, {"fruit.txt": FRUIT_MARKET})
    answer = engine.ask("Average wholesale price of eggs per kilo at Qinghe in 2023?", count=False)
    assert answer.text is not None and answer.text.startswith("10.45元")


STUDY = (
    "临川市基层治理工作\n\n"
    "今年以来，临川市共举办基层治理读书班126期，开展专题研究交流58次，汇编基层治理典型案例17个，推广到全市各乡镇。\n"
)


def test_case_studies_count_the_cases_the_dictionary_names(tmp_path: Path) -> None:
    """"How many case *studies*": the dictionary's word for "case study" is 经典案例, which ends
    in 案例 ("case") and holds no word for "study" -- the Chinese counts cases (17个), not the
    reading classes or study sessions (读书, 研究) a translation of "studies" finds
    (bot/answer/english_counted.counted_as_glossed)."""
    engine = engine_with(tmp_path, {"study.txt": STUDY})
    answer = engine.ask("How many case studies on grassroots governance did Linchuan compile?", count=False)
    assert answer.text is not None and answer.text.startswith("17")



FISHERY = (
    "石浦渔港冷链建设\n\n"
    "冷链设施持续完善。改建的5号冷库于2023年6月投入使用，库容2.4万吨，项目总投资1.1亿元，渔港冷藏总库容由此提高到9.6万吨。\n"
)


def test_a_thing_numbered_no_before_the_noun(tmp_path: Path) -> None:
    """"the *No. 5* cold store": English writes the number before the noun, Chinese writes 5号
    and the noun after it (5号冷库) -- searched as the passage writes it, so the figure of that
    store (2.4万吨) stands with it, not the port's total in the clause holding the other
    translation of "cold" (冷藏总库容) (bot/answer/english_numbered.numbered_things)."""
    engine = engine_with(tmp_path, {"fishery.txt": FISHERY})
    answer = engine.ask("How many tonnes of fish can the rebuilt No. 5 cold store hold?", count=False)
    assert any(t.english.startswith("No. 5 cold") and t.term.startswith("5号冷") for t in answer.translations)
    assert answer.text is not None and answer.text.startswith("2.4万吨")
