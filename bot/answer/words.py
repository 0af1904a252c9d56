"""How much each question word counts, and whether the question is about something the documents
never mention."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from bot.answer.apart import APART_SAMPLE, apart_form, written_apart
from bot.answer.english import ENGLISH_UNKNOWN_ACTION, typical_weight
from bot.answer.part_kind import part_kind_unwritten
from bot.answer.owner_kind import kind_written_with
from bot.answer.counted_beside import counted_beside
from bot.answer.events_counted import EVENT_MEASURES, events_unwritten
from bot.answer.english.amounts import corpus_measures
from bot.answer.model import WeightedWord
from bot.answer.numbers_written import grouped_written, written_in_numerals, written_in_thousands
from bot.question import QuestionInfo
from bot.question.changes import CHANGE_ASKED_RE, CHANGE_SIZES
from index.english.cedict import common_word, verb_word
from index.english.other_writings import taiwan_terms
from index.fields import heading_term
from index.figures.units import MATCHING_UNITS, measured
from index.normalize import normalize
from index.question_reading import PLACE_ENDS
from index.question_words import COMPARED_YEAR_RE, PEOPLE_MEASURES
from index.runs import HAN_ONLY_RE
from index.search import Index, QueryTerm
from index.tokenizer import ANSWER_TYPE

_ORDINAL_OR_NUMBER_RE = re.compile(r"^(?:第[0-9零〇一二两三四五六七八九十百千]+|\d)")
_NOUN_TAGS = ("n", "eng", "m", "j", "vn", "nz", "x", "phrase")
PROPER_TAGS = ("nr", "ns", "nt", "nz", "nrt", "nrfg")
#: How much the kind of thing asked for counts, against a word of the question's topic.
ANSWER_TYPE_SHARE = 0.3


def _pos(index: Index, word: WeightedWord) -> str:
    """The word's part of speech: given for numbers and Latin words, looked up for Chinese."""
    return word.pos or index.tokenizer.tag(word.variants[0])


def _known(index: Index, word: WeightedWord) -> bool:
    return any(index.doc_freq(v) > 0 or index.doc_freq(heading_term(v)) > 0 for v in word.variants)


def word_weight(index: Index, word: WeightedWord) -> float:
    """How much a question word counts toward relevance.

    A word the corpus has weighs its IDF (rarer weighs more). A word the corpus lacks weighs as
    much as the rarest possible word when it names a thing (a noun, a number, a Latin word) --
    the documents do not talk about it -- and little when it is a verb or an adverb, which
    readers paraphrase freely ("参加" for "在...中"), or a lone character ("管" for 管理).
    """
    known = [index.informativeness(v) for v in word.variants if index.doc_freq(v) > 0] or [
        index.informativeness(heading_term(v)) for v in word.variants if index.doc_freq(heading_term(v)) > 0
    ]
    if word.pos == "eng-v" and not known:  # an English verb the dictionary could not place
        return ENGLISH_UNKNOWN_ACTION * index.informativeness("\x00") * word.weight
    if word.pos == "eng" and word.shares is not None and known:
        # An English word's translations are dictionary guesses: how rare the guessed term is
        # says nothing about how much the word matters ("campaign" → 活动, found in two
        # passages, would outweigh "party members" → 党员). Every understood English word
        # weighs the same: as much as a term found in one passage in twenty.
        return typical_weight(index) * word.weight
    if word.pos == ANSWER_TYPE:
        # the kind of thing asked for (哪座城市): the answer names it otherwise (杭州), and
        # says 城市 only sometimes
        return ANSWER_TYPE_SHARE * max(known or [index.informativeness("\x00")]) * word.weight
    if index.doc_freq(word.variants[0]) > 0:
        return index.informativeness(word.variants[0]) * word.weight
    if known:
        return max(known) * word.weight
    unknown = index.informativeness("\x00")
    head = word.variants[0]
    # not a measure word (百分点, 平方公里): the unit of the figure asked for, which a passage may
    # write otherwise (14.6%), is no thing the documents lack
    pos = _pos(index, word)
    if pos.startswith(("l", "i")) and len(head) >= 4:
        # 量子化学, 今天天气: a set phrase or saying jieba knows as one word, named by its last word
        pos = next((index.tokenizer.tag(v) for v in word.variants[1:] if head.endswith(v) and len(v) >= 2), pos)
    if pos.startswith(PROPER_TAGS) and verb_word(head):
        pos = "v"  # 普及, 拉开序幕: verbs jieba's dictionary tags as names (a place, a person)
    if len(head) > 1 and _names_thing(head, pos) and head not in MATCHING_UNITS:
        return unknown * word.weight
    return 0.2 * unknown * word.weight


_NUMERAL_CHARS = frozenset("零〇一二两三四五六七八九十百千万亿几数多半")


def _names_thing(head: str, pos: str) -> bool:
    """Whether a word of this part of speech names a thing: a noun, a number, an amount (亿元) --
    not a common word jieba calls a numeral for its 一 (一起, 一直: adverbs in the dictionary)."""
    if pos.startswith("m") and common_word(head):
        return all(ch.isdigit() or ch in _NUMERAL_CHARS for ch in head)
    return pos.startswith(_NOUN_TAGS)



def names_something_absent(
    index: Index, text: str, words: Sequence[WeightedWord], info: QuestionInfo,
    rates_otherwise: Set[str] = frozenset(),
) -> bool:
    """True when the question is about something the corpus never mentions.

    A proper name the corpus lacks ("江苏", "广东省"), or, in a count question, the very thing to
    be counted ("多少个国家", "几块金牌", "多少人失踪") -- then no passage can answer it.
    """
    if _rare_place_unwritten(index, words):
        return True  # 蘅州市2024年地区生产总值: a place no document names, which jieba cut 蘅 / 州市
    for word in words:
        if word.pos == "eng-absent":
            return True  # an English question about a thing or name the documents lack
        head = word.variants[0]
        if _place_unwritten(index, word, [w.variants[0] for w in words if w is not word]):
            return True  # 鹤岭县2024年退耕还林面积: a county no document names (its characters are common)
        if _known(index, word) or len(head) < 2 or word.pos == ANSWER_TYPE:
            continue
        if _pos(index, word).startswith(PROPER_TAGS) and not common_word(head) and not _of_common_words(word):
            if apart_form(index, head, [w.variants[0] for w in words if w is not word]) == head:
                continue  # 住客中非本地旅客: jieba's name 中非, which a passage writes as 其中 / 非本地
            return True  # a name the documents never mention
        if (
            _ORDINAL_OR_NUMBER_RE.match(head) and not written_in_thousands(index, head) and not written_in_numerals(index, head)
            and not grouped_written(index, text, head)  # "the 24,600 cadres": 2.46萬名
        ):
            if info.change is not None and any(m.group().endswith(head + "年") for m in COMPARED_YEAR_RE.finditer(normalize(text))):
                continue  # 比2024年多了多少: the year compared with, which texts write 比上年
            return True  # a number or ordinal the documents never mention ("第三批", "2019")
    if info.wants_figure and any(
        _absent_attribute(index, word) and word.variants[0] not in rates_otherwise
        for word in asked_attributes(text, words, info)
    ):
        return True  # the very amount asked for (票价是多少, 毛利率), which the documents never name
    if info.kind == "who" and any(_absent_role(index, word) for word in _words_before(text, words, ASKING_PERSON_RE)):
        return True  # 世界互联网大会的秘书长是谁: the documents name no one as that
    if info.kind == "count":
        counted = info.counted
        if counted is not None and index.doc_freq(counted) == 0 and not info.counts_by_measure:
            subs = [s for w in words if w.variants[0] == counted for s in w.variants[1:]]
            tag = index.tokenizer.tag(counted)
            # a thing; or people counted by what befell them or what they did (多少人失踪): the
            # documents never write that verb. A compound of three characters or more (先进集体)
            # is absent though its parts are written apart from each other (先进个人, 集体经济).
            deed = info.unit in PEOPLE_MEASURES and tag.startswith("v")
            is_thing = tag.startswith(("n", "vn", "j")) or not tag or (deed and not _people_named(index, words, counted))
            # the name of a sum or a volume whose parts the documents write (进出口额: 进出口773.4亿元)
            # is no thing -- a population still is who is counted (总人口)
            is_thing = is_thing and not (counted.endswith(_SUM_ENDINGS) and any(index.doc_freq(s) > 0 for s in subs if len(s) >= 2))
            if is_thing and (len(counted) >= 3 or not any(index.doc_freq(s) > 0 for s in subs)):
                # written apart: the form read_question found already, else a search for it
                found = any(w.written_apart for w in words if w.variants[0] == counted)
                apart = found or written_apart(index, counted, [w.variants[0] for w in words])
                others = [w for w in words if w.variants[0] != counted]
                if not apart and not _head_counted(index, counted) and not counted_beside(index, info.unit, others):
                    return True
        if counted is not None and _absent_kind(index, normalize(text), words, counted):
            return True  # 跌停个股有多少只: the documents count 涨停个股, never that kind
        if info.unit in EVENT_MEASURES and events_unwritten(index, text, words):
            return True  # 幾起住宅火災: the documents count no fires
    if info.kind in ("percent", "count") and part_kind_unwritten(index, normalize(text)):
        return True  # 投诉里夜间投诉占多少, 举报中有多少宗涉及公共屋邨: no document on the whole writes it
    if info.wants_figure and _absent_owner(index, normalize(text), words):
        return True  # 鸡蛋价格上涨了多少: the documents give the prices of other things only
    return False


#: The ends of the names of places (鹤岭县, 溱阳市, 白鹭乡).
def _place_unwritten(index: Index, word: WeightedWord, beside: Sequence[str]) -> bool:
    """Whether a name the dictionary lacks (a name run, "phrase") names a place by its end (鹤岭县)
    and no passage writes it in its text or its headings, however the segmenter cut it -- among
    those holding its characters or the question's other words (``beside``): its characters are
    known one by one, which says nothing."""
    name = word.variants[0]
    if word.pos != "phrase" or len(name) < 3 or name[-1] not in PLACE_ENDS:
        return False
    # (自岭西省: what the segmenter joined before the name is no part of it -- any end of three; and
    # the name without its 市 is the place too: 岚阳全市)
    ends = [name[k:] for k in range(len(name) - 2)]
    return not any(_written(index, form, beside) for end in ends for form in (end, end[:-1]))


def _rare_place_unwritten(index: Index, words: Sequence[WeightedWord]) -> bool:
    """Whether the question names a place by a rare character jieba left alone and a word ending as
    a place's name (蘅 州市: :meth:`~index.question_reading.QuestionReading.rare_place`) that no
    passage writes."""
    for k, (first, second) in enumerate(zip(words, words[1:])):
        if first.pos or second.pos or not index.tokenizer.rare_place(first.variants[0], second.variants[0]):
            continue
        beside = [w.variants[0] for n, w in enumerate(words) if n not in (k, k + 1)]
        name = first.variants[0] + second.variants[0]
        if not any(_written(index, form, beside) for form in (name, name[:-1])):
            return True
    return False


def _written(index: Index, name: str, beside: Sequence[str]) -> bool:
    """Whether a passage's text or headings (a title: 岚阳市充电设施) write ``name``."""
    if index.doc_freq(name) > 0 or apart_form(index, name, beside) is not None:
        return True
    terms = [QueryTerm(heading_term(t)) for t in dict.fromkeys([*name, *beside])]
    return any(name in index.normalized_forms(hit.index)[1] for hit in index.search(terms, APART_SAMPLE))


def _head_counted(index: Index, compound: str) -> bool:
    """Whether the documents count the head of a compound no document writes (規章制度: 制度9927個):
    the compound names a kind of what they count, in the reader's words."""
    return any(
        corpus_measures(index, compound[k:]) for k in range(1, len(compound) - 1) if index.doc_freq(compound[k:]) > 0
    )


def _people_named(index: Index, words: Sequence[WeightedWord], deed: str) -> bool:
    """Whether the question names the people it counts by what they did (领导干部里有多少人参加) with
    a word the documents count people by (4.5萬名縣處級以上領導干部): the text gives their number,
    whatever verb the reader chose."""
    return any(
        corpus_measures(index, w.variants[0]) & PEOPLE_MEASURES
        for w in words if w.variants[0] != deed and not w.pos and len(w.variants[0]) >= 2 and index.doc_freq(w.variants[0]) > 0
    )


def _of_common_words(word: WeightedWord) -> bool:
    """Whether a word jieba tags as a name is made of words the dictionary knows as common ones
    only (新年伊始: 新年, 伊始) -- a set phrase, not a name (江苏省: 江苏 is a name)."""
    parts = word.variants[1:]
    return bool(parts) and all(common_word(part) for part in parts)


def _absent_owner(index: Index, text: str, words: Sequence[WeightedWord]) -> bool:
    """Whether a noun no document holds is written right before a word naming an amount (鸡蛋
    价格, 玉米的产量, 新冠重症, 故宫北院的参观人次): whose amount is asked, which no passage can give.
    The noun itself, not its parts: 医疗点 is no 医疗."""
    for owner, amount in zip(words, words[1:]):
        head, named = owner.variants[0], amount.variants[0]
        if not _names_amount(named) or not (head + named in text or head + "的" + named in text):
            continue
        if (
            len(head) >= 2 and not owner.pos and HAN_ONLY_RE.match(head) is not None
            and index.tokenizer.tag(head).startswith(("n", "vn", "j"))
            and not _known(index, owner) and _known(index, amount)
            and not written_apart(index, head, [w.variants[0] for w in words])  # 派发现金红利: 发现/金
            and not any(written_apart(index, other) for other in taiwan_terms(head))  # 纳米: 奈米
            and not _said_with(index, amount, [w for w in words if w is not owner and w is not amount])
            and not kind_written_with(index, head, named)  # 案件罚款: 個案…罰款
        ):
            return True
    return False


#: How many of the question's other nouns a passage naming the amount must hold for an owner the
#: documents lack to be the reader's word for that very amount.
_WITH_NOUNS = 2
#: ... nouns, and the words jieba tags as quantities or times (第三季, 港元: 违规罚款总额 where a
#: passage writes 第三季…罰款總額為86.4萬港元).
_WITH_TAGS = ("n", "m", "t")


def _said_with(index: Index, amount: WeightedWord, others: Sequence[WeightedWord]) -> bool:
    """Whether one passage names the amount and two of the question's other nouns (輸日鳳梨…農藥
    殘留…合格率 for 鳳梨農藥殘留檢驗合格率): the owner the documents lack (檢驗; the text says 抽驗) is
    the reader's word for what the passage measures, not another thing whose amount no passage
    gives (雞蛋價格: eggs beside no other word of the question)."""
    held = [index.postings(v) for v in amount.variants[:1] if index.doc_freq(v) > 0]
    if not held:
        return False
    passages = set(held[0].tolist())
    counts: dict[int, int] = {}
    for word in others:
        head = word.variants[0]
        if len(head) < 2 or not HAN_ONLY_RE.match(head) or index.doc_freq(head) == 0:
            continue
        if not index.tokenizer.tag(head).startswith(_WITH_TAGS):
            continue
        for passage in passages.intersection(index.postings(head).tolist()):
            counts[passage] = counts.get(passage, 0) + 1
    return any(n >= _WITH_NOUNS for n in counts.values())


#: Endings of the names of a sum or a volume (进出口额, 吞吐量, 产值).
_SUM_ENDINGS = ("额", "量", "值")
#: Endings of words naming an amount beside those :func:`measured` knows (产量, 总额, 人次, 售价).
_AMOUNT_ENDINGS = ("量", "额", "额度", "数", "人次", "价", "产", "率", "规模", "收入", "支出")


def _names_amount(word: str) -> bool:
    return measured(word) is not None or word.endswith(_AMOUNT_ENDINGS)


def _absent_kind(index: Index, text: str, words: Sequence[WeightedWord], counted: str) -> bool:
    """Whether the word written right before the counted one (the kind of it: 跌停 个股) is a word
    of two or more characters that no document holds."""
    heads = [w.variants[0] for w in words]
    at = heads.index(counted) if counted in heads else 0
    if at == 0:
        return False
    kind = words[at - 1]
    head = kind.variants[0]
    return (
        len(head) >= 2 and not kind.pos and head + counted in text and _ASKS_RE.search(head) is None
        and HAN_ONLY_RE.match(head) is not None and not _known(index, kind)
    )


#: A question word inside a word jieba cut (核發幾張: 发几张): no kind of the counted thing.
_ASKS_RE = re.compile("几|多少|哪")


#: What asks the amount right after the word naming it (票价是多少, 人口有多少, 面积约为几).
_ASKING_AMOUNT_RE = re.compile(r"(?:是|为|有|约|约为|大约|达|共|共有)?(?:多少|几)")


def asked_attributes(text: str, words: Sequence[WeightedWord], info: QuestionInfo) -> list[WeightedWord]:
    """The words naming the amount a figure question asks: the one right before 是多少 (票价是多少),
    the one whose change is asked (股價今年上漲了多少), and in a proportion question any rate
    (毛利率 …达到了多少)."""
    before = _words_before(text, words, _ASKING_AMOUNT_RE)
    if info.change is not None:
        changed = [w for w in _words_before(text, words, CHANGE_ASKED_RE, _TIME_BEFORE_CHANGE_RE) if _names_amount(w.variants[0])]
        before = [*before, *changed]
    return [w for w in words if w in before or (info.kind == "percent" and w.variants[0].endswith("率"))]


#: The time a question may name before the verb of the change it asks (股價今年上漲了多少).
_TIME_BEFORE_CHANGE_RE = re.compile(r"(?:今年|去年|全年|上半年|下半年|同比|环比|以来|\d{4}年)+$")


def _words_before(
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


def _absent_role(index: Index, word: WeightedWord) -> bool:
    """A common noun (jieba's n: not a name) of two characters or more naming a role (秘书长) that
    no document holds, nor any part of it -- not a word for anyone of some standing (官员, 负责人:
    documents name such people by their title, 副局长)."""
    head = word.variants[0]
    return (
        len(head) >= 2 and head not in ANY_PERSON and not word.pos and index.tokenizer.tag(head) == "n"
        and not _known(index, word)
    )


#: Words for anyone of some standing, which documents write as the person's title or trade.
ANY_PERSON = frozenset({"官员", "人士", "人物", "人员", "领导", "负责人", "工作人员", "专家", "学者", "代表"})


#: Words asking an amount of whatever the question names (规模是几万人, 员工人数, 产量), or a share
#: of it (所占的份额是多少: 15%的出口木材): the text gives the amount without them.
#: (数目, 数字, 总数, 比例, 比重 ... are question words, dropped before this.)
_ANY_AMOUNT = frozenset({"规模", "数额", "金额", "大小", "份额"})


def _absent_attribute(index: Index, word: WeightedWord) -> bool:
    """A noun naming an amount (票价, 毛利率) that neither the documents nor their words for part of
    it hold."""
    return attribute_word(index, word) and not _known(index, word)


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
