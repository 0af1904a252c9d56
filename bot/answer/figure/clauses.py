"""Where in its sentence a figure stands, beyond how near the question's words are: a part of a
whole given before it (其中…), a start marked 自…起, the amount of a change when a level is asked
(新增21條), a date counted up to (截至6月底), a date whose year the words before it give (同年9月17日),
another length than the one asked (直徑約600公尺 for 多高), a date the question's own verb follows
(2020年9月投產), the level a change reached (由68元提高至80元), a bound written as one when
a bound is asked (均達到99.8%以上).
Each is a factor on the figure's score in :func:`bot.answer.figure.choose`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from bot.answer.figure.fitness import CLAUSE_START_RE, UNCHANGED, YEARLESS
from bot.alike import length_attribute
from bot.answer.figure.newly import newly_done
from bot.question import QuestionInfo
from bot.question.changes import CHANGE_VERBS, REACHED_WRITTEN_RE
from index.figures import Figure, unit_dimension
from index.normalize import aligner_for, normalize
from index.runs import HAN_ONLY_RE

#: 新增 before a count and what it names (新增“小巨人”企業56家).
_NEW_BEFORE_RE = re.compile(r"新增[^，,。；;\d]{0,14}$")
_CHANGE_CHARS = frozenset("增减降涨跌升提扩缩")
#: A change by an amount right before the figure (較上屆增加880家, 減少了3個) -- not to a level (擴大到1萬人).
_BY_CHANGE_RE = re.compile(
    "(?:" + "|".join(v for verbs in CHANGE_VERBS.values() for v in verbs) + ")了?(?:约|近|逾|超过)?$"
)


#: Words before a date without a year that give it one: the year just named (同年9月17日) or the next.
_YEAR_BEFORE_RE = re.compile(r"(?:同年|当年|當年|该年|該年|是年|次年|翌年|隔年|来年|來年)$")


#: A date a text marks as the start of what it states (自2025年1月10日起召回): what "since when"
#: asks, before a range (whose start answers it too: ``fitness.UNTIL_RANGE``). Not 從…開始, which
#: as often starts a clause of its own (從1932年開始和BBC合作，…).
MARKED_START = 4.0


def marked_start(text: str, info: QuestionInfo, figure: Figure, verbs: Sequence[str] = ()) -> float:
    """:data:`MARKED_START` for a date written after 自 (自…起, 自1999年開辦, 自…以來), not as a
    range's start (自…至), when the question asks since when -- not when it asks when something
    was founded or built (哪一年開始興建: the 始建於 date, not 自2009年4月開始 of a restoration):
    a founding happens once, it does not run from a date on."""
    if not info.since or figure.kind != "date" or figure.split or any(verb in FOUNDED for verb in verbs):
        return 1.0
    marked = text[figure.start - 1 : figure.start] == "自" and text[figure.end : figure.end + 1] not in ("至", "到", "－", "-", "~", "～")
    return MARKED_START if marked else 1.0


#: A date a text gives its figures as of, or runs to (截至今年6月底，…; 到2025年): it answers "when"
#: this much worse than a date of what happened, unless the question asks until or as of when.
AS_OF = 0.5
_AS_OF_RE = re.compile(r"(?:截至|截止|截止到|到)(?:今年|去年|本年|当年)?$")
#: ... or the date of a count (據2006年統計, 2010年人口普查): when it was counted, not when
#: anything the question asks of happened.
_COUNTED_WORDS = ("统计", "普查", "调查", "数据", "资料")
_COUNTED_AFTER_RE = re.compile("的?(?:" + "|".join(_COUNTED_WORDS) + ")")


def as_of(text: str, info: QuestionInfo, figure: Figure, terms: Iterable[str]) -> float:
    """:data:`AS_OF` for a date written right after 截至/截止 when no question word is one, or
    right before 统计/普查 (the date of a count) when the question asks of no count."""
    if figure.kind != "date" or info.until or any(term.startswith(("截至", "截止")) for term in terms):
        return 1.0
    if _AS_OF_RE.search(normalize(text[max(0, figure.start - 5) : figure.start])):
        return AS_OF
    counted = _COUNTED_AFTER_RE.match(normalize(text[figure.end : figure.end + 4]))
    return AS_OF if counted and not any(word in term for term in terms for word in _COUNTED_WORDS) else 1.0


def year_given(text: str, info: QuestionInfo, figure: Figure) -> float:
    """Undoes :data:`YEARLESS` for a date whose year the words before it give (同年9月17日)."""
    if figure.kind != "date" or info.date_part is not None or figure.parts[:1] not in ("m", "d"):
        return 1.0
    return 1.0 / YEARLESS if _YEAR_BEFORE_RE.search(text, max(0, figure.start - 2), figure.start) else 1.0


def level_asked(text: str, info: QuestionInfo, figure: Figure, terms: Iterable[str]) -> float:
    """:data:`UNCHANGED` when the question asks a level (共有多少家機構, 總數有多少家) and the count
    is the amount of a change (較上屆增加880家, 新增56家; not 擴大到1萬人, a level) that no question
    word names."""
    if info.change is not None or figure.kind not in ("count", "number"):
        return 1.0
    before = normalize(text[max(0, figure.start - 16) : figure.start])
    # 今年新建冷藏库23座: the stores added, when an English question asks a total or what there is now
    # -- not what was built ("how many did they *build*": 建设, the verb of 新建)
    now = bool(_NOW_ASKED.intersection(terms)) or (info.english and info.now)  # "now": 今, 至今 too
    asks_level = info.total or now
    newly = newly_done(before) if info.english and asks_level else None
    if not (_NEW_BEFORE_RE.search(before) or _BY_CHANGE_RE.search(before) or newly):
        return 1.0
    if any(_CHANGE_CHARS.intersection(term) for term in terms):
        return 1.0
    if newly and any(newly[1] in term or term == newly[0] for term in terms):
        return 1.0  # "how many *new* stores were *built*": what was added is asked
    if info.english and "新" in terms:
        return 1.0  # "how much *new* land did it bring into ...": the adjective (新) asks what was added
    return ADDED_FOR_TOTAL if info.total or now else UNCHANGED


#: The amount added (新增公交专用道25公里) when the question asks what there is now or in all
#: (现在总共有多长, 一共有多少条线路): another quantity altogether -- next to no fit, so the passage
#: giving the level comes first.
ADDED_FOR_TOTAL = 0.01
_NOW_ASKED = frozenset({"现在", "目前", "现有", "如今", "当前"})


#: A length the text names as another than the one asked (多高: 直徑約600公尺, 長約60公里).
OTHER_LENGTH = 0.4


def other_length(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`OTHER_LENGTH` for a length figure whose clause names another length just before it."""
    if info.attribute is None or figure.kind != "count" or unit_dimension(normalize(figure.unit)) != "length":
        return 1.0
    written = length_attribute(normalize(text[max(0, figure.start - 8) : figure.start]))
    return OTHER_LENGTH if written is not None and written != info.attribute else 1.0


#: A date the question's event follows at once (于2018年5月开工、2020年9月投产: 2020年9月 for 何时投产):
#: a date says when of what it stands right before.
EVENT_DATED = 1.5
#: The same for an English question, whose verb ("founded": 创设) weighs half in what stands near a
#: figure (``bot.answer.english.ENGLISH_ACTION``: readers paraphrase verbs) -- where the text
#: writes its translation tied to the date (创设于1747年), the verb was read right and the date is
#: the event's, however many of the question's nouns stand by another date -- after the date too,
#: where the verb closes its clause (1971年该厂关闭，).
ENGLISH_EVENT_DATED = 2.0
#: What may stand between a date and its event (2020年9月正式投产, 5月的开幕).
_BEFORE_EVENT_RE = re.compile(r"(?:的|正式|开始|起|全面|首次|成功|顺利|将|已|才)*")


#: What closes a verb's clause right after it (关闭，, 开放了。, 通车以来，): the event is its subject's own.
_VERB_CLOSES_RE = re.compile(r"(?:以来|以后|之后|后|了|起)?[，,。；;！？!?]")


#: A dynasty named before a reign's year (始建于南宋淳熙六年): the date is the reign's.
DYNASTY_BEFORE_RE = re.compile(r"(?:[南北东西]?[宋汉晋魏周齐梁]|唐|元|明|清|隋|秦|五代|后[唐晋汉周梁])(?:朝|代)?$")


def event_dated(
    text: str, info: QuestionInfo, figure: Figure, verbs: Iterable[str], terms: Sequence[str] = ()
) -> float:
    """:data:`EVENT_DATED` for a date that one of the question's ``verbs`` (two characters or
    more: 投产, 通车) follows at once, or after the question's other ``terms`` (1945年抗日戰爭結束:
    the war's end); :data:`OTHER_EVENT` for a date of the event's other end (1937年中國抗日戰爭爆發
    when the question asks when it ended, a 结束 when it asks when it began)."""
    if figure.kind != "date" or info.kind != "date":
        return 1.0
    if info.date_part is None and figure.parts[:1] in ("m", "d"):
        return 1.0  # a month without its year does not say when (民國111年（2022年）10月發生)
    verbs = alike_verbs(verbs, info)
    matching = aligner_for(text).normalized
    before = DYNASTY_BEFORE_RE.sub("", matching[max(0, figure.start - 8) : figure.start])
    singles = _characters(verbs)
    if any(before.endswith(verb + "于") for verb in (*verbs, *singles)):
        return ENGLISH_EVENT_DATED if info.english else EVENT_DATED  # 创立于1920年, 始建于南宋淳熙六年
    after = matching[figure.end : figure.end + 20]
    after = after[_BEFORE_EVENT_RE.match(after).end() :]
    subject = after
    for _ in range(3):  # 1945年抗日战争结束: the question's own words, then its verb
        named = next((t for t in terms if len(t) >= 2 and subject.startswith(t)), None)
        if named is None:
            break
        subject = subject[len(named) :]
    # ... or after a subject of two characters (1960年球队迁至洛杉矶: the team moved then)
    events = (after, subject, after[2:] if HAN_ONLY_RE.match(after[:2]) and len(after) > 2 else "")
    rests = [event[len(verb) :] for verb in verbs for event in events if event and event.startswith(verb)]
    if rests:
        # an English verb closing its clause (1971年该厂关闭，: "shut down") is the subject's own event,
        # tied to its date as surely as before it with 于; one taking an object (1907年创办瑞丰义塾)
        # may be another thing's founding
        closed = info.english and any(_VERB_CLOSES_RE.match(rest) for rest in rests)
        return ENGLISH_EVENT_DATED if closed else EVENT_DATED
    clause = _CLAUSE_RE.split(after.lstrip("，, "), 1)[0][:12]  # 1950年6月，半岛战争爆发: the clause after it
    other = () if info.until and info.since else STARTED if info.until else ENDED if info.since else ()
    own = ENDED if info.until else STARTED
    if other and any(v in clause for v in other) and not any(v in clause for v in own):
        return OTHER_EVENT
    return 1.0


def alike_verbs(verbs: Iterable[str], info: QuestionInfo) -> list[str]:
    """A Chinese question's event ``verbs`` with the words a text uses for them (:data:`SAID_ALIKE`;
    开始 and 结束 for any start or end)."""
    verbs = list(verbs)
    for group in SAID_ALIKE if not info.english else ():  # 何时创建: 创立于1920年; 何时动工: 开工
        if any(verb in group for verb in verbs):
            verbs += [verb for verb in group if verb not in verbs]
    for generic, kind in (("开始", STARTED), ("结束", ENDED)):  # 哪天开始的: 于9月20日启动
        if not info.english and generic in verbs:
            verbs += [verb for verb in kind if verb not in verbs]
    return verbs


def _characters(verbs: Sequence[str]) -> list[str]:
    """The characters of the two-character verbs, each of which a text may write alone before 于
    for the verb (铸造: 鐵鐘鑄於北宋元祐五年; 烧毁: 戲樓毀於火災)."""
    return [character for verb in verbs if len(verb) == 2 for character in verb]


def dated_at(text: str, figure: Figure, verbs: Sequence[str]) -> bool:
    """Whether one of ``verbs`` follows the date at once (至乾隆五十二年（1787年）竣工, 2020年9月正式投产)
    or stands right before it with 于 (始建于唐开元十二年（724年）)."""
    matching = aligner_for(text).normalized
    before = DYNASTY_BEFORE_RE.sub("", matching[max(0, figure.start - 8) : figure.start])
    singles = _characters(verbs)
    if any(before.endswith(verb + "于") for verb in (*verbs, *singles)):
        return True
    after = matching[figure.end : figure.end + 20]
    after = after[_BEFORE_EVENT_RE.match(after).end() :]
    if any(after.startswith(verb) for verb in verbs):
        return True
    # ... or one character of it with 于 in the clause after (1790年）冬，戲樓毀於火災 for 烧毁)
    clause = re.split(r"[。；;！？!?]", after, maxsplit=1)[0][:10]
    return any(character + "于" in clause for character in singles)


#: A date of the other end of what a question asks the start or the end of: it says when the
#: event began (or ended), not what is asked.
OTHER_EVENT = 0.5
#: Verbs of founding, one of which says what another asks (何时创建: 创立于1920年, 始建于…).
FOUNDED = ("成立", "建立", "创立", "创建", "创办", "创设", "设立", "始建", "兴建", "建校")
STARTED = ("爆发", "开始", *FOUNDED, "开幕", "开工", "动工", "开战", "开通", "启动", "开播", "首播")
#: Words a text uses for one another in dating an event: a founding (创建 for 成立), ground broken
#: (开工 for 动工), a building finished (竣工 for 完工). A question's word the text lacks is said
#: where it writes another of its group.
SAID_ALIKE = (FOUNDED, ("开工", "动工", "开建"), ("竣工", "完工"))
ENDED = ("结束", "终止", "停止", "闭幕", "落幕", "告终", "竣工", "完工", "解散", "灭亡", "投降", "停播", "停刊", "关闭", "废除", "撤销")
_CLAUSE_RE = re.compile(r"[，,。；;：:！？!?、]|\d")


#: The level a change reached, when the question asks it (提高到多少: 由68元提高至80元 → 80元,
#: not 另每餐加發10元, whatever words stand nearer to that).
REACHED = 1.5


def reached(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`REACHED` for a figure written right after a change's verb and 到/至/为 when the
    question asks the level a change reached."""
    if not info.reached:
        return 1.0
    before = aligner_for(text).normalized[max(0, figure.start - 6) : figure.start]
    return REACHED if REACHED_WRITTEN_RE.search(before) else 1.0


#: A figure written as a bound (99.8%以上, 超過3000人; 不到5成, 3000人以下) when the question asks
#: that bound (都在多少以上, 下限是多少): it answers before figures written as they are.
BOUND = 4.0  # as much as a figure twice as near the question's words, twice over
_BOUND_AFTER = {"lower": ("以上", "之上", "多"), "upper": ("以下", "之下", "以内", "以內")}
_BOUND_BEFORE = {
    "lower": re.compile(r"(?:超过|超過|逾|不低于|不低於|不少于|不少於|至少|高于|高於)$"),
    "upper": re.compile(r"(?:不到|不足|不超过|不超過|未满|未滿|至多|低于|低於)$"),
}


#: A bound that marks out a class of things (展览面积超过10万平方米的大型展会, 3000人以上的企业): the
#: criterion of what is counted, not an amount measured -- when the question asks no bound (a share
#: so written is of what follows: 超過10%的紙板).
CLASS_BOUND = 0.3
_OF_CLASS_RE = re.compile(r"(?:以上|之上|以下|之下|以内|以內)?的")


def bound(text: str, info: QuestionInfo, figure: Figure) -> float:
    """:data:`BOUND` for a figure written as the bound the question asks; :data:`CLASS_BOUND` for
    one bounding a class (超过10万平方米的展会) when the question asks none."""
    after = text[figure.end : figure.end + 2]
    before = text[max(0, figure.start - 4) : figure.start]
    if info.bound is None:
        if figure.kind == "percent":
            return 1.0  # 超過10%的紙板: a share of what follows, not a class
        bounded = after.startswith(_BOUND_AFTER["lower"] + _BOUND_AFTER["upper"]) or any(
            pattern.search(before) for pattern in _BOUND_BEFORE.values()
        )
        return CLASS_BOUND if bounded and _OF_CLASS_RE.match(text, figure.end) else 1.0
    written = after.startswith(_BOUND_AFTER[info.bound]) or _BOUND_BEFORE[info.bound].search(before) is not None
    return BOUND if written else 1.0


_SENTENCE_BREAK_RE = re.compile(r"[。！？!?；;\n]")


#: A figure a sentence gives as a plan or a target (今年将…改造老旧小区80个, 计划新增, 力争达到):
#: what is to be done answers no question about what was done last year (去年改造了多少个), nor one
#: that asks no plan at all (森林覆盖率现在是多少: the 63.18% reached, not the 63.4% 力争达到).
PLANNED = 0.5
PAST_ASKED = frozenset({"去年", "上年", "上一年", "过去一年"})
_PLAN_RE = re.compile(r"将|计划|预计|力争|目标|拟|争取|明年|今年要")
#: ... without a bare 将, which is also 把 (将其列为), only 将 right before a verb of change (将提高到
#: 45%: what will be): the plan words a question asking none is weighed by, and those by which a
#: question asks a plan (预计, 今年, 未来, 能否, 宗旨).
PLAN_SAID_RE = re.compile(
    r"计划|预计|预测|预估|力争|目标|拟|争取|明年|今年要|可望|有望|预期|规划|预定"
    r"|将(?:提高|提升|达到|增加|增至|超过|突破|扩大|降低|下降|减少|新增)"
    # ... or before an adverb of going on (将再投入, 将进一步扩大): 把 is never so followed
    r"|将(?:再|进一步|继续|陆续|持续|逐步)"
)
#: (宗旨, an aim: what is aimed at is a plan's figure, as 目标 is)
_PLAN_ASKED_RE = re.compile(PLAN_SAID_RE.pattern + r"|今年|未来|打算|能否|能不能|下一|下半年|下个|宗旨")
#: ... and the one-character words of the future, asked as words of their own (not the 会 of 社会).
_FUTURE_WORDS = frozenset({"将", "会", "要", "将要", "将会"})


def planned(text: str, figure: Figure, terms: Iterable[str], plan: bool | None = None) -> float:
    """:data:`PLANNED` when the figure's sentence, before it, says it is a plan or a target and
    the question asks about last year (去年), or -- for a figure that is not a date (将于3月1日举办
    is when it is held) -- asks no plan or future at all; else 1. ``plan``: whether a wholly
    English question asks a plan, by its own words (:attr:`QuestionInfo.plan`): its terms are
    translations, and "programme" translated 计划 asks none."""
    terms = list(terms)
    past = bool(PAST_ASKED.intersection(terms))
    asks_plan = plan if plan is not None else (
        _PLAN_ASKED_RE.search("".join(terms)) is not None or not _FUTURE_WORDS.isdisjoint(terms)
    )
    if not past and (figure.kind in ("date", "time") or asks_plan):
        return 1.0
    starts = [m.end() for m in _SENTENCE_BREAK_RE.finditer(text, 0, figure.start)]
    before = normalize(text[starts[-1] if starts else 0 : figure.start])
    return PLANNED if PLAN_SAID_RE.search(before) or (past and _PLAN_RE.search(before)) else 1.0


#: A figure written as what a change is measured from (比去年的109.8万亩增加2.7万亩): last year's,
#: the answer to a question about last year and no answer to one about now.
COMPARED_BASE = 2.0
_BASE_BEFORE_RE = re.compile(r"(?:比|较)(?:去年|上年|前一年|上一年)(?:同期)?的?$")


def compared_base(text: str, figure: Figure, terms: Iterable[str]) -> float:
    """:data:`COMPARED_BASE` for a figure written right after 比去年的 when the question asks
    about last year (去年…是多少), its inverse when it does not; 1 for any other figure."""
    before = aligner_for(text).normalized[max(0, figure.start - 8) : figure.start]
    if _BASE_BEFORE_RE.search(before) is None:
        return 1.0
    return COMPARED_BASE if PAST_ASKED.intersection(terms) else 1.0 / COMPARED_BASE


#: What a change is measured against: the same period a year before (同比, 按年, 比去年同期) or the
#: period just before (环比, 按月, 按季, 比上月). Reports give both for one figure, in clauses side
#: by side (10月二手房成交5319套，环比增长8.6%，同比增长16.2%): a question naming one base is not
#: answered by the change against the other.
_YEAR_BASE_RE = re.compile(r"同比|按年|[去上]年同期|(?:比|较)(?:去年|上年|上一年|前一年)")
_PERIOD_BASE_RE = re.compile(r"环比|按月|按季|(?:比|较)上(?:个)?(?:月|季度?|周)")
#: How a change against the other base than the question's fits.
OTHER_BASE = 0.3


def _base(text: str) -> str | None:
    """``"year"`` or ``"period"``: the one base ``text`` writes; None for neither or both."""
    year = _YEAR_BASE_RE.search(text) is not None
    if year == (_PERIOD_BASE_RE.search(text) is not None):
        return None
    return "year" if year else "period"


def base_compared(text: str, figure: Figure, asked: str | None) -> float:
    """:data:`OTHER_BASE` when the question (``asked``: its normalised words, None for English)
    names one base of a change (比去年同期增长多少, 环比) and the figure's clause, before it, the
    other (环比增长8.6% for 同比) -- or a year named, where the text writes 同比 for the year before
    (较2019年同期增长18.2%); 1 otherwise."""
    if not asked or figure.kind not in ("percent", "count", "number"):
        return 1.0
    wanted = _base(asked)
    if wanted is None:
        return 1.0
    normalized = aligner_for(text).normalized
    starts = [m.end() for m in CLAUSE_START_RE.finditer(normalized, 0, figure.start)]
    clause = normalized[starts[-1] if starts else 0 : figure.start]
    written = _base(clause)
    if written is None and wanted == "year" and _FIXED_YEAR_BASE_RE.search(clause) and "同比" in normalized:
        return OTHER_BASE  # 较2019年同期增长18.2%, where the text writes 同比 for the year before
    return OTHER_BASE if written is not None and written != wanted else 1.0


#: A change against the same period of a year named (较2019年同期): a base of its own.
_FIXED_YEAR_BASE_RE = re.compile(r"(?:比|较)\d{4}年同期")
