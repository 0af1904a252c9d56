"""Where the text refers back to what the question names (《沣阳市生活垃圾管理条例》… 该条例于2019年12月1日起
施行): 该/此/本/这 and the name's last word stand for the name."""

from __future__ import annotations

from index.normalize import CharAligner

#: Words pointing back to a thing named before (该条例, 此项目, 本公司, 这座桥).
_BACK = frozenset("该此本这")
#: How long the last word of a name is that a pointing-back word takes (条例, 公司, 工程).
_HEAD = 2


def referred(aligner: CharAligner, term: str) -> list[tuple[int, int]]:
    """The spans of the text where 该/此/本/这 and the last word of ``term`` (a name of three
    Chinese characters or more) refer back to it; none for other terms."""
    text = aligner.normalized
    if len(term) <= _HEAD or len(text) != len(aligner.original) or not all("\u4e00" <= ch <= "\u9fff" for ch in term):
        return []
    head, spans = term[-_HEAD:], []
    at = text.find(head, 1)
    while at >= 0:  # a pointing-back word right before it (no pattern made per question)
        if text[at - 1] in _BACK:
            spans.append((at - 1, at + _HEAD))
            at = text.find(head, at + _HEAD + 1)
        else:
            at = text.find(head, at + 1)
    return spans
