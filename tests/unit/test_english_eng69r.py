"""English round eng69r (the right passage ranked 2nd or 3rd, below another passage): small
invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

SALT_STORE = """澄浦鹽倉

澄浦鹽倉，位於清代澄浦鎮東溪南岸，是清代轉運海鹽的倉廒，現為縣級文物保護單位。

乾隆四十年（1775年），鹽運分司在澄浦設倉，收貯沿海鹽場運來的海鹽，初建倉廒8間，可貯鹽約2萬包。

咸豐三年（1853年），鹽倉毀於大火。同治二年（1863年），鹽商捐銀約2100兩重建。民國時期鹽倉改作倉庫，1950年收歸國有，用作縣鹽業公司倉庫，1991年停用。
"""


def test_a_making_asked_is_dated_by_the_earliest_founding_of_the_history(tmp_path) -> None:
    """"When was the Chengpu salt warehouse founded / set up?": the later paragraph (1950年收歸國有，
    用作…倉庫) holds the modern word 倉庫 the founding one (在澄浦設倉) does not, and the question's
    verb reaches no word written right after the founding's date; the making comes before every
    later deed of the history: the earliest close date of the document whose sentence writes a
    founding (設, 建) and no rebuilding answers."""
    engine = engine_with(tmp_path, {"salt.txt": SALT_STORE})
    for question in ("When was the Chengpu salt warehouse founded?", "When was the Chengpu salt warehouse set up?"):
        answer = engine.ask(question, count=False)
        assert answer.figure is not None and answer.figure.text == "乾隆四十年（1775年）", (question, answer)


def test_founding_asked_reads_a_making_and_no_redoing() -> None:
    from bot.answer.english.founded import _FOUNDING_WRITTEN, founding_asked

    assert founding_asked("When was the toll house at the bridge set up?")
    assert founding_asked("In what year was the guild hall founded?")
    assert not founding_asked("When was the guild hall rebuilt?")
    assert not founding_asked("When was the body found?")
    assert not founding_asked("When was the hall set up again after the fire?")
    assert _FOUNDING_WRITTEN.search("盐运分司在澄浦设仓") and not _FOUNDING_WRITTEN.search("1950年收归国有")


ROAD_LIGHTS = """澄江县农村道路亮灯工程成效明显

本报讯 12月20日，澄江县交通运输局通报农村道路亮灯工程实施一年来的成效：全县农村道路新装路灯6200盏，新增亮灯道路318公里，农村道路亮灯工程被评为全市优秀民生工程。

县交通运输局局长韦明远介绍，工程于3月16日启动，被列为年度十件实事之一。

今年1月至11月，全县夜间交通事故比上年同期下降41.2%。
"""


def test_a_beginning_asked_is_dated_by_any_verb_of_starting_the_text_writes(tmp_path) -> None:
    """"When did work on the rural road lighting project begin?": "begin" is translated 开始, the
    text writes 工程于3月16日启动, and the dateline lead (本报讯 12月20日，…通报), holding more of the
    question's words, came first; a verb of beginning is said by any of the words a text writes
    for one (:data:`bot.answer.figure.clauses.STARTED`: 启动, 开工, 动工 ...), as a Chinese
    question's 开始 is read."""
    engine = engine_with(tmp_path, {"road.txt": ROAD_LIGHTS})
    for question in (
        "When did work on the rural road lighting project begin?",
        "When did work on Chengjiang county's rural road lighting programme begin?",
    ):
        answer = engine.ask(question, count=False)
        assert answer.figure is not None and answer.figure.text == "3月16日", (question, answer)


def test_said_alike_widens_a_verb_by_its_group_and_a_dateline_is_read() -> None:
    from bot.answer.english.dated import _DATELINE_RE, said_alike

    assert "启动" in said_alike(("开始", "创业")) and "开工" in said_alike(("开始",))
    assert "创建" in said_alike(("建立",)) and said_alike(("发布",)) == ("发布",)
    assert _DATELINE_RE.search("本报讯 ") and _DATELINE_RE.search("本报南通11月18日电（记者 周启航）")
    assert not _DATELINE_RE.search("本报讯 12月22日，县交通运输局局长介绍，工程于")


LIGHT_TOWER = """澄礁燈塔

澄礁燈塔位於澄礁島頂，是清代晚期修建的石砌燈塔之一。燈塔建成於清光緒二年（1876年），現為縣級文物保護單位。

2019年，縣文物部門對澄礁燈塔進行全面修繕，更換塔身風化石塊1800餘塊，修繕工程歷時7個月，於2019年11月竣工。
"""


def test_a_completion_asked_is_not_a_later_repair_s(tmp_path) -> None:
    """"In what year was the Chengjiao lighthouse completed?": the repair's paragraph (修繕工程…
    於2019年11月竣工) writes the question's verb (竣工) and its words; the making's completion is
    the founding (建成於…1876年) when the best's date is of a mending or remaking."""
    engine = engine_with(tmp_path, {"tower.txt": LIGHT_TOWER})
    answer = engine.ask("In what year was the Chengjiao lighthouse completed?", count=False)
    assert answer.figure is not None and answer.figure.text == "光緒二年（1876年）", answer
