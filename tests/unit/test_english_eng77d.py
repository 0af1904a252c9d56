"""English round eng77d (who / when questions whose first passage is the wrong one: a founder
named after a noun in the founding's dated sentence; a life span dates no deed): small invented
texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

DYE_WORKS = """青雲染坊

青雲染坊，位於柘浦縣河口鎮老街南段，是清代當地規模最大的染坊，創辦於道光八年（1828年）。舊址今為縣級文物保護單位，並闢為染坊博物館。

道光八年（1828年），本地商人岑秉謙集資約900兩，購得老街南段鋪面4間，開設染坊，取「青出於藍、雲蒸霞蔚」之意，名為青雲。

咸豐三年（1853年），其子岑允和擴建曬場，染缸增至40口。光緒十年（1884年），知縣梁承紱題贈匾額一方。

岑秉謙（1790年—1858年），河口鎮人，少年隨舅父學染布，創辦青雲染坊後主持坊務30年。他立下「一布九染，色不落不出門」的坊規。

2019年，青雲染坊舊址闢為染坊博物館，展出染缸、布樣、賬冊等文物320件，累計接待遊客約12萬人次。
"""


def _engine(tmp_path):
    return engine_with(tmp_path, {"dye.txt": DYE_WORKS})


def test_who_founded_is_answered_by_the_earliest_fronted_date_naming_a_person_after_a_noun(tmp_path) -> None:
    """"Who founded the Qingyun dye works?": the lead names the works and its founding but no one;
    the founding's paragraph names 本地商人岑秉謙 after its fronted date, earlier than 其子岑允和's
    and 知縣梁承紱's."""
    answer = _engine(tmp_path).ask("Who founded the Qingyun dye works?", count=False)
    assert answer.results and "商人岑秉謙集資" in answer.results[0].text, answer.results[:1]


def test_names_after_noun_and_founded_by_year(tmp_path) -> None:
    """On the pure parts: a name after a common noun (商人 岑秉謙), not after a pronoun's phrase
    (其子) nor a surname character that is a common noun's end (庫樓和後宅)."""
    from bot.answer.english.founder_named import founded_by_year, names_after_noun
    from bot.answer.english.role_named import surname_characters
    from index.normalize import normalize

    tokenizer = _engine(tmp_path)._index.tokenizer
    family = surname_characters()
    assert names_after_noun(tokenizer.words(normalize("本地商人岑秉謙集資約900兩")), tokenizer, family)
    assert not names_after_noun(tokenizer.words(normalize("由前店、庫樓和後宅三進院落組成")), tokenizer, family)
    text = "咸豐三年（1853年），其子岑允和擴建曬場。光緒十年（1884年），知縣梁承紱題贈匾額一方。"
    assert founded_by_year(text, tokenizer, family) == 1884
    assert founded_by_year("岑秉謙（1790年—1858年），河口鎮人。", tokenizer, family) is None


def test_a_life_span_dates_no_deed(tmp_path) -> None:
    """"When was the Qingyun dye works set up?": the founder's biography (岑秉謙（1790年—1858年），
    …創辦青雲染坊) holds the question's words as well as the lead does, but its date is a life's."""
    answer = _engine(tmp_path).ask("When was the Qingyun dye works set up?", count=False)
    assert answer.figure is not None and "1828" in answer.figure.text, (answer.figure, answer.results[:1])


def test_life_span_at() -> None:
    from bot.answer.english.life_spans import life_span_at
    from index.figures import passage_figures

    text = "岑秉謙（1790年—1858年），河口鎮人。咸豐三年（1853年—1855年間）擴建。"
    spans = [f for f in passage_figures(text) if f.kind == "date"]
    assert life_span_at(text, spans[0])
    assert not any(life_span_at(text, f) for f in spans[1:])


TEAHOUSE = """攬月茶樓

攬月茶樓，清代私營茶樓，位於柘浦縣河口鎮老街北岸，為當地規模最大的臨河茶樓之一，兼營說書與行商議價。

乾隆五十八年（1793年），徽州茶商岑秉年以紋銀約1200兩購得河畔舊宅，改建為上下兩層的茶樓，初設茶桌18張。

咸豐十年（1860年），茶樓毀於兵火。同治四年（1865年），鎮上12家商號合資約3400兩將其重建。

1987年，攬月茶樓公佈為縣級文物保護單位，2011年升為市級文物保護單位，2020年茶樓修繕後重新開放。
"""


def test_when_founded_is_dated_by_the_earliest_fronted_date_naming_a_person(tmp_path) -> None:
    """"When was the Lanyue teahouse founded?": the listing (1987年，攬月茶樓公佈為…) holds the
    name more often and writes no founding; the founding's sentence writes none either (改建為:
    a conversion, read as a rebuilding), but names 茶商岑秉年 after its fronted date, the
    earliest of the history."""
    answer = engine_with(tmp_path, {"teahouse.txt": TEAHOUSE}).ask("When was the Lanyue teahouse founded?", count=False)
    assert answer.figure is not None and "1793" in answer.figure.text, (answer.figure, answer.results[:1])
