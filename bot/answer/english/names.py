"""Names in an English question found as the documents write them: Latin codes and base forms,
Hong Kong romanisation, a document title by its sound, a name glossed in Latin letters, a name
the segmenter splits found written whole."""

from __future__ import annotations

import dataclasses
import re
import weakref
from functools import lru_cache
from itertools import islice, product
from collections.abc import Sequence

from bot.answer.english.adjacent import written_together
from bot.answer.english.glossed import GLOSSED_SURE, glossed_name, passages_with_all, written_before
from bot.answer.model import WeightedWord
from index.english import EnglishQuery, EnglishUnit
from index.english.cantonese import name_runs, syllable_characters, wade_giles_characters
from index.english.cedict import load_dictionary
from index.english.lemmas import lemmatize
from index.english.glosses import gloss_index
from index.english.sounds import SoundIndex
from index.normalize import normalize
from index.runs import STOP_WORDS
from index.search import Index

_DIGIT_RE = re.compile(r"\d")
_LATIN_LETTER_RE = re.compile(r"[a-z]")
_LETTERS_RE = re.compile(r"[a-z]+")


def glossed(index: Index, query: EnglishQuery, spelled: dict[int, tuple[str, ...]]) -> EnglishQuery:
    """``query`` with each run of untranslated words that the documents write in Latin letters
    as the gloss of a Chinese name ("Aqua Marine": 碧海蓝天（Aqua Marine）) made one unit found
    as that name, searched as :func:`written_name` searches it (``spelled`` is updated: the
    units found so, and the others' new places). The Latin words stay searched as written too
    (the passage glossing the name is often the one saying what it is)."""
    units = query.units
    out: list[EnglishUnit] = []
    found: dict[int, tuple[str, ...]] = {}
    n = 0
    while n < len(units):
        end = n
        while end < len(units) and end not in spelled and _latin_written(index, units[end]):
            end += 1
        for stop in range(end, n, -1):  # the longest run first ("aqua marine", then "aqua")
            words = [word for unit in units[n:stop] for word in unit.english.split()]
            name = glossed_name(index, words)
            variants = None if name is None else (name,) if index.doc_freq(name) else written_name(index, name)
            if variants is not None:
                found[len(out)] = variants
                out.append(dataclasses.replace(
                    units[n], english=" ".join(words), confidence=GLOSSED_SURE, understood=GLOSSED_SURE,
                    name=True, written=(),
                ))
                n = stop
                break
        else:
            if n in spelled:
                found[len(out)] = spelled[n]
            out.append(units[n])
            n += 1
    spelled.clear()
    spelled.update(found)
    return dataclasses.replace(query, units=tuple(out))


def codes_written(index: Index, tokens: Sequence[str]) -> list[str]:
    """The model or code names among the question's Latin ``tokens`` (letters and digits:
    a-135, t6 of 51T6; a possessive's "'s" dropped) that the documents write: names of their
    things, which say where the other words' senses belong, as a Chinese word of a mixed
    question does ("launch *sites*" of the A-135: 发射, not 开展)."""
    found = []
    for token in tokens:
        token = token.removesuffix("'s").removesuffix("’s")
        if _DIGIT_RE.search(token) and _LATIN_LETTER_RE.search(token) and index.doc_freq(token) > 0:
            found.append(token)
    return list(dict.fromkeys(found))


def without_possessive(index: Index, word: WeightedWord) -> WeightedWord:
    """A model or code name (letters and digits) written with a possessive's "'s" ("the MPQ-78's
    radar", "the A-135's launch sites") read as the documents write it (MPQ-78): otherwise it is
    taken for a code they lack, which makes the whole question about something absent. (A
    name's possessive -- "Monteiro's" -- is the translator's to read: the word is translated.)"""
    if word.pos != "eng" or len(word.variants) != 1 or not _DIGIT_RE.search(word.variants[0]):
        return word
    bare = word.variants[0].removesuffix("'s").removesuffix("’s")
    if bare == word.variants[0] or not bare or index.doc_freq(bare) == 0:
        return word
    return dataclasses.replace(word, variants=(bare,))


def without_code_pieces(query: EnglishQuery, codes: Sequence[str]) -> EnglishQuery:
    """``query`` without the untranslated units that are only the letters of a code the documents
    write ("MPQ-78": the translator reads "mpq" and a number; the documents write MPQ-78, which is
    searched as written) -- a piece of a name found whole is no second thing to find."""
    pieces = {piece for code in codes for piece in _LETTERS_RE.findall(code.lower())}
    if not pieces:
        return query
    kept = tuple(unit for unit in query.units if unit.terms or unit.english.lower() not in pieces)
    return query if len(kept) == len(query.units) else dataclasses.replace(query, units=kept)


def latin_base_forms(index: Index, query: EnglishQuery) -> EnglishQuery:
    """``query`` with each untranslated word the documents do not write in Latin letters, but
    whose base form they do ("bilberries": 在英国称之bilberry), read as that form -- as a
    dictionary word's inflections are read as its lemma."""
    units = list(query.units)
    for n, unit in enumerate(units):
        word = unit.english.lower()
        if unit.terms or unit.action or " " in word or not word.isascii() or index.doc_freq(word) > 0:
            continue
        base = lemmatize(word)
        if base != word and index.doc_freq(base) > 0:
            units[n] = dataclasses.replace(unit, english=base)
    return dataclasses.replace(query, units=tuple(units))


def _latin_written(index: Index, unit: EnglishUnit) -> bool:
    """Whether ``unit`` is untranslated words the documents write in Latin letters."""
    return not unit.terms and not unit.action and all(index.doc_freq(word) > 0 for word in unit.english.split())


def latin_at_home(index: Index, unit: EnglishUnit, units: Sequence[EnglishUnit]) -> bool:
    """Whether ``unit`` is untranslated words the documents write in Latin letters
    (:func:`_latin_written`) in a document naming each of the question's names found ("Lenghu's
    *GDP*": 全区GDP4.8亿元; not "Zhejiang's GDP" when only another document writes GDP)."""
    if not _latin_written(index, unit):
        return False
    translator = index.english()
    written = translator.documents(tuple(unit.english.split()))
    names = [translator.documents(u.terms[0][0:1]) for u in units if u.name and u.terms]
    return written is None or all(found is None or found & written for found in names)


#: Strings of characters tried for a name spelled in Hong Kong's romanisation, at most.
HK_NAME_SPELLINGS = 64


#: A word translated less surely than this is no reading that keeps it from being a syllable of a
#: romanised name the documents write: "Wan" is the adjective "wan" (烦心事, 0.1), but "To Kwa
#: Wan" is 土瓜灣 (ENGLISH_UNDERSTOOD in :mod:`bot.answer.english`).
ROMANISED_OVER = 0.25


def romanised_names(
    index: Index, query: EnglishQuery, text: str
) -> tuple[EnglishQuery, dict[int, tuple[str, ...]]]:
    """``query`` with each name spelled in the Hong Kong Government romanisation or in Wade-Giles
    that a document writes ("Wong Wah-kei": 黄华麒, which the segmenter cuts into 黄 + 华 + 麒;
    "Ming Hsieh": 谢明) made one name unit, and the units found so, as :func:`written_name`
    searches them. Its words must be units nothing was found for, or names only guessed ("Chiu
    Chow": not 西区 for "Chiu"); its characters are those the syllables spell that the index holds alone (as a
    name cut up is), in order, and the whole must be written in a passage."""
    units = list(query.units)
    spelled: dict[int, tuple[str, ...]] = {}
    for run in name_runs(text):
        # a first syllable that is an English stop word ("in *To* Kwa Wan", 土瓜灣) is no unit
        for words in (run, run[1:] if run[0] in STOP_WORDS else ()):
            at = next(
                (n for n in range(len(units) - len(words) + 1)
                 if words and tuple(u.english for u in units[n : n + len(words)]) == words),
                None,
            )
            if at is not None:
                break
        if at is None or any(
            (u.terms and not (u.name and u.understood < 1.0) and u.understood >= ROMANISED_OVER) or u.action
            for u in units[at : at + len(words)]
        ):
            continue
        variants = _romanised_name(index, run)
        if variants is None:
            continue
        merged = dataclasses.replace(
            units[at], english=" ".join(run), confidence=1.0, understood=1.0, name=True, focus=False
        )
        units[at : at + len(words)] = [merged]
        spelled = {(k if k < at else k - len(words) + 1): v for k, v in spelled.items()}
        spelled[at] = variants
    return dataclasses.replace(query, units=tuple(units)), spelled


def _romanised_name(index: Index, run: tuple[str, ...]) -> tuple[str, ...] | None:
    """The search variants of the name the syllables ``run`` spell in Hong Kong's romanisation or
    in Wade-Giles, surname first or last ("Ming Hsieh": 谢明), that a passage writes; None if
    none does. Only characters the index holds alone are tried (a name the segmenter cuts up)."""
    orders = dict.fromkeys((run, (run[-1], *run[:-1])))
    for table in (syllable_characters(), wade_giles_characters()):
        for order in orders:
            if not all(syllable in table for syllable in order):
                continue
            options = [sorted(c for c in table[syllable] if index.doc_freq(c) > 0) for syllable in order]
            for chars in islice(product(*options), HK_NAME_SPELLINGS):
                name = "".join(chars)
                variants = (name,) if index.doc_freq(name) > 0 else written_name(index, name)
                if variants is not None:
                    return variants
    return None


#: A name found by how a document's title sounds: this sure times how close it sounds.
TITLE_SOUND_FACTOR = 0.8
_CJK_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


def titled(index: Index, query: EnglishQuery, spelled: dict[int, tuple[str, ...]]) -> EnglishQuery:
    """``query`` with the names neither the dictionary nor the corpus's terms explain found in
    a document's title by how they sound ("Washburn": 瓦士本市, which the segmenter cuts into
    瓦 + 士 + 本市); each found is added to ``spelled`` as :func:`written_name` searches it.
    Only a word the dictionary does not know, or knows only as a name, is looked for."""
    known = load_dictionary().known
    units = list(query.units)
    for n, unit in enumerate(units):
        if n in spelled or unit.terms or unit.action or " " in unit.english:
            continue
        if unit.english in known and not (unit.name or unit.written):
            continue
        sounds = title_sounds(index).terms(unit.english)
        for head, close in sorted(sounds.items(), key=lambda item: (-item[1], item[0])):
            variants = (head,) if index.doc_freq(head) > 0 else written_name(index, head)
            if variants is not None:
                spelled[n] = variants
                sure = TITLE_SOUND_FACTOR * close
                units[n] = dataclasses.replace(unit, confidence=sure, understood=sure, name=True)
                break
    return dataclasses.replace(query, units=tuple(units))


#: Each index's title sounds, kept as long as the index is: a cache that held the index itself would
#: keep an index a reload replaced (its maps, its descriptors, its memory) alive.
_TITLE_SOUNDS: weakref.WeakKeyDictionary[Index, SoundIndex] = weakref.WeakKeyDictionary()


def title_sounds(index: Index) -> SoundIndex:
    """The runs of Chinese characters of the documents' titles, by how they sound: a title
    names its document's subject, whatever script the name is in."""
    sounds = _TITLE_SOUNDS.get(index)
    if sounds is None:
        runs = {
            run for document in index.documents for run in _CJK_RUN_RE.findall(normalize(document.title))
        }
        sounds = _TITLE_SOUNDS[index] = SoundIndex(sorted(runs), load_dictionary().readings, (), {}, min_foreign=0.0)
    return sounds


#: Passages holding all of a name's pieces read to see it written whole (the first ones).
WRITTEN_SAMPLE = 50


def written_name(index: Index, head: str) -> tuple[str, ...] | None:
    """The search variants of a name the corpus writes but segments in pieces (杜拜 as 杜 + 拜,
    阿布達比, 大韓航空 as 大 + 韩 + 航空), as the Chinese path searches such a name (part of
    speech "phrase": the name, then its pieces), or None when no passage writes ``head``."""
    found = index.tokenizer.query_words(head)
    if len(found) == 1 and found[0].pos == "phrase" and found[0].variants[0] == head:
        pieces = found[0].variants[1:]
    elif len(found) > 1 and "".join(word.variants[0] for word in found) == head:
        # cut into words (大韓航空 as 大 + 韩 + 航空): searched by them, matched whole
        pieces = tuple(dict.fromkeys(
            piece for word in found
            for piece in (word.variants[1:] if word.pos == "phrase" else word.variants[:1])
        ))
    elif len(found) == 1 and found[0].variants[0] == head and index.doc_freq(head) == 0:
        # a word the question's segmenting keeps whole but no text's does (选举人 in 選舉人數,
        # cut 选举 + 人数): searched by its pieces the index holds, matched whole
        pieces = tuple(v for v in found[0].variants[1:] if index.doc_freq(v) > 0)
    elif found and "".join(word.variants[0] for word in found) == _without_function_words(head) != head:
        # a name with a function word the index leaves out (英斂之: 英 + 敛, 之 unheld): searched
        # by its pieces the index holds, matched whole
        pieces = tuple(dict.fromkeys(
            piece for word in found
            for piece in (word.variants[1:] if word.pos == "phrase" else word.variants[:1])
            if index.doc_freq(piece) > 0
        ))
    else:
        return None
    if not pieces:
        return None
    rows = passages_with_all(index, pieces)
    for row in rows[:WRITTEN_SAMPLE].tolist():
        if head in index.normalized_text(int(row)):
            return (head, *pieces)
    return None


def _without_function_words(text: str) -> str:
    """``text`` without the characters the index leaves out as function words (之 of 英斂之)."""
    return "".join(char for char in text if char not in STOP_WORDS)


#: How surely a word right after a name means the kind the documents write after it (寶墨樓).
NAME_KIND_SURE = 0.8


def name_kinds(
    index: Index, text: str, units: Sequence[EnglishUnit], spelled: dict[int, tuple[str, ...]]
) -> tuple[EnglishUnit, ...]:
    """``units`` with a word the question writes right after a name ("the Baomo *Tower*") read
    as what a passage writes right after the name's characters: a headword the dictionary
    glosses as the word (塔楼, 层楼 "tower"), or the corpus term ending one (楼), when some
    passage writes it so (寶墨樓). Chinese names a building, a hall, a county by its name and
    its kind written together, and the kind may be a character no gloss calls by the English
    word (楼 "storied building") -- one the words meaning it end with. Only a word capitalised
    as part of the name, and where the documents write the name with that kind; other words
    keep their senses."""
    glossed = gloss_index().glossed
    known = load_dictionary().known
    out = list(units)
    for n in range(1, len(units)):
        before, unit = units[n - 1], units[n]
        sounded = unit.name and not unit.terms  # "Yongji *Tang*": the kind in pinyin (永济堂)
        if (unit.name and not sounded) or unit.action or n in spelled or " " in unit.english:
            continue
        if not (before.name or n - 1 in spelled) or not written_together(text, before, unit):
            continue
        if not _capitalised(text, unit.english):
            continue  # English capitalises a name's kind ("Ta Kung Pao *first* published" names none)
        # the name as the segmenter cuts it: its term, or the last piece of a name found written
        names = spelled[n - 1][-1:] if n - 1 in spelled else tuple(term for term, _ in before.terms[:1])
        if sounded:
            kinds = dict.fromkeys(c for c in pinyin_characters(unit.english.lower()) if index.doc_freq(c) > 0)
        else:
            heads = glossed.get(lemmatize(unit.english.lower(), known), ())
            kinds = dict.fromkeys(
                tail for head in heads for tail in (head[i:] for i in range(len(head))) if index.doc_freq(tail) > 0
            )
        found = [kind for kind in kinds if any(written_before(index, name, kind) for name in names)]
        if found:
            sure = max(unit.confidence, NAME_KIND_SURE)
            out[n] = dataclasses.replace(
                unit, terms=tuple((kind, NAME_KIND_SURE) for kind in found), confidence=sure,
                understood=max(unit.understood, NAME_KIND_SURE),
            )
    return tuple(out)


@lru_cache(maxsize=1)
def _by_syllable() -> dict[str, tuple[str, ...]]:
    """Each toneless pinyin syllable's characters (CC-CEDICT's readings)."""
    found: dict[str, list[str]] = {}
    for char, syllables in load_dictionary().readings.items():
        if len(char) == 1:
            for syllable in syllables:
                found.setdefault(syllable, []).append(char)
    return {syllable: tuple(chars) for syllable, chars in found.items()}


def pinyin_characters(word: str) -> tuple[str, ...]:
    """The characters read as the one pinyin syllable ``word`` ("tang": 堂, 唐, 汤 ...): a name's
    kind written in pinyin after it ("Yongji *Tang*", "Lingyin *Si*") is one of them."""
    return _by_syllable().get(word, ())


def _capitalised(text: str, word: str) -> bool:
    """Whether ``text`` writes the one word ``word`` capitalised ("Baomo *Tower*")."""
    return re.search(r"\b" + re.escape(word[:1].upper() + word[1:]) + r"\b", text) is not None


#: An aside in a gloss ("prime minister (esp. of Japan)"): what it says is no part of the name.
_GLOSS_ASIDE_RE = re.compile(r"\([^()]*\)")


def named_inside(unit: EnglishUnit, units: Sequence[EnglishUnit]) -> bool:
    """Whether the name ``unit`` is written inside a word another unit is searched as: a term
    whose CC-CEDICT gloss names it outside an aside ("the war against *Japan*": 抗日战争, "War of
    Resistance against Japan"; the documents write 抗日戰爭, never 日本, and the name is not
    lacking)."""
    name = unit.english.lower().split()
    glosses = load_dictionary().glosses
    for other in units:
        if other is unit:
            continue
        for term, _ in other.terms:
            raw = glosses.get(term)
            text = _GLOSS_ASIDE_RE.sub(" ", raw.decode("utf-8", errors="replace").lower()) if raw else ""
            words = _LETTERS_RE.findall(text)
            if any(words[i : i + len(name)] == name for i in range(len(words))):
                return True
    return False
