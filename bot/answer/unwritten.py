"""A Chinese word of the question that no passage holds, searched as the corpus writes it: the
terms it abbreviates, the name's other writing, the other side's word, or a slip of the same sound."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer.abbreviations import expansions
from bot.answer.model import WeightedWord
from index.english.other_writings import same_names, taiwan_terms
from index.homophones import cut_homophone, homophone_terms
from index.search import Index, QueryTerm

_HAN_ONLY_RE = re.compile(r"[\u3400-\u9fff]+")


def _unwritten_chinese(index: Index, word: WeightedWord) -> bool:
    """Whether ``word`` is a Chinese word of the question's own that no passage holds, in any form."""
    return not word.pos and bool(_HAN_ONLY_RE.fullmatch(word.variants[0])) and all(
        index.doc_freq(v) == 0 for v in word.variants
    )


def with_expansions(index: Index, word: WeightedWord) -> WeightedWord:
    """A Chinese word no passage holds, also searched as the corpus terms it abbreviates (高校 →
    高等院校, 二战 → 第二次世界大战: :mod:`bot.answer.abbreviations`), or as the name's other
    writing the documents use (肯尼迪 → 甘迺迪, 悉尼 → 雪梨: CC-CEDICT's Taiwan equivalents,
    :func:`~index.english.other_writings.same_names`), or as the word Taiwan or the mainland writes for
    it (纳米 → 奈米: :func:`~index.english.other_writings.taiwan_terms`)."""
    head = word.variants[0]
    if not _unwritten_chinese(index, word):
        return word
    others = (*same_names(head), *taiwan_terms(head))
    full = expansions(index, head) or tuple(name for name in others if index.doc_freq(name) > 0)
    if not full:
        return word
    shares = (1.0, *(1.0 for _ in full), *(word.share(n) for n in range(1, len(word.variants))))
    return replace(word, variants=(head, *full, *word.variants[1:]), shares=shares)


def with_homophones(index: Index, word: WeightedWord) -> WeightedWord:
    """A Chinese word no passage holds, also searched as the corpus terms written with one
    character of the same sound (滿州 → 滿洲): :mod:`index.homophones` -- or as such a word
    the corpus writes but the segmenter cut apart (云岭 for 澐嶺, cut 沄 / 岭: a rare character's
    name, typed with the common character of its sound)."""
    head = word.variants[0]
    if not _unwritten_chinese(index, word):
        return word
    alike = homophone_terms(head, lambda term: index.doc_freq(term) > 0)
    if alike:
        return replace(word, variants=(head, *alike, *word.variants[1:]))
    # ... a rare character that is a token of its own (的话 is no slip for 的花: 花 is a common
    # character, cut alone for its own sake), in a passage holding the word's other characters
    rare = index.tokenizer.rare_char
    cut = cut_homophone(head, lambda char: _texts_holding(index, char), lambda ch: rare(ch) and index.doc_freq(ch) > 0)
    if cut is None:
        return word
    # searched by the character the segmenter left alone (沄), found in a passage as written (沄岭)
    changed = next(ch for ch, was in zip(cut, head) if ch != was)
    shares = (1.0, 1.0, 1.0, *(word.share(n) for n in range(1, len(word.variants))))
    return replace(word, variants=(head, cut, changed, *word.variants[1:]), shares=shares)


#: Passages read to see whether a homophone is written with the segmenter cutting it apart.
_CUT_SAMPLE = 10


def _texts_holding(index: Index, char: str) -> list[str]:
    """The normalised texts of (some of) the passages holding ``char`` as a token of its own."""
    if index.doc_freq(char) == 0:
        return []
    return [index.normalized_text(hit.index) for hit in index.search([QueryTerm(char)], _CUT_SAMPLE)]
