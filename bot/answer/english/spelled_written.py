"""Whether a document writes, in characters, a name an English question spells in pinyin.

A question about a county the dictionary does not know ("Qiongsha") spells its name in toneless
pinyin; the search finds it only where the segmenter kept the name a term of its own. A report
writing 邛沙县 may be cut 邛 / 沙县 (沙县 is a county elsewhere), so no term is searched for the
name and the question reads as naming a place the documents lack -- though the very document of
the best passage writes it. The characters' CC-CEDICT readings say so: 邛 qiong, 沙 sha."""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.answer.reading import Reading

#: A name spelled in fewer syllables is too often an English word or a fragment ("li", "he");
#: more than four is no name of one place or person.
MIN_SYLLABLES = 2
MAX_SYLLABLES = 4

#: A run of Chinese characters, where a name is looked for.
_HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]{2,}")


def spelled_in(readings: Mapping[str, frozenset[str]], word: str, text: str) -> bool:
    """Whether ``text`` writes :data:`MIN_SYLLABLES` to :data:`MAX_SYLLABLES` consecutive
    characters whose readings (``readings``: character -> toneless syllables) spell ``word``
    (lower-case letters, no tones) exactly: 邛沙 for "qiongsha"."""
    word = word.lower()
    if not word.isascii() or not word.isalpha() or len(word) < 2 * MIN_SYLLABLES:
        return False
    for run in _HAN_RUN_RE.finditer(text):
        chars = run.group()
        for start in range(len(chars) - MIN_SYLLABLES + 1):
            if _spells_from(readings, chars, start, word, 0):
                return True
    return False


def _spells_from(readings: Mapping[str, frozenset[str]], chars: str, at: int, rest: str, used: int) -> bool:
    """Whether the characters of ``chars`` from ``at`` on spell ``rest`` in at most
    :data:`MAX_SYLLABLES` syllables in all (``used`` spelled already)."""
    if not rest:
        return used >= MIN_SYLLABLES
    if used == MAX_SYLLABLES or at >= len(chars):
        return False
    return any(
        rest.startswith(syllable) and _spells_from(readings, chars, at + 1, rest[len(syllable) :], used + 1)
        for syllable in readings.get(chars[at], ())
    )


def document_spells(reading: Reading, passage: int, word: str) -> bool:
    """Whether the document of ``passage`` (its passages and headings) writes in characters the
    name ``word`` that a question spells in pinyin (:func:`spelled_in`)."""
    readings = reading.index.english().readings
    index = reading.index
    document = index.passage_document(passage)
    texts = (reading.normalized(p) for p in index.document_passages(document))
    return spelled_in(readings, word, reading.heading(passage)) or any(spelled_in(readings, word, t) for t in texts)
