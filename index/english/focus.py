"""What an English question asks: the kind of answer, its content words, the thing asked about.

Question words ("how many", "what percentage", "when", "who", "where" ...) set the kind of
answer (:func:`question_kind`) and are never translated; stop words, request phrasing ("please
tell me") and words about the text itself ("the article", "does the report mention") are
dropped (:func:`read_question`). :func:`focus_span` finds the thing asked about ("how many
*party members* ...") and :func:`is_action` tells verbs ("held", "carry out") from things.
"""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass

from index.english.forms import (
    IRREGULAR, IRREGULAR_VERBS, META_WORDS, QUESTION_FILLER, STOP_WORDS, capitalised_words,
    english_words, lemmatize,
)
from index.english.modifiers import adverb_before_verb, hyphen_joined

MAX_WORDS = 60  # English words read from one question (a question, not an essay)
#: Who writes a text, as CC-CEDICT's one-word glosses name them (记者, 作者, 通讯员 ...): asked
#: "who wrote ..." or "who is the author ...", the answer is the byline, whatever word was used.
BYLINE_NOUNS = ("reporter", "journalist", "author", "writer", "correspondent")
AUTHORSHIP = frozenset(BYLINE_NOUNS) | {"write", "byline"}
VERB_SHARE = 0.6  # a base form glossed "to ..." at least this often is taken for a verb
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: A possessive: "the *men's* winning time", "华数智能's closing price" (the owner, not what is asked).
_OWNER_RE = re.compile(r"\b([A-Za-z]+)['’]s\b")
_CHINESE_OWNER_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]['’]s\b")

_WH = ("what", "which")
#: Nouns that only say "what" after it: "what measures were drawn up" asks what was drawn up.
_GENERIC_WH_NOUNS = frozenset(
    "measure measures step steps action actions thing things way ways kind kinds type types "
    "sort sorts means".split()
)
#: (words, kind) patterns, longest first within each start word; consumed, never translated.
_KIND_PATTERNS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    [((w, p), "percent") for w in _WH for p in ("percentage", "percent", "share", "proportion",
                                                  "rate", "ratio", "fraction")]
    + [((w, d), "date") for w in _WH for d in ("year", "month", "date", "day", "time", "period")]
    + [((w, d), "where") for w in _WH for d in ("place", "city", "province", "county", "town",
                                                  "village", "location", "venue", "country")]
    + [
        (("how", "many"), "count"),
        (("how", "much"), "count"),
        (("how", "often"), "count"),
        (("number", "of"), "count"),
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
        for pattern, pattern_kind in _KIND_PATTERNS:
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
            if words[i] == "how" and i + 1 < len(words) and words[i + 1] in _MEASURED:
                consumed[i] = True  # "how *tall*": a figure is asked for; "tall" is searched
                # -- unless its senses are no words texts write beside such figures (大, 旧)
                consumed[i + 1] = words[i + 1] in _UNSEARCHED_MEASURES
                kind = kind or "count"
            elif words[i] in _WH and i + 2 < len(words) and words[i + 2] == "number" and words[i + 1] not in STOP_WORDS:
                consumed[i] = True  # "what *shirt number*": a number, the noun before it says which
                kind = kind or "count"
            elif words[i] in _WH and i + 1 < len(words) and words[i + 1] in _ORDINAL_NOUNS:
                consumed[i] = True  # "which *anniversary*" (20周年), "what *rank*" (第71位)
                kind = kind or ("ordinal" if words[i + 1] in _RANK_WORDS else "count")
        i += 1
    if kind == "where" and any(
        word in _RANK_WORDS and (k + 1 == len(words) or words[k + 1] in _RANKED_AMONG) for k, word in enumerate(words)
    ):
        # "*where* does it *rank* among ...": a place in a ranking (第149位), as 排名第几 asks;
        # not "where is the top-*ranked* school" (a place)
        kind = "ordinal"
    return kind, consumed


#: Question words that also join a clause to the word before them ("the passenger *who* was
#: killed", "how old was he *when* he became ..."): then they ask nothing.
_RELATIVES = frozenset("who whom whose when where".split())
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


def _opening_clause(words: Sequence[str]) -> bool:
    """Whether the question opens with a "when" clause ("When the civil war began, ..."), which
    asks nothing when another question word follows it: not "When did ...", "When and where"."""
    return len(words) > 1 and words[0] == "when" and words[1] not in _AUXILIARIES


def _relative(words: Sequence[str], i: int, pattern: tuple[str, ...]) -> bool:
    """Whether the one-word question word ``pattern`` at ``words[i]`` only joins a clause to
    the word before it (a relative pronoun or a subordinating "when"), not asking anything."""
    return len(pattern) == 1 and pattern[0] in _RELATIVES and i > 0 and words[i - 1] not in _BEFORE_ASKING


#: Adjectives of size asked with "how" ("how tall", "how far"): the answer is a figure.
_MEASURED = frozenset(
    "tall high long far big large old deep wide heavy fast early late".split()
)
#: What those adjectives ask to measure (:func:`index.figures.unit_dimension`'s names): "how
#: *large* is the province" asks an area (平方公里), "how *high*" a length. "How long" may ask a
#: length or a time, "how fast", "early" or "late" no unit of one kind: they say nothing.
MEASURED_DIMENSIONS = {
    "tall": "length", "high": "length", "deep": "length", "far": "length", "wide": "length",
    "large": "area", "big": "area", "old": "age", "heavy": "mass",
}
#: Verbs with which "how much" asks an amount of money ("how much did the bridge *cost*", "how
#: much will be *invested*"): English grammar, as the adjectives above, one meaning each.
MONEY_VERBS = frozenset("cost pay spend invest earn charge".split())
#: The noun naming what those adjectives measure: "how *deep*" asks the *depth*, which texts
#: write (深度920米, 海拔2071.9米 for "height above sea level", 全长2846米) where the adjective's
#: own senses (深, 高, 长) stand alone seldom. English grammar, not the questions: one per adjective.
DIMENSION_NOUNS = {
    "tall": "height", "high": "height", "deep": "depth", "long": "length", "wide": "width",
    "far": "distance", "heavy": "weight",
}
#: Of those, the ones whose Chinese senses texts do not write beside the figure: "how *large*"
#: (大 stands everywhere; the text writes 面積), "how *old*" (旧 is worn, not aged; the text
#: writes 34歲). 高, 深, 寬, 重, 遠 stand beside heights, depths ... (高508公尺): still searched.
_UNSEARCHED_MEASURES = frozenset("large big old".split())
#: A place in a ranking, asked as 排名第几 asks (an ordinal: 名列第149位), not a count.
_RANK_WORDS = frozenset("rank ranks ranked ranking".split())
#: Words of order between a determiner and its noun ("the *first* train", "the *next* stop").
_ORDER_WORDS = frozenset("first second third last next final".split())
_RANKED_AMONG = frozenset("in among on by at of for within out".split())
_ORDINAL_NOUNS = frozenset("anniversary rank ranking place position edition session".split())
_COUNT_OPENERS = (("how", "many"), ("how", "much"), ("number", "of"), ("what", "number"))
_BE = frozenset("is are was were be been".split())
_OPENER_WORDS = frozenset("how many much the a an what which".split())
_ARTICLES = frozenset("the a an".split())
#: Words that open a noun phrase: the word right after one is no verb ("at *the start*", "hold
#: *the record*", "in *the raid*", "*the registered* unemployment rate").
_DETERMINERS = frozenset("the a an its their his her our this these those each every".split())
#: Stop words that may stand before the thing asked about and say only how much of it is meant.
_AMOUNT_MODIFIERS = frozenset("total overall approximate per".split())
_NOUN_PHRASE_JOINERS = frozenset("and or".split())
#: Adverb particles that end a phrasal verb ("carry out", "set up", "take part").
_PARTICLES = frozenset("out up down off part place over back forward away".split())


def focus_span(words: Sequence[str], consumed: Sequence[bool], known: Container[str] = ()) -> tuple[int, int] | None:
    """Where the thing asked about stands in ``words`` (start, end), or None.

    "how many *party members* were ...", "what is the *population* of ...", "who is the
    *governor* of ...": the words after the opener up to the first function word (a
    preposition, an auxiliary) or, after the first word, a verb form ("tourists *visited*").
    """
    # a count opener wins wherever it stands: "what was the total *number of* party members"
    start = next(
        (i + 2 for i in range(len(words)) if tuple(words[i : i + 2]) in _COUNT_OPENERS), None
    )
    for i in range(len(words)) if start is None else ():
        if words[i] in ("what", "which", "who") and i + 1 < len(words) and words[i + 1] in _BE:
            start = i + 2
            break
    return None if start is None else noun_phrase(words, consumed, start, known)


def noun_phrase(
    words: Sequence[str], consumed: Sequence[bool], start: int, known: Container[str] = ()
) -> tuple[int, int] | None:
    """The noun phrase asked about from ``start`` in ``words`` (see :func:`focus_span`), or None;
    ``known`` are the dictionary's words, to tell "speed" from a past form."""
    while start < len(words) and (words[start] in _ARTICLES or words[start] in _AMOUNT_MODIFIERS):
        start += 1  # "what is the *total* area of ...", "the *per* capita income": what is asked about
    end = start
    while end < len(words):
        word = words[end]
        if end > start and word in _RELATIVES:
            break  # "the score *when* Guoan beat Shide": a clause, not the thing asked about
        if consumed[end] or word in _NOUN_PHRASE_JOINERS:
            end += 1
            continue
        if word in STOP_WORDS or word in _BE:
            break
        if end > start and (_past_form(word, known) or word in IRREGULAR_VERBS):
            break
        if end > start and adverb_before_verb(words, end, known):
            break  # "how many cars *actually* started": an adverb tells how of the verb after it
        end += 1
    return (start, end) if end > start else None


def _past_form(word: str, known: Container[str]) -> bool:
    """Whether ``word`` reads as a verb's past form: it ends in "ed" and undoes to a base form
    ("agreed" is "agree") -- not a word that is its own base form, a noun or an adjective the
    dictionary has as written ("the design *speed*", "*hundred*", "long-*unresolved* cases")."""
    return word.endswith("ed") and lemmatize(word, known) != word


@dataclass(frozen=True)
class Question:
    """An English question read: its words, which are question words, and its content words.

    ``surfaces`` are the content words as written (lower case), ``lemmas`` their base forms and
    ``positions`` where each stands in ``words``; ``focus`` is :func:`focus_span`'s span in
    ``words`` (None in a mixed question: "how many 讀書班 were held?" names its focus in Chinese).
    """

    words: tuple[str, ...]
    kind: str | None
    surfaces: tuple[str, ...]
    lemmas: tuple[str, ...]
    positions: tuple[int, ...]
    focus: tuple[int, int] | None
    author: str | None = None  # "who *wrote* ...": the word asking for whoever wrote the text
    what_is: bool = False  # it asks "what is/was (the) ...": a figure if that is an amount
    measured: frozenset[int] = frozenset()  # positions of "how *long*"'s adjectives in ``words``
    capitalised: frozenset[str] = frozenset()  # words written as names are ("Arsenal"; :func:`capitalised_words`)
    name_starts: frozenset[int] = frozenset()  # positions of stop words kept as a name's first word ("*He* Jie")
    joined: frozenset[int] = frozenset()  # positions of words written after a hyphen ("long-*standing*")


#: Words after which a verb is written in its base form ("did missionaries *found*", "to *fell*").
_BASE_FORM_BEFORE = frozenset(
    {"to", "do", "does", "did", "will", "would", "can", "could", "should", "must", "may", "might"}
)
_BASE_FORM_REACH = 3  # the auxiliary, its subject of up to two words, then the verb
_NOT_BASE_AFTER = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"})


def _base_form(words: Sequence[str], position: int) -> bool:
    """Whether ``words[position]``, an irregular past form that is also a base form ("found",
    "fell", "saw"), stands where a base form does: after "to" or an auxiliary and its subject."""
    if words[position] not in IRREGULAR:
        return False
    for before in range(position - 1, max(-1, position - 1 - _BASE_FORM_REACH), -1):
        if words[before] in _NOT_BASE_AFTER:
            return False
        if words[before] in _BASE_FORM_BEFORE:
            return True
    return False


def read_question(text: str, known: Container[str]) -> Question | None:
    """The words of ``text`` read as a question (None without English words); ``known`` are
    the words the dictionary uses, for :func:`lemmatize`."""
    words = english_words(text)[:MAX_WORDS]
    if not words:
        return None
    kind, consumed = question_kind(words)
    for i in range(1, len(words)):  # "what *measures* were ...": just "what"
        if words[i - 1] in _WH and words[i] in _GENERIC_WH_NOUNS:
            consumed[i] = True
    if kind is None and len(words) > 1 and words[0] in _WH and lemmatize(words[1], known) in BYLINE_NOUNS:
        kind = "who"  # "which reporters wrote ...", "what author ...": a person is asked for
    author = None
    if kind == "who":  # "who wrote ...", "who is the author of ...": the byline
        author = next(
            (w for n, w in enumerate(words) if lemmatize(w, known) in AUTHORSHIP and _of_the_text(words, n, known)),
            None,
        )
    capitalised = capitalised_words(text)
    # "did *He* Jie finish": a word written as a name before another name word is a name's
    # syllable (何杰), not the pronoun -- kept for a name to be looked for (translator drops it
    # again when none is found)
    name_starts = frozenset(
        n for n in range(len(words) - 1)
        if words[n] in STOP_WORDS and words[n] in capitalised and words[n + 1] in capitalised
        and words[n + 1] not in STOP_WORDS
    )
    writers = kind == "who" and any(lemmatize(w, known) in AUTHORSHIP for w in words)
    naming = _naming_the_text(words, known) if writers else frozenset()
    surfaces: list[str] = []
    lemmas: list[str] = []
    positions: list[int] = []  # where each content word stands in ``words``
    for position, (word, is_question_word) in enumerate(zip(words, consumed)):
        if position in name_starts and not is_question_word:
            surfaces.append(word)
            lemmas.append(word)
            positions.append(position)
            continue
        if is_question_word or word in STOP_WORDS or word in QUESTION_FILLER or len(word) < 2:
            continue
        if position in naming:
            continue  # "who wrote this *People's Daily* piece": what the text is, no byline writes
        lemma = word if _base_form(words, position) else lemmatize(word, known)
        if lemma in STOP_WORDS or lemma in META_WORDS or word in META_WORDS:
            continue
        surfaces.append(word)
        lemmas.append(lemma)
        positions.append(position)
    # in a mixed question ("how many 讀書班 were held?") the Chinese words name the focus -- not
    # when they own it ("what was 华数智能's *closing price*")
    chinese_owner = _CHINESE_OWNER_RE.search(text) is not None
    focus = None if _CJK_RE.search(text) and not chinese_owner else focus_span(words, consumed, known)
    owners = {match.group(1).lower() for match in _OWNER_RE.finditer(text)}
    if focus is not None and words[focus[0]] in owners:
        # "the *men's* winning time", "*Henan's* total summer grain output": what the owner
        # owns is asked, whatever amount word ("total") stands after it
        focus = (focus[0] + 1, focus[1]) if focus[1] - focus[0] > 1 else (
            noun_phrase(words, consumed, focus[1], known) or focus
        )
    what_is = len(words) > 1 and words[0] in _WH and words[1] in _BE
    measured = frozenset(
        i + 1 for i in range(len(words) - 1) if words[i] == "how" and words[i + 1] in _MEASURED
    )
    return Question(
        tuple(words), kind, tuple(surfaces), tuple(lemmas), tuple(positions), focus, author, what_is,
        measured, capitalised, name_starts, hyphen_joined(text, words),
    )


_THIS = frozenset({"this", "these"})


def _of_the_text(words: Sequence[str], position: int, known: Container[str]) -> bool:
    """Whether the writing asked about at ``words[position]`` is of the text itself: "who wrote
    it", "who wrote the article about ...", "the author of the report", "who wrote this
    overview" -- not "who wrote *the book* ...", "the author of *the song*", whose writer the
    text may name."""
    for n, word in enumerate(words[position + 1 :], position + 1):
        if word in STOP_WORDS:
            continue
        # "who wrote *this* overview": the text at hand, whatever it is called
        return lemmatize(word, known) in META_WORDS or words[n - 1] in _THIS
    return True


_DETERMINERS = frozenset({"this", "these", "that", "the"})
_NAMING_REACH = 4  # words between a determiner and the word for the text that can name what it is


def _naming_the_text(words: Sequence[str], known: Container[str]) -> frozenset[int]:
    """Positions of the words that say what the text asked about is, between a determiner and
    the word for it: "who wrote *this People's Daily* piece", "the *Xinhua* report" -- its
    source or kind, which its byline (本報記者 ...) does not write."""
    found: set[int] = set()
    for n, word in enumerate(words):
        if lemmatize(word, known) not in META_WORDS:
            continue
        for d in range(n - 1, max(-1, n - 2 - _NAMING_REACH), -1):
            if words[d] in _DETERMINERS:
                found.update(range(d + 1, n))
                break
    return frozenset(found)


#: Plural nouns not ending in "s".
_IRREGULAR_PLURALS = frozenset("people children men women".split())


def _plural(word: str) -> bool:
    """Whether ``word`` looks like a plural noun ("scholars", "people"; not "business")."""
    if word in _IRREGULAR_PLURALS:
        return True
    return (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
        and word not in STOP_WORDS and word not in IRREGULAR_VERBS
    )


def is_action(
    words: Sequence[str], position: int, lemma: str, size: int, share: float, determined: bool = True
) -> bool:
    """Whether the unit starting at ``words[position]`` (``size`` words) is a verb; ``share``
    is how often CC-CEDICT glosses ``lemma`` as a verb ("to ...", 0..1).

    A past form ("paired", "wrote"), a base form after "to" or do-support ("did ...
    *hold*") that CC-CEDICT glosses as "to ..." at least sometimes, and a phrasal verb
    ("carry out", "drawn up") are verbs, and so is a base form after a plural noun, before a
    function word or when mostly glossed as a verb ("how many scholars *work* at"); an "-ing" form is one when the dictionary glosses
    its base form mostly as a verb. Plurals ("visits") and modifiers ("closed-door
    sessions", "standing committee") are things, and so, when ``determined`` (a wholly English
    question, where no Chinese word can stand between: "when did the 主题教育 *start*"), is a
    word right after a determiner ("hold the *record*", "the *mixed* development scheme").
    """
    surface = words[position]
    if determined and position > 0 and words[position - 1] in _DETERMINERS:
        return False
    if determined and position > 1 and words[position - 2] in _DETERMINERS and words[position - 1] in _ORDER_WORDS:
        return False  # "the first *train*", "its last *flight*": a thing counted in order
    if size > 1:
        return words[position + size - 1] in _PARTICLES and (share > 0 or surface != lemma)
    if position > 0 and words[position - 1] in _BE and surface.endswith("ed"):
        return True  # a passive's participle, though the dictionary knows it as a word ("was *used*")
    if surface != lemma:
        if surface in IRREGULAR:
            return share >= 0.5
        if surface.endswith("ed"):
            return True
        if surface.endswith("ing"):  # "for *tolerating*", but "how many *leading* cadres"
            modifier = position == 0 or words[position - 1] in _OPENER_WORDS
            return share >= VERB_SHARE and not modifier
        return False
    if position > 0 and words[position - 1] == "to":
        return share > 0
    if position > 0 and share > 0 and (_plural(words[position - 1]) or (position > 1 and words[position - 2] == "and")):
        # a base form agreeing with a plural subject: "scholars *work* at", "tourists *visit*",
        # two things joined ("teachers and staff *work* at")
        after = words[position + 1] if position + 1 < len(words) else ""
        if after in STOP_WORDS or share >= VERB_SHARE:  # not "the grassroots *level*?"
            return True
    support = [k for k in range(position) if words[k] in ("do", "does", "did")]
    # the subject after "did" is the only noun phrase before its verb: a word after a later
    # determiner after a verb stands in its object ("did the bureau cancel *the* railway
    # *contract*"), not one after a preposition ("did construction *of the* station *start*")
    do_support = bool(support) and not any(
        words[k] in _DETERMINERS and k - 1 != support[-1] and words[k - 1] not in STOP_WORDS
        for k in range(support[-1] + 1, position)
    )
    # one main verb follows "did": a phrasal verb later is it ("did the DuPont *plant* in
    # Washburn *shut down*"; not one of an infinitive, "to *open up*"), and the word before
    # is a noun of its subject
    later = any(words[k + 1] in _PARTICLES and words[k - 1] != "to" for k in range(position + 1, len(words) - 1))
    return do_support and share >= 1.0 - VERB_SHARE and not later
