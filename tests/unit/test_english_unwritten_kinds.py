"""A word none of whose translations the documents write ("garden": 花园, 院子, 圃) lends the
character ending a two-character translation, when that character's own entry uses the word
(园: "... such as a botanical garden"), as the kind ending its modifier's term: "tea garden" is
茶园, a word no dictionary has (compounds.unwritten_kinds)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

TEA = (
    "溪头村茶叶简报\n\n"
    "溪头村现有茶园3200亩，2024年实现产值1.9亿元。\n\n"
    "村里新开茶叶门店12家，销售名优茶约40吨。\n"
)


def test_the_kind_of_an_unwritten_translation_ends_the_modifiers_term(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"tea.txt": TEA})
    units = {u.english: [t for t, _ in u.terms] for u in engine.index.english().translate("What was the tea garden's output value?").units}
    assert "茶园" in units["garden"]
    assert "茶园" in units["tea"]
    answer = engine.ask("How many mu of tea garden does Xitou village have?", count=False)
    assert answer.results and "茶园3200亩" in answer.results[0].text


def test_only_a_kind_the_characters_own_entry_names() -> None:
    from index.english.compounds import unwritten_kinds
    from index.english.links import CorpusLinks

    links = CorpusLinks({"茶园": 2, "茶子": 1, "茶": 3}, 3)
    kinds = unwritten_kinds(links, ("garden",))
    assert "园" in kinds  # 花园 -> 园, whose entry says "botanical garden"
    assert "子" not in kinds  # 院子 -> 子: no garden in its entry
