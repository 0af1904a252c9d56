"""English round eng67f (the right passage first, the wrong figure or none): small invented
texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

ORCHARD = """柘川县果园防霜工程

柘川县果园智能防霜项目今年春季投入使用。项目总投入2.16亿元，其中县级财政安排7400万元，省级农业补助资金5300万元，果农合作社自筹8900万元。
"""

MUSEUM = """柘川渡口纪念馆

柘川渡口纪念馆2021年开馆以来，至2025年底共举办展览130余场，接待游客约31万人次，其中2025年约8.2万人次。
"""

FERRY = """柘川渡口

柘川渡口设于清道光年间，初设渡船3艘，每艘限载18人。
"""


def _engine(tmp_path):
    return engine_with(tmp_path, {"orchard.txt": ORCHARD, "museum.txt": MUSEUM, "ferry.txt": FERRY})


def test_a_whole_before_qizhong_does_not_answer_a_part_the_question_names(tmp_path) -> None:
    """"How much did the county's own budget put into the frost protection project?": 县级 ("county")
    opens the part 其中县级财政安排7400万元 and the whole's clause (项目总投入2.16亿元) lacks it; the whole's
    clause holds more of the question's words (项目, 投入), so it won at the base."""
    answer = _engine(tmp_path).ask("How much did the county's own budget put into the orchard frost protection project?", count=False)
    assert answer.figure is not None and answer.figure.text == "7400万元", answer


def test_a_part_opened_by_the_year_asked_answers_what_happened_in_it(tmp_path) -> None:
    """"How many visitors came to the memorial hall in 2025?": 其中2025年约8.2万人次 is the year's own
    figure; 31万人次 before it sums every year up to 2025 (至2025年底)."""
    answer = _engine(tmp_path).ask("How many visitors came to the ferry memorial hall in 2025?", count=False)
    assert answer.figure is not None and answer.figure.text == "8.2万人次", answer


def test_named_part_weighs_only_a_whole_whose_named_part_follows() -> None:
    """On ``named_part``: the whole before 其中 is weighed down when a part opens with the year asked
    or an owner term its own clause lacks; not the part itself, not for a total, not for a term
    the whole's clause writes too, not without a figure in the part."""
    from bot.answer.figure.named_part import NAMED_PART_WHOLE, NAMED_YEAR_WHOLE, named_part
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    text = "项目总投入2.16亿元，其中县级财政安排7400万元，省级补助5300万元。"
    figures = {f.text: f for f in passage_figures(text)}
    info = QuestionInfo(kind="count", unit=None, english=True)
    assert named_part(text, info, figures["2.16亿元"], ["县级", "项目"]) == NAMED_PART_WHOLE
    assert named_part(text, info, figures["7400万元"], ["县级", "项目"]) == 1.0
    assert named_part(text, info, figures["2.16亿元"], ["项目"]) == 1.0
    assert named_part(text, QuestionInfo(kind="count", unit=None, english=True, total=True), figures["2.16亿元"], ["县级"]) == 1.0
    assert named_part(text, QuestionInfo(kind="count", unit=None), figures["2.16亿元"], ["县级"]) == 1.0
    text = "县级项目总投入2.16亿元，其中县级财政安排7400万元。"
    whole = next(f for f in passage_figures(text) if f.text == "2.16亿元")
    assert named_part(text, info, whole, ["县级"]) == 1.0
    text = "接待游客约31万人次，其中2025年约8.2万人次。"
    whole = next(f for f in passage_figures(text) if f.text == "31万人次")
    assert named_part(text, QuestionInfo(kind="count", unit=None, english=True, within=(2025,)), whole, []) == NAMED_YEAR_WHOLE
    assert named_part(text, QuestionInfo(kind="count", unit=None, english=True, within=(2024,)), whole, []) == 1.0
    # ... nor a word the whole's sentence writes before its clause: the whole's own owner
    text = "柘川县发展改革局通报，今年全县新增充电桩1260台，共投入资金3850万元，其中县财政安排1900万元。"
    whole = next(f for f in passage_figures(text) if f.text == "3850万元")
    assert named_part(text, info, whole, ["县", "充电桩"]) == 1.0
    # ... a count's part opened by a question's word is a kind of the whole, the word maybe another noun's
    text = "园区已入驻企业213家，其中冷链运输企业67家。"
    whole = next(f for f in passage_figures(text) if f.text == "213家")
    assert named_part(text, info, whole, ["冷链", "企业"]) == 1.0
    text = "接待游客约31万人次，其中县级以上团队较多。"
    whole = next(f for f in passage_figures(text) if f.text == "31万人次")
    assert named_part(text, info, whole, ["县级"]) == 1.0


HERBALIST = """柘川名医钟岐山

钟岐山生于嘉庆五年（1800年），出身药商之家，家人希望他走科举之路。道光十二年（1832年）乡试落第之后，钟岐山决意弃儒从医。
"""

RAILWAY = """柘川铁路

1958年9月，经过三年修建，连接柘川与北岭的柘北铁路建成，成为柘川1950年以后修建的第一条铁路线。1960年代，沿线又陆续增设车站。
"""


def _dated_engine(tmp_path, name: str, text: str):
    return engine_with(tmp_path, {name: text, "ferry.txt": FERRY})


def test_a_date_another_verb_ties_with_yu_does_not_answer(tmp_path) -> None:
    """"In which year did Zhong Qishan fail the provincial examination?": 道光十二年（1832年）乡试落第 is the
    date the verb's translation (落第) follows; 生于嘉庆五年（1800年） stands nearer the name and 科举, but 生于
    ties it to another deed (birth)."""
    answer = _dated_engine(tmp_path, "herbalist.txt", HERBALIST).ask("In which year did Zhong Qishan fail the provincial examination and turn to medicine?", count=False)
    assert answer.figure is not None and "1832" in answer.figure.text, answer


def test_other_deed_only_for_a_verb_tied_with_yu() -> None:
    from bot.answer.figure.verb_dated import OTHER_DEED, other_deed
    from index.figures import passage_figures

    text = "钟岐山生于1800年，1832年乡试落第。"
    figures = {f.text: f for f in passage_figures(text)}
    assert other_deed(text, figures["1800年"], ["落第"]) == OTHER_DEED
    assert other_deed(text, figures["1800年"], ["出生", "生"]) == 1.0  # the question's own verb
    assert other_deed(text, figures["1832年"], ["落第"]) == 1.0
    text = "工程已于1832年完工。"  # an adverb before 于: the date's event is the verb after it
    assert other_deed(text, next(iter(passage_figures(text))), ["完工"]) == 1.0
    # (eng75d: and when the verb after it is another -- 已于1832年开工 for "completed" -- that
    # verb tells another deed: :func:`~bot.answer.figure.verb_dated.deed_after`)
    text = "工程已于1832年开工。"
    assert other_deed(text, next(iter(passage_figures(text))), ["完工"]) == OTHER_DEED


def test_a_date_written_as_a_bound_of_another_time_does_not_answer_when(tmp_path) -> None:
    """"When did the Zhebei railway open?": 1950年以后修建的第一条铁路线 is "the first line built after
    1950" -- a bound, nearer 铁路线 -- not the date of any event."""
    answer = _dated_engine(tmp_path, "railway.txt", RAILWAY).ask("When did the Zhebei railway open?", count=False)
    assert answer.figure is not None and answer.figure.text == "1958年9月", answer


def test_date_bound_only_for_english_questions_asking_no_bound() -> None:
    from bot.answer.figure.date_bounds import BOUND_DATE, date_bound
    from bot.question import QuestionInfo
    from index.figures import passage_figures

    text = "成为1950年以后修建的第一条铁路线，1958年建成。"
    figures = {f.text: f for f in passage_figures(text)}
    info = QuestionInfo(kind="date", unit=None, english=True)
    assert date_bound(text, info, figures["1950年"]) == BOUND_DATE
    assert date_bound(text, info, figures["1958年"]) == 1.0
    assert date_bound(text, QuestionInfo(kind="date", unit=None), figures["1950年"]) == 1.0
    assert date_bound(text, QuestionInfo(kind="date", unit=None, english=True, since=True), figures["1950年"]) == 1.0
