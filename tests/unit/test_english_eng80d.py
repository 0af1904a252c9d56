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
