"""Names in English questions found among the corpus's terms however they are written.

A name CC-CEDICT glosses whole ("Dubai": 迪拜, 杜拜; a people's name as its land's, "Israeli":
以色列), one the corpus writes in other characters for the same sounds (海布里 for the
dictionary's 海伯利 "Highbury"), and a Chinese name written as its syllables' words ("Yan
Siqi": 颜思齐). :func:`~index.english.units.find_units` tries them for words the dictionary does
not otherwise tie to the corpus.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container, Mapping, Sequence

from index.english.cedict import surnames
from index.english.cedict_senses import headword_senses, rank_factor
from index.english.glosses import led_by
from index.english.links import MIN_SPECIFICITY, CorpusLinks

PINYIN_FACTOR = 0.9  # a name matched by its pinyin spelling (homophones are few among names)
NAME_PART_FACTOR = 0.7  # "Lakers" for 湖人 "Los Angeles Lakers": the distinctive last word
_PEOPLE_OR_TONGUE = ("人", "语")  # 以色列人 "Israeli", 荷兰语 "Dutch": a land's name + 人 or 语


def dictionary_names(links: CorpusLinks, surface: str, lemma: str) -> dict[str, float]:
    """Proper-noun headwords named ``surface`` in the whole dictionary ("dubai": 迪拜, 杜拜), or
    whose name ends in it ("lakers": 湖人 "Los Angeles Lakers", weaker)."""
    found: dict[str, float] = {}
    named = links.glosses.named
    for head in (*named.get(surface, ()), *named.get(lemma, ())):
        for sense in headword_senses(head):
            if not sense.name or sense.words[-1] not in (surface, lemma):
                continue
            score = rank_factor(sense.rank, head) * sense.factor
            if len(sense.words) > 1:
                score *= NAME_PART_FACTOR
            if score >= MIN_SPECIFICITY and score > found.get(head, 0.0):
                found[head] = score
    for head, score in list(found.items()):
        # a people's or a language's name is its land's with 人 or 语 ("Israeli": 以色列人,
        # "Dutch": 荷兰语): "an *Israeli* minister", "*American* planes", "defeat the *Dutch*"
        # say where from, which texts write as the land (以色列, 美国, 荷兰)
        land = head[:-1]
        if head.endswith(_PEOPLE_OR_TONGUE) and len(land) >= 2 and score > found.get(land, 0.0) and any(
            sense.name for sense in headword_senses(land)
        ):
            found[land] = score
    return found


CLIPPED_FACTOR = 0.8  # "Penn" for 宾州 "Pennsylvania": a name shortened to its first letters
MIN_CLIPPED = 4  # letters a shortened name keeps, at least ("Penn"; not "Cal", "Ark")


def clipped_name(links: CorpusLinks, surface: str) -> dict[str, float]:
    """A name the question writes shortened to its first letters, as English clips names ("Penn"
    for Pennsylvania): the proper-noun headwords the corpus has of the one dictionary name that
    begins so -- one only: a clipping that could stand for two names says neither -- written in
    two characters or more (奥 "Olympics" is a piece of many words). Only for a word that no
    gloss has at all (the caller's test)."""
    if len(surface) < MIN_CLIPPED:
        return {}
    named = links.glosses.named
    whole = {
        name: heads for name in _names_beginning(named, surface)
        if (heads := [head for head in named[name] if len(head) > 1 and head in links.links])
    }
    if len(whole) != 1:
        return {}
    return dict.fromkeys(next(iter(whole.values())), CLIPPED_FACTOR)


def _names_beginning(names: Mapping[str, object], start: str) -> list[str]:
    """The one-word names of ``names`` longer than ``start`` that begin with it, in order."""
    ordered = _sorted_names(names)
    at = bisect_left(ordered, start)
    found = []
    while at < len(ordered) and ordered[at].startswith(start):
        if ordered[at] != start:
            found.append(ordered[at])
        at += 1
    return found


_SORTED: dict[int, tuple[Mapping[str, object], tuple[str, ...]]] = {}


def _sorted_names(names: Mapping[str, object]) -> tuple[str, ...]:
    """``names`` sorted, once per dictionary (kept with the mapping it was made from)."""
    kept = _SORTED.get(id(names))
    if kept is None or kept[0] is not names:
        _SORTED.clear()
        kept = _SORTED[id(names)] = (names, tuple(sorted(names)))
    return kept[1]


MAX_NAME_WORDS = 3  # words a Chinese name is written in ("Ou Yang Xiu"), at most


def pinyin_name(
    links: CorpusLinks, surfaces: Sequence[str], lemmas: Sequence[str], start: int,
    context: Container[str], weak: float,
) -> tuple[int, dict[str, float]]:
    """A Chinese name written in pinyin as 2-3 words ("Yan Siqi": 颜思齐, "Wang Chen"): the
    longest run from ``start`` that the corpus has as a term spelled so, none of whose words
    the dictionary ties to the corpus as well as ``weak`` on its own. (0, {}) if none."""
    for size in range(min(MAX_NAME_WORDS, len(surfaces) - start), 1, -1):
        words = range(start, start + size)
        terms = links.pinyin.terms("".join(surfaces[k] for k in words))
        if terms and all(
            links.best_linked(links.gloss_matches((lemmas[k],), context)) < weak for k in words
        ):
            return size, {term: PINYIN_FACTOR for term in terms}
    return featured_name(links, surfaces, lemmas, start)


def featured_name(
    links: CorpusLinks, surfaces: Sequence[str], lemmas: Sequence[str], start: int
) -> tuple[int, dict[str, float]]:
    """A place named in pinyin before the English word for what it is ("Xiang River": 湘江,
    "Heng Mountain"): the corpus terms read as the name's syllables followed by a reading of a
    one-character headword whose first gloss is that word (江 "river", 河 "river") and ending in
    that character -- the name alone ("xiang": 向, 项, surnames) says nothing of which. The name
    in 1-2 words before it; (0, {}) if none."""
    for size in range(min(MAX_NAME_WORDS - 1, len(surfaces) - start - 1), 0, -1):
        feature = start + size
        name = "".join(surfaces[k] for k in range(start, feature))
        if not name.isascii() or not name.isalpha():
            continue
        found: dict[str, float] = {}
        for char in _feature_characters(links, lemmas[feature]):
            for reading in links.dictionary.readings.get(char, ()):
                for term in links.pinyin.terms(name + reading):
                    if term.endswith(char):
                        found[term] = PINYIN_FACTOR
        if not found and links.pinyin.spells(name.lower()) and not links.pinyin.terms(name):
            # ... or written so and cut at another place: the name's last character glued to
            # its kind's (邛沙县 as 邛 + 沙县), looked for written whole (EnglishUnit.written)
            for char in _feature_characters(links, lemmas[feature], first=False):
                for string in links.pinyin.glued(name, char, links.dictionary.readings.get(char, ())):
                    found[string] = PINYIN_FACTOR
        if found:
            return size + 1, found
    return 0, {}


def _feature_characters(links: CorpusLinks, lemma: str, first: bool = True) -> tuple[str, ...]:
    """The one-character headwords whose first sense is the noun ``lemma`` exactly (江, 河 for
    "river"; not 于 "to go" of "did Wei *go* abroad": 位于 is read "weiyu"); not ``first``: any
    of their senses (区 "area; region; *district*"), for a string a passage must write whole."""
    return tuple(dict.fromkeys(
        head for head, sense, _at in links.senses_with(lemma)
        if len(head) == 1 and (sense.rank == 0 or not first) and sense.words == (lemma,) and not sense.verb
        and not sense.name
    ))


def surname(links: CorpusLinks, surface: str) -> dict[str, float]:
    """The one-character corpus terms the dictionary gives as the surname ``surface`` ("Shen":
    沈), as sure as a name read from its pinyin: English names a Chinese person by the surname
    alone once it has named them ("*Shen*'s library", "did *Shen* pass the exam"), and the
    segmenter cuts a name it does not know into its surname and the rest (沈 + 怀远)."""
    return {char: PINYIN_FACTOR for char in surnames().get(surface, ()) if char in links.df}


def respelled(links: CorpusLinks, heads: Mapping[str, float]) -> dict[str, float]:
    """Corpus terms spelling a dictionary name of ``heads`` with other characters for its
    sounds (海布里 for 海伯利 "Highbury"), when no headword of it reaches the corpus: each as
    sure as the name times how close it sounds."""
    if any(head in links.links for head in heads):
        return {}
    found: dict[str, float] = {}
    for head, score in heads.items():
        if not any(sense.name for sense in headword_senses(head)):
            continue
        for term, close in links.sounds.respelled(head, links.dictionary.readings).items():
            found[term] = max(found.get(term, 0.0), score * close)
    return found


def leading_name(
    links: CorpusLinks, surfaces: Sequence[str], lemmas: Sequence[str], start: int,
    capitalised: Container[str], context: Container[str], weak: float,
) -> tuple[int, dict[str, float]]:
    """A name the question writes capitalised and shortened to its first words ("Arsenal" for
    阿森纳 "Arsenal Football Club", "Manchester United" for 曼联): the longest run of capitalised
    words from ``start`` that begins a proper noun's longer name in the dictionary, whose
    headword the corpus has -- one word only if it is no whole name itself ("Pittsburgh"), and
    a run only if one of its words the dictionary does not tie to the corpus as well as
    ``weak`` on its own ("Lake" Khanka is a lake, no "Lake Victoria"). (0, {}) if none."""
    run = 0
    while start + run < len(surfaces) and run < MAX_NAME_WORDS and surfaces[start + run] in capitalised:
        run += 1
    names = links.glosses.names
    loose = [links.best_linked(links.gloss_matches((lemmas[k],), context)) < weak for k in range(start, start + run)]
    for size in range(run, 0, -1):
        if size == 1 and (surfaces[start] in names or lemmas[start] in names):
            break
        if not any(loose[:size]):
            continue
        found: dict[str, float] = {}
        for key in dict.fromkeys((tuple(lemmas[start : start + size]), tuple(surfaces[start : start + size]))):
            for head, sense in led_by(key):
                score = rank_factor(sense.rank, head) * sense.factor * NAME_PART_FACTOR
                if head in links.links and score >= MIN_SPECIFICITY and score > found.get(head, 0.0):
                    found[head] = score
        if found:
            return size, found
    return 0, {}
