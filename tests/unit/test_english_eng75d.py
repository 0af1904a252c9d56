"""English round eng75d (a date question answered with the date of another event): small invented
texts, not the sets'."""
from __future__ import annotations

from bot.answer.figure.verb_dated import dated_by_verb, other_deed
from index.figures import Figure, passage_figures


def _date(text: str, written: str) -> Figure:
    return next(f for f in passage_figures(text) if f.kind == "date" and f.text == written)


def test_a_serial_verb_after_the_question_s_verb_still_dates_it() -> None:
    """"When was the aqueduct completed": 至1804年竣工通水 -- 竣工 and one more verb (通水) closing
    the clause tell one deed in two steps; 竣工的 (a noun's modifier) or 竣工任务 (a noun) do not."""
    text = "青石渡槽于1801年春动工，至1804年竣工通水。"
    assert dated_by_verb(text, _date(text, "1804年"), ("竣工",))
    assert not dated_by_verb(text, _date(text, "1801年"), ("竣工",))
    other = "1804年竣工任务全部完成。"
    assert not dated_by_verb(other, _date(other, "1804年"), ("竣工",))


def test_a_date_another_verb_closes_is_another_deed_s() -> None:
    """Once a date is tied to the question's verb (计划2026年底建成*通车* for "open"), a date whose
    clause another verb closes is another deed's: 已于2022年5月*开工* (right after it) and
    2025年1月首批列车*进场* (after its subject) -- not one whose clause holds the question's verb."""
    text = "其中2号线一期已于2022年5月开工，计划2026年底建成通车，2025年1月首批列车进场调试。"
    assert other_deed(text, _date(text, "2022年5月"), ("通车",)) < 1.0
    assert other_deed(text, _date(text, "2025年1月"), ("通车",)) < 1.0
    assert other_deed(text, _date(text, "2026年底"), ("通车",)) == 1.0

