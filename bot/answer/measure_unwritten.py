"""A count asked in a measure word of things that its document never counts in (一共种了多少种蔬菜,
每年卖出多少支毛笔): the document speaks of the thing (收获蔬菜1,240吨; 毛笔博物馆) but gives no
figure counted so, and the figure found near the question's words counts something else in
another measure word (划出菜畦3.2万块, 展出文物412件) -- the documents do not answer.

Readers often name another measure word than the text's for the same things: one of the same
class (a Hong Kong reader's 幾多架小巴 for 車輛512輛; 幾多宗 for 1862件; 幾家 for 41間), or
the text's all-purpose 个 (106個示范點 for 多少处) -- where its clause writes the thing counted
(设置临床科室42个 counts no CT设备 of 几台CT设备, though the document counts other things in
台). Those, a figure whose clause names the counted thing or the asked measure word (病床1486床,
12個議席), and one beside a noun whose head CC-CEDICT glosses as the counted thing (几首歌:
5张单曲, 曲 "tune; song") still answer."""

from __future__ import annotations

import re

from bot.answer.evidence import Evidence
from bot.answer.figure.kind_of import head_glossed_as
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_text
from bot.question import QuestionInfo
from bot.question.units import normal_unit, unit_matches
from index.figures import Figure, passage_figures
from index.figures.units import unit_dimension
from index.normalize import normalize
from index.question_words import PERSON_ONLY_MEASURES

#: Question words asking something else than a number (哪, 谁, 什么, 何 -- not 任何, "any").
OTHER_ASKING_RE = re.compile(r"哪|谁|什么|(?<!任)何")

#: Measure words of one class, which stand for one another (a closed class of the grammar): of
#: kinds (多少种 → 12类); of vehicles and machines (Cantonese 架, 部 for standard 辆, 台); of
#: cases and incidents (宗, 件, 起); of shops and institutions (家, 间, 所); of bound things (本, 册).
_CLASSES = (
    frozenset({"种", "类", "项", "款", "样"}),
    frozenset({"辆", "架", "台", "部"}),
    frozenset({"宗", "件", "起"}),
    frozenset({"家", "间", "所"}),
    frozenset({"本", "册"}),
)
#: The class of cases and incidents: 起 counts events, yet stands for 宗 and 件 (多少起事故).
_CASES = _CLASSES[2]
#: Measure words of people only (not 人 or 户, also nouns): a count of them in 个 counts things.
_PEOPLE = PERSON_ONLY_MEASURES
#: The measure word of anything (多少个; 106個示范點): readers and writers use it for whatever is counted.
_ANY = "个"
#: A clause's bounds.
_CLAUSE_END_RE = re.compile(r"[，,。；;：:！!？?]")
#: The noun a question writes right after its measure word (多少种蔬菜 → 蔬菜).
_NOUN_AFTER = 2
#: The whole noun a question writes after its measure word, to its end or a verb of being (修补项目).
_WHOLE_AFTER_RE = re.compile(r"[\u4e00-\u9fff]{2,8}?(?=[是有为在呢吗]|[？?，,。]|$)")
#: How much text beside a figure is read for the noun it counts.
_BESIDE = 6


def asks_specific_measure(info: QuestionInfo) -> bool:
    """Whether a Chinese count question names a measure word of things other than 个 (多少种, 几支)."""
    unit = info.unit
    return (
        info.kind == "count" and unit is not None and not info.english and unit != _ANY
        and (unit_dimension(unit) == "things" or unit in _CASES)
    )


def _people_asked(info: QuestionInfo) -> bool:
    """Whether a Chinese count question counts people by a measure word of people (多少名, 几位)."""
    return info.kind == "count" and not info.english and info.unit in _PEOPLE


def counted_in(unit: str, figure_unit: str) -> bool:
    """Whether a figure's measure word is the asked one or one of its class."""
    theirs = normal_unit(figure_unit)
    return unit_matches(unit, figure_unit) or any(unit in members and theirs in members for members in _CLASSES)


def measure_unwritten(unit: str, texts: list[str]) -> bool:
    """Whether no figure of a document's ``texts`` is counted in ``unit`` (:func:`counted_in`; a
    count in 个 answers only where it stands beside the question's words)."""
    return not any(
        figure.unit and counted_in(unit, figure.unit) for text in texts for figure in passage_figures(text)
    )


def _clause(text: str, figure: Figure) -> str:
    starts = [m.end() for m in _CLAUSE_END_RE.finditer(text, 0, figure.start)]
    stop = _CLAUSE_END_RE.search(text, figure.end)
    return normalize(text[starts[-1] if starts else 0 : stop.start() if stop else len(text)])


def _counted_nouns(reading: Reading, question: str, info: QuestionInfo) -> list[str]:
    """What the question counts: its counted noun(s), and the two characters after its measure
    word. Where the noun written after the measure word ends in another noun (jieba n*, two or
    more characters), that last noun is its head and what comes before it only qualifies it
    (多少件遊客受傷事故 counts 事故, not 遊客): the head stands for the counted thing instead."""
    nouns = [noun for noun in (info.counted, *info.counted_phrase) if noun]
    at = question.find(info.unit or "\x00", max(question.find("多少"), question.find("几"), 0))
    after = question[at + 1 : at + 1 + _NOUN_AFTER] if at >= 0 else ""
    if len(after) == _NOUN_AFTER and all("\u4e00" <= ch <= "\u9fff" for ch in after):
        whole = _WHOLE_AFTER_RE.match(question, at + 1)
        tokenizer = reading.index.tokenizer
        words = tokenizer.words(whole.group(0)) if whole else []
        heads = [w for w in words if len(w) >= _NOUN_AFTER and (tokenizer.tag(w) or "").startswith("n")]
        head = normalize(heads[-1]) if heads else ""
        if whole and head and not normalize(whole.group(0)).startswith(head):
            qualifiers = normalize(whole.group(0))[: normalize(whole.group(0)).rfind(head)]
            return [*(noun for noun in nouns if normalize(noun) not in qualifiers), head]
        nouns.append(after)
    return nouns


def _heads_beside(reading: Reading, text: str, figure: Figure) -> list[str]:
    """The last characters of the words written right before and right after the figure (菜畦 of
    菜畦3.2万块, 单曲 of 5张单曲): the heads of the nouns that may name what it counts."""
    before = reading.index.tokenizer.words(text[max(0, figure.start - _BESIDE) : figure.start])
    after = reading.index.tokenizer.words(text[figure.end : figure.end + _BESIDE])
    words = [*before[-1:], *after[:1]]
    return [word[-1] for word in words if word and "\u4e00" <= word[-1] <= "\u9fff"]


def measure_not_counted(reading: Reading, query: Query, best: Evidence, figure: Figure | None) -> bool:
    """Whether a question asking only how many (no 哪, 谁, 什么 beside it), in a measure word of
    things other than 个 (多少种蔬菜, 几支毛笔), is answered by a figure counted in another class
    of measure word whose clause names neither the counted thing nor the asked measure word, and
    the whole document of the best passage counts nothing in the asked one: nothing, as when the
    passage holds no count at all. A figure in 个 whose clause does not write the thing counted
    whole gets nothing whatever the document counts elsewhere: 个 counts anything, and the
    document's counts in the asked measure word are of other things or in other passages. Read
    only for such questions: one document's passages."""
    info = query.info
    if query.translations or figure is None or not figure.unit:
        return False
    if _persons_qualify(reading, info, window_text(reading, best), figure):
        return True  # 劳动者有多少人: 户外劳动者服务驿站…586个 counts the stations
    if not asks_specific_measure(info) and not (_people_asked(info) and normal_unit(figure.unit) == _ANY):
        return False  # (多少名乡村医生: 医疗卫生机构5.86万个 counts no person -- read as 个 below)
    unit = info.unit or ""
    question = normalize(query.text)
    if counted_in(unit, figure.unit) or OTHER_ASKING_RE.search(question):
        return False
    text = window_text(reading, best)
    clause = _clause(text, figure)
    nouns = _counted_nouns(reading, question, info)
    if normal_unit(figure.unit) == _ANY:  # 个 counts anything: only what its clause names whole
        whole = _WHOLE_AFTER_RE.match(question, question.find(unit, max(question.find("多少"), question.find("几"), 0)) + 1)
        if whole is None:
            return False
        nouns = [whole.group(0)]  # 多少种修补项目: 修补点37个 counts no 修补项目
    if unit in clause or any(noun in clause for noun in nouns):
        return False  # 病床1486床, 12個議席: it counts the thing asked, whatever its measure word
    # (the thing itself, without the measure word jieba may have joined to it: 首歌 → 歌)
    things = {noun.removeprefix(unit) for noun in nouns if noun.removeprefix(unit)}
    if any(head_glossed_as(head, thing) for head in _heads_beside(reading, text, figure) for thing in things):
        return False  # 几首歌: 5张单曲, singles -- 曲 "tune; song", a kind of song
    if normal_unit(figure.unit) == _ANY:
        return True  # 健身站点5630个 counts no 健身俱乐部, whatever the document counts in 家 elsewhere
    passages = reading.index.document_passages(reading.place(best.id)[0])
    return measure_unwritten(unit, [reading.text(p) for p in passages])


def _persons_qualify(reading: Reading, info: QuestionInfo, text: str, figure: Figure) -> bool:
    """Whether a Chinese count of people in 人 (劳动者有多少人) is answered by a figure in 个 whose
    clause writes the counted noun only right before another noun or verbal noun (户外劳动者服务驿站
    由143个增至586个): the noun qualifies that thing, and 个 counts the thing, not the people."""
    if info.kind != "count" or info.english or info.unit != "人" or not info.counted:
        return False
    if normal_unit(figure.unit) != _ANY:
        return False
    counted = normalize(info.counted)
    clause = _clause(text, figure)
    if counted not in clause:
        return False
    tokenizer = reading.index.tokenizer
    words = tokenizer.words(clause)
    tags = [tokenizer.tag(word) or "" for word in words]
    at = [k for k, word in enumerate(words) if word == counted]
    return bool(at) and all(_qualifies(words, tags, k + 1) for k in at)


def _qualifies(words: list[str], tags: list[str], k: int) -> bool:
    """Whether the words from ``k`` on go on a noun phrase: a noun or verbal noun (服务驿站), or a
    verb of two characters or more right before a noun (休息驿站)."""
    def noun(j: int) -> bool:
        return j < len(words) and len(words[j]) >= 2 and tags[j].startswith(("n", "vn"))
    return noun(k) or (k < len(words) and len(words[k]) >= 2 and tags[k] == "v" and noun(k + 1))
