"""The class census of the English dev sets (tests/english_classes.py): its buckets, and that it
never asks a frozen set."""

from __future__ import annotations

import pytest

from tests.census import frozen_sets
from tests.english_classes import _rank_bucket, english_dev_sets, main


def test_the_right_passage_is_bucketed_by_its_rank() -> None:
    assert [_rank_bucket(r) for r in (None, 1, 2, 3, 9, 10)] == [
        "not a candidate", "2nd", "3rd", "4th-10th", "4th-10th", "further",
    ]


def test_frozen_sets_are_never_asked() -> None:
    frozen = frozen_sets()
    assert not frozen & set(english_dev_sets())
    english_frozen = sorted(name for name in frozen if name.startswith("english"))
    if not english_frozen:
        pytest.skip("no English set is frozen now")
    with pytest.raises(SystemExit):
        main([english_frozen[0]])
