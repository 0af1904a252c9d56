"""English round eng69w (answerable English who/where/which questions given the wrong passage
first): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

MUSEUM = """柘川茶叶博物馆

柘川茶叶博物馆是柘川市的一座茶叶专题博物馆，位于柘川市茶山区，博物馆实行馆长负责制，2016年建成开放，博物馆展出茶具、茶叶标本和制茶工具，是柘川茶叶文化的展示窗口。

2025年，博物馆接待观众约12万人次。馆长严慕清介绍，明年博物馆将新设制茶体验区，并与本地茶农合作开展采茶活动。

博物馆每年春季举办斗茶会，吸引各地茶客参加。
"""

BRIDGE = """柘川石桥

柘川石桥位于柘川市西郊，是一座三孔石拱桥，始建于清代，现为市级文物保护单位。
"""


def test_an_english_who_question_asking_a_role_s_holder_prefers_the_passage_naming_one_after_it(tmp_path) -> None:
    """"Who is the director of the Zhechuan Tea Museum?": the lead names the museum more often and
    writes the role too (实行馆长负责制), but only 馆长严慕清介绍 names a person right after the
    role's translation (馆长, one of "director"'s)."""
    engine = engine_with(tmp_path, {"museum.txt": MUSEUM, "bridge.txt": BRIDGE})
    answer = engine.ask("Who is the director of the Zhechuan Tea Museum?", count=False)
    assert answer.results and "严慕清" in answer.results[0].text, answer.results[0].text if answer.results else answer


def test_the_role_asked_is_read_by_english_grammar() -> None:
    from bot.answer.english.role_named import asked_role

    assert asked_role("Who is the head of Tainan's Water Resources Bureau?") == "head"
    assert asked_role("Who was the county magistrate who proposed building the aqueduct?") == "county magistrate"
    assert asked_role("Who heads the culture bureau?") == "heads"
    assert asked_role("Who founded the dye works?") is None  # a deed, not a role


def test_a_person_is_a_surname_and_a_given_name_of_single_characters_after_the_title() -> None:
    from bot.answer.english.role_named import _surnames, names_after

    family = _surnames()
    assert names_after(["馆长", "严", "慕", "清", "介绍"], ("馆长",), family)
    # 和 is a surname too, but here a conjunction before a word: no one is named
    assert not names_after(["馆长", "和", "党中央", "关注"], ("馆长",), family)
    # a name after another title is not the role asked
    assert not names_after(["记者", "严", "慕", "清"], ("馆长",), family)


WORKSHOP = """柘川丝绸作坊

柘川丝绸作坊是清代柘川府城的一座私营丝绸作坊，以织造丝绸闻名，旧址今为柘川丝绸博物馆，是当地保存最完整的丝绸作坊。

作坊由本地商人严慕清于乾隆四十八年创办，初设织机12台，雇工20人。

民国以后丝绸作坊生意渐衰，1956年并入地方丝绸厂。
"""


def test_an_english_who_did_question_prefers_the_passage_naming_the_doer_by_you(tmp_path) -> None:
    """"Who founded the Zhechuan silk workshop?": the lead names the workshop more often, but
    names no one; 作坊由本地商人严慕清…创办 names a person as the doer, by 由."""
    engine = engine_with(tmp_path, {"workshop.txt": WORKSHOP, "bridge.txt": BRIDGE})
    answer = engine.ask("Who founded the Zhechuan silk workshop?", count=False)
    assert answer.results and "严慕清" in answer.results[0].text, answer.results[0].text if answer.results else answer


def test_the_doer_by_you_is_a_person_named_in_the_clause() -> None:
    from bot.answer.english.role_named import _surnames, names_by_agent

    family = _surnames()
    assert names_by_agent(["作坊", "由", "本地", "商人", "严", "慕", "清", "创办"], family)
    # gentry with no name, and a name in the next clause, are no doer named
    assert not names_by_agent(["由", "地方", "士绅", "捐资", "设立"], family)
    assert not names_by_agent(["由", "地方", "士绅", "捐资", "，", "严", "慕", "清"], family)
