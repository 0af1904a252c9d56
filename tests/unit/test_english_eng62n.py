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
