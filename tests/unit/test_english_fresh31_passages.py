"""English passages found as the documents write what is asked (english_fresh31 studied): an
"-ing" word the corpus writes as one term with the noun after it ("number of *reading*
classes": 读书班) modifies that noun, and is no verb."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

CLASSES = (
    "臨水縣黨校\n\n"
    "今年以來,臨水縣各鄉鎮共舉辦136期讀書班,參加學員5400人次。\n\n"
    "縣黨校新建教學樓一座,設教室12間,可同時容納600人上課。\n\n"
    "全縣還組織專題講座48場,覆蓋機關幹部2100名。\n"
)


def test_an_ing_word_spelling_one_term_with_its_noun_modifies_it(tmp_path: Path) -> None:
    """"number of reading classes": 读书班 (读书 + 班) is counted -- 136期 --, not the
    classrooms 12间 that "classes" alone (堂, 间) would count."""
    engine = engine_with(tmp_path, {"school.txt": CLASSES})
    question = "number of reading classes run by the townships of Linshui"
    reading = next(u for u in engine.index.english().translate(question).units if u.english == "reading")
    assert not reading.action
    reply = engine.ask(question, count=False)
    assert reply.results and "讀書班" in reply.results[0].text


def test_an_ing_verb_before_a_noun_it_spells_no_term_with_stays_a_verb(tmp_path: Path) -> None:
    """"holding classes": no term of the corpus is 举办 + 班, so "holding" stays a verb."""
    engine = engine_with(tmp_path, {"school.txt": CLASSES})
    units = engine.index.english().translate("number of townships holding classes").units
    holding = next(u for u in units if u.english == "holding")
    assert holding.action


BYLINE = (
    "臨水縣推進老街改造\n\n"
    "臨水縣今年投入資金改造城西老街,修繕沿街民居86棟。\n\n"
    "改造後的老街將引入書店、茶館等業態,帶動周邊就業。\n\n"
    "縣裡表示,明年還將改造城東老街。(本報記者 周明 林曉)\n"
)


def test_the_writers_behind_this_text_are_its_byline(tmp_path: Path) -> None:
    """"the reporters *behind* this article": "behind" ties the writers to the text, as "of"
    does -- the byline comes first, and "behind" is no word to search (此后)."""
    engine = engine_with(tmp_path, {"street.txt": BYLINE})
    question = "Who are the reporters behind this article?"
    units = engine.index.english().translate(question).units
    assert [u.english for u in units if not u.byline] == []
    reply = engine.ask(question, count=False)
    assert reply.results and "本報記者" in reply.results[0].text


def test_the_writers_of_a_book_the_text_names_are_no_byline(tmp_path: Path) -> None:
    """"the reporters behind the book": the book is no text at hand -- no byline is asked."""
    engine = engine_with(tmp_path, {"street.txt": BYLINE})
    units = engine.index.english().translate("Who are the writers behind the book?").units
    assert not any(u.byline for u in units)


TEAM = (
    "臨水縣志願服務隊\n\n"
    "臨水縣志願服務團隊現有隊員320人,其中青年隊員占六成。\n\n"
    "團隊今年開展助老活動86次,接待遊客1.2萬人次。\n\n"
    "縣裡新建志願服務站14個,方便團隊就近開展活動。\n"
)


def test_a_kind_no_document_writes_declines_a_question_understood_in_part(tmp_path: Path) -> None:
    """"a *football* team": 足球, which the dictionary gives and no document writes, narrows
    the team (团队) to a kind the documents lack; with "players" only guessed, nothing is shown
    -- not the volunteer team's visitors."""
    engine = engine_with(tmp_path, {"team.txt": TEAM})
    assert not engine.ask("How many players may a football team put on the pitch?", count=False).results


def test_a_team_without_a_lacking_kind_is_still_answered(tmp_path: Path) -> None:
    """The same question of "the team", which the documents write, still finds its passage."""
    engine = engine_with(tmp_path, {"team.txt": TEAM})
    reply = engine.ask("How many visitors did the volunteer team receive?", count=False)
    assert reply.results and "遊客" in reply.results[0].text


SHRINE = (
    "周氏宗祠\n\n"
    "清道光五年,周氏族人共捐銀約5200兩修建宗祠,歷時三年落成。\n\n"
    "宗祠佔地約1800平方公尺,現存房屋46間。\n\n"
    "2019年,宗祠接待遊客約3.4萬人次。\n"
)


def test_a_word_named_before_a_labelled_explanation_is_glossed_plainly() -> None:
    """两 "tael, unit of weight ... of a catty (old)": the label "(old)" qualifies the old
    measure after the comma, not "tael", which is as plain a sense as its place allows."""
    from index.english.cedict_senses import COMMA_PART_FACTOR, headword_senses

    tael = next(s for s in headword_senses("两") if s.words == ("tael",))
    assert tael.factor == COMMA_PART_FACTOR


def test_taels_are_counted_as_the_text_writes_them(tmp_path: Path) -> None:
    """"How many taels of silver": 两, written after the figure (5200兩), is what is counted."""
    engine = engine_with(tmp_path, {"shrine.txt": SHRINE})
    reply = engine.ask("How many taels of silver did the clan donate for the ancestral hall?", count=False)
    assert reply.results and "5200兩" in reply.results[0].text
    assert reply.text is not None and reply.text.startswith("5200")
