"""Mechanisms found studying questions_docs_an (each general, each failing on the commit before):
这篇 before a name the dictionary lacks is "this article", no part of the name (这篇檀州…报道); who
wrote the text itself is answered by the passage holding its byline, though the words naming the
text find its lead; which one is the most of a share (哪个泳池入场人次升幅最大) asks which one, not the
share."""

from __future__ import annotations

from bot.answer import answer_question
from bot.question import analyse
from tests.conftest import index_of


def test_who_wrote_this_named_report_is_its_byline() -> None:
    index = index_of({"消防": "2026年1月15日，澄州市消防救援支队发布2025年度工作情况。全年澄州市消防队伍共接警出动18426起，"
                      "比上年增长8.7%，澄州消防年度工作总体平稳。\n\n"
                      "科技应用方面，全市高层建筑智慧消防系统接入率达到90%。（记者 苏曼）"})
    answer = answer_question(index, "这篇澄州消防年度报道是哪位记者写的？")
    assert answer.results and "记者 苏曼" in answer.results[0].text


def test_which_one_is_the_most_of_a_share_asks_which_one() -> None:
    assert analyse("汐湾哪个泳池入场人次升幅最大？").kind is None
    assert analyse("哪个区县的农村网络零售额增长最快，增长率是多少").kind == "percent"
    assert analyse("泓湾哪个区的增速最快").kind == "where"
    # ... and a 多少 after the place asks the share too, whichever order the words come in
    assert analyse("失业率最高的是哪个区，是多少").wants_figure
    assert analyse("泓湾人流升幅最大的街市位于哪一区，升幅是多少").kind == "percent"
