"""A name the dictionary has that jieba cut across two words of the question (磡澳网上举报: 磡 | 澳网
| 上, 澳网 the "Australian Open"): when no document holds the name, the passages write the word
before it with the name's first character (磡澳) and the documents hold the name's second with
the word after it (网上), the question is read so -- else it is declined for naming 澳网."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from bot.answer.apart import apart_form
from bot.answer.model import WeightedWord
from index.runs import HAN_ONLY_RE
from index.search import Index

#: jieba's tags of names (a place, a person, an organisation, another proper name).
_NAME_TAGS = ("nr", "ns", "nt", "nz")


def name_across(
    index: Index, text: str, words: list[WeightedWord], shares: Callable[[tuple[str, ...], str], Sequence[float] | None]
) -> list[WeightedWord]:
    """``words`` of the normalised ``text`` with each name of two characters that no document holds
    read as its first character ending the word before it (磡 + 澳) and its second beginning a word
    with what the text writes after it (网 + 上 = 网上, a word the documents hold), where a passage
    writes that first pair (磡澳)."""
    for n in range(1, len(words)):
        before, name = words[n - 1].variants[0], words[n].variants[0]
        if (
            len(name) != 2 or words[n].pos or words[n - 1].pos or HAN_ONLY_RE.match(before + name) is None
            or any(index.doc_freq(v) > 0 for v in words[n].variants)
            or not index.tokenizer.tag(name).startswith(_NAME_TAGS)
        ):
            continue
        at = text.find(before + name)
        if at < 0:
            continue
        rest = text[at + len(before) + 2 : at + len(before) + 4]
        word = next((name[1] + rest[:k] for k in (2, 1) if len(rest) >= k and index.doc_freq(name[1] + rest[:k]) > 0), None)
        if word is None or HAN_ONLY_RE.match(word) is None or apart_form(index, before + name[0]) != before + name[0]:
            continue
        after = words[n + 2 :] if n + 1 < len(words) and words[n + 1].variants[0] == word[1:] else words[n + 1 :]
        again = [*index.tokenizer.query_words(name[0]), *index.tokenizer.query_words(word)]
        read = [WeightedWord(w.variants, w.pos, shares=shares(w.variants, w.pos)) for w in again]
        return [*words[:n], *read, *after]
    return words
