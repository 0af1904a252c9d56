"""English round eng68k (the asked kind of figure read wrongly): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

HOSTEL = """柘川青年公寓

柘川青年公寓共有房间860套，截至今年6月底，公寓整体入住率达93.6%，比2023年底的71.4%明显提高，目前已入住青年人才1420人。
"""

MARKET = """柘北菜市场

柘北菜市场去年交易额达3.2亿元，同比增长12.5%，现有摊位286个。
"""


def test_a_noun_the_dictionary_glosses_as_a_share_asks_a_percentage(tmp_path) -> None:
    """"Zhechuan youth apartments occupancy at the end of 2023?": no question word, so no kind was
    read and no figure sought; CC-CEDICT glosses "occupancy" as 定座率, "(i.e. proportion of seats
    occupied)" -- a share, as "what percentage" asks."""
    engine = engine_with(tmp_path, {"hostel.txt": HOSTEL, "market.txt": MARKET})
    answer = engine.ask("Zhechuan youth apartments occupancy at the end of 2023?", count=False)
    assert answer.figure is not None and answer.figure.text == "71.4%", answer


def test_share_nouns_are_the_rates_glossed_as_a_proportion() -> None:
    """Only a 率 word whose gloss says proportion, percentage or ratio: not a speed (速率) nor a
    power (功率), which are rates too."""
    from index.english.kinds import question_kind
    from index.english.share_glossed import share_noun_asked, share_nouns

    nouns = share_nouns()
    assert "occupancy" in nouns
    assert "speed" not in nouns and "power" not in nouns
    assert share_noun_asked(["hostel", "occupancy", "now"]) == 1
    assert share_noun_asked(["hostel", "rooms", "now"]) is None
    assert question_kind("hostel occupancy at the end of 2023".split())[0] == "percent"
    assert question_kind("hostel speed at the end of 2023".split())[0] is None
