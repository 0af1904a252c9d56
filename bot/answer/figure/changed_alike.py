"""A rise or a fall asked with one verb (成长了多少), written with another of its kind (较113年的367万8,200人次
增加12.1%): the text's verb stands for the question's -- except in a part of a sentence that writes
the very verb asked (增加17.8万辆，增长40.9%: 增长 asked is the 40.9%)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping

from bot.question import QuestionInfo
from index.normalize import CharAligner

#: Verbs of a rise or a fall a text writes for one another (成长了多少: 较113年…增加12.1%).
CHANGED_ALIKE = {"up": ("增长", "增加", "成长", "上升", "上涨"), "down": ("下降", "减少", "下跌", "回落")}


def changed_alike(aligner: CharAligner, info: QuestionInfo, shares: Mapping[str, float]) -> dict[str, list[tuple[int, int]]]:
    """Where the text writes the change the question asks (成长) in any verb of its kind: as
    written, and in another verb of the kind in a part of a sentence that does not write the
    question's (增加17.8万辆，增长40.9%: 增长 asked is the 40.9%, not the 增加)."""
    alike = CHANGED_ALIKE.get(info.change or "", ())
    asked = [term for term in shares if term in alike]
    if not asked:
        return {}
    ends = [m.end() for m in _SENTENCE_PART_RE.finditer(aligner.normalized)]
    out = {}
    for term in asked:
        own = aligner.spans(term)
        mine = {bisect.bisect_right(ends, start) for start, _ in own}  # the parts of a sentence writing it
        others = [
            span for verb in alike if verb != term for span in aligner.spans(verb)
            if bisect.bisect_right(ends, span[0]) not in mine
        ]
        if others:
            out[term] = sorted([*own, *others])
    return out


_SENTENCE_PART_RE = re.compile(r"[^。；;！？!?]+[。；;！？!?]?")
