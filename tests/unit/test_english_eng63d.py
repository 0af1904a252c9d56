"""English round eng63d (the right passage first, another figure of the asked kind): small
invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

HERBALIST = """柘川名医沈敬之

沈敬之是清代柘川名医，出身医学世家。据后人统计，他在各种著作中记录使用的方剂共860首，其中自己创制的方剂有57首，多首至今仍见于中医教材。
"""

FORTS = """柘川海防炮台

柘川海防工程于1992年完工，沿岸一共有9处炮台，其中4处是新建造，其余由清代旧炮台改建。
"""

FERRY = """柘川渡口

柘川渡口设于清道光年间，初设渡船3艘，每艘限载18人。
"""


def test_an_english_question_naming_a_part_after_qizhong_asks_the_part(tmp_path) -> None:
    """"How many prescriptions did Shen create himself?": 共860首，其中自己创制的方剂有57首 -- 创制
    ("create") stands in the part and not in the whole's clause, so the question names the part;
    an English question's parts were never judged named (its translations leave 自己 unread), so
    the whole, nearer the question's nouns, won."""
    engine = engine_with(tmp_path, {"herbalist.txt": HERBALIST, "forts.txt": FORTS, "ferry.txt": FERRY})
    answer = engine.ask("How many prescriptions did Shen Jingzhi create himself?", count=False)
    assert answer.figure is not None and answer.figure.text == "57首", answer
    answer = engine.ask("How many of the coastal forts were built from scratch?", count=False)
    assert answer.figure is not None and answer.figure.text == "4处", answer
    # ... and a question naming no word of the part still asks the whole
    answer = engine.ask("How many prescriptions did Shen Jingzhi record in his books?", count=False)
    assert answer.figure is not None and answer.figure.text == "860首", answer


def test_a_part_named_only_by_a_dictionary_guess_is_not_the_one_asked() -> None:
    """Only an English word's own translations (half its weight or more) name a part: the part
    named by one of them gets PART_ASKED, by none of them stays as it was."""
    from bot.answer.figure.parts import PART_ASKED, part_of
    from index.figures import passage_figures

    text = "沿岸一共有9处炮台，其中4处是新建造，其余由旧炮台改建。"
    whole, part = [f for f in passage_figures(text) if f.text in ("9处", "4处")]
    assert part_of(text, part, ["炮台", "建造"], (), True, False, ["建造"]) == PART_ASKED
    assert part_of(text, part, ["炮台", "建造"], (), True, False, ["炮台"]) == 1.0
    assert part_of(text, whole, ["炮台", "建造"], (), True, False, ["建造"]) == 1.0


MISSILES = """柘川防空系统

柘川防空系统部署了48枚射程较远的拦截弹，另有72枚射程较短。
"""


def test_an_english_adjective_s_one_character_after_a_degree_adverb_weighs_as_a_word(tmp_path) -> None:
    """"How many short-range interceptors ...?": 短 ("short") of 另有72枚射程较短 weighed as a lone
    character (0.3: often inside another word), so 48枚, beside 拦截弹, won; after 较 it is the
    adjective itself."""
    engine = engine_with(tmp_path, {"missiles.txt": MISSILES, "ferry.txt": FERRY})
    answer = engine.ask("How many short-range interceptors does the Zhechuan system have?", count=False)
    assert answer.figure is not None and answer.figure.text == "72枚", answer


def test_degree_said_keeps_a_character_only_after_a_degree_adverb() -> None:
    from bot.answer.figure.adjectives import degree_said

    text = "射程较短，短期内完成"
    assert degree_said(text, [(3, 4), (5, 6)]) == [(3, 4)]


BASEBALL = """柘川棒球队

柘川棒球队成立于1921年，总计打进过9次全国系列赛并赢得4次冠军。全国系列赛每年秋季举行，系列赛冠军可参加亚洲系列赛。
"""


def test_a_count_right_after_an_english_count_s_verb_is_what_the_verb_did(tmp_path) -> None:
    """"How many times has the team won the national Series?": 9次全国系列赛 holds the question's
    noun right after its count (doubled), 赢得4次冠军 only its verb, weighed as any word near; in
    Chinese the count stands between the verb and its object, so the verb right before a count
    says what was counted as surely."""
    engine = engine_with(tmp_path, {"baseball.txt": BASEBALL, "ferry.txt": FERRY})
    answer = engine.ask("How many times has the Zhechuan baseball team won the Series?", count=False)
    assert answer.figure is not None and answer.figure.text == "4次", answer


def test_deed_counted_takes_the_verb_right_before_a_count_or_after_an_aspect_particle() -> None:
    from bot.answer.figure.deeds import deed_counted, deed_spans
    from bot.answer.figure.nearness import Spot
    from index.figures import passage_figures

    text = "打进过9次大赛并赢得了4次冠军"
    deeds = deed_spans(text, ["赢得"])
    nine, four = [f for f in passage_figures(text) if f.text in ("9次", "4次")]
    won = Spot(8, 10, 0, 0)
    assert deed_counted(text, four, won, deeds)
    assert not deed_counted(text, nine, won, deeds)


def test_a_count_per_unit_after_the_verb_is_no_count_of_the_deed() -> None:
    """每平方公里土地上生活了408位居民 ("how many people live ..."): a density -- the verb before it
    names no count of those who did the deed (the first form showed it for a question the texts
    do not answer)."""
    from bot.answer.figure.deeds import deed_counted, deed_spans
    from bot.answer.figure.nearness import Spot
    from index.figures import passage_figures

    text = "平均每平方公里土地上生活了408位居民"
    deeds = deed_spans(text, ["生活"])
    count = next(f for f in passage_figures(text) if f.text == "408位")
    assert not deed_counted(text, count, Spot(10, 12, 0, 0), deeds)
    whole = "全县生活了408位居民"
    counted = next(f for f in passage_figures(whole) if f.text == "408位")
    assert deed_counted(whole, counted, Spot(2, 4, 0, 0), deed_spans(whole, ["生活"]))
