"""Mechanisms found studying questions_docs_av (each general, each failing on the commit before): a
place whose name the documents write with a rare character, which the segmenter leaves alone
(瀧泉, cut 泷 / 泉), asked with the common character of the same sound (龙泉) is that place."""

from __future__ import annotations

from bot.answer import answer_question
from tests.conftest import index_of

_FARES = {
    "瀧泉": "瀧泉長者乘車年報\n\n瀧泉交通署公布，2025年長者乘車次數為1.2億人次，按年上升8.5%。全年開辦新路線14條。\n\n"
            "另外，署方舉辦講座46場。",
    "灃城": "灃城圖書館年報\n\n灃城公共圖書館公布，2025年外借圖書共86萬冊，按年增加6.1%。\n\n全年舉辦閱讀講座52場。",
}


def test_a_rare_character_typed_as_its_common_homophone_names_the_place() -> None:
    index = index_of(_FARES)
    assert answer_question(index, "龙泉2025年长者乘车次数按年上升了多少？").text == "8.5%"
    assert answer_question(index, "丰城图书馆2025年外借图书多少万册？").text == "86萬冊"


def test_a_homophone_no_document_writes_names_nothing() -> None:
    index = index_of(_FARES)
    assert not answer_question(index, "龙川2025年长者乘车次数按年上升了多少？").found


_FUNDS = {
    "桐溪公车": "桐溪縣社區公車年報\n\n桐溪縣交通處公布，114年社區公車營運經費為新臺幣2億3,500萬元，其中中央補助1億4,100萬元，"
                "縣府自籌9,400萬元。全年載客41萬人次。",
}


def test_a_later_part_the_question_names_is_the_one_asked() -> None:
    """其中中央補助…，縣府自籌9,400萬元: the second part, named by the question (縣府, 自籌), not the
    whole the sentence opened with -- as a first part named so already was."""
    index = index_of(_FUNDS)
    assert answer_question(index, "桐溪縣府114年為社區公車自籌多少經費？").text == "9,400萬元"
    assert answer_question(index, "桐溪縣114年社區公車中央補助多少經費？").text == "1億4,100萬元"
    assert answer_question(index, "桐溪縣114年社區公車營運經費是多少？").text == "2億3,500萬元"


_PARKS = {
    "澜溪公园": "澜溪市2025年公园建设通报\n\n本报讯 2026年1月9日，澜溪市园林局发布2025年全市公园建设情况通报。全年新建公园"
                "38个，全市公园总数达到412个，比上年增加38个，公园服务半径覆盖率达到91.2%。\n\n"
                "从区域看，南湖区新建公园最多，为9个；其次是东城区，为7个。\n\n"
                "市园林局副局长庞清远表示，2026年将新建口袋公园50个，力争公园服务半径覆盖率达到93%。（记者 郝晓岚）",
}


def test_who_said_something_is_the_person_speaking_not_the_body() -> None:
    """谁介绍了…2026年的计划: the passage where 副局长庞清远表示 (a title, a name, a verb of saying --
    not the question's own), not the lead naming only the bureau."""
    index = index_of(_PARKS)
    results = answer_question(index, "谁介绍了澜溪2026年的公园建设计划？").results
    assert "庞清远" in results[0].text
    lead = answer_question(index, "澜溪市2025年新建了多少个公园？")
    assert lead.text == "38个" and "本报讯" in lead.results[0].text

