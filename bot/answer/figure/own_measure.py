"""A count's own measure word written as the noun after it: 卡特僅贏得6州 for 只赢了几个州 (州 is the
measure word of the count), 分938个户 for "how many households" (个 counts the 户 after it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.question import QuestionInfo
from index.english.cedict import GENERIC_MEASURE, is_classifier, verb_word
from index.figures import Figure
from index.normalize import aligner_for, normalize


#: A bare number whose next character is the one-character noun a count question counts (卡特僅贏得
#: 6州 for 只赢了几个州): the noun is its measure word, and it fits as a count in the asked one does
#: (a bare number weighs 0.4 in a count question, a count in the asked measure word 2).
OWN_MEASURE = 5.0
#: A count in 个 followed at once by the one-character thing an English count asks in (分938个户，
#: 589个家庭 for "how many households": 户): it counts that thing, as 938户 would.
OWN_COUNTED = 5.0


def own_measure(text: str, info: QuestionInfo, figure: Figure, nouns: Sequence[str]) -> float:
    """:data:`OWN_MEASURE` for a bare number followed at once by the one-character noun a count
    question counts by a measure word of things (``nouns``: of :attr:`QuestionInfo.counted_phrase`);
    :data:`OWN_COUNTED` for a count in 个 followed at once by one of them (of an English question's
    measure words: 938个户 for "how many households"), or by a short compound the counted term ends
    (96个产茶村 for "villages": 村); else 1."""
    if figure.kind not in ("number", "count"):
        return 1.0
    after = aligner_for(text).normalized[figure.end : figure.end + 1]
    if figure.kind == "number" and info.english and named_before(text, info, figure, after):
        return OWN_MEASURE  # 增至木榨6具 for "how many wooden presses" (榨): 具 counts the 木榨
    if not nouns:
        return 1.0
    if figure.kind == "count":  # 938个户 for "how many households" (户): 个 counts the noun after it
        generic = normalize(figure.unit) == GENERIC_MEASURE and info.english
        if not generic or not after or after == GENERIC_MEASURE:
            return 1.0
        # ... or by a compound of it ending the phrase (96个产茶村 for "villages": a 村; Chinese
        # compounds are head-final)
        return OWN_COUNTED if after in nouns or _headed_by(text, figure, info.counted) else 1.0
    return OWN_MEASURE if after and after in nouns else 1.0


#: The longest compound after a count in 个 read as one noun (产茶村), in characters.
MAX_COMPOUND = 4
_PHRASE_RE = re.compile(r"[\u4e00-\u9fff]+")
PER = "每"


def _headed_by(text: str, figure: Figure, counted: str | None) -> bool:
    """Whether the characters after ``figure`` up to a punctuation mark or a digit are a compound
    of up to :data:`MAX_COMPOUND` characters that the asked thing's term ``counted`` ends, longer
    than it (96个产茶村，for 村) -- not a word merely ending in one of the measure words the thing
    takes (1,616个单位 for "residential blocks": 位 counts people)."""
    normalized = aligner_for(text).normalized
    if not counted or normalized[max(0, figure.start - 1) : figure.start] == PER:
        return False  # 每100個香港人: the base of a rate, no count of them
    found = _PHRASE_RE.match(normalized, figure.end)
    return found is not None and len(counted) < len(found.group()) <= MAX_COMPOUND and found.group().endswith(counted)


def named_before(text: str, info: QuestionInfo, figure: Figure, after: str) -> bool:
    """Whether a bare number stands between the thing an English count counts and a measure word
    (a character CC-CEDICT glosses "classifier for ...") the figure reader does not take as one:
    增至木榨6具、石碾4盤 for "how many wooden presses" (榨) -- Chinese lists a stock as noun, number
    and measure word, so the number counts the noun written right before it. Not a counted term
    CC-CEDICT has as a verb first (赢得 "to win" of "wins": 一共贏得84面金牌 counts medals won)."""
    counted = info.counted
    if not counted or not after or not "\u4e00" <= after <= "\u9fff" or not is_classifier(after):
        return False
    if verb_word(counted):
        return False
    return aligner_for(text).normalized[max(0, figure.start - len(counted)) : figure.start] == counted
