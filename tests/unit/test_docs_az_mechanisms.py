"""Mechanisms found studying questions_docs_az (each general, each failing on the commit before): an
owner of an amount that the documents write only as a kind of it (案件罚款, where the text writes
個案…罰款: CC-CEDICT's 个案 "individual case", 案件 "case") is the reader's word, not a thing absent."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of

_SMOKE = {
    "溱灣去年黑煙投訴按年跌7.5%": "溱灣環境署今日公布，2025年共接獲車輛排放黑煙投訴6,204宗，按年下跌7.5%。\n\n"
                "全年共有238宗個案被檢控，法庭判處罰款合共96萬港元，其中單宗最高罰款為3萬港元。\n\n"
                "經修訂的《溱灣黑煙管制規例》於2025年3月1日起生效，違例者的定額罰款由1,000港元提高至3,000港元。\n\n"
                "署方全年舉辦黑煙講座58場，參加人數共4,200人次。",
}


def test_an_owner_written_as_a_kind_of_it_is_no_thing_absent() -> None:
    index = index_of(_SMOKE)
    assert answer_question(index, "溱灣去年黑煙案件罰款一共多少錢？").text == "96萬港元"
