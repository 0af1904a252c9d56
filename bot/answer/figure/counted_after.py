"""A count in a measure word of things written right before another noun (覆盖全市9个区县, 全市7个城区已全部设站):
the figure counts that noun, not the thing a question asking 多少个助浴点 or 多少个站 counts."""

from __future__ import annotations

from index.figures import Figure
from index.figures.units import measured
from index.normalize import aligner_for
from index.question_words import THING_MEASURES
from index.tokenizer import Tokenizer

from bot.answer.figure.fitness import CLAUSE_START_RE
from bot.question import QuestionInfo
from bot.question.units import normal_unit

#: How many characters after the figure's measure word may qualify the counted noun before it
#: (9个社区助浴点: 社区, then 助浴点).
_QUALIFIERS = 3
#: What joins nouns into a list of kinds (机关、企业和学校).
_LISTING = frozenset("、和及与或等")


def counts_noun_after(text: str, info: QuestionInfo, figure: Figure, tokenizer: Tokenizer) -> bool:
    """Whether a count of things asked by its measure word and a noun after it (多少个助浴点, 几个站:
    ``info.noun_after``) is answered by a figure in a measure word of things followed at once by a
    noun (jieba n*, two characters or more) while no character of the asked noun stands within the
    next few characters (9个区县, 7个城区已全部设站): the figure counts that other noun. A figure the
    asked noun follows (286个助浴点, 9个社区助浴点) or that ends its clause (增至286个，) is never one;
    nor one whose next words qualify a noun further on (12个新建的站: 的), nor one before a list of kinds
    (1264家机关、企业和学校 for 多少家单位); only a figure in the question's own measure word is judged."""
    asked = info.noun_after
    if not asked or info.kind != "count" or figure.kind != "count" or normal_unit(figure.unit) not in THING_MEASURES:
        return False
    if normal_unit(info.unit or "") != normal_unit(figure.unit):
        return False  # (a figure in another measure word is weighed by its unit elsewhere)
    matching = aligner_for(text).normalized
    after = CLAUSE_START_RE.split(matching[figure.end : figure.end + len(asked) + _QUALIFIERS])[0]
    if len(after) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in after[:2]):
        return False  # (most figures: punctuation, a digit or the clause's end follows)
    if "的" in after or any(ch in after for ch in asked):
        return False
    words = tokenizer.words(after)
    first = words[0] if words else ""
    if matching[figure.end + len(first) : figure.end + len(first) + 1] in _LISTING:
        return False  # 1264家机关、企业和学校: kinds listed, which the asked noun (单位) may name together
    return len(first) >= 2 and tokenizer.tag(first).startswith("n") and measured(first) is None
