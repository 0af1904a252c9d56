"""English closed compounds the dictionary does not know, read as their two words.

English joins two nouns into one word freely ("floodwater", "stormwater", "farmhouse"), and
CC-CEDICT glosses few of them, by words the documents may not write: such a compound is a
word nothing translates, searched for as itself and found nowhere. Read as its two words ("flood water")
it is translated as any two-word noun phrase is -- Chinese writes such a compound as its two
parts too (洪水 "flood water" is 洪 "flood" + 水 "water").

Only a lower-case word (a capitalised one may be a name: "Songping" is no "song" + "ping")
of :data:`MIN_LETTERS`+ letters that no headword reaching a corpus term translates, nor a
synonym's (CC-CEDICT glosses "floodwater" only by 渍, which no document writes), and that is no pinyin spelling (a name typed in lower case, "gongfang"),
cut in exactly one way into a first word of :data:`MIN_FIRST`+ letters and a last word (or
its base form: "floodwaters") of :data:`MIN_LAST`+ letters, each of which some headword is
glossed as by itself (not a fragment of glosses: "petitio" + "ners"). A word cut in two ways
is left alone. And the corpus must write the two words as one: a term that is a headword of
the first word followed by one of the last (洪 "flood" + 水 "water"), or a headword of the
first ending in one of the last (洪水 "flood", ending in 水) -- "nationwide" is no "nation" +
"wide" (国 + 宽) nor "championships" "champion" + "ships" (冠军 + 船), words whose own
translations merely are not in these documents.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container

from index.english.lemmas import lemmatize
from index.english.links import CorpusLinks
from index.english.weak_words import pivots

MIN_LETTERS = 8  # shorter unknown words are rather misspellings or names than compounds
MIN_FIRST = 4  # "flood" + ...; shorter first words ("car", "pen") begin too many words
MIN_LAST = 4  # ... + "water"; shorter last words end too many words ("-ship", "-man")

_WORD_RE = re.compile(r"(?<![A-Za-z'\-])[a-z]+(?![A-Za-z'\-])")


def compound_parts(
    word: str, translated: Callable[[str], bool], glossed: Container[str], lemma: Callable[[str], str],
    pinyin: Callable[[str], bool], together: Callable[[str, str], bool],
) -> tuple[str, str] | None:
    """The two glossed words a lower-case ``word`` nothing translates joins, or None (see the
    module doc): ``translated`` says whether a word reaches a corpus term, ``glossed`` holds
    the words a headword is glossed as by themselves, ``lemma`` gives a word's base form,
    ``pinyin`` says whether a word is spelled in pinyin syllables and ``together`` whether
    the corpus writes two words (the last as its base form) as one term."""
    if len(word) < MIN_LETTERS or not word.isascii() or not word.isalpha() or not word.islower():
        return None
    if translated(word) or translated(lemma(word)):
        return None
    cuts = [
        (word[:cut], word[cut:])
        for cut in range(MIN_FIRST, len(word) - MIN_LAST + 1)
        if word[:cut] in glossed and (word[cut:] in glossed or lemma(word[cut:]) in glossed)
    ]
    if len(cuts) != 1 or pinyin(word) or not together(cuts[0][0], lemma(cuts[0][1])):
        return None
    return cuts[0]


def opened_compounds(text: str, links: CorpusLinks) -> str:
    """``text`` with each closed compound nothing translates written as its two words
    ("cubic metres of floodwater" -> "cubic metres of flood water"), by ``links``'s
    dictionary and corpus (see :func:`compound_parts`)."""
    if not any(len(found.group()) >= MIN_LETTERS for found in _WORD_RE.finditer(text)):
        return text
    known = links.dictionary.known

    def lemma(word: str) -> str:
        return lemmatize(word, known)

    def translated(word: str) -> bool:  # by its glosses or a synonym's ("hometown": 故乡 "home")
        return links.linked(links.gloss_matches((word,))) or links.linked(pivots(links, word, ()))

    def together(first: str, last: str) -> bool:
        lasts = [head for head in links.gloss_matches((last,)) if head in links.dictionary.glosses]
        for head in links.gloss_matches((first,)):
            for end in lasts:
                if head + end in links.df or (head in links.df and len(head) > len(end) and head.endswith(end)):
                    return True
        return False

    def opened(found: re.Match[str]) -> str:
        parts = compound_parts(found.group(), translated, links.glosses.glossed, lemma, links.pinyin.spells, together)
        return found.group() if parts is None else " ".join(parts)

    return _WORD_RE.sub(opened, text)
