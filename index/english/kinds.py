"""The kind of answer an English question asks, read from its question words.

Question words ("how many", "what percentage", "when", "who", "where" ...) set the kind of
answer (:func:`question_kind`) and are never translated; a question word that only joins a
clause ("the passenger *who* was killed") asks nothing. "How" before an adjective of size asks a
figure: :data:`MEASURED_DIMENSIONS` says what it measures, :data:`DIMENSION_NOUNS` the noun naming
it, and :data:`HOW_MUCH_VERBS` the verbs with which "how much" asks an amount (money, a mass).
"""

from __future__ import annotations

from collections.abc import Sequence

from index.english.forms import STOP_WORDS
from index.english.glosses import gloss_index
from index.english.share_glossed import share_noun_asked
from index.figures.units import measured

WH = ("what", "which")
#: (words, kind) patterns, longest first within each start word; consumed, never translated.
_KIND_PATTERNS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    [((w, p), "percent") for w in WH for p in ("percentage", "percent", "share", "proportion",
                                                 "rate", "ratio", "fraction")]
    + [((w, d), "date") for w in WH for d in ("year", "month", "date", "day", "time", "period",
                                                 "decade", "century")]
    + [((w, d), "where") for w in WH for d in ("place", "city", "province", "county", "town",
                                                 "village", "location", "venue", "country")]
    + [
        # "how many years ago": a time before now, written as a date is (9500万年前), as 何时 asks
        (("how", "many", "years", "ago"), "date"),
        (("how", "long", "ago"), "date"),
        (("how", "many"), "count"),
        (("how", "much"), "count"),
        (("how", "often"), "count"),
        (("number", "of"), "count"),
        (("tally", "of"), "count"),  # "what was the *tally of* book-study classes": their number
        (("what", "number"), "count"),
        (("percentage",), "percent"),
        (("percent",), "percent"),
        (("proportion",), "percent"),
        (("ratio",), "percent"),
        (("rate",), "percent"),
        (("share",), "percent"),
        (("when",), "date"),
        (("who",), "who"),
        (("whom",), "who"),
        (("whose",), "who"),
        (("where",), "where"),
    ]
)


#: The patterns by their first word, in their order: a word is tried only against those it can open.
_BY_FIRST: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = {}
for _pattern in _KIND_PATTERNS:
    _BY_FIRST[_pattern[0][0]] = (*_BY_FIRST.get(_pattern[0][0], ()), _pattern)


def _per_unit(words: Sequence[str], i: int, kind: str) -> bool:
    """Whether the share word at ``i`` is the unit an amount is given per ("the issue price *per
    share*"): the thing priced, no share asked."""
    return kind == "percent" and i > 0 and words[i - 1] == "per"


def question_kind(words: Sequence[str]) -> tuple[str | None, list[bool]]:
    """The answer kind asked for by ``words`` and which words are question words."""
    consumed = [False] * len(words)
    kind: str | None = None
    i = 0
    while i < len(words):
        for pattern, pattern_kind in _BY_FIRST.get(words[i], ()):
            if tuple(words[i : i + len(pattern)]) == pattern:
                if _per_unit(words, i, pattern_kind):
                    consumed[i] = True  # "price *per share*": the unit, no share asked nor searched
                    break
                for j in range(i, i + len(pattern)):
                    consumed[j] = True
                if pattern_kind == "where" and len(pattern) == 2:
                    # "which *village*": the place's name ends in its kind (李祖村, 伊春市), as
                    # the segmenter cuts it (李 + 祖 + 村) -- searched, as 哪个村 searches 村
                    consumed[i + 1] = False
                if not _relative(words, i, pattern):
                    if kind == "date" and _opening_clause(words):
                        kind = None  # "*When* the war began, *what proportion* ...": that asks
                    kind = kind or pattern_kind
                i += len(pattern) - 1
                break
        else:
            if words[i] == "how" and i + 1 < len(words) and measures_asked(words[i + 1]):
                consumed[i] = True  # "how *tall*": a figure is asked for; "tall" is searched
                # -- unless its senses are no words texts write beside such figures (大, 旧)
                consumed[i + 1] = words[i + 1] in _UNSEARCHED_MEASURES
                kind = kind or "count"
            elif words[i] in WH and i + 2 < len(words) and words[i + 2] == "number" and words[i + 1] not in STOP_WORDS:
                consumed[i] = True  # "what *shirt number*": a number, the noun before it says which
                kind = kind or "count"
            elif words[i] in WH and i + 2 < len(words) and words[i + 1] == "number" and words[i + 2] not in STOP_WORDS:
                consumed[i] = consumed[i + 1] = True  # "which *number* king": its place in order (第21代), as 第几 asks
                kind = kind or "ordinal"
            elif words[i] in WH and i + 1 < len(words) and words[i + 1] in _ORDINAL_NOUNS:
                consumed[i] = True  # "which *anniversary*" (20周年), "what *rank*" (第71位)
                kind = kind or ("ordinal" if words[i + 1] in _PLACE_WORDS else "count")
        i += 1
    named = name_asked(words)
    if named is not None:
        consumed[named] = True  # "what was *the name of* his wife": his wife is asked, not 姓名
    if kind is None and amount_verb_asked(words) is not None:
        consumed[0] = True  # "what did the terminal *cost*": an amount of money, as "how much" asks
        kind = "count"
    if kind is None and len(words) > 2 and words[0] in _TERSE_DATES:
        consumed[0] = True  # "year yeon gaesomun killed king yeongnyu?": a date, as 年份 asks alone
        kind = "date"
    if kind is None and terse(words):
        dated = next((k for k in range(1, len(words) - 1) if words[k] in _TERSE_DATES and words[k + 1] == "of"), None)
        if dated is not None:  # "release *date of* the film in japan?": a date, as 上映日期 asks
            consumed[dated] = True
            kind = "date"
    if kind is None and len(words) > 3 and words[0] in WH and words[1] in _BE_ASKING:
        if any(word in _RANK_NOUNS for word in words[2:]):
            kind = "ordinal"  # "what was USC's *ranking* in US News": a place in it (第22名)
    if kind is None and share_noun_asked(words) is not None:
        kind = "percent"  # "talent housing *occupancy* at the end of 2022?": a share (定座率), as 入住率 is written
    if kind is None and _target_asked(words):
        kind = "count"  # "what throughput *target* has the park set": a target is a figure to reach
    for closing, closing_kind in ((_TERSE_DATES, "date"), (_TERSE_COUNTS, "count")):
        if kind is None and _closes_terse(words, closing):
            # "phase 3 completion *year*?": a date, as 年份 closing a keyword question asks;
            # "asian games temporary party branches *number*?": a count, as 數目 asks
            consumed[-1] = True
            kind = closing_kind
    if kind == "where" and any(
        word in _RANK_WORDS and (k + 1 == len(words) or words[k + 1] in _RANKED_AMONG) for k, word in enumerate(words)
    ):
        # "*where* does it *rank* among ...": a place in a ranking (第149位), as 排名第几 asks;
        # not "where is the top-*ranked* school" (a place)
        kind = "ordinal"
    return kind, consumed


#: Question words that also join a clause to the word before them ("the passenger *who* was
#: killed", "how old was he *when* he became ..."): then they ask nothing.
RELATIVES = frozenset("who whom whose when where".split())
#: Words after which such a word still asks ("in *what* year", "tell me *who*", "and *when*").
_BEFORE_ASKING = frozenset(
    "in at on by for from to with of since until during after before about and or but me us know".split()
)


#: Verbs that follow a question's "when" ("when *did* ...", "when *was* ..."): one another
#: word follows opens a clause ("when the war *began*, what ...").
_AUXILIARIES = frozenset(
    "is are was were be been do does did will would can could shall should may might must has have had "
    "and or".split()
)


def _target_asked(words: Sequence[str]) -> bool:
    """Whether a what-question asks a target (:data:`_TARGET_NOUNS`): the noun ends the thing
    asked, before the question's verb ("what output *target* has ...", "what is the port's
    *target* for ..."), not a word of a later clause ("what goal did they set, its '*target*
    positioning'": a goal in words)."""
    if len(words) < 3 or words[0] not in WH:
        return False
    start = 2 if words[1] in _BE_ASKING else 1
    for word in words[start:]:
        if word in _TARGET_NOUNS:
            return True
        if word in _AUXILIARIES:
            return False
    return False


def _opening_clause(words: Sequence[str]) -> bool:
    """Whether the question opens with a "when" clause ("When the civil war began, ..."), which
    asks nothing when another question word follows it: not "When did ...", "When and where"."""
    return len(words) > 1 and words[0] == "when" and words[1] not in _AUXILIARIES


def _relative(words: Sequence[str], i: int, pattern: tuple[str, ...]) -> bool:
    """Whether the one-word question word ``pattern`` at ``words[i]`` only joins a clause to
    the word before it (a relative pronoun or a subordinating "when"), not asking anything."""
    return len(pattern) == 1 and pattern[0] in RELATIVES and i > 0 and words[i - 1] not in _BEFORE_ASKING


#: Adjectives of size asked with "how" ("how tall", "how far"): the answer is a figure.
MEASURED = frozenset(
    "tall high long far big large old deep wide heavy hot cold warm fast early late".split()
)
#: What those adjectives ask to measure (:func:`index.figures.unit_dimension`'s names): "how
#: *large* is the province" asks an area (平方公里), "how *high*" a length. "How long" may ask a
#: length or a time, "how fast", "early" or "late" no unit of one kind: they say nothing.
MEASURED_DIMENSIONS = {
    "tall": "length", "high": "length", "deep": "length", "far": "length", "wide": "length",
    "large": "area", "big": "area", "old": "age", "heavy": "mass",
    "hot": "temperature", "cold": "temperature", "warm": "temperature",
}
#: Verbs with which "how much" asks an amount, and what it measures: money ("how much did the
#: bridge *cost*", "how much will be *invested*") or a mass ("how much did it *weigh*", as "how
#: heavy" asks). English grammar, as the adjectives above, one meaning each.
HOW_MUCH_VERBS = {
    **{verb: "money" for verb in "cost pay spend invest earn charge donate lend borrow owe".split()},
    "weigh": "mass",
}
_BE_ASKING = frozenset("is was are were".split())
#: Verbs of selling, with which "how much ... *for*" asks the price ("how much did the stamp
#: *sell for*": money, as "cost" asks) -- not alone ("how much wheat did they *sell*": an
#: amount sold, of any measure).
_SALE_VERBS = frozenset("sell".split())


def how_much_measure(lemmas: Sequence[str]) -> str | None:
    """What "how much" asks to measure with the verb of a question (its words' base forms, in
    order): a verb of :data:`HOW_MUCH_VERBS` ("how much did it *cost*": money; "*weigh*": a
    mass), or a verb of selling right before "for" ("how much does it *sell for*": money);
    None otherwise."""
    for k, lemma in enumerate(lemmas):
        if lemma in HOW_MUCH_VERBS:
            return HOW_MUCH_VERBS[lemma]
        if lemma in _SALE_VERBS and tuple(lemmas[k + 1 : k + 2]) == ("for",):
            return "money"
    return None


def name_asked(words: Sequence[str]) -> int | None:
    """Where "name" stands in "what is/was the name of ...": the thing after "of" is asked, named
    as a text names it (其妻王氏, 李祖村), which seldom writes the word 名 or 姓名 beside it --
    a question word, not searched. None for any other question ("the *courtesy name*", "by
    *name*")."""
    for i in range(len(words) - 4):
        if words[i] == "what" and words[i + 1] in _BE_ASKING and tuple(words[i + 2 : i + 5]) == ("the", "name", "of"):
            return i + 3
    return None


#: Verbs that close "what <auxiliary> ... <verb>" ("what did the bridge *cost*"): the verb's
#: object is asked, as "how much" asks it.
_OBJECT_AUXILIARIES = frozenset("did does do will would could might should".split())


def amount_verb_asked(words: Sequence[str]) -> str | None:
    """What "what <auxiliary> ... <verb>" asks to measure when the question closes with a verb
    of :data:`HOW_MUCH_VERBS` ("what did the terminal *cost*": money, as "how much did it cost"
    asks; "what does it *weigh*": a mass), else None. After the auxiliary the verb is in its
    base form, as the table writes it. A verb whose object is always an amount (cost, weigh) asks
    it wherever it stands ("what does a ticket *cost* for the full trip"); not "what did they
    *spend* the money on"."""
    if len(words) > 3 and words[0] == "what" and words[1] in _OBJECT_AUXILIARIES:
        closing = HOW_MUCH_VERBS.get(words[-1])
        return closing or next((HOW_MUCH_VERBS[w] for w in words[3:] if w in _AMOUNT_OBJECT_VERBS), None)
    if len(words) > 3 and words[0] == "what" and words[1] in _BE_ASKING and words[2] in _MONEY_PARTICIPLES:
        return "money"  # "what was *spent* on the restoration": the passive's subject is the money
    return None


#: The past participles of :data:`HOW_MUCH_VERBS`' verbs of money: "what was *spent*", "what
#: was *invested*" asks the money as "how much was spent" does (English grammar: the passive's
#: subject is the verb's object, always an amount for these verbs).
_MONEY_PARTICIPLES = frozenset("spent invested paid earned charged donated lent borrowed owed".split())


#: Verbs whose object is always an amount ("it *costs* 107 yuan", "it *weighs* 6 tons").
_AMOUNT_OBJECT_VERBS = frozenset("cost weigh".split())


#: The noun naming what those adjectives measure: "how *deep*" asks the *depth*, which texts
#: write (深度920米, 海拔2071.9米 for "height above sea level", 全长2846米) where the adjective's
#: own senses (深, 高, 长) stand alone seldom. English grammar, not the questions: one per adjective.
DIMENSION_NOUNS = {
    "tall": "height", "high": "height", "deep": "depth", "long": "length", "wide": "width",
    "far": "distance", "heavy": "weight", "hot": "temperature", "cold": "temperature", "warm": "temperature",
}
#: Of those, the ones whose Chinese senses texts do not write beside the figure: "how *large*"
#: (大 stands everywhere; the text writes 面積), "how *old*" (旧 is worn, not aged; the text
#: writes 34歲). 高, 深, 寬, 重, 遠 stand beside heights, depths ... (高508公尺): still searched.
_UNSEARCHED_MEASURES = frozenset("large big old".split())
#: A place in a ranking, asked as 排名第几 asks (an ordinal: 名列第149位), not a count.
_RANK_WORDS = frozenset("rank ranks ranked ranking standings".split())
#: Of those, the nouns: "what was X's *ranking*" asks its place (not "what was *ranked* first").
_RANK_NOUNS = frozenset("rank ranking standings".split())
_RANKED_AMONG = frozenset("in among on by at of for within out".split())
#: Words a terse question opens with to ask a date, with no question word ("year he was born?").
_TERSE_DATES = frozenset("year date".split())
#: Words a terse question closes with to ask how many, with no question word ("party branches number?").
_TERSE_COUNTS = frozenset("number count total".split())
#: Nouns naming a figure set to be reached ("what output *target*", "what is the *quota*"):
#: a what-question about one asks that figure, as 目标是多少 asks.
_TARGET_NOUNS = frozenset("target targets quota quotas".split())
_ASKING = frozenset("what which who whom whose when where why how".split())
_ORDINAL_NOUNS = frozenset("anniversary rank ranking place position edition session floor storey".split())
#: Of those, the ones naming a place in a numbered series, which texts write with 第 (第3届, 第三次
#: 全会), as 第几 asks -- not "which anniversary" (20周年: how many years), nor "which floor"
#: (1楼, 21层: no 第), nor "what position" (a place in a race, or a player's role).
_PLACE_WORDS = _RANK_WORDS | frozenset("edition session".split())


def _closes_terse(words: Sequence[str], closing: frozenset[str]) -> bool:
    """Whether a question of three words or more, with no question word (not "what does 8821
    *count*?"), closes with a word of ``closing`` after a content word."""
    return (
        len(words) > 2 and words[-1] in closing and words[-2] not in STOP_WORDS
        and not any(word in _ASKING for word in words)
    )


def terse(words: Sequence[str]) -> bool:
    """Whether ``words`` are a question asked as keywords, with no question word and no verb
    opening a yes-no question ("Luoyang metro line 3 length?", "floor area of the tower?"), as
    Chinese asks 3号线全长 or 建筑面积 alone."""
    return len(words) > 1 and words[0] not in _AUXILIARIES and not any(word in _ASKING for word in words)


#: Headwords of an adjective read for the one character Chinese asks a measure with (多厚).
_HOW_HEADWORDS = 3
_HOW = "多"  # Chinese "how" before an adjective of size: 多高, 多厚, 多远


def how_dimension(adjective: str) -> str | None:
    """What "how <adjective>" asks to measure: :data:`MEASURED_DIMENSIONS`, else as Chinese
    asks it -- 多 before one of the adjective's first one-character headwords, read as a Chinese
    question's words are (:func:`index.figures.units.measured`: "how *thick*" is 多厚, a
    length, as 茎干多厚 asks). None when neither says (fast, early, late)."""
    if adjective in MEASURED_DIMENSIONS:
        return MEASURED_DIMENSIONS[adjective]
    if adjective in MEASURED:
        return None
    for head in gloss_index().glossed.get(adjective, ())[:_HOW_HEADWORDS]:
        if len(head) == 1 and (dimension := measured(_HOW + head)) is not None:
            return dimension
    return None


def measures_asked(adjective: str) -> bool:
    """Whether "how <adjective>" asks a figure: an adjective of size (:data:`MEASURED`), or one
    Chinese asks a measure with (:func:`how_dimension`)."""
    return adjective in MEASURED or how_dimension(adjective) is not None
