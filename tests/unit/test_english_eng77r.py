"""English round eng77r (answerable English questions given nothing though every word is
understood): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer.english.present_unsaid import DATED_RE
from bot.answer.sentences import sentence_of
from index.normalize import aligner_for


def test_a_year_after_a_clause_comma_dates_its_sentence() -> None:
    """老油坊始建于清代，1936年有榨油工匠28人: normalised, the clause comma before 1936年 is ","
    -- still a year dating the figure's sentence, not the tail of a number written 1,936."""
    text = "老油坊始建于清代，1936年有榨油工匠28人，年榨菜籽油约9万斤。"
    normalized = aligner_for(text).normalized
    start = normalized.index("28人")
    assert DATED_RE.search(sentence_of(normalized, start, start + 3)) is not None


def test_a_number_with_a_thousands_separator_is_no_year() -> None:
    """共有1,800年 is no text's way of writing a year: 1,800 (a thousands separator) dates nothing."""
    assert DATED_RE.search("共有1,800年") is None
    assert DATED_RE.search("共有1.800年") is None
