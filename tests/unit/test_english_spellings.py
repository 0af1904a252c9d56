"""A one-word pinyin name is read as the spelling the documents write most (eng40p, fresh39):
"Hongchuan" spells the term 红船 (one passage) and 泓川, which the segmenter cuts 泓 + 川 and a
whole report writes."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of


def test_a_pinyin_name_is_the_spelling_most_passages_write() -> None:
    index = index_of({
        "红船": "一百多年前，嘉兴南湖的一艘红船见证了中国共产党的诞生，红船精神激励着一代代人。",
        "泓川": "泓川市住房和城乡建设局2026年1月公布，2025年全市共实施海绵城市建设项目186个，完成投资42.6亿元。\n\n"
        "泓川全年新建雨水花园312处，新增下沉式绿地58万平方米。\n\n泓川市老城区的积水点已从2022年的47处减少到9处。",
    })
    answer = answer_question(index, "How many rain gardens were built in Hongchuan in 2025?")
    assert answer.text == "312处"
    assert [t.term for t in answer.translations if t.english == "hongchuan"] == ["泓川"]
