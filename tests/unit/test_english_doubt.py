"""English questions the documents cannot answer though every word found a translation
(bot/answer/english_doubt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer import consider
from bot.answer.english import english_words, wholly_english
from bot.answer.english.doubt import ENGLISH_BARE_AMOUNT, ENGLISH_COUNT_NOTHING, count_not_given, wrong_sort
from bot.engine import Engine
from index.figures import Figure, find_figures, passage_figures
from tests.conftest import engine_with

DOCS = Path(__file__).parents[1] / "data" / "english_dev4_docs"


@pytest.fixture(scope="module")
def lake_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The article and the Sayram Lake article, which counts no tourists."""
    lake = (DOCS / "cmrc-sayram-lake.txt").read_text("utf-8")
    return engine_with(tmp_path_factory.mktemp("lake"), {"sayram-lake.txt": lake})


def test_a_count_the_best_passage_gives_no_fitting_figure_for_gets_nothing(lake_engine: Engine) -> None:
    # every word is translated (游人, 赛里木湖, 年) and the lake's passages hold them: the
    # shown model passes it, but no figure there counts visitors
    considered = consider(lake_engine.index, "How many tourists visit Sayram Lake each year?")
    assert considered.candidates and considered.candidates[0].features.fit < ENGLISH_COUNT_NOTHING
    assert not considered.answer.results
    # a count the lake's article gives is answered
    area = lake_engine.ask("What is the area of Sayram Lake?")
    assert area.results and area.text is not None and "453" in area.text


def test_only_wholly_english_count_questions_are_ruled_so() -> None:
    assert wholly_english("How many tourists visit Sayram Lake?")
    assert not wholly_english("How many 游人 visit 赛里木湖?")
    assert not wholly_english("赛里木湖每年有多少游人？")
    assert count_not_given("How many tourists visit Sayram Lake?", "count", 0.0)
    assert not count_not_given("How many 游人 visit Sayram Lake?", "count", 0.0)  # mixed: the models decide
    assert not count_not_given("When was Sayram Lake listed?", "date", 0.0)
    assert not count_not_given("How many tourists visit Sayram Lake?", "count", ENGLISH_COUNT_NOTHING)



def _figure(text: str) -> Figure:
    (figure,) = find_figures(text)
    return figure


def test_how_much_is_not_answered_by_a_count_of_things_or_a_date() -> None:
    # "how much" asks an uncounted amount: three dozen staff or 8821 workshops say no price
    assert count_not_given("How much does it cost to study at MIT?", "count", 0.18, _figure("三十名"))
    assert count_not_given("How much money did Zhejiang invest in them?", "count", 0.44, _figure("8821家"))
    assert count_not_given("How much is a ticket?", "count", 0.5, _figure("2009年"))
    # a bare number must fit well to be an amount (1993 beside a cave's discovery does not)
    assert count_not_given("How much is a ticket to Furong Cave?", "count", 0.12, _figure("1993"))
    assert not count_not_given("How much rain does Toronto get?", "count", ENGLISH_BARE_AMOUNT, _figure("834"))
    assert not count_not_given("How much did the station cost?", "count", 0.42, _figure("4.05億元"))
    assert not count_not_given("How much did the documents shrink?", "count", 0.48, _figure("6%"))


def test_how_many_is_not_answered_by_a_share_unless_it_asks_one() -> None:
    assert count_not_given("How many people were killed in the genocide?", "count", 0.14, _figure("6%"))
    assert not count_not_given("How many percent of the vote did he win?", "count", 0.14, _figure("6%"))
    assert not count_not_given("How many people were killed?", "count", 0.14, _figure("三十名"))
    assert not count_not_given("How many 人 were killed?", "count", 0.14, _figure("6%"))  # mixed: the models decide


def test_how_many_things_is_not_answered_by_a_span_of_time_unless_it_asks_one() -> None:
    # "how many visitors": 八八战略实施20周年 is an anniversary, no count of them
    assert count_not_given("How many visitors came to the exhibition?", "count", 0.4, _figure("20周年"))
    assert count_not_given("How many players did the club have?", "count", 0.4, _figure("34歲"))
    # a span asked for is answered by one
    assert not count_not_given("How many years did Long Yun control Yunnan?", "count", 0.4, _figure("18年"))
    assert not count_not_given("How many days did the tournament last?", "count", 0.4, _figure("12天"))
    assert not count_not_given("How many visitors came to the exhibition?", "count", 0.4, _figure("3万人"))


def test_an_amount_of_money_the_documents_do_not_give_gets_nothing(lake_engine: Engine) -> None:
    # the workshops' passage is found and counts them (8821家), but says nothing of money
    assert not lake_engine.ask("How much money did Zhejiang invest in its common prosperity workshops?").results
    assert lake_engine.ask("How many common prosperity workshops has Zhejiang built?").text is not None


@pytest.fixture(scope="module")
def rivers_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The article beside english_dev6's three articles (Heilongjiang, Rwanda, Aqua Marine)."""
    docs = Path(__file__).parents[1] / "data" / "english_dev6_docs"
    return engine_with(tmp_path_factory.mktemp("dev6"), {p.name: p.read_text("utf-8") for p in docs.glob("*.txt")})


def test_a_figure_counting_the_very_thing_asked_shows_a_doubted_passage(rivers_engine: Engine) -> None:
    # "Communist" finds no corpus word the article uses and "crusade" is no word of it at all:
    # the shown model doubts the passage, but its 433.6萬名黨員 counts party members as
    # written -- shown, though not confidently ("the campaign" now counts half: the text's own
    # undertaking, and that question is answered confidently)
    question = "How many Communist Party members in Zhejiang took part in the crusade?"
    considered = consider(rivers_engine.index, question)
    assert considered.query.info.counted == "党员"
    answer = considered.answer
    assert answer.results and answer.text is not None and answer.text.startswith("433.6")
    assert not answer.confident
    # a question the documents cannot answer still gets nothing
    assert not rivers_engine.ask("How many electric cars were sold in Zhejiang last year?").results


# ---- a synonym guess the corpus writes beside a word understood surely is understood --------------


def test_a_synonym_guess_found_beside_a_sure_word_is_understood(tmp_path: Path) -> None:
    quake_engine = engine_with(tmp_path, {"quake.txt": (
        "花蓮地震\n\n花蓮市一棟12層樓的大樓出現裂縫，住戶約120人已緊急撤離。\n\n"
        "立法委員選舉應選113席，國民黨獲得52席，民進黨51席。\n\n"
    )})
    # "residents" is 住户 only through a synonym's glosses; the passage writing it beside 撤离
    # ("evacuated") says that is what is meant: the count is answered, not declined
    answer = quake_engine.ask("How many residents were evacuated?", count=False)
    assert answer.text == "120人"
    found = english_words(quake_engine.index, "How many residents were evacuated?")
    assert found is not None and found.sure > 0.8
    # a name vouches for no guess: 人 for "population" is beside 花莲 and anything else there
    assert quake_engine.ask("What is the population of Hualien?", count=False).results == ()


def test_a_count_of_people_is_not_answered_by_things_counted_with_ge(tmp_path: Path) -> None:
    # "people" asked: the article's Asian Games passage counts 66個场馆临时党支部 (the measure word
    # of anything, a thing named after it), not people -- it does not say how many attended
    engine = engine_with(tmp_path, {})
    considered = consider(engine.index, "How many people attended the first Liangzhu Forum?")
    best = considered.candidates[0]
    assert best.figure is not None and best.figure.text == "66個"
    assert not considered.answer.results
    # people counted as the texts count them (名) are still answered
    members = engine.ask("How many Party members in Zhejiang took part in the study?")
    assert members.text is not None and members.text.startswith("433.6")


def test_a_count_of_people_is_not_answered_by_a_measure_of_things(tmp_path: Path) -> None:
    # 6.8级 measures the earthquake (级: a level, no measure word people are counted with): the
    # passage does not say how many died, so nothing is shown
    engine = engine_with(tmp_path, {"quake.txt": (
        "吉斯伯恩\n\n吉斯伯恩在2007年12月20日晚间发生了6.8级的强烈地震。\n\n"
        "吉斯伯恩有长时间的日照，肥沃的土壤和河川带来丰富的水源。当地人口约33,700人。\n"
    )})
    considered = consider(engine.index, "How many people died in the 2007 Gisborne earthquake?")
    best = considered.candidates[0]
    assert best.figure is not None and best.figure.text == "6.8级"
    assert not considered.answer.results


def test_how_tall_is_not_answered_by_a_bare_number(tmp_path: Path) -> None:
    # a height, an area, an age is written in its unit (高508公尺, 60平方公里, 34歲); the 20 of
    # 身披20与22号球衣 is a shirt's number, no height: the passage does not say how tall he is
    engine = engine_with(tmp_path, {"player.txt": (
        "杨昊\n\n杨昊，中国足球运动员，司职中场。\n\n"
        "2017年，陕西长安竞技宣布杨昊与胥栩两名内援加盟球队，两人将分别身披20与22号球衣。\n"
    )})
    assert not engine.ask("How tall is Yang Hao?").results
    number = next(f for f in passage_figures("两人将分别身披20与22号球衣") if f.text == "20")
    assert wrong_sort("How tall is Yang Hao?", number, 0.5)
    assert not wrong_sort("How tall is the tower?", passage_figures("塔高508公尺")[0], 0.5)


def test_how_much_it_cost_is_not_answered_by_a_bare_number() -> None:
    # "how much ... *cost*" asks money, written in its unit (4元, 580億美元): 4000餘 (a paper's
    # circulation) is no price, however well it fits
    copies = next(f for f in passage_figures("发行量到1927年5月涨至4000餘") if f.text == "4000餘")
    assert wrong_sort("How much did a copy of Ta Kung Pao cost in 1902?", copies, 0.5)
    assert not wrong_sort("How much did the bridge cost?", passage_figures("大桥耗资4亿元")[0], 0.5)
    assert not wrong_sort("How much rain fell in 1902?", copies, 0.5)  # no unit asked


def test_residents_are_not_counted_by_a_measure_of_buildings(tmp_path: Path) -> None:
    # "residents" (居民) is counted with 位 where the texts count them -- people; 5座 counts the
    # estate's towers, and the passage does not say how many live there: nothing is shown
    engine = engine_with(tmp_path, {"estate.txt": (
        "碧海蓝天\n\n碧海蓝天（Aqua Marine）是座落香港九龙的私人屋苑，由5座住宅大厦组成，居民可使用会所。\n\n"
        "海滨花园是另一个屋苑，共有1200位居民。\n"
    )})
    considered = consider(engine.index, "How many residents live in the Aqua Marine estate?")
    assert considered.query.info.counted == "居民"
    best = considered.candidates[0]
    assert best.figure is not None and best.figure.text == "5座"
    assert not considered.answer.results


def test_what_a_thing_is_today_is_not_answered_by_what_it_was(tmp_path: Path) -> None:
    # "what is Chongqing's population *today*": a text giving it for 1945 does not say, as for
    # "how many people live in Kunming today"; one saying what it is now (现为, 目前) does
    (tmp_path / "then").mkdir()
    (tmp_path / "now").mkdir()
    engine = engine_with(tmp_path / "then", {"city.txt": "重庆\n\n抗战期间，1945年重庆的人口增至125万。\n"})
    assert not engine.ask("What is Chongqing's population today?").results
    engine = engine_with(tmp_path / "now", {"city.txt": "重庆\n\n重庆现为直辖市，人口3205万人。\n"})
    assert engine.ask("What is Chongqing's population today?").results


def test_how_many_is_not_answered_by_a_multiple_or_a_tier() -> None:
    """"How many soldiers were killed": 3倍 ("three times") is a multiple, 省市县五级 five tiers,
    6.8级 a grade -- degrees of something, no count of what is asked, unless the question asks
    one ("how many *times* larger", "how many *levels*")."""
    assert count_not_given("How many soldiers were killed in the war?", "count", 0.5, _figure("3倍"))
    assert count_not_given("How many fires were put out?", "count", 0.5, _figure("五级"))
    assert not count_not_given("How many times larger is the new airport?", "count", 0.5, _figure("3倍"))
    assert not count_not_given("How many levels of government took part?", "count", 0.5, _figure("五级"))
    assert not count_not_given("How many soldiers were killed in the war?", "count", 0.5, _figure("300名"))


def test_a_count_of_things_is_not_answered_by_another_thing_counted_with_ge(tmp_path: Path) -> None:
    """"How many elderly canteens were opened as part of the campaign?": the article names
    老年食堂 but never counts them; 68個縣 counts counties -- 个 counts what is written after it,
    which none of the question's words was searched as, so nothing is shown. A count of what
    was searched (1.8萬個課題, "research topics") still answers."""
    engine = engine_with(tmp_path, {})
    assert engine.ask("How many elderly canteens were opened as part of the campaign?").text is None
    answer = engine.ask("How many research topics did leading cadres at county level and above work on?")
    assert answer.text is not None and answer.text.startswith("1.8萬")


def test_a_modifier_the_documents_write_before_the_thing_asked_is_no_absent_thing(tmp_path: Path) -> None:
    """"how many *former* prime ministers": 前 ("former") is a word of every document, so the
    translator finds it apart from the question's names (Australia); taken for the thing asked,
    it made the question about something absent, and nothing was shown. The Australian text
    writes 前總理 -- the modifier right before the head's translation -- so it is the thing asked,
    as written there."""
    engine = engine_with(tmp_path, {
        "au.txt": "澳洲總理\n\n澳洲總理由總督任命。目前在世的澳洲前總理有8位，其中最年長的是約翰·霍華德。\n",
        "other.txt": "城市\n\n城市的前身是一個小鎮。會議前，市長發表講話。兩年前，市政府遷到新址。\n",
    })
    answer = engine.ask("How many former prime ministers of Australia are still alive?", count=False)
    assert answer.results and "前總理有8位" in answer.results[0].text
    assert answer.text == "8位"
