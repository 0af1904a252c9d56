"""A question typed in written Cantonese (學生總數按年跌咗幾多, 花展入場人數最多係邊一日, 場主叫咩名, 而家有幾多部),
read in the standard written Chinese the documents use (跌了多少, 是哪一日, 叫什么名): Hong Kong
readers type their question words, while Hong Kong news is written in standard Chinese.

Only the question words and particles are rewritten, never a word the documents might hold: 邊
only before a measure or time word and not after a word it ends (旁邊, 海邊), 係 only before a
question word (關係 stays)."""

from __future__ import annotations

import re

#: Cantonese question words and particles (Traditional and Simplified forms), in standard Chinese.
_WORDS = {
    "幾多": "多少", "几多": "多少", "邊個": "谁", "边个": "谁", "邊位": "哪位", "边位": "哪位",
    "邊度": "哪里", "边度": "哪里", "邊處": "哪里", "边处": "哪里", "乜嘢": "什么", "咩嘢": "什么",
    "咩": "什么", "乜": "什么", "幾時": "什么时候", "几时": "什么时候",
    "咗": "了", "嘅": "的", "喺": "在", "冇": "没有", "佢哋": "他们", "佢": "他",
}
#: 邊 (哪) before a measure or time word, not closing a word of place (旁邊, 海邊, 一邊).
_WHICH_RE = re.compile(r"(?<![旁身海河岸江湖路街窗床左右東东西南北裏里外上下前後后周週這这那一兩两半無无天])[邊边](?=[一個个間间條条座所家年月日天區区種种隻只架次場场])")
#: 係 (是) before a question word (係邊一日, 係幾多), not in 關係.
_IS_RE = re.compile(r"係(?=[邊边幾几咩乜點点誰谁什哪多])")
_WORDS_RE = re.compile("|".join(sorted(_WORDS, key=len, reverse=True)))
#: 而家 (现在, "now"), not the 而 of 然而, 从而, 因而 … before a word opening with 家 (然而家长).
_NOW_RE = re.compile(r"(?<![然反从從因进進继繼既])而家")


def cantonese_written(text: str) -> str:
    """``text`` with its Cantonese question words and particles in standard written Chinese."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return text
    text = _IS_RE.sub("是", text)
    text = _WORDS_RE.sub(lambda match: _WORDS[match.group()], text)
    text = _NOW_RE.sub("现在", text)
    return _WHICH_RE.sub("哪", text)
