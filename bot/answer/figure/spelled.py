"""A count a Chinese text spells in numerals (三个“一号工程”) that an English question spells in words
("the *three* 'number one projects'"): the question names the thing by it, as the text does, so it
is the question's own figure, not the count asked (:mod:`bot.answer.english.number_words` reads the
words)."""

from __future__ import annotations

from bot.question import QuestionInfo
from index.figures import Figure


#: The Chinese numerals a text spells a number with (三个“一号工程”, 五个坚定不移).
_CHINESE_NUMERALS = frozenset("一二三四五六七八九十兩两")


def spelled_quoted(info: QuestionInfo, figure: Figure) -> bool:
    """Whether ``figure`` is a count the text spells in Chinese numerals (三個) whose value an
    English question spells in words (:attr:`QuestionInfo.spelled`: "the three 'number one
    projects'"): the question names the thing by it, as the text does -- the count asked is
    another. Not a count in digits (每人领衔1个以上课题 beside 调研280次: the text's digits state an
    amount, which a passage's ranking weighs it by) -- unless the question gives it with its unit
    (:attr:`QuestionInfo.given`: "how many seven-day sessions", 为期7天)."""
    if figure.kind not in ("count", "number") or figure.split:
        return False
    if info.given is not None and figure.unit == info.given[1] and figure.value == info.given[0]:
        return True  # "how many seven-day sessions": 为期7天 is the question's own
    return figure.text[:1] in _CHINESE_NUMERALS and figure.value in info.spelled
