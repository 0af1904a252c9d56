"""A fee, price or tax asked by a word the segmenter left apart from the one character naming the
sum (认领费是多少: 认领 / 费; 入场价, 附加税): the sum is the compound's, and when no document
writes it -- neither as the compound nor its word and that character in one sentence (认领菜畦
须缴费用…) -- the documents name no such sum, whatever figure stands beside the word (认领菜畦…
每块约43公斤)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.sentences import SENTENCE_END_RE
from bot.answer.apart import written_apart
from bot.answer.model import WeightedWord
from index.runs import HAN_ONLY_RE
from index.search import Index

#: Characters naming a sum of money when they end a word (认领费, 入场价, 附加税): a closed class.
_SUM_CHARACTERS = frozenset("费价税")
#: What asks the sum right after its name (认领费是多少, 入场价要几元).
_ASKED_AFTER_RE = re.compile(r"^(?:是|为|要|需要|大约|约|大概|一共|共)?(?:多少|几)")
#: How many passages holding the word are read at most (beyond: not absent).
_READ = 3000


def fee_unwritten(index: Index, question: str, words: Sequence[WeightedWord]) -> bool:
    """Whether the normalised ``question`` asks a sum named by a word and one of
    :data:`_SUM_CHARACTERS` that the segmenter left apart (认领 / 费 是多少), and no document writes
    that word with that character in one sentence: the documents give no such sum."""
    for word, sum_word in zip(words, words[1:]):
        name, character = word.variants[0], sum_word.variants[0]
        if character not in _SUM_CHARACTERS or word.pos or sum_word.pos or len(name) < 2:
            continue
        at = question.find(name + character)
        if at < 0 or _ASKED_AFTER_RE.match(question[at + len(name) + 1 :]) is None:
            continue
        if HAN_ONLY_RE.match(name) is None or index.doc_freq(name) == 0:
            continue  # a word no document holds: whether it is absent is decided elsewhere
        compound = name + character
        if index.doc_freq(compound) > 0 or written_apart(index, compound, [name]):
            continue
        return not _said_in_a_sentence(index, name, character)
    return False


def _said_in_a_sentence(index: Index, name: str, character: str) -> bool:
    """Whether a passage holding ``name`` writes ``character`` in one of the sentences holding it."""
    passages = index.postings(name).tolist()
    if len(passages) > _READ:
        return True
    for passage in passages:
        text = index.normalized_text(int(passage))
        if character not in text:
            continue
        if any(name in sentence and character in sentence for sentence in SENTENCE_END_RE.split(text)):
            return True
    return False
