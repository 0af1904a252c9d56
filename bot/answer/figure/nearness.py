"""Where a text's sentences, clauses and time expressions stand, and how near a question word
stands to a figure in it (see :mod:`bot.answer.figure`)."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from index.figures import Figure, passage_figures
from index.normalize import aligner_for

SAME_SENTENCE = 0.5  # a word in the figure's sentence but another clause
#: ... a later one, for a figure other than a date: the subject comes before what is said of it
#: (a date, though, governs the clauses after it)
LATER_CLAUSE = 0.25
IN_SCOPE = 0.8  # ... after a date, with no other time expression between them
SCOPE_CLAUSE_DECAY = 0.8  # ... less for each further clause: the nearest clause is the date's own
CONTINUED = 0.5  # a word in a following sentence without a date of its own (per sentence)
OTHER_SENTENCE = 0.08  # a word in another sentence (halved for each further one)
LIST_DECAY = 0.7  # per enumeration comma (、) between them
#: ... a word in a later item of a list than a figure's (not a date's), an item with a figure of its
#: own: what an item's figure says is said of the words before it in its item
LATER_ITEM = 0.5
CHAR_SCALE = 30.0  # within a clause, closeness falls off slowly with the characters between
SCOPE_CHAR_SCALE = 80.0  # ... and in a date's scope, more slowly still
GOVERNED = 0.5  # a word before a date in its clause, after another date: said of that one
#: What begins a clause whose date is its predicate's time, said of the sentence's subject before it
#: (柳塘食堂由仓库改建，*于*2025年3月18日开业: the canteen's opening): 于/於 right before the date.
_DATE_PREDICATE_RE = re.compile(r"\s*(?:并|並|已|后|後|正式|先后|先後)?[于於]$")
# Each pattern starts with a character class, so the regex engine skips to the next such
# character at C speed (a lookbehind or a repeat first would have it try every position).
_SENTENCE_END_RE = re.compile(r"[。！？!?\n][。！？!?\n]*[”」』）)]*")
# not the comma of 6,476 or the colon of 10:30: ，：﹔；, or , and : without a digit on both sides; a
# semicolon joins the clauses of one sentence ("2014年，…總值為2823億元；人均生產總值88953元")
_CLAUSE_END_RE = re.compile(r"[，：﹔；;,:](?:(?<![,:])|(?<!\d.)|(?!\d))")
_LIST_BREAK_RE = re.compile("、")
_JOIN_RE = re.compile("[、和及與与]")
#: What begins a clause that says more of the clause before's subject: a change, a comparison
#: with another time (同比增长8.1%, 按年上升4.6%, 较上年下降2.1个百分点) -- or the same of another
#: (小學每名學生的平均單位成本為11.3萬港元，中學則為13.6萬港元: 中學's 單位成本), or a total of what it did
#: (讀書節於…舉行，共開展活動612場).
ELIDED = r"[\u4e00-\u9fff]{1,8}?则(?:为|是|达|约)"
_CONTINUING_RE = re.compile(
    r"\s*(?:同比|环比|比上年|比去年|比前一年|比上一年|较上年|较去年|较前一年|较上一年|较年初|按年|按季|按月"
    r"|增长|增加|下降|减少|上升|上涨|提高|下跌|回落|" + ELIDED
    + r"|(?:共计|合计|累计|总共|一共|共)[\u4e00-\u9fff])"  # 读书节于…举行，共开展活动612场: the festival's total
)
#: Words that stand for the last year named ("同年", "當年").
_SAME_YEAR_RE = re.compile(r"同年|当年|是年|该年|这一年|那一年|此年|这年|同一年")


@dataclass(frozen=True)
class Spot:
    """Where a word or a figure stands: its span, and the numbers of its sentence and clause."""

    start: int
    end: int
    sentence: int
    clause: int


@dataclass(frozen=True)
class Layout:
    """Where a text's sentences and clauses end, where its time expressions stand, and which
    year each "同年" word or year-less date means."""

    sentence_ends: tuple[int, ...]
    clause_ends: tuple[int, ...]
    list_breaks: tuple[int, ...]  # positions of 、
    times: tuple[int, ...]  # starts of dates and "同年" words, ascending
    #: (start, end) of a "同年" word or a year-less date, the start of the date naming its year,
    #: and whether it is a date (with a month or a day of its own)
    years: tuple[tuple[int, int, int, bool], ...]
    joins: tuple[int, ...] = ()  # positions of 、, 和, 及, 與 ... : where coordinated items meet
    figures: tuple[int, ...] = ()  # starts of the text's figures, ascending
    #: clauses (by number) that begin with a change or a comparison and no subject of their own
    #: (…全社会用电量2,043亿千瓦时，*同比增长8.1%*): they go on saying of the clause before's
    continued: frozenset[int] = frozenset()
    #: clauses (by number) that begin with 于 and a date (…，于2025年3月18日开业): the date is
    #: the time of what the clauses before say of their subject
    dated_predicates: frozenset[int] = frozenset()
    #: positions of the 、 of a list of nouns closed by 等 (展出潮信簿、潮灯、渔具等文物386件): the
    #: list is one object of the word before it, and the figure after it counts all of it
    noun_lists: tuple[int, ...] = ()

    def spot(self, start: int, end: int) -> Spot:
        sentence = bisect.bisect_right(self.sentence_ends, start)
        return Spot(start, end, sentence, bisect.bisect_right(self.clause_ends, start))

    def time_between(self, start: int, end: int) -> bool:
        """Whether a time expression starts in ``[start, end)``."""
        k = bisect.bisect_left(self.times, start)
        return k < len(self.times) and self.times[k] < end

    def governed(self, word: Spot, date: int) -> bool:
        """Whether ``word``, before the date starting at ``date``, is said of another time: one
        stands before it in its clause, and the date starts another coordinated item (1962年8月8日
        發行的…梅蘭芳舞臺藝術*和*1963年…: the 1962 stamp) -- not "公布*截至*6月底" after 8月15日,
        where the word leads into the date."""
        k = bisect.bisect_left(self.joins, word.end)
        if not (k < len(self.joins) and self.joins[k] < date):
            return False
        k = bisect.bisect_left(self.times, word.start) - 1
        if k < 0:
            return False
        clause_start = self.clause_ends[word.clause - 1] if word.clause > 0 else 0
        return self.times[k] >= clause_start

    def item_counted(self, word: Spot) -> bool:
        """Whether the item of a list (between 、 and 、 or its clause's end) ``word`` stands in
        holds a figure of its own (二审案件12,705件) -- not the things a figure before counts
        (68個縣(市、區))."""
        k = bisect.bisect_right(self.list_breaks, word.start)
        start = self.list_breaks[k - 1] if k > 0 else 0
        end = self.list_breaks[k] if k < len(self.list_breaks) else 1 << 30
        if word.clause < len(self.clause_ends):
            end = min(end, self.clause_ends[word.clause])
        j = bisect.bisect_left(self.figures, start)
        return j < len(self.figures) and self.figures[j] < end

    def subject_clause(self, clause: int) -> int | None:
        """The clause whose subject clause number ``clause`` goes on with: the last before it that
        begins no change or comparison of its own (5月份全省进出口1043.8亿元，同比增长8.4%，环比增长5.7%:
        the first, for both changes); None for a clause of its own."""
        if clause not in self.continued:
            return None
        while clause in self.continued and clause > 0:
            clause -= 1
        return None if clause in self.continued else clause

    def dated(self, sentence: int) -> bool:
        """Whether sentence number ``sentence`` holds a time expression."""
        first = self.sentence_ends[sentence - 1] if sentence > 0 else 0
        last = self.sentence_ends[sentence] if sentence < len(self.sentence_ends) else 1 << 30
        return self.time_between(first, last)

    def figure_spots(self, figure: Figure, day_asked: bool = False) -> list[Spot]:
        """Where a figure stands: itself, and the "同年" words and year-less dates meaning its year
        -- not those dates when the question asks for a month or a day (the date is then its own
        answer: "2010年12月17日，…將1月14日訂定為開拓日")."""
        return [self.spot(figure.start, figure.end)] + [
            self.spot(start, end) for start, end, year, dated in self.years if year == figure.start and not (dated and day_asked)
        ]


@lru_cache(maxsize=4096)
def layout(text: str) -> Layout:
    """The :class:`Layout` of ``text`` (remembered per passage text)."""
    sentence_ends = tuple(m.end() for m in _SENTENCE_END_RE.finditer(text))
    clause_ends = tuple(sorted({m.end() for m in _CLAUSE_END_RE.finditer(text)} | set(sentence_ends)))
    aligner = aligner_for(text)
    normalized = aligner.normalized
    words = {m.group() for m in _SAME_YEAR_RE.finditer(normalized)} if "年" in normalized else ()  # each holds 年
    same_year = sorted({span for word in words for span in aligner.spans(word)})
    # a day of the week (9月30日（星期六）) goes with its date: it starts no time of its own
    figures = passage_figures(text)
    dates = [f for f in figures if f.kind == "date" and f.parts != "w"]
    anchors = sorted([(f.start, f.end, f) for f in dates] + [(s, e, None) for s, e in same_year], key=lambda a: a[0])
    years = []
    last_year: int | None = None
    for start, end, figure in anchors:
        if figure is not None and figure.value is not None:
            last_year = start
        elif last_year is not None:
            years.append((start, end, last_year, figure is not None))
    return Layout(
        sentence_ends,
        clause_ends,
        tuple(m.start() for m in _LIST_BREAK_RE.finditer(text)),
        tuple(sorted({f.start for f in dates} | {s for s, _ in same_year})),
        tuple(years),
        tuple(m.start() for m in _JOIN_RE.finditer(text)),
        tuple(sorted(f.start for f in figures)),
        frozenset(n + 1 for n, end in enumerate(clause_ends) if _CONTINUING_RE.match(normalized, end)),
        _dated_predicates(normalized, clause_ends, dates),
        tuple(m.start() for listed in _NOUN_LIST_RE.finditer(text) for m in _LIST_BREAK_RE.finditer(text, *listed.span())),
    )


#: A list of nouns (no figure in it) closed by 等 -- not 等于, 等同, 等级.
_NOUN_LIST_RE = re.compile(r"(?:[^\W\d_]{1,12}、)+[^\W\d_]{1,12}?等(?![于於同级級])")


def _dated_predicates(normalized: str, clause_ends: tuple[int, ...], dates: list[Figure]) -> frozenset[int]:
    """The clauses (by number) that begin with 于 and then one of ``dates`` (…，于2025年3月18日开业)."""
    out = set()
    for date in dates:
        clause = bisect.bisect_right(clause_ends, date.start)
        start = clause_ends[clause - 1] if clause > 0 else 0
        if clause > 0 and _DATE_PREDICATE_RE.match(normalized[start : date.start]):
            out.add(clause)
    return frozenset(out)


def closeness(shape: Layout, word: Spot, figure: Spot, date: bool) -> float:
    """How near a question word stands to a figure (or a word standing for a date's year):
    in its clause most, falling off slowly with the characters between; in its sentence less,
    unless the word follows a date with no other time expression between; in a following
    sentence that names no time, as much as that date's time continues; elsewhere little."""
    if word.start < figure.end and figure.start < word.end:
        return 1.0
    gap_start, gap_end = (word.end, figure.start) if word.end <= figure.start else (figure.end, word.start)
    gap = gap_end - gap_start
    if word.sentence == figure.sentence:
        after_date = date and word.start > figure.start and not shape.time_between(figure.start + 1, word.start)
        if word.clause != figure.clause and after_date:
            further = max(0, word.clause - figure.clause - 1)
            return IN_SCOPE * SCOPE_CLAUSE_DECAY**further * math.exp(-gap / SCOPE_CHAR_SCALE)
        lists = bisect.bisect_left(shape.list_breaks, gap_end) - bisect.bisect_left(shape.list_breaks, gap_start)
        if lists and word.end <= figure.start:  # ... not when the list is one object the figure counts
            lists -= bisect.bisect_left(shape.noun_lists, gap_end) - bisect.bisect_left(shape.noun_lists, gap_start)
        near = LIST_DECAY**lists * math.exp(-gap / CHAR_SCALE)
        if word.clause == figure.clause:
            if date and word.end <= figure.start and shape.governed(word, figure.start):
                return GOVERNED * near  # 1962年…發行的…梅蘭芳舞臺藝術和1963年…: 1962年's stamp
            if lists and not date and word.start >= figure.end and shape.item_counted(word):
                return LATER_ITEM * near  # 一审案件6,218件、二审案件12,705件: 二审 is the next item's
            return near
        if word.clause > figure.clause and not date:
            return LATER_CLAUSE * SAME_SENTENCE * near  # "…的佔99.96%，加強…等方面…達到99.8%"
        predicate = date and word.clause < figure.clause and figure.clause in shape.dated_predicates
        if predicate and not shape.time_between(word.end, figure.start):
            return near  # 柳塘食堂由仓库改建，于2025年3月18日开业: the canteen's opening, not halved
        if not date and word.clause < figure.clause and shape.subject_clause(figure.clause) == word.clause:
            return near  # 全社会用电量2,043亿千瓦时，同比增长8.1%: the change of the 用电量
        return SAME_SENTENCE * near
    distance = abs(word.sentence - figure.sentence)
    if (
        date
        and word.sentence > figure.sentence
        and not shape.time_between(figure.start + 1, word.start)
        and not shape.dated(word.sentence)
    ):
        return CONTINUED**distance
    return OTHER_SENTENCE * 0.5 ** (distance - 1)
