"""The runner-up table counts a reading's gains among failures and its breaks among right answers."""

from tests.english_runner_up import table


def _candidate(paragraph: int, score: float, right: bool) -> dict:
    return dict(
        right=right, doc=0, paragraph=paragraph, score=score, bm25=1.0, cover=0.5, window=0.5, fit=0.0, lead=0.0,
        own=0.5, heading=0.0, clause=0.2, figure_clause=0.0, votes=3, asked_figure=False, counted_after=False,
        names_own=False,
    )


def test_an_earlier_paragraph_gains_one_and_breaks_one() -> None:
    failure = dict(set="a", q="when", stop="confident", rank=1, ok=False,
                   candidates=[_candidate(5, 10.0, False), _candidate(2, 9.8, True)])
    right = dict(set="b", q="who", stop="confident", rank=0, ok=True,
                 candidates=[_candidate(5, 10.0, True), _candidate(1, 9.9, False)])
    lines = table([failure, right], frozenset({"b"}), ["a", "b"])
    assert "an earlier paragraph than the first's | 1 | 1" in lines
    assert "an earlier paragraph than the first's, 0.5 | +1 -0 | +0 -1 | +0 -1" in lines
