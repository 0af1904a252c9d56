"""Whose change a figure is: asked by how much an amount changed (急诊量比上一年增长了多少), a change
written in a part of a sentence about another amount of the same kind (全年門診量達186.4萬人次，較
112年成長6.8%), while the text names the asked amount elsewhere (急診量為9.72萬人次), is the other's."""

from __future__ import annotations

import re

from bot.question import QuestionInfo
from index.figures import Figure
from index.normalize import aligner_for, normalize

#: Endings of the names of amounts: an amount of the same ending is one of the same kind.
_AMOUNT_ENDINGS = ("量", "额", "率", "人次", "数")
_PART_START_RE = re.compile(r"[。；;！？!?]")


def change_of_another(text: str, info: QuestionInfo, figure: Figure, question: str) -> bool:
    """Whether ``figure``, read as the change a question asks, is the change of another amount:
    its part of a sentence names an amount ending as the asked one does (门诊量 for 急诊量) but not
    the asked one, which the text names elsewhere."""
    if info.change is None or info.english:
        return False
    normalized = aligner_for(text).normalized
    asked = _amounts_named(normalize(question), normalized)
    if not asked:
        return False
    starts = [m.end() for m in _PART_START_RE.finditer(normalized, 0, figure.start)]
    part = normalized[starts[-1] if starts else 0 : figure.start]
    endings = {w: next(e for e in _AMOUNT_ENDINGS if w.endswith(e)) for w in asked}
    if any(w[: -len(e)] in part for w, e in endings.items()):
        return False  # the asked amount, perhaps written otherwise (客运总量 for 客运量)
    return any(re.search(f"[\u4e00-\u9fff]{{2,4}}{ending}", part) for ending in set(endings.values()))


def _amounts_named(question: str, normalized: str) -> list[str]:
    """The amounts the question names (急诊量 in 113年急诊量比上一年…), as the text writes them:
    for each amount ending in the question, the longest run of Chinese before it (two to four
    characters) that the text holds."""
    found = []
    for match in _AMOUNT_END_RE.finditer(question):
        run = match.group(1)
        name = next((run[k:] + match.group(2) for k in range(max(0, len(run) - 4), len(run) - 1) if run[k:] + match.group(2) in normalized), None)
        if name is not None:
            found.append(name)
    return found


_AMOUNT_END_RE = re.compile("([\u4e00-\u9fff]{2,})(" + "|".join(_AMOUNT_ENDINGS) + ")")
