"""A figure after 其中 is a part of what the clause before gave (面積約393平方公里，其中陸域面積49平方公里):
it answers a question naming that part (幾多間私營安老院舍: 其中私營院舍583間), not one asking the whole."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.question import QuestionInfo
from index.figures import Figure
from index.figures.units import UNITS, unit_dimension
from index.normalize import aligner_for
from index.question_words import MEASURE_WORDS


#: A part of what the clause before gave (面積約393平方公里，其中陸域面積49平方公里): it answers a
#: question that names the part this much worse than one that does not.
PART = 0.5
_PART_RE = re.compile(r"(?:^|[，,；;、。！？!?])其中([^，,。；;]*)$")  # 。其中: of the sentence before
#: ... or a later clause of the sentence that 其中 opened (其中母公司员工1035人，主要子公司员工11829人):
#: the list of parts goes on.
_LATER_PART_RE = re.compile(r"其中[^。；;！？!?]*[，,、]([^，,。；;！？!?]*)$")
_LATER_PART_REACH = 48
#: A later clause giving a share (，占全市总量的78.6%; ，市府負擔比率為64.9%): the part before it
#: measured again, not another part.
_SHARE_CLAUSE_RE = re.compile(r"^(?:占|佔)|比率|比例|比重|占比|佔比")
#: A part the question names by a word the whole's clause before 其中 lacks (全市現有安老院舍812間，
#: 其中私營院舍583間, for 幾多間私營安老院舍): the part is what is asked, this much over the whole.
PART_ASKED = 3.0
_WHOLE_REACH = 40
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_CLAUSE_END_RE = re.compile(r"[，,、。；;！？!?]")
#: Verbs an amount of money or work follows (其中市级财政安排5.2亿元, 其中中央拨付…, 其中市级财政承担…): the part is who
#: gave it, not a kind of it the question does not name.
_AMOUNT_VERB_RE = re.compile(r"安排|拨付|拨款|下达|投入|筹集|筹措|发放|支出|出资|承担|负担|支付|拿出|完成|实现|达到")
#: A later clause of the sentence 其中 opened that changes or compares what the 其中 clause gave
#: (其中直播带货相关投诉9870件，比上年的5630件增长75.3%): the same part, measured again.
_CHANGE_CLAUSE_RE = re.compile(
    r"(?:同比|环比|按年|比|较|與|与)[^，,。；;]{0,10}?(?:增长|增加|下降|减少|上升|上涨|提高|下跌|回落)|(?:增长|增加|下降|减少|上升|上涨|提高|下跌|回落)"
)
#: The currencies amounts are written in (新臺幣, 港元): no words of a part.
_CURRENCY_RE = re.compile("|".join(sorted((u for u in UNITS if len(u) > 1 and unit_dimension(u) == "money" and "/" not in u), key=len, reverse=True)))
#: Words saying what a part is about (直播带货相关投诉, 医保有关费用): they name no other part.
_RELATED_RE = re.compile("相关|有关|涉及")
#: What a part's words may hold besides the question's: particles, numerals and measure words
#: (其中最大一次為規模5.1 names no part the question lacks).
_PART_FILLER = frozenset("的了是为為有约約达達到共计計一二三四五六七八九十两兩") | MEASURE_WORDS


def part_of(
    text: str, figure: Figure, terms: Iterable[str], quoted: Sequence[Figure] = (), english: bool = False,
    part_asked: bool = False, own_terms: Sequence[str] = (), owners: Sequence[str] = (),
) -> float:
    """:data:`PART` when the figure follows 其中 and words the question does not hold (陸域 for
    台江國家公園面積多大), or does so in a later clause of the sentence 其中 opened, else 1: the
    whole the clause before gave is asked. A date is no part of an amount (其中最著名的是1041年的
    好水川之戰: one of many, not a part of a figure), nor is a part one when the question asks a part
    (``part_asked``: :attr:`QuestionInfo.part`); a part named by a figure the question quotes
    is the one asked (其中3.0级以上余震6次, for 三級以上的餘震). :data:`PART_ASKED` when the part's words
    are all the question's, one of them a word the whole's clause lacks (其中私營院舍583間, for
    幾多間私營安老院舍: 院舍 shortens 安老院舍), or when the part, or what its clause says of it after the
    figure, holds a word of the question the whole's clause lacks (其中市级财政安排2.1亿元 for 市级财政拿出了
    多少; 其中426件因饋線容量不足仍在排隊 for 有多少件還在排隊). 其中 opening a sentence is a part of the
    sentence before. For an English question, whose translations leave words of the part unread
    (自己 of 其中自己創製的方劑有92首, "create himself"), only the last test is made, and with
    ``own_terms``, its verbs' own translations: the part is those of the whole that did or
    underwent the deed asked, when one of them stands in the part or its clause after the figure
    and not in the whole's clause (:data:`PART_ASKED`) -- a noun may name the whole's own kind there
    (院士 of 其中中国科学院院士1人 holds 学院 of "the school"). A part whose words open with one of
    ``owners`` (an English question's own translations, not asking a total), which the whole's
    clause lacks, is not judged unasked (1): 其中县财政安排9200万元 names who gave it, the county
    "the county's own budget" asks of, though the rest of its words (财政) went untranslated."""
    if figure.kind == "date" or part_asked:
        return 1.0  # ("Of the total invested, how much came from ...": a part is what is asked)
    matching = aligner_for(text).normalized
    terms = list(terms)
    part = _PART_RE.search(matching, max(0, figure.start - 16), figure.start)
    later = part is None
    part = part or _LATER_PART_RE.search(matching, max(0, figure.start - _LATER_PART_REACH), figure.start)
    if part is None:
        return 1.0
    rest = part.group(1)
    if later and _CHANGE_CLAUSE_RE.match(rest):  # 其中直播带货相关投诉9870件，比上年的5630件增长75.3%:
        # the part 其中 named, changed -- not another part
        rest = _CLAUSE_END_RE.split(matching[part.start() + 2 : part.start(1)], maxsplit=1)[0]
        later = False
    values = {q.value for q in quoted if q.value is not None}
    if values and any(float(n) in values for n in _NUMBER_RE.findall(rest)):
        return 1.0
    whole = matching[max(0, part.start() - _WHOLE_REACH) : part.start()]
    cut = max(whole.rfind(end) for end in "。；;！？!?")
    if not whole[cut + 1 :].strip("，,、 "):  # 其中 opens its sentence: the whole is the one before
        cut = max(whole.rfind(end, 0, cut) for end in "。；;！？!?")
    whole = whole[cut + 1 :]
    # ... and what the part's clause says of it after the figure (其中426件因饋線容量不足仍在排隊)
    tail = _CLAUSE_END_RE.split(matching[figure.end : figure.end + _WHOLE_REACH], maxsplit=1)[0]
    # ... though not by a word there that the other parts' clauses write too (其中1.38亿港元用于增聘人手，
    # 6,500万港元用于改善行人路设施: 用于 names neither): after its figure, they count as the whole does
    others = whole + "\0" + _other_parts(matching, part.start(), part.start(1), figure.end + len(tail))
    named = not english and (
        _qualified(rest, whole, terms) or _named_apart(rest, whole, terms) or _named_apart(tail, others, terms)
    )
    if english and not later and _named_apart(rest + "\0" + tail, whole, own_terms):
        return PART_ASKED  # 共有7处发射基地，其中5处是新建造 for "how many ... were built from scratch"
    if english and not later and any(rest.startswith(term) and term not in whole for term in owners):
        return 1.0  # 工程总投资1.67亿元，其中县财政安排9200万元 for "the county's own budget"
    for term in sorted(terms, key=len, reverse=True):
        if len(term) > 1:
            rest = rest.replace(term, "")
    rest = _shortened(rest, [term for term in terms if len(term) > 2])  # 院舍 for 安老院舍
    rest = _AMOUNT_VERB_RE.sub("", rest)  # 其中市级财政安排5.2亿元: 安排 names no other part
    rest = _CURRENCY_RE.sub("", rest)  # 其中中央補助新臺幣6,200萬元: 新臺幣 names no other part
    rest = _RELATED_RE.sub("", rest)  # 其中直播带货相关投诉: the complaints about it, no other part
    # a later clause whose words are all the question's (占比21.6% for 佔…的比例): the part before
    # it measured again, not another part
    # ... and a question's word of one character, a piece jieba cut off its word (打製院 as 打制|院),
    # is the question's wherever it stands (其中打製院修繕用款470萬元 for 打製院修繕用了多少萬元)
    asked = set("".join(terms)) if later else {term for term in terms if len(term) == 1}
    if english:  # 其中市级财政1.2亿元: 市级 names a level of government, 级 no measure word after 市
        rest = _LEVEL_RE.sub(lambda m: m.group() if m.group(1) in _NUMERALS else m.group(1) + "\0", rest)
    if _unasked(rest, asked) + rest.count("\0") >= 2:
        # ... as a share is of the part the clause before named (其中，企业拥有的有效发明专利41352件，
        # 占全市总量的78.6%): the part's words, before its figure, are the share's
        if not (later and figure.kind == "percent" and _SHARE_CLAUSE_RE.search(part.group(1))):
            return PART
        before = _CLAUSE_END_RE.split(matching[part.start() + 2 : part.start(1)].rstrip("，,、"))[-1]
        if _unasked(_NUMBER_RE.split(before, maxsplit=1)[0], asked) >= 2:
            return PART
    if named and later and figure.kind != "percent" and _named_apart(part.group(1), whole, terms):
        return PART_ASKED  # 其中中央補助…，縣府自籌7,440萬元 for 縣府自籌多少: a later part, named by the question
    if named and later and figure.kind != "percent" and not part.group(1).strip() and _named_apart(tail, others, terms):
        return PART_ASKED  # ...，6,500万港元用于改善行人路设施 for 用于改善行人路设施的拨款: named after its figure
    return PART_ASKED if named and not later else 1.0


def _other_parts(matching: str, opened: int, start: int, end: int) -> str:
    """The words of the sentence 其中 opened (at ``opened``) outside a part's clause (``start`` to
    ``end``): the other parts, and what their clauses say of them."""
    stop = min((at for mark in "。；;！？!?" if (at := matching.find(mark, end)) >= 0), default=len(matching))
    return matching[opened:start] + "\0" + matching[end:stop]


#: A level named by what it is of (市级, 省级, 县级, 国家级): 级 after a character that is no numeral
#: names the part (其中市级财政1.2亿元), as a word does -- not a measure word (三级).
_LEVEL_RE = re.compile(r"([\u4e00-\u9fff])级")
_NUMERALS = frozenset("〇零一二两兩三四五六七八九十百千万亿几多")


def _unasked(rest: str, asked: set[str]) -> int:
    """How many characters of a part's words are neither the question's nor filler."""
    return sum(1 for ch in rest if "\u4e00" <= ch <= "\u9fff" and ch not in _PART_FILLER and ch not in asked)


def _qualified(rest: str, whole: str, terms: Sequence[str]) -> bool:
    """Whether the part's words are a word of the question the whole's clause lacks, right before
    (a piece of) a question word the whole's clause names (私营院舍, after 全市现有安老院舍812间): the
    part is that kind of the whole."""
    named = [term for term in terms if len(term) > 1 and term in whole]
    for term in terms:
        at = rest.find(term) if len(term) > 1 and term not in whole else -1
        after = rest[at + len(term) : at + len(term) + 2] if at >= 0 else ""
        if len(after) == 2 and any(after in noun for noun in named):
            return True
    return False


def _named_apart(rest: str, whole: str, terms: Sequence[str]) -> bool:
    """Whether the part holds a word of the question the whole's clause lacks (其中市级财政安排2.1亿元,
    after 全年职业技能提升资金支出6.84亿元, for 市级财政拿出了多少资金): the question names that part."""
    return any(len(term) > 1 and term in rest and term not in whole for term in terms)


def _shortened(rest: str, terms: Sequence[str]) -> str:
    """``rest`` without its runs of two characters or more that one of ``terms`` holds (院舍 of
    安老院舍): a part's words may shorten the question's."""
    for size in range(max((len(t) for t in terms), default=0) - 1, 1, -1):
        for start in range(len(rest) - size, -1, -1):
            piece = rest[start : start + size]
            if any(piece in term for term in terms):
                rest = rest[:start] + rest[start + size :]
    return rest


#: The whole a part is counted among (機上254人中228人死亡: 254 were aboard, 228 died): what the
#: sentence reports is the part -- those something befell or who did something -- and an English
#: count ("how many people were killed", whose verb the dictionary may translate otherwise than
#: the text writes it: 结果) is answered by it, this much over the whole.
WHOLE = 0.4
_AMONG_RE = re.compile(r"(?:之|当|當)?中(?:有|约|約|共)?[\d〇零一二三四五六七八九十百千两兩]")


def whole_of_part(text: str, english: bool, figure: Figure) -> float:
    """:data:`WHOLE` for a count written as the whole a part is counted among (254人中228人死亡)
    when the question is English, else 1."""
    if not english or figure.kind != "count":
        return 1.0
    return WHOLE if _AMONG_RE.match(aligner_for(text).normalized, figure.end) else 1.0


#: A count whose next clause counts again in the same measure word (发现…的场地37块，已完成维修29块):
#: the whole, then a part of it. A question opening "Of the pitches found damaged, how many …"
#: (:attr:`QuestionInfo.part`) asks the part, so the whole its opening clause names is answered
#: this much worse -- more than :data:`WHOLE`, as the question's words naming the whole (the opening
#: clause's) all stand by the whole, and the part's verb is often translated otherwise than written.
NAMED_WHOLE = 0.25
_NEXT_CLAUSE_REACH = 12
#: ... and a count whose next clause opens with 其中 is the whole the parts after it are of.
_PARTS_NEXT_RE = re.compile(r"[，,；;]其中")


def whole_named(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`NAMED_WHOLE` for a count followed, in the next clause of its sentence, by another count
    in the same measure word (场地37块，已完成维修29块) or by 其中 (投入资金1.86亿元，其中…), when an
    English question asks a part of what its opening clause names ("Of the pitches found …, how
    many have been repaired?"), else 1."""
    if not (info.english and info.part) or figure.kind != "count" or not figure.unit:
        return 1.0
    norm = aligner_for(text).normalized
    if _PARTS_NEXT_RE.match(norm, figure.end):
        return NAMED_WHOLE  # 累计投入资金1.86亿元，其中县级财政资金8300万元: 其中 says it is the whole
    count = r"\d+(?:\.\d+)?" + re.escape(figure.unit)
    clause = r"[^，,。；;！？!?、]{0,%d}?" % _NEXT_CLAUSE_REACH
    again = re.match(r"[，,]" + clause + count, norm[figure.end : figure.end + _NEXT_CLAUSE_REACH + 16])
    # ... the first of the counts: one after such a count is a part (已完成维修29块，其余8块), not the whole
    part = re.search(count + r"[，,]" + clause + "$", norm[max(0, figure.start - _NEXT_CLAUSE_REACH - 16) : figure.start])
    return NAMED_WHOLE if again and not part else 1.0
