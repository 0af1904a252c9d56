"""A question about one instance of a numbered thing (第一届博览会, 十五届三次全会): a document that
names the thing only with other numbers (第二屆博覽會, 十五屆四次全會) speaks of another one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from index.figures import Figure, passage_figures
from index.figures.numerals import chinese_number

if TYPE_CHECKING:
    from bot.answer.evidence import Evidence
    from bot.answer.query import Query
    from bot.answer.reading import Reading

NAME_CHARS = 2  # the characters after the number that stand for the thing numbered
_HAN_RE = re.compile(r"^[\u4e00-\u9fff]+$")
#: What makes an ordinal a period of time (第四季, 第三季度, 第二学期, 第一周), not a numbered thing.
_PERIOD_RE = re.compile(r"季|年度|学期|学年|周|星期|天|日|月|年|小时|分钟|阶段")


@dataclass(frozen=True)
class Numbered:
    """A numbered thing a question names: the number as written, and the characters after it."""

    number: Figure
    name: str


def numbered_names(norm: str) -> tuple[Numbered, ...]:
    """The numbered things of a normalised question: ordinals and sessions with what follows."""
    out = []
    for figure in passage_figures(norm):
        name = norm[figure.end : figure.end + NAME_CHARS]
        if _PERIOD_RE.match(norm, figure.end):
            continue  # 第四季毛利率: a period of time, whose figures a text gives period by period
        if figure.kind == "ordinal" and len(name) == NAME_CHARS and _HAN_RE.match(name):
            out.append(Numbered(figure, name))
    return tuple(out)


def names_instance(numbered: Numbered, texts: Iterable[str]) -> bool | None:
    """Whether the normalised ``texts`` name the question's instance: True if one writes the
    thing with the question's number or with none, False if they write it only with other
    numbers, None if they do not write it."""
    found: bool | None = None
    for text in texts:
        numbers = {f.end: f for f in passage_figures(text) if f.kind == "ordinal"}
        at = text.find(numbered.name)
        while at != -1:
            number = numbers.get(at)
            if number is None or _same_number(number, numbered.number):
                return True
            found = False
            at = text.find(numbered.name, at + 1)
    return found


def _same_number(figure: Figure, asked: Figure) -> bool:
    """Whether two ordinals say the same number (第一 and 第一名 do; 十五届三次 and 十五届四次 do not)."""
    if "屆" in (figure.unit, asked.unit) and "次" in asked.text + figure.text:
        return figure.text == asked.text  # a session: its number is written in full
    return figure.value == asked.value


#: A thing named by a number and a word after it (嫦娥六号, 2号线, 十五届): what stands before the
#: number (up to two characters), the number, the word after it.
_NAMED_BY_NUMBER_RE = re.compile(
    r"([\u4e00-\u9fff]{0,2}?)(\d+|[一二三四五六七八九十]+)(号线|号楼|号|届|期|代)"
)


_FUNCTION_CHARS = frozenset("的了在是和与及有为于从到")


def numbered_by_name(norm: str) -> tuple[tuple[str, str, str], ...]:
    """The things a normalised question names by a number ("嫦娥六号" -> ("嫦娥", "六", "号")). An
    ordinal's stem is its 第 (园区第二期扩建: 第三期 is another phase, whatever stands before it), and
    a year's class has none (霁阳省2023届: 2024届 is another year's)."""
    return tuple(
        (_stem(m.group(1), m.group(2)), m.group(2), m.group(3))
        for m in _NAMED_BY_NUMBER_RE.finditer(norm)
        # a bare 十五届 or 二期 names nothing by itself; 2号线 does
        if (m.group(1) and m.group(1)[-1] not in _FUNCTION_CHARS) or m.group(3) in ("号线", "号楼")
        or (m.group(3) == "届" and _YEAR_NUMBER_RE.fullmatch(m.group(2)))
    )


def _stem(before: str, number: str) -> str:
    if before.endswith(ORDINAL_MARK):
        return ORDINAL_MARK
    return "" if _YEAR_NUMBER_RE.fullmatch(number) else before


ORDINAL_MARK = "第"
_YEAR_NUMBER_RE = re.compile(r"(?:19|20)\d\d")


def names_another(named: Sequence[tuple[str, str, str]], text: str) -> bool:
    """Whether a normalised passage names one of the question's numbered things only with other
    numbers (嫦娥七号 where the question asks of 嫦娥六号; 1号线 for 2号线): it speaks of another."""
    for stem, number, kind in named:
        pattern = re.compile(re.escape(stem) + r"(\d+|[一二三四五六七八九十]+)" + re.escape(kind))
        numbers = {_value(found.group(1)) for found in pattern.finditer(text)}
        if numbers and _value(number) not in numbers:
            return True  # (第十五屆 and 第15屆 are one: numbers are compared by value)
    return False


def _value(number: str) -> float | None:
    return float(number) if number.isdigit() else chinese_number(number)


def _shown_text(reading: Reading, evidence: Evidence) -> str:
    return "\x00".join(reading.normalized(j) for j in range(evidence.first, evidence.last + 1))


def another_instance(reading: Reading, query: Query, evidence: Evidence) -> bool:
    """Whether the best passage and its neighbours name the question's numbered thing (天衡一号)
    only with other numbers (天衡二号): the passage ranked first all the same (it is lowered by
    ``OTHER_INSTANCE``), but what it says is another's -- possibly related at most."""
    return bool(query.named) and names_another(query.named, _shown_text(reading, evidence))


def numbered_otherwise(reading: Reading, query: Query, evidence: Evidence) -> bool:
    """Whether the best passage and its neighbours name the ordinal thing asked (第三水厂) only
    with another number (第二水厂): its figures are that one's -- no direct answer from them, and
    possibly related at most."""
    text = _shown_text(reading, evidence)
    return any(names_instance(numbered, [text]) is False for numbered in query.numbered)

