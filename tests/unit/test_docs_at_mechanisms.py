"""Mechanisms found studying questions_docs_at (each general, each failing on the commit before): a
place whose rare first character jieba leaves alone (蘅 州市) is one name, and absent when no
document writes it; a year a change is measured against (比2024年) is no year the figure must be
of; a ranking's first place (居各区县首位) says the most; a long question still asks which is the
most."""

from __future__ import annotations

from bot.answer import answer_question
from bot.question.kinds import WHICH_MOST_RE
from tests.conftest import index_of

_WORKS = {"岫川无障碍": "2026年1月16日，岫川市住房和城乡建设局发布《2025年岫川市无障碍环境建设情况通报》。"
                        "通报显示，2025年全市共完成无障碍改造点位9640个，比上年增长38.5%。\n\n"
                        "从资金看，2025年全市无障碍改造总投入4.12亿元，比上年增加0.97亿元；其中市级财政安排1.85亿元。\n\n"
                        "分区看，南湾区完成改造点位2611个，居各区县首位，占全市总量的27.1%；北渚区以1702个位居第二。"}


def test_a_place_with_a_rare_first_character_is_one_name() -> None:
    index = index_of({**_WORKS, "蘆埔社大": "蘆埔市政府教育局公布114年社區大學辦理成果。全市12所社區大學114年共開設"
                                              "課程2,186門，較113年增加14.0%。"})
    assert answer_question(index, "蘅州市的无障碍改造点位有多少个？").results == ()  # 岫川's are no 蘅州's
    assert answer_question(index, "蘅州市社区大学开设了多少门课程？").results == ()
    assert answer_question(index, "岫川市2025年完成了多少个无障碍改造点位？").text == "9640个"
    # a rare character before a common word (汀 全区) is no place of its own
    shops = index_of({"濠汀零售": "截至2025年9月底，濠汀全區共有零售店舖28,430間，按年減少2.1%。"})
    assert answer_question(shops, "截至2025年9月底，濠汀全區有多少間零售店舖？").text == "28,430間"


def test_a_year_compared_with_is_no_year_asked() -> None:
    index = index_of(_WORKS)
    assert answer_question(index, "岫川无障碍改造总投入比2024年多了多少？").text == "0.97亿元"


def test_a_rankings_first_place_says_the_most() -> None:
    assert WHICH_MOST_RE.search("岫川哪个区县去年完成的无障碍改造点位最多") is not None
    index = index_of(_WORKS)
    assert "南湾区" in answer_question(index, "岫川哪个区县去年完成的无障碍改造点位最多？").results[0].text

