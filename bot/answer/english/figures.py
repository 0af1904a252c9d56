"""What an English question says of figures: units of measure it names (tonnes, metres), words
that are figures (nine, September), decades and years the documents write otherwise, an amount
asked in a unit or a Chinese word, an ordinal instance the documents number apart, a number a
word is hyphened to ("early-2024")."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from bot.answer.english.amounts import term_given_as_figure
from bot.answer.english.glossed import passages_with_all
from bot.answer.english.romanised_measures import measure_asked
from bot.answer.english.scale_asides import POWER, without_scale
from bot.answer.english.unit_glosses import unit_headwords
from bot.question import COUNTED_DIMENSIONS
from index.english import EnglishQuery, EnglishUnit, load_dictionary
from index.english.forms import DATE_PREFIX_RE, english_words
from index.english.lemmas import lemmatize
from index.english.glosses import gloss_index
from index.english.kinds import terse
from index.figures.units import measured, unit_dimension
from index.question_words import FIRST_MEASURES, written_otherwise
from index.search import Index


#: Characters of Chinese numerals, and what a date's number is written with (九月份, 四月).
_NUMERAL_CHARS = frozenset("〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟")
_DATE_SUFFIXES = ("月份", "月", "日", "号")
_FIGURE_GLOSSES = 3  # a word's first common-noun headwords looked at


#: What units of measure measure (:func:`index.figures.unit_dimension`): not what counts
#: things, people or events, nor a date's or a time's units.
_AMOUNTS = frozenset({"length", "area", "volume", "mass", "power", "temperature"})
#: ... and of a unit the dictionary names by a phrase or a unit's label
#: (:mod:`~bot.answer.english.unit_glosses`): money too, where the gloss itself says a unit (两
#: "tael, unit of weight", what silver was counted in: 捐银1300两) -- not a one-word gloss's
#: first headwords, among which a money word is chance (块 for "piece").
_GLOSSED_AMOUNTS = _AMOUNTS | {"money"}


def named_measure(english: str) -> str | None:
    """What an English unit of measure measures, as CC-CEDICT shows: one of the first
    headwords of the word (or its base form: "tonnes" -> "ton") is a unit of measure (吨: mass;
    公尺: length). Texts write such units after their figures (2.6万吨, 1700米), where no term
    stands for them: the word is no unknown thing, and says what the answer is measured in."""
    symbol = _symbol_dimension(english)
    if symbol is not None:
        return symbol
    glossed = gloss_index().glossed
    word = english.lower()
    for base in dict.fromkeys((word, lemmatize(word, glossed))):
        for head in glossed.get(base, ())[:_FIGURE_GLOSSES]:
            dimension = unit_dimension(head)
            if dimension in _AMOUNTS:
                return dimension
    # "in *square metres*" (平方米 "square meter"), "how many *taels*" (两 "tael, unit of weight ...")
    for head in unit_headwords(english)[:_FIGURE_GLOSSES]:
        dimension = unit_dimension(head)
        if dimension in _GLOSSED_AMOUNTS:
            return dimension
    return None


def _symbol_dimension(english: str) -> str | None:
    """What ``english`` measures when it is a unit's symbol the texts write after figures (km,
    kg, m2: 5 km, 20kg), as the figures reader knows it; None for any other word."""
    for written in dict.fromkeys((english, english.lower())):
        dimension = unit_dimension(written) if written.isascii() else None
        if dimension in _AMOUNTS:
            return dimension
    return None


def unit_symbols(query: EnglishQuery) -> EnglishQuery:
    """``query`` with each unit's symbol ("how deep ..., in *km*") untranslated: a gloss that
    mentions the symbol ("市引: unit of distance equal to one-thirtieth km") gives no sense of it
    (单位 was searched, and the question doubted); untranslated, :func:`named_measure` reads what
    it measures, as for "kilometres"."""
    units = tuple(
        dataclasses.replace(unit, terms=(), confidence=0.0, understood=0.0)
        if unit.terms and " " not in unit.english and _symbol_dimension(unit.english) is not None else unit
        for unit in query.units
    )
    return query if units == query.units else dataclasses.replace(query, units=units)


def figure_word(english: str) -> bool:
    """Whether an English word is a number or a month ("nine", "billions", "September"), as
    CC-CEDICT shows: one of its first headwords is a Chinese numeral (九, 十亿), or one with a
    date's unit (九月份). Texts write such words as figures (9, 2,000万, 9月), which are not
    searched: untranslated, the word is no unknown thing."""
    glossed = gloss_index().glossed
    word = english.lower()
    heads = glossed.get(word) or glossed.get(word[:-1] if word.endswith("s") else word, ())
    for head in heads[:_FIGURE_GLOSSES]:
        for suffix in _DATE_SUFFIXES:
            if head.endswith(suffix) and len(head) > len(suffix):
                head = head[: -len(suffix)]
                break
        if head and all(char in _NUMERAL_CHARS for char in head):
            return True
    return False


_YEAR_RE = re.compile(r"(?<![\d.])(1[5-9]\d\d|20\d\d)(?![\d.])")
#: A decade ("in the 1930s"), which texts may write without its year (20世纪30-40年代).
_DECADE_RE = re.compile(r"(?<![\d.])(1[5-9]\d0|20\d0)['’]?s\b")


def without_decades(index: Index, text: str) -> str:
    """``text`` with the decades it names written as their year where a document writes it
    (1960至1990年代 for "the 1960s"), else left out: 20世纪30-40年代 writes no 1930, which is
    then no figure quoted or year looked for that the documents lack; a number an English
    word is joined to apart from it (:func:`_number_apart`); and the scale the answer is asked
    in left out (:data:`_SCALE_RE`: "in 10,000s" quotes no 10,000 the documents lack)."""
    # the year stands apart ("the mid-1950s", "mid-2010": no code name "mid-2010" the texts lack)
    text = without_scale(_number_apart(index, text))
    return DATE_PREFIX_RE.sub(" ", _DECADE_RE.sub(lambda m: " " + m.group(1) if index.doc_freq(m.group(1)) else " ", text))


#: A word in lower case joined by a hyphen to a number: "early-2024", "under-17", "late-1990s".
_WORD_NUMBER_RE = re.compile(r"(?<![A-Za-z\d-])([a-z]{3,})-(?=\d)")


def _number_apart(index: Index, text: str) -> str:
    """``text`` with an English word joined by a hyphen to a number written apart from it:
    "those *early-2024* visits", "the China *under-17* team" say when and which, and are no
    model or code name (A-135, MPQ-78, DC-9, MiG-29: letters no dictionary word is, or
    capitalised), which a question naming one the documents never write asks about something
    absent. Not a token a document writes as it is. (The dictionary's words are read only for a
    question that holds such a token: every other question, Chinese above all, starts as fast.)"""
    if _WORD_NUMBER_RE.search(text) is None:
        return text

    def apart(match: re.Match[str]) -> str:
        end = match.end()
        number = re.match(r"\d+", text[end:])
        token = match.group(0) + (number.group() if number else "")
        if match.group(1) not in load_dictionary().known or index.doc_freq(token) > 0:
            return match.group(0)
        return match.group(1) + " "

    return _WORD_NUMBER_RE.sub(apart, text)


def year_apart(index: Index, text: str, names: Sequence[Sequence[tuple[str, ...]]]) -> bool:
    """Whether a year ``text`` names is written only in documents that do not name the
    question's ``names`` (each as its forms, one of which a document must hold -- a form as the
    terms it must all hold: "Zhejiang" as 浙江省 or 浙江): "Washburn's population at the *2010*
    census" when only another text writes 2010 -- the documents lack the fact."""
    translator = index.english()
    held: list[int | None] = []
    for forms in names:
        found = [translator.documents(terms) for terms in forms]
        held.append(None if not found or any(d is None for d in found) else _union(found))
    if not held or any(documents is None for documents in held):
        return False
    for year in dict.fromkeys(_YEAR_RE.findall(without_decades(index, text))):
        years = translator.documents((year,))
        if years and not any(years & documents for documents in held if documents is not None):
            return True
    return False


def _union(documents: Sequence[int | None]) -> int:
    """The documents of any of ``documents`` (bit sets)."""
    out = 0
    for found in documents:
        out |= found or 0
    return out


_WHAT_IS_CHINESE_RE = re.compile(
    r"^\s*(?:what|which)\s+(?:is|was|are|were)\s+(?:the\s+)?([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)(?!\s*['’])",
    re.IGNORECASE,
)


def chinese_amount_asked(index: Index, text: str) -> str | None:
    """What a mixed "what is/was the <Chinese word> ..." question asks measured, when the word
    names an amount: one :func:`~index.figures.units.measured` knows (面积, 人口, 收盘价) or one
    the texts write before a measured figure (投票率为71.86%, 平均亩产441.9公斤 --
    :func:`~bot.answer.english.amounts.term_given_as_figure`), as "how much is the 投票率" and
    投票率是多少 ask. None otherwise ("what is the 八八战略": what it is; "what was 何杰's
    time": the word owns what is asked). "" for a figure asked in no unit of measure (a
    multiple, a count)."""
    match = _WHAT_IS_CHINESE_RE.match(text)
    if match is None:
        return None
    found = index.tokenizer.query_words(match.group(1))
    if not found:
        return None
    term = found[-1].variants[0]  # a Chinese noun phrase ends in its head (曾文水库的蓄水率)
    if index.doc_freq(term) == 0 or (len(found) > 1 and len(term) == 1):
        # a word the segmenter cuts in pieces (蓄水 + 率): looked for whole where they all are
        term = "".join(word.variants[0] for word in found)
        pieces = [piece for word in found for piece in (word.variants[1:] if word.pos == "phrase" else word.variants[:1])]
        rows = passages_with_all(index, pieces)
    else:
        rows = None
    given = measured(term) or term_given_as_figure(index, term, rows, counts=True)
    if given is None:
        return None
    return "" if given in COUNTED_DIMENSIONS else given  # a multiple (41.35倍): a figure, no unit asked


#: "in <unit>" after a scale, if any: "in billions of yuan", "in *billion* yuan", "in *10,000*
#: yuan", "in *hundred million* yuan", "in *units of ten thousand* taels" -- the scale says how many of
#: the unit, the unit what is measured.
_IN_UNIT_RE = re.compile(
    r"\bin\s+(?:units\s+of\s+(?=[\d\s]*\d|(?:ten|a|hundred)\b))?"  # "in units of 10,000 tonnes": 万吨
    r"(?:(?:tens|hundreds|thousands|millions|billions|trillions)\s+of\s+"
    rf"|(?:{POWER}|(?:ten[\s-]+|a\s+hundred\s+|hundred[\s-]+)?(?:thousand|million|billion))\s+(?=[a-z]))?"
    r"([a-z]+(?:\s+[a-z]+)?)",
    re.IGNORECASE,
)


def asked_in_unit(text: str, units: Sequence[EnglishUnit]) -> str | None:
    """What a "what is ..." question asks measured, when it names the unit of the answer after
    "in" ("in billions of *yuan*", "in square *kilometres*"): a translation of that word is a
    figure's unit of measure (元: money) -- not one counting things, people or events, nor a
    date's or a time's. None otherwise ("in Zhejiang", "in 2014"). Of two words the last, the
    phrase's head, is the unit too ("in silver *taels*": 两, money -- an English noun phrase ends
    in what it names, the words before qualify it) -- not after a determiner ("in *the* two
    batches", "in *a* year": a unit of measure is named bare), nor a number word ("two": 两).
    ``""`` for a measure word written in pinyin ("in *wen*": 文, :mod:`romanised_measures`): a unit
    is asked, of no dimension the figures reader names -- callers keep ``""`` as the dimension
    (made None, "in shi?" took a date's 3年 over 1500石 in a dev question)."""
    for match in _IN_UNIT_RE.finditer(text):
        words = match.group(1).lower()
        for unit in units:
            english = unit.english.lower()
            head = (
                words.endswith(" " + english) and words.split()[0] not in _DETERMINERS and not figure_word(english)
            )
            if not (words == english or words.startswith(english + " ") or head or english.startswith(words)):
                continue
            for term, _ in unit.terms:
                found = unit_dimension(term)
                if found is not None and found not in (*COUNTED_DIMENSIONS, "date", "time"):
                    return found
            # "in *tons*": no term stands for 吨, written after its figures; "in *km*": a symbol the
            # dictionary reads otherwise (单位) still names its unit (公里: a length)
            found = named_measure(unit.english)
            if found is not None and found not in (*COUNTED_DIMENSIONS, "date", "time"):
                return found
            if measure_asked(unit):  # "in *wen*": a measure word in pinyin (文), of no dimension known
                return ""
    return None


#: English determiners (a closed class): after "in", they open a place or a time, not a unit named.
_DETERMINERS = frozenset("the a an this that these those its their his her our my your each every all both any some".split())
#: Words that end the thing a what-question asks ("what total length in km *does* ...").
_ASKING_VERBS = frozenset("is are was were do does did will would can could has have had should must".split())
#: An aside closing a question with the unit asked: ", in km?", "(in metres)?".
#: Scale words a unit asked may follow, hyphenated or not ("in *ten-thousand* mu", "in
#: *hundred-million* yuan", "in *tens of thousands*"): the unit is the word after them.
_SCALE_WORDS = frozenset(
    "ten tens hundred hundreds thousand thousands million millions billion billions of".split()
)
_SCALE = r"(?:(?:" + "|".join(sorted(_SCALE_WORDS, key=len, reverse=True)) + r")[\s-]+)*"
_CLOSING_UNIT_RE = re.compile(rf"[,(]\s*(in\s+{_SCALE}[a-z]+(?:\s+[a-z]+)?)\s*\)?\s*\??\s*$", re.IGNORECASE)
#: "in km?" ending a question asked as keywords, with no comma before it: the unit asked.
_TERSE_UNIT_RE = re.compile(rf"\b(in\s+{_SCALE}[a-z]+(?:\s+[a-z]+)?)\s*\)?\s*\??\s*$", re.IGNORECASE)


def unit_of_thing_asked(text: str) -> str | None:
    """The words naming the unit a what/which question asks its answer in, when it names it in
    the thing it asks, before the question's verb ("what total greenway length *in km* does the
    city aim to exceed": a figure, as "what is the length in km" asks), or in an aside closing the
    question (", in km?") -- or, for a question asked as keywords, in its last words ("Distance
    from the island to the coast in km?"); None otherwise ("what did they build in Tinglan": a
    place, asked of no figure -- :func:`asked_in_unit` reads the unit's dimension)."""
    words = re.findall(r"[a-z0-9,.']+", text.lower())
    if words and terse(english_words(text)):  # "Distance from the island to the coast *in km*?"
        ending = _TERSE_UNIT_RE.search(text)
        return ending.group(1) if ending is not None else None
    if not words or words[0] not in ("what", "which"):
        return None
    closing = _CLOSING_UNIT_RE.search(text)
    if closing is not None:
        return closing.group(1)
    for n, word in enumerate(words[1:], 1):
        if word in _ASKING_VERBS:
            return None
        if word == "in" and n + 1 < len(words):
            unit = n + 1  # ... past the scale words ("in ten-thousand mu, is it aiming for")
            while unit + 1 < len(words) and words[unit] in _SCALE_WORDS:
                unit += 1
            return " ".join(words[n : unit + 2])
    return None


#: ", in characters?" closing a question: the unit its answer is stated in.
_CLOSING_IN_RE = re.compile(r",\s*in\s+([a-z]+)\s*\??\s*$", re.IGNORECASE)


def counted_in_unit(text: str, units: Sequence[EnglishUnit]) -> str | None:
    """The measure word an English question's answer is counted in when it closes by naming it
    ("how long is the book, *in characters*?": 字, written 46万字 -- not a length): a translation
    of the closing word that figures are counted with (things, people, events). None otherwise."""
    match = _CLOSING_IN_RE.search(text)
    if match is None:
        return None
    word = match.group(1).lower()
    for unit in units:
        if unit.english.lower() == word:
            return next((term for term, _ in unit.terms if unit_dimension(term) in COUNTED_DIMENSIONS), None)
    return None


def written_otherwise_too(index: Index, units: Sequence[EnglishUnit]) -> tuple[EnglishUnit, ...]:
    """``units`` with each translation's other written forms that a document writes, as a Chinese
    question's words get them (:func:`index.question_words.written_otherwise`): "the *first
    batch*" is 首批 in the dictionary and 第一批 in the text that gives its figures; "so-called"
    (俗称) is 又称 there. An ordinal for a phrase only: "*first* published" counts no thing
    (首次 is no 第一次 there)."""
    out = []
    for unit in units:
        have = {term for term, _ in unit.terms}
        phrase = " " in unit.english.strip()
        more = [
            (other, weight) for term, weight in unit.terms for other in written_otherwise(term)
            if other not in have and index.doc_freq(other) > 0 and (phrase or not _ordinal(term))
        ]
        out.append(dataclasses.replace(unit, terms=(*unit.terms, *more)) if more else unit)
    return tuple(out)


def _ordinal(term: str) -> bool:
    """Whether ``term`` is a "first" ordinal of a measure word (首批, 第一届)."""
    return term.startswith(("首", "第一")) and term[-1] in FIRST_MEASURES


#: English ordinals from "second" on, as Chinese writes them after 第 ("first" is also 首: 首批,
#: 首次, 首届 -- no 第一批 in the documents does not mean no first batch).
_ORDINALS = {
    word: number for number, word in enumerate(
        "second third fourth fifth sixth seventh eighth ninth tenth".split(), start=2
    )
}
_ORDINAL_RE = re.compile(r"^([2-9]|10)(?:nd|rd|th)$")
_CHINESE_NUMBERS = "一二三四五六七八九十"


def instance_apart(index: Index, units: Sequence[EnglishUnit]) -> bool:
    """Whether an ordinal before a counted noun ("the *third batch*") names an instance the
    documents never number, though they number others of the kind with the noun's measure word
    (CC-CEDICT's classifier: 批 for "batch"; 第一批, 第二批 only) -- as the Chinese 第三批 is
    read (:func:`bot.answer.instances.names_instance`): the question is about one they lack."""
    for unit, following in zip(units, units[1:]):
        word = unit.english.lower()
        ordinal = _ORDINAL_RE.match(word)
        number = _ORDINALS.get(word) or (int(ordinal.group(1)) if ordinal else None)
        if number is None or not following.classifiers:
            continue
        for measure in following.classifiers:
            if len(measure) != 1:
                continue

            def held(n: int, measure: str = measure) -> bool:
                return any(
                    index.doc_freq(f"第{written}{measure}") > 0
                    for written in (_CHINESE_NUMBERS[n - 1], str(n))
                )

            if not held(number) and any(held(other) for other in range(1, 11) if other != number):
                return True
    return False
