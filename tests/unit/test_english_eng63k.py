"""English round eng63k (a count of people answered with a count of things, every English dev
set at once): small invented texts, not the sets'."""
from __future__ import annotations

from index.english.head_measures import PERSONS, english_person, head_persons, person_by_head, unmeasured

from tests.conftest import engine_with

SCHOOL = """岚溪镇中心小学扩建完工

岚溪镇中心小学扩建工程日前完工。学校新建教学楼3座，新增运动场1处，学生从此告别了借用村委会礼堂上课的日子。

校长表示，扩建后学校将开设书法、围棋等兴趣课程，让学生在家门口享受优质教育。
"""

CLUB = """岚溪足球俱乐部的百年往事

岚溪足球俱乐部成立于1902年，曾三次夺得联赛冠军。第二次世界大战夺去了岚溪队9个球员的生命，俱乐部的主看台也在轰炸中被毁。
"""

GUILD = """岚溪会馆

会馆由岚溪商人集资建于清乾隆年间。清光绪十五年（1889年），馆中登记在册的岚溪籍药商达218家，城内药材行号约有三分之一由岚溪人经营。
"""

FORT = """岚溪炮台

岚溪炮台位于岚溪口东岸，清道光年间建成。咸丰年间炮台遭到英军攻击，东岸炮台两座被毁，守台士兵奋力抵抗。
"""

WORKS = """岚溪摩托车工业

岚溪县的摩托车工业起步于上世纪八十年代，全县摩托车厂商最多时达40家，年产摩托车逾60万辆。
"""


def test_a_noun_without_measure_words_is_a_person_by_its_head() -> None:
    """学生 has no "CL:" note, but most of the dictionary's words ending in 生 that have one are
    counted with 名 or 位 (小学生, 留学生, 医生): a count of students is one of persons. 家
    (专家, but 国家) is no such head, nor one word alone."""
    assert person_by_head("学生") and person_by_head("科研人员")
    assert not person_by_head("国家") and not person_by_head("佛寺") and not person_by_head("生")
    assert head_persons("学生", frozenset({"学生"})) == PERSONS | {"家"}
    assert head_persons("学生", frozenset({"学生", "个"})) == PERSONS | {"家"}
    assert head_persons("学生", frozenset({"学生", "座"})) == frozenset()  # a measure word of its own
    assert head_persons(None, frozenset()) == frozenset()


def test_students_asked_of_a_passage_counting_only_buildings_get_no_count(tmp_path) -> None:
    """"How many students does Lanxi's central primary school have": the passage counts its
    teaching buildings (教学楼3座) and writes 学生 with no count -- 3座 was the answer; a count
    of persons (人, 名, 位) is asked, and 座 counts none."""
    engine = engine_with(tmp_path, {"school.txt": SCHOOL})
    answer = engine.ask("How many students does the Lanxi central primary school have?", count=False)
    assert answer.figure is None and not answer.results, answer


def test_students_counted_with_a_measure_word_of_persons_are_still_answered(tmp_path) -> None:
    """The same school's passage counting its pupils (学生1260名) beside its buildings answers."""
    engine = engine_with(tmp_path, {"school.txt": SCHOOL.replace("学生从此", "现有学生1260名，学生从此")})
    answer = engine.ask("How many students does the Lanxi central primary school have?", count=False)
    assert answer.figure is not None and answer.figure.text == "1260名", answer


def test_people_counted_with_ge_before_the_counted_noun_itself_are_answered(tmp_path) -> None:
    """"How many Lanxi players were killed in the Second World War": 9个球员 counts the players
    themselves (个 right before 球员) -- a count of persons read by 球员's head (员) must not
    refuse it as a count of things."""
    engine = engine_with(tmp_path, {"club.txt": CLUB})
    answer = engine.ask("How many Lanxi club players were killed in the Second World War?", count=False)
    assert answer.figure is not None and answer.figure.text == "9个", answer


def test_people_of_a_trade_counted_as_firms_are_answered(tmp_path) -> None:
    """"How many medicine merchants were on the guild hall's register": 药商达218家 counts the
    merchants as firms -- 家 is among the measure words of a noun read as persons by its head."""
    engine = engine_with(tmp_path, {"guild.txt": GUILD})
    answer = engine.ask("In 1889, how many Lanxi medicine merchants were on the hall's register?", count=False)
    assert answer.figure is not None and answer.figure.text == "218家", answer


def test_an_english_noun_names_persons_when_one_of_its_dictionary_words_is_counted_as_one() -> None:
    """"soldiers": 士兵 has no measure word and 兵 ends one dictionary word with one, too few to
    say; but 军人, one of the ten words glossed "soldier", is a kind of 人 (工人 名). Not
    "temples", "systems", "stands", nor "households" (户 counts itself)."""
    assert english_person("soldiers") and english_person("volunteers") and english_person("labourers")
    assert not english_person("temples") and not english_person("systems") and not english_person("runways")
    assert not english_person("stands")  # 代表 ("to stand for") of 26 words: a verb's senses
    assert not english_person("new")  # 新人, but no plural: not what "how many" counts
    assert not person_by_head("士兵") and unmeasured("士兵", frozenset({"士兵", "个"}))
    assert not unmeasured("户", frozenset({"户"}))  # "households": 户 counts itself


def test_soldiers_asked_of_a_passage_counting_only_forts_get_no_count(tmp_path) -> None:
    """"How many soldiers were killed when Lanxi fort was attacked": the passage counts the forts
    destroyed (炮台两座) and writes 士兵 with no count -- a count of persons is asked."""
    engine = engine_with(tmp_path, {"fort.txt": FORT})
    answer = engine.ask("How many soldiers were killed when the Lanxi fort was attacked in the Xianfeng years?", count=False)
    assert answer.figure is None or answer.figure.unit != "座", answer


def test_students_asked_of_a_passage_counting_only_shops_in_jia_get_no_count(tmp_path) -> None:
    """家 is among the measure words of persons read by their noun (people of a trade are counted
    as firms), but 5家书店 counts bookshops, the noun right after it: it answers no "how many
    students" (药商达218家， still answers: test above)."""
    school = SCHOOL.replace("新增运动场1处，", "新增运动场1处，校门外开起了5家书店，")
    engine = engine_with(tmp_path, {"school.txt": school})
    answer = engine.ask("How many students does the Lanxi central primary school have?", count=False)
    assert answer.figure is None or answer.figure.unit != "家", answer


def test_persons_of_a_trade_by_the_english_noun_are_counted_as_firms(tmp_path) -> None:
    """"manufacturers" names persons by two of its dictionary words (生产者, 制造业者), but 厂商
    are counted as firms: 摩托车厂商最多时达40家 answers "how many motorcycle manufacturers"."""
    engine = engine_with(tmp_path, {"works.txt": WORKS})
    answer = engine.ask("At its peak, how many motorcycle manufacturers were there in Lanxi county?", count=False)
    assert answer.figure is not None and answer.figure.text == "40家", answer
