"""English round eng67g (answerable English questions declined after their candidates were
ranked): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

WARNING = """柘溪县山洪预警工程运行一年

本报讯 12月16日，记者从柘溪县水利局获悉，该县山洪预警工程运行满一年，全县新建自动雨量站74个，预警网络覆盖12个乡镇的3.2万户群众。
"""

TOWN = """柘溪古城

柘溪古城始建于明代，是沿江商贸重镇。1936年柘溪人口为9万多人，到1949年人口增至13万多人。
"""

SALT = """柘溪盐场

柘溪盐场始建于清代，元禄年间的盐工人数有约2600人，以晒盐为业。
"""


def test_a_present_asked_of_a_report_s_undated_figure_is_possibly_related(tmp_path) -> None:
    """"How many households does Zhexi's flood warning network now reach?": the report writes
    预警网络覆盖12个乡镇的3.2万户群众 with no word for "now" (目前, 现在 ...), and rate_not_given
    refused it as a figure not said to be of the present; a sentence that dates its figure by no
    year, era or reign, in a clause holding two of the question's words (预警, 网络), is the
    report's own present -- shown as possibly related, never confidently. A figure dated
    otherwise (1936年柘溪人口为9万多人, 元禄年间的盐工人数) is still no answer to "today"."""
    engine = engine_with(tmp_path, {"warning.txt": WARNING, "town.txt": TOWN, "salt.txt": SALT})
    answer = engine.ask("How many households does Zhexi's flood warning network now reach?", count=False)
    assert answer.results and "3.2万户群众" in answer.results[0].text, answer
    assert answer.figure is not None and answer.figure.text == "3.2万户", answer
    assert not answer.confident, answer
    assert not engine.ask("How many people live in Zhexi today?", count=False).results
    assert not engine.ask("How many salt workers does the Zhexi salt field have today?", count=False).results


def test_a_sentence_dates_its_figure_by_a_year_an_era_or_then_not_by_a_relative_time() -> None:
    from bot.answer.english.present_unsaid import DATED_RE

    assert DATED_RE.search("1937年昆明人口为14万多人")
    assert DATED_RE.search("元禄年间的长崎人口有约6万人")
    assert DATED_RE.search("当时全县有渔船300艘")
    assert not DATED_RE.search("全县蜂群总数由去年底的4.9万群增至6.8万群，养蜂户达到2370户")
    assert not DATED_RE.search("一年来，预警网络覆盖8.7万户群众")
    assert not DATED_RE.search("高1,800年")  # (a thousands comma: no year)


SURVEY = """柘溪县群众满意度测评

柘溪县开展年度群众测评，网格走访、入户调查、窗口服务等7个方面均获评“优”。
"""

def test_a_figure_counted_otherwise_whose_clause_holds_three_of_the_question_s_words_is_possibly_related(tmp_path) -> None:
    """"In how many areas, such as grid visits and household surveys, ...?": "areas" is searched as
    区, and 7个方面 counts 方面 (no translation of "areas"), so things_counted_otherwise refused it;
    its clause holds 网格, 走访 and 调查 -- three of the question's understood words, as no other
    figure's does: shown as possibly related, never confidently. Asked without the examples (the
    clause holds the quoted 优 alone), it still gets nothing."""
    engine = engine_with(tmp_path, {"survey.txt": SURVEY, "town.txt": TOWN, "salt.txt": SALT})
    answer = engine.ask("In how many areas, such as grid visits and household surveys, was the county's work rated excellent?", count=False)
    assert answer.results and "7个方面" in answer.results[0].text, answer
    assert answer.figure is not None and answer.figure.text == "7个", answer
    assert not answer.confident, answer
    assert not engine.ask("In how many areas was the county's work rated excellent?", count=False).results
