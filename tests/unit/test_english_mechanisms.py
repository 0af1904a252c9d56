"""English questions: general mechanisms of reading and translating them (index/english)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.english import ENGLISH_UNKNOWN_SIDE, english_words
from bot.answer.english.figures import figure_word
from bot.answer.english.names import written_name
from bot.answer.query import read_question as read_english_query
from bot.engine import Engine
from index.english import EnglishTranslator, EnglishUnit
from index.english.cedict import load_dictionary
from index.english.cedict_senses import headword_senses
from index.english.focus import read_question
from index.english.lemmas import lemmatize
from index.english.idioms import verb_idioms
from index.normalize import normalize
from tests.conftest import corpus_translator, engine_with


@pytest.fixture(scope="module")
def guam_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """The article and a short Taiwan-script text about Guam (大韓航空, which jieba cuts)."""
    guam = (
        "關島\n\n關島為1997年8月6日大韓航空801號班機空難的發生地，造成機上254人中228人死亡。\n\n"
        "關島氣候屬熱帶海洋性氣候，年降雨量為2,180公釐。\n"
    )
    return engine_with(tmp_path_factory.mktemp("guam"), {"guam.txt": guam})


def units(translator: EnglishTranslator, question: str) -> dict[str, EnglishUnit]:
    return {unit.english: unit for unit in translator.translate(question).units}


def idioms(question: str) -> dict[int, int]:
    read = read_question(question, load_dictionary().known)
    assert read is not None
    return verb_idioms(read.words, read.positions, read.lemmas, load_dictionary().known)


# ---- verb idioms -------------------------------------------------------------------------------


def test_a_verb_idiom_written_as_glossed_is_one_verb() -> None:
    # "to take part in" (参加), "to come to an end": one verb even when the corpus lacks it,
    # not "take" + "part" (部分), which would search for a thing the question does not ask about
    translator = corpus_translator([("a", ["党员", "部分", "活动", "采取"])])
    found = units(translator, "How many party members took part in the campaign?")
    assert "took part" in found and found["took part"].action
    assert "part" not in found
    ended = units(translator, "When did the campaign come to an end?")
    assert ended["come end"].action


def test_a_verb_idiom_needs_its_wording() -> None:
    # "to hold a meeting" (开会) is not "held meetings": the meetings stay a thing
    assert idioms("How many meetings were held?") == {}
    assert idioms("Which meetings did they hold?") == {}
    assert idioms("Who took part in it?") == {0: 2}
    # an "-ing" form modifying a noun is no verb ("to teach classes" is not "teaching classes")
    translator = corpus_translator([("a", ["教学班", "校区"])])
    found = units(translator, "How many teaching classes are there at the campus?")
    assert not any(unit.action for unit in found.values())


# ---- what a count question counts --------------------------------------------------------------


def test_a_count_opener_sets_the_focus_after_what_is() -> None:
    read = read_question("What was the total number of party members?", load_dictionary().known)
    assert read is not None and read.focus is not None
    assert read.words[read.focus[0] : read.focus[1]] == ("party", "members")


def test_comparatives_of_amount_are_not_searched() -> None:
    # "what percent *fewer* documents": how the amount changed, as "more" and "less" -- no topic
    for word in ("fewer", "fewest", "more", "less"):
        read = read_question(f"What percent {word} documents were issued?", load_dictionary().known)
        assert read is not None and word not in read.lemmas and "document" in read.lemmas


# ---- verbs -------------------------------------------------------------------------------------


def test_a_base_form_after_a_plural_subject_is_a_verb() -> None:
    # "scholars *work* at": the verb, not a thing of the focus (工作 would be counted)
    translator = corpus_translator([("a", ["学者", "工作", "医院", "游客", "参观", "研究", "项目"])])
    assert units(translator, "How many scholars work at the hospital?")["work"].action
    assert units(translator, "How many tourists visit the hospital?")["visit"].action
    # a noun modifying a noun stays a thing
    assert not units(translator, "How many research projects are there?")["research"].action
    assert not units(translator, "How many business projects are there?")["projects"].action
    assert not units(translator, "How many projects are at the grassroots level?")["level"].action


# ---- names -------------------------------------------------------------------------------------


def test_a_name_the_segmenter_cuts_into_words_is_searched_as_written(guam_engine: Engine) -> None:
    index = guam_engine.index
    words = index.tokenizer.query_words("大韩航空")
    assert len(words) > 1 and index.doc_freq("大韩航空") == 0, "the test needs a name cut in words"
    written = written_name(index, "大韩航空")
    assert written is not None and written[0] == "大韩航空" and "航空" in written[1:]
    assert written_name(index, "大韩民国") is None  # not in the text
    answer = guam_engine.ask("Where did the Korean Air Flight 801 crash?")
    assert ("korean air", "大韩航空") in {(t.english, normalize(t.term)) for t in answer.translations}
    assert answer.found


def test_only_the_thing_asked_about_found_elsewhere_makes_a_question_about_nothing(
    guam_engine: Engine,
) -> None:
    # 党员 is only in the article, never with 关岛: asked about, the question is about nothing
    assert not guam_engine.ask("How many party members does Guam have?").found
    # a side word in a sense only found elsewhere ("previous": 过去, the article's) does not
    # veto what the rest finds
    question = "What was the rainfall on Guam in the previous year?"
    side = guam_engine.index.english().translate(question)
    assert any(unit.elsewhere and not unit.focus for unit in side.units)
    assert guam_engine.ask(question).found


def test_a_name_asked_about_and_found_as_written_is_understood(guam_engine: Engine) -> None:
    # "what was Korean Air ...": the focus is a name the corpus writes but cuts (大韓航空)
    assert guam_engine.ask("What is Korean Air known for?").found


# ---- base forms that look like past forms --------------------------------------------------------


def test_a_gloss_after_to_is_a_base_form() -> None:
    # CC-CEDICT's "to found" (创建) is not "to find", though "found" is also find's past
    assert ("found",) in {sense.words for sense in headword_senses("创建")}
    assert ("find",) in {sense.words for sense in headword_senses("发现")}


def test_a_question_verb_after_an_auxiliary_is_a_base_form() -> None:
    known = load_dictionary().known
    read = read_question("In what year did missionaries found the hospitals?", known)
    assert read is not None and "found" in read.lemmas
    read = read_question("Where was the wreck found?", known)
    assert read is not None and "find" in read.lemmas and "found" not in read.lemmas


# ---- numbers and months ---------------------------------------------------------------------------


def test_number_and_month_words_are_figures() -> None:
    for word in ("nine", "billions", "September", "April"):
        assert figure_word(word), word
    for word in ("party", "tourists", "rainfall", "Guam"):
        assert not figure_word(word), word


def test_an_untranslated_number_word_is_no_unknown_thing(guam_engine: Engine) -> None:
    # the text writes 9月 or 九: "september" searched as an unknown word matches nothing
    words = english_words(guam_engine.index, "What was the rainfall on Guam in September?")
    assert words is not None
    assert all(word.variants != ("september",) for word in words.words)


# ---- amounts measured in units -----------------------------------------------------------------


@pytest.fixture(scope="module")
def province_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    """A province's text: its area, then the lengths of its rivers within it."""
    text = (
        "黑龍江省\n\n黑龍江省位於中國東北部，土地面積共約47.3萬平方公里，人口3000多萬。\n\n"
        "松花江在黑龍江省境內長約939公里，嫩江在黑龍江省境內長約1370公里。\n"
    )
    return engine_with(tmp_path_factory.mktemp("province"), {"heilongjiang.txt": text})


@pytest.mark.parametrize(
    "question",
    ["What is the area of Heilongjiang province?", "What is the total area of Heilongjiang province?"],
)
def test_an_asked_area_is_answered_in_units_of_area(province_engine: Engine, question: str) -> None:
    # the area (平方公里), not a length the text gives beside the province's name more often
    answer = province_engine.ask(question, count=False)
    assert answer.text is not None and "47.3" in answer.text, (question, answer.text)


def test_how_large_asks_an_area_and_how_high_a_length() -> None:
    translator = corpus_translator([("a", ["黑龙江省", "面积", "瀑布", "高"])])
    assert translator.translate("How large is Heilongjiang province?").dimension == "area"
    assert translator.translate("What is the total area of Heilongjiang province?").dimension == "area"
    assert translator.translate("How high is the waterfall?").dimension == "length"
    # the adjective says what is measured: it is not searched (大, 高)
    assert [u.english for u in translator.translate("How large is Heilongjiang province?").units] == [
        "heilongjiang province"
    ]
    # "how long" asks a length unless it asks a span of time (test_english_reading); "how many
    # people" counts, it measures nothing
    assert translator.translate("How long is the waterfall?").dimension == "length"
    assert translator.translate("How long did the waterfall last?").dimension is None
    assert translator.translate("How many people live in Heilongjiang province?").dimension is None


# ---- a land's people ---------------------------------------------------------------------------


def test_a_lands_people_are_looked_up_as_the_land() -> None:
    known = load_dictionary().known
    assert lemmatize("rwandans", known) == "rwanda"
    assert lemmatize("kenyan", known) == "kenya"
    assert lemmatize("russians", known) == "russian"  # a word the dictionary knows stays itself
    translator = corpus_translator([("a", ["卢安达", "电力", "人口"])])
    found = units(translator, "What share of Rwandans had electricity?")
    assert "卢安达" in dict(found["rwandans"].terms)


def test_a_relative_who_or_when_asks_nothing() -> None:
    # the first question word asks: an age, not a person; a count, not a person
    known = load_dictionary().known
    for question, kind in [
        ("How old was the passenger from Victoria who was killed in the crash?", "count"),
        ("Not counting the two who died, how many passengers were on board?", "count"),
        ("How old was he when he became the manager?", "count"),
        ("Tell me who wrote the article", "who"),
        ("In which year did he die?", "date"),
    ]:
        read = read_question(question, known)
        assert read is not None and read.kind == kind, question
    translator = corpus_translator([("a", ["乘客", "遇难", "岁"])])
    assert translator.translate("How old was the passenger who was killed?").kind == "count"


def test_a_long_phrase_the_corpus_lacks_is_read_for_a_shorter_one_it_has() -> None:
    # CC-CEDICT glosses 共产党员 "Communist Party member" (a name's capitals); the corpus writes
    # 党员: the phrase is read word by word, so "party members" is found
    translator = corpus_translator([("a", ["党员", "浙江", "参加"])])
    found = units(translator, "How many Communist Party members in Zhejiang took part?")
    assert "communist party members" not in found
    assert "党员" in dict(found["party members"].terms)


# ---- "what is the ...": an amount when the texts give it as one ---------------------------------


@pytest.fixture(scope="module")
def climate_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    text = (
        "關島\n\n關島氣候屬熱帶海洋性氣候，平均高溫為30℃，月平均濕度為66%，年降雨量為2,180公釐。"
        "島上最大的企業有3家，其中500強企業1家。\n"
    )
    return engine_with(tmp_path_factory.mktemp("climate"), {"guam.txt": text})


def test_what_is_a_thing_the_texts_give_as_a_measured_figure_asks_that_figure(climate_engine: Engine) -> None:
    # no list says humidity is an amount; the text writes 濕度為66% -- a share, not the 30℃ beside it
    answer = climate_engine.ask("What is the average monthly humidity on Guam?", count=False)
    assert answer.kind == "count" and answer.text == "66%"
    # a thing the text counts (企業3家) or numbers (500強) is no amount: no figure is asked for
    assert climate_engine.ask("What is the largest company on Guam?", count=False).text is None


def test_an_untranslated_side_word_beside_two_understood_ones_weighs_half(tmp_path: Path) -> None:
    """"How old was the passenger from Victoria who was killed in the *crash*?": the documents
    say 事故 or nothing for "crash", which the dictionary cannot tie to them. Beside two words
    well understood (passenger, Victoria) it weighs half an unknown thing, so it does not veto
    the passage those two find; beside one it still weighs whole."""
    flight = (
        "189号航班\n\n"
        "本次事件导致机上两名乘客死亡，73岁的乘客来自维多利亚，另一名遇难者来自多伦多。\n\n"
        "其他乘客和机组人员当中也有很多人受伤。\n"
    )
    index = engine_with(tmp_path, {"flight.txt": flight}).index

    def weights(question: str) -> list[float]:
        found = english_words(index, question)
        return [] if found is None else [w.weight for w in found.words if w.variants == ("crash",)]

    assert weights("How old was the passenger from Victoria who was killed in the crash?") == [ENGLISH_UNKNOWN_SIDE]
    assert weights("Where did the crash of Victoria happen?") == [1.0]


def test_a_question_understood_only_in_its_one_name_asks_about_nothing(tmp_path: Path) -> None:
    """"What will the weather be like in Taipei tomorrow?" about the Taipei 101 article: only
    "Taipei" is understood; the question says where, not what, and gets nothing -- while one
    with a thing understood besides the name ("tall") is answered."""
    tower = (Path(__file__).parents[1] / "data" / "english_fresh_docs" / "drcd-taipei-101.txt").read_text("utf-8")
    engine = engine_with(tmp_path, {"taipei-101.txt": tower})
    assert not engine.ask("What will the weather be like in Taipei tomorrow?").results
    assert engine.ask("How tall is Taipei 101?").results


def test_a_word_the_documents_also_write_in_latin_letters_is_searched_once(tmp_path: Path) -> None:
    """The Taipei 101 article writes "TAIPEI 101 MALL" once in Latin letters: "Taipei" is one
    word found as 台北 or as "taipei", not two words a passage naming the mall holds both of."""
    tower = (Path(__file__).parents[1] / "data" / "english_fresh_docs" / "drcd-taipei-101.txt").read_text("utf-8")
    engine = engine_with(tmp_path, {"taipei-101.txt": tower})
    words = english_words(engine.index, "Who designed Taipei 101?")
    assert words is not None
    assert any({"台北", "taipei"} <= set(w.variants) for w in words.words)
    answer = engine.ask("Who designed Taipei 101?")
    assert answer.results and "李祖原" in answer.results[0].text


def test_a_mixed_questions_latin_words_are_searched_as_typed(tmp_path: Path) -> None:
    """Latin words typed among Chinese ones are names searched as written, whatever the English
    reading makes of them (the external sets' questions with Latin words depend on it): only a
    wholly English question joins a Latin word to its translations."""
    tower = (Path(__file__).parents[1] / "data" / "english_fresh_docs" / "drcd-taipei-101.txt").read_text("utf-8")
    engine = engine_with(tmp_path, {"taipei-101.txt": tower})
    english = english_words(engine.index, "Who designed Taipei 101?")
    mixed = english_words(engine.index, "Taipei 101是誰設計的?")
    assert english is not None and english.latin == {"taipei"}
    assert mixed is not None and mixed.latin == frozenset()
    query = read_english_query(engine.index, "Taipei 101是誰設計的?")
    assert any(t.term == "taipei" for t in query.terms)


# ---- mixed "what was the <Chinese word>?": a figure when the word names an amount -----------------


def test_what_was_the_chinese_word_asks_its_figure_as_how_much_does(tmp_path: Path) -> None:
    vote_engine = engine_with(tmp_path, {"vote.txt": (
        "縣長選舉\n\n本次縣長選舉共設投開票所420處，選舉人數共38萬1,200人，投票率為68.25%，"
        "較上屆下降2.1個百分點。\n\n"
        "縣府表示，八八方案已推行3年，完賽率達到95.2%，本屆市盈率為20.5倍。\n"
    )})
    # the English words are only question words: the Chinese one names an amount the text gives
    # as a figure (投票率為68.25%), as "how much is the 投票率" and 投票率是多少 ask
    answer = vote_engine.ask("What was the 投票率?", count=False)
    assert answer.kind == "count" and answer.text == "68.25%"
    # written before a figure after 达到, in a word the segmenter may cut; a multiple (20.5倍)
    assert vote_engine.ask("What was the 完賽率?", count=False).text == "95.2%"
    assert vote_engine.ask("What was the 市盈率?", count=False).text == "20.5倍"
    # a name the text never writes before a figure asks what it is, not a figure
    assert vote_engine.ask("What is the 八八方案?", count=False).text is None
