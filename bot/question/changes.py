"""Changes a question asks about: the verbs of a rise or a fall (增长, 下降; "grow", "fall"), the size
of one asked (增长了多少, 增幅是多少, 比去年高多少, "by how much did ... fall") and the level one reached
(提高到多少) -- read by :func:`~bot.question.analyse`, and the verbs searched and weighed by the
figure readers."""

from __future__ import annotations

import re

from bot.question.kinds import CHANGE_TYPED_LAST_RE

#: Verbs of a change, by its direction: "增长了多少" asks the figure written after one of them (增长6.3%).
CHANGE_VERBS = {
    "up": ("增长", "增加", "提高", "提升", "上升", "上涨", "上调", "调高", "扩大", "延长", "延迟", "推迟", "高出", "多出",
           "增幅", "涨幅", "升幅", "成长", "增速", "改善", "增", "涨", "升"),
    "down": ("下降", "减少", "降低", "下跌", "下调", "调低", "回落", "缩小", "缩短", "降幅", "跌幅", "减幅", "减", "降", "跌"),
}
#: The size of a rise or a fall, as a noun (增幅是多少): searched, but not missed where a text
#: writes the change with its verb (增长3.2%).
CHANGE_SIZES = frozenset({"增幅", "涨幅", "升幅", "降幅", "跌幅", "减幅", "幅度"})
#: A change asked, for :func:`_change` and for the word whose change is asked
#: (:func:`bot.answer.attributes.asked_attributes`): a verb of one character only with 了 (降了多少:
#: not 增多少, 减多少) or after the period it compares with (按年升多少, 同比降几); the size of a rise
#: or fall asked with a verb of being (增幅是多少), its speed or rate (增长速度是多少, 增长率为多少), in
#: hundredths (增长了百分之几) -- not 新增了几辆, the count of new ones, as 新增几辆 asks.
CHANGE_ASKED_RE = re.compile(
    "(" + "|".join(v for verbs in CHANGE_VERBS.values() for v in verbs if len(v) > 1) + ")(?:速度|率)?(?:了|是|为|有)?(?:百分之)?(?:多少|几)"
    "|(?:(?<=按年)|(?<=按月)|(?<=同比)|(?<=环比)|(?<=上年)|(?<=去年)|(?<!新)(?=.了))"  # 按年升多少: the period compared says it
    "(" + "|".join(v for verbs in CHANGE_VERBS.values() for v in verbs if len(v) == 1) + ")了?(?:百分之)?(?:多少|几)"
)


#: The level a change reached (提高到多少, 降至几): asked in a question, or written before a figure
#: (由68元提高至80元: 80元).
REACHED_RE = re.compile(
    "(?:" + "|".join(sorted((v for verbs in CHANGE_VERBS.values() for v in verbs), key=len, reverse=True))
    + "|升)了?[到至](?:多少|几|$)"
)
#: ... and, written before a figure, with 为 (儲值金提高為5,000元: the level reached, as 提高至 says).
REACHED_WRITTEN_RE = re.compile(REACHED_RE.pattern.replace("[到至]", "[到至为]"))
#: The same in English ("how much did GDP grow", "by how much did sales fall", "what percent
#: fewer"): only where the question asks an amount of change, not "how many died when it fell".
ASKS_AMOUNT_EN = re.compile(r"\bhow much\b|\bwhat percent(?:age)?\b|\bhow many (?:more|fewer)\b")
#: The English verbs of a change by direction, their base forms first (also what
#: :mod:`bot.answer.english.change_verbs` searches as Chinese verbs of that change) -- and "fewer".
ENGLISH_CHANGE_VERBS = {
    "up": ("grow", "rise", "increase", "climb", "gain", "jump",
           "grows", "grew", "grown", "rises", "rose", "risen", "increases", "increased", "climbed", "gained", "jumped"),
    "down": ("fall", "drop", "decline", "decrease", "shrink",
             "falls", "fell", "fallen", "drops", "dropped", "declines", "declined", "decreases", "decreased", "shrank"),
}
_CHANGE_EN = {
    direction: re.compile(r"\b(?:" + "|".join((*verbs, *(("fewer",) if direction == "down" else ()))) + r")\b")
    for direction, verbs in ENGLISH_CHANGE_VERBS.items()
}


#: A comparison asked (比去年高多少, 比上月少了几个): by how much, up or down.
_COMPARED_RE = re.compile(r"比[^，,。？?]{1,12}?([高多低少])(?:出|了)?(?:多少|几)")


#: The rate of a rise or a fall named without a question word (GDP增速, 出口降幅; "growth rate", "rate of decline").
_RATE_OF_CHANGE_RE = re.compile(
    r"(增速|增长速度|增长率|[增涨升]幅|\bgrowth rates?\b|\brates? of (?:growth|increase)\b)|[降跌减]幅|下降速度"
    r"|\brates? of (?:decline|decrease)\b"
)


def change_asked(norm: str) -> str | None:
    """The direction of a change the normalised question asks the size of ("up", "down"), or None:
    by its verb (增长了多少, 按年升多少), a comparison (比去年高多少), a rate named (GDP增速), a verb typed
    last (投资 同比增长), or in English ("how much did sales fall")."""
    compared = _COMPARED_RE.search(norm)
    if compared:
        return "up" if compared.group(1) in "高多" else "down"
    match = CHANGE_ASKED_RE.search(norm)
    if match is None:
        rate = _RATE_OF_CHANGE_RE.search(norm)  # GDP增速, 出口增幅 typed as keywords
        if rate is not None:
            return "up" if rate.group(1) else "down"
        typed = CHANGE_TYPED_LAST_RE.search(norm)  # 境外收入 增长, 投资 同比增长
        if typed is not None:
            return next(direction for direction, verbs in CHANGE_VERBS.items() if typed.group(1) in verbs)
        if not ASKS_AMOUNT_EN.search(norm):
            return None
        return next((direction for direction, verbs in _CHANGE_EN.items() if verbs.search(norm)), None)
    verb = match.group(1) or match.group(2)
    return next(direction for direction, verbs in CHANGE_VERBS.items() if verb in verbs)
