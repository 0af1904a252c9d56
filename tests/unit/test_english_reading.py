"""English questions on documents nobody tuned on: general mechanisms of reading them.

Figures asked without "how many" ("what is the *area* of ...", "how large ... *in square
kilometres*", "how many *times*"), dates asking a range's end or start ("until when"); names of
peoples searched as their lands ("an *Israeli* minister": 以色列) and names before a common noun
in CC-CEDICT's glosses ("American dollar"); comparatives and superlatives the dictionary does not
gloss ("busiest", "largest"); phrases spanning only the words their gloss writes; verb glosses not
translating their objects ("to hold water"); a verb's near-synonym the corpus uses ("founded":
成立); "how *long*" read as an adjective; the byline only for the text itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.english.amounts import people_deed
from bot.answer.model import Answer
from bot.answer.question_text import chinese_magnitudes
from bot.engine import Engine
from bot.question import analyse
from index.english import EnglishUnit
from index.english.cedict import load_dictionary
from index.english.cedict_senses import headword_senses
from index.english.focus import read_question
from index.english.forms import english_words as english_words_of
from index.english.lemmas import lemmatize
from index.english.kinds import question_kind
from tests.conftest import corpus_translator, engine_with

#: A lake's area, beside a density per square kilometre (297人每平方公里) that is no area.
LAKE = {
    "lake.txt": "青湖\n\n青湖古称“碧海”，是一座高山湖泊。青湖的面积为453平方公里，湖中有12个小岛，"
    "湖区人口密度为297人每平方公里。青湖的面积在全国湖泊中名列第7位。\n"
}


@pytest.fixture(scope="module")
def lake_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with(tmp_path_factory.mktemp("lake"), LAKE)


def test_what_is_an_amount_asks_a_figure() -> None:
    translator = corpus_translator([("lake", ["面积", "平方公里", "名字", "湖泊"])])
    assert translator.translate("What is the area of the lake?").kind == "count"
    assert translator.translate("What was the name of the lake?").kind is None


def test_what_is_the_area_is_answered_with_the_area(lake_engine: Engine) -> None:
    answer = lake_engine.ask("What is the area of the lake?", count=False)
    assert answer.text is not None and answer.text.startswith("453")


def test_a_peoples_name_is_searched_as_its_land() -> None:
    """"Israeli" is glossed only for 以色列人; texts name the land (以色列总理)."""
    translator = corpus_translator(
        [("mit", ["以色列", "总理", "校友"]), ("other", ["总理", "城市"])]
    )
    units = {u.english: u for u in translator.translate("Which Israeli prime minister is an alumnus?").units}
    assert "以色列" in dict(units["israeli"].terms)


def test_a_superlative_without_a_gloss_is_read_as_its_adjective() -> None:
    translator = corpus_translator([("a", ["机场", "繁忙", "加拿大"]), ("b", ["最大", "企业"])])
    busiest = {u.english: u for u in translator.translate("Which airport is the busiest in Canada?").units}
    assert "繁忙" in dict(busiest["busiest"].terms)
    largest = {u.english: u for u in translator.translate("What is the largest company?").units}
    assert "最大" in dict(largest["largest"].terms)  # texts write a superlative with 最


def test_a_phrase_spans_only_the_words_its_gloss_writes() -> None:
    """"high seas" (公海) is no phrase of "how high *above* sea level"; "put *into* practice" is."""
    translator = corpus_translator([("lake", ["公海", "海拔", "湖泊", "实践", "水平"])])
    english = [u.english for u in translator.translate("How high above sea level is the lake?").units]
    assert "high sea" not in english
    english = [u.english for u in translator.translate("Which plan did they put into practice?").units]
    assert "put practice" in english


def test_a_count_naming_only_its_unit_counts_the_unit() -> None:
    translator = corpus_translator([("lake", ["平方公里", "湖泊", "大小"])])
    units = {u.english: u for u in translator.translate("How large is the lake in square kilometres?").units}
    assert units["square kilometres"].focus


def test_how_large_in_square_kilometres_is_answered_with_an_area(lake_engine: Engine) -> None:
    answer = lake_engine.ask("How large is the lake in square kilometres?", count=False)
    assert answer.text is not None and answer.text.startswith("453")  # not 297人 (per km²)


def test_who_wrote_asks_the_byline_only_of_the_text_itself() -> None:
    known = load_dictionary().known

    def author(question: str) -> str | None:
        read = read_question(question, known)
        assert read is not None
        return read.author

    assert author("Who wrote the article about Toronto?") == "wrote"
    assert author("Who wrote it?") == "wrote"
    assert author("Who is the author of the report?") == "author"
    assert author("Who wrote the book The Hidden Curriculum?") is None  # a book the text names
    assert author("Who is the author of the song?") is None


def test_a_verb_gloss_does_not_translate_its_object() -> None:
    """成立 is glossed "to hold water": "water" in "how much water does the lake hold" is not 成立."""
    translator = corpus_translator([("lake", ["成立", "水", "湖泊", "举行"])])
    units = {u.english: u for u in translator.translate("How much water does the lake hold?").units}
    assert "成立" not in dict(units["water"].terms)


def test_a_name_before_a_common_noun_glosses_the_phrase() -> None:
    """美元 is "American dollar": not simply "American", which 美国人 is."""
    senses = {s.words: s.factor for s in headword_senses("美元")}
    assert senses[("american", "dollar")] == 1.0
    assert senses[("american",)] < max(s.factor for s in headword_senses("美国人") if s.words == ("american",))
    translator = corpus_translator([("war", ["美元", "美国", "飞机", "摧毁"])])
    units = {u.english: u for u in translator.translate("How many American planes were destroyed?").units}
    assert units["american"].terms[0][0] == "美国"


def test_how_many_times_counts_with_the_classifiers_of_times() -> None:
    """"how many *times*": 次 (as 多少次), not 时间 "time"; "how many people" keeps 人."""
    translator = corpus_translator([("a", ["次", "时间", "常委会", "学习", "人", "人民"])])
    units = {u.english: u for u in translator.translate("How many times did the committee meet for study?").units}
    assert units["times"].focus and dict(units["times"].terms) == {"次": 1.0}
    units = {u.english: u for u in translator.translate("How many people took part in the study?").units}
    assert "人" in dict(units["people"].terms)


def test_a_verb_none_of_whose_senses_goes_with_the_others_takes_a_near_synonym() -> None:
    """"founded" is 创建, 创办 ...; the document about the company writes 成立 "to establish"."""
    translator = corpus_translator(
        [("company", ["公司", "集团", "成立"]), ("hospital", ["医院", "创建", "创办"])]
    )
    units = {u.english: u for u in translator.translate("When was the company group founded?").units}
    assert units["founded"].terms[0][0] == "成立"


def test_a_plural_in_er_is_no_comparative() -> None:
    """"Lakers" (洛杉矶湖人) is not "laker", a comparative of "lake" (湖泊)."""
    translator = corpus_translator([("nba", ["湖泊", "比赛", "赢得"]), ("b", ["湖泊", "比赛"])])
    units = {u.english: u for u in translator.translate("How many games did the Lakers win?").units}
    assert "湖泊" not in dict(units["lakers"].terms)


def test_how_long_reads_long_as_an_adjective() -> None:
    """"How long": not 巴 "to long for" (in 阿拉巴马, cut as 拉巴), nor a surname Long."""
    translator = corpus_translator([("state", ["阿拉", "拉巴", "长", "内陆", "水道"])])
    units = {u.english: u for u in translator.translate("How long are the inland waterways?").units}
    assert "拉巴" not in dict(units["long"].terms)


def test_an_english_date_question_about_an_end_or_a_start_says_so() -> None:
    """As 何时结束 / 何时开始: a range's end or start answers (2004年12月31日至2010年1月4日)."""
    assert analyse("Until what date did Taipei 101 hold the record?").until
    assert analyse("When did the campaign end?").until
    assert analyse("When did construction start?").since
    info = analyse("When was the company founded?")
    assert not info.until and not info.since


def test_the_end_asked_about_counts_only_where_a_passage_writes_it(engine: Engine) -> None:
    """'end' (结果, 总结, 完成 in the dictionary) is what 何时结束 says: the answer writes the end
    only as a range's half (2023年4月至2024年1月), so the word must not pull to a 总结 passage."""
    answer = engine.ask("When did the theme education end?", count=False)
    assert answer.found and "2023年4月至2024年1月" in answer.results[0].text
    assert answer.text is not None and answer.text.startswith("2024年1月")


def test_an_irregular_plural_noun_stays_in_the_thing_asked_about() -> None:
    """"organisations" is listed with the irregular forms (British spelling) but is a plural
    noun: the thing counted runs on through it, as through "organizations"."""
    known = load_dictionary().known
    for spelled in ("organisations", "organizations"):
        read = read_question(f"How many grassroots Party {spelled} across Zhejiang were involved?", known)
        assert read is not None and read.focus is not None
        assert read.words[read.focus[0] : read.focus[1]] == ("grassroots", "party", spelled)
    translator = corpus_translator([("a", ["基层", "党组织", "浙江", "党员"])])
    units = {u.english: u for u in translator.translate(
        "How many grassroots Party organisations across Zhejiang were involved?").units}
    assert units["organisations"].focus


def test_a_british_doubled_l_is_read_as_the_dictionarys_single_one() -> None:
    """CC-CEDICT glosses in American English: "city councilor" (市议员), "traveled", "labeled"."""
    from index.english.lemmas import lemmatize

    known = load_dictionary().known
    assert lemmatize("councillors", known) == "councilor"
    assert lemmatize("labelled", known) == "label"
    assert lemmatize("jewellery", known) == "jewellery"  # no "jewelery" to read it as
    translator = corpus_translator([("a", ["嘉义市", "市议员", "市议会"]), ("b", ["学生"])])
    units = {u.english: u for u in translator.translate("How many councillors sit on the council?").units}
    assert "市议员" in dict(units["councillors"].terms)  # "city councilor"


def test_which_writers_wrote_this_asks_for_the_byline() -> None:
    """"Which reporters wrote this overview ...": a writer asked with "which" asks who, and
    "this" overview is the text at hand, whatever the question calls it."""
    known = load_dictionary().known
    read = read_question("Which reporters wrote this overview of the campaign?", known)
    assert read is not None and read.kind == "who" and read.author is not None
    other = read_question("Which reporters covered the Asian Games?", known)
    assert other is not None and other.kind == "who" and other.author is None


@pytest.mark.parametrize(
    ("question", "word"),
    [
        ("In what year did the government drop the mixed development scheme?", "mixed"),
        ("How many aircraft did the Japanese lose in the raid?", "raid"),
        ("How many counties did provincial leaders visit at the start of 2024?", "start"),
    ],
)
def test_a_word_right_after_a_determiner_is_no_verb(question: str, word: str) -> None:
    """"the *mixed* development scheme", "in the *raid*": a word opening a noun phrase after
    "the"/"a"/"its" ... is a thing or its modifier, not a verb -- so it weighs as a thing and
    its senses are not chosen as a verb's."""
    translator = corpus_translator([("a", ["政府", "混合", "发展", "突袭", "开始", "县"]), ("b", ["电影"])])
    units = {unit.english: unit for unit in translator.translate(question).units}
    assert word in units and not units[word].action


def test_a_verb_after_chinese_words_after_a_determiner_stays_a_verb() -> None:
    """"when did the 主题教育 *start*": the Chinese words stand between "the" and "start"."""
    translator = corpus_translator([("a", ["主题教育", "开始"]), ("b", ["电影"])])
    units = {unit.english: unit for unit in translator.translate("when did the 主题教育 start?").units}
    assert units["start"].action


#: A cave's length, written with the noun 全长 ("overall length"), and a lake's depths.
CAVE = {
    "cave.txt": "青洞\n\n青洞位于青江畔，距县城20公里，洞内石笋长57厘米。\n\n青洞全长2846米，1993年被发现。\n",
    "pool.txt": "碧潭\n\n碧潭湖面海拔2071.9米，平均水深46.4米，最深处达106米。\n",
}


@pytest.fixture(scope="module")
def cave_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    return engine_with(tmp_path_factory.mktemp("cave"), CAVE)


def test_how_deep_is_also_searched_as_the_depth() -> None:
    """"How *deep*": 深 seldom stands alone; texts write the noun (深度920米, "depth")."""
    translator = corpus_translator([("cave", ["深度", "竖井", "洞"]), ("b", ["深", "浓厚", "城市"])])
    units = {u.english: u for u in translator.translate("How deep is the shaft?").units}
    assert "深度" in dict(units["deep"].terms)
    # not when the question names which depth by the superlative ("at its deepest point")
    units = {u.english: u for u in translator.translate("How deep is the shaft at its deepest point?").units}
    assert "深度" not in dict(units["deep"].terms)


def test_how_long_and_how_high_find_the_figure_the_nouns_name(cave_engine: Engine) -> None:
    """全长2846米 answers "how long", 海拔2071.9米 "how high above sea level" (海拔: "height
    above sea level"): the nouns of what the adjectives measure, not the other lengths."""
    answer = cave_engine.ask("How long is Qingdong cave?", count=False)
    assert answer.text is not None and answer.text.startswith("2846")
    answer = cave_engine.ask("How high above sea level is the surface of Bitan?", count=False)
    assert answer.text is not None and answer.text.startswith("2071.9")


def test_where_something_ranks_asks_a_place_in_the_ranking() -> None:
    """"Where does it rank among ...", as 排名第几: an ordinal (名列第149位), not a place;
    "where is the top-ranked school" still asks a place."""
    assert question_kind("where does rwanda rank among the countries by area".split())[0] == "ordinal"
    assert question_kind("where did the company rank in the fortune global 500".split())[0] == "ordinal"
    assert question_kind("what rank did the company hold".split())[0] == "ordinal"
    assert question_kind("where is the top ranked school".split())[0] == "where"
    assert question_kind("where was the conference held".split())[0] == "where"


def test_where_it_ranks_is_answered_with_the_place_in_the_ranking(lake_engine: Engine) -> None:
    """Not the area written beside it (453平方公里): the ordinal, as 排名第几 finds it."""
    answer = lake_engine.ask("Where does the lake rank among the lakes by area?", count=False)
    assert answer.text is not None and answer.text.startswith("第7")


def test_a_word_after_the_first_or_the_last_is_a_thing() -> None:
    """"What time does the *first train* leave": 列车, not "to train" (培训) read as a verb
    because of do-support; as after "the" alone ("hold the *record*")."""
    translator = corpus_translator([("station", ["列车", "车站", "出发"]), ("school", ["培训", "学校"])])
    units = {u.english: u for u in translator.translate("What time does the first train leave?").units}
    assert not units["train"].action
    assert units["train"].terms[0][0] == "列车"
    units = {u.english: u for u in translator.translate("When does the last train leave?").units}
    assert not units["train"].action


def test_a_latin_or_greek_plural_is_read_as_its_singular() -> None:
    """"alumni" is no word CC-CEDICT glosses; "alumnus" is (校友); words the dictionary
    writes as they are ("data", "media", "bacteria", "taxi") stay."""
    known = load_dictionary().known
    assert lemmatize("alumni", known) == "alumnus"
    assert lemmatize("curricula", known) == "curriculum"
    assert lemmatize("hypotheses", known) == "hypothesis"
    assert lemmatize("matrices", known) == "matrix"
    for kept in ("data", "media", "bacteria", "taxi", "china"):
        assert lemmatize(kept, known) == kept
    translator = corpus_translator([("mit", ["校友", "学者", "麻省理工学院"]), ("b", ["学者", "城市"])])
    units = {u.english: u for u in translator.translate("How many scholars are alumni of MIT?").units}
    assert "校友" in dict(units["alumni"].terms)


def test_a_weaker_sense_found_with_the_names_vouches_when_no_likely_one_does() -> None:
    """"the *capital* of Heilongjiang": 首都 (capital city) is only in an article on another
    country; 省会 ("provincial capital", a weaker match) is where 黑龙江 is -- the corpus says
    which sense is meant, and the word is not doubted as if the question were about elsewhere.
    A one-character sense (大 for "official") is too ambiguous to say so."""
    translator = corpus_translator(
        [("hlj", ["黑龙江", "省会", "哈尔滨", "大"]), ("rw", ["首都", "卢旺达", "干部"])]
    )
    units = {u.english: u for u in translator.translate("What is the capital of Heilongjiang?").units}
    assert not units["capital"].elsewhere and units["capital"].confidence > 0.5
    units = {u.english: u for u in translator.translate("Which official visited Heilongjiang?").units}
    assert units["official"].elsewhere


def test_two_words_spelling_a_closed_compound_are_that_compound() -> None:
    """"How much *rain falls*": the words spell "rainfall" (降雨, 雨量), which the documents write;
    read apart, "rain" (雨, which no text writes alone) is a thing asked about and not
    understood, and "falls" finds rainfall only as a kind of fall."""
    translator = corpus_translator([("guam", ["关岛", "降雨", "雨量", "年"]), ("lake", ["湖泊", "瀑布"])])
    units = {u.english: u for u in translator.translate("How much rain falls on Guam in a year?").units}
    assert "rain falls" in units and {"降雨", "雨量"} & {t for t, _ in units["rain falls"].terms}
    assert units["rain falls"].focus
    # words a function word separates are no compound ("rain" ... "fall" here is none)
    english = [u.english for u in translator.translate("Does rain in the lake fall as snow?").units]
    assert "rain fall" not in english and "rain falls" not in english


def test_which_village_searches_the_kind_of_place_its_name_ends_in() -> None:
    """"*Which village* was used as a teaching site": the answer is a village's name, which ends
    in 村 as the documents write it (李祖村, cut into 李 + 祖 + 村) -- the kind is searched, as
    哪个村 searches 村; "which year" asks a date and searches no year."""
    translator = corpus_translator([("article", ["李", "祖", "村", "乡村", "现场", "教学"]), ("other", ["年", "城市"])])
    query = translator.translate("Which village was used as an on-site teaching site?")
    assert query.kind == "where"
    units = {u.english: u for u in query.units}
    assert "village" in units and "村" in {t for t, _ in units["village"].terms}
    assert "year" not in {u.english for u in translator.translate("In which year was the site used?").units}


def test_a_possessive_owns_what_is_asked_and_is_not_it(tmp_path: Path) -> None:
    # "the *men's* winning time" asks a time, which the men own; "华数智能's closing price" a price
    text = (
        "成都马拉松\n\n埃塞俄比亚选手德雷萨以2小时7分38秒的成绩夺得男子全程冠军。全程马拉松关门时间为6小时30分，完赛率为96.7%。\n\n"
        "华数智能\n\n华数智能上市首日收盘价为93.23元，总市值167.8亿元。\n"
    )
    engine = engine_with(tmp_path, {"news.txt": text})
    assert engine.ask("What was the men's winning time?", count=False).text == "2小时7分38秒"
    answer = engine.ask("What was 华数智能's closing price?", count=False)
    assert answer.kind == "count" and answer.text == "93.23元"


def test_an_owner_alone_before_an_amount_word_is_not_what_is_asked() -> None:
    # "*Henan's* total summer grain output": "total" ended the noun phrase after the owner, so
    # Henan was taken for the thing asked and the output for a side word
    question = read_question("What was Henan's total summer grain output?", load_dictionary().known)
    assert question is not None and question.focus is not None
    assert question.words[question.focus[0] : question.focus[1]] == ("summer", "grain", "output")


def test_how_much_with_a_verb_of_paying_asks_money() -> None:
    # "how much did the Chinese companies *pay* for their stake": a sum of money, not a share
    # or a count the passage also gives (as "how *tall*" asks a length)
    translator = corpus_translator([("bridge", ["大桥", "投资", "成本", "公园"]), ("other", ["年", "城市"])])
    assert translator.translate("How much did the bridge cost?").dimension == "money"
    assert translator.translate("How much will be invested in the park?").dimension == "money"
    assert translator.translate("How much did the bridge grow?").dimension is None


def test_an_english_total_asks_the_total_the_text_gives(tmp_path: Path) -> None:
    # "the *total* losses": 共計 before the sum, as 一共 asks it; the first of the parts was shown
    assert analyse("What were the total agricultural losses?").total
    assert not analyse("What were the agricultural losses?").total
    text = (
        "颱風災情\n\n"
        "農業部統計，全台農業產物及設施損失金額共計新台幣20億8,764萬元，"
        "其中農產品損失17億元，漁業損失2億5千萬元。\n"
    )
    engine = engine_with(tmp_path, {"typhoon.txt": text})
    assert engine.ask("What were the total agricultural losses?", count=False).text == "20億8,764萬元"


def test_a_noun_ending_in_eed_does_not_end_the_thing_asked() -> None:
    # "the design *speed*": read as a past form ("-ed"), it ended the focus after "design"
    known = load_dictionary().known
    question = read_question("What is the design speed of the bridge?", known)
    assert question is not None and question.focus is not None
    assert question.words[question.focus[0] : question.focus[1]] == ("design", "speed")
    agreed = read_question("How many members agreed to the plan?", known)
    assert agreed is not None and agreed.focus is not None
    assert agreed.words[agreed.focus[0] : agreed.focus[1]] == ("members",)


def test_a_thing_given_as_a_figure_per_period_is_an_amount(tmp_path: Path) -> None:
    # 设计速度为每小时100公里: the period (每小时) between 速度 and its figure hid that the text
    # gives the speed as a figure, so "what is the design speed" asked no amount
    text = "大桥通车\n\n张靖皋长江大桥全长约30公里，设计速度为每小时100公里，总投资约371亿元。\n"
    engine = engine_with(tmp_path, {"bridge.txt": text})
    assert engine.ask("What is the design speed of the bridge?", count=False).text == "100公里"


def test_a_share_an_amount_is_given_per_is_no_share_asked() -> None:
    # "the issue price *per share*" asks a price (32.60元), not a percentage (139.26%)
    kind, consumed = question_kind("what was the issue price per share".split())
    assert kind is None and consumed[-1]
    assert question_kind("what share of voters turned out".split())[0] == "percent"


def test_what_befell_the_people_counted_in_english_picks_their_count(tmp_path: Path) -> None:
    # "how many people *voted*" is 多少人投票: a count of people whose clause does not say they
    # voted (選務人員約23萬人) counts others
    text = (
        "第十六任總統副總統選舉 投票率71.86%\n"
        "第十六任總統副總統選舉於民國113年1月13日舉行，投票時間為上午8時至下午4時。全國選舉人數共1,954萬8,531人，"
        "投票人數1,404萬8,215人，投票率71.86%，較上屆的74.90%下降3.04個百分點。\n"
        "開票結果，民主進步黨提名的候選人得票558萬6,019票，得票率40.05%，當選總統。\n"
        "同日舉行的第11屆立法委員選舉，應選113席，國民黨獲得52席，民進黨51席，民眾黨8席，無黨籍2席。"
        "無效票約13萬張，占投票數的0.93%。全國共設置17,795個投開票所，動員選務人員約23萬人。\n"
    )
    engine = engine_with(tmp_path, {"election.txt": text})
    assert engine.ask("How many people voted?", count=False).text == "1,404萬8,215人"


def test_the_deed_of_a_count_of_people_is_a_word_not_a_lone_character() -> None:
    # "injured": 残 first, 受伤 nearly as good -- 残 stands inside many words; "ran": 跑 only
    # beside much weaker senses (贯穿), so no deed
    injured = EnglishUnit("injured", (("残", 0.48), ("受伤", 0.42)), 0.62, action=True, understood=0.62)
    ran = EnglishUnit("ran", (("跑", 0.63), ("贯穿", 0.28)), 1.0, action=True, understood=1.0)
    assert people_deed([injured], 0.5) == "受伤"
    assert people_deed([ran], 0.5) is None


def test_a_number_with_an_english_word_of_magnitude_is_the_figure_the_text_writes(tmp_path: Path) -> None:
    # "above 70 billion jin" quoted a 70 no text writes, and the question got nothing; the text
    # writes 700亿斤 ("registered capital of over 100 million": 1亿)
    assert chinese_magnitudes("above 70 billion jin, 3.5 million people, 1.2 billion yuan") == (
        "above 700亿 jin, 350万 people, 12亿 yuan"
    )
    text = "河南夏粮\n\n夏粮总产量753.8亿斤，连续9年稳定在700亿斤以上。\n\n小麦播种面积8520万亩。\n"
    engine = engine_with(tmp_path, {"grain.txt": text})
    assert engine.ask("How many years has output stayed above 70 billion jin?", count=False).text == "9年"


def test_a_decade_is_no_figure_the_question_quotes(tmp_path: Path) -> None:
    """"in the 1930s and 1940s": the texts write 20世纪30-40年代 (or 1930年代), never 1930, so a
    quoted 1930 made the question about something the documents lack."""
    from bot.answer.english.figures import without_decades

    yangpu = (Path(__file__).parents[1] / "data" / "english_fresh9_docs" / "drcd-yangpu.txt").read_text("utf-8")
    engine = engine_with(tmp_path, {"yangpu.txt": yangpu, "other.txt": "机车\n\n1960至1990年代，机车开始流行。\n"})
    assert "1930" not in without_decades(engine.index, "in the 1930s and the 1940's")
    assert "1960" in without_decades(engine.index, "from the 1960s")  # a document writes it
    assert "2010" in without_decades(engine.index, "at the 2010 census")
    answer = engine.ask("How many universities and colleges were in the district in the 1930s and 1940s?")
    assert answer.results and "14所" in answer.results[0].text


def test_the_thing_asked_about_ends_where_a_clause_begins() -> None:
    """"what was the *score* when Guoan beat Shide": the subordinating "when" joins a clause; the
    teams and the verb after it are no part of what is asked (the verb, found only in other texts,
    made the question about something the documents lack)."""
    known = load_dictionary().known
    read = read_question("What was the score when Beijing Guoan beat Dalian Shide in the 2003 cup final?", known)
    assert read is not None and read.focus is not None
    assert read.words[read.focus[0] : read.focus[1]] == ("score",)
    read = read_question("How many passengers who boarded in Taipei were injured?", known)
    assert read is not None and read.focus is not None
    assert read.words[read.focus[0] : read.focus[1]] == ("passengers",)


def test_how_long_asks_a_length_unless_it_asks_a_span_of_time(tmp_path: Path) -> None:
    """"how long is the runway" asks a length, as 跑道多长 does (三条, the runways counted, is no
    answer); "how long did it last" and a thing with a period (合同 "contract", whose 合同期 the
    texts write; 任期 "term") ask a span of time, as 任期多长 does."""
    translator = corpus_translator([
        ("a", ["机场", "跑道", "长", "长期", "第二"]), ("b", ["杨昊", "合同", "合同期", "江苏"]),
    ])
    assert translator.translate("How long is the airport's second runway?").dimension == "length"
    assert translator.translate("How long was the contract with Jiangsu?").dimension is None
    assert translator.translate("How long did the runway work last?").dimension is None
    engine = engine_with(tmp_path, {"airport.txt": (
        "伊丽莎白港机场\n\n机场有三条跑道，第一条是主跑道，长1,980米，第二条长1,667米。\n"
    )})
    assert engine.ask("How long is the airport's second runway?").text == "1,667米"


def test_who_did_it_is_also_searched_as_the_doer_the_texts_name(tmp_path: Path) -> None:
    """"Who founded Ta Kung Pao?": the text names the founder with the verb's noun for its doer
    (其創辦人為英斂之, 创办 + 人), not with the verb, which other passages write of others
    (張季鸞…相繼創辦漢口版): the doer's noun is searched with the verb."""
    paper = (
        "大公報\n\n"
        "1902年6月17日，《大公報》在天津首次出版，其創辦人為英斂之。\n\n"
        "七七事變後，《大公報》力主抗戰，張季鸞等相繼創辦漢口版和重慶版。\n"
    )
    engine = engine_with(tmp_path, {"paper.txt": paper})
    query = engine.index.english().translate("Who founded Ta Kung Pao?")
    founded = next(u for u in query.units if u.english == "founded")
    assert "创办人" in dict(founded.terms)
    answer = engine.ask("Who founded Ta Kung Pao?")
    assert answer.results and "英斂之" in answer.results[0].text


def test_a_decade_after_a_prefix_is_no_code_name(tmp_path: Path) -> None:
    """"the mid-1950s": the decade a text writes (1950年代) is searched as its year, standing
    apart -- "mid-1950", one token of letters and digits, read as a model or code name the
    documents lack (as A380 would be), made the question about nothing."""
    from bot.answer.english.figures import without_decades

    bikes = (Path(__file__).parents[1] / "data" / "english_fresh6_docs" / "drcd-motorcycle.txt").read_text("utf-8")
    engine = engine_with(tmp_path, {"bikes.txt": bikes})
    assert "1950" in without_decades(engine.index, "in the mid-1950s").split()
    answer = engine.ask("How many NSU riders were killed in the world championships of the mid-1950s?")
    assert answer.results and "4名NSU" in answer.results[0].text


def test_what_shirt_number_asks_a_number() -> None:
    # "what *shirt* number": a number, as "what number" asks; the noun before it says which, and
    # "number" (号码) is still searched -- 球衣号码37号
    words = english_words_of("What shirt number did Yang Hao wear at Jiangsu Sainty?")
    kind, consumed = question_kind(words)
    assert kind == "count"
    assert not consumed[words.index("shirt")] and not consumed[words.index("number")]
    assert question_kind(english_words_of("What shirt did he wear?"))[0] is None


def test_an_opening_when_clause_asks_nothing_when_another_question_follows() -> None:
    """"*When* the war began, *what proportion* of the officers ...": the opening "when" joins a
    clause (no auxiliary after it); the question word after it says what is asked. "When did",
    "When was", "When and where" still ask a date."""
    def kind(text: str) -> str | None:
        return question_kind(text.lower().replace(",", "").rstrip("?").split())[0]

    assert kind("When the war began, what proportion of the officers were volunteers?") == "percent"
    assert kind("When the club was promoted, how many clubs were in the league?") == "count"
    assert kind("When did the war begin?") == "date"
    assert kind("When was the club promoted, and who coached it?") == "date"
    assert kind("When and where was he born?") == "date"
    assert kind("When the war began?") == "date"


#: A second document, so that the one asked about is not the whole corpus.
HILLS = "山城县\n\n山城县位于湖北省，2007年全县粮食产量12万吨。县里的单位很多。\n"


def _given(tmp_path: Path, text: str, question: str) -> Answer:
    """The answer to ``question`` over a document of ``text`` beside :data:`HILLS`."""
    return engine_with(tmp_path, {"asked.txt": text, "hills.txt": HILLS}).ask(question, count=False)


def test_which_decade_asks_a_decade(tmp_path: Path) -> None:
    """"In which decade did ...", as 哪个年代: a date of the decade's part (1920年代), not a
    question of no kind (nothing given beside the right passage); "what century" likewise."""
    assert question_kind("in which decade did the villages disappear".split())[0] == "date"
    assert question_kind("in what century was the temple built".split())[0] == "date"
    text = "青村\n\n青村位于山城县北部。村里的老房子在1920年代随铁路开通而消失，2008年青村人口为1200人。\n"
    answer = _given(tmp_path, text, "In which decade did the old houses of the village disappear?")
    assert answer.figure is not None and answer.figure.text == "1920年代"


def test_a_unit_symbol_is_the_unit_the_answer_is_measured_in(tmp_path: Path) -> None:
    """"How deep is the mine's shaft, in km?": a gloss mentioning "km" (市引, "one-thirtieth km")
    made the symbol a word to find (单位), which no passage holds, so the answer was doubted and
    no figure given; the symbol is a unit of length, as "kilometres" is."""
    text = "青山矿\n\n青山矿是一座金矿，位于山城县，是县里的重点单位。矿井深达3公里，是全国最深的矿井之一。2010年矿山有工人1200人。\n"
    answer = _given(tmp_path, text, "How deep is the mine's shaft, in km?")
    assert [t.term for t in answer.translations if t.english == "km"] == ["?"]  # not 单位
    assert answer.figure is not None and answer.figure.text == "3公里"


def test_how_hot_asks_a_temperature(tmp_path: Path) -> None:
    """"How hot does the spring get?" asks a temperature (水温高达85度), as "how deep" asks a
    depth: the adjective was read as no measure, the question as of no kind, and nothing was
    given beside the right passage."""
    assert question_kind("how hot does the spring get".split())[0] == "count"
    text = "青泉\n\n青泉是山城县的一处温泉，发现于1920年。泉眼的水温高达85度，每天出水1200吨。\n"
    answer = _given(tmp_path, text, "How hot does the water of the spring get?")
    assert answer.figure is not None and answer.figure.text == "85度"


def test_which_floor_asks_the_floor_number(tmp_path: Path) -> None:
    """"Which floor is the museum's café on?" asks a number (3楼), as 几楼 does, like "which
    edition" (第3届): the question had no kind, and nothing was given beside the passage."""
    assert question_kind("which floor is the cafe on".split())[0] == "count"
    text = "青山博物馆\n\n青山博物馆位于山城县，建于1998年。博物馆的咖啡馆位于大楼3楼，每天接待游客1200人。\n"
    answer = _given(tmp_path, text, "Which floor is the museum's cafe on?")
    assert answer.figure is not None and answer.figure.text == "3楼"


def test_which_number_asks_a_place_in_order(tmp_path: Path) -> None:
    """"Xiaowang was which number king of Qingguo?" asks the place in the line (第21代), as 第几 does:
    the question had no kind and "number" was searched as 第一 or 数字, so nothing was given beside
    the right passage. "What number of ..." still asks how many."""
    kind, consumed = question_kind("he was which number king of qingguo".split())
    assert kind == "ordinal" and consumed[3]
    assert question_kind("what number of villages took part".split())[0] == "count"
    text = "青国\n\n青国是山城县北部的古国。萧王是青国第21代国王，在位20年，其间修建城池12座。他的儿子继位后，青国迁都3次。\n"
    answer = _given(tmp_path, text, "Xiaowang was which number king of Qingguo?")
    assert answer.figure is not None and answer.figure.text == "第21"


def test_an_irregular_verb_with_a_prefix_is_read_as_its_base(tmp_path: Path) -> None:
    """"When was the old city *rebuilt*?": "built" is read as "build", but "rebuilt" was kept as
    written, a word no gloss has, so 重建 ("to rebuild") was not searched and another passage came
    first; a prefix English puts before irregular verbs keeps the form irregular ("overran",
    "upheld", "foresaw")."""
    known = load_dictionary().known
    assert [lemmatize(w, known) for w in ("rebuilt", "overran", "upheld", "foresaw")] == [
        "rebuild", "overrun", "uphold", "foresee"
    ]
    assert lemmatize("reborn", known) == "reborn"  # no verb "rebear"
    text = "青城\n\n青城是山城县的古城，始建于1200年。1850年青城毁于大火，30年后重建，城内有古寺3座。\n"
    answer = _given(tmp_path, text, "When was the old city rebuilt?")
    assert ("rebuilt", "重建") in [(t.english, t.term) for t in answer.translations]
    assert answer.found and "重建" in answer.results[0].text


def test_a_terse_question_opening_with_year_asks_a_date(tmp_path: Path) -> None:
    """"year Qingshan Temple was built?", typed as a reader in a hurry types, with no question
    word: a date is asked, as 年份 alone asks it; "year" was searched as 年 and no figure given."""
    kind, consumed = question_kind("year the temple was built".split())
    assert kind == "date" and consumed[0]
    assert question_kind(["year", "end"])[0] is None  # two words: a thing named, no question
    text = "青山寺\n\n青山寺位于山城县，始建于1368年，寺内有古树12棵。\n"
    answer = _given(tmp_path, text, "year Qingshan Temple was built?")
    assert answer.figure is not None and answer.figure.text == "1368年"
