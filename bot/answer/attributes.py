"""The amount or the role a question asks (票价是多少, 秘书长是谁), and whether the documents name it:
a figure question about an amount no document writes (毛利率), or a role no one holds, finds nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.apart import APART_SAMPLE
from bot.answer.model import WeightedWord
from bot.answer.statistic_unwritten import statistic_unwritten
from bot.question import QuestionInfo
from bot.question.changes import CHANGE_ASKED_RE, CHANGE_SIZES
from index.fields import heading_term
from index.figures.units import measured
from index.normalize import normalize
from index.runs import HAN_ONLY_RE
from index.search import Index, QueryTerm
from index.tokenizer import ANSWER_TYPE


def known_word(index: Index, word: WeightedWord) -> bool:
    """Whether a document holds any form of the word, in its text or its headings."""
    return any(index.doc_freq(v) > 0 or index.doc_freq(heading_term(v)) > 0 for v in word.variants)


#: Endings of words naming an amount beside those :func:`measured` knows (产量, 总额, 人次, 售价).
AMOUNT_ENDINGS = ("量", "额", "额度", "数", "人次", "价", "产", "率", "规模", "收入", "支出")


def names_amount(word: str) -> bool:
    """Whether a word names an amount (产量, 票价, 人次, 收入)."""
    return measured(word) is not None or word.endswith(AMOUNT_ENDINGS)


#: What asks the amount right after the word naming it (票价是多少, 人口有多少, 面积约为几).
_ASKING_AMOUNT_RE = re.compile(r"(?:是|为|有|约|约为|大约|达|共|共有)?(?:多少|几)")


def asked_attributes(text: str, words: Sequence[WeightedWord], info: QuestionInfo) -> list[WeightedWord]:
    """The words naming the amount a figure question asks: the one right before 是多少 (票价是多少),
    the one whose change is asked (股價今年上漲了多少), and in a proportion question any rate
    (毛利率 …达到了多少)."""
    before = words_before(text, words, _ASKING_AMOUNT_RE)
    if info.change is not None:
        changed = [w for w in words_before(text, words, CHANGE_ASKED_RE, _TIME_BEFORE_CHANGE_RE) if names_amount(w.variants[0])]
        before = [*before, *changed]
    return [w for w in words if w in before or (info.kind == "percent" and w.variants[0].endswith("率"))]


#: The time a question may name before the verb of the change it asks (股價今年上漲了多少).
_TIME_BEFORE_CHANGE_RE = re.compile(r"(?:今年|去年|全年|上半年|下半年|同比|环比|以来|\d{4}年)+$")


def words_before(
    text: str, words: Sequence[WeightedWord], asking: re.Pattern[str], between: re.Pattern[str] | None = None
) -> list[WeightedWord]:
    """The question's words written right before what ``asking`` finds in it (票价 of 票价是多少),
    past what ``between`` finds there (股價 of 股價今年上漲了多少)."""
    normalized = normalize(text)
    found = asking.search(normalized)
    before = normalized[: found.start()] if found else ""
    if between is not None:
        before = between.sub("", before)
    return [w for w in words if before and before.endswith(w.variants[0])]


#: 秘书长是谁？ -- at the question's end: 是谁领头抓的 asks who did something, no role.
ASKING_PERSON_RE = re.compile(r"(?:是|为)(?:谁|哪位|哪一位|何人)(?:呢|啊|呀)?[\s?？!！。.]*$")


def absent_role(index: Index, word: WeightedWord) -> bool:
    """A common noun (jieba's n: not a name) of two characters or more naming a role (秘书长) that
    no document holds, nor any part of it -- not a word for anyone of some standing (官员, 负责人:
    documents name such people by their title, 副局长)."""
    head = word.variants[0]
    return (
        len(head) >= 2 and head not in ANY_PERSON and not word.pos and index.tokenizer.tag(head) == "n"
        and not known_word(index, word)
    )


#: Words for anyone of some standing, which documents write as the person's title or trade.
ANY_PERSON = frozenset({"官员", "人士", "人物", "人员", "领导", "负责人", "工作人员", "专家", "学者", "代表"})


#: Words asking an amount of whatever the question names (规模是几万人, 员工人数, 产量), or a share
#: of it (所占的份额是多少: 15%的出口木材): the text gives the amount without them.
#: (数目, 数字, 总数, 比例, 比重 ... are question words, dropped before this.)
_ANY_AMOUNT = frozenset({"规模", "数额", "金额", "大小", "份额"})


def absent_attribute(index: Index, word: WeightedWord) -> bool:
    """A noun naming an amount (票价, 毛利率) that neither the documents nor their words for part of
    it hold."""
    if not attribute_word(index, word):
        return False
    # 平均年龄: known by its 平均 only -- the documents give no age (:mod:`statistic_unwritten`)
    return not known_word(index, word) or (index.doc_freq(word.variants[0]) == 0 and statistic_unwritten(index, word))


def attribute_word(index: Index, word: WeightedWord) -> bool:
    """Whether a word asked the amount of is a noun naming one of its own (票价, 毛利率; not a word
    of approximation jieba joined to it: 约值; nor a word for any amount: 规模) -- or a word naming an
    amount of money that jieba calls a verb (收入, 支出; not 占地, which a text writes as 面积)."""
    head = word.variants[0]
    return (
        len(head) >= 2 and head[0] not in "约达共" and head not in _ANY_AMOUNT and head not in CHANGE_SIZES
        and not head.endswith(("数", "量"))
        and word.pos in ("", ANSWER_TYPE)
        and (index.tokenizer.tag(head).startswith("n") or measured(head) == "money")
    )


#: How close together a rate's characters stand where a text writes it otherwise (好评率: 評價為“好”).
RATE_SPAN = 8


def rate_written_otherwise(index: Index, word: str, beside: Sequence[str]) -> bool:
    """Whether a rate no document names (好评率) is written otherwise: the characters before its
    率 stand close together, in any order, in a passage of the question's topic (評價為“好”的佔
    99.96%: the share of 好 evaluations) -- a rate the text gives, not one it lacks (毛利率)."""
    stem = word[:-1] if word.endswith("率") and index.doc_freq(word) == 0 else ""
    if not 2 <= len(stem) <= 3 or HAN_ONLY_RE.match(stem) is None:
        return False
    terms = [QueryTerm(term) for term in dict.fromkeys(beside) if term != word]
    for hit in index.search(terms, APART_SAMPLE):
        text = index.normalized_text(hit.index)
        for start in (m.start() for m in re.finditer(re.escape(stem[0]), text)):
            window = text[max(0, start - RATE_SPAN) : start + RATE_SPAN]
            if all(ch in window for ch in stem) and "%" in text:
                return True
    return False
