"""The units of an English question as read before they are weighed (bot.answer.english.reading):
translated by the dictionary and the corpus, its names found as the documents write them, and
each unit widened or narrowed by what the texts write around it (titles, a name's kind, "Line 3",
a rate written whole, a unit of measure's other names)."""

from __future__ import annotations

import dataclasses

from bot.answer.english.adjacent import adjacent_senses
from bot.answer.english.glossed import written_before
from bot.answer.english.degrees import Degree, degree_asked
from bot.answer.english.rate_nouns import rate_nouns
from bot.answer.english.figures import written_otherwise_too
from bot.answer.english.scale_asides import scale_counted, without_scale
from bot.answer.english.reread import named_units, surer_of
from bot.answer.english.numbered import numbered_things
from bot.answer.english.often import often_as_times
from bot.answer.english.sources import subject_named
from bot.answer.english.measured import measured_lengths
from bot.answer.english.unit_names import other_unit_names
from bot.answer.english.romanised_measures import romanised_measures
from bot.answer.english.titles import deputies_of_heads, deputy_titles, heads_of
from bot.answer.english.change_verbs import change_verbs
from bot.answer.english.whole_of import whole_of
from bot.answer.english.names import codes_written, glossed, name_kinds, titled, written_name
from bot.answer.english.basics import CJK_RE
from index.english import EnglishQuery
from index.search import Index


@dataclasses.dataclass(frozen=True)
class UnitsRead:
    """A question's English units as read: ``text`` as searched (its scale words and "how often"
    rewritten), ``scaled`` as asked, the question's ``chinese`` words, whether it is ``mixed``,
    the translated ``query``, its names ``spelled`` as written, its ``numbered`` things ("Line
    3"), and the ``degree`` it asks ("how satisfied")."""

    text: str
    scaled: str
    chinese: tuple[str, ...]
    mixed: bool
    query: EnglishQuery
    spelled: dict[int, tuple[str, ...]]
    numbered: tuple[tuple[str, str, str], ...]
    degree: Degree | None


def read_units(index: Index, text: str) -> UnitsRead:
    """Read the English units of ``text`` (a question with Latin letters)."""
    text = often_as_times(text)  # "how often did they meet": how many times
    scaled = text  # as asked: "in *billion* yuan" names its unit after the scale
    text = without_scale(scale_counted(text))  # "in ten-thousands": the scale asked in, no word to search (项万)
    text = subject_named(index, text)  # "who wrote the Zhejiang article": the article about Zhejiang
    said = index.tokenizer.query_words(text)
    chinese = [variant for word in said if word.pos != "eng" for variant in word.variants[:1]]
    codes = codes_written(index, [word.variants[0] for word in said if word.pos == "eng" and word.variants])
    mixed = CJK_RE.search(text) is not None  # Latin words typed among Chinese ones: names
    query, spelled = named_units(index, text, [*chinese, *codes], codes, mixed)
    held = [piece for variants in spelled.values() for piece in variants[1:] if index.doc_freq(piece) > 0]
    if held and not mixed:
        # a name found as the documents write it ("Gan Ruji": 甘汝楫, cut 甘 + 汝 + 楫) says where
        # the other words' senses belong, as a Chinese word of the question does: read again
        # with its pieces ("warships ... during his *career*": 战船 is at home beside the name,
        # 事业 only in another document -- the career is the doubtful word, not the warships)
        # -- it vouches, it does not doubt: a word its passages do not write (国王 for "king",
        # where the text writes 王) stays as surely understood as it was without it
        first = query
        query, spelled = named_units(index, text, [*chinese, *codes, *dict.fromkeys(held)], codes, mixed)
        query = surer_of(first, query)
    query = glossed(index, query, spelled)
    query = titled(index, query, spelled)
    # "the Baomo *Tower*": what the documents write right after the name (寶墨樓: 楼)
    query = dataclasses.replace(query, units=name_kinds(index, text, query.units, spelled))
    # "the deputy director of the housing bureau": 副 + 局长, as the text titles a deputy
    query = dataclasses.replace(query, units=deputy_titles(index, query.units))
    # "the chamber of commerce head": 会长, the title of the body's head (商会 -> 会 + 长)
    query = dataclasses.replace(query, units=heads_of(index, query.units))
    # "the *deputy head* of the housing bureau": 副 + 局长, one title (副局长)
    query = dataclasses.replace(query, units=deputies_of_heads(index, text, query.units))
    if not mixed:  # "by how much did sales *rise*": 增长, 增加 -- not 起 "to rise; to get up"
        query = dataclasses.replace(query, units=change_verbs(index, text, query.units))
        # "across the *province*": 全省, the whole of it, as CC-CEDICT glosses it
        query = dataclasses.replace(query, units=whole_of(index, text, query.units))
    if not mixed:  # "how long ... from east to west": 东西长, the thing's word + the adjective's character
        query = dataclasses.replace(query, units=measured_lengths(index, text, query.units, query.dimension))
    # "Line 3": 3号线, the sense of "line" a passage writes after the number
    # (written whole as one term of the index, 第三期, it is searched as that term)
    query, numbered = numbered_things(
        query, text, spelled, index.english().senses,
        lambda head: written_name(index, head) or ((head,) if index.doc_freq(head) > 0 else None),
    )
    if not mixed:  # "theme education": 主题教育, not 体育 (physical education)
        query = dataclasses.replace(
            query, units=adjacent_senses(text, query.units, lambda a, b: written_before(index, a, b))
        )
    read, degree = degree_asked(index, text, query.units) if query.kind is None and not mixed else (query.units, None)
    query = dataclasses.replace(query, units=written_otherwise_too(index, read))  # 首批: 第一批 too
    if not mixed:  # "the *opening rate*": 开放率, written whole (开放 + 率)
        rated, spelled = rate_nouns(index, text, query.units, spelled)
        query = dataclasses.replace(query, units=rated)
    # "in square metres": 平方公尺 too, where a text writes the unit so
    query = query if mixed else dataclasses.replace(query, units=other_unit_names(index, query.units))
    # "how many *shi* of rice": a measure word in pinyin, CC-CEDICT's 石 (600石)
    query = query if mixed else dataclasses.replace(query, units=romanised_measures(index, text, query.units))
    return UnitsRead(text, scaled, tuple(chinese), mixed, query, spelled, numbered, degree)
