"""English round eng62f (the right passage first, the wrong figure or none): small invented
texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

BEES = """柘川县养蜂产业年度报告

品牌建设带来了好价钱。县里授权29家企业和合作社使用“柘川蜂蜜”区域公用品牌，蜂蜜平均售价由每公斤48元提高到66元。全县养蜂专业合作社由去年的31家增加到76家，家庭蜂场由52家增加到90家。
"""

FERRY = """柘川渡口

柘川渡口设于清道光年间，初设渡船3艘，每艘限载18人。
"""


def test_an_english_count_of_a_change_s_subject_is_counted_whatever_modifies_it(tmp_path) -> None:
    """"How many beekeeping cooperatives ... now?": 合作社 counted after 29家企业和 (doubled, an
    English question's modifiers not judged) but not as the subject of 养蜂专业合作社由去年的31家增加到
    76家 (its modifier 专业 was judged against a Chinese question's words -- none for an English
    one), so 29家 won over the level the change reached."""
    engine = engine_with(tmp_path, {"bees.txt": BEES, "ferry.txt": FERRY})
    answer = engine.ask("How many beekeeping cooperatives does the county have now?", count=False)
    assert answer.figure is not None and answer.figure.text == "76家", answer


DRUMS = """柘川鼓樓

柘川鼓樓始建於明萬曆年間，樓高18米。明清兩代，鼓樓設更夫4名，負責夜間擊鼓報時，每名更夫每月領取工食銀1.2兩，由縣庫支給。
"""


def test_the_last_word_of_a_unit_named_after_in_is_the_unit(tmp_path) -> None:
    """"What monthly allowance in silver taels did each drummer receive?": "in silver taels" was
    matched to "silver" alone (银: no unit), so no figure was sought; "taels" (两, money), the
    head of the phrase, names the unit."""
    engine = engine_with(tmp_path, {"drums.txt": DRUMS, "ferry.txt": FERRY})
    answer = engine.ask(
        "What monthly allowance in silver taels did each of the drum tower's watchmen receive under the Ming and Qing?",
        count=False,
    )
    assert answer.figure is not None and answer.figure.text == "1.2兩", answer


def test_an_english_verb_right_after_its_date_weighs_as_before_it_with_yu() -> None:
    """"In what year did the DuPont plant shut down?": 1971年该厂关闭 ties 关闭 to 1971年 after a
    subject of two characters, which weighed the Chinese EVENT_DATED (1.5) -- too little beside
    1905年杜邦在市郊建造了一座炸药厂, which holds the question's nouns; the translation tied to its date
    weighs as one before it with 于 (建于1905年) does for an English question."""
    import dataclasses

    from bot.answer.figure.clauses import ENGLISH_EVENT_DATED, EVENT_DATED, event_dated
    from bot.question import analyse
    from index.figures import passage_figures

    text = "1908年柘川公司在城郊建造了一座火柴厂。1969年该厂关闭，当地经济受到打击。"
    chinese = analyse("火柴厂哪一年关闭")
    english = dataclasses.replace(chinese, english=True)
    built, closed = [f for f in passage_figures(text) if f.kind == "date"]
    assert event_dated(text, english, closed, ["关闭"], ["火柴厂"]) == ENGLISH_EVENT_DATED
    assert event_dated(text, chinese, closed, ["关闭"], ["火柴厂"]) == EVENT_DATED
    assert event_dated(text, english, built, ["关闭"], ["火柴厂"]) == 1.0


def test_a_unit_s_head_is_not_read_past_a_determiner_nor_from_a_number_word() -> None:
    """"identified in the two batches": "the two" is no unit named, though "two" is 两 (a
    money unit too); "in a year" names a time; "in silver taels" and "in million yuan" a unit."""
    from bot.answer.english.figures import asked_in_unit
    from index.english.query import EnglishUnit

    two = EnglishUnit("two", (("两", 1.0),), 1.0)
    year = EnglishUnit("year", (("年", 0.6), ("每年", 0.4)), 1.0)
    taels = EnglishUnit("taels", (("单位", 0.35), ("两", 0.32)), 0.6)
    silver = EnglishUnit("silver", (("银", 0.54), ("白银", 0.46)), 0.8)
    assert asked_in_unit("How many projects were identified in the two batches?", [two]) is None
    assert asked_in_unit("How many bundles did the mill turn out in a year?", [year]) is None
    assert asked_in_unit("What allowance in silver taels did each receive?", [silver, taels]) == "money"


def test_an_english_verb_taking_an_object_after_its_date_weighs_as_before() -> None:
    """"When was the Ruifeng dye works founded?": 1907年创办瑞丰义塾 founds another thing (a school
    of the same name): the verb takes an object, so the date keeps EVENT_DATED -- only a verb
    closing its clause (1969年该厂关闭，) is the subject's own event, weighed as English."""
    import dataclasses

    from bot.answer.figure.clauses import EVENT_DATED, event_dated
    from bot.question import analyse
    from index.figures import passage_figures

    text = "封鹤年于1871年出生。1907年创办瑞丰义塾，供学徒读书。"
    english = dataclasses.replace(analyse("瑞丰染坊哪一年创办"), english=True)
    founded = [f for f in passage_figures(text) if f.kind == "date"][-1]
    assert event_dated(text, english, founded, ["创办"], ["染坊"]) == EVENT_DATED


FORESTS = """柘川县森林防火工作通报

今年以来，柘川县新建森林防火视频监控点位86个，重点林区视频监控覆盖率达到88.6%，比上年提高12.4个百分点。全县组建半专业扑火队14支、队员420人。
"""


def test_what_is_the_x_of_y_asks_the_head_before_of(tmp_path) -> None:
    """"What is the video monitoring coverage of the county's key forest areas?": "monitoring"
    read as an action ends the question's focus at "video" (视频, no amount), so no figure was
    sought; the head of the phrase before "of", "coverage" (覆盖率), is what the texts give as a
    share (覆盖率达到88.6%)."""
    engine = engine_with(tmp_path, {"forests.txt": FORESTS, "ferry.txt": FERRY})
    answer = engine.ask("What is the video monitoring coverage of the county's key forest areas?", count=False)
    assert answer.figure is not None and answer.figure.text == "88.6%", answer
