"""CC-CEDICT glosses parsed into senses: :func:`headword_senses` and what it needs.

A headword's raw entries (:func:`~index.english.cedict.load_dictionary`) are parsed on demand
(cached). A gloss is split at "/" and ";" (and, weaker, at "," and "and"/"or"); parentheticals and
cross references are removed (a word spelled out after "i.e." is kept as a sense of its own; "to
V by V-ing" also gives "to V", weaker); specialised, abbreviation and classifier senses count less; a proper
noun keeps only its name; a variant inherits the senses of the headword it refers to.
:func:`rank_factor` weighs a sense by its rank.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

from index.english.cedict import PROPER, load_dictionary
from index.english.forms import LETTERS_RE, STOP_WORDS, plain_letters
from index.english.lemmas import IRREGULAR, lemmatize

RANK_STEP = 0.05  # later senses of a multi-character headword count a little less
NEGATION = "not"  # kept before a content word of a gloss: "not valid" says the opposite of "valid"

#: Sense prefixes that carry no translation (classifiers, cross references, surnames ...).
_SKIP_SENSE_RE = re.compile(
    r"^\s*(?:cl:|surname\b|(?:old |archaic |japanese |erhua |korean )?variant of\b|see\b|"
    r"see also\b|also pr\.|also written\b|taiwan pr\.|pr\.|used in\b|"
    r"\(?old\)? variant\b)",
    re.IGNORECASE,
)
_PINYIN_REF_RE = re.compile(r"\[[^\]]*\]")
_PAREN_RE = re.compile(r"\([^()]*\)")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")
#: One or two lower-case words ending a proper noun's gloss (or its part before a comma).
_NOUN_AFTER_NAME_RE = re.compile(r"\s+([a-z][a-z'\-]*(?:\s+[a-z][a-z'\-]*)?)\s*(?:[,;]|$)")
_LEADING_THE_RE = re.compile(r"^\s*the\s+(?=[A-Z])")
_NAME_RUN_RE = re.compile(
    r"^\s*((?:[A-Z][\w'\-]*)(?:\s+(?:(?:of|the|and|de|for)\s+)*[A-Z][\w'\-]*)*)"
)
#: "Zhanghua *or Changhua* city ...", "Gaoxiong or Kaohsiung": a second spelling of the name.
_OTHER_SPELLING_RE = re.compile(r"\s+or\s+([A-Z][\w'\-]*)(?=\s|$)")


@dataclass(frozen=True)
class Sense:
    """One gloss segment of a headword: sense rank (0 = first), lemmas, and a factor <= 1.

    The factor is below 1 for specialised, abbreviation or classifier senses, for a conjunct
    taken out of "X and Y", and for segments padded with function words ("in that case").
    """

    rank: int
    words: tuple[str, ...]
    factor: float = 1.0
    entry: int = 0  # which dictionary entry of the headword (homographs have several)
    whole: bool = True  # a ";"-separated gloss, not a piece cut out of one at "," or "and"
    name: bool = False  # the name of a proper noun entry ("United States" of 美国)
    verb: bool = False  # glossed as a verb ("to hold")
    lead: int = 0  # its words before an "of" describing them ("capital city | of an autonomous region"), or 0


#: Parenthetical labels that mark a specialised sense ("population (statistics)").
_SENSE_LABELS: frozenset[str] = frozenset(
    """
    statistics math mathematics physics chemistry biology medicine medical tcm buddhism taoism
    slang coll colloquial dialect old archaic literary vulgar tw loanword botany zoology geology
    computing linguistics law legal music sports military economics finance anatomy astronomy
    philosophy grammar polite honorific pejorative derog euphemism formal written fig lit
    internet bound form usage onom mahjong chess poker electricity electronics engineering
    textiles printing photography geometry chinese cantonese japanese korean taiwan dated
    obsolete humorous classical theater opera sb sth esp used usually also often name
    """.split()
)
#: Labels of where a sense is used ("(Tw) taxi"): still a plain translation -- documents may
#: well be from there -- so they count much less than a specialised sense.
_REGION_LABELS: frozenset[str] = frozenset("tw taiwan prc cantonese hk".split())
REGION_SENSE_FACTOR = 0.9
_NAME_LABEL = "name"
_CLASSIFIER_RE = re.compile(r"^\s*classifier for\b", re.IGNORECASE)
_ABBR_RE = re.compile(r"^\s*abbr\.?(?:\s+(?:for|of|to))?\b", re.IGNORECASE)
_CONJUNCTION_RE = re.compile(r"\s+(?:and|or)\s+")
_ACRONYM_RE = re.compile(r"\(([A-Z]{2,6})\)")
#: A gloss word spelled out in the parenthesis after it: "combine (i.e. combine harvester)".
_SPELLED_OUT_RE = re.compile(r"^\s*([A-Za-z][A-Za-z\- ]*?)\s*\(i\.e\.\s+([A-Za-z][A-Za-z\- ]*?)\s*\)\s*$")
#: An abbreviation written with a dot after each part ("Ph.D.", "U.S.", "M.Sc."), one of whose
#: parts is a capital: one word, as questions write it ("PhD"); not "e.g.", "a.m." (no capital).
_DOTTED_RE = re.compile(r"(?<![A-Za-z])(?=[a-z.]*[A-Z])(?:[A-Za-z]{1,2}\.){2,}")
#: Function words that do not make a gloss less exact ("to hold", "to read a book").
_NOT_FILLER = frozenset({"a", "an", "the", "to", "and", "or", "sb", "sth", "etc", "one", "s"})
#: A verb gloss saying how it is done: "to plant by sowing seed", "to break by twisting".
_MANNER_RE = re.compile(r"^\s*to ([a-z]+)\s+by\s+[a-z]+ing\b")
MANNER_FACTOR = 0.8  # "plant" out of "to plant by sowing seed": a way of planting
ABBREVIATION_SENSE_FACTOR = 0.5  # "abbr. for 浙江 Zhejiang": the headword stands in compounds
LABELLED_SENSE_FACTOR = 0.25  # "(statistics)", "(slang)": a specialised sense
CLASSIFIER_SENSE_FACTOR = 0.7  # "classifier for batches"
CONJUNCT_FACTOR = 0.8  # "rectify" out of "to rectify and improve"
COMMA_PART_FACTOR = 0.8  # "article" out of "article, report or program on a specific topic"
SINGLE_CHAR_NAME_FACTOR = 0.5  # 浙 "Zhejiang": one-character names abbreviate
QUALIFIED_NAME_FACTOR = 0.6  # "American" out of "American dollar" (美元)
#: A one-word gloss completed by the one word in brackets after it: "study (room)" (书房).
_COMPLETED_RE = re.compile(r"^\s*([a-z]{3,})\s+\(([a-z]{3,})\)\s*$")
COMPLETED_FACTOR = 0.9  # "study room" out of "study (room)": the gloss's own noun, said in full


def completed_nouns(text: str) -> list[str]:
    """The two-word nouns a sense's one-word glosses are short for, the second word in brackets
    after the first: "study (room)" (书房) is a study room, as English says it in full ("city
    study rooms"). Not a label ("cell (biology)", "liquor (loanword)", "mother (dialect)")."""
    found: list[str] = []
    for piece in text.split(";"):
        match = _COMPLETED_RE.match(piece)
        if match and match.group(2) not in _SENSE_LABELS | _REGION_LABELS:
            found.append(f"{match.group(1)} {match.group(2)}")
    return found


def _gloss_segments(gloss: str, proper: bool) -> list[tuple[str, float, bool]]:
    """Plain-text segments of one CC-CEDICT sense, each with a factor (1 = plain gloss).

    "to hold (a meeting); to run" gives "to hold" and "to run". Cross references, pinyin,
    Chinese characters and parentheticals are removed; specialised, abbreviation and
    classifier senses get factors below 1; "to rectify and improve" also gives its conjuncts.
    A proper noun's sense is reduced to its leading capitalised name ("Hangzhou subprovincial
    city and capital of Zhejiang ..." gives "Hangzhou"), so descriptions do not match.
    """
    factor = 1.0
    named = False  # the label follows a comma: the sense's first part is no specialised word
    if _CLASSIFIER_RE.match(gloss):
        gloss = _CLASSIFIER_RE.sub(" ", gloss)
        factor *= CLASSIFIER_SENSE_FACTOR
    elif _SKIP_SENSE_RE.match(gloss):
        return []
    text = _PINYIN_REF_RE.sub(" ", gloss)
    text = _NON_ASCII_RE.sub(" ", plain_letters(text)).replace("|", " ")
    text = _DOTTED_RE.sub(lambda found: found.group().replace(".", "") + " ", text)
    for inner in re.findall(r"\(([^()]*)\)", text):
        words = LETTERS_RE.findall(inner.lower())
        if words and all(word in _REGION_LABELS for word in words):
            factor *= REGION_SENSE_FACTOR
            break
        if proper and words == [_NAME_LABEL]:
            continue  # "Highbury (name)": a proper noun's note that it is one, no specialism
        if words and all(word in _SENSE_LABELS for word in words):
            factor *= LABELLED_SENSE_FACTOR
            # "tael, unit of weight ... (old)": a label after a comma qualifies what follows the
            # word the sense opens with, not that word
            named = "," in text[: text.find(f"({inner})")].rsplit(";", 1)[-1]
            break
    # "gross domestic product (GDP)", "World Trade Organization (WTO)": the acronym too
    acronyms = [
        (found, factor, True)
        for found in _ACRONYM_RE.findall(text)
        if found.lower() not in _SENSE_LABELS | _REGION_LABELS
    ]
    spelled = spelled_out(text)
    if spelled:
        acronyms.append((spelled, factor, True))
    if not proper:
        acronyms.extend((completed, factor * COMPLETED_FACTOR, True) for completed in completed_nouns(text))
    previous = None
    while previous != text:
        previous, text = text, _PAREN_RE.sub(" ", text)
    if _ABBR_RE.search(text):
        factor *= ABBREVIATION_SENSE_FACTOR
        text = _ABBR_RE.sub(" ", text)
    if proper:
        # "the Philippines", "the Dead Sea": the article is no part of the name
        text = _LEADING_THE_RE.sub("", text, count=1)
        name = _NAME_RUN_RE.match(text)
        if not (name and name.group(1)):
            return acronyms
        # Taiwan's places are glossed in pinyin, then in the spelling Taiwan uses
        # (彰化 "Zhanghua or Changhua city and county"): both name it
        other = _OTHER_SPELLING_RE.match(text, name.end())
        if other:
            acronyms.append((other.group(1), factor, True))
        noun = _NOUN_AFTER_NAME_RE.match(text, name.end())
        if noun and not any(word in STOP_WORDS for word in noun.group(1).split()):
            # a name before a common noun ("American dollar", "Chinese style", "Shanghai
            # municipality"): the phrase is the sense; the name alone may be a kind of it --
            # not a description ("Hangzhou subprovincial city and capital of ...")
            phrase = f"{name.group(1)} {noun.group(1)}"
            return [(phrase, factor, True), (name.group(1), factor * QUALIFIED_NAME_FACTOR, True)] + acronyms
        return [(name.group(1), factor, True)] + acronyms
    out: list[tuple[str, float, bool]] = list(acronyms)
    for piece in text.split(";"):
        if not piece.strip():
            continue
        out.append((piece, factor, True))
        manner = _MANNER_RE.match(piece)
        if manner:  # "to plant (maize etc) by sowing seed" (播种) is a way to plant
            out.append((f"to {manner.group(1)}", factor * MANNER_FACTOR, False))
        parts = [p for p in piece.split(",") if p.strip()]
        if len(parts) > 1:  # "branch, esp. grass root branches of a political party"
            out.extend(
                (p, factor * COMMA_PART_FACTOR / (LABELLED_SENSE_FACTOR if named and not k else 1.0), False)
                for k, p in enumerate(parts)
            )
        for part in parts:
            conjuncts = [c for c in _CONJUNCTION_RE.split(part) if c.strip()]
            short = all(len(LETTERS_RE.findall(c)) <= 3 for c in conjuncts)
            if 1 < len(conjuncts) <= 3 and short:
                out.extend((c, factor * CONJUNCT_FACTOR, False) for c in conjuncts)
    return out


def spelled_out(gloss: str) -> str | None:
    """The longer form a gloss spells its word out as in a parenthesis after "i.e.", when that
    form begins with the word (聯合收割機 "combine (i.e. combine harvester)": "combine
    harvester") -- the gloss names the same thing by a short word of the longer name, which
    questions write in full; not an explanation ("dry ice (i.e. frozen CO2)")."""
    found = _SPELLED_OUT_RE.match(gloss)
    if not found:
        return None
    word, full = found.group(1).lower().split(), found.group(2).lower().split()
    if len(word) < len(full) <= 4 and full[: len(word)] == word:
        return found.group(2)
    return None


def _sense_words(segment: str, known: Container[str]) -> tuple[tuple[str, ...], int]:
    """Lemmas of a gloss segment's content words, and how many filler words it had."""
    return _sense_words_led(segment, known)[:2]


def _sense_words_led(segment: str, known: Container[str]) -> tuple[tuple[str, ...], int, int]:
    """:func:`_sense_words`, and how many of the lemmas stand before an "of" that describes
    them ("capital city of an autonomous region": 2), or 0."""
    tokens = LETTERS_RE.findall(segment.lower())
    lemmas: list[str] = []
    filler = 0
    lead = 0
    for n, token in enumerate(tokens):
        if token == "of" and lemmas and not lead:
            lead = len(lemmas)
        if token == NEGATION and n + 1 < len(tokens) and tokens[n + 1] not in STOP_WORDS:
            lemmas.append(NEGATION)  # "not valid" (无效) is no gloss of "valid": of "invalid"
            continue
        if token in STOP_WORDS:
            if token not in _NOT_FILLER:
                filler += 1
            continue
        # after "to" a verb is written in its base form: "to found" (创建) is not "to find",
        # "to fell" not "to fall", though "found" and "fell" are also their past forms
        infinitive = n > 0 and tokens[n - 1] == "to" and token in IRREGULAR
        lemma = token if infinitive else lemmatize(token, known)
        if lemma in STOP_WORDS or len(lemma) < 2:
            continue
        lemmas.append(lemma)
    if lead >= len(lemmas):
        lead = 0
    return tuple(lemmas), filler, lead


#: A gloss that says the headword is another's ("variant of 勘察[kan1 cha2]", "see 荸薺|荸荠[..]",
#: "same as ...", "also written ..."; not "see also", a related word): the other's Simplified form.
_REFERENCE_RE = re.compile(
    r"^\s*(?:(?:\(old\) |old |archaic |japanese |erhua |korean )?variant of|see(?!\s+also)|same as|"
    r"also written)\s+(?:[^\s|\[/,]+\|)?([^\s|\[/,]+)\["
)
_REFERENCE_MARKS = (b"variant of", b"see ", b"same as", b"also written")
VARIANT_SENSE_FACTOR = 0.9  # a variant's senses are the headword's it refers to, a little less sure


@lru_cache(maxsize=65536)
def headword_senses(head: str) -> tuple[Sense, ...]:
    """The parsed senses of a Simplified headword (empty if the dictionary lacks it), and those
    of the headwords its glosses say it is a variant of or the same as (勘查 "variant of 勘察":
    "to prospect; to survey"), at :data:`VARIANT_SENSE_FACTOR` -- else a variant the documents
    write has no sense at all."""
    own = _own_senses(head)
    raw = load_dictionary().glosses.get(head)
    if raw is None or not any(mark in raw for mark in _REFERENCE_MARKS):
        return own
    entries = raw.count(b"\n") + 1
    targets = [
        found.group(1)
        for entry in raw.decode("utf-8", errors="replace").split("\n")
        for gloss in entry[1:].split("/")
        if (found := _REFERENCE_RE.match(gloss)) is not None and found.group(1) != head
    ]
    inherited = [
        dataclasses.replace(sense, factor=sense.factor * VARIANT_SENSE_FACTOR, entry=entries + n + sense.entry)
        for n, target in enumerate(dict.fromkeys(targets))
        for sense in _own_senses(target)
    ]
    return own + tuple(inherited)


#: A parenthetical's words, a quoted one ("(loanword from "run")", "(used as phonetic "ka")")
#: being a sound, not the headword's name.
_PARENTHETICAL_RE = re.compile(r"\(([^()\"]*)\)")
MIN_SPELLING_LETTERS = 3  # "an" (按), "na" (娜): a two-letter syllable is a sound or an English word
MAX_SPELLINGS = 16  # readings tried per headword (characters with several readings multiply them)


def own_spellings(head: str) -> frozenset[str]:
    """The headword's toneless pinyin spellings, one reading per character (元: "yuan"; 汤种:
    "tangzhong"), from the dictionary's one-character entries."""
    readings = load_dictionary().readings
    spellings = [""]
    for char in head:
        chars = readings.get(char)
        if not chars:
            return frozenset()
        spellings = [spelled + reading for spelled in spellings for reading in sorted(chars)][:MAX_SPELLINGS]
    return frozenset(spelled for spelled in spellings if len(spelled) >= MIN_SPELLING_LETTERS)


def named_by_spelling(gloss: str, spellings: frozenset[str]) -> str | None:
    """The headword's own pinyin when a parenthetical of the gloss names it so: 元 "currency unit
    (esp. Chinese yuan)", 圆 "unit of Chinese currency (yuan)", 汤种 "water roux (aka tangzhong)"
    -- English writes the thing by that name, a sense the removal of parentheticals loses. Not a
    cross reference's pinyin ("(as in 大姐[da4 jie3])"), nor a quoted sound."""
    if not spellings or "(" not in gloss:
        return None
    text = _PINYIN_REF_RE.sub(" ", gloss)
    for inner in _PARENTHETICAL_RE.findall(text):
        for word in LETTERS_RE.findall(inner.lower()):
            if word in spellings and word not in STOP_WORDS:
                return word
    return None


def _own_senses(head: str) -> tuple[Sense, ...]:
    """The senses a headword's own glosses give, and its pinyin where a parenthetical names it
    so (:func:`named_by_spelling`)."""
    dictionary = load_dictionary()
    raw = dictionary.glosses.get(head)
    if raw is None:
        return ()
    spellings = own_spellings(head) if b"(" in raw else frozenset()
    best: dict[tuple[int, int, tuple[str, ...]], tuple[float, bool, bool, bool, int]] = {}
    for entry_index, entry in enumerate(raw.split(b"\n")):
        proper = entry[:1] == PROPER
        text = entry[1:].decode("utf-8", errors="replace")
        for rank, gloss in enumerate(text.split("/")):
            named = None if proper else named_by_spelling(gloss, spellings)
            if named is not None:
                best[(entry_index, rank, (named,))] = (1.0, True, False, False, 0)
            for segment, factor, whole in _gloss_segments(gloss, proper):
                words, filler, lead = _sense_words_led(segment, dictionary.known)
                if not words or len(words) > 8:
                    continue
                factor /= 1.0 + 0.5 * filler
                if proper and len(head) == 1:
                    factor *= SINGLE_CHAR_NAME_FACTOR
                key = (entry_index, rank, words)
                if factor > best.get(key, (0.0,))[0]:
                    verb = segment.lstrip().lower().startswith("to ")
                    best[key] = (factor, whole, proper, verb, lead)
    return tuple(
        Sense(rank, words, factor, entry_index, whole, name, verb, lead)
        for (entry_index, rank, words), (factor, whole, name, verb, lead) in best.items()
    )


def rank_factor(rank: int, head: str) -> float:
    """Later senses count less; much less for (very polysemous) one-character headwords."""
    return 1.0 / (1.0 + (0.2 if len(head) == 1 else RANK_STEP) * rank)
