"""Which time a figure is given for -- the past a text contrasts with the present, or that present.

A text that gives one amount for two times marks each by a word of time standing before it in its
sentence: a word of the past (过去清出的淤泥…，每立方米处置费用约58元; 该疫苗此前市场价每剂329元; 在平成大合併之前，
長崎縣原有79市町村) or of what came after (如今…每立方米综合成本降至31元; 經過…之後，…已減少至21市町), a change's
end among them (降至, 增加到). The nearest such word before the figure in its sentence binds it (a
change's end, and 原 with its verb, only the figure of their own clause). An
English question asking what was -- "in the old days", "before the mergers", "originally"
(:attr:`~bot.question.QuestionInfo.earlier`) -- is answered by the figure the past binds:
:data:`PAST_BOUND` for it, :data:`LATER_BOUND` for one a later time binds. The words are closed
classes of Chinese: adverbs and nouns of time (过去, 此前, 如今, 目前), 原 + a verb of having or being,
and the verbs of a change with the preposition of its end (降至, 增加到).
"""

from __future__ import annotations

import re

from bot.question import EARLIER_WORDS, FORMER_WORDS, QuestionInfo
from index.figures import Figure
from index.normalize import aligner_for

#: How a figure the past binds fits a question asking what was ...
PAST_BOUND = 2.0
#: ... and one a later time binds.
LATER_BOUND = 0.5
_PAST = "|".join(("过去", *EARLIER_WORDS, "从前", "当初", "早年", "昔日", "旧时"))  # (EARLIER_WORDS: 以前, 此前 ...)
#: 原 and a verb of having or being (原有79市町村, 原为): the former state of its own clause only --
#: 加上原有设施，全县…达到2.1万吨 is no past amount.
_FORMER = "|".join((*FORMER_WORDS, "原为"))
#: Words of a later time: they govern the rest of their sentence, as those of the past do.
_LATER = r"如今|现在|目前|现今|当前|至今|之后|以后|此后|今年"
#: A change's end (降至31元, 减少至21市町): it binds only the figure of its own clause.
_CHANGED_TO = r"(?:降|减|减少|下降|增|增加|增长|提高|提升|上升|升|扩大|缩短|缩减)(?:至|到|为)"
_BOUND_RE = re.compile(f"({_PAST})|({_LATER})|({_CHANGED_TO})|({_FORMER})")
_SENTENCE_END_RE = re.compile(r"[。！？!?\n]")
_CLAUSE_END_RE = re.compile(r"[，,；;：:]")
#: How far back in its sentence a word of time is looked for.
REACH = 60


def time_bound(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`PAST_BOUND` for an amount (a count, a number or a share) whose nearest word of time
    before it in its sentence is one of the past, :data:`LATER_BOUND` for one whose nearest is
    one of a later time, when the English question asks what was; else 1. A change's end and 原
    with its verb bind only the figure of their own clause."""
    if not (info.english and info.earlier) or figure.kind not in ("count", "number", "percent"):
        return 1.0
    norm = aligner_for(text).normalized
    before = norm[max(0, figure.start - REACH) : figure.start]
    ends = list(_SENTENCE_END_RE.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    for bound in reversed(list(_BOUND_RE.finditer(before))):
        if (bound.group(3) or bound.group(4)) and _CLAUSE_END_RE.search(before, bound.end()):
            continue  # 醬缸增至460口，並…開設分號2處: the change's end is 460口's, not the later clauses'
        return PAST_BOUND if bound.group(1) or bound.group(4) else LATER_BOUND
    return 1.0
