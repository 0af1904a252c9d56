"""Which figure of the passage is the direct answer to a wholly English question (english_fresh33
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

MUSEUM = (
    "青石镇博物馆概况\n\n"
    "青石镇博物馆2015年开馆，馆藏文物860件。\n\n"
    "2023年，博物馆接待观众约8.4万人次，其中学生团队约1.2万人次；全年举办展览16场。\n"
)


def test_keywords_naming_a_scale_ask_a_count() -> None:
    """A question with no question word that names the scale of its answer ("..., in
    ten-thousands?") asks how many, as "how many ..." does (bot/answer/english_figures.scale_counted);
    one without a scale, or with a question word, is left as written."""
    from bot.answer.english_figures import scale_counted

    assert scale_counted("Museum visitors in 2023, in ten-thousands?").startswith("how many ")
    assert scale_counted("Museum visitors in 2023?") == "Museum visitors in 2023?"
    asked = "How many visitors came in 2023, in ten-thousands?"
    assert scale_counted(asked) == asked


def test_keywords_in_ten_thousands_answered_by_the_count(tmp_path: Path) -> None:
    """"Visitors to the museum in 2023, in ten-thousands?": 8.4万人次, not nothing because no
    "how many" asks a figure."""
    engine = engine_with(tmp_path, {"museum.txt": MUSEUM})
    answer = engine.ask("Visitors to the Qingshi museum in 2023, in ten-thousands?", count=False)
    assert answer.text is not None and answer.text.startswith("8.4")
