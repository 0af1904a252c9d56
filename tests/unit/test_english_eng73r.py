"""English round eng73r (the right passage ranked 2nd or 3rd below another): small invented
texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

CAMPAIGN = """澄川市開展社區讀書月活動

2024年3月至2024年6月，澄川市在全市社區開展讀書月活動，共舉辦讀書會420場。

2024年5月，澄川市市長陳立新到澄溪社區考察讀書月活動，對社區讀書月活動提出明確要求。

活動期間，全市社區圖書室新增藏書3.6萬冊，參加讀書月活動的居民約5.2萬人次。
"""

WORKS = """澄溪大橋工程

澄溪大橋全長約1.2公里，工程於2022年4月動工，2024年9月建成通車。

2022年4月至2024年9月，工程累計完成投資約9.8億元。
"""


def test_a_beginning_or_end_asked_is_the_span_s_not_an_event_s(tmp_path) -> None:
    """"When did Chengchuan's community reading month kick off?": the span 2024年3月至2024年6月
    dates the campaign; the mayor's visit paragraph repeats more of the translated question
    (讀書月活動 twice) and came first with its single date 2024年5月."""
    engine = engine_with(tmp_path, {"campaign.txt": CAMPAIGN, "works.txt": WORKS})
    for question in (
        "When did Chengchuan's community reading month activities kick off?",
        "When did Chengchuan's community reading month activities wrap up?",
    ):
        answer = engine.ask(question, count=False)
        assert answer.results and "2024年3月至2024年6月" in answer.results[0].text, (question, answer)


def test_a_beginning_its_verb_dates_keeps_its_single_date(tmp_path) -> None:
    """"When did work on the Chengxi bridge start?": 工程於2022年4月動工 is the beginning asked,
    not the span of the investment."""
    engine = engine_with(tmp_path, {"campaign.txt": CAMPAIGN, "works.txt": WORKS})
    answer = engine.ask("When did work on the Chengxi Bridge start?", count=False)
    assert answer.results and "2022年4月動工" in answer.results[0].text, answer


def test_boundary_asked_reads_the_aspectual_verbs() -> None:
    from bot.answer.english.spans import boundary_asked

    assert boundary_asked("When did the campaign get under way?")
    assert boundary_asked("Up to which month did the study campaign run?")
    assert boundary_asked("When did the cruise season come to an end?")
    assert not boundary_asked("When was the school founded?")
    assert not boundary_asked("When was Qiao Muliang born?")
    assert not boundary_asked("In what year did the mayor visit the district?")


STATION = """澄溪站

澄溪站是澄川市的一座鐵路車站，站房跨越月台而建，候車室位於月台上方，旅客從候車室經扶梯直達月台，候車室與月台之間設有電梯。

站內候車室共10間，其中70%的候車室在上層。

澄溪站每日開行列車約120對。
"""


def test_a_share_asked_is_not_a_passage_without_a_figure(tmp_path) -> None:
    """"What percentage of the waiting rooms are above the platforms?": 70%的候車室在上層
    gives the share; the paragraph telling of the rooms at length (候車室, 月台 three times) holds no
    figure at all and came first."""
    engine = engine_with(tmp_path, {"station.txt": STATION, "campaign.txt": CAMPAIGN})
    answer = engine.ask("What percentage of Chengxi Station's waiting rooms are above the platforms?", count=False)
    assert answer.results and "70%的候車室" in answer.results[0].text, answer


def test_a_bare_last_is_no_end_asked() -> None:
    """"the *last* repair" is the adjective: a single date answers it, no span is put first; the
    verb forms and the phrases of ending still ask an end."""
    from bot.answer.english.spans import boundary_asked

    assert not boundary_asked("When was the last repair of the bridge?")
    assert boundary_asked("How long has the exhibition lasted since it opened?")
    assert boundary_asked("When did the campaign wrap up?")
