"""English words of a question as weighted search words (through the index's translator)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.answer.english.adjacent import focus_elsewhere
from bot.answer.english.advice import advice_unfounded, advice_untranslated
from bot.answer.english.units_misread import measure_read_weakly, misread_measure
from bot.answer.english.generic_things import generic_thing_lacking
from bot.answer.english.kind_of_apposed import apposed_member_lacking
from bot.answer.english.measure_asked import MEASURE_ONLY_THINGS, measures_asked, untranslated_things
from bot.answer.english.months import month_words
from bot.answer.english.counted import counted_in_corpus, counted_instead
from bot.answer.english.other_nouns import counted_nouns
from bot.answer.english.persons_counted import persons_counted, untranslated_persons
from bot.answer.english.days import day_asked
from bot.answer.english.bounds import bound_words
from bot.answer.english.amounts import (
    counted_phrase,
    counted_terms,
    given_as_figure,
    measure_words,
    people_deed,
)
from bot.answer.english.figures import (
    asked_in_unit,
    chinese_amount_asked,
    counted_in_unit,
    figure_word,
    instance_apart,
    named_measure,
    unit_of_thing_asked,
    year_apart,
)
from bot.answer.english.other_kinds import other_kinds
from bot.answer.english.of_head import head_given_as_figure
from bot.answer.english.lacking import (
    head_lacking, headed_thing_lacking, modifies_understood, named_thing_lacking, kind_lacking, ordinal,
    place_lacking, priced_lacking,
)
from bot.answer.english.typed_names import describes_next
from bot.answer.english.unique_things import unique_thing_lacking
from bot.answer.english.vouched import VOUCHED_SURE, name_vouches
from bot.answer.english.units_read import read_units
from bot.answer.english.levels import level_asked
from bot.answer.english.totals import total_asked
from bot.answer.english.names import latin_at_home, named_inside
from bot.answer.english.basics import (
    ABSENT,
    ENGLISH_CONFIDENT,
    ENGLISH_ACTION,
    ENGLISH_BYLINE,
    ENGLISH_FEW_OTHERS,
    ENGLISH_NOTHING_UNDERSTOOD,
    ENGLISH_ONE_CHARACTER,
    ENGLISH_RICH,
    ENGLISH_SURE,
    ENGLISH_UNDERSTOOD,
    ENGLISH_UNKNOWN_SIDE,
    ENGLISH_WEAK_ACTION,
    LATIN_RE,
    NAME_FORM_SHARE,
    NOT_SEARCHED,
    SEPARATOR,
    EnglishWords,
    understood_share,
)
from bot.answer.model import Translation, WeightedWord
from index.english.unit_senses import thing_not_unit
from index.english import EnglishUnit
from index.english.head_measures import head_persons
from index.figures.units import measured
from index.search import Index

_HOW_MANY_CHINESE_RE = re.compile(r"\bhow\s+many\s*([\u3400-\u4dbf\u4e00-\u9fff]+)", re.IGNORECASE)


def _shares(terms: Sequence[tuple[str, float]], mixed: bool) -> list[float]:
    """How much each translation of a unit counts, relative to its best: its weight, and for a
    one-character term beside a longer one (司 and 處 beside 部门 for "departments", 堡 beside
    农村 for "villages") :data:`ENGLISH_ONE_CHARACTER` of it -- a lone
    character is read inside many other words, so a passage matching it is less likely to mean
    the word. Wholly English questions only (a mixed question's Latin words are left as they were)."""
    top = terms[0][1]
    longer = not mixed and any(len(term) > 1 for term, _ in terms)
    return [
        weight / top * (ENGLISH_ONE_CHARACTER if longer and len(term) == 1 else 1.0)
        for term, weight in terms
    ]


def _latin_names_together(index: Index, units: Sequence[EnglishUnit]) -> bool:
    """Whether one document writes every name of the question that is untranslated Latin words."""
    translator = index.english()
    together = -1
    for unit in units:
        if unit.name and not unit.terms and not figure_word(unit.english):
            found = translator.documents(tuple(unit.english.split()))
            if found is None:
                return True  # no postings to tell by
            together &= found
    return together != 0


def english_words(index: Index, text: str) -> EnglishWords | None:
    """Translate the English words of ``text`` into corpus terms (None without English words).

    Each English unit becomes a search word whose alternatives are its dictionary
    translations. A unit translated only weakly ("population" -> 总体, a statistics sense)
    is partly *not understood*: that share of it is an unknown word, which no passage has.
    Verbs weigh less than things, and an untranslated verb ("paired", "wrote") little -- as
    for Chinese verbs the corpus lacks. A question whose focus ("how many *tourists*", "what
    is the *population* of") or a name ("France") is not understood is about something the
    documents lack: it gets a word that :func:`_names_something_absent` recognises.
    """
    if not LATIN_RE.search(text):
        return None
    read = read_units(index, text)
    text, scaled, chinese, mixed = read.text, read.scaled, read.chinese, read.mixed
    query, spelled, numbered, degree = read.query, read.spelled, read.numbered, read.degree
    words: list[WeightedWord] = []
    translations: list[Translation] = []
    # "how many *tonnes*", "in *metres*": a unit of measure no term stands for (2.6万吨) that
    # measures what is asked -- not "a *litre* of petrol" in a question asking a price
    amounts = {} if mixed else {
        n: found for n, unit in enumerate(query.units)
        if n not in spelled and (found := (
            named_measure(unit.english) if not unit.terms
            # "how many *litres*" read as 措施 through a synonym: still a volume asked
            else misread_measure(unit, query.kind)
            # "how large ..., in *square metres*": 平方米 itself, weakly understood
            or measure_read_weakly(unit, query.kind, ENGLISH_UNDERSTOOD)
        )) is not None and query.dimension in (None, found)
    }
    # "the *15 MW* turbines": a figure the question quotes with its unit's symbol, which the texts
    # write as a figure (15兆瓦) -- no unknown thing, as "nine" is none (as typed: "mw" may be mW)
    quoted = set() if mixed else {
        n for n, unit in enumerate(query.units)
        if not unit.terms and n not in spelled and n not in amounts
        and (typed := _after_number(text, unit.english)) is not None and named_measure(typed) is not None
    }
    amounts_or_quoted = {*amounts, *quoted}
    focus = [unit for n, unit in enumerate(query.units) if unit.focus and not unit.action and n not in amounts_or_quoted]
    others = [
        unit for unit in query.units
        if not unit.focus and not unit.action and unit.understood >= ENGLISH_UNDERSTOOD
    ]
    # the thing asked about is not understood, or a word of it is not even guessed ("GDP" growth)
    absent = (
        bool(focus)
        and (
            # (a word the documents write in Latin letters is understood: "Lenghu's *GDP*",
            # 全区GDP4.8亿元, is searched as written)
            all(unit.understood < ENGLISH_UNDERSTOOD and not latin_at_home(index, unit, query.units) for unit in focus)
            or any(  # a name found as written (杜拜) is understood
                unit.focus and not unit.action and not unit.terms and n not in spelled and n not in amounts_or_quoted
                and not modifies_understood(text, query.units, n, ENGLISH_SURE)
                # (a participle or an adjective in -able, "*affordable* rental homes", modifies
                # the thing; it is no thing the documents lack)
                and not unit.english.endswith(("ing", "ed", "able", "ible")) and not figure_word(unit.english)
                # so is a word the documents write in Latin letters ("the *AEON* executive":
                # 成为AEON第2大百货店), which is searched as written
                and not latin_at_home(index, unit, query.units)
                for n, unit in enumerate(query.units)
            )
        )
        and len(others) <= ENGLISH_FEW_OTHERS
    )
    # what is asked ("the on-grid electricity *price*"): a word none of whose translations any
    # document writes -- not in a count (checked against the measure words a passage counts with)
    absent = absent or (not mixed and query.kind != "count" and head_lacking(index, query.units, {*spelled, *amounts_or_quoted}))
    # a thing found only apart from the names matters when it is what the question asks about
    absent = absent or (
        focus_elsewhere(index, query.units, text, ENGLISH_SURE)
        and not (query.kind == "count" and counted_instead(index, query.units))
    )
    # one name and nothing else understood: "what will the *weather* be like in Taipei
    # *tomorrow*" says where, and asks about nothing the dictionary ties to the documents (two
    # names -- "at the Hong Kong Coliseum in Hung Hom" -- may say what by themselves)
    named = [unit for n, unit in enumerate(query.units) if unit.name or n in spelled]
    # (an ordinal is a number too: "the *first* iPhone" says which one, not what it is; and the
    # unit a count is asked in, "how many *hours* of sleep", says in what, not what)
    measures = measures_asked(query.units, query.kind)
    measures = measures if untranslated_things(query.units, measures, spelled) >= MEASURE_ONLY_THINGS else frozenset()
    things = [
        unit for n, unit in enumerate(query.units)
        if not (
            unit.name or unit.action or n in spelled or n in amounts_or_quoted or figure_word(unit.english)
            or ordinal(unit.english) or n in measures
        )
    ]
    one_name = (
        not mixed and len(named) <= 1 and bool(things)
        and all(
            unit.understood < ENGLISH_NOTHING_UNDERSTOOD and not latin_at_home(index, unit, query.units)
            for unit in things
        )
    )
    # ... unless the name is found as a passage writes it beside an understood word ("when was the
    # Zhuiyun Tang *bindery* founded": 綴雲堂 ... 創辦): a dictionary gap, less sure
    gaps = {id(unit) for unit in things} if one_name and name_vouches(index, query.units, spelled, ENGLISH_SURE) else set()
    absent = absent or (one_name and not gaps)
    clear = [u for u in query.units if not u.action and u.understood >= ENGLISH_SURE]
    joined: set[str] = set()
    vouched: bool | None = None
    for n, unit in enumerate(query.units):
        if (
            unit.name and unit.understood < ENGLISH_UNDERSTOOD and not figure_word(unit.english)
            # "who wrote GOTH": 《GOTH 断掌事件》; among Chinese words, only where one document writes
            # every such name ("Technicolor Dreams 致敬的是幾年代的叮砰巷": not "MonoDevelop在Windows跟
            # Mac OS X平台上" when only other documents write Windows)
            and not (latin_at_home(index, unit, query.units) and (not mixed or _latin_names_together(index, query.units)))
            and not named_inside(unit, query.units)  # "the war against Japan": 抗日戰爭
            # "the wall's *eastern* section": typed in lower case by one who capitalises, before a noun
            and not describes_next(text, query.units, n, ENGLISH_SURE)
        ):
            # ... unless a name found as written vouches for it (:func:`name_vouches`): a dictionary gap
            if vouched is None:
                vouched = not mixed and name_vouches(index, query.units, spelled, ENGLISH_SURE)
            if vouched:
                gaps.add(id(unit))
            else:
                absent = True  # a name the documents never mention (not a month: written 9月)
        light = unit.action or (unit.measure and query.kind == "count" and not unit.terms)
        scale = ENGLISH_ACTION if light else ENGLISH_BYLINE if unit.byline else 1.0
        sure = min(1.0, unit.confidence / ENGLISH_SURE)
        # a side word the dictionary cannot tie to the documents must not veto what the rest
        # of the question finds (the answer is then less sure); the focus and names do
        rich = sum(1 for u in clear if u is not unit) >= ENGLISH_RICH
        side = not (unit.focus or unit.name or mixed) and rich
        unknown = ENGLISH_UNKNOWN_SIDE if side or id(unit) in gaps else 1.0
        if unit.action and unit.confidence < ENGLISH_WEAK_ACTION:
            sure = 0.0  # a verb only a stretched gloss explains ("come" -> 作出): not searched
        if n in spelled:  # a name the segmenter splits: found as written (杜拜)
            words.append(
                WeightedWord(spelled[n], "phrase", weight=scale * sure, shares=(1.0,) * len(spelled[n]))
            )
            translations.append(Translation(unit.english, spelled[n][0]))
        elif unit.terms and sure > 0:
            # a word the documents also write in Latin letters ("TAIPEI 101 MALL") is one word
            # found in either script, not two: its Latin form joins its translations
            latin = () if mixed or " " in unit.english or index.doc_freq(unit.english) == 0 else (unit.english,)
            joined.update(latin)
            words.append(
                WeightedWord(
                    (*(term for term, _ in unit.terms), *latin),
                    "eng",
                    weight=scale * sure,
                    shares=(*_shares(unit.terms, mixed), *(1.0 for _ in latin)),
                )
            )
        if n not in spelled:
            searched = [term for term, _ in unit.terms] if unit.terms and sure > 0 else []
            # every Chinese word searched for it, or "?" for a word that was not
            translations.append(Translation(unit.english, SEPARATOR.join(searched) or NOT_SEARCHED))
        if sure < 1.0 and not (unit.terms or n in spelled) and (n in amounts_or_quoted or figure_word(unit.english)):
            continue  # "nine", "billions", "September": a figure, which the text writes in digits
        if sure < 1.0:
            pos = "eng-v" if light else "eng"
            weight = scale * unknown * (1.0 - sure)
            words.append(WeightedWord((unit.english.lower(),), pos, weight=weight))
    if not mixed:  # "county level *or above*": 以上, as the text writes the bound (縣處級以上)
        words.extend(bound_words(index, text))
        words.extend(month_words(text))  # "the June 2025 downpour": 6 of 2025年6月
    # a name as any of its likelier translations ("Zhejiang": 浙江省 or 浙江, whichever a text writes)
    anchors = [
        tuple((term,) for term, weight in unit.terms if weight >= NAME_FORM_SHARE * unit.terms[0][1])
        for unit in query.units if unit.name and unit.terms
    ]
    # a wholly English question only: a mixed one says in Chinese what it is about ("布魯克林籃網曾於
    # 1974年和哪一年時奪得了ABA總冠軍" is no question about ABA's name)
    # "the *third batch*": the documents number the batches (第一批, 第二批) but never a third
    absent = absent or (not mixed and instance_apart(index, query.units))
    # "a good recipe for *mapo tofu*": a thing named in words no document writes, nor their senses
    absent = absent or (not mixed and named_thing_lacking(index, query.units, {*spelled, *amounts_or_quoted}))
    # "how long should I steam a whole *sea bass*": a kind of a thing no document writes, asked
    # with no name, though its modifier ("sea") means something a document writes
    absent = absent or (
        not mixed and headed_thing_lacking(index, text, query.units, {*spelled, *amounts_or_quoted}, bool(named))
    )
    # "how far is *the Moon* from *the Earth*": a unique thing no document writes (月亮, 地球)
    absent = absent or (not mixed and unique_thing_lacking(index, text))
    # "what do they sell for *in big-city supermarkets*": a place no document writes (超市)
    absent = absent or (not mixed and place_lacking(index, text, query.units, {*spelled, *amounts_or_quoted}))
    # "how much does *a ticket* to the museum cost": a thing priced that no document writes (门票)
    absent = absent or (not mixed and priced_lacking(text, query.units, ENGLISH_NOTHING_UNDERSTOOD))
    # "what is the best way to keep *basil* fresh": advice about a thing no word ties to the documents
    absent = absent or (not mixed and advice_unfounded(text, query.units, {*spelled, *amounts_or_quoted}, ENGLISH_SURE))
    # "can you recommend a *houseplant* ...": advice about a thing no word translates at all
    absent = absent or (
        not mixed and advice_untranslated(index, text, query.units, {*spelled, *amounts_or_quoted}, bool(named))
    )
    # "how many keys does *a standard piano* have": a kind of thing in general no document writes
    absent = absent or (
        not mixed and generic_thing_lacking(index, text, query.units, {*spelled, *amounts_or_quoted}, bool(named))
    )
    # "where did *the sport of curling* begin": a thing named by its kind (冰壶 "curling (sport)") no document writes
    absent = absent or (not mixed and apposed_member_lacking(index, text, query.units, {*spelled, *amounts_or_quoted}))
    # "how many players does a *football* team have": a question understood only in part that
    # narrows a thing to a kind no document writes is about another kind
    sure = understood_share([u for n, u in enumerate(query.units) if n not in quoted], len(set(chinese)))
    absent = absent or (
        not mixed and sure < ENGLISH_CONFIDENT and kind_lacking(index, text, query.units, {*spelled, *amounts_or_quoted})
    )
    if absent or (not mixed and year_apart(index, text, [*anchors, *((v[1:] or v,) for v in spelled.values())])):
        words.append(WeightedWord((ABSENT,), "eng-absent"))
    kind, dimension = level_asked(text, query), query.dimension  # (what did ... *raise* ... *to*: a figure)
    if kind is None and degree is not None:  # "how *satisfied*": the degree given as a figure (满意度达到96.3%)
        kind, dimension = ("percent", None) if degree.given == "percent" else ("count", degree.given)
    if kind is None and not mixed and day_asked(query):
        kind = "date"  # "what was the busiest single *day*": a date (2024年8月17日)
    if kind == "count" and dimension is None and amounts:
        dimension = next(iter(amounts.values()))  # "how many tonnes": a mass, as 多少吨 asks
    if kind is None and query.what_is:
        given = given_as_figure(index, query.units) or head_given_as_figure(index, text, query.units)
        if given is not None:  # "what is the average monthly humidity": the texts write 濕度為66%
            kind, dimension = "count", given
        else:  # "what is its registered capital, *in billions of yuan*": an amount of money
            given = asked_in_unit(scaled, query.units)
            if given is None and mixed:  # "what was the *亩产* of wheat": the Chinese word is asked
                given = chinese_amount_asked(index, text)
            if given is not None:
                kind, dimension = "count", given or None
            elif total_asked(text):  # "what is the *total* daily treatment capacity": a sum, a figure
                kind = "count"
    thing_unit = unit_of_thing_asked(scaled) if kind is None and not mixed else None
    if thing_unit is not None and (given := asked_in_unit(thing_unit, query.units)) is not None:
        kind, dimension = "count", given  # "what total length *in km* does it aim to exceed": a length
    counted, units, nouns = None, frozenset(), (frozenset(), frozenset())
    how_many = _HOW_MANY_CHINESE_RE.search(text)
    if how_many is not None:
        counted = index.tokenizer.counted_word("多少" + how_many.group(1))
    elif query.kind == "count":
        counting = counted_phrase(query.units, text)  # "how many *hours* ahead": hours counted
        counting = other_kinds(counting, text)  # "pavilions, halls and other *buildings*": buildings
        nouns = counted_nouns(counting, text)  # "for elderly *villagers*": not what 9个乡镇 counts
        choices, classifiers = counted_terms(counting)
        counted, shown = counted_in_corpus(index, counting, choices)
        units = measure_words(index, counted, classifiers, shown) if counted else frozenset(classifiers)
        units |= persons_counted(counting) if counted else untranslated_persons(counting)  # "craftsmen": 工匠156人
        units |= head_persons(counted, units)  # "students": 学生, no measure word, a kind of 生 (小学生 名)
        misread = any(query.units[n].terms for n in amounts)  # "how many *litres*" (措施): a volume, no count
        if counted is not None and (measured(counted) is not None or query.dimension is not None or misread):
            # an amount (人口, 面积, what "how *large*" asks) is written as a figure after it (人口為161,785), not counted
            # with measure words: those would prefer another figure (297人每平方公里)
            counted, units = None, frozenset()
        stated = counted_in_unit(text, query.units)
        if stated is not None:  # "how long is the book, *in characters*?": counted in 字 (46万字), no length
            counted, units, dimension = None, frozenset({stated}), None
        elif kind == "count" and dimension is None:
            given = asked_in_unit(scaled, query.units)
            if given is not None:  # "total investment *in billion yuan*?": an amount of money, no count
                counted, units, dimension = None, frozenset(), given
    if counted is not None and how_many is None and len(counted) == 1:
        # "how much *rice*": 米 read from a word of its thing's sense counts rice, no metres
        thing = any(counted in (t for t, _ in u.terms) and thing_not_unit(counted, u.english) for u in query.units)
        units = frozenset() if thing else units  # measured in any unit (1800石), not counted in 米 or 粒
    else:
        thing = False
    deed = people_deed(query.units, ENGLISH_WEAK_ACTION) if kind == "count" and not mixed else None
    actions = tuple(dict.fromkeys(t for u in query.units if u.action for t, _ in u.terms if len(t) > 1))
    return EnglishWords(
        tuple(words), tuple(translations), kind, counted, units, min(sure, VOUCHED_SURE) if gaps else sure, dimension,
        mixed, frozenset(joined), deed, numbered, actions, thing, *nouns,
    )


def _after_number(text: str, english: str) -> str | None:
    """``english`` (one word) as ``text`` types it right after a number ("15 *MW*", "5km"), or None."""
    if " " in english:
        return None
    found = re.search(r"\d\s*(" + re.escape(english) + r")\b", text, re.IGNORECASE)
    return found.group(1) if found else None
