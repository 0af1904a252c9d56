"""English round eng64f (the right passage first, the wrong figure or none): small invented
texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

LIGHTS = """柘川县路灯改造工程完工

柘川县城区路灯节能改造工程日前全部完工。工程总投资2.4亿元，其中县财政安排8600万元，争取省级补助资金5100万元，其余1亿元由节能服务企业投入。
"""

SPONGE = """柘川海绵城市建设

从资金来源看，全年完成的投资中，中央财政海绵城市建设示范补助资金6亿元，省级配套资金1.8亿元，其余9.5亿元通过政府和社会资本合作等方式筹集。
"""

FERRY = """柘川渡口

柘川渡口设于清道光年间，初设渡船3艘，每艘限载18人。
"""


def _engine(tmp_path):
    return engine_with(tmp_path, {"lights.txt": LIGHTS, "sponge.txt": SPONGE, "ferry.txt": FERRY})


def test_an_english_question_s_own_word_opening_a_qizhong_part_names_it(tmp_path) -> None:
    """"How much did the county's own budget contribute ...?": 其中县财政安排8600万元 opens with 县
    ("county"), which the whole's clause (工程总投资2.4亿元) lacks; the rest of the part's words
    (财政) were untranslated, so the part was judged unasked (PART) and the whole won."""
    answer = _engine(tmp_path).ask("How much did the county's own budget contribute to the street lighting project?", count=False)
    assert answer.figure is not None and answer.figure.text == "8600万元", answer


def test_a_part_opened_by_a_question_s_word_is_not_judged_unasked() -> None:
    """On ``part_of``: the part opened by one of ``owners`` is 1, not PART; without owners, PART."""
    from bot.answer.figure.parts import PART, part_of
    from index.figures import passage_figures

    text = "工程总投资2.4亿元，其中县财政安排8600万元，争取省级补助资金5100万元。"
    part = next(f for f in passage_figures(text) if f.text == "8600万元")
    assert part_of(text, part, ["县", "路灯"], (), True) == PART
    assert part_of(text, part, ["县", "路灯"], (), True, owners=["县", "路灯"]) == 1.0
    # ... nor a word the whole's clause writes too
    text = "县级工程总投资2.4亿元，其中县财政安排8600万元。"
    part = next(f for f in passage_figures(text) if f.text == "8600万元")
    assert part_of(text, part, ["县", "路灯"], (), True, owners=["县"]) == PART


def test_a_remainder_after_qiyu_does_not_answer_a_named_part(tmp_path) -> None:
    """"How much central government demonstration subsidy ...?": 其余9.5亿元通过政府和社会资本合作…筹集
    stands beside 政府 ("government") too; a remainder is named by no word of its own, so it
    answers only a question asking the rest."""
    answer = _engine(tmp_path).ask("How much central government demonstration subsidy went into the sponge city work?", count=False)
    assert answer.figure is not None and answer.figure.text == "6亿元", answer


def test_remainder_only_for_english_questions_not_asking_the_rest() -> None:
    from bot.answer.figure.remainder import REMAINDER, remainder
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    text = "中央财政补助资金6亿元，省级配套资金1.8亿元，其余9.5亿元通过政府和社会资本合作筹集。"
    rest = next(f for f in passage_figures(text) if f.text == "9.5亿元")
    first = next(f for f in passage_figures(text) if f.text == "6亿元")
    english = QuestionInfo(kind="count", unit=None, english=True)
    assert remainder(text, english, rest, ["政府"]) == REMAINDER
    assert remainder(text, english, first, ["政府"]) == 1.0
    assert remainder(text, english, rest, ["其余", "资金"]) == 1.0  # "the rest of the money"
    assert remainder(text, QuestionInfo(kind="count", unit=None), rest, ["政府"]) == 1.0  # Chinese: as before


SEEDS = """芃溪县种业报告

芃溪县农业农村局发布种业年度报告。一年来，全县制种面积由去年的7.6万亩扩大到10.3万亩，全年生产各类良种3.2万吨。
"""


def test_a_figure_quoted_without_its_scale_is_the_question_s_own(tmp_path) -> None:
    """"The seed-growing area was 7.6 (ten-thousand mu) last year; how large is it now?": the
    question names the scale in words, so its quoted 7.6 was no 7.6万亩 (76,000) and the figure it
    gives was answered; the text's own digits with a scale after them are the question's figure."""
    engine = engine_with(tmp_path, {"seeds.txt": SEEDS, "ferry.txt": FERRY})
    answer = engine.ask("Pengxi's seed-growing area was 7.6 (ten-thousand mu) last year; how large is it now?", count=False)
    assert answer.figure is not None and answer.figure.text == "10.3万亩", answer


def test_quoted_unscaled_needs_a_decimal_and_a_scale_after_the_same_digits() -> None:
    from bot.answer.figure.unscaled import quoted_unscaled
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    text = "制种面积由去年的7.6万亩扩大到10.3万亩，新建基地3个，另有3万亩待建。"
    figures = {f.text: f for f in passage_figures(text)}
    quoted = [f for f in passage_figures("7.6 and 3") if f.kind in ("count", "number")]
    english = QuestionInfo(kind="count", unit=None, english=True, quoted=tuple(quoted))
    assert quoted_unscaled(english, figures["7.6万亩"])
    assert not quoted_unscaled(english, figures["10.3万亩"])
    assert not quoted_unscaled(english, figures["3万亩"])  # "3" may name a thing (Line 3)
    assert not quoted_unscaled(QuestionInfo(kind="count", unit=None, quoted=tuple(quoted)), figures["7.6万亩"])


HEARING = """柘溪县老年听力关爱项目

本报讯 记者从柘溪县卫生健康局获悉，该县“老年听力关爱”项目实施一年来，累计为全县2740名65岁以上听力障碍老人免费验配助听器，完成听力筛查4.1万人次。
"""


def test_an_age_bound_before_a_noun_answers_no_english_count(tmp_path) -> None:
    """"How many older people with hearing loss have been fitted with free hearing aids?": 65岁以上
    听力障碍老人 -- the age says which people are counted; with "older people" untranslated, no
    counted noun was known to read it as a qualifier, and 65岁 (nearer the question's words) was
    chosen (then withheld here as little fitting; fresh65's 60岁 was shown)."""
    engine = engine_with(tmp_path, {"hearing.txt": HEARING, "ferry.txt": FERRY})
    answer = engine.ask("How many older people with hearing loss in Zhexi county have been fitted with free hearing aids?", count=False)
    assert answer.figure is not None and answer.figure.text == "2740名", answer


def test_age_qualifies_only_english_counts_asking_no_age() -> None:
    from bot.answer.figure.qualifier import age_qualifies
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    text = "累计为全县2740名65岁以上听力障碍老人验配助听器，其中最年长的老人98岁。"
    figures = {f.text: f for f in passage_figures(text)}
    english = QuestionInfo(kind="count", unit=None, english=True)
    assert age_qualifies(text, english, figures["65岁"])
    assert not age_qualifies(text, english, figures["98岁"])  # no bound: the age of someone
    assert not age_qualifies(text, QuestionInfo(kind="count", unit=None, english=True, dimension="age"), figures["65岁"])
    assert not age_qualifies(text, QuestionInfo(kind="count", unit=None), figures["65岁"])  # Chinese: qualifies_counted
