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


def place_spelled_in(readings: Mapping[str, frozenset[str]], word: str, text: str) -> bool:
    """Whether ``text`` writes the name ``word`` as a place: :data:`MIN_SYLLABLES` to
    :data:`MAX_SYLLABLES` characters whose readings (``readings``: character -> toneless syllables)
    spell ``word`` (lower-case letters, no tones) exactly, right before the word of its kind of
    place (邛沙县, 岷沙镇: :data:`PLACE_SUFFIXES`). Characters read so anywhere else are too often two words of a sentence that happen to sound
    like it (将 + 苏 for "Jiangsu")."""
    word = word.lower()
    if not word.isascii() or not word.isalpha() or len(word) < 2 * MIN_SYLLABLES:
        return False
    for found in _PLACE_RE.finditer(text):
        chars = found.group(1)
        if any(_spells_from(readings, chars[start:], 0, word, 0) and spelled_whole(readings, chars[start:], word)
               for start in range(len(chars) - MIN_SYLLABLES + 1)):
            return True
    return False


def spelled_whole(readings: Mapping[str, frozenset[str]], chars: str, word: str) -> bool:
    """Whether all of ``chars``, and nothing more, spell ``word``."""
    if not chars:
        return not word
    return any(word.startswith(s) and spelled_whole(readings, chars[1:], word[len(s) :]) for s in readings.get(chars[0], ()))


#: The words of a kind of place that follow a place's name (a short closed class): province,
#: city, county, district, town, township, village (not 州: 苏州, 杭州 are names of their own).
PLACE_SUFFIXES = "省市县縣区區镇鎮乡鄉村"
_PLACE_RE = re.compile(rf"([\u4e00-\u9fff]{{{MIN_SYLLABLES},{MAX_SYLLABLES}}})(?=[{PLACE_SUFFIXES}])")


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
    """Whether the document of ``passage`` (its passages and headings) writes in characters, as a
    place, the name ``word`` that a question spells in pinyin (:func:`place_spelled_in`)."""
    readings = reading.index.english().readings
    index = reading.index
    document = index.passage_document(passage)
    texts = (reading.normalized(p) for p in index.document_passages(document))
    return place_spelled_in(readings, word, reading.heading(passage)) or any(place_spelled_in(readings, word, t) for t in texts)
