"""Per-passage values an index keeps (:mod:`index.recent`): bounded, and never carried from one
index to the next -- a reload that changes a passage gives its new forms, place and neighbours."""

from __future__ import annotations

from pathlib import Path

from index.recent import Recent
from tests.conftest import engine_with


def test_recent_makes_each_key_once_and_keeps_only_the_newest() -> None:
    made: list[int] = []

    def square(key: int) -> int:
        made.append(key)
        return key * key

    recent: Recent[int, int] = Recent(square, size=2)
    assert [recent(2), recent(2), recent(3)] == [4, 4, 9]
    assert made == [2, 3]
    recent(4)  # 2, the oldest, goes out
    assert len(recent) == 2
    assert recent(3) == 9 and made == [2, 3, 4]
    assert recent(2) == 4 and made == [2, 3, 4, 2]


def test_a_reload_reads_the_changed_passages_forms_places_and_neighbours_afresh(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"zz.txt": "甲乙丙\n\n第一段說的是舊的數字：12個。\n"})
    old = engine.index
    last = old.num_passages - 1
    assert old.normalized_forms(last)[0] == "第一段说的是旧的数字:12个。"
    assert old.paragraph_of(last)[1] == 1 and old.neighbours(last) == (last, last)
    (tmp_path / "docs" / "zz.txt").write_text("甲乙丙\n\n新的第一段。\n\n第二段說的是新的數字：34個。\n", encoding="utf-8")
    engine.reload()
    new = engine.index
    assert new is not old and new.num_passages == old.num_passages + 1
    assert new.normalized_forms(last + 1)[0] == "第二段说的是新的数字:34个。"
    assert new.paragraph_of(last + 1)[1] == 2 and new.neighbours(last + 1) == (last + 1, last + 1)
    assert new.normalized_forms(last)[0] == "新的第一段。"
    assert old.normalized_forms(last)[0] == "第一段说的是旧的数字:12个。"  # the old index keeps its own


def test_neighbours_are_the_passages_before_and_after_in_the_same_paragraph(tmp_path: Path) -> None:
    long = "。".join(f"第{n}句話說的是這一段裡的一件事情" for n in range(1, 30)) + "。"
    engine = engine_with(tmp_path, {"zz.txt": f"甲乙丙\n\n{long}\n\n短的一段。\n"})
    index = engine.index
    mine = [p for p in range(index.num_passages) if index.passage_document(p) == index.passage_document(index.num_passages - 1)]
    first, *middle, own = mine
    assert len(middle) >= 2  # the long paragraph is cut into several passages
    assert index.neighbours(first) == (first, first + 1)
    assert index.neighbours(middle[0]) == (first, middle[1])
    assert index.neighbours(middle[-1]) == (middle[-1] - 1, middle[-1])  # the next is another paragraph
    assert index.neighbours(own) == (own, own)


def test_recent_makes_a_missing_key_the_other_way_given_and_keeps_what_it_made() -> None:
    recent: Recent[int, int] = Recent(lambda key: key * key, size=4)
    assert recent(3, lambda key: -key) == -3  # missing: made the other way
    assert recent(3) == -3  # kept
    assert recent(2) == 4 and recent(2, lambda key: -key) == 4  # kept: the other way is not asked


def test_a_passage_made_from_its_text_read_already_is_the_passage_read_whole(tmp_path: Path) -> None:
    documents = {"zz.txt": "甲乙丙\n\n## 一节\n\n第一段：12個。\n\n第二段。\n"}
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    given = engine_with(tmp_path / "a", documents).index
    read = engine_with(tmp_path / "b", documents).index
    made = [given.passage_with_text(i, given.passage_text(i)) for i in range(given.num_passages)]
    assert made == [read.passages[i] for i in range(read.num_passages)]
    assert [given.passages[i] for i in range(given.num_passages)] == made  # kept as made
