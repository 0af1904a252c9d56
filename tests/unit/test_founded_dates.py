"""When something was founded, asked with one verb of founding (何年创建) and written with another
after a dynasty's name (始建於南宋淳熙六年（1179年）): the founding's date, not the earliest date of
another event the passage gives (元至正五年（1345年）所立的碑): the verb of founding before it dates
the event, as 创立于1920年 did."""

from __future__ import annotations

from bot.answer.figure.clauses import EVENT_DATED, event_dated
from bot.question import analyse
from index.figures import passage_figures

ACADEMY = {
    "鶴洲書院": (
        "鶴洲書院是中國東南部汀州府的一座古代書院，始建於北宋元祐三年（1088年），由學者周彥和創辦，明清兩代屢有修葺。\n\n"
        "書院內現存歷代碑刻21通，其中年代最早的是元至元八年（1271年）所立的〈重修鶴洲書院記〉碑；另存清代匾額12方。"
    ),
}


def test_a_date_after_a_verb_of_founding_and_a_dynasty_is_the_founding() -> None:
    text = ACADEMY["鶴洲書院"].split("\n\n")[0]
    date = next(f for f in passage_figures(text) if f.kind == "date")
    assert event_dated(text, analyse("鹤洲书院是哪一年创建的？"), date, ["创建"]) == EVENT_DATED

