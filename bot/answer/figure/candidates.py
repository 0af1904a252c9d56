"""The figures of a passage that could answer a question: of the asked kind, counting what is asked,
not quoted by the question -- with the readings only the question makes (誕生1000年 as years for
幾週年, 原子序數為23 as a place in an order, 一個心室 as one for 幾個心室)."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answer.figure.fitness import counts_other, figure_fits
from bot.answer.figure.same_figure import quotes
from bot.answer.figure.listed import restates_list
from bot.answer.figure.measures import asks_price, measures_otherwise
from bot.answer.figure.unscaled import quoted_unscaled
from bot.answer.figure.spelled import spelled_quoted
from bot.question import AMOUNT_DIMENSIONS, COUNTED_DIMENSIONS, QuestionInfo
from bot.question.units import unit_matches
from index.figures import Figure, passage_figures
from index.english.cedict import is_classifier
from index.normalize import aligner_for, normalize
from index.question_words import THING_MEASURES


def candidate_figures(text: str, info: QuestionInfo) -> list[Figure]:
    """The figures of ``text`` that could answer: of the asked kind, counting what is asked, not quoted by the question
    (of a range whose start the question quotes, its end: "自1386年至哪一年")."""
    out = []
    figures = passage_figures(text)
    if info.english and info.kind == "date":  # 芙蓉洞于1993被发现, 1920、1921年: years written without 年
        from bot.answer.english.bare_years import bare_years  # (here: it imports bot.answer)

        figures = bare_years(text, figures)
    for figure in [*figures, *_ones(text, info)]:
        if info.unit == "周年" and figure.kind == "date" and figure.parts == "y" and not figure.split and figure.text[:1].isdigit():
            figure = replace(figure, kind="count", unit="年", parts="")  # 誕生幾週年: 誕生1000年 is years, no date
        if info.kind == "ordinal" and figure.kind == "number" and _place_in_order(text, figure):
            figure = replace(figure, kind="ordinal")  # 原子序數為23: the 23rd, for 第幾號元素
        if not figure_fits(info, figure) or measures_otherwise(info, figure) or counts_other(text, info, figure):
            continue
        if restates_list(text, figure, info):
            continue  # 市、区两级财政: how many were listed
        if _counted_by_unknown(text, figure, info):
            continue  # 貢墨3,000錠, for 一锭卖多少钱: so many ingots, no price
        if quotes(info, figure):
            if not figure.split or quotes(info, figure.upper()):
                continue
            figure = figure.upper()
        elif quoted_unscaled(info, figure):
            continue  # "was 9.8 (ten-thousand mu) last year": 9.8万亩 is the question's own
        elif spelled_quoted(info, figure):
            continue  # "the three 'number one projects'": 三个“一号工程” is the question's own
        out.append(figure)
    if info.amount and any(figure.dimension in AMOUNT_DIMENSIONS for figure in out):
        # "how much water can the pond store": 蓄洪容量約96萬立方公尺, not 抽水站3座 nor a date beside it
        out = [figure for figure in out if figure.kind != "date" and figure.dimension not in COUNTED_DIMENSIONS]
    return sorted(out, key=lambda figure: figure.start)


#: What may follow a number that is an amount of money written without its currency (支出3,000，
#: 3,000以上, 3000余, 3000左右, 3000至5000, 3000的): no measure word.
_AFTER_AMOUNT = frozenset("以左上下之至到多余餘的和与與及或、")


def _counted_by_unknown(text: str, figure: Figure, info: QuestionInfo) -> bool:
    """Whether a price is asked (多少钱) and the figure is a bare number right before a measure
    word the unit lists lack -- one CC-CEDICT calls a classifier (貢墨3,000錠: "classifier for: gold
    and silver ingots, ink sticks"), not a currency they lack (36.8港仙, 2000億金馬克, 80萬緡)."""
    if figure.kind != "number" or not asks_price(info):
        return False
    after = text[figure.end : figure.end + 1]
    return "\u4e00" <= after <= "\u9fff" and after not in _AFTER_AMOUNT and is_classifier(normalize(after))


#: Words naming a place in an order, right before a bare number giving it (原子序數為23, 編號7).
_ORDER_WORD_RE = re.compile(r"(?:序数|序号|编号|号码|排名|名次|排行|位次)(?:为|是|[:：])?\s*$")


def _place_in_order(text: str, figure: Figure) -> bool:
    """Whether a bare number is written as a place in an order (原子序數為23)."""
    return _ORDER_WORD_RE.search(aligner_for(text).normalized[max(0, figure.start - 6) : figure.start]) is not None


def _ones(text: str, info: QuestionInfo) -> list[Figure]:
    """一個心室 for 幾個心室: one of the very thing a count question counts, right after its
    measure word -- which, anywhere else, is an article, no figure (一次直抵靈魂)."""
    if info.kind != "count" or not info.counted:
        return []
    matching = aligner_for(text).normalized
    out = []
    at = matching.find(info.counted, 2)
    while at >= 0:  # 一, a measure word of things, the counted word (no pattern made per question)
        start, measure = at - 2, matching[at - 1]
        before = matching[start - 1] if start > 0 else ""
        one = matching[start] == "一" and measure in THING_MEASURES and not (before.isdecimal() or before in _IN_NUMBER)
        if one and (info.unit is None or unit_matches(info.unit, measure, info.units)):
            out.append(Figure(text[start:at], start, at, "count", 1.0, text[at - 1 : at]))
        at = matching.find(info.counted, at + (len(info.counted) if one else 1))
    return out


#: What before 一 makes it part of a longer number or an ordinal (十一, 0.1, 第一), not "one".
_IN_NUMBER = frozenset(".〇零一二两三四五六七八九十百千万亿第")
