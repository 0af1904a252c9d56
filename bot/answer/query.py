"""Reading a question: its words, how much each counts, and the search terms they become."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.alike import deed_forms
from bot.answer.cantonese import cantonese_written
from bot.answer.english import SEPARATOR, english_words
from bot.answer.english.figures import chinese_amount_asked, without_decades
from bot.answer.english.scale_asides import asked_scale
from bot.answer.english.denominator import hyphened_measure, per_denominator
from bot.answer.english.number_words import spelled_numbers
from bot.answer.english.halves import phrases_half
from bot.answer.english.names import without_possessive
from bot.answer.english.numbered import ordinal_asked
from bot.answer.english.after import after_terms
from bot.answer.english.lengths import length_asked
from bot.answer.english.durations import untimed_count
from bot.answer.english.period import start_asked
from bot.answer.english.dated import question_verbs
from bot.answer.english.rates import asked_period
from bot.answer.english.how_much import asks_amount
from bot.answer.english.present import present_words
from bot.answer.english.relative_years import relative_years_asked
from bot.answer.figure.most import most_asked
from bot.answer.instances import Numbered, numbered_by_name, numbered_names
from bot.answer.model import Translation, WeightedWord
from bot.answer.small_talk import is_small_talk, without_courtesy
from bot.answer.unwritten import with_expansions, with_homophones
from bot.answer.apart import apart_form, with_apart_forms
from bot.answer.attributes import rate_written_otherwise
from bot.answer.words import PROPER_TAGS, names_something_absent, word_weight
from bot.question.changes import CHANGE_SIZES
from bot.question.measure_number import measure_numbered
from bot.question import (
    BOUND_WORDS, QuestionInfo, analyse, names_range_half, with_english, without_unit,
)
from bot.answer.currencies import currencies_written
from bot.answer.deed_amount import deed_amount
from bot.answer.name_across import name_across
from bot.answer.names_cut import name_carried_on
from bot.answer.verb_joined import verb_before_yu
from bot.answer.periods import periods_written
from bot.answer.question_text import chinese_magnitudes, plain_question, quoted_phrases
from index.fields import heading_term
from index.normalize import normalize
from index.search import Index, QueryTerm
from index.question_words import PREVIOUS_YEAR, TEXT_MEASURES, TEXT_WORDS, WRITER_WORDS, WRITING, written_otherwise
from index.tokenizer import ANSWER_TYPE

#: In a question asking a date, words for its start or end and the event's own verb: they count
#: only where a passage writes them (the answer often writes them as a range, 2023年4月至2024年1月).
#: Besides these, every word that alone says a start or an end (结束, 收尾, 启动:
#: :func:`bot.question.names_range_half`).
DATE_ROLE_WORDS = frozenset({"开始", "起", "开端", "持续", "进行", "开展", "举行", "举办"})
#: ... and they are searched at this share of their weight: a passage writing 一开始 without
#: a date answers 几月份开始的 no better for it.
FRAMING_WEIGHT = 0.5
#: How much a question word found in a heading (document title, section) counts for the
#: passages under it, relative to the word in the passage's own text.
HEADING_WEIGHT = 1.0
#: The words of 星期几, 礼拜几, 周几 (as jieba cuts them), which ask for a day of the week.
WEEK_WORDS = frozenset({"星期", "礼拜", "周", "周几", "星期几", "礼拜几"})
_MODEL_RE = re.compile(r"[a-z].*\d|\d.*[a-z]")  # letters and digits in one token


@dataclass(frozen=True)
class Matcher:
    """How to tell whether a text holds a question word: its variants, best first, each with its
    share and whether it may be looked for as written; a name's parts apart."""

    name: str | None
    parts: tuple[str, ...]
    variants: tuple[tuple[str, float, bool], ...]


def matcher(word: WeightedWord) -> Matcher:
    if word.pos == "phrase":
        return Matcher(word.variants[0], word.variants[1:], ())
    top = word.share(0) or 1.0
    variants = sorted(
        ((v, min(1.0, word.share(n) / top), _as_written(v)) for n, v in enumerate(word.variants)),
        key=lambda item: -item[1],
    )
    return Matcher(None, (), tuple(variants))


def _shares(variants: tuple[str, ...], pos: str) -> tuple[float, ...] | None:
    """How much each variant of a question word stands for it: all of a name run's; all of the
    forms news writes the word in otherwise (首批 for 第一批, 同比 for 去年同期: the same thing
    said another way), half of its sub-words (the default, None)."""
    if pos == "phrase":
        return (1.0,) * len(variants)
    otherwise = written_otherwise(variants[0])
    if not otherwise or variants[1 : 1 + len(otherwise)] != otherwise:
        return None
    return (1.0,) * (1 + len(otherwise)) + (0.5,) * (len(variants) - 1 - len(otherwise))


def _as_written(variant: str) -> bool:
    """Whether a variant may be looked for as a substring (not a lone character or a Latin word)."""
    return len(variant) >= 2 and not variant.isascii()


@dataclass(frozen=True)
class Query:
    """A question read for its words.

    ``words`` are its content words (each a group of search variants), ``weights`` how much
    each counts toward relevance, ``terms`` the weighted search terms of every variant in both
    fields (passage text and headings), ``absent`` whether it names something the documents
    never mention.
    """

    question: str
    text: str
    info: QuestionInfo
    words: tuple[WeightedWord, ...]
    weights: tuple[float, ...]
    terms: tuple[QueryTerm, ...]
    translations: tuple[Translation, ...]
    absent: bool
    matchers: tuple[Matcher, ...]  # how to tell whether a text holds each word
    english_sure: float = 1.0  # how surely its English words were understood (english)
    phrases: tuple[str, ...] = ()  # what it quotes, in matching form: the documents must hold it
    numbered: tuple[Numbered, ...] = ()  # the numbered things it names (第一届博览会)
    named: tuple[tuple[str, str, str], ...] = ()  # the things it names by a number (嫦娥六号)
    optional: tuple[bool, ...] = ()  # per word: counts only where found (a date's 开始, 为止)

    @property
    def total_weight(self) -> float:
        """The weight every text is measured against: of the words that are not optional."""
        if not self.optional:
            return sum(self.weights)
        return sum(w for w, optional in zip(self.weights, self.optional) if not optional)

    def share(self, found: Sequence[float]) -> float:
        """Share of the question a text holds (``found``: how much of each word, 0..1); an
        optional word found adds to what is held and to what is measured against."""
        held = total = 0.0
        for weight, optional, share in zip(self.weights, self.optional or (False,) * len(self.weights), found):
            held += weight * share
            total += weight * share if optional else weight
        return held / total if total > 0 else 0.0


def read_question(index: Index, question: str) -> Query:
    """The question's kind, words, weights and search terms, as :class:`Query`."""
    text = plain_question(question)
    text = "" if is_small_talk(text) else without_courtesy(text)  # hello, ok, /start, 1+1: nothing to search for
    text = currencies_written(text, lambda term: index.doc_freq(term) > 0)  # 多少 HK$: 多少港元
    text = periods_written(text, lambda term: index.doc_freq(term) > 0)  # Q3营收: 第三季度营收
    text = cantonese_written(text)  # 跌咗幾多: 跌了多少
    # what is searched and quoted (the English reading reads ``text``): a decade as written
    figures = chinese_magnitudes(without_decades(index, text))
    tokenizer = index.tokenizer
    info = analyse(
        figures, tokenizer.counted_word(figures), tokenizer.counted_phrase(figures), tokenizer.counted_deed(figures)
    )
    info = deed_amount(normalize(figures), info, tokenizer.words, tokenizer.tag)  # 多少学童领了补助: a count
    info = measure_numbered(info, normalize(figures), tokenizer.words)  # 申请件数: counted in 件
    unit = info.unit
    if unit and len(unit) == 1 and not info.counts_by_measure and tokenizer.unit_begins_word(figures, unit):
        info = without_unit(info, figures)  # 多少回购股份: 回 is no measure word here
    translations: tuple[Translation, ...] = ()
    words = [WeightedWord(w.variants, w.pos, shares=_shares(w.variants, w.pos)) for w in index.tokenizer.query_words(figures)]
    words = name_carried_on(index, [piece for w in words for piece in _name_written_first(index, w)], _shares)
    words = name_across(index, normalize(figures), words, _shares)  # 磡澳网上: 磡 / 澳 / 网上, not 澳网 (the Australian Open)
    words = verb_before_yu(index, normalize(figures), words, _shares)  # 碑刻於哪年: 碑 / 刻於
    words = [
        with_expansions(index, _with_deed_forms(index, with_homophones(index, _named_whole(index, without_possessive(index, w)))))
        for w in words
    ]
    words = with_apart_forms(index, words)
    if info.counts_by_measure:  # 多少席次: the kind of amount asked, which the text writes as 51席
        words = [replace(w, pos=ANSWER_TYPE) if w.variants[0] == info.counted and not w.pos else w for w in words]
    if info.bound is not None:  # 下限是多少: the bound is what is asked, not a word to find
        words = [w for w in words if w.variants[0] not in BOUND_WORDS[info.bound]]
    if info.date_part == "w":  # 星期几, 礼拜几: the week is what is asked, not a word to find
        words = [w for w in words if w.variants[0] not in WEEK_WORDS]
    if info.kind == "who":
        words = _writer_asked(index, normalize(text), words)
    rates_otherwise: frozenset[str] = frozenset()
    if info.kind == "percent":  # 好评率 for 評價為“好”的佔: the rate asked, written otherwise
        heads = [w.variants[0] for w in words]
        rates_otherwise = frozenset(h for w, h in zip(words, heads) if not w.pos and rate_written_otherwise(index, h, heads))
        words = [replace(w, pos=ANSWER_TYPE) if w.variants[0] in rates_otherwise else w for w in words]
    # Only English content words need the dictionary ("how many 共富工坊?" has none).
    english = english_words(index, text) if any(w.pos == "eng" for w in words) else None
    # a model or code name (POWER6, A380) is a name: one the documents never write is absent
    unknown_model = any(
        w.pos == "eng" and _MODEL_RE.search(w.variants[0]) and index.doc_freq(w.variants[0]) == 0 for w in words
    )
    if english is not None:
        # English words are replaced by their dictionary translations (or kept as unmatched).
        # (a Latin word the documents write, unless its translation already searches it)
        kept = [w for w in words if w.pos != "eng" or index.doc_freq(w.variants[0]) > 0]
        words = [w for w in kept if w.pos != "eng" or w.variants[0] not in english.latin]
        words.extend(english.words)
        translations = english.translations
        counted, units, dimension = english.counted, english.units, english.dimension
        if not english.mixed and per_denominator(text, translations, counted):
            counted, units, dimension = None, frozenset(), None  # "how much more per mu": the amount per 亩, no 亩
        given = hyphened_measure(text, translations, counted) if not english.mixed and english.kind == "count" else None
        if given is not None:  # "how many seven-day sessions": 天 counts the days each lasts (为期7天), no sessions
            given, counted, units, dimension = (given, counted), None, frozenset(), None
        info = with_english(info, english.kind, counted, units, dimension, english_only=not english.mixed, deed=english.deed,
                            unit_named=not english.thing_counted)
        if given is not None:
            info = replace(info, given=given)
        if not english.mixed:  # "the *second* round": which of a series the figure is of
            # ("a year *earlier*": 上年同期为5.9元, not 今年…6.8元 -- "year" itself reaches 今年 and 上年 alike)
            info = replace(info, ordinal=ordinal_asked(text), periods=info.periods + relative_years_asked(text))
            if info.kind in ("count", "percent", "date"):  # "the range *after solar power was added*"
                info = replace(info, after=after_terms(text, translations))
            if info.kind == "count" and info.dimension is None and info.unit is None:
                info = replace(info, untimed=untimed_count(text))  # "the number of boys": not 二十三年
            if info.kind == "count" and start_asked(text):  # "at first", "start out with": what was
                info = replace(info, earlier=True)
            if info.kind in ("count", "percent") and most_asked(text):  # "the maximum amount": 最多
                info = replace(info, most=True)
            if info.kind == "count" and info.dimension == "length" and info.attribute is None:
                info = replace(info, attribute=length_asked(text))  # "how *long*": not a height
            if info.kind == "count":  # "how much ... *each year*": 每年安排资金6800万元 is what is asked
                info = replace(info, rate=asked_period(text), amount=asks_amount(text))  # "how much water": no 3座
                info = replace(info, scale=asked_scale(str(question)))  # "in hundred millions"
                info = replace(info, spelled=spelled_numbers(text))  # "the three 'number one projects'": not 三个
                # "how many meal points for elderly villagers": 助餐点143个, not 9个乡镇
                info = replace(info, counted_nouns=english.counted_nouns, other_nouns=english.other_nouns)
        # "when was it *launched*": the date 启动 follows; "how many were *built* from scratch":
        # the part after 其中 its verb names (其中5处是新建造)
        if info.kind == "date" and not english.mixed:
            info = replace(info, verbs=question_verbs(index, text))
        elif info.kind == "count" and not english.mixed:  # (as read already: no second translation)
            info = replace(info, verbs=english.actions)
        if info.kind in ("date", "time") and not (english.mixed or info.since or info.until):
            half = phrases_half(t.english for t in translations if " " in t.english)
            if half is not None:  # "when did it *kick off*": a range's start, as "start" asks
                info = replace(info, **{half: True})
    elif info.kind is None:  # "what was the 投票率?": only question words in English
        given = chinese_amount_asked(index, text)
        if given is not None:
            info = with_english(info, "count", None, dimension=given or None)
    halves = {t.term.split(SEPARATOR)[0] for t in translations if names_range_half(t.english)}
    range_half = [w for w in words if w.pos.startswith("eng") and w.variants[0] in halves]
    absent = unknown_model or (bool(words) and names_something_absent(index, text, words, info, rates_otherwise))
    # 几月份开始的: a passage saying 一开始 without a date is no better for it (the word is searched at half weight)
    framing = [
        info.kind in ("date", "time") and (w.variants[0] in DATE_ROLE_WORDS or w in range_half or names_range_half(w.variants[0]))
        for w in words
    ]
    # "the campaign", "this event": the text's own undertaking, which it names otherwise (主题教育)
    referring = _referring(text, translations)
    referred = [any(v in referring for v in w.variants) for w in words]
    # both count half where found (一开始 in a passage without a date), searched at half weight
    # -- but an English "start" is translated to the event itself (开工) and counts in full
    halved = [(frames and not w.pos.startswith("eng")) or other for frames, other, w in zip(framing, referred, words)]
    framing = [frames or other for frames, other in zip(framing, referred)]
    terms = tuple(
        QueryTerm(field_term, w.weight * w.share(position) * field_weight * (FRAMING_WEIGHT if framing[group] else 1.0), group)
        for group, w in enumerate(words)
        for position, term in enumerate(w.variants)
        for field_term, field_weight in ((term, 1.0), (heading_term(term), HEADING_WEIGHT))
    )
    return Query(
        question=question if isinstance(question, str) else str(question),
        text=text,
        info=info,
        words=tuple(words),
        weights=tuple(word_weight(index, w) * (FRAMING_WEIGHT if half else 1.0) for w, half in zip(words, halved)),
        # "从何时开始", "持续到何时为止": the start or end of a date is often written only as
        # a range's half (2023年4月至2024年1月): the word counts where a text writes it
        # (收尾, 启动 ...: any word saying so alone, bot.question.names_range_half); an English
        # "end" or "began" likewise (its dictionary senses are 结果, 完成 ...)
        optional=tuple(
            # 增幅是多少: a text may write the rise as 增长3.2% -- the word counts where written, as
            # does the year a change is against (比前一年成长多少: 較112年成長)
            frames or now or w.variants[0] in CHANGE_SIZES or (info.change is not None and w.variants[0] in PREVIOUS_YEAR)
            for frames, w, now in zip(framing, words, present_words(translations, words))  # "now": 现在 where written
        ),
        terms=terms,
        translations=translations,
        absent=absent,
        english_sure=english.sure if english is not None else 1.0,
        matchers=tuple(matcher(w) for w in words),
        phrases=quoted_phrases(text),
        numbered=numbered_names(normalize(text)),
        named=(*numbered_by_name(normalize(text)), *(english.named if english is not None else ())),
    )


def _writer_asked(index: Index, text: str, words: list[WeightedWord]) -> list[WeightedWord]:
    """A question asking who wrote the text itself (这篇文章的作者是谁, 作者是谁) is answered by its
    byline: its word for the writer, or its verb of writing, becomes one word whose variants are
    itself and every word for a writer the documents use (记者 for 作者), each counting fully.
    Not a question about who wrote a work it names (《佛國記》的作者是誰)."""
    asked = [w for w in words if w.variants[0] in WRITER_WORDS or w.variants[0] in WRITING]
    others = [w for w in words if w not in asked and w.variants[0] not in TEXT_WORDS | TEXT_MEASURES]
    if not asked or (others and not any(word in text for word in TEXT_WORDS)):
        return words
    used = [w for w in WRITER_WORDS if index.doc_freq(w) > 0]
    variants = tuple(dict.fromkeys([w.variants[0] for w in asked] + used))
    writer = WeightedWord(variants, "n", shares=(1.0,) * len(variants))
    return [writer, *others]  # the words naming the text itself (报导, 文章) only pointed at it


#: An English noun for an undertaking, after "the" or "this": the text's own, which it names in
#: its own words (the campaign: 主题教育, not 活动) -- its translations count only where found.
_REFERRING_RE = re.compile(
    r"\b(?:the|this|that)\s+(campaign|event|programme|program|initiative|drive|movement|effort|exercise|activity|activities)\b",
    re.IGNORECASE,
)


def _referring(text: str, translations: Sequence[Translation]) -> frozenset[str]:
    """The corpus terms English nouns referring to the text's own undertaking were translated to."""
    nouns = {m.group(1).lower() for m in _REFERRING_RE.finditer(text)}
    return frozenset(t.term.split(SEPARATOR)[0] for t in translations if t.english.lower() in nouns) if nouns else frozenset()


#: How much another word for what befell people (罹难 for 死亡) stands for the question's.
DEED_FORM_SHARE = 0.8


def _with_deed_forms(index: Index, word: WeightedWord) -> WeightedWord:
    """A word for what befalls people (死亡) also searched as the others texts use for it (罹难,
    遇难 ...: :func:`bot.alike.deed_forms`), those the corpus holds."""
    head = word.variants[0]
    others = [f for f in deed_forms(head) if f != head and index.doc_freq(f) > 0]
    if word.pos or not others:
        return word
    shares = tuple(word.share(n) for n in range(len(word.variants)))
    return replace(word, variants=(*word.variants, *others), shares=(*shares, *(DEED_FORM_SHARE,) * len(others)))


def _name_written_first(index: Index, word: WeightedWord) -> list[WeightedWord]:
    """A name the dictionary lacks, read as one word with what follows it (潘仕成买官花 of
    潘仕成买官花了多少银子), that no passage writes: the longest start a passage writes (潘仕成),
    then the rest as words of their own (买, 官, 花: no name) -- else the word as it was."""
    name = word.variants[0]
    if word.pos != "phrase" or len(name) < 4 or apart_form(index, name) is not None:
        return [word]
    for end in range(len(name) - 1, 1, -1):
        if apart_form(index, name[:end]) is not None:
            head = name[:end]
            chars = tuple(dict.fromkeys(head))
            rest = [
                WeightedWord(variants, "") for w in index.tokenizer.query_words(name[end:])
                for variants in ([(c,) for c in w.variants[1:]] if w.pos == "phrase" else [w.variants])
            ]
            return [WeightedWord((head, *chars), "phrase", shares=(1.0,) * (1 + len(chars))), *rest]
    return [word]


def _named_whole(index: Index, word: WeightedWord) -> WeightedWord:
    """A compound no passage holds, named after a name no passage holds (列宁主义: 列宁), is not
    searched as its common parts (主义: any doctrine) -- only as the names in it (中华人民共和国
    国务院: 国务院, not 人民)."""
    head = word.variants[0]
    if word.pos or word.shares is not None or len(word.variants) < 2 or index.doc_freq(head) > 0:
        return word
    tag = index.tokenizer.tag
    names = [v for v in word.variants[1:] if len(v) >= 2 and tag(v).startswith(PROPER_TAGS)]
    if not any(head.startswith(v) and index.doc_freq(v) == 0 for v in names):
        return word
    return replace(word, variants=(head, *names))
