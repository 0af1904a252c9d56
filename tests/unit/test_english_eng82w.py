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
