"""English passages (english_fresh32 studied): which passage comes first, and whether it is
declined."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


def test_an_amount_the_text_says_has_risen_to_is_of_the_present(tmp_path: Path) -> None:
    # "how many kinds of birds *now* nest at the lake": 已增至36种 ("has risen to") says how
    # things stand now, as 目前 or 至今 would -- not declined as an amount of another time
    (tmp_path / "now").mkdir()
    (tmp_path / "then").mkdir()
    engine = engine_with(tmp_path / "now", {"lake.txt": (
        "青湖\n\n青湖治理五年来，湖区新建湿地三处。据调查，湖边栖息的鸟类已增至36种，比治理前多出12种。\n"
    )})
    answer = engine.ask("How many kinds of birds now live by the lake?")
    assert answer.results and answer.text is not None and answer.text.startswith("36")
    # a past amount the text dates to another time stays declined
    engine = engine_with(tmp_path / "then", {"lake.txt": (
        "青湖\n\n1985年，湖边栖息的鸟类增至36种，比十年前多出12种。\n"
    )})
    assert not engine.ask("How many kinds of birds now live by the lake?").results


def test_two_single_characters_with_words_between_spell_nothing() -> None:
    # "living *along the* river" is no 活水 ("living water", 活 "live" + 水 "river"): two loose
    # characters spell a word no dictionary has only where the question writes them side by side
    from tests.conftest import corpus_translator

    translator = corpus_translator([
        ("water", ["源头", "活水", "理论"]),
        ("river", ["沿河", "居民", "生活", "满意度"]),
        ("other", ["台风", "雨量"]),
    ])
    units = {u.english: u for u in translator.translate("How many people living along the river are satisfied?").units}
    assert "活水" not in [t for t, _ in units["living"].terms]
    assert "活水" not in [t for t, _ in units["river"].terms]
    # side by side they still do ("summer grain": 夏粮)
    translator = corpus_translator([("grain", ["河南", "夏粮", "总产量"]), ("other", ["台风", "雨量"])])
    units = {u.english: u for u in translator.translate("How much summer grain did Henan harvest?").units}
    assert units["summer"].terms[0][0] == "夏粮"


def test_how_satisfied_asks_the_degree_of_satisfaction(tmp_path: Path) -> None:
    # "how *satisfied* are passengers": 满意度 ("degree of satisfaction", 满意 + 度), which the
    # passage answering it writes -- not a passage saying a service satisfies (满足) a need
    engine = engine_with(tmp_path, {"metro.txt": (
        "地铁报告\n\n"
        "新线路开通后，地铁运力满足了乘客早晚高峰的出行需求，服务时间延长一小时。\n\n"
        "据第三方调查，乘客对地铁服务的满意度达到92.5%，较上年提高3个百分点。\n\n"
        "地铁公司今年新招聘司机120名，并开展安全培训。\n"
    )})
    answer = engine.ask("How satisfied are passengers with the metro service?")
    assert answer.results and "满意度" in answer.results[0].text
