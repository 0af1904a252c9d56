"""English questions: what kind of answer their words ask (index/english/kinds.py), and how a
phrase the corpus lacks is read (index/english/units.py)."""

from __future__ import annotations

from pathlib import Path

from index.english.kinds import question_kind, terse
from tests.conftest import engine_with

#: A second document, so that the one asked about is not the whole corpus.
HILLS = "山城县\n\n山城县位于湖北省，2007年全县粮食产量12万吨。县里的单位很多。\n"
FOSSIL = "三角龙\n\n三角龙是一种植食性恐龙，生存于约8000万年前的白垩纪，化石长约1.5米。\n"


def test_how_many_years_ago_asks_a_time_before_now(tmp_path: Path) -> None:
    """"How many years ago did ... live?": the texts write it as a date is written (8000万年前,
    as 何时 finds it); read as a count, no figure counted the years, so nothing was shown."""
    kind, consumed = question_kind("how many years ago did the dinosaur live".split())
    assert kind == "date" and consumed[:4] == [True] * 4
    assert question_kind("how long ago did it live".split())[0] == "date"
    assert question_kind("how many years did it live".split())[0] == "count"
    engine = engine_with(tmp_path, {"fossil.txt": FOSSIL, "hills.txt": HILLS})
    for question in ("How many years ago did Triceratops live?", "How long ago did Triceratops live?"):
        answer = engine.ask(question, count=False)
        assert answer.figure is not None and answer.figure.text == "8000万年前"


def test_a_terse_question_closing_with_number_asks_how_many(tmp_path: Path) -> None:
    """"county granaries number?", typed as a reader in a hurry types, with no question word: a
    count is asked, as 數目 closing a keyword question asks it; "number" was searched (数字, 第一)
    and no figure given. Not with a question word ("what does 8821 count?" asks a passage), nor
    after a stop word, nor in two words."""
    kind, consumed = question_kind("county granaries number".split())
    assert kind == "count" and consumed[-1] and not consumed[0]
    assert question_kind("what does 8821 count".split())[0] is None
    assert question_kind(["granaries", "number"])[0] is None
    assert question_kind("the granaries of the number".split())[0] is None
    text = "山河县\n\n山河县位于湖北省，全县共有粮仓35座，2019年新建7座。县里风景很好。\n"
    answer = engine_with(tmp_path, {"asked.txt": text, "hills.txt": HILLS}).ask("Shanhe county granaries number?", count=False)
    assert answer.figure is not None and answer.figure.text == "35座"


def test_a_measured_amount_the_texts_name_otherwise_is_found_by_its_noun(tmp_path: Path) -> None:
    """"the average high temperature": CC-CEDICT's 高温 "high temperature" is no word of the
    texts, which write 最高气温; kept as one phrase, it reached nothing and the question was about
    something absent. A phrase the corpus lacks whose noun names an amount measured in a unit
    (气温, 面积) is read word by word: the noun is written beside the figure. "interest rate"
    (利率) stays one phrase: "rate" names no such amount."""
    text = (
        "吉布提\n\n吉布提境内多山地，高度多在1000米以上。吉布提属热带沙漠气候，终年炎热少雨，"
        "最高气温平均为41℃，年降水量不足150毫米。\n"
    )
    engine = engine_with(tmp_path, {"djibouti.txt": text, "hills.txt": HILLS})
    answer = engine.ask("What is the average high temperature in Djibouti?", count=False)
    assert answer.figure is not None and answer.figure.text == "41℃"
    assert ("temperature", "气温") in [(t.english, t.term) for t in answer.translations]
    assert engine.ask("What is the interest rate in Djibouti?", count=False).results == ()


def test_how_much_with_weigh_asks_a_mass(tmp_path: Path) -> None:
    """"How much did Triceratops weigh?": "how much" with a verb of weighing asks a mass, as
    "how heavy" does (and with a verb of paying, money); the only figure of a length (化石长约1.5米)
    was given as its weight. Where the text gives the mass, it is the answer."""
    engine = engine_with(tmp_path, {"fossil.txt": FOSSIL, "hills.txt": HILLS})
    assert engine.ask("How much did Triceratops weigh?", count=False).figure is None
    (tmp_path / "docs" / "fossil.txt").write_text(FOSSIL.replace("。\n", "，体重约6吨。\n"), encoding="utf-8")
    engine.reload()
    answer = engine.ask("How much did Triceratops weigh?", count=False)
    assert answer.figure is not None and answer.figure.text == "6吨"


def test_how_much_rain_asks_an_amount_measured_in_millimetres(tmp_path: Path) -> None:
    """"How much rain does ... get per year?": rain (降水, 降雨, 雨量) is measured as a length
    (毫米), which index.figures.units.measured did not say; the question asked no dimension, no
    figure fitted the count it was read as, and nothing was shown. The Chinese question, which
    reads 多少 without it, was answered already."""
    text = "山河县\n\n山河县地处山区，属亚热带季风气候，年降水量自南而北从1600毫米减至900毫米，全县有河流12条。\n"
    engine = engine_with(tmp_path, {"asked.txt": text, "hills.txt": HILLS})
    for question in ("How much rain does Shanhe County get per year?", "山河县年降水量是多少？"):
        answer = engine.ask(question, count=False)
        assert answer.figure is not None and answer.figure.unit == "毫米"


def test_a_terse_question_naming_a_measured_amount_asks_it(tmp_path: Path) -> None:
    """"Shanhe county area?", "Area of Shanhe county?": keywords with no question
    word, as 山河县面积 asks the figure in Chinese; no kind was read and no figure was
    given. Not a yes-no question ("Is the area ...") nor one with a question word."""
    assert terse("shanhe county area".split()) and terse("area of shanhe county".split())
    assert not terse("is the area large".split()) and not terse("what area".split()) and not terse(["area"])
    text = "山河县\n\n山河县位于湖北省，全县面积2318平方公里，共有粮仓35座，2019年新建7座。\n"
    engine = engine_with(tmp_path, {"asked.txt": text, "hills.txt": HILLS})
    for question in ("Area of Shanhe county?", "Shanhe county area"):
        answer = engine.ask(question, count=False)
        assert answer.figure is not None and answer.figure.text == "2318平方公里", question


def test_what_did_it_cost_asks_money(tmp_path: Path) -> None:
    """"What did the bridge cost?": "what" with an auxiliary and a closing verb of paying asks
    the amount, as "how much did it cost" does (:func:`~index.english.kinds.amount_verb_asked`);
    read as asking a passage, no figure was given. Not "what did it cost them in time to ..."."""
    kind, consumed = question_kind("what did the bridge cost".split())
    assert kind == "count" and consumed[0]
    assert question_kind("what did it weigh".split())[0] == "count"
    assert question_kind("what did the bridge replace".split())[0] is None
    text = "山河大桥\n\n山河大桥位于湖北省，2015年建成，总投资约18亿元，全长2.1公里。\n"
    answer = engine_with(tmp_path, {"bridge.txt": text, "hills.txt": HILLS}).ask(
        "What did the Shanhe bridge cost?", count=False
    )
    assert answer.figure is not None and answer.figure.text == "18亿元"


def test_a_terse_question_closing_with_year_asks_a_date() -> None:
    """"phase 3 completion year?": a date, as 年份 closing a keyword question asks (the opening
    "year ..." was read already); not with a question word, nor after a stop word."""
    kind, consumed = question_kind("phase 3 completion year".split())
    assert kind == "date" and consumed[-1] and not consumed[0]
    assert question_kind("what happened that year".split())[0] is None
    assert question_kind("the bridge of the year".split())[0] is None


def test_a_noun_in_tion_after_a_vowel_is_found_through_its_verb() -> None:
    """"completion" -> "complete", "distribution" -> "distribute", "corruption" -> "corrupt": the
    suffix rules had "-ition" and "-ation" only, so "completion" found its own weak glosses."""
    from index.english.cedict import load_dictionary
    from index.english.derived import derivations

    known = load_dictionary().known
    assert derivations("completion", known) == ["complete"]
    assert "distribute" in derivations("distribution", known)
    assert "promote" in derivations("promotion", known)
    assert "corrupt" in derivations("corruption", known)


def test_a_noun_of_doing_found_through_its_verb_takes_the_verbs_senses() -> None:
    """"completion" -> "complete": the verb's senses (完工 "to complete a project", 完成), not the
    adjective's (完整 "complete", 彻底) -- those came first, and 完工 was not searched."""
    from tests.conftest import corpus_translator

    translator = corpus_translator([
        ("port", ["港口", "第三期", "预计", "动工", "完工"]),
        ("port", ["港口", "第二期", "建设"]),
        ("other", ["古籍", "保存", "完整", "彻底", "整理"]),
    ])
    unit = next(u for u in translator.translate("port phase completion year?").units if u.english == "completion")
    weights = dict(unit.terms)
    assert unit.terms[0][0] == "完工"
    assert weights["完整"] < 0.5 * weights["完工"] and weights["彻底"] < 0.5 * weights["完工"]


def test_what_does_it_cost_asks_money(tmp_path: Path) -> None:
    """"What does a second-class ticket cost ...?": a verb whose object is always an amount (cost,
    weigh) asks it after "what <auxiliary>" as after "how much"; read as no kind, the right passage
    came first with no figure. "What did they spend it on" asks a thing, not an amount."""
    assert question_kind("what does a ticket cost".split())[0] == "count"
    assert question_kind("what did the fossil weigh".split())[0] == "count"
    assert question_kind("what did they spend the money on".split())[0] is None
    assert question_kind("what does the ticket office sell".split())[0] is None
    assert question_kind("what does a ticket cost for the full trip".split())[0] == "count"
    text = "山河铁路\n\n山河铁路全长80公里，全程二等座票价为45元，每日开行列车12对。\n"
    engine = engine_with(tmp_path, {"rail.txt": text, "hills.txt": HILLS})
    answer = engine.ask("What does a second-class ticket on the Shanhe railway cost?", count=False)
    assert answer.figure is not None and answer.figure.text == "45元"


PHYSICIAN = (
    "乔慕良\n\n乔慕良是明代医家，苏州人，以治疗温病见长。\n\n乔慕良最重要的著作是《松溪医案》，每则医案均详细"
    "记载病人的姓名、年龄、症状和用药。病家多感其诚。\n\n他晚年回到苏州行医，门下有名可考的学生共47人。\n"
)


def test_the_name_of_asks_the_thing_named_not_the_word_name(tmp_path: Path) -> None:
    """"What was the name of Qiao Muliang's wife?": "name" was searched (名, 姓名), and a passage
    writing 病人的姓名 (patients' names) was shown for a wife no text mentions. "What is/was the
    name of X" asks X, as a text names it (其妻王氏), seldom beside the word 名: a question word."""
    words = "what was the name of qiao muliang wife".split()
    kind, consumed = question_kind(words)
    assert kind is None and consumed[3] and not consumed[7]
    assert not any(question_kind("what was his courtesy name".split())[1])
    engine = engine_with(tmp_path, {"physician.txt": PHYSICIAN, "hills.txt": HILLS})
    assert engine.ask("What was the name of Qiao Muliang's wife?", count=False).results == ()
    book = engine.ask("What is the name of Qiao Muliang's book?", count=False)
    assert book.results and "松溪医案" in book.results[0].text



def test_which_edition_or_session_asks_its_number_in_the_series(tmp_path: Path) -> None:
    """"which *edition* of the award": 第3屆, as 第几届 asks -- read as a count, 2冊 (the volumes)
    was chosen. "which anniversary" still asks how many years (20周年)."""
    assert question_kind("which edition of the award did it win".split())[0] == "ordinal"
    assert question_kind("at which session was it adopted".split())[0] == "ordinal"
    assert question_kind("which anniversary was marked".split())[0] == "count"
    assert question_kind("which floor is the shop on".split())[0] == "count"  # 1楼: no 第
    folder = Path(__file__).parents[1] / "data" / "english_fresh18_docs"
    engine = engine_with(tmp_path, {path.name: path.read_text("utf-8") for path in folder.glob("*.txt")})
    answer = engine.ask("GOTH won which edition of the Honkaku Mystery Award?", count=False)
    assert answer.figure is not None and answer.figure.text == "第3届"


GIFT = (
    "南加州大學\n\n南加州大學（USC）是洛杉磯的私立大學。2004年3月2日，南加大工學院宣布，校友維特比夫婦向學院捐贈5200萬美元，"
    "學院從此以維特比命名。學院共有教師180名，學生5000多名。\n"
)


def test_how_much_with_a_verb_of_giving_money_asks_money(tmp_path: Path) -> None:
    """"How much did the Viterbi couple *donate*": what one donates, lends, borrows or owes is an
    amount of money, as with "pay" -- asked so, 5200萬美元 fits as money and is shown."""
    from index.english.kinds import HOW_MUCH_VERBS

    assert all(HOW_MUCH_VERBS[verb] == "money" for verb in ("donate", "lend", "borrow", "owe"))
    from bot.answer import consider

    engine = engine_with(tmp_path, {"gift.txt": GIFT, "hills.txt": HILLS})
    considered = consider(engine.index, "How much did the Viterbi couple donate to USC?")
    assert considered.query.info.dimension == "money"
    assert considered.answer.figure is not None and considered.answer.figure.text == "5200萬美元"


def test_tally_ranking_standings_and_a_terse_date_of_ask_their_kinds() -> None:
    """"what was the *tally of* book-study classes" counts them (2887期, as "number of" does);
    "what was USC's *ranking*" and "where did he end up in the *standings*" ask a place in an
    order (第22名, 第16位); "release *date of* the film?" asks a date, as 上映日期 alone does.
    Not "what was *ranked* first" (a thing), nor "the *standing* committee"."""
    assert question_kind("what was the tally of book study classes held".split())[0] == "count"
    assert question_kind("what was usc ranking in us news in 2016".split())[0] == "ordinal"
    assert question_kind("where did monteiro end up in the 2005 drivers standings".split())[0] == "ordinal"
    assert question_kind("release date of the goth film in japan".split())[0] == "date"
    assert question_kind("what was ranked first in the survey".split())[0] is None
    assert question_kind("what is the count of sessions held by the provincial standing committee".split())[0] != "ordinal"
