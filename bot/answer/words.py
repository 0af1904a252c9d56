"""How much each question word counts, and whether the question is about something the documents
never mention (the amount or role it asks: :mod:`bot.answer.attributes`)."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from bot.answer.apart import APART_SAMPLE, apart_form, written_apart
from bot.answer.attributes import (
    ASKING_PERSON_RE, absent_attribute, absent_role, asked_attributes, known_word, names_amount, words_before,
)
from bot.answer.english import ENGLISH_UNKNOWN_ACTION, typical_weight
from bot.answer.part_kind import part_kind_unwritten
from bot.answer.fee_unwritten import fee_unwritten
from bot.answer.owner_kind import kind_written_with
from bot.answer.counted_beside import counted_beside
from bot.answer.clause_kind import clause_kind_unwritten, owner_unwritten
from bot.answer.events_counted import EVENT_MEASURES, events_unwritten
from bot.answer.english.amounts import corpus_measures
from bot.answer.model import WeightedWord
from bot.answer.numbers_written import grouped_written, span_year_written, written_in_numerals, written_in_thousands
from bot.question import QuestionInfo
from index.english.cedict import common_word, verb_word
from index.english.other_writings import taiwan_terms
from index.fields import heading_term
from index.figures.units import MATCHING_UNITS
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
        if known_word(index, word) or len(head) < 2 or word.pos == ANSWER_TYPE:
            continue
        if _pos(index, word).startswith(PROPER_TAGS) and not common_word(head) and not _of_common_words(word):
            if apart_form(index, head, [w.variants[0] for w in words if w is not word]) == head:
                continue  # 住客中非本地旅客: jieba's name 中非, which a passage writes as 其中 / 非本地
            return True  # a name the documents never mention
        if (
            _ORDINAL_OR_NUMBER_RE.match(head) and not written_in_thousands(index, head) and not written_in_numerals(index, head)
            and not grouped_written(index, text, head)  # "the 24,600 cadres": 2.46萬名
            and not span_year_written(index, text, head)  # "the 2024-25 season": 25 for 2025
        ):
            if info.change is not None and any(m.group().endswith(head + "年") for m in COMPARED_YEAR_RE.finditer(normalize(text))):
                continue  # 比2024年多了多少: the year compared with, which texts write 比上年
            return True  # a number or ordinal the documents never mention ("第三批", "2019")
    if info.wants_figure and any(
        absent_attribute(index, word) and word.variants[0] not in rates_otherwise
        for word in asked_attributes(text, words, info)
    ):
        return True  # the very amount asked for (票价是多少, 毛利率), which the documents never name
    if info.kind == "who" and any(absent_role(index, word) for word in words_before(text, words, ASKING_PERSON_RE)):
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
        if counted is not None and clause_kind_unwritten(index, normalize(text), words, counted):
            return True  # 被吊销牌照的食肆有多少间: no document writes 牌照
        if counted is not None and owner_unwritten(index, normalize(text), words, counted):
            return True  # 夜校的舞蹈课有多少学员: no document writes 舞蹈
        if info.unit in EVENT_MEASURES and events_unwritten(index, text, words):
            return True  # 幾起住宅火災: the documents count no fires
    if info.kind in ("percent", "count") and part_kind_unwritten(index, normalize(text)):
        return True  # 投诉里夜间投诉占多少, 举报中有多少宗涉及公共屋邨: no document on the whole writes it
    if info.wants_figure and fee_unwritten(index, normalize(text), words):
        return True  # 认领费是多少: no document writes 认领 with 费
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
        if not names_amount(named) or not (head + named in text or head + "的" + named in text):
            continue
        if (
            len(head) >= 2 and not owner.pos and HAN_ONLY_RE.match(head) is not None
            and index.tokenizer.tag(head).startswith(("n", "vn", "j"))
            and not known_word(index, owner) and known_word(index, amount)
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
        and HAN_ONLY_RE.match(head) is not None and not known_word(index, kind)
    )


#: A question word inside a word jieba cut (核發幾張: 发几张): no kind of the counted thing.
_ASKS_RE = re.compile("几|多少|哪")
