""""How much does a bundle of paper *sell for*?" asks a price, as "how much does it *cost*" does:
a bare number in the passage (紙槽有6口: six vats) is no amount of money and is refused -- while
"how much wheat did they *sell*" asks an amount sold, of any measure."""

from __future__ import annotations

from bot.answer.english.doubt import wrong_sort
from index.figures import find_figures


def _bare(text: str):
    return next(f for f in find_figures(text) if f.kind == "number" and not f.unit)


def test_sell_for_asks_a_price() -> None:
    six = _bare("目前村中恢復生產的紙槽有6")
    assert wrong_sort("How much does a bundle of Hetian paper sell for today?", six, 0.3)
    assert wrong_sort("How much was the stamp sold for?", six, 0.3)


def test_sell_alone_asks_no_price() -> None:
    six = _bare("目前村中恢復生產的紙槽有6")
    assert not wrong_sort("How much wheat did the farmers sell?", six, 0.3)
