"""Which figure of the passage is the direct answer to a wholly English question (english_fresh50
studied as a dev set): each test on a small text of its own."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import engine_with


HOMES = (
    "临水县居家适老化改造\n\n"
    "临水县居家适老化改造平均每户1.2万元，三年共为家庭改造投入2950万元。\n"
)


def test_per_a_thing_asks_the_amount_per_unit() -> None:
    """"per household", "per person" ask an amount per unit as "each" does; "per cent" and "per
    year" (a time: texts write 每年 and 全年 alike) do not."""
    from bot.question import analyse

    assert analyse("What was the average grant per household, in 10,000 yuan?").per
    assert analyse("How much does dinner cost per person?").per
    assert not analyse("How much did exports grow, in per cent?").per
    assert not analyse("How much rain does the county get per year?").per
    assert not analyse("How many cubic metres of water per second can the canal carry?").per


def test_the_grant_per_household_is_the_amount_after_meihu(tmp_path: Path) -> None:
    """The whole engine: "grant per household" is answered by 平均每户1.2万元, not by the
    three years' total (共…投入2950万元) in the same sentence."""
    engine = engine_with(tmp_path, {"homes.txt": HOMES})
    answer = engine.ask("Average grant per household for home adaptation work in Linshui, in 10,000 yuan?", count=False)
    assert answer.text == "1.2万元", answer.text


RETROFITS = {
    "retrofits.txt": (
        "青川县无障碍改造\n\n"
        "据介绍，三年行动覆盖全县8个镇，改造点位的验收合格率为96.2%。\n\n"
        "从各镇看，城关镇完成改造点位最多，达1260个，占全县总数的31.5%；东岭镇完成点位最少，为210个。\n"
    ),
    "meetings.txt": "青川县基层减负\n\n全县会议数量同比下降18.4%，城关镇文件数量下降22.6%。\n",
}


def test_a_share_of_all_is_the_percent_after_zhan() -> None:
    """"what share of all of the sites" asks a share of a whole: a percent written after 占 in its
    clause fits better, better still when that clause names the whole (占全县总数的); a share asked
    without "all" (it may be a rate: 合格率96.2%) and a Chinese question are left as they were."""
    from dataclasses import replace

    from bot.answer.figure.shares import SHARE_SAID, share_said
    from bot.question import analyse
    from index.figures import passage_figures

    text = RETROFITS["retrofits.txt"]
    figures = {f.text: f for f in passage_figures(text)}
    info = replace(analyse("What share of all of the sites was done in Chengguan town?"), english=True)
    assert info.whole
    assert share_said(text, info, figures["31.5%"], None) == SHARE_SAID * SHARE_SAID
    assert share_said(text, info, figures["96.2%"], None) == 1.0
    rate = replace(analyse("What share of the sites passed inspection?"), english=True)
    assert not rate.whole and share_said(text, rate, figures["31.5%"], None) == 1.0


def test_the_share_of_all_sites_done_in_a_town_is_its_zhan_percent(tmp_path: Path) -> None:
    """The whole engine: the town's share of all the sites is 占全县总数的31.5% -- not another
    document's fall in papers (22.6%), nor nothing."""
    engine = engine_with(tmp_path, RETROFITS)
    answer = engine.ask("What share of all of Qingchuan's retrofit sites was done in Chengguan town?", count=False)
    assert answer.text == "31.5%", answer.text


CAMPAIGN = (
    "青川县无障碍环境建设\n\n"
    "青川县无障碍环境建设三年行动全面收官。三年来全县累计完成改造点位2460个，总投入3.2亿元，超出原定计划投资2.5亿元的28%。\n"
)


def test_a_total_named_by_zong_and_an_exceeded_base() -> None:
    """An English "total" is answered by a figure named 总 + what it sums (总投入3.2亿元) as by 共计;
    an amount another exceeds by a share (超出…投资2.5亿元的28%) is what it is measured against,
    the answer only when the question asks what was ("originally")."""
    from dataclasses import replace

    from bot.answer.figure.per_unit import TOTAL, per_unit
    from bot.answer.figure.then_now import SUPERSEDED, exceeded_base
    from bot.question import analyse
    from index.figures import passage_figures

    figures = {f.text: f for f in passage_figures(CAMPAIGN)}
    total = replace(analyse("What was the total investment in the campaign, in 100 million yuan?"), english=True)
    assert per_unit(CAMPAIGN, total, figures["3.2亿元"]) == TOTAL
    assert exceeded_base(CAMPAIGN, total, figures["2.5亿元"]) == SUPERSEDED
    assert exceeded_base(CAMPAIGN, total, figures["3.2亿元"]) == 1.0
    earlier = replace(analyse("How much was originally planned to be invested, in 100 million yuan?"), english=True)
    assert exceeded_base(CAMPAIGN, earlier, figures["2.5亿元"]) == 1.0 / SUPERSEDED


def test_the_total_investment_is_not_the_plan_it_exceeded(tmp_path: Path) -> None:
    """The whole engine: "Total investment …" is 总投入3.2亿元, not the plan's 投资2.5亿元 (which
    stands right after the question's word 投资)."""
    engine = engine_with(tmp_path, {"campaign.txt": CAMPAIGN})
    answer = engine.ask("Total investment in Qingchuan's barrier-free campaign, in 100 million yuan?", count=False)
    assert answer.text == "3.2亿元", answer.text
