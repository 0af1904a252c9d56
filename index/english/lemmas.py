"""English base forms: :func:`lemmatize` takes a word to the base form the dictionary uses, by an
irregular table ("held" -> "hold", "were" -> "be") and suffix rules (plural, "-ed", "-ing") whose
candidates must be words the dictionary uses ("introduced" -> "introduce", "cities" -> "city"),
and a few more for the dictionary's own spellings (British ones, classical plurals, "-men"
compounds, a people's name to its land)."""

from __future__ import annotations

from collections.abc import Container, Iterator, Mapping

from index.english.forms import STOP_WORDS

VOWELS = frozenset("aeiou")

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

#: British spellings, tried (in order) for a word the dictionary does not know: CC-CEDICT
#: glosses in American English ("neighbourhood", "metres", "organised", "defence").
_BRITISH: tuple[tuple[str, str], ...] = (
    ("our", "or"), ("tres", "ters"), ("tre", "ter"), ("isation", "ization"), ("ising", "izing"),
    ("ised", "ized"), ("ise", "ize"), ("yse", "yze"), ("ence", "ense"), ("ogue", "og"),
    ("lled", "led"), ("lling", "ling"), ("ll", "l"), ("mme", "m"), ("nne", "n"),
    ("oul", "ol"),  # "moulds", "smouldering": mold, smolder
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
