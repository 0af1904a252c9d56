"""Whether a wholly English question's best passage writes its figure in a clause holding the
question's own words: evidence the shown model does not see.

The shown model weighs how much of the question a passage and the documents hold; an English
question's untranslated words ("disputes", "backlogged", "dormitories": no CC-CEDICT entry, or one
the corpus writes otherwise) count against it exactly as an off-topic question's do, so a right
passage and a question about banana bread look alike to it. What tells them apart is where the
understood words stand: in 黨員干部下沉網格排查化解矛盾2.7萬余起, "cadres" (干部), "grid" (网格) and
"resolve" (化解) stand in the very clause that gives the asked count, while an off-topic question's
one or two understood words find a figure of another clause (长约24米 for "how long ... boil an
egg"), never two of its words beside it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.basics import NOT_SEARCHED, wholly_english
from bot.answer.english.doubt import names_unsearched
from bot.answer.english.sense_characters import missed_words, senses_written, unit_heads, unsearched_words
from bot.answer.english.persons_vouched import PERSON_VOUCHING_WORDS, persons_counted
from bot.answer.english.spelled_written import document_spells
from bot.answer.figure.fitness import CLAUSE_START_RE, figure_clause
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.normalize import aligner_for

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: How many of the question's understood words (distinct words, each by a Chinese variant of two
#: or more characters) the figure's clause must hold. On the English dev sets, of the questions the
#: shown model declines with a figure chosen: 24 answerable (the right passage first) hold two or
#: more, and no negative does (the most any holds: one).
CLAUSE_WORDS = 2

#: The kinds of figure whose clause vouches with one understood word: a date or a share is written
#: where the text dates or measures one event, a handful to a passage, while a count's figure (any
#: number with a measure word) stands in nearly every clause of a report -- so one word beside a
#: count is chance (长度共计89公里 for "how long ... boil dumplings", 省委组织开展2次为期7天 for
#: "electric cars ... last year"), one word beside a year or a share is what it dates or measures
#: (直到1476年才为印加人所灭 for "the Incas", “三类文件”数量同比减少14.6% for "the volume of paperwork").
#: On the English dev sets, of the questions the shown model declines: 10 answerable date and share
#: questions whose figure's clause holds one word (7 with the right passage first), no negative
#: (the two declined negatives with a date figure hold none: 1885年乡试中举 for "the next iphone").
ONE_WORD_KINDS = frozenset({"date", "percent"})
#: ... when that figure fits the question at least this well (of the asked kind, beside its words:
#: the dev sets' ten fit 0.19-0.60).
ONE_WORD_FIT = 0.15
#: The fewest characters of a sense by which a searched word the figure's clause lacks is held there
#: (:func:`~bot.answer.english.sense_characters.missed_words`): on the English dev sets, one
#: character gained two passages of one half only (体 for "body", "aspects") and showed a wrong
#: one (上 of 99.8%以上 for "first").
MISSED_SENSE_CHARACTERS = 2


def figure_clause_held(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether a wholly English figure question's ``best`` candidate, which the shown model
    declines, writes its figure in a clause that holds :data:`CLAUSE_WORDS` or more of the
    question's understood words (by distinct variants), or one beside a date or a share
    (:data:`ONE_WORD_KINDS`): shown then as possibly related. Not when
    the question writes capitalised a name nothing was searched for (as
    :func:`~bot.answer.english.doubt.count_found`): its subject is then one the documents lack."""
    words = clause_words(reading, query, best)
    if words >= CLAUSE_WORDS:
        return True
    # "In what year did the Incas finally conquer the Chimú?": 直到1476年才为印加人所灭
    if words == 1 and query.info.kind in ONE_WORD_KINDS and best.features.fit >= ONE_WORD_FIT:
        return True
    # "How many of the referred *patients* ...": 其中46人接受了人工耳蜗植入手术, persons counted (persons_vouched)
    return words >= PERSON_VOUCHING_WORDS and persons_counted(query, best)


def clause_words(reading: Reading, query: Query, best: Candidate) -> int:
    """How many of a wholly English figure question's understood words (distinct variants of two
    or more characters, a lone character quoted, a Latin name written as one) the clause of
    ``best``'s figure holds; 0 where the question writes capitalised a name nothing was searched
    for that the clause does not write."""
    figure = best.figure
    if figure is None or not query.info.wants_figure or not query.translations or not wholly_english(query.question):
        return 0
    text = window_text(reading, best.evidence)
    if not 0 <= figure.start < figure.end <= len(text):
        return 0
    normalized = aligner_for(text).normalized
    clause = figure_clause(normalized, figure)
    if query.info.kind == "date":
        clause = _dated_clause(normalized, figure.end, clause)
    elif query.info.kind == "percent":
        clause = _shared_clause(normalized, figure.start, clause)
    # "How old was *Terry Neill* ...": 社会 and 干部 of another subject's clause; not a name the clause
    # writes, nor one the passage's document writes in characters its pinyin spells ("Qiongsha's
    # riverside villages": 邛沙县, cut 邛 / 沙县, so never searched)
    if names_unsearched(query, lambda english: (
        all(_latin_written(w, clause) for w in english.split())
        or document_spells(reading, best.evidence.id, english.replace(" ", ""))
    )):
        return 0
    held: set[str] = set()
    words = 0
    latin = False
    for word in query.words:
        found = next((v for v in word.variants if len(v) >= 2 and not v.isascii() and v in clause), None)
        if found is None:  # "'good'": 好, too short to count but where the clause quotes it alone
            found = next((v for v in word.variants if len(v) == 1 and not v.isascii() and _quoted(v, clause)), None)
        if found is not None and found not in held:
            held.add(found)
            words += 1
        elif found is None and not latin and any(_latin_written(v, clause) for v in word.variants):
            latin = True  # "Tim's Kitchen" as the passage writes it: one name, however many words
            words += 1
    # "how many fir *timbers*": 72根杉木大料 writes 木料 "timber" as 木 … 料 (sense_characters)
    english = [t.english for t in query.translations if t.term == NOT_SEARCHED]
    unsearched = unsearched_words(query.question, english)
    # "total *investment* ... football pitches": searched as 投资, written apart in 累计投入足球场建设资金
    # -- a word none of whose searched words the clause writes, there by the characters of a sense
    # of two or more (sense_characters.missed_words; a lone character, 上 for "first", stands in 以上)
    missed = [w for w in unsearched_words(query.question, missed_words(query.translations, clause)) if w not in unsearched]
    if not unsearched and not missed:
        return words
    # (the figure's own characters are what is asked, no word beside it: 吨 of 312.6万吨 for "tonnes")
    figureless = clause.replace(normalized[figure.start : figure.end], " ")
    held_chars = "".join(held)
    words += senses_written(unsearched, figureless, held_chars, unit_heads(english)) if unsearched else 0
    return words + (senses_written(missed, figureless, held_chars, shortest=MISSED_SENSE_CHARACTERS) if missed else 0)


def _dated_clause(normalized: str, end: int, clause: str) -> str:
    """A date that is a clause of its own (1998年8月27日，他成为红十字国际委员会主席) dates the clause
    after it: that clause, with the date, is the figure's."""
    if not _BARE_DATE_RE.fullmatch(clause.strip(" .．")):
        return clause
    after = CLAUSE_START_RE.search(normalized, end)
    if after is None:
        return clause
    stop = CLAUSE_START_RE.search(normalized, after.end())
    return clause + normalized[after.start() : stop.start() if stop else len(normalized)]


def _shared_clause(normalized: str, start: int, clause: str) -> str:
    """A share written as a bare predicate (合格率达到99.6%, 比上年增长27.5%, 占全市的33.3%: at
    most :data:`BARE_SHARE_CHARS` characters before the figure in its clause) is the share of what
    the clause before it in the sentence names (抽检末梢水样本1240份，合格率达到99.6%): that clause,
    with the figure's, is the figure's."""
    begin = max((m.end() for m in CLAUSE_START_RE.finditer(normalized, 0, start)), default=0)
    if begin == 0 or start - begin > BARE_SHARE_CHARS or normalized[begin - 1] in _SENTENCE_ENDS:
        return clause
    before = max((m.end() for m in CLAUSE_START_RE.finditer(normalized, 0, begin - 1)), default=0)
    return normalized[before : begin - 1] + clause


#: How many characters a share's clause may write before its figure and still be a bare predicate
#: (比上年增长, 合格率达到: five; a clause naming its own subject writes more, 全省专业物业服务覆盖率达).
BARE_SHARE_CHARS = 6


#: The marks that end a sentence: a share's clause is never joined across them.
_SENTENCE_ENDS = frozenset("。！？!?")


#: A clause that is a date and nothing else (2001年3月, 1998年8月27日).
_BARE_DATE_RE = re.compile(r"(?:公元)?\d{1,4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:[初底末]|前后)?")


#: Quotation marks around a word: a character quoted alone is a word of its own (评价为“好”).
_QUOTES = ("“”", "「」", "『』", "‘’", '""', "''")


def _quoted(char: str, clause: str) -> bool:
    """Whether ``clause`` writes the one character ``char`` alone between quotation marks."""
    return any(f"{left}{char}{right}" in clause for left, right in _QUOTES)


def _latin_written(variant: str, clause: str) -> bool:
    """Whether ``clause`` writes the question's Latin word ``variant`` (three letters or more) as
    a word of its own: a name the passage spells as the question does (tim's kitchen)."""
    if len(variant) < 3 or not variant.isascii() or not any(ch.isalpha() for ch in variant):
        return False
    return re.search(rf"(?<![a-z0-9]){re.escape(variant.lower())}(?![a-z0-9])", clause) is not None
