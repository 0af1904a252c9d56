"""A date an English question's verb follows: "when was the programme *launched*" asks the date
a text writes its translation right after (活动自3月6日启动以来: 启动), or right before with 于
(老馆建于1999年: 建, of 建成/建设), in the passage it comes first in -- not a year the question's
nouns stand nearer (通报2025年家电以旧换新工作情况).

The verb's translations are dictionary alternatives, each weighing a share of the verb, so the
Chinese rule (:func:`~bot.answer.figure.clauses.event_dated`, a verb the question writes whole)
does not read them; :func:`bot.answer.english.dated.dated_first` puts first the passage whose
chosen date its verb follows -- this chooses that date within a passage. The verb must be the
date's own event: not a noun the date modifies (2008年的换届选举), nor a deed done to another
thing (2019年又完成台基排水工程, for "when was the tower completed"). A date without its year
(3月6日) whose sentence names a year before it, apart from it, is of that year: it says when as a
full date does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.sentences import sentence_start
from bot.answer.figure.clauses import DYNASTY_BEFORE_RE
from bot.answer.figure.fitness import YEARLESS
from bot.question import QuestionInfo
from index.english.cedict import verb_word
from index.figures import Figure, passage_figures
from index.normalize import aligner_for
from index.search import Index

#: How a date the question's verb follows fits (as an English verb's translation tied to a date
#: does in :data:`~bot.answer.figure.clauses.ENGLISH_EVENT_DATED`).
VERB_DATED = 2.0
#: How many characters may stand between the date and the verb (于2021年10月*对外*开放: an adverb;
#: 启动 after 3月6日 at once), as :data:`bot.answer.english.dated.DATED_GAP`.
GAP = 3
_CLAUSE_END_RE = re.compile(r"[，,。；;：:！？!?、（）()]")
#: What may close the verb's clause after it, the event being the subject's own (启动以来, 开放了).
_AFTER_VERB_RE = re.compile(r"(?:以来|以后|之后|后|了|起)?$")


def event_verbs(index: Index, verbs: Sequence[str]) -> tuple[str, ...]:
    """Those of an English question's verbs' translations that jieba tags a verb (启动, 建成; not
    契约, a noun the translator gave "contract", which 依契约于2010年 writes before a date) -- or
    that CC-CEDICT has as a verb first (:func:`~index.english.cedict.verb_word`: 开业 "to open
    for business", which jieba tags a noun)."""
    tag = index.tokenizer.tag
    return tuple(verb for verb in verbs if (tag(verb) or "").startswith("v") or verb_word(verb))


def verb_dated(text: str, info: QuestionInfo, figure: Figure, verbs: Sequence[str], terms: Sequence[str] = ()) -> float:
    """:data:`VERB_DATED` for a date one of an English date question's ``verbs`` (of ``info.verbs``,
    :func:`event_verbs`) dates (:func:`dated_by_verb`; ``terms``: the question's words, which may
    follow the verb as what it was done to); divided by :data:`~bot.answer.figure.fitness.YEARLESS` (what a date without its
    year is weighed by) when the date has no year and its sentence names one before it, apart
    from it; 1 for any other figure."""
    if not verbs or info.kind != "date" or figure.kind != "date":
        return 1.0
    matching = aligner_for(text).normalized
    if not dated_by_verb(matching, figure, verbs, terms):
        return 1.0
    if info.date_part is None and figure.parts[:1] in ("m", "d") and _year_before(matching, figure):
        return VERB_DATED / YEARLESS
    return VERB_DATED


def dated_by_verb(matching: str, figure: Figure, verbs: Sequence[str], terms: Sequence[str] = ()) -> bool:
    """Whether one of ``verbs`` dates ``figure`` in the normalised text: right before it with 于
    (建于1999年: a verb or a character of a two-character one), or after it in its clause, at most
    :data:`GAP` characters on, not after a 的 (2008年的换届选举: a noun), closing the clause or
    followed only by the question's ``terms`` (what it was done to) or by one more verb
    (:func:`serial_verb`: 于2024年3月开工建设)."""
    if verb_before(matching, figure, verbs):
        return True
    after = matching[figure.end : figure.end + 24]
    end = _CLAUSE_END_RE.search(after)
    clause = after[: end.start() if end else len(after)]
    if clause.startswith("的"):
        return False
    for verb in verbs:
        at = clause.find(verb)
        if 0 <= at <= GAP:
            rest = clause[at + len(verb) :]
            if _AFTER_VERB_RE.match(rest) or any(len(t) >= 2 and t in rest for t in terms) or serial_verb(rest):
                return True
    return False


def serial_verb(rest: str) -> bool:
    """Whether ``rest``, what follows a question's verb in its clause, is one more verb of two
    characters closing it -- a serial verb, one deed told in two steps (开工*建设*, 建成*通车*):
    CC-CEDICT's first sense of it a verb (:func:`~index.english.cedict.verb_word`), with what
    may close a verb's clause after it (:data:`_AFTER_VERB_RE`)."""
    return len(rest) >= 2 and verb_word(rest[:2]) and _AFTER_VERB_RE.match(rest[2:]) is not None


def verb_before(matching: str, figure: Figure, verbs: Sequence[str]) -> bool:
    """Whether one of ``verbs``, or a character of a two-character one, stands right before the
    date ``figure`` with 于 (建于1999年, for 建成/建设), in the normalised text -- also with the
    dynasty of a reign's year between (始建于明嘉靖二十七年, 始建于北宋元祐三年: the date read
    is the reign's)."""
    before = matching[max(0, figure.start - 5) : figure.start]
    singles = [ch for verb in verbs if len(verb) == 2 for ch in verb]
    if any(before.endswith(verb + "于") for verb in (*verbs, *singles)):
        return True
    # (a dynasty between, as :func:`~bot.answer.figure.clauses.event_dated` reads a Chinese
    # question's verb; then only a verb's first character stands for it -- 建 of 建成/建设, the
    # verb of a verb-complement word -- not 设 of 开设, which 创设于清乾隆十二年 writes for another deed)
    wider = matching[max(0, figure.start - 8) : figure.start]
    without = DYNASTY_BEFORE_RE.sub("", wider)
    if without == wider:
        return False
    heads = [verb[0] for verb in verbs if len(verb) == 2]
    return any(without.endswith(verb + "于") for verb in (*verbs, *heads))


def _year_before(matching: str, figure: Figure) -> bool:
    """Whether the sentence of ``figure`` names a year before it, apart from it (通报2025年…：活动
    自3月6日 -- not 嘉庆十三年（1808年）三月, one date written as two figures)."""
    start = sentence_start(matching, figure.start)
    years = [f for f in passage_figures(matching[start : figure.start]) if f.kind == "date" and "y" in f.parts]
    return bool(years) and start + years[-1].end < figure.start - 1


#: How a date another verb ties with 于 fits (喬慕良生於1533年, beside 1555年鄉試落第 for "when did he fail
#: the examination"), once another date of the passage is tied to the question's verb.
OTHER_DEED = 0.5
#: A verb tied to the date right after it by 于 (生于, 建于) -- not an adverb or preposition before 于
#: (已于, 将于, 曾于, 终于, 由于, 位于 ...: the date's event is the verb after it).
_DEED_YU_RE = re.compile(r"([\u4e00-\u9fff])于$")
_NOT_DEED = frozenset("已将曾均先再又并亦终由对关等至属在位过便即始")


def other_deed(matching: str, figure: Figure, verbs: Sequence[str]) -> float:
    """:data:`OTHER_DEED` for a date right after a verb and 于 (生于1533年) that is none of ``verbs``
    (the question's, or a character of one), or one another verb right after it dates
    (:func:`deed_after`), else 1. Called only when another date of the passage
    is dated by one of ``verbs`` (:func:`dated_by_verb`) and this one is not."""
    if figure.kind != "date":
        return 1.0
    if deed_after(matching, figure, verbs):
        return OTHER_DEED
    deed = _DEED_YU_RE.search(matching, max(0, figure.start - 2), figure.start)
    if deed is None or deed.group(1) in _NOT_DEED or any(deed.group(1) in verb for verb in verbs):
        return 1.0
    return OTHER_DEED


def deed_after(matching: str, figure: Figure, verbs: Sequence[str]) -> bool:
    """Whether the date ``figure`` is another deed's, told by a verb of two characters right after
    it that closes its clause, alone or with one more verb (已于2024年3月*开工*，计划2028年底建成通车:
    the works' start, not the opening asked), or closing a clause that names its subject first
    (2025年12月首批机组并网*发电*: not when construction began) -- a clause holding none of ``verbs``;
    CC-CEDICT's first sense of the verb a verb (:func:`~index.english.cedict.verb_word`)."""
    after = matching[figure.end : figure.end + 12]
    end = _CLAUSE_END_RE.search(after)
    if end is None:  # (a clause longer than that: not read)
        return False
    clause = after[: end.start()]
    if any(verb in clause for verb in verbs):
        return False
    word = clause[:2]
    if len(word) == 2 and verb_word(word) and (_AFTER_VERB_RE.match(clause[2:]) is not None or serial_verb(clause[2:])):
        return True
    # ... or a subject between, the clause closed by its verb (2025年12月首批机组并网*发电*)
    return len(clause) >= 4 and verb_word(clause[-2:])
