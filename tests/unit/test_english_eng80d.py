"""English round eng80d (who / which questions whose right passage is not first: a role's title
the text writes otherwise than the role's translation): small invented texts, not the sets'."""
from __future__ import annotations

from tests.conftest import engine_with

CLINICS = """榕溪县乡村远程诊室运行满一年

本报讯 3月2日，榕溪县卫生健康局通报，全县乡村远程诊室建设运行满一年，共在11个乡镇建成诊室96间，累计接诊村民4.2万人次。

项目总投资1850万元，其中县级财政安排920万元，省级卫生健康专项补助610万元，每间诊室配备心电图机和血压计各1台。

县卫生健康局局长邬承远介绍，首批诊室于去年3月1日投入使用，村民在家门口就能请县医院医生会诊。

（本报记者 闵岚）
"""


def _engine(tmp_path, text: str):
    return engine_with(tmp_path, {"news.txt": text})


def test_director_is_the_person_after_the_body_s_title(tmp_path) -> None:
    """"Who is the director of Rongxi county's health commission?": "director" is translated as
    指导/引导, no title the text writes; the lead names the bureau and holds the question's words,
    the third paragraph names 县卫生健康局局长邬承远 -- a title (局长: its head names a person)
    right before a name, the body's words (县, 卫生, 健康) before the title."""
    answer = _engine(tmp_path, CLINICS).ask("Who is the director of Rongxi county's health commission?", count=False)
    assert answer.results and "局长邬承远" in answer.results[0].text, answer.results[:1]


def test_names_body_head(tmp_path) -> None:
    """On the pure part: a title of the asked body before a name, not a byline's 记者 nor a
    villager quoted, nor a title of another body."""
    from bot.answer.english.role_named import surname_characters
    from bot.answer.english.titled_person import names_body_head
    from index.normalize import normalize

    tokenizer = _engine(tmp_path, CLINICS)._index.tokenizer
    family = surname_characters()
    body = ("县", "卫生", "健康")
    assert names_body_head(normalize("县卫生健康局局长邬承远介绍"), body, tokenizer, family)
    assert names_body_head(normalize("省科协副主席、馆长杜文琳介绍"), ("科技馆",), tokenizer, family)
    assert not names_body_head(normalize("（本报记者 闵岚）"), body, tokenizer, family)
    assert not names_body_head(normalize("在茆湾村服务点，村民鲁德顺说"), body, tokenizer, family)
    assert not names_body_head(normalize("市交通运输局局长邬承远介绍"), ("学校",), tokenizer, family)


FARM_MACHINES = """榆溪县农机共享服务站运行满一年

本报讯 2月3日，榆溪县农业农村局发布数据，全县农机共享服务站运行满一年，覆盖全县8个乡镇、96个行政村，为农户节省插秧等作业支出约860万元。

县农业农村局局长介绍，过去不少农户请人插秧，如今全县水稻机插率达到88.5%，服务覆盖每个村。

在蒿坪村服务点，村民葛有根说，他家种了25亩水稻，今年用插秧机插秧，省下500多元。
"""


def test_which_village_is_the_passage_naming_one(tmp_path) -> None:
    """"In which village does the rice farmer who saved money on transplanting live?": the lead
    and the bureau's paragraph speak of villages in general (96个行政村, 每个村) and hold the
    question's words; the third paragraph names 蒿坪村 -- 村 ("village") after a name."""
    answer = _engine(tmp_path, FARM_MACHINES).ask(
        "In which village does the rice farmer who saved money on transplanting live?", count=False
    )
    assert answer.results and "蒿坪村" in answer.results[0].text, answer.results[:1]


def test_names_place(tmp_path) -> None:
    """On the pure part: 村 after a two-character name, not after a word of grammar nor ending a
    dictionary word."""
    from bot.answer.english.place_named import names_place
    from index.normalize import normalize

    tokenizer = _engine(tmp_path, FARM_MACHINES)._index.tokenizer

    def names(text: str) -> bool:
        return names_place(tokenizer.words(normalize(text)), ("村",), tokenizer)

    assert names("栎溪村村民姚德顺回忆")
    assert names("在茆湾村服务点，村民鲁德顺说")
    assert not names("覆盖全县8个乡镇、96个行政村")
    assert not names("服务覆盖每个村")
    assert not names("邻居在村文化礼堂前打篮球")
