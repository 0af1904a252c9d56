"""Which figure of the passage is the direct answer to a wholly English question (english_fresh35
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

WORKS = (
    "临川学校修缮情况\n\n"
    "截至今年10月底，临川市中小学校舍修缮工程完工，共修缮学校36所，新建操场12个，完成投资27.5亿元。\n"
)


def test_a_unit_after_a_scale_is_the_unit_asked() -> None:
    """"in *billion* yuan", "in *10,000* yuan", "in *hundred million* yuan": the scale says how many
    of the unit, the unit (元) what is measured -- money, as "in billions of yuan" says."""
    from bot.answer.english_figures import asked_in_unit
    from index.english.query import EnglishUnit

    yuan = EnglishUnit("yuan", (("元", 1.0),), 1.0)
    for asked in ("in billion yuan", "in 10,000 yuan", "in hundred million yuan", "in billions of yuan"):
        assert asked_in_unit(f"total investment {asked}?", [yuan]) == "money", asked
    assert asked_in_unit("total investment in 2024?", [yuan]) is None


def test_a_keyword_question_in_a_scaled_unit_asks_that_amount(tmp_path: Path) -> None:
    """"Linchuan school renovation: total investment in billion yuan?": an amount of money
    (27.5亿元), not a count of the schools the question also names (36所)."""
    engine = engine_with(tmp_path, {"works.txt": WORKS})
    answer = engine.ask("Linchuan school renovation: total investment in billion yuan?", count=False)
    assert answer.text is not None and answer.text.startswith("27.5"), answer.text
