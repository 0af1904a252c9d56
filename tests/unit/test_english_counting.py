"""What an English count question counts, and which figures count it: a figure counts a thing
when the thing's measure word follows it or the thing stands right beside it -- not when the
figure only describes it (2010年度的汽车) or measures an amount of something else (237萬噸)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.english import english_words
from bot.answer.english.amounts import counts_written, measure_words
from bot.engine import Engine
from index.english.cedict import load_dictionary
from index.english.focus import read_question
from index.english.glosses import counted_words
from index.figures import passage_figures
from index.search import Index
from tests.conftest import engine_with, index_of

TEXTS = {
    "carmaker": (
        "該公司在2010年度的汽車全球銷量比2009年度大增了21.5%，達到408萬588輛。"
        "2011年度的汽車銷量又有增加。公司在2012年度的汽車產量為300萬輛。"
    ),
}


@pytest.fixture(scope="module")
def index() -> Index:
    return index_of(TEXTS)


def test_a_year_joined_by_de_describes_the_thing_it_does_not_count(index: Index) -> None:
    units = measure_words(index, "汽车")
    assert "年" not in units  # 2010年度的汽車: the cars of a year, not a number of cars
    assert "辆" in units  # CC-CEDICT: 汽車 CL:輛


def test_how_many_cars_takes_the_measure_word_of_cars(index: Index) -> None:
    words = english_words(index, "How many cars did the company sell?")
    assert words is not None and words.counted == "汽车"
    assert "年" not in words.units


def test_an_amount_asked_for_is_not_counted_with_measure_words(tmp_path: Path) -> None:
    """"What was Guam's population": 人口 is an amount, written as a figure after it
    (人口為161,785), not a thing counted with 人 -- as 297人每平方公里 (a density) is. Like
    the Chinese 人口是多少, the question counts nothing and names no measure word."""
    guam = "關島\n\n關島於2015年人口為161,785，人口密度為297人每平方公里，面積544平方公里。\n"
    engine = engine_with(tmp_path, {"guam.txt": guam})
    found = english_words(engine.index, "What was Guam's population in 2015?")
    assert found is not None and found.kind == "count"
    assert found.counted is None and found.units == frozenset()


def test_the_thing_counted_is_the_translation_the_documents_count(tmp_path: Path) -> None:
    """"floors" is 地板 (floorboards) before 楼层 in the dictionary; the documents write 樓層
    before a figure of 層 (地上樓層共有101層) and never count 地板: 楼层 is what is counted."""
    tower = "台北101\n\n台北101樓高509.2公尺，地上樓層共有101層、另有地下5層。大廳鋪設大理石地板。\n"
    engine = engine_with(tmp_path, {"tower.txt": tower})
    found = english_words(engine.index, "How many floors does Taipei 101 have?")
    assert found is not None and found.counted == "楼层" and "层" in found.units


def test_the_thing_counted_ends_at_a_present_tense_verb(tmp_path: Path) -> None:
    """"How many tourists visit Sayram Lake": the noun phrase asked about ends at "visit",
    which has no past-tense form to show it is a verb -- tourists are counted, not the lake."""
    lake = "赛里木湖\n\n赛里木湖是新疆海拔最高、面积最大的高山湖泊，每年吸引许多游人前来观光。\n"
    engine = engine_with(tmp_path, {"lake.txt": lake})
    found = english_words(engine.index, "How many tourists visit Sayram Lake each year?")
    assert found is not None and found.counted == "游人"


def test_a_loosely_translated_measure_word_counts_the_thing_before_it() -> None:
    """"How many research *trips*": "trips" is what CC-CEDICT's classifiers count (趟), and the
    corpus offers it only loose guesses (活动); the trips are research (调研), which the
    documents count as they write it (開展調研280次) -- not the guess."""
    from bot.answer.english.amounts import LOOSE_MEASURE, counted_terms
    from index.english import EnglishUnit

    research = EnglishUnit("research", (("调研", 0.6), ("研究", 0.4)), 1.0, focus=True, understood=1.0)
    trips = EnglishUnit(
        "trips", (("活动", 0.4),), 0.34, focus=True, measure=True, classifiers=("趟",), understood=0.34,
    )
    assert trips.understood < LOOSE_MEASURE
    assert counted_terms([research, trips]) == (("调研", "研究"), ("趟",))
    # a measure word the corpus translates surely is itself counted ("times": 次)
    times = EnglishUnit("times", (("次", 1.0),), 1.0, focus=True, measure=True, classifiers=("次",), understood=1.0)
    assert counted_terms([research, times]) == (("次",), ("次",))


def test_a_loosely_translated_head_noun_counts_the_well_translated_thing_before_it() -> None:
    """"How many seminars and discussion *sessions*": CC-CEDICT gives "sessions" only 全会
    ("plenary session", a stretch), which the article counts too (十五屆四次全會); "discussion"
    is 研讨, which it counts as written (開展1.5萬次研討交流): that is what is counted. A head
    translated well, or after a word translated loosely too, is still the thing counted."""
    from bot.answer.english.amounts import counted_terms
    from index.english import EnglishUnit

    discussion = EnglishUnit("discussion", (("研讨", 0.76),), 1.0, focus=True, understood=1.0)
    sessions = EnglishUnit("sessions", (("全会", 0.27), ("首届", 0.22)), 0.35, focus=True, understood=0.35)
    assert counted_terms([discussion, sessions])[0] == ("研讨",)
    meetings = EnglishUnit("meetings", (("会议", 0.9),), 1.0, focus=True, understood=1.0)
    assert counted_terms([discussion, meetings])[0] == ("会议",)
    vague = EnglishUnit("discussion", (("研讨", 0.3),), 0.4, focus=True, understood=0.4)
    assert counted_terms([vague, sessions])[0][0] == "全会"


def test_how_many_discussion_sessions_counts_the_discussions(engine: Engine) -> None:
    """The whole path: the article counts 研讨 with 次 (開展1.5萬次研討交流), and that figure
    is the answer."""
    question = "How many seminars and discussion sessions were organised?"
    found = english_words(engine.index, question)
    assert found is not None and found.counted == "研讨" and "次" in found.units
    assert engine.ask(question).text == "1.5萬次"


def test_a_count_before_a_clause_describing_what_it_counts(engine: Engine) -> None:
    """7521件久拖未決的信訪積案: the measure word, then a clause ending in 的 (久拖未決的, "long
    unresolved"), then what is counted; "long-unresolved" is an adjective the dictionary has as
    written, no verb ending what is asked about. 三級的調查研究數字平台 is no count of research:
    the figure itself describes it."""
    known = load_dictionary().known
    read = read_question("How many long-unresolved petition cases were settled?", known)
    assert read is not None and read.focus is not None
    assert read.words[read.focus[0] : read.focus[1]] == ("long", "unresolved", "petition", "cases")
    text = "推動各級黨員干部下訪接待群眾8.04萬人次,有效化解7521件久拖未決的信訪積案。"
    cases = next(f for f in passage_figures(text) if f.text == "7521件")
    assert counts_written(engine.index, text, cases, "积案")
    text = "充分運用貫通省市縣三級的調查研究數字平台"
    assert not counts_written(engine.index, text, passage_figures(text)[0], "研究")
    answer = engine.ask("How many long-unresolved petition cases were settled?")
    assert answer.text == "7521件"


_HARVEST = (
    "蘋果\n\n蘋果是薔薇科的落葉喬木。\n\n"
    "新疆每年從哈薩克等地進口蘋果約3,000噸，本地年產量約1,200噸，果園面積達250公頃。"
    "果農協會共有會員480名。\n"
)


def test_a_unit_of_measure_asked_is_no_unknown_thing(tmp_path: Path) -> None:
    """"How many *tonnes* ...": CC-CEDICT glosses 吨 "ton" (the British "tonne" is "ton"), which
    the texts write only after figures (3,000噸), so no term stands for it. Left unknown, it vetoed
    what the rest of the question finds; it is the unit the answer is measured in, as 多少吨 asks."""
    engine = engine_with(tmp_path, {"apples.txt": _HARVEST})
    for question in (
        "How many tonnes of apples does Xinjiang import every year?",
        "How many tons of apples does Xinjiang import every year?",
    ):
        found = english_words(engine.index, question)
        assert found is not None and found.dimension == "mass"
        answer = engine.ask(question, count=False)
        assert answer.text == "3,000噸", question


def test_a_unit_of_the_answer_named_after_in(tmp_path: Path) -> None:
    """"... in tonnes?": the unit names what a "what is" question asks measured."""
    engine = engine_with(tmp_path, {"apples.txt": _HARVEST})
    answer = engine.ask("What is Xinjiang's yearly import of apples, in tonnes?", count=False)
    assert answer.text == "3,000噸"


def test_a_unit_of_something_else_than_what_is_asked_stays_unknown(tmp_path: Path) -> None:
    """"How much does a *litre* of milk cost?": a price is asked; the litre is a thing the texts
    must write for the question to be about them, and they do not."""
    engine = engine_with(tmp_path, {"apples.txt": _HARVEST})
    found = english_words(engine.index, "How much does a litre of milk cost in Xinjiang?")
    assert found is not None and found.dimension == "money"
    assert engine.ask("How much does a litre of milk cost in Xinjiang?", count=False).text is None


def test_a_classifier_for_things_of_a_kind_counts_none_of_the_kind() -> None:
    """CC-CEDICT's 期 is "classifier for issues of a periodical, courses of study": what follows
    "of" says which issues, and is counted by no classifier -- and "issues" in general are not
    what 期 counts. Only "number of" hands the count to what follows."""
    assert counted_words(b"issues of a periodical, courses of study") == []
    assert counted_words(b"times, occasions") == [b"times", b"occasions"]
    assert counted_words(b"number of washes") == [b"washes"]


def test_how_many_issues_counts_problems_not_periodicals(tmp_path: Path) -> None:
    """"the number of issues": 问题 "issue", not the classifier of a periodical's issues (期),
    which would stand for the issues by itself and find no count of them."""
    text = "整改\n\n各地牽頭整改的1200個問題已經全部完成整改。全省共舉辦讀書班300期。\n"
    engine = engine_with(tmp_path, {"fix.txt": text})
    found = english_words(engine.index, "What is the number of issues whose rectification is finished?")
    assert found is not None and found.counted == "问题"
    answer = engine.ask("What is the number of issues whose rectification is finished?", count=False)
    assert answer.text == "1200個"


PAPERS = (
    "海洋学家\n\n他一生主持科研项目9项，发表学术论文约210篇，出版专著3部。\n\n"
    "他每天阅读一份报纸，关注海洋新闻。\n"
)


def test_a_thing_a_classifier_lists_is_counted_as_the_thing(tmp_path: Path) -> None:
    """"how many *papers*": 份 is "classifier for gifts, newspaper, magazine, papers ...", so
    "papers" was read as a measure word and 份 searched instead of 论文 -- which CC-CEDICT counts
    with a measure word of its own (CL:篇): it names the thing. "times" (期间, counted only with
    个) is still a measure word."""
    engine = engine_with(tmp_path, {"papers.txt": PAPERS})
    answer = engine.ask("How many papers did the oceanographer publish?", count=False)
    assert answer.figure is not None and answer.figure.text == "210篇"
    assert ("papers", "论文") in {(t.english, t.term.split("/")[0]) for t in answer.translations}
