"""How the documents count and measure what an English question asks about: which translation of
the thing a count question asks about is counted (:func:`counted_terms`, :func:`counted_as_written`),
the measure words a thing is counted with (:func:`measure_words`), and whether a thing is an amount
the texts give as a figure, in which dimension (:func:`given_as_figure`). They read the first
passages holding it. :func:`people_deed` says what befell the people a count asks about."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Container, Sequence

from bot.question import COUNTED_DIMENSIONS
from index.english import EnglishUnit
from index.english.cedict import classifiers as cedict_classifiers, load_dictionary
from index.english.lemmas import IRREGULAR_VERBS, lemmatize
from index.figures import Figure, find_figures, passage_figures
from index.figures.units import UNIT_MEASURES, unit_dimension
from index.normalize import aligner_for, normalize
from index.search import Index


#: Passages read for the measure words a term is counted with (the first ones holding it).
MEASURE_SAMPLE = 40
_MEASURE_GAP = 2  # characters between a figure and the thing it counts (more: one compound)
_MEASURE_SPAN = 8
_QUOTES_RE = re.compile(r"[“”「」『』《》\"']")
_CLAUSE_END_RE = re.compile(r"[，,。；;：:！？!?、）)﹔]")
_NOT_IN_GAP_RE = re.compile(r"[\d，,。；;：:！？!?、（）()]")
_DESCRIBES = "的"  # a figure joined to a noun by 的 describes it ("2010年度的汽车", "3年的时间")
#: A figure written right before 制 ("system") names a format -- 五人制足球 (five-a-side), 三年制,
#: 百分制 -- and counts nothing, neither 制 nor the thing after it (五人制场地 are pitches).
_FORMAT = ("制", "製")


def measure_words(
    index: Index, counted: str, classifiers: Sequence[str] = (), corpus: frozenset[str] | None = None
) -> frozenset[str]:
    """The measure words ``counted`` (a corpus term) is counted with.

    ``classifiers`` (given), CC-CEDICT's "CL:" notes for it (会议 "CL:場|场,屆|届"), the term
    itself (人, 户, 年 are their own measure words), and what the corpus shows: the measure
    word between a number and the term (「433.6萬名黨員」: 党员 takes 名), or, for an action
    counted, the one after it that ends the clause (「走訪6604次,」: 走访 takes 次) --
    ``corpus``, when :func:`corpus_measures` was already asked.
    """
    found = {normalize(unit) for unit in (*classifiers, *cedict_classifiers(counted))}
    found.add(counted)
    return frozenset(found | (corpus_measures(index, counted) if corpus is None else corpus))


def corpus_measures(index: Index, counted: str) -> frozenset[str]:
    """The measure words the corpus writes figures counting ``counted`` with (「433.6萬名黨員」:
    名; 「地上樓層共有101層」: 层) -- none when no document counts it. A unit of measure written
    before a noun says what the thing measures, and counts none of it (「15兆瓦風電機組」: a
    turbine of 15 megawatts; 「252米叶轮」), as a length, an area, a mass, a power, a sum or an age
    (:data:`~index.figures.units.UNIT_MEASURES`) does."""
    found: set[str] = set()
    for row in index.postings(counted)[:MEASURE_SAMPLE]:
        text = index.passage_text(int(row))
        for figure in passage_figures(text):
            if figure.dimension in UNIT_MEASURES:
                continue
            if figure.kind == "count" and figure.unit and counts_written(index, text, figure, counted):
                found.add(normalize(figure.unit))
    return frozenset(found)


def counts_written(index: Index, text: str, figure: Figure, counted: str) -> bool:
    """Whether ``figure`` counts ``counted`` (a corpus term) where ``text`` writes it: the
    term right after its measure word (433.6萬名黨員) or an action right before it (走訪6604次)."""
    return any(_counts(index, text, figure, span, counted) for span in aligner_for(text).spans(counted))


def _counts(index: Index, text: str, figure: Figure, span: tuple[int, int], counted: str) -> bool:
    """Whether ``figure`` counts the term written at ``span`` of ``text``."""
    start, end = span
    if text.startswith(_FORMAT, figure.end):
        return False  # 五人制场地143块: 五人 counts neither 制 nor the pitches
    if figure.end <= start <= figure.end + _MEASURE_SPAN:  # 433.6萬名黨員, 8821家“共富工坊”
        gap = _QUOTES_RE.sub("", text[figure.end : start])
        if _NOT_IN_GAP_RE.search(gap):
            return False  # another clause
        if _DESCRIBES in gap:
            clause, gap = gap.split(_DESCRIBES, 1)
            if not clause or _DESCRIBES in gap or figure.dimension not in COUNTED_DIMENSIONS:
                return False  # a figure that describes it (2010年度的汽车: a year; 三级的平台)
            # a count, then a clause describing what it counts (7521件*久拖未决的*信访积案)
        # a modifier or two (5項重點措施), or the rest of a compound (共富 + 工坊)
        return len(gap) <= _MEASURE_GAP or index.doc_freq(normalize(gap) + counted) > 0
    if end <= figure.start <= end + _MEASURE_GAP:  # 走訪6604次, -- not 走訪68個縣
        gap = text[end : figure.start]
        after = text[figure.end : figure.end + 1]
        tag = index.tokenizer.tag(normalize(gap)) if gap else ""
        if gap and figure.dimension != "events" and tag.startswith("n"):
            # a noun between is what it counts (原有客房48间: rooms) -- not a verb (樓層共有101層),
            # nor the object of an action counted (走訪群眾6次)
            return False
        if figure.dimension == "events" and tag.startswith("v"):
            return False  # times of an action between, which the term does (农户求助1870次: calls for help)
        return not _NOT_IN_GAP_RE.search(gap) and (not after or _CLAUSE_END_RE.match(after) is not None)
    return False


#: A counted thing's translations looked for as the documents count them (:func:`counted_terms`).
COUNTED_CHOICES = 3
#: A measure word ("trips", "times") translated less surely than this names no thing counted.
LOOSE_MEASURE = 0.5


def counted_phrase(units: Sequence[EnglishUnit], text: str) -> tuple[EnglishUnit, ...]:
    """``units`` with the words that follow what a count question counts taken out of its focus:
    "how many" counts a plural, and a word the question writes right after the focus's last
    plural that is none ("how many *hours* ahead", "how many *years* old") says something of the
    count, not what it counts -- not a participle ("case *studies* tracing ...": tracing still
    names them) nor a word joined to it ("teachers and staff")."""
    units = past_aside(units, text)
    known = load_dictionary().known
    focus = [n for n, unit in enumerate(units) if unit.focus and not unit.action]
    plural = [n for n in focus if _plural(units[n].english.split()[-1], known)]
    after = [n for n in focus if plural and n > plural[-1]]
    if not after or len(after) > 1:
        return tuple(units)
    word = units[after[0]].english
    written = re.search(rf"\b{re.escape(units[plural[-1]].english.split()[-1])}\s+{re.escape(word)}\b", text, re.IGNORECASE)
    if written is None or " " in word or word.endswith(("ing", "ed")) or _plural(word, known):
        return tuple(units)
    return tuple(dataclasses.replace(unit, focus=False) if n == after[0] else unit for n, unit in enumerate(units))


#: A parenthesised aside in a question ("mobile *(floating)* Party members"), and the words after it.
_ASIDE_RE = re.compile(r"\(([^()]*)\)\s*")


def past_aside(units: Sequence[EnglishUnit], text: str) -> tuple[EnglishUnit, ...]:
    """``units`` with a counted noun phrase read on past a parenthesised aside within it: "how
    many mobile (floating) *Party members*" counts members -- the aside glosses the word before
    it, and the phrase's head is the noun right after it (the focus had ended at the aside, and
    "mobile" was counted). The units the aside holds leave the focus; the one right after it,
    a noun the question writes there, joins it."""
    focus = [n for n, unit in enumerate(units) if unit.focus and not unit.action]
    aside = _ASIDE_RE.search(text)
    if not focus or aside is None:
        return tuple(units)
    last = focus[-1]
    before = text[: aside.start()].rstrip().lower()
    if not before.endswith(units[last].english.lower()):
        return tuple(units)
    inside = aside.group(1).lower()
    after = last + 1
    while after < len(units) and units[after].english.lower() in inside:
        after += 1
    if after == last + 1 or after >= len(units):
        return tuple(units)  # (nothing of the aside read, or nothing after it)
    head = units[after]
    if head.action or not head.terms or not text[aside.end() :].lower().startswith(head.english.lower()):
        return tuple(units)
    return tuple(
        dataclasses.replace(unit, focus=True) if n == after
        else dataclasses.replace(unit, focus=False) if last < n < after else unit
        for n, unit in enumerate(units)
    )


def _plural(word: str, known: Container[str]) -> bool:
    """Whether ``word`` is a noun's plural ("hours", "students"): its base form drops an "s"."""
    return word.endswith("s") and lemmatize(word, known) != word


def counted_terms(units: Sequence[EnglishUnit]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The corpus terms an English count question may count, likeliest first (at most
    :data:`COUNTED_CHOICES`), and the measure words its last word gives when that is one ("how
    many research *trips*": 趟 ...).

    English noun phrases end in their head ("how many rectification *projects*"); a head that
    is only a measure word the corpus cannot translate leaves the word before it to be counted.
    """
    focus = [u for u in units if u.focus and not u.action and (u.terms or u.measure)]
    if not focus:
        return (), ()
    head = focus[-1]
    # a measure word translated only loosely ("trips": 活动) counts the thing before it
    # ("research trips": 调研, written 开展调研280次), with the measure word's classifiers
    loose = head.measure and head.understood < LOOSE_MEASURE
    # so does a head noun translated loosely after one translated well ("discussion *sessions*":
    # 全会 "plenary session" is a stretch; the texts count 研讨, 1.5萬次研討交流)
    loose = loose or (
        len(focus) > 1 and head.understood < LOOSE_MEASURE and focus[-2].understood >= 2 * LOOSE_MEASURE
    )
    thing = head if (head.terms and not loose) or len(focus) < 2 else focus[-2]
    if not thing.terms:
        return (), head.classifiers
    # the compound the whole phrase makes ("reading classes": 读书班), else the thing's own
    # translation -- not a compound made with the rest of the question (解决问题)
    phrase = [u for u in focus if u is not thing]
    weights = dict(thing.terms)
    together = [t for t in weights if any(t in dict(u.terms) for u in phrase)]
    if together:
        return (max(together, key=lambda t: (weights[t], t)),), head.classifiers
    elsewhere = {term for unit in units if not unit.focus for term, _ in unit.terms}
    own = [term for term, _ in thing.terms if term not in elsewhere and not _measuring(thing, term)]
    own = own or [thing.terms[0][0]]
    return tuple(own[:COUNTED_CHOICES]), head.classifiers


def _measuring(thing: EnglishUnit, term: str) -> bool:
    """Whether ``term`` is a unit of measure (元, 米, 吨: :data:`UNIT_MEASURES`) translating an
    English noun that CC-CEDICT's classifiers count (``thing.measure``: "units" -- 块 "classifier
    for money and currency *units*", 标 "for military *units*"): what a classifier counts is a
    countable thing, and a unit measures an amount, counting none ("how many AED *units*": not 元,
    though 元 is a "currency unit")."""
    return thing.measure and unit_dimension(term) in UNIT_MEASURES


def counted_as_written(index: Index, choices: Sequence[str]) -> tuple[str | None, frozenset[str] | None]:
    """Of a counted thing's translations, the one the documents count ("floors": 楼层, which they
    write before 101層 -- not 地板), else the likeliest; one character is its own measure word
    (人, 户: 1500户), counted wherever a figure is written with it. With it, the measure words
    the corpus counts it with (:func:`corpus_measures`; None when not read) -- for one
    character, also those it counts the thing's other translations with ("homes": 家, and 户
    of 4600戶民宅: one thing, however the texts name it)."""
    for choice in choices:
        if len(choice) == 1:
            longer = _counted_longer(index, choice, choices)
            if longer is not None:
                return longer
            others = frozenset(m for c in choices if len(c) > 1 for m in corpus_measures(index, c))
            return choice, (corpus_measures(index, choice) | others if others else None)
        shown = corpus_measures(index, choice)
        if shown:
            return choice, shown
    return (choices[0], frozenset()) if choices else (None, None)


def _counted_longer(index: Index, char: str, choices: Sequence[str]) -> tuple[str, frozenset[str]] | None:
    """A longer choice ending in the one character ``char`` ("stations": 站 and 车站), with its
    measure words, when the corpus counts it and writes no figure with ``char`` as its unit:
    the same thing spelled in full, counted as the texts count it (8座车站, not 8站)."""
    longer = [choice for choice in choices if len(choice) > 1 and choice.endswith(char)]
    if not longer or _own_measure(index, char):
        return None
    for choice in longer:
        shown = corpus_measures(index, choice)
        if shown:
            return choice, shown
    return None


def _own_measure(index: Index, char: str) -> bool:
    """Whether the corpus writes a count with ``char`` as its measure word (1500户, 3站)."""
    for row in index.postings(char)[:MEASURE_SAMPLE]:
        if any(f.kind == "count" and f.unit == char for f in passage_figures(index.passage_text(int(row)))):
            return True
    return False


#: Passages read to see whether the texts give a thing as a figure (the first ones holding it).
FIGURE_SAMPLE = 40
FIGURE_GIVEN_SHARE = 0.3  # ... this share of its mentions, at least, stand before a figure
#: The verbs of being or reaching that stand between a thing and its figure (人口為161,785, 达到95%).
LINKING_VERBS = frozenset({"为", "是", "达", "达到", "高达", "达至", "有", "约", "共计", "计"})
#: What stands between a thing and its figure: a verb of being (为, 达到 ...), and an amount's
#: period (设计速度为*每小时*100公里, 产量为每年...): the thing is still given as that figure.
_BEFORE_FIGURE_RE = re.compile(r"(?:[为是达到约有共计高]{0,3})(?:每(?:小时|分钟|秒钟?|天|日|年|月|周))?[0-9]")
_BEFORE_FIGURE_SPAN = 8  # characters after the thing's name where its figure may start
_FIGURE_SPAN = 24  # characters after a mention read for the figure


def given_as_figure(index: Index, units: Sequence[EnglishUnit]) -> str | None:
    """What the thing a "what is the ..." question asks about measures, if it is an amount: the
    texts write its translation before a measured figure in at least :data:`FIGURE_GIVEN_SHARE`
    of its mentions ("月平均濕度為66%": "percent"; "人均年收入为15,331美元": "money") -- a
    corpus's own way of saying a word names a quantity, for words no list of measured amounts
    holds. A word no dictionary translates that the texts write in Latin letters is read as
    written ("what was Turin's *GDP*": 它的GDP高達580億美元, money). None if it is no amount --
    and none when the thing's best translation is a verb of being or reaching (达 "to reach" for
    "range": :data:`LINKING_VERBS`): texts write one before figures of any kind (高達580億美元,
    达到95%), which says nothing of what the thing measures."""
    focus = [
        u for u in units
        if u.focus and not u.action and (u.terms or (" " not in u.english and index.doc_freq(u.english) > 0))
    ]
    if not focus:
        return None
    if not focus[-1].terms:
        return term_given_as_figure(index, focus[-1].english)
    term = focus[-1].terms[0][0]
    if term in LINKING_VERBS:
        return None
    return term_given_as_figure(index, term)


def term_given_as_figure(
    index: Index, term: str, rows: Sequence[int] | None = None, counts: bool = False
) -> str | None:
    """What ``term`` measures when the texts write it before a measured figure (see
    :func:`given_as_figure`), else None. ``rows`` are the passages to read (else those the
    index lists for ``term``: a term the segmenter cuts in pieces, 蓄水率, is found in the
    passages holding them all); with ``counts``, a figure counting things also counts
    (市盈率为41.35倍: a multiple), as what it measures."""
    found = index.postings(term) if rows is None else rows
    mentions = 0
    measures: Counter[str] = Counter()
    for row in list(found[:FIGURE_SAMPLE]):
        text = index.normalized_text(int(row))
        start = text.find(term)
        while start >= 0:
            mentions += 1
            end = start + len(term)
            if _BEFORE_FIGURE_RE.match(text, end, end + _BEFORE_FIGURE_SPAN) is not None:
                figures = find_figures(text[end : end + _FIGURE_SPAN])
                # a figure in a unit of measure or a share (66%, 15,331美元): not a count of the
                # thing (出台制度9927個), a bare number (企業500強) or a date
                dimension = figures[0].dimension if figures else None
                if dimension is not None and dimension != "date" and (counts or dimension not in COUNTED_DIMENSIONS):
                    measures[dimension] += 1
            start = text.find(term, end)
    if not mentions or sum(measures.values()) < FIGURE_GIVEN_SHARE * mentions:
        return None
    return max(measures, key=lambda d: (measures[d], d))


DEED_SHARE = 0.5  # a deed's word weighs at least this share of the verb's best translation


def people_deed(units: Sequence[EnglishUnit], weak: float) -> str | None:
    """What befell the people a count asks about or what they did, as 多少人死亡 says it with
    死亡: the best translation of the question's verb in a past form ("how many people *died*",
    "*voted*", "were *injured*"), when translated surely enough to be searched (``weak``: less
    surely, a verb is not) and longer than a character; a count of people whose clause does not
    say it counts others (10人死亡 for the injured)."""
    for unit in units:
        past = unit.english.endswith("ed") or IRREGULAR_VERBS.get(unit.english, unit.english) != unit.english
        if unit.action and unit.terms and past and unit.confidence >= weak:
            # 跑 ("ran") stands inside 跑者, 欢乐跑 too: a word of two characters or more, about
            # as good as the best (受伤 beside 残 for "injured"; not 贯穿 beside 跑)
            top = unit.terms[0][1]
            return next((t for t, w in unit.terms if len(t) > 1 and w >= DEED_SHARE * top), None)
    return None
