"""A span of years an English question writes bare ("the 2016-2018 repair", "in 2016-18").

The figure reader keeps a range of bare numbers for no figure (2016-2018 has no measure word),
so such a question named no year at all, and a figure of another year (1986年至1989年…耗資38萬元)
was not weighed down against the span's own (2016年至2018年…投入資金426萬元). Each end is read as
a year the question writes bare, as "from 2016 to 2018" already is.
"""

from __future__ import annotations

import re

from index.figures import Figure

#: Two years joined by a hyphen or a dash, the second maybe in two digits (2016-18); not part of a
#: longer number, a decimal, a share or a date written with dashes (2016-05-01).
_SPAN_RE = re.compile(r"(?<![\d.,\-–—/])(1[0-9]{3}|20[0-9]{2})\s?[-–—]\s?([0-9]{4}|[0-9]{2})(?![\d.,%\-–—/])")
#: A character of Chinese writing: a question holding one is not wholly English.
_HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def year_span_figures(question: str) -> tuple[Figure, ...]:
    """The two ends of each bare span of years in a wholly English question, as bare years."""
    if "-" not in question and "–" not in question and "—" not in question:
        return ()  # cheap test first: no dash, no span
    if _HAN_RE.search(question):
        return ()
    out: list[Figure] = []
    for match in _SPAN_RE.finditer(question):
        low = int(match.group(1))
        high_text = match.group(2)
        high = int(high_text) if len(high_text) == 4 else low // 100 * 100 + int(high_text)
        if not low < high <= low + 100:
            continue  # 1990-1950 or 2016-99: no span of years
        out.append(Figure(match.group(1), match.start(1), match.end(1), "number", float(low)))
        end = match.end(2)
        out.append(Figure(str(high), end - len(high_text), end, "number", float(high)))
    return tuple(out)
