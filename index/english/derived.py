"""Words made from other English words: by a derivational suffix ("rectification" -> "rectify"),
as a comparative or a superlative ("busiest" -> "busy"), or negated by a prefix ("invalid" ->
"not valid") -- what a word that finds no good corpus term by itself is tried as."""

from __future__ import annotations

from collections.abc import Container

from index.english.lemmas import VOWELS

#: Derivational suffix rules, tried for a word that finds no good corpus term by itself:
#: "rectification" -> "rectify", "prosperity" -> "prosperous", "organization" -> "organize".
_DERIVATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ification", ("ify",)),
    ("ization", ("ize",)),
    ("isation", ("ise", "ize")),
    ("ation", ("ate", "e", "")),
    ("ition", ("ite", "")),
    # "-tion" after another vowel keeps the verb's final e or t: "completion" -> "complete",
    # "distribution" -> "distribute", "promotion" -> "promote", "adoption" -> "adopt"
    ("etion", ("ete",)),
    ("ution", ("ute",)),
    ("otion", ("ote",)),
    ("ption", ("pt",)),
    ("ial", ("e", "")),
    ("ction", ("ct",)),
    ("sion", ("de", "se", "d")),
    ("ment", ("",)),
    ("ness", ("",)),
    ("ity", ("ous", "e", "", "al")),
    ("ance", ("ant", "")),
    ("ence", ("ent", "")),
    ("ous", ("", "ity")),
    ("ive", ("ion", "e", "")),
    ("ship", ("",)),
    # "restorable" -> "restore", "convertible" -> "convert" (可復原: 可 before the verb)
    ("able", ("e", "")),
    ("ible", ("", "e")),
    ("ist", ("ism", "")),
    ("ical", ("y", "ic")),
    ("ally", ("al", "")),
    ("ly", ("", "le")),
    ("al", ("", "e")),
    ("er", ("", "e")),
    ("or", ("", "e")),
    ("ic", ("y",)),
    ("y", ("ic", "ical")),
    ("ate", ("ation",)),
    ("ize", ("ization",)),
    ("e", ("ation", "ion")),
    ("", ("ation", "ion", "ment", "ity")),
)


def derivations(word: str, known: Container[str]) -> list[str]:
    """Related known words of ``word`` by derivational suffixes (not ``word`` itself)."""
    found: list[str] = []
    for suffix, replacements in _DERIVATIONS:
        if suffix and not word.endswith(suffix):
            continue
        stem = word[: len(word) - len(suffix)] if suffix else word
        if len(stem) < 4:
            continue
        for replacement in replacements:
            candidate = stem + replacement
            if candidate != word and candidate in known and candidate not in found:
                found.append(candidate)
    return found


def degree_base(word: str, glossed: Container[str]) -> tuple[str, bool] | None:
    """The adjective a comparative or superlative ``word`` with no gloss of its own is made
    from, and whether it is a superlative: "busiest" -> ("busy", True), "taller" -> ("tall",
    False), "biggest" -> ("big", True); None for a word glossed itself ("interest", "teacher")
    or no such form. ``glossed`` are the words that glosses use alone."""
    if word in glossed:
        return None
    for suffix, superlative in (("est", True), ("er", False)):
        if not word.endswith(suffix) or len(word) - len(suffix) < 2:
            continue
        stem = word[: -len(suffix)]
        candidates = [stem, stem + "e"]
        if stem.endswith("i"):
            candidates.insert(0, stem[:-1] + "y")  # "busiest" -> "busy"
        if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
            candidates.insert(0, stem[:-1])  # "biggest" -> "big"
        for candidate in candidates:
            if len(candidate) >= 2 and candidate in glossed:
                return candidate, superlative
    return None


#: Prefixes that negate an English word ("*in*valid", "*un*official", "*non*-party").
_NEGATING_PREFIXES = ("non", "un", "in", "im", "il", "ir", "dis")


def negated(word: str, known: Container[str]) -> tuple[str, str] | None:
    """A word made the opposite of another by a prefix, as CC-CEDICT glosses it ("not" and
    the other: "invalid" -> ("not", "valid"), 无效 "not valid"), or None."""
    for prefix in _NEGATING_PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 4 and rest in known:
            return "not", rest
    return None
