"""Mechanisms found studying questions_docs_ay (each general, each failing on the commit before): a
time of now typed after a keyword question's figure name (龋齿率 现在) asks that figure."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of

_CLINICS = {
    "榆汀視力": "榆汀縣學童視力年報\n\n【記者張可欣／榆汀報導】榆汀縣衛生局公布114年學童視力篩檢成果。全年篩檢國小"
                "學童12,480名，學童近視率由52.4%降至47.9%。\n\n衛生局並為每位學童建立視力紀錄，115年預計編列新臺幣"
                "1,600萬元。",
}


def test_a_time_of_now_typed_last_asks_the_figure_named() -> None:
    index = index_of(_CLINICS)
    assert answer_question(index, "榆汀縣 學童近視率 現在").text == "47.9%"

