"""English words of a question as weighted search words (through the index's translator)."""

from __future__ import annotations

import dataclasses
import math
import re
import weakref
from itertools import islice, product
from collections.abc import Sequence
from dataclasses import dataclass


from bot.answer.english_counted import counted_in_corpus
from bot.answer.english_amounts import (
    counted_terms,
    given_as_figure,
    measure_words,
    people_deed,
    term_given_as_figure,
)
from bot.answer.english_glossed import GLOSSED_SURE, glossed_name, passages_with_all
from bot.answer.english_levels import level_asked
from bot.answer.model import Translation, WeightedWord
from bot.question import COUNTED_DIMENSIONS
from index.english import EnglishQuery, EnglishUnit
from index.english.cantonese import name_runs, syllable_characters, wade_giles_characters
from index.english.cedict import load_dictionary
from index.english.forms import DATE_PREFIX_RE, lemmatize
from index.english.glosses import gloss_index
from index.english.pinyin import SoundIndex
from index.figures.units import measured, unit_dimension
from index.normalize import aligner_for, normalize
from index.runs import STOP_WORDS
from index.search import Index

_LATIN_RE = re.compile(r"[A-Za-z]{2,}")
_LATIN_LETTER_RE = re.compile(r"[a-z]")
_DIGIT_RE = re.compile(r"\d")
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HOW_MANY_CHINESE_RE = re.compile(r"\bhow\s+many\s*([\u3400-\u4dbf\u4e00-\u9fff]+)", re.IGNORECASE)


@dataclass(frozen=True)
class EnglishWords:
    """An English question's words as search words, with what they were translated to.

    ``counted`` is the corpus term a count question counts ("how many *party members*" ->
    党员; "how many 讀書班" -> 读书班, as 多少 would give) and ``units`` the measure words it
    is counted with (:func:`measure_words`).
    """

    words: tuple[WeightedWord, ...]
    translations: tuple[Translation, ...]
    kind: str | None
    counted: str | None = None
    units: frozenset[str] = frozenset()
    sure: float = 1.0  # how surely the English words were understood (:func:`understood_share`)
    dimension: str | None = None  # what an asked amount measures ("how *large*": an area)
    mixed: bool = False  # the question also has Chinese words
    latin: frozenset[str] = frozenset()  # Latin words the documents write, searched with translations
    deed: str | None = None  # what befell the people a count asks about (:func:`people_deed`)


#: How English units weigh (see :func:`english_words`).
ENGLISH_SURE = 0.6  # a unit whose translations add up to this is fully understood
ENGLISH_UNDERSTOOD = 0.25  # below this, a unit names something the documents may not discuss
ENGLISH_NOTHING_UNDERSTOOD = 0.1  # a question none of whose things is understood this well asks about none
ENGLISH_FEW_OTHERS = 2  # a question saying no more than this besides its focus is about it
ENGLISH_ACTION = 0.5  # a verb ("held", "carry out") weighs this share of a thing
ENGLISH_TYPICAL_SHARE = 0.05  # an understood English word weighs like a term in 5% of passages
ENGLISH_UNKNOWN_ACTION = 0.2  # an untranslated verb, relative to an unknown thing
ENGLISH_WEAK_ACTION = 0.5  # a verb translated less surely than this is left untranslated
ENGLISH_UNKNOWN_SIDE = 0.5  # an untranslated word beside the focus, relative to an unknown thing
ENGLISH_ONE_CHARACTER = 0.5  # a one-character translation beside a longer one, of its weight
ENGLISH_RICH = 2  # ... in a question with at least this many other words well understood
ENGLISH_CONFIDENT = 0.5  # an answer to English understood less surely than this is hedged
ENGLISH_FOCUS_SHARE = 2.0  # the thing asked about counts this much in how surely it was understood
ENGLISH_BYLINE = 3.0  # "who wrote ...": the byline (记者 ...) outweighs the words naming the text
ABSENT = "\x00english-absent"  # marks a question about something the documents lack
SEPARATOR = "/"  # between the Chinese words searched for one English word
NOT_SEARCHED = "?"  # shown for an English word no Chinese word was searched for


def _shares(terms: Sequence[tuple[str, float]], mixed: bool) -> list[float]:
    """How much each translation of a unit counts, relative to its best: its weight, and for a
    one-character term beside a longer one (司 and 處 beside 部门 for "departments", 堡 beside
    农村 for "villages") :data:`ENGLISH_ONE_CHARACTER` of it -- a lone
    character is read inside many other words, so a passage matching it is less likely to mean
    the word. Wholly English questions only (a mixed question's Latin words are left as they were)."""
    top = terms[0][1]
    longer = not mixed and any(len(term) > 1 for term, _ in terms)
    return [
        weight / top * (ENGLISH_ONE_CHARACTER if longer and len(term) == 1 else 1.0)
        for term, weight in terms
    ]


def wholly_english(question: str) -> bool:
    """Whether ``question`` is written in English words only (no Chinese among them)."""
    return _LATIN_RE.search(question) is not None and _CJK_RE.search(question) is None


def english_words(index: Index, text: str) -> EnglishWords | None:
    """Translate the English words of ``text`` into corpus terms (None without English words).

    Each English unit becomes a search word whose alternatives are its dictionary
    translations. A unit translated only weakly ("population" -> 总体, a statistics sense)
    is partly *not understood*: that share of it is an unknown word, which no passage has.
    Verbs weigh less than things, and an untranslated verb ("paired", "wrote") little -- as
    for Chinese verbs the corpus lacks. A question whose focus ("how many *tourists*", "what
    is the *population* of") or a name ("France") is not understood is about something the
    documents lack: it gets a word that :func:`_names_something_absent` recognises.
    """
    if not _LATIN_RE.search(text):
        return None
    said = index.tokenizer.query_words(text)
    chinese = [variant for word in said if word.pos != "eng" for variant in word.variants[:1]]
    codes = _codes_written(index, [word.variants[0] for word in said if word.pos == "eng" and word.variants])
    query = index.english().translate(text, [*chinese, *codes])
    query = _latin_base_forms(index, query)
    # unit -> a name's phrase word, as written
    query, spelled = _romanised_names(index, query, text)
    if any(unit.written for unit in query.units):
        units = list(query.units)
        for n, unit in enumerate(units):
            for head, score in unit.written:
                variants = written_name(index, head)
                if variants is not None:
                    spelled[n] = variants
                    units[n] = dataclasses.replace(unit, confidence=score, understood=score)
                    break
        query = dataclasses.replace(query, units=tuple(units))
    query = _glossed(index, query, spelled)
    query = _titled(index, query, spelled)
    words: list[WeightedWord] = []
    translations: list[Translation] = []
    mixed = _CJK_RE.search(text) is not None  # Latin words typed among Chinese ones: names
    # "how many *tonnes*", "in *metres*": a unit of measure no term stands for (2.6万吨) that
    # measures what is asked -- not "a *litre* of petrol" in a question asking a price
    amounts = {} if mixed else {
        n: found for n, unit in enumerate(query.units)
        if not unit.terms and n not in spelled and (found := named_measure(unit.english)) is not None
        and query.dimension in (None, found)
    }
    focus = [unit for n, unit in enumerate(query.units) if unit.focus and not unit.action and n not in amounts]
    others = [
        unit for unit in query.units
        if not unit.focus and not unit.action and unit.understood >= ENGLISH_UNDERSTOOD
    ]
    # the thing asked about is not understood, or a word of it is not even guessed ("GDP" growth)
    absent = (
        bool(focus)
        and (
            # (a word the documents write in Latin letters is understood: "Lenghu's *GDP*",
            # 全区GDP4.8亿元, is searched as written)
            all(unit.understood < ENGLISH_UNDERSTOOD and not _latin_at_home(index, unit, query.units) for unit in focus)
            or any(  # a name found as written (杜拜) is understood
                unit.focus and not unit.action and not unit.terms and n not in spelled and n not in amounts
                and not unit.english.endswith(("ing", "ed")) and not figure_word(unit.english)
                # so is a word the documents write in Latin letters ("the *AEON* executive":
                # 成为AEON第2大百货店), which is searched as written
                and not _latin_at_home(index, unit, query.units)
                for n, unit in enumerate(query.units)
            )
        )
        and len(others) <= ENGLISH_FEW_OTHERS
    )
    # a thing found only apart from the names matters when it is what the question asks about
    absent = absent or any(unit.elsewhere and unit.focus for unit in query.units)
    # one name and nothing else understood: "what will the *weather* be like in Taipei
    # *tomorrow*" says where, and asks about nothing the dictionary ties to the documents (two
    # names -- "at the Hong Kong Coliseum in Hung Hom" -- may say what by themselves)
    named = [unit for n, unit in enumerate(query.units) if unit.name or n in spelled]
    things = [
        unit for n, unit in enumerate(query.units)
        if not (unit.name or unit.action or n in spelled or n in amounts or figure_word(unit.english))
    ]
    absent = absent or (
        not mixed and len(named) <= 1 and bool(things)
        and all(
            unit.understood < ENGLISH_NOTHING_UNDERSTOOD and not _latin_at_home(index, unit, query.units)
            for unit in things
        )
    )
    clear = [u for u in query.units if not u.action and u.understood >= ENGLISH_SURE]
    joined: set[str] = set()
    for n, unit in enumerate(query.units):
        if unit.name and unit.understood < ENGLISH_UNDERSTOOD and not figure_word(unit.english):
            absent = True  # a name the documents never mention (not a month: written 9月)
        light = unit.action or (unit.measure and query.kind == "count" and not unit.terms)
        scale = ENGLISH_ACTION if light else ENGLISH_BYLINE if unit.byline else 1.0
        sure = min(1.0, unit.confidence / ENGLISH_SURE)
        # a side word the dictionary cannot tie to the documents must not veto what the rest
        # of the question finds (the answer is then less sure); the focus and names do
        rich = sum(1 for u in clear if u is not unit) >= ENGLISH_RICH
        side = not (unit.focus or unit.name or mixed) and rich
        unknown = ENGLISH_UNKNOWN_SIDE if side else 1.0
        if unit.action and unit.confidence < ENGLISH_WEAK_ACTION:
            sure = 0.0  # a verb only a stretched gloss explains ("come" -> 作出): not searched
        if n in spelled:  # a name the segmenter splits: found as written (杜拜)
            words.append(
                WeightedWord(spelled[n], "phrase", weight=scale * sure, shares=(1.0,) * len(spelled[n]))
            )
            translations.append(Translation(unit.english, spelled[n][0]))
        elif unit.terms and sure > 0:
            # a word the documents also write in Latin letters ("TAIPEI 101 MALL") is one word
            # found in either script, not two: its Latin form joins its translations
            latin = () if mixed or " " in unit.english or index.doc_freq(unit.english) == 0 else (unit.english,)
            joined.update(latin)
            words.append(
                WeightedWord(
                    (*(term for term, _ in unit.terms), *latin),
                    "eng",
                    weight=scale * sure,
                    shares=(*_shares(unit.terms, mixed), *(1.0 for _ in latin)),
                )
            )
        if n not in spelled:
            searched = [term for term, _ in unit.terms] if unit.terms and sure > 0 else []
            # every Chinese word searched for it, or "?" for a word that was not
            translations.append(Translation(unit.english, SEPARATOR.join(searched) or NOT_SEARCHED))
        if sure < 1.0 and not (unit.terms or n in spelled) and (n in amounts or figure_word(unit.english)):
            continue  # "nine", "billions", "September": a figure, which the text writes in digits
        if sure < 1.0:
            pos = "eng-v" if light else "eng"
            weight = scale * unknown * (1.0 - sure)
            words.append(WeightedWord((unit.english.lower(),), pos, weight=weight))
    anchors = [unit.terms[0][0:1] for unit in query.units if unit.name and unit.terms]
    # a wholly English question only: a mixed one says in Chinese what it is about ("布魯克林籃網曾於
    # 1974年和哪一年時奪得了ABA總冠軍" is no question about ABA's name)
    # "the *third batch*": the documents number the batches (第一批, 第二批) but never a third
    absent = absent or (not mixed and _instance_apart(index, query.units))
    if absent or (not mixed and _year_apart(index, text, [*anchors, *(v[1:] or v for v in spelled.values())])):
        words.append(WeightedWord((ABSENT,), "eng-absent"))
    kind, dimension = level_asked(text, query), query.dimension  # (what did ... *raise* ... *to*: a figure)
    if kind == "count" and dimension is None and amounts:
        dimension = next(iter(amounts.values()))  # "how many tonnes": a mass, as 多少吨 asks
    if kind is None and query.what_is:
        given = given_as_figure(index, query.units)
        if given is not None:  # "what is the average monthly humidity": the texts write 濕度為66%
            kind, dimension = "count", given
        else:  # "what is its registered capital, *in billions of yuan*": an amount of money
            given = _asked_in_unit(text, query.units)
            if given is None and mixed:  # "what was the *亩产* of wheat": the Chinese word is asked
                given = chinese_amount_asked(index, text)
            if given is not None:
                kind, dimension = "count", given or None
    counted, units = None, frozenset()
    how_many = _HOW_MANY_CHINESE_RE.search(text)
    if how_many is not None:
        counted = index.tokenizer.counted_word("多少" + how_many.group(1))
    elif query.kind == "count":
        choices, classifiers = counted_terms(query.units)
        counted, shown = counted_in_corpus(index, query.units, choices)
        units = measure_words(index, counted, classifiers, shown) if counted else frozenset(classifiers)
        if counted is not None and (measured(counted) is not None or query.dimension is not None):
            # an amount (人口, 面积, what "how *large*" asks) is written as a figure after it (人口為161,785), not counted
            # with measure words: those would prefer another figure (297人每平方公里)
            counted, units = None, frozenset()
    sure = understood_share(query.units, len(set(chinese)))
    deed = people_deed(query.units, ENGLISH_WEAK_ACTION) if kind == "count" and not mixed else None
    return EnglishWords(
        tuple(words), tuple(translations), kind, counted, units, sure, dimension, mixed, frozenset(joined), deed
    )



#: Characters of Chinese numerals, and what a date's number is written with (九月份, 四月).
_NUMERAL_CHARS = frozenset("〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟")
_DATE_SUFFIXES = ("月份", "月", "日", "号")
_FIGURE_GLOSSES = 3  # a word's first common-noun headwords looked at


#: What units of measure measure (:func:`index.figures.unit_dimension`): not what counts
#: things, people or events, nor a date's or a time's units.
_AMOUNTS = frozenset({"length", "area", "volume", "mass", "power", "temperature"})


def named_measure(english: str) -> str | None:
    """What an English unit of measure measures, as CC-CEDICT shows: one of the first
    headwords of the word (or its base form: "tonnes" -> "ton") is a unit of measure (吨: mass;
    公尺: length). Texts write such units after their figures (2.6万吨, 1700米), where no term
    stands for them: the word is no unknown thing, and says what the answer is measured in."""
    glossed = gloss_index().glossed
    word = english.lower()
    for base in dict.fromkeys((word, lemmatize(word, glossed))):
        for head in glossed.get(base, ())[:_FIGURE_GLOSSES]:
            dimension = unit_dimension(head)
            if dimension in _AMOUNTS:
                return dimension
    return None


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
    then no figure quoted or year looked for that the documents lack."""
    # the year stands apart ("the mid-1950s", "mid-2010": no code name "mid-2010" the texts lack)
    return DATE_PREFIX_RE.sub(" ", _DECADE_RE.sub(lambda m: " " + m.group(1) if index.doc_freq(m.group(1)) else " ", text))


def _year_apart(index: Index, text: str, names: Sequence[tuple[str, ...]]) -> bool:
    """Whether a year ``text`` names is written only in documents that do not name the
    question's ``names`` (each as the terms a document must all hold): "Washburn's population
    at the *2010* census" when only another text writes 2010 -- the documents lack the fact."""
    translator = index.english()
    held = [translator.documents(terms) for terms in names]
    if not held or any(documents is None for documents in held):
        return False
    for year in dict.fromkeys(_YEAR_RE.findall(without_decades(index, text))):
        years = translator.documents((year,))
        if years and not any(years & documents for documents in held if documents is not None):
            return True
    return False


_WHAT_IS_CHINESE_RE = re.compile(
    r"^\s*(?:what|which)\s+(?:is|was|are|were)\s+(?:the\s+)?([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)(?!\s*['’])",
    re.IGNORECASE,
)


def chinese_amount_asked(index: Index, text: str) -> str | None:
    """What a mixed "what is/was the <Chinese word> ..." question asks measured, when the word
    names an amount: one :func:`~index.figures.units.measured` knows (面积, 人口, 收盘价) or one
    the texts write before a measured figure (投票率为71.86%, 平均亩产441.9公斤 --
    :func:`~bot.answer.english_amounts.term_given_as_figure`), as "how much is the 投票率" and
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


_IN_UNIT_RE = re.compile(
    r"\bin\s+(?:(?:tens|hundreds|thousands|millions|billions|trillions)\s+of\s+)?([a-z]+(?:\s+[a-z]+)?)",
    re.IGNORECASE,
)


def _asked_in_unit(text: str, units: Sequence[EnglishUnit]) -> str | None:
    """What a "what is ..." question asks measured, when it names the unit of the answer after
    "in" ("in billions of *yuan*", "in square *kilometres*"): a translation of that word is a
    figure's unit of measure (元: money) -- not one counting things, people or events, nor a
    date's or a time's. None otherwise ("in Zhejiang", "in 2014")."""
    for match in _IN_UNIT_RE.finditer(text):
        words = match.group(1).lower()
        for unit in units:
            english = unit.english.lower()
            if not (words == english or words.startswith(english + " ") or english.startswith(words)):
                continue
            for term, _ in unit.terms:
                found = unit_dimension(term)
                if found is not None and found not in (*COUNTED_DIMENSIONS, "date", "time"):
                    return found
            if not unit.terms:  # "in *tons*": no term stands for 吨, written after its figures
                found = named_measure(unit.english)
                if found is not None:
                    return found
    return None


#: English ordinals from "second" on, as Chinese writes them after 第 ("first" is also 首: 首批,
#: 首次, 首届 -- no 第一批 in the documents does not mean no first batch).
_ORDINALS = {
    word: number for number, word in enumerate(
        "second third fourth fifth sixth seventh eighth ninth tenth".split(), start=2
    )
}
_ORDINAL_RE = re.compile(r"^([2-9]|10)(?:nd|rd|th)$")
_CHINESE_NUMBERS = "一二三四五六七八九十"


def _instance_apart(index: Index, units: Sequence[EnglishUnit]) -> bool:
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


def _glossed(index: Index, query: EnglishQuery, spelled: dict[int, tuple[str, ...]]) -> EnglishQuery:
    """``query`` with each run of untranslated words that the documents write in Latin letters
    as the gloss of a Chinese name ("Aqua Marine": 碧海蓝天（Aqua Marine）) made one unit found
    as that name, searched as :func:`written_name` searches it (``spelled`` is updated: the
    units found so, and the others' new places). The Latin words stay searched as written too
    (the passage glossing the name is often the one saying what it is)."""
    units = query.units
    out: list[EnglishUnit] = []
    found: dict[int, tuple[str, ...]] = {}
    n = 0
    while n < len(units):
        end = n
        while end < len(units) and end not in spelled and _latin_written(index, units[end]):
            end += 1
        for stop in range(end, n, -1):  # the longest run first ("aqua marine", then "aqua")
            words = [word for unit in units[n:stop] for word in unit.english.split()]
            name = glossed_name(index, words)
            variants = None if name is None else (name,) if index.doc_freq(name) else written_name(index, name)
            if variants is not None:
                found[len(out)] = variants
                out.append(dataclasses.replace(
                    units[n], english=" ".join(words), confidence=GLOSSED_SURE, understood=GLOSSED_SURE,
                    name=True, written=(),
                ))
                n = stop
                break
        else:
            if n in spelled:
                found[len(out)] = spelled[n]
            out.append(units[n])
            n += 1
    spelled.clear()
    spelled.update(found)
    return dataclasses.replace(query, units=tuple(out))


def _codes_written(index: Index, tokens: Sequence[str]) -> list[str]:
    """The model or code names among the question's Latin ``tokens`` (letters and digits:
    a-135, t6 of 51T6; a possessive's "'s" dropped) that the documents write: names of their
    things, which say where the other words' senses belong, as a Chinese word of a mixed
    question does ("launch *sites*" of the A-135: 发射, not 开展)."""
    found = []
    for token in tokens:
        token = token.removesuffix("'s").removesuffix("’s")
        if _DIGIT_RE.search(token) and _LATIN_LETTER_RE.search(token) and index.doc_freq(token) > 0:
            found.append(token)
    return list(dict.fromkeys(found))


def _latin_base_forms(index: Index, query: EnglishQuery) -> EnglishQuery:
    """``query`` with each untranslated word the documents do not write in Latin letters, but
    whose base form they do ("bilberries": 在英国称之bilberry), read as that form -- as a
    dictionary word's inflections are read as its lemma."""
    units = list(query.units)
    for n, unit in enumerate(units):
        word = unit.english.lower()
        if unit.terms or unit.action or " " in word or not word.isascii() or index.doc_freq(word) > 0:
            continue
        base = lemmatize(word)
        if base != word and index.doc_freq(base) > 0:
            units[n] = dataclasses.replace(unit, english=base)
    return dataclasses.replace(query, units=tuple(units))


def _latin_written(index: Index, unit: EnglishUnit) -> bool:
    """Whether ``unit`` is untranslated words the documents write in Latin letters."""
    return not unit.terms and not unit.action and all(index.doc_freq(word) > 0 for word in unit.english.split())


def _latin_at_home(index: Index, unit: EnglishUnit, units: Sequence[EnglishUnit]) -> bool:
    """Whether ``unit`` is untranslated words the documents write in Latin letters
    (:func:`_latin_written`) in a document naming each of the question's names found ("Lenghu's
    *GDP*": 全区GDP4.8亿元; not "Zhejiang's GDP" when only another document writes GDP)."""
    if not _latin_written(index, unit):
        return False
    translator = index.english()
    written = translator.documents(tuple(unit.english.split()))
    names = [translator.documents(u.terms[0][0:1]) for u in units if u.name and u.terms]
    return written is None or all(found is None or found & written for found in names)


#: Strings of characters tried for a name spelled in Hong Kong's romanisation, at most.
HK_NAME_SPELLINGS = 64


def _romanised_names(
    index: Index, query: EnglishQuery, text: str
) -> tuple[EnglishQuery, dict[int, tuple[str, ...]]]:
    """``query`` with each name spelled in the Hong Kong Government romanisation or in Wade-Giles
    that a document writes ("Wong Wah-kei": 黄华麒, which the segmenter cuts into 黄 + 华 + 麒;
    "Ming Hsieh": 谢明) made one name unit, and the units found so, as :func:`written_name`
    searches them. Its words must be units nothing was found for, or names only guessed ("Chiu
    Chow": not 西区 for "Chiu"); its characters are those the syllables spell that the index holds alone (as a
    name cut up is), in order, and the whole must be written in a passage."""
    units = list(query.units)
    spelled: dict[int, tuple[str, ...]] = {}
    for run in name_runs(text):
        at = next(
            (n for n in range(len(units) - len(run) + 1)
             if tuple(u.english for u in units[n : n + len(run)]) == run),
            None,
        )
        if at is None or any((u.terms and not (u.name and u.understood < 1.0)) or u.action for u in units[at : at + len(run)]):
            continue
        variants = _romanised_name(index, run)
        if variants is None:
            continue
        merged = dataclasses.replace(
            units[at], english=" ".join(run), confidence=1.0, understood=1.0, name=True, focus=False
        )
        units[at : at + len(run)] = [merged]
        spelled = {(k if k < at else k - len(run) + 1): v for k, v in spelled.items()}
        spelled[at] = variants
    return dataclasses.replace(query, units=tuple(units)), spelled


def _romanised_name(index: Index, run: tuple[str, ...]) -> tuple[str, ...] | None:
    """The search variants of the name the syllables ``run`` spell in Hong Kong's romanisation or
    in Wade-Giles, surname first or last ("Ming Hsieh": 谢明), that a passage writes; None if
    none does. Only characters the index holds alone are tried (a name the segmenter cuts up)."""
    orders = dict.fromkeys((run, (run[-1], *run[:-1])))
    for table in (syllable_characters(), wade_giles_characters()):
        for order in orders:
            if not all(syllable in table for syllable in order):
                continue
            options = [sorted(c for c in table[syllable] if index.doc_freq(c) > 0) for syllable in order]
            for chars in islice(product(*options), HK_NAME_SPELLINGS):
                name = "".join(chars)
                variants = (name,) if index.doc_freq(name) > 0 else written_name(index, name)
                if variants is not None:
                    return variants
    return None


#: A name found by how a document's title sounds: this sure times how close it sounds.
TITLE_SOUND_FACTOR = 0.8
_CJK_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


def _titled(index: Index, query: EnglishQuery, spelled: dict[int, tuple[str, ...]]) -> EnglishQuery:
    """``query`` with the names neither the dictionary nor the corpus's terms explain found in
    a document's title by how they sound ("Washburn": 瓦士本市, which the segmenter cuts into
    瓦 + 士 + 本市); each found is added to ``spelled`` as :func:`written_name` searches it.
    Only a word the dictionary does not know, or knows only as a name, is looked for."""
    known = load_dictionary().known
    units = list(query.units)
    for n, unit in enumerate(units):
        if n in spelled or unit.terms or unit.action or " " in unit.english:
            continue
        if unit.english in known and not (unit.name or unit.written):
            continue
        sounds = title_sounds(index).terms(unit.english)
        for head, close in sorted(sounds.items(), key=lambda item: (-item[1], item[0])):
            variants = (head,) if index.doc_freq(head) > 0 else written_name(index, head)
            if variants is not None:
                spelled[n] = variants
                sure = TITLE_SOUND_FACTOR * close
                units[n] = dataclasses.replace(unit, confidence=sure, understood=sure, name=True)
                break
    return dataclasses.replace(query, units=tuple(units))


#: Each index's title sounds, kept as long as the index is: a cache that held the index itself would
#: keep an index a reload replaced (its maps, its descriptors, its memory) alive.
_TITLE_SOUNDS: weakref.WeakKeyDictionary[Index, SoundIndex] = weakref.WeakKeyDictionary()


def title_sounds(index: Index) -> SoundIndex:
    """The runs of Chinese characters of the documents' titles, by how they sound: a title
    names its document's subject, whatever script the name is in."""
    sounds = _TITLE_SOUNDS.get(index)
    if sounds is None:
        runs = {
            run for document in index.documents for run in _CJK_RUN_RE.findall(normalize(document.title))
        }
        sounds = _TITLE_SOUNDS[index] = SoundIndex(sorted(runs), load_dictionary().readings, (), {}, min_foreign=0.0)
    return sounds


#: Passages holding all of a name's pieces read to see it written whole (the first ones).
WRITTEN_SAMPLE = 50


def written_name(index: Index, head: str) -> tuple[str, ...] | None:
    """The search variants of a name the corpus writes but segments in pieces (杜拜 as 杜 + 拜,
    阿布達比, 大韓航空 as 大 + 韩 + 航空), as the Chinese path searches such a name (part of
    speech "phrase": the name, then its pieces), or None when no passage writes ``head``."""
    found = index.tokenizer.query_words(head)
    if len(found) == 1 and found[0].pos == "phrase" and found[0].variants[0] == head:
        pieces = found[0].variants[1:]
    elif len(found) > 1 and "".join(word.variants[0] for word in found) == head:
        # cut into words (大韓航空 as 大 + 韩 + 航空): searched by them, matched whole
        pieces = tuple(dict.fromkeys(
            piece for word in found
            for piece in (word.variants[1:] if word.pos == "phrase" else word.variants[:1])
        ))
    elif len(found) == 1 and found[0].variants[0] == head and index.doc_freq(head) == 0:
        # a word the question's segmenting keeps whole but no text's does (选举人 in 選舉人數,
        # cut 选举 + 人数): searched by its pieces the index holds, matched whole
        pieces = tuple(v for v in found[0].variants[1:] if index.doc_freq(v) > 0)
    elif found and "".join(word.variants[0] for word in found) == _without_function_words(head) != head:
        # a name with a function word the index leaves out (英斂之: 英 + 敛, 之 unheld): searched
        # by its pieces the index holds, matched whole
        pieces = tuple(dict.fromkeys(
            piece for word in found
            for piece in (word.variants[1:] if word.pos == "phrase" else word.variants[:1])
            if index.doc_freq(piece) > 0
        ))
    else:
        return None
    if not pieces:
        return None
    rows = passages_with_all(index, pieces)
    for row in rows[:WRITTEN_SAMPLE].tolist():
        if head in index.normalized_text(int(row)):
            return (head, *pieces)
    return None


def _without_function_words(text: str) -> str:
    """``text`` without the characters the index leaves out as function words (之 of 英斂之)."""
    return "".join(char for char in text if char not in STOP_WORDS)


def understood_share(units: Sequence[EnglishUnit], exact: int = 0) -> float:
    """How surely an English question was understood, 0..1: the mean of its words' sureness
    (a word translated through a synonym guess, a stretched gloss or a sense no other word
    vouches for counts little), the thing asked about double and verbs half; ``exact`` words
    typed in Chinese count as understood."""
    total = understood = float(exact)
    for unit in units:
        if not unit.terms and figure_word(unit.english):
            continue  # a number or month: written as a figure, not a word to understand
        weight = ENGLISH_FOCUS_SHARE if unit.focus else ENGLISH_ACTION if unit.action else 1.0
        total += weight
        understood += weight * min(1.0, unit.understood / ENGLISH_SURE)
    return understood / total if total else 1.0


def as_written(translations: Sequence[Translation], text: str) -> tuple[Translation, ...]:
    """Show each searched term as the passage writes it (黨員 rather than 党员) when it is
    there, those the passage holds first."""
    aligner = aligner_for(text)
    out = []
    for t in translations:
        found, others = [], []
        for term in t.term.split(SEPARATOR):
            spans = aligner.spans(term)
            (found if spans else others).append(text[spans[0][0] : spans[0][1]] if spans else term)
        out.append(Translation(t.english, SEPARATOR.join(found + others)))
    return tuple(out)


def typical_weight(index: Index) -> float:
    n = index.num_passages
    return math.log((n + 1) / (ENGLISH_TYPICAL_SHARE * n + 0.5))

