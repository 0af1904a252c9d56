"""English round eng62n (negatives shown passages, over every English dev set): small invented
texts, not the sets'."""
from __future__ import annotations

from bot.answer.english.one_priced import asks_one_price, one_price_unwritten
from index.figures import passage_figures

from tests.conftest import engine_with

MUSEUM = """澄溪古戏台博物馆

澄溪古戏台建于清代，1992年被公布为省级文物保护单位。

2016年至2018年，澄溪县投入修缮经费2380万元，对戏台进行全面修缮，更换朽坏木构件310件。
"""

FERRY = """澄溪渡口

澄溪渡口现有渡船6艘，每天往返42班次，单程票价3元，全年运送旅客18.6万人次。
"""


def test_the_price_of_one_thing_is_asked_by_an_article_each_or_a_ticket() -> None:
    assert asks_one_price("What does a ticket to the museum cost?")
    assert asks_one_price("How much compensation did the county pay a fisher for each boat?")
    assert asks_one_price("What is the admission price of the museum?")
    assert not asks_one_price("How much did the 2016-2018 restoration cost?")
    assert not asks_one_price("How much does it cost each year to run the warning system?")
    assert not asks_one_price("How many boats does the ferry have?")


def test_a_sum_of_funds_prices_no_one_thing() -> None:
    text = MUSEUM.splitlines()[-1]
    figure = next(f for f in passage_figures(text) if f.text == "2380万元")
    assert one_price_unwritten("What does a ticket to the Chengxi opera stage museum cost?", text, figure)
    fares = FERRY.splitlines()[-1]
    fare = next(f for f in passage_figures(fares) if f.text == "3元")
    assert not one_price_unwritten("How much is a single ticket on the Chengxi ferry?", fares, fare)


def test_a_ticket_asked_of_a_museum_whose_text_gives_only_its_restoration_sum_gets_nothing(tmp_path) -> None:
    """"What does a ticket to the Chengxi opera stage museum cost": its text gives 修缮经费2380万元,
    a sum of funds, no price -- nothing is shown (it was shown, with 2380万元, before); the ferry's
    单程票价3元 still answers a ticket asked of the ferry."""
    engine = engine_with(tmp_path, {"museum.txt": MUSEUM, "ferry.txt": FERRY})
    answer = engine.ask("What does a ticket to the Chengxi opera stage museum cost?", count=False)
    assert not answer.results, answer
    answer = engine.ask("How much is a single ticket on the Chengxi ferry?", count=False)
    assert answer.results and answer.text == "3元", answer


BEES = """茴岭县蜂业发展

茴岭县地处山区，蜜源植物丰富。

全县养蜂户发展到1260户，蜂群总数达4.8万箱，年产蜂蜜3100吨。

县里组建养蜂合作社14家，统一收购、统一品牌销售。
"""

ORCHARD = """茴岭县果园

茴岭县柑橘种植面积3.2万亩，果农现在多数加入了合作社。
"""


def test_now_counts_only_where_a_passage_writes_it(tmp_path) -> None:
    """"How many beekeeping households does Huiling have now": the text gives 养蜂户发展到1260户
    without 现在 -- the present goes without saying -- so "now" (现在, 如今, 今) counts only where a
    passage writes it, not against the one that answers."""
    from bot.answer.query import read_question

    engine = engine_with(tmp_path, {"bees.txt": BEES, "orchard.txt": ORCHARD})
    query = read_question(engine.index, "How many beekeeping households does Huiling have now?")
    now = [optional for word, optional in zip(query.words, query.optional) if "现在" in word.variants]
    assert now == [True], (query.words, query.optional)
    answer = engine.ask("How many beekeeping households does Huiling have now?", count=False)
    assert answer.results and answer.text == "1260户", answer


GAS = """澄溪县燃气

澄溪县管道天然气用户达到5.6万户，居民用气价格为3.2元/立方米。
"""


def test_a_price_asked_of_a_passage_with_no_sum_priced_gets_nothing(tmp_path) -> None:
    """"What is the admission price of the Chengxi opera stage museum": kind of no figure asked,
    no figure chosen -- the passage, which writes no price at all (修缮经费 is funds), was shown
    as possibly related; a sum written per a unit (3.2元/立方米) is a price."""
    text = GAS.splitlines()[-1]
    assert not one_price_unwritten("What do Chengxi households pay per cubic metre of gas?", text, None)
    museum = MUSEUM.splitlines()[-1]
    assert one_price_unwritten("What is the admission price of the Chengxi opera stage museum?", museum, None)
    engine = engine_with(tmp_path, {"museum.txt": MUSEUM})
    answer = engine.ask("What is the admission price of the Chengxi opera stage museum?", count=False)
    assert not answer.results, answer


OFFICIAL = """韩明远

韩明远，男，汉族，浙江绍兴人。1972年3月参加工作，1975年6月加入中国共产党，大学学历。

历任绍兴县副县长、县长，绍兴市副市长。
"""


def test_a_birth_asked_of_a_passage_dating_only_a_first_job_gets_nothing(tmp_path) -> None:
    """"When was Han Mingyuan born": his passage dates his first job (1972年3月参加工作), no
    birth, and no candidate writes his life span -- the figure was withheld, the passage still
    shown as possibly related; now nothing (a life span after the name still answers:
    test_english_births)."""
    (tmp_path / "a").mkdir()
    engine = engine_with(tmp_path / "a", {"official.txt": OFFICIAL})
    answer = engine.ask("When was Han Mingyuan born?", count=False)
    assert not answer.results, answer
