"""What an English question asks: the kind of answer, its content words, the thing asked about.

Question words ("how many", "what percentage", "when", "who", "where" ...) set the kind of
answer (:func:`~index.english.kinds.question_kind`) and are never translated; stop words,
request phrasing ("please tell me") and words about the text itself ("the article", "does the
report mention") are dropped (:func:`read_question`). :func:`focus_span` finds the thing asked
about ("how many *party members* ...") and :func:`~index.english.actions.is_action` tells verbs
("held", "carry out") from things.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass

from index.english.forms import META_WORDS, QUESTION_FILLER, STOP_WORDS, capitalised_words, english_words
from index.english.lemmas import IRREGULAR_VERBS, lemmatize
from index.english.cedict import load_dictionary
from index.english.function_words import BE, DETERMINERS
from index.english.glosses import gloss_index
from index.english.kinds import RELATIVES, WH, measures_asked, question_kind, terse
from index.english.modifiers import adverb_before_verb, hyphen_joined

MAX_WORDS = 60  # English words read from one question (a question, not an essay)
#: Who writes a text, as CC-CEDICT's one-word glosses name them (记者, 作者, 通讯员 ...): asked
#: "who wrote ..." or "who is the author ...", the answer is the byline, whatever word was used.
BYLINE_NOUNS = ("reporter", "journalist", "author", "writer", "correspondent")
AUTHORSHIP = frozenset(BYLINE_NOUNS) | {"write", "byline"}
_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: A possessive: "the *men's* winning time", "华数智能's closing price" (the owner, not what is asked).
_OWNER_RE = re.compile(r"\b([A-Za-z]+)['’]s\b")
_CHINESE_OWNER_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]['’]s\b")

#: Nouns that only say "what" after it: "what measures were drawn up" asks what was drawn up.
_GENERIC_WH_NOUNS = frozenset(
    "measure measures step steps action actions thing things way ways kind kinds type types "
    "sort sorts means".split()
)

_COUNT_OPENERS = (("how", "many"), ("how", "much"), ("number", "of"), ("what", "number"))
_ARTICLES = frozenset("the a an".split())
#: Stop words that may stand before the thing asked about and say only how much of it is meant.
_AMOUNT_MODIFIERS = frozenset("total overall approximate per".split())
_NOUN_PHRASE_JOINERS = frozenset("and or".split())
_PARTITIVE = "of"  # "how many *of* the members": the members are counted


def focus_span(
    words: Sequence[str], consumed: Sequence[bool], known: Container[str] = (), joined: Container[int] = ()
) -> tuple[int, int] | None:
    """Where the thing asked about stands in ``words`` (start, end), or None.

    "how many *party members* were ...", "what is the *population* of ...", "who is the
    *governor* of ...": the words after the opener up to the first function word (a
    preposition, an auxiliary) or, after the first word, a verb form ("tourists *visited*").
    """
    # a count opener wins wherever it stands: "what was the total *number of* party members"
    start = next(
        (i + 2 for i in range(len(words)) if tuple(words[i : i + 2]) in _COUNT_OPENERS), None
    )
    if start is not None and words[start - 2] == "how" and start < len(words) - 1 and words[start] == _PARTITIVE:
        # "how many *of* the province's party members took part": the partitive's noun is
        # counted -- not when a verb of being follows it ("how many of MIT's faculty members
        # *were women*"): its complement says which of them, and the text may count those alone
        found = noun_phrase(words, consumed, start + 1, known, joined)
        return None if found is None or _complement(words, found[1], known) else found
    for i in range(len(words)) if start is None else ():
        if words[i] in ("what", "which", "who") and i + 1 < len(words) and words[i + 1] in BE:
            start = i + 2
            break
    found = None if start is None else noun_phrase(words, consumed, start, known, joined)
    if found is not None and words[found[0] : found[1]] in _NAME_WORDS and words[found[1] : found[1] + 1] == ["of"]:
        # "what was the *name* of his wife": the thing named is asked about, "name" says only
        # that its name is wanted
        return noun_phrase(words, consumed, found[1] + 1, known, joined) or found
    return found


_NAME_WORDS = (["name"], ["names"])


def noun_phrase(
    words: Sequence[str], consumed: Sequence[bool], start: int, known: Container[str] = (),
    joined: Container[int] = (),
) -> tuple[int, int] | None:
    """The noun phrase asked about from ``start`` in ``words`` (see :func:`focus_span`), or None;
    ``known`` are the dictionary's words, to tell "speed" from a past form; ``joined`` where a
    word stands that the text writes after a hyphen: the word before it is no function word
    ending the phrase but part of one modifier ("the *on-grid* electricity price", "*off-peak*")."""
    while start < len(words) and (words[start] in _ARTICLES or words[start] in _AMOUNT_MODIFIERS):
        start += 1  # "what is the *total* area of ...", "the *per* capita income": what is asked about
    end = start
    while end < len(words):
        word = words[end]
        if end > start and word in RELATIVES:
            break  # "the score *when* Guoan beat Shide": a clause, not the thing asked about
        if consumed[end] or word in _NOUN_PHRASE_JOINERS:
            end += 1
            continue
        if (word in STOP_WORDS or word in BE) and end + 1 not in joined:
            break
        if end > start and (_past_form(word, known) or word in IRREGULAR_VERBS) and not participle_modifier(words, end):
            break
        if end > start and adverb_before_verb(words, end, known):
            break  # "how many cars *actually* started": an adverb tells how of the verb after it
        end += 1
    return (start, end) if end > start else None


def participle_modifier(words: Sequence[str], position: int) -> bool:
    """Whether the past form at ``position`` modifies the noun after it as the dictionary writes
    it: some headword is glossed with the two words as written ("*registered users*": 登记用户
    "registered user"), so "how many mini-program registered users" asks for the users -- not
    "attended meetings", glossed "to attend a meeting" (开会), a verb and its object."""
    if position + 1 >= len(words) or not words[position].endswith("ed"):
        return False  # (a gerund, "*reading* rooms", is read as before)
    pair = words[position : position + 2]
    said = f"{pair[0]} {pair[1].rstrip('s')}"
    raw = load_dictionary().glosses
    return any(
        said in gloss.strip().lower().rstrip("s")
        and gloss.strip().lower().startswith(pair[0])
        for head in gloss_index().phrase_heads(pair)
        for entry in raw.get(head, b"").decode("utf-8", errors="replace").split("\n")
        for gloss in entry[1:].split("/")
    )


def gerund_modifier(
    question: Question, position: int, known: Container[str], counted: Callable[[str], bool]
) -> bool:
    """Whether the -ing form at ``position`` modifies the plural noun ending a count's focus:
    "how many iron *reeling* machines did it buy", "the count of collective *learning*
    sessions" -- in English a word between a modifier and the noun it modifies is part of the
    noun phrase, not its verb (a verb there would need the noun as its subject: "how many
    *companies* making chips", after a plural noun, is a reduced clause and stays one). Not the
    focus's first word ("*reading* rooms" is read as before) nor its last; and only before a noun
    ``counted`` says the dictionary counts with classifiers ("machines": 台, 部) -- a head whose
    count the texts write by its measure words, not one they may name otherwise ("on-site
    teaching *bases*": 现场教学示范点, where "teaching" alone is found)."""
    focus, words = question.focus, question.words
    if question.kind != "count" or focus is None or not focus[0] < position < focus[1] - 1:
        return False
    word, before, head = words[position], words[position - 1], words[focus[1] - 1]
    if len(word) < 5 or not word.endswith("ing"):
        return False
    return _plural(head, known) and not _plural(before, known) and counted(head)


def _plural(word: str, known: Container[str]) -> bool:
    """Whether ``word`` reads as a plural noun: it ends in s and undoes to another word."""
    return word.endswith("s") and lemmatize(word, known) != word


def _complement(words: Sequence[str], position: int, known: Container[str]) -> bool:
    """Whether a verb of being at ``position`` has a complement after it ("were *women*"), not
    a passive's past form ("were *built*")."""
    if position + 1 >= len(words) or words[position] not in BE:
        return False
    following = words[position + 1]
    return not (_past_form(following, known) or following in IRREGULAR_VERBS)


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
    asked_noun: int | None = None  # position of the noun right after "what"/"which" ("at what *elevations*")
    terse: bool = False  # asked as keywords, with no question word ("floor area of the tower?": :func:`terse`)


#: Words after which a verb is written in its base form ("did missionaries *found*", "to *fell*").
_BASE_FORM_BEFORE = frozenset(
    {"to", "do", "does", "did", "will", "would", "can", "could", "should", "must", "may", "might"}
)
_BASE_FORM_REACH = 3  # the auxiliary, its subject of up to two words, then the verb
_NOT_BASE_AFTER = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had"})


def _base_form(words: Sequence[str], position: int) -> bool:
    """Whether ``words[position]``, an irregular past form that is also a base form ("found",
    "fell", "saw"), stands where a base form does: after "to" or an auxiliary and its subject. A
    spelling variant :data:`IRREGULAR` also lists ("to save his *neighbour*", "did they
    *organise*") is no past form: it is respelled as the dictionary glosses it, wherever it stands."""
    if words[position] not in IRREGULAR_VERBS:
        return False
    for before in range(position - 1, max(-1, position - 1 - _BASE_FORM_REACH), -1):
        if words[before] in _NOT_BASE_AFTER:
            return False
        if words[before] in _BASE_FORM_BEFORE:
            return True
    return False


_WRITERS_REACH = 4  # "which *two People's Daily* journalists": the words before the noun


def _writers_noun(words: Sequence[str], known: Container[str]) -> int | None:
    """Where the byline noun is when "what"/"which" asks for writers: it heads the phrase the
    question word opens, right after it or after up to three words qualifying it ("which
    reporters wrote ...", "which two People's Daily journalists wrote ...") -- no verb between
    ("which report *was* the journalist's ..." asks for a report); else None."""
    if len(words) < 2 or words[0] not in WH:
        return None
    for n in range(1, min(len(words), _WRITERS_REACH + 1)):
        word = words[n]
        if lemmatize(word, known) in BYLINE_NOUNS:
            return n
        if word in _BASE_FORM_BEFORE or word in _NOT_BASE_AFTER or lemmatize(word, known) in AUTHORSHIP:
            return None
    return None


def read_question(text: str, known: Container[str]) -> Question | None:
    """The words of ``text`` read as a question (None without English words); ``known`` are
    the words the dictionary uses, for :func:`lemmatize`."""
    words = english_words(text)[:MAX_WORDS]
    if not words:
        return None
    kind, consumed = question_kind(words)
    for i in range(1, len(words)):  # "what *measures* were ...": just "what"
        if words[i - 1] in WH and words[i] in _GENERIC_WH_NOUNS:
            consumed[i] = True
    writers_at = _writers_noun(words, known)
    if kind is None and writers_at is not None:
        kind = "who"  # "which reporters wrote ...", "what author ...": a person is asked for
    writers = kind == "who" and any(lemmatize(w, known) in AUTHORSHIP for w in words)
    naming = naming_the_text(words, known) | naming_the_writers(words, known) if writers else frozenset()
    if writers and writers_at is not None:  # "which two *People's Daily* journalists": their
        naming |= frozenset(range(1, writers_at))  # paper or number, which a byline does not write
    author = None
    if kind == "who":  # "who wrote ...", "who is the author of ...": the byline
        author = next(
            (
                w for n, w in enumerate(words)
                if lemmatize(w, known) in AUTHORSHIP and _of_the_text(words, n, known, naming)
            ),
            None,
        )
    if author is not None:  # (the word tying the writers to the text is no word to search)
        at = words.index(author)
        naming |= frozenset({at + 1}) if _linking(words, at, at + 1) and words[at + 1] not in STOP_WORDS else frozenset()
    capitalised = capitalised_words(text, known)
    # "did *He* Jie finish": a word written as a name before another name word is a name's
    # syllable (何杰), not the pronoun -- kept for a name to be looked for (translator drops it
    # again when none is found)
    name_starts = frozenset(
        n for n in range(len(words) - 1)
        if words[n] in STOP_WORDS and words[n] in capitalised and words[n + 1] in capitalised
        and words[n + 1] not in STOP_WORDS
    )
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
    joined = hyphen_joined(text, words)
    focus = None if _CJK_RE.search(text) and not chinese_owner else focus_span(words, consumed, known, joined)
    owners = {match.group(1).lower() for match in _OWNER_RE.finditer(text)}
    # the owner opening the focus: its first word, or a name written in capitals up to it
    owned = None if focus is None else next(
        (n for n in range(*focus) if words[n] in owners and (n == focus[0] or set(words[focus[0] : n + 1]) <= capitalised)),
        None,
    )
    if focus is not None and owned is not None:
        # "the *men's* winning time", "*Henan's* total summer grain output", "*Wei Siheng's*
        # wife" (a name of two words): what the owner owns is asked, whatever amount word
        # ("total") stands after it
        focus = (owned + 1, focus[1]) if focus[1] - owned > 1 else (
            noun_phrase(words, consumed, focus[1], known, joined) or focus
        )
    what_is = len(words) > 1 and words[0] in WH and words[1] in BE
    measured = frozenset(
        i + 1 for i in range(len(words) - 1) if words[i] == "how" and measures_asked(words[i + 1])
    )
    asked_noun = next(
        (i + 1 for i in range(len(words) - 1) if words[i] in WH and i + 1 in positions and not consumed[i + 1]), None
    )
    return Question(
        tuple(words), kind, tuple(surfaces), tuple(lemmas), tuple(positions), focus, author, what_is,
        measured, capitalised, name_starts, joined, asked_noun, terse(words),
    )


_THIS = frozenset({"this", "these"})


def _of_the_text(words: Sequence[str], position: int, known: Container[str], naming: Container[int] = ()) -> bool:
    """Whether the writing asked about at ``words[position]`` is of the text itself: "who wrote
    it", "who wrote the article about ...", "the author of the report", "who wrote this
    overview", "who wrote the *People's Daily* piece" (``naming``: the words saying what the text
    is, :func:`naming_the_text`) -- not "who wrote *the book* ...", "the author of *the song*",
    whose writer the text may name."""
    for n, word in enumerate(words[position + 1 :], position + 1):
        if word in STOP_WORDS or n in naming:
            continue
        if _linking(words, position, n):
            continue  # "the journalists *behind* this report"
        # "who wrote *this* overview": the text at hand, whatever it is called
        return lemmatize(word, known) in META_WORDS or words[n - 1] in _THIS
    return True


def _linking(words: Sequence[str], writers: int, n: int) -> bool:
    """Whether ``words[n]``, right after the word for the writers at ``writers``, ties them to
    what the determiner after it opens ("the journalists *behind* this report"): a preposition,
    no thing of the question -- a noun or verb there is followed by its own words, not "this"."""
    return n == writers + 1 and n + 1 < len(words) and words[n + 1] in DETERMINERS


_NAMING_REACH = 4  # words between a determiner and the word for the text that can name what it is


#: What opens a phrase naming the text's writers: a determiner, or the question word asking
#: which of them ("*which* Xinhua correspondent").
_WRITERS_OPENERS = DETERMINERS | {"which", "what"}


def naming_the_writers(words: Sequence[str], known: Container[str]) -> frozenset[int]:
    """Positions of the words between a determiner and the noun for the text's writers: "who
    are *the People's Daily* reporters", "which *Xinhua* correspondent" -- the paper they write
    for, the text's source as much as in "the People's Daily piece", which no byline writes."""
    return _named_before(words, known, BYLINE_NOUNS, _WRITERS_OPENERS)


def naming_the_text(words: Sequence[str], known: Container[str]) -> frozenset[int]:
    """Positions of the words that say what the text asked about is, between a determiner and
    the word for it: "who wrote *this People's Daily* piece", "the *Xinhua* report" -- its
    source or kind, which its byline (本報記者 ...) does not write."""
    return _named_before(words, known, META_WORDS, DETERMINERS)


def _named_before(
    words: Sequence[str], known: Container[str], nouns: Container[str], openers: Container[str]
) -> frozenset[int]:
    """Positions of the words between an opener (``openers``, at most ``_NAMING_REACH`` words
    back) and each word whose lemma is one of ``nouns``."""
    found: set[int] = set()
    for n, word in enumerate(words):
        if lemmatize(word, known) not in nouns:
            continue
        for d in range(n - 1, max(-1, n - 2 - _NAMING_REACH), -1):
            if words[d] in openers:
                found.update(range(d + 1, n))
                break
    return frozenset(found)

