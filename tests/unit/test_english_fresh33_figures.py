"""Which figure of the passage is the direct answer to a wholly English question (english_fresh33
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with

MUSEUM = (
    "青石镇博物馆概况\n\n"
    "青石镇博物馆2015年开馆，馆藏文物860件。\n\n"
    "2023年，博物馆接待观众约8.4万人次，其中学生团队约1.2万人次；全年举办展览16场。\n"
)


def test_keywords_naming_a_scale_ask_a_count() -> None:
    """A question with no question word that names the scale of its answer ("..., in
    ten-thousands?") asks how many, as "how many ..." does (bot/answer/english_figures.scale_counted);
    one without a scale, or with a question word, is left as written."""
    from bot.answer.english.scale_asides import scale_counted

    assert scale_counted("Museum visitors in 2023, in ten-thousands?").startswith("how many ")
    assert scale_counted("Museum visitors in 2023?") == "Museum visitors in 2023?"
    asked = "How many visitors came in 2023, in ten-thousands?"
    assert scale_counted(asked) == asked


def test_keywords_in_ten_thousands_answered_by_the_count(tmp_path: Path) -> None:
    """"Visitors to the museum in 2023, in ten-thousands?": 8.4万人次, not nothing because no
    "how many" asks a figure."""
    engine = engine_with(tmp_path, {"museum.txt": MUSEUM})
    answer = engine.ask("Visitors to the Qingshi museum in 2023, in ten-thousands?", count=False)
    assert answer.text is not None and answer.text.startswith("8.4")


BUSES = (
    "青山公交2023年运营情况\n\n"
    "本报讯（记者 李明）青山市交通局2024年1月10日发布，2023年青山公交集团全年运送乘客4630.5万人次，"
    "同比增长7.2%；新增线路5条。\n\n"
    "从高峰时段看，春节期间共运送乘客96.2万人次。全年公交单日客流最高出现在2023年5月1日，当天运送乘客21.6万人次。\n\n"
    "公交集团现有线路86条，车辆1210辆。\n"
)


def test_a_days_figure_is_no_answer_for_a_year() -> None:
    """A figure whose clause says it is of one day (当天运送乘客21.6万人次) is not what a count
    asked of a year is; a question speaking of a day may ask it
    (bot/answer/english_period._ONE_DAY_WRITTEN, _DAY_ASKED_RE)."""
    from bot.answer.english.period import _DAY_ASKED_RE, _ONE_DAY_WRITTEN

    assert _ONE_DAY_WRITTEN.search("当天公交运送乘客") is not None
    assert _ONE_DAY_WRITTEN.search("全年运送乘客") is None
    assert _DAY_ASKED_RE.search("How many passengers rode on the busiest day of 2023?") is not None
    assert _DAY_ASKED_RE.search("How many passengers did the buses carry in 2023?") is None


def test_how_many_in_a_year_answered_by_the_years_figure(tmp_path: Path) -> None:
    """"How many passengers did the buses carry in 2023?": 4630.5万人次, the year's, not
    the busiest day's 21.6万人次 that the same words find in a passage dated 2023 too."""
    engine = engine_with(tmp_path, {"buses.txt": BUSES})
    answer = engine.ask("How many passengers did the buses carry in 2023?", count=False)
    assert answer.text is not None and answer.text.startswith("4630.5")


KILN = (
    "青溪古窑概况\n\n"
    "青溪古窑始建于清乾隆年间，窑址面积约3200平方米。\n\n"
    "窑场鼎盛时年烧瓷约40万件，远销湖广。窑上窑工最多时达260人，分为拉坯、施釉、烧窑等7个工种。\n\n"
    "1956年，古窑并入青溪陶瓷厂，当时在册窑工85人；1990年停烧。\n"
)


def test_a_count_at_its_peak_is_the_one_written_as_the_most() -> None:
    """"At its peak", "at most" ask the most there ever were, which a text writes 最多时, 最高,
    鼎盛 (bot/answer/english_period._PEAK_ASKED_RE, _PEAK_WRITTEN)."""
    from bot.answer.english.period import _PEAK_ASKED_RE, _PEAK_WRITTEN

    assert _PEAK_ASKED_RE.search("At its peak, how many potters worked there?") is not None
    assert _PEAK_ASKED_RE.search("How many tonnes a year did it produce at most?") is not None
    assert _PEAK_ASKED_RE.search("How many potters worked at the kiln in 1956?") is None
    assert _PEAK_WRITTEN.search("窑上窑工最多时达") is not None
    assert _PEAK_WRITTEN.search("当时在册窑工") is None


def test_at_its_peak_answered_by_the_most(tmp_path: Path) -> None:
    """"At its height, how many kiln workers worked at the kiln?": 260人 (最多时达260人), not the 85
    on the books when it was merged, which the same words find."""
    engine = engine_with(tmp_path, {"kiln.txt": KILN})
    answer = engine.ask("At its height, how many kiln workers worked at the kiln?", count=False)
    assert answer.text is not None and answer.text.startswith("260")
