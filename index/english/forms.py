"""English word forms: the words of a question, their base forms and related words.

Only ASCII letter runs count; Chinese characters, digits and punctuation separate words, and
so do hyphens ("party-building" is "party building"). :func:`lemmatize` has an irregular table
("held" -> "hold", "were" -> "be") and suffix rules (plural, "-ed", "-ing") whose candidates
must be words the dictionary uses ("introduced" -> "introduce", "cities" -> "city");
:func:`derivations` finds related words by derivational suffixes ("rectification" -> "rectify",
"provincial" -> "province") for a word that finds nothing good by itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container, Iterator, Mapping

#: Words that carry no topic. General English function words plus dictionary-gloss filler
#: ("sb", "sth", "etc", "lit", "fig", "abbr").
STOP_WORDS: frozenset[str] = frozenset(
    """
    a an the of in on at to for from by with without into onto upon about above below over under
    between among through during before after since until till within across along around
    against toward towards beyond per via than as like unlike such
    and or nor but yet so if then else also too either neither both each every all any some
    no not none only just even still already ever never very quite rather much many more most
    less least few fewer fewest several other others another same own
    i me my mine we us our ours you your yours he him his she her hers it its they them their
    theirs myself ourselves yourself yourselves himself herself itself themselves
    this that these those there here what which who whom whose when where why how whether
    be am is are was were been being do does did done doing have has had having
    will would shall should can could may might must ought need dare
    get got one ones thing things something anything nothing someone anyone
    s t d ll m re ve don didn doesn isn aren wasn weren wouldn couldn shouldn
    sb sth etc lit fig abbr esp eg ie e g i.e coll usu
    total altogether overall exactly approximately roughly about around currently
    """.split()
)

#: Request phrasing in questions ("please tell me ..."): dropped from questions only.
QUESTION_FILLER: frozenset[str] = frozenset("please tell know say let give show find".split())

#: Words about the text itself, not its topic ("the article", "does the report mention"): like
#: the Chinese stop words 文章, 本文, dropped from questions (compared as lemmas).
META_WORDS: frozenset[str] = frozenset(
    "article text story passage piece report mention write accord according".split()
)

#: Irregular forms of English verbs, to their base form.
IRREGULAR_VERBS: Mapping[str, str] = {
    "am": "be", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
    "has": "have", "had": "have", "having": "have", "does": "do", "did": "do", "done": "do",
    "doing": "do", "went": "go", "gone": "go", "goes": "go", "made": "make", "held": "hold",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "built": "build",
    "found": "find", "set": "set", "put": "put", "ran": "run", "run": "run", "won": "win",
    "led": "lead", "began": "begin", "begun": "begin", "brought": "bring", "came": "come",
    "got": "get", "gotten": "get", "knew": "know", "known": "know", "saw": "see", "seen": "see",
    "said": "say", "sent": "send", "spent": "spend", "grew": "grow", "grown": "grow",
    "kept": "keep", "left": "leave", "lost": "lose", "met": "meet", "paid": "pay",
    "rose": "rise", "risen": "rise", "sold": "sell", "shown": "show", "spoke": "speak",
    "spoken": "speak", "stood": "stand", "taught": "teach", "told": "tell", "thought": "think",
    "understood": "understand", "wrote": "write", "written": "write", "fell": "fall",
    "fallen": "fall", "drew": "draw", "drawn": "draw", "chose": "choose", "chosen": "choose",
    "bought": "buy", "caught": "catch", "fought": "fight", "sought": "seek", "felt": "feel",
    "dealt": "deal", "meant": "mean", "heard": "hear", "laid": "lay", "lent": "lend",
    "fed": "feed", "fled": "flee", "bore": "bear", "borne": "bear", "born": "bear",
    "broke": "break", "broken": "break", "forgot": "forget", "forgotten": "forget",
    "froze": "freeze", "frozen": "freeze", "hid": "hide", "hidden": "hide", "rode": "ride",
    "ridden": "ride", "shook": "shake", "shaken": "shake", "stole": "steal", "stolen": "steal",
    "struck": "strike", "swore": "swear", "sworn": "swear", "threw": "throw", "thrown": "throw",
    "woke": "wake", "woken": "wake", "wore": "wear", "worn": "wear", "ate": "eat",
    "eaten": "eat", "drank": "drink", "drunk": "drink", "drove": "drive", "driven": "drive",
    "flew": "fly", "flown": "fly", "sang": "sing", "sung": "sing", "swam": "swim",
    "swum": "swim", "became": "become", "overcame": "overcome", "undertook": "undertake",
    "undertaken": "undertake", "withdrew": "withdraw", "withdrawn": "withdraw", "using": "use",
    "lying": "lie", "dying": "die", "tying": "tie", "hung": "hang",
}

#: Irregular English forms and a few spelling variants, to their base form: the verbs' and
#: nouns' ("organisations" is a plural noun, not a verb form like "held").
IRREGULAR: Mapping[str, str] = {
    **IRREGULAR_VERBS,
    "men": "man", "women": "woman",
    "children": "child", "people": "people", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "data": "data", "media": "media", "criteria": "criterion",
    "phenomena": "phenomenon", "crises": "crisis", "analyses": "analysis", "bases": "base",
    "theses": "thesis", "indices": "index", "lives": "life", "wives": "wife",
    "knives": "knife", "leaves": "leaf", "halves": "half", "selves": "self",
    "thieves": "thief", "wolves": "wolf", "shelves": "shelf", "better": "good",
    "best": "good", "worse": "bad", "worst": "bad",
    "organisation": "organization", "organisations": "organization", "organise": "organize",
    "organised": "organize", "centre": "center", "centres": "center", "programme": "program",
    "programmes": "program", "labour": "labor", "defence": "defense", "honour": "honor",
    "favour": "favor", "behaviour": "behavior", "neighbour": "neighbor", "realise": "realize",
    "realised": "realize", "modernisation": "modernization",
}

#: Words that end like a plural or a verb form but are not one.
INVARIANT: frozenset[str] = frozenset(
    """
    news series species means politics economics physics mathematics statistics ethics
    logistics athletics electronics graphics thus plus bus gas yes chaos always perhaps
    various previous serious famous ous
    """.split()
)

LETTERS_RE = re.compile(r"[a-z]+")
VOWELS = frozenset("aeiou")
_ACCENTED_RE = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")


def plain_letters(text: str) -> str:
    """``text`` with Latin letters' accents taken off ("Ōsaka" -> "Osaka", "Zürich" -> "Zurich",
    "Chişinău" -> "Chisinau"), other characters as they are: English questions rarely write
    them, and a word cut at an accent ("saka") matches nothing."""
    return _ACCENTED_RE.sub(_plain, text) if _ACCENTED_RE.search(text) else text


def _plain(found: re.Match[str]) -> str:
    letters = unicodedata.normalize("NFKD", found.group())
    return "".join(char for char in letters if not unicodedata.combining(char))


#: Pinyin's syllable-dividing apostrophe: before a syllable opening with a, o or e ("Xi'an" 西安,
#: "Yi'an" 医案, "Chang'an"), never in English ('s, n't, 're, 'll, 've, O'Brien, o'clock).
_PINYIN_APOSTROPHE_RE = re.compile(r"(?<=[A-Za-z])['’](?=[aoeAOE])")


def pinyin_joined(text: str) -> str:
    """``text`` with pinyin's syllable-dividing apostrophes taken out ("Songxi Yi'an" -> "Songxi
    Yian"): the name is one word, which pinyin matching reads syllable by syllable (yi + an) --
    cut at the apostrophe, "an" was an article and "yi" matched nothing."""
    return _PINYIN_APOSTROPHE_RE.sub("", text)


def english_words(text: str) -> list[str]:
    """The lower-case ASCII letter words of ``text``, in order.

    Possessive "'s" and "n't" are dropped with their apostrophe; hyphens, digits, Chinese
    characters and punctuation separate words ("party-building" gives "party", "building");
    a token of letters and digits together (AGG01, POWER6) is a name and gives no word.
    """
    if not text:
        return []
    lowered = pinyin_joined(text).lower().replace("’", "'")
    lowered = re.sub(r"\bwon't\b", "will not", lowered)
    lowered = re.sub(r"\bcan't\b", "can not", lowered)
    lowered = re.sub(r"n't\b", " not", lowered)
    lowered = re.sub(r"\b(what|who|where|when|how|which|that|it|there|here)'s\b", r"\1 is", lowered)
    lowered = re.sub(r"'s\b", " ", lowered)
    lowered = _habitual(lowered)  # "which estate *used to* flood": as "would flood", no use
    lowered = _PREFIX_RE.sub(_prefixed, lowered)  # "co-prosperity" is about prosperity
    lowered = DATE_PREFIX_RE.sub(" ", lowered)  # "mid-2010", "mid-August": part of a date
    lowered = _MODEL_NAME_RE.sub(" ", lowered)  # AGG01, POWER6: a name, not the word "power"
    return LETTERS_RE.findall(lowered)


#: "used to" + a verb as the verb of a question's subject ("which estate *used to* flood"):
#: what once happened again and again -- an auxiliary as "would" is, not the verb "use". Not
#: after a form of "be", "get" or "do" ("was the money *used to* build", "*got* used to"), nor
#: where no question word opens the subject ("the mechanism *used to* pick officials": a thing
#: used), where "used" is "use".
_HABITUAL_RE = re.compile(r"^\s*(?:who|which|what|where)\b[^,;:]*?\b(used\s+to)\b")
_BE_OR_GET_RE = re.compile(r"\b(?:is|are|was|were|be|been|being|am|get|gets|got|gotten|getting|do|does|did)\b")


def _habitual(lowered: str) -> str:
    """``lowered`` with a habitual "used to" (:data:`_HABITUAL_RE`) written "would"."""
    found = _HABITUAL_RE.search(lowered)
    if found is None or _BE_OR_GET_RE.search(found.group()) is not None:
        return lowered
    return lowered[: found.start(1)] + "would" + lowered[found.end(1):]


#: A word written with a capital and lower-case letters ("Arsenal"), and where a sentence starts.
_TITLE_WORD_RE = re.compile(r"[A-Za-z]+")
_SENTENCE_END_RE = re.compile(r"[.?!:;]\s*$")


def capitalised_words(text: str, known: Container[str] = ()) -> frozenset[str]:
    """The words ``text`` writes with a capital (as in "Arsenal", not "MIT") away from where a
    sentence starts, lower-cased: what an English writer marks as a name. A word the text also
    writes in lower case is not one ("the party ... the Party"). Where a sentence starts, a word
    no English word of ``known`` (the dictionary's) spells, followed right away by a word
    capitalised as a name, is that name's first word ("*Lizhao* Tang: ...")."""
    found: set[str] = set()
    lower: set[str] = set()
    starts: list[tuple[str, int]] = []  # sentence-initial capitalised words, where they end
    text = pinyin_joined(text)
    for n, match in enumerate(_TITLE_WORD_RE.finditer(text)):
        word = match.group()
        if word.islower():
            lower.add(word)
        elif len(word) > 1 and word[0].isupper() and word[1:].islower():
            if n and not _SENTENCE_END_RE.search(text[: match.start()]):
                found.add(word.lower())
            else:
                starts.append((word.lower(), match.end()))
    for word, end in starts:
        following = _NEXT_NAME_WORD_RE.match(text, end)
        if known and word not in known and word not in STOP_WORDS and following and following.group(1).lower() in found:
            found.add(word)
    return frozenset(found - lower)


#: The word written right after another, a space apart (a name's next word: "Lizhao *Tang*").
_NEXT_NAME_WORD_RE = re.compile(r" ([A-Z][a-z]+)\b")


#: A token of letters and digits together (AGG01, A380, 4x100): a model or code name.
_MODEL_NAME_RE = re.compile(r"[a-z0-9]*(?:[a-z]\d|\d[a-z])[a-z0-9]*")

#: Hyphenated prefixes that only modify the word after them.
_PREFIX_RE = re.compile(r"\b(co|re|pre|non|anti|multi|inter|sub|post|semi|ex)-([a-z]+)")


def _prefixed(found: re.Match[str]) -> str:
    """A hyphenated prefix and its word: one word where the dictionary writes them so
    ("co-operatives": "cooperatives", 合作社; "sub-district": "subdistrict", 街道) -- a
    spelling, not a modifier --, else the word alone ("co-prosperity" is about prosperity)."""
    from index.english.cedict import load_dictionary  # (the dictionary reads words with this module)

    prefix, word = found.groups()
    known = load_dictionary().known
    joined = prefix + word
    return joined if joined in known or lemmatize(joined, known) in known else word
#: "mid-" before a year or a month ("mid-2010", "mid-August 1920"): where in the date, which the
#: texts write their own way (2010年首6個月, 8月中旬) -- no word to search ("mid": 半山, Mid-Levels).
DATE_PREFIX_RE = re.compile(
    r"\bmid-(?=\d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)",
    re.IGNORECASE,
)
#: British spellings, tried (in order) for a word the dictionary does not know: CC-CEDICT
#: glosses in American English ("neighbourhood", "metres", "organised", "defence").
_BRITISH: tuple[tuple[str, str], ...] = (
    ("our", "or"), ("tres", "ters"), ("tre", "ter"), ("isation", "ization"), ("ising", "izing"),
    ("ised", "ized"), ("ise", "ize"), ("yse", "yze"), ("ence", "ense"), ("ogue", "og"),
    ("lled", "led"), ("lling", "ling"), ("ll", "l"), ("mme", "m"), ("nne", "n"),
)


def _inflection_candidates(word: str) -> Iterator[str]:
    """Possible base forms of an inflected ``word``, most likely first (may be empty)."""
    n = len(word)
    if word.endswith("ies") and n > 4:
        yield word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and n > 3:
        if word.endswith(("sses", "shes", "ches", "xes", "zes")):
            yield word[:-2]
        yield word[:-1]
        if word.endswith("es"):
            yield word[:-2]
    if word.endswith("ied") and n > 4:
        yield word[:-3] + "y"
    if word.endswith("ied") and n == 4:  # "died", "lied", "tied"
        yield word[:-1]
    if word.endswith("ed") and n >= 5:
        stem = word[:-2]
        if _doubled(stem):
            yield stem[:-1]  # "stopped": stop
        yield word[:-1]
        yield stem
        if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
            yield stem[:-1]
    if word.endswith("ing") and n >= 6:
        stem = word[:-3]
        if _doubled(stem):
            yield stem[:-1]  # "digging": dig, not the website Digg (掘客) the dictionary also knows
        yield stem + "e"
        yield stem
        if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
            yield stem[:-1]
        if stem.endswith("y"):
            yield stem[:-1] + "ie"


#: Consonants English words end in doubled (call, pass, staff, buzz): "calling" is "call".
_FINAL_DOUBLES = frozenset("lsfz")


def _doubled(stem: str) -> bool:
    """Whether an "-ing"/"-ed" ``stem`` ends in a consonant doubled by the ending ("digg" of
    "digging", "stopp" of "stopped"): English doubles a final consonant before the ending
    (dig -> digging) but hardly ends a word in two of one (except :data:`_FINAL_DOUBLES`), so the
    undoubled word comes first -- a doubled spelling the dictionary knows is mostly a name's."""
    return (
        len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in VOWELS
        and stem[-1] not in _FINAL_DOUBLES and stem[-3] in VOWELS
    )


def lemmatize(word: str, known: Container[str] | None = None) -> str:
    """The base form of a lower-case English ``word``.

    Irregular forms come from :data:`IRREGULAR`. Otherwise suffix rules propose candidates
    (plural "-s"/"-es"/"-ies", "-ed", "-ing", with a doubled consonant undone); with ``known``
    (the words the dictionary uses) the first candidate that is a known word wins, else the
    word is kept; without ``known`` the first candidate of the rules is taken. A plural of an
    "-ing" or "-ed" form is reduced all the way ("meetings" -> "meet"), as a gloss's "meeting" is.
    """
    word = word.lower()
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) <= 3 or word in INVARIANT:
        return word
    if known is not None:
        prefixed = _prefixed_irregular(word, known)
        if prefixed is not None:
            return prefixed
    if known is not None and word not in known:
        american = _american(word, known)
        if american is not None:
            return lemmatize(american, known)
    candidates = [c for c in _inflection_candidates(word) if len(c) >= 3]
    for candidate in candidates:
        if known is None or candidate in known:
            if word.endswith("s") and candidate.endswith(("ing", "ed")):
                return lemmatize(candidate, known)  # "meetings" as "meeting": "meet", as in glosses
            return candidate
    if known is not None:
        classical = None if word in known else _classical_singular(word, known) or _compound_man(word, known)
        if classical is not None:
            return classical  # "alumni": the dictionary glosses 校友 "alumnus"; "craftsmen": 工匠 "craftsman"
        for candidate in (word, *candidates):
            land = _land_of_people(candidate, known)
            if land is not None:
                return land  # "Rwandans": of Rwanda, which the dictionary names
    if word.endswith("s") and candidates:
        return candidates[0]  # an unknown plural ("petitioners") still loses its "s"
    return word


#: Prefixes English puts before irregular verbs, whose forms stay irregular ("rebuilt",
#: "overran", "mistook", "outgrew", "upheld", "foresaw").
_VERB_PREFIXES = ("re", "over", "under", "out", "mis", "fore", "up", "with")


def _prefixed_irregular(word: str, known: Container[str]) -> str | None:
    """The base form of an irregular verb form with a prefix ("rebuilt" -> "rebuild", as
    "built" -> "build"), when the dictionary knows the prefixed verb; None otherwise."""
    for prefix in _VERB_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and rest in IRREGULAR_VERBS and prefix + IRREGULAR_VERBS[rest] in known:
            return prefix + IRREGULAR_VERBS[rest]
    return None


#: Plural endings of Latin and Greek nouns and their singulars' ("alumni" -> "alumnus",
#: "curricula" -> "curriculum", "formulae" -> "formula", "hypotheses" -> "hypothesis",
#: "matrices" -> "matrix"): English morphology, tried only when the singular is a known word.
_CLASSICAL_PLURALS: tuple[tuple[str, str], ...] = (
    ("i", "us"), ("a", "um"), ("a", "on"), ("ae", "a"), ("ses", "sis"), ("ices", "ix"), ("ices", "ex"),
)


def _compound_man(word: str, known: Container[str]) -> str | None:
    """The known singular of a compound in "-men" ("craftsmen" -> "craftsman", "fishermen" ->
    "fisherman"), as "men" is of "man"; None otherwise."""
    if word.endswith("men") and len(word) > 5:
        candidate = word[:-3] + "man"
        if candidate in known:
            return candidate
    return None


def _classical_singular(word: str, known: Container[str]) -> str | None:
    """The known singular of a Latin or Greek plural ``word`` (:data:`_CLASSICAL_PLURALS`)."""
    for ending, singular in _CLASSICAL_PLURALS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            candidate = word[: -len(ending)] + singular
            if candidate in known:
                return candidate
    return None


#: Endings of the adjectives and nouns naming a land's people, and the land's endings they come
#: from, most specific first: Rwandan, Canadian, Russian, Italian, European, Taiwanese, Maltese,
#: Pakistani.
_PEOPLE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ian", ("ia", "a", "y")),
    ("an", ("a", "", "o")),
    ("ese", ("", "a")),
    ("i", ("",)),
)


def _land_of_people(word: str, known: Container[str]) -> str | None:
    """The land an unknown word for its people names, if the dictionary knows it ("rwandan" ->
    "rwanda", "canadian" -> "canada", "taiwanese" -> "taiwan"): readers ask about a land's
    people ("what share of Rwandans ...") where the texts name the land (盧安達)."""
    if word in known:
        return None
    for ending, lands in _PEOPLE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            for land in lands:
                # (a stop word is no land: "Litan", a place in pinyin, is no people of "lit",
                # the dictionary's gloss filler "lit.")
                if stem + land in known and stem + land not in STOP_WORDS:
                    return stem + land
    return None


def _american(word: str, known: Container[str]) -> str | None:
    """The American spelling of a word the dictionary does not know, if it knows that one
    (or its base form): "metres" -> "meters", "neighbourhood" -> "neighborhood"."""
    for british, american in _BRITISH:
        if british in word:
            respelled = word.replace(british, american)
            if respelled in known or any(c in known for c in _inflection_candidates(respelled)):
                return respelled
    return None
