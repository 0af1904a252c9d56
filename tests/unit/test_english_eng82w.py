"""English who / which / where questions, round eng82w: small invented texts, not a question set's."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

#: A county paper's short report ending with its reporter's byline: its words are few, so the
#: byline's passage ranks high for any question asking reporters.
COUNTY_NEWS = """桐岙县老年食堂运营满一年

本报讯 3月2日，桐岙县民政局通报，全县老年食堂运营满一年，累计供餐18.6万人次。

桐岙县民政局局长卢岫云介绍，明年全县将再建老年食堂12家。（记者 邬清禾）
"""

#: A national paper's piece, its source in the front matter, its byline ending a long paragraph.
NATIONAL_PIECE = """---
title: 山区小学推广午间阅读
source: 光明日報 (Guangming Daily)
---
山区小学推广午间阅读

今年以来，全省山区小学普遍推广午间阅读，学生每天阅读半小时，学校图书室全天开放，各地教育部门为乡村学校配送图书。

教师们表示，午间阅读让学生的阅读量明显增加，家长也更加重视孩子的课外阅读，乡村学校的阅读氛围逐步形成，下一步还将组织读书分享会和亲子共读活动。（本報記者 柯雨桐 潘晓川）
"""


def test_reporters_named_by_their_paper_are_that_paper_s(tmp_path: Path) -> None:
    """"the *Guangming Daily* reporters": the words right before the writers' noun name the paper
    they write for -- the text's source, as in "this Guangming Daily piece" -- so the byline of
    the document whose source writes them comes first, not the county report's (记者 邬清禾)."""
    engine = engine_with(tmp_path, {"county.txt": COUNTY_NEWS, "national.txt": NATIONAL_PIECE})
    for question in (
        "Who are the Guangming Daily reporters credited with this report?",
        "Which Guangming Daily reporters wrote this account?",
    ):
        answer = engine.ask(question, count=False)
        assert answer.results and "柯雨桐" in answer.results[0].text, (question, answer.results[:1])


#: An invented heritage article: its lead names the guild hall among what survives; a later
#: paragraph gives the hall's name after 名.
TEA_MARKET = """桐溪茶市

桐溪茶市，位於榆嶺縣城東約8公里的桐溪河畔，是清代當地規模最大的茶葉集市遺址，現存茶棧5座及茶商會館1處，現為縣級文物保護單位。

乾隆三十年（1765年），徽州茶商在桐溪設棧收茶，此後集市漸盛，每年春茶上市時商販雲集。

茶棧以青磚砌築，每座面闊5間，可存茶約300擔。茶商會館名「聚芳堂」，建於嘉慶五年（1800年），為三進院落。
"""


def test_a_name_asked_is_the_one_written_after_a_naming_word(tmp_path: Path) -> None:
    """"What is the tea merchants' guild hall called?": the lead names the hall among what
    survives (茶商會館1處) with as many of the question's words as the passage giving its name
    after 名 (茶商會館名「聚芳堂」), which comes first."""
    engine = engine_with(tmp_path, {"tea_market.txt": TEA_MARKET})
    answer = engine.ask("What is the tea merchants' guild hall at the Tongxi tea market called?", count=False)
    assert answer.results and "聚芳堂" in answer.results[0].text, answer.results[:1]


def test_a_name_is_asked_by_called_known_as_or_name_of() -> None:
    """The English forms asking a name; not "called up", "named after" or a share that "called"
    something good."""
    from bot.answer.english.name_asked import asks_name, gives_name

    for question in (
        "What was the airport called before?",
        "What is the system known as?",
        "What is the name of the ferry?",
    ):
        assert asks_name(question), question
    for question in (
        "How many labourers were called up to build the lock?",
        "Who is the region named after?",
        "What percentage of those surveyed called the campaign good?",
    ):
        assert not asks_name(question), question
    assert gives_name("茶商会馆名「聚芳堂」，建于嘉庆五年", ("会馆",))
    assert not gives_name("率工匠87名施工，会馆1处", ("会馆",))  # 名 a measure word
