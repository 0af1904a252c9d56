"""A phrasal verb asking a range's start or end ("when did it *kick off*", "*wind up*") is read
as "start" or "end" are, when most headwords CC-CEDICT glosses it by say so (开始比赛 "to start a
match", 收尾 "to wind up; to bring to an end")."""

from __future__ import annotations

from pathlib import Path

from bot.answer import consider
from bot.answer.english.halves import phrase_half
from tests.conftest import engine_with

CAMPAIGN = (
    "主題教育\n\n"
    "根據中央統一部署,2023年4月至2024年1月,浙江分兩批在全省黨員干部中開展主題教育。\n\n"
    "2023年9月,總書記親臨浙江考察,對浙江扎實開展第二批主題教育提出明確要求。\n"
)


def test_phrasal_verbs_of_a_start_or_an_end() -> None:
    assert phrase_half("kick off") == "since"
    assert phrase_half("wind up") == "until"
    # "set up": 开办 "to start (a business)" and 订立 "to conclude (a treaty)" among a dozen others
    assert phrase_half("set up") is None
    assert phrase_half("take part") is None
    assert phrase_half("start") is None  # one word: bot.question reads it


def test_kick_off_asks_the_start_of_the_range(tmp_path: Path) -> None:
    engine = engine_with(tmp_path, {"campaign.txt": CAMPAIGN})
    question = "When did Zhejiang kick off this round of theme education?"
    considered = consider(engine.index, question, engine._answer_settings)
    assert considered.query.info.since and not considered.query.info.until
