"""English round eng71v (answerable English questions that get nothing though the right passage
is a candidate): small invented texts, not the sets'."""
from __future__ import annotations

from bot.answer.english.absent_vouched import absent_read, absent_vouched
from tests.conftest import engine_with, vetoed_best

WELL = """柘川镇饮水安全

柘川镇今年完成老旧管网改造42公里，新建净水站3座。
镇卫生院全年在改造片区抽检井水样本860份，合格率达到97.2%。下一步将扩大抽检范围。
"""

TEA = """柘川茶园

柘川镇种茶历史悠久，全镇茶园面积约1.2万亩，茶农收入逐年提高。茶叶产量达到380吨，比上年增长12.4%。
"""


def _clause_words(engine, question: str) -> tuple[int, bool]:
    from bot.answer import consider
    from bot.answer.english.clause_held import clause_words, figure_clause_held
    from bot.answer.reading import Reading

    index = engine._index
    considered = consider(index, question)
    best = considered.candidates[0]
    reading = Reading(index)
    return clause_words(reading, considered.query, best), figure_clause_held(reading, considered.query, best)


def test_a_share_written_as_a_bare_predicate_counts_the_words_of_the_clause_before_it(tmp_path) -> None:
    """"What was the pass rate of the well-water samples the clinic checked?": the figure's clause
    is 合格率达到97.2% -- a share with no subject of its own, of the samples the clause before it
    counts (抽检井水样本860份). Only the predicate was read, so the question's words (井水, 样本,
    抽检) counted for nothing, and the clause rule that shows as possibly related what the shown
    model declines never held (dev: "What was the pass rate of the tap-water samples tested in the
    renovated compounds?", 抽检末梢水样本1240份，合格率达到99.6%)."""
    engine = engine_with(tmp_path, {"well.txt": WELL, "tea.txt": TEA})
    words, held = _clause_words(engine, "What was the pass rate of the well-water samples the clinic checked?")
    assert words >= 2 and held
    # "by what percentage did ... rise": 比上年增长12.4% measures the output the clause before writes
    words, held = _clause_words(engine, "By what percentage did the tea output of Zhechuan's hillside terraces rise?")
    assert words >= 3 and held


def test_a_share_s_clause_is_joined_only_when_bare_and_within_its_sentence() -> None:
    from bot.answer.english.clause_held import _shared_clause

    text = "镇卫生院全年抽检井水样本860份，合格率达到97.2%。"
    start = text.index("97.2")
    assert _shared_clause(text, start, "合格率达到97.2%") == "镇卫生院全年抽检井水样本860份合格率达到97.2%"
    # a clause naming its own subject is the share's whole clause
    text = "镇卫生院全年抽检井水样本860份，全镇自来水入户率达到97.2%。"
    start = text.index("97.2")
    assert _shared_clause(text, start, "全镇自来水入户率达到97.2%") == "全镇自来水入户率达到97.2%"
    # never across a sentence's end
    text = "镇卫生院全年抽检井水样本860份。合格率达到97.2%。"
    start = text.index("97.2")
    assert _shared_clause(text, start, "合格率达到97.2%") == "合格率达到97.2%"
    # nor where the share opens the text
    assert _shared_clause("合格率达到97.2%", 5, "合格率达到97.2%") == "合格率达到97.2%"


SEA = """岷沙县渔船安全

岷沙县地处沿海，渔业是全县支柱产业。今年县里推进渔船安全改造，全县412艘近海渔船全部加装北斗定位终端和防碰撞报警设备。
渔民收入稳步提高，渔港设施也得到改善。
"""


def test_a_pinyin_place_the_document_writes_does_not_veto_the_present_s_clause_rule(tmp_path) -> None:
    """"How many inshore fishing boats in Minsha county now carry Beidou positioning terminals?":
    the report writes no word for "now" (rate_not_given refuses), and the refusal is lifted where
    the figure's undated clause holds the question's words (渔船, 北斗, 定位, 终端) -- but not where
    the question writes capitalised a name nothing was searched for, though 岷沙县 (cut 岷 / 沙县)
    is that name, which the clause rule itself accepts (eng69v). Shown as possibly related; a name
    no document writes so (Tangshui, Hillsborough) still gets nothing (dev: fresh67's Qisha
    boats)."""
    engine = engine_with(tmp_path, {"sea.txt": SEA, "tea.txt": TEA})
    answer = engine.ask("How many inshore fishing boats in Minsha county now carry Beidou positioning terminals?", count=False)
    assert answer.results and "412艘" in answer.results[0].text, answer
    assert not answer.confident, answer
    for name in ("Tangshui", "Hillsborough"):
        answer = engine.ask(f"How many inshore fishing boats in {name} county now carry Beidou positioning terminals?", count=False)
        assert not answer.results, answer


BOAT = """柘川镇龙舟赛事

柘川镇地处水乡，划龙舟的传统延续数百年。该镇于2016年获选承办全省龙舟锦标赛，此后每年端午都举办龙舟邀请赛。
全镇现有龙舟队27支，队员1100余人，其中女子龙舟队5支。
"""


def _vouched(engine, question: str) -> tuple[bool, bool]:
    """(absent_read, absent_vouched) for ``question`` read as vetoed for naming something absent
    (a veto a small invented corpus rarely raises: it is set here, as the English reader sets it
    for a word no translation reaches)."""
    query, reading, best = vetoed_best(engine, question)
    return absent_read(query), absent_vouched(reading, query, best)


def test_a_date_s_clause_vouches_for_an_absent_word_with_two_understood_words(tmp_path) -> None:
    """"In what year did Zhechuan host the championship of the dragon boat federation?", vetoed as
    naming something absent, is vouched for by 该镇于2016年获选承办全省龙舟锦标赛: two of its words
    (龙舟, 锦标赛) beside the date -- a date is written where the text dates one event (dev: "In
    which year did Pittsburgh host the G20 summit?", 于2009年获选主办世界二十国集团高峰会). A count's
    clause holding two words does not vouch (全镇现有龙舟队27支 for "how many dragon boat teams of
    the federation"), nor a share's."""
    engine = engine_with(tmp_path, {"boat.txt": BOAT, "tea.txt": TEA})
    assert _vouched(engine, "In what year did Zhechuan host the championship of the dragon boat federation?") == (True, True)
    # (eng73v: two words beside a count of things vouch too, but not for a year the clause lacks)
    read, vouched = _vouched(engine, "How many dragon boat teams of the federation did Zhechuan have in 2019?")
    assert not vouched
