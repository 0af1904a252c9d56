"""A count of people or things whose deed names an amount (多少学童领了配镜补助, 有多少人领取了补贴,
多少企业获得投资): the amount word (补助, 投资) is what the counted did or got, written after their
verb -- it says nothing of the figure asked, which counts them (1,384人), not the sum (3,000元).

Only when nothing between 多少/几 and that verb, nor before it, names an amount: 多少资金补助,
拿出了多少资金, 花了多少钱, 补贴有多少 still ask the amount."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from bot.question import AMOUNT_DIMENSIONS, COUNTED_DIMENSIONS, QuestionInfo
from index.figures import unit_dimension
from index.figures.units import measured
from index.question_words import MEASURE_WORDS

#: Where the count is asked.
_ASKED_RE = re.compile(r"多少|几")
#: How far after 多少/几 the counted noun and its verb are read (characters).
_REACH = 12


def deed_amount(norm: str, info: QuestionInfo, words: Callable[[str], list[str]], tag: Callable[[str], str]) -> QuestionInfo:
    """``info`` without the amount its dimension was read from when that amount is what the
    counted people or things did or got (:mod:`this module <bot.answer.deed_amount>`): the
    dimension of its measure word (人: people), else none. ``words``/``tag``: the tokenizer's."""
    if info.kind != "count" or info.english or info.dimension not in AMOUNT_DIMENSIONS:
        return info
    by_unit = unit_dimension(info.unit) if info.unit is not None else None
    if info.unit is not None and by_unit not in COUNTED_DIMENSIONS:
        return info
    asked = _ASKED_RE.search(norm)
    if asked is None or measured(norm[: asked.end()]) is not None:
        return info
    rest = norm[asked.end() : asked.end() + _REACH]
    cut = words(rest)
    at, measure = 0, False
    if cut and cut[0] in MEASURE_WORDS:
        at, measure = 1, True
    phrase: list[str] = []
    for word in cut[at:]:
        word_tag = tag(word) or ""
        if word_tag == "v" and (phrase or measure):
            break
        if not word_tag.startswith("n") or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
            return info  # 多少就业补助资金, 多少运营补助: no noun of people or things counted
        phrase.append(word)
    else:
        return info  # no verb after what is counted: 多少钱, 多少资金
    asked_phrase = norm[asked.start() : asked.end()] + "".join(cut[:at]) + "".join(phrase)
    if measured(asked_phrase) is not None or measured("".join(phrase)) is not None:
        return info
    return dataclasses.replace(info, dimension=by_unit)
