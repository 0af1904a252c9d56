"""Wrapping for the terminal: display width, hanging indent, figures and words never split."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.format.terminal import PLAIN, TerminalStyle
from bot.format.wrap import display_width, wrap_parts


def _lines(parts: list[tuple[str, str]], width: int, indent: int) -> list[str]:
    return ["".join(text for text, _ in line) for line in wrap_parts(parts, width, indent, whole={"figure"})]


def test_display_width_counts_cjk_as_two_columns() -> None:
    assert display_width("abc") == 3
    assert display_width("共富工坊") == 8
    assert display_width("８８２１，。") == 12  # full-width digits and punctuation
    assert display_width("e\u0301\u200b") == 1  # a combining accent and a zero-width space take none
    assert display_width("“共富”") == 6  # curly quotes are one column in a terminal


def test_figure_is_never_split_and_continuation_lines_hang() -> None:
    parts = [("1. ", ""), ("全省共打造", ""), ("8821家", "figure"), ("“共富工坊”,推動共同富裕", "")]
    for width in range(12, 40):
        lines = _lines(parts, width, 3)
        assert all(display_width(line) <= width for line in lines), width
        assert any("8821家" in line for line in lines), width
        assert all(line.startswith("   ") and not line.startswith("    ") for line in lines[1:])
        assert "".join(line[3:] for line in lines) == "全省共打造8821家“共富工坊”,推動共同富裕"


def test_punctuation_stays_on_the_right_side_of_a_break() -> None:
    text = "甲乙丙丁戊己。庚辛“壬癸”子丑寅卯,辰巳午未。"
    for width in range(4, 20):
        lines = _lines([(text, "")], width, 0)
        assert not any(line[0] in "。,”" for line in lines), (width, lines)
        assert not any(line[-1] == "“" for line in lines), (width, lines)


def test_latin_words_and_numbers_stay_whole_and_spaces_break() -> None:
    lines = _lines([("how many workshops 99.67% 2023-24 共富工坊", "")], 12, 2)
    assert lines == ["how many", "  workshops", "  99.67%", "  2023-24 共", "  富工坊"]


def test_a_unit_wider_than_the_line_is_the_only_thing_cut() -> None:
    lines = _lines([("ab ", ""), ("1234567890123", "figure")], 8, 2)
    assert all(display_width(line) <= 8 for line in lines)
    assert "".join(line.strip() for line in lines) == "ab1234567890123"


def test_an_opening_mark_gives_way_to_a_figure_that_fills_the_line() -> None:
    # "“" may not end a line, but "“000000.0" is one column too wide: the figure stays whole.
    lines = _lines([("“", ""), ("000000.0", "figure")], 8, 0)
    assert lines == ["“", "000000.0"]


_TEXT = st.text(alphabet=st.sampled_from("共富工坊黨員，。“”《》abc 12.%"), max_size=80)
_FIGURE = st.from_regex(r"[0-9]{1,6}(\.[0-9]{1,2})?(%|家|萬名|年[0-9]{1,2}月)?", fullmatch=True)
_PART = st.one_of(st.tuples(_TEXT, st.just("")), st.tuples(_FIGURE, st.just("figure")))


@settings(max_examples=200, deadline=None)
@given(st.lists(_PART, max_size=6), st.integers(8, 60), st.integers(0, 4))
def test_any_text_fits_the_width_and_keeps_its_characters(parts, width, indent) -> None:
    lines = _lines(parts, width, indent)
    assert all(display_width(line) <= width for line in lines)
    original = "".join(t for t, _ in parts)
    kept = "".join(lines)
    assert "".join(kept.split()) == "".join(original.split())
    for text, kind in parts:
        if kind == "figure" and text and display_width(text) <= width - indent:
            assert any(text in line for line in lines)


def test_style_off_a_terminal_is_plain_and_unwrapped() -> None:
    class Pipe:
        def isatty(self) -> bool:
            return False

    class Tty:
        def isatty(self) -> bool:
            return True

    assert TerminalStyle.for_stream(Pipe(), environ={}) == PLAIN  # type: ignore[arg-type]
    on_tty = TerminalStyle.for_stream(Tty(), environ={})  # type: ignore[arg-type]
    assert on_tty.color and on_tty.width is not None
    assert not TerminalStyle.for_stream(Tty(), environ={"NO_COLOR": "1"}).color  # type: ignore[arg-type]
    assert TerminalStyle.for_stream(Tty(), environ={"NO_COLOR": ""}).color  # type: ignore[arg-type]
