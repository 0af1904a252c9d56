"""English questions of the fresh44 study (passage side), on small invented text."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


def test_a_past_form_the_dictionary_glosses_with_its_noun_modifies_it() -> None:
    """"registered users" is glossed so (登记用户 "registered user"): the past form modifies the
    noun, and the thing asked runs on to it -- not "attended meetings" (开会 "to attend a
    meeting"), a verb and its object."""
    from index.english.cedict import load_dictionary
    from index.english.focus import focus_span
    from index.english.kinds import question_kind

    def focus(text: str) -> list[str]:
        words = text.lower().rstrip("?").split()
        _kind, consumed = question_kind(words)
        span = focus_span(words, consumed, load_dictionary().known)
        assert span is not None
        return words[span[0] : span[1]]

    assert focus("how many library app registered users?") == ["library", "app", "registered", "users"]
    assert focus("how many delegates attended meetings?") == ["delegates"]


def test_keyword_question_naming_registered_users_is_answered(tmp_path: Path) -> None:
    """A keyword question ending "... mini-program registered users (in 10,000s)?" asks the users' count:
    it was declined (the focus stopped at "registered", leaving "app" its head)."""
    engine = engine_with(tmp_path, {"library.txt": (
        "青川图书馆\n\n青川图书馆去年新建分馆3个，全年接待读者86.4万人次。\n\n"
        "“青川悦读”小程序于2024年5月上线，截至年底注册用户达12.8万人，借阅预约成功率95.1%。\n\n"
        "图书馆全年举办讲座120场，参加市民2.1万人次。\n"
    )})
    answer = engine.ask("Qingchuan Yuedu mini-program registered users (in 10,000s)?", count=False)
    assert answer.results, "declined"
    assert "12.8万人" in answer.results[0].passage.text


def test_the_word_before_rate_is_the_rates_noun(tmp_path: Path) -> None:
    """"the pool *opening rate*": the text writes 开放率, which the segmenter cuts 开放 + 率; it
    is searched as written (and "opening" as the thing asked, no verb), so the paragraph giving
    it comes before one with another rate and more of the question's words."""
    engine = engine_with(tmp_path, {"pools.txt": (
        "青川市学校游泳池开放情况\n\n"
        "截至2025年底，全市学校开放率由40.2%提高到65.3%，开放学校达到120所。\n\n"
        "青川市学校游泳池实行预约，截至2025年底学校游泳池预约用户达8.1万人，全年预约成功率96.1%。\n\n"
        "全市学校游泳池全年接待市民52万人次。\n"
    )})
    answer = engine.ask("What was Qingchuan's school swimming pool opening rate at the end of 2025?", count=False)
    assert answer.results
    assert "65.3%" in answer.results[0].passage.text


def test_a_share_is_no_sum_paid() -> None:
    """"how much did they *pay* to develop the app" asks a sum of money: a percentage is of
    another sort (refused) -- not when a change or a share is asked."""
    from bot.answer.english.doubt import wrong_sort
    from index.figures import Figure

    share = Figure(text="95.1%", start=0, end=5, kind="percent", value=95.1, unit="%")
    assert wrong_sort("How much did Qingchuan pay to develop the Yuedu booking app?", share, 1.0)
    assert not wrong_sort("By how much did Qingchuan's spending on the app rise?", share, 1.0)
    assert not wrong_sort("How much did the city spend on the app, as a share of its budget?", share, 1.0)


def test_paying_for_an_app_is_not_answered_by_its_success_rate(tmp_path: Path) -> None:
    """A near-topic negative: the app's paragraph gives its booking success rate, no cost."""
    engine = engine_with(tmp_path, {"library.txt": (
        "青川图书馆\n\n青川图书馆去年新建分馆3个，全年接待读者86.4万人次。\n\n"
        "“青川悦读”预约应用于2024年5月上线，截至年底注册用户达12.8万人，全年预约成功率95.1%。\n\n"
        "图书馆全年举办讲座120场，参加市民2.1万人次。\n"
    )})
    answer = engine.ask("How much did Qingchuan pay to develop the Qingchuan Yuedu booking app?", count=False)
    assert answer.figure is None or answer.figure.kind != "percent"
