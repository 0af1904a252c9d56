"""A share asked is not answered by the percentage points a share changed by.

"What share of the park's throughput is frozen meat?" asks a share (38.2%); a figure in
percentage points (比上年同期收窄5.2个百分点) says by how much a share or rate rose or fell --
the difference of two shares, never a share of anything. Such a figure answers a question that
asks a change ("by how many points did ... fall"), not one that asks the share itself; shown for
it, it is a wrong figure, and nothing is better.
"""

from __future__ import annotations

from index.figures import Figure
from index.normalize import normalize

from bot.question import QuestionInfo


def points_for_share(info: QuestionInfo, figure: Figure | None) -> bool:
    """Whether a share question asking no change (:attr:`QuestionInfo.change` unset, no unit of
    points asked) has as its answer a figure in percentage points (个百分点)."""
    if info.kind != "percent" or info.change is not None or figure is None or not figure.unit:
        return False
    return normalize(figure.unit).endswith("百分点") and not (info.unit or "").endswith("百分点")
