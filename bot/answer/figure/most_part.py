"""A figure in a sentence that names which part is the most (增长最快的是柯塘县，…借用量比上年增长612.5%;
成長最快的是砂崁鄉，…新設起降點5處) is that part's, not the whole's: a question that asks no most and
names not that part (湄礁邻里工具屋 借用量 比上年增长) asks the whole's figure, given elsewhere."""

from __future__ import annotations

import re

from bot.answer.sentences import sentence_start
from index.figures import Figure
from index.normalize import normalize

#: What the rank score of a passage whose chosen figure is such a part's is multiplied by (as a
#: plan's is: :data:`~bot.answer.planned_rank.PLANNED_RANK`). The figure's fit is left alone: halving
#: it there made another figure of the passage stand further ahead of the rest, and so fit better
#: (docs_p: 報名人數最多的是臺北考區…; 離島…合計報名1286人 came before the whole's 128436人).
PART_MOST_RANK = 0.75
#: A most, then which one it is (增长最快的是柯塘县, 升幅最大的是荔塱区, 最多的为…), up to the clause's end.
_MOST_NAMED_RE = re.compile(r"最[^，,。；;的]{1,3}的(?:是|为|要数|当属)([^，,。；;：:]{2,12})")


def part_most(text: str, asked: str | None, most: bool, figure: Figure) -> float:
    """:data:`PART_MOST_RANK` when ``figure``'s sentence, before it, names the part that is the most
    (…最快的是柯塘县) and the question (``asked``: its words joined, normalised; None for English)
    asks no most and writes no two characters of the part's name running; else 1."""
    if asked is None or most or "最" in asked:
        return 1.0
    before = normalize(text[sentence_start(text, figure.start) : figure.start])
    found = _MOST_NAMED_RE.search(before)
    if found is None:
        return 1.0
    name = found.group(1)
    if any(name[k : k + 2] in asked for k in range(len(name) - 1)):
        return 1.0  # 柯塘县的借用量增长了多少: the part asked
    return PART_MOST_RANK
