"""jieba's tag table as a sorted array kept beside its dictionary cache: the same tags as reading
the dictionary into a dict, and a damaged file is read again, never an error."""

from __future__ import annotations

from pathlib import Path

import jieba
import numpy as np

from index.tags import TagTable, load_tag_table, read_tags, table_entries
from index.tokenizer import Tokenizer


def _dictionary() -> Path:
    with jieba.Tokenizer().get_dict_file() as handle:
        return Path(handle.name)


def test_every_word_of_jiebas_dictionary_has_the_tag_a_dict_of_it_gives(tmp_path: Path) -> None:
    with _dictionary().open("rb") as handle:
        plain = read_tags(handle)
    table = load_tag_table(_dictionary(), tmp_path)
    assert len(table) == len(plain) > 300_000
    assert all(table.get(word) == tag for word, tag in plain.items())
    absent = ["", "不在词典里的词", "城", "城市化率高", "x" * 200, "\t", "城市\tn"]
    assert [table.get(w) for w in absent] == ["" if w not in plain else plain[w] for w in absent]
    assert table.get("城市") == plain["城市"] == "ns" and table.get("龢") == plain["龢"]


def test_the_table_is_written_once_then_opened_by_memory_map(tmp_path: Path) -> None:
    load_tag_table(_dictionary(), tmp_path)
    [saved] = tmp_path.glob("jieba-tags-*.npy")
    reopened = load_tag_table(_dictionary(), tmp_path)
    assert isinstance(reopened._entries.base, np.memmap)
    assert list(tmp_path.glob("jieba-tags-*.npy")) == [saved] and reopened.get("城市") == "ns"


def test_a_damaged_table_is_read_again_from_the_dictionary(tmp_path: Path) -> None:
    load_tag_table(_dictionary(), tmp_path)
    [saved] = tmp_path.glob("jieba-tags-*.npy")
    data = bytearray(saved.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size, one byte garbled
    saved.write_bytes(bytes(data))
    assert load_tag_table(_dictionary(), tmp_path).get("城市") == "ns"
    saved.write_bytes(b"not an array")
    assert load_tag_table(_dictionary(), tmp_path).get("城市") == "ns"


def test_a_later_line_wins_and_short_lines_are_skipped(tmp_path: Path) -> None:
    dictionary = tmp_path / "dict.txt"
    dictionary.write_bytes("甲 3 n\n乙 5\n甲 4 v\n甲乙 2 nr\n".encode())
    table = load_tag_table(dictionary, None)
    assert (table.get("甲"), table.get("乙"), table.get("甲乙"), table.get("丙")) == ("v", "", "nr", "")
    assert TagTable(table_entries({})).get("甲") == ""


def test_the_tokenizer_tags_words_from_the_table_and_user_words_as_names() -> None:
    tokenizer = Tokenizer(["共富工坊"])
    assert (tokenizer.tag("城市"), tokenizer.tag("共富工坊"), tokenizer.tag("不在词典里的词")) == ("ns", "nz", "")
