"""English round eng79d (who questions whose first passage is the wrong one, the right one a
candidate: the doer of the asked deed named right before its verb): small invented texts, not the
sets'."""
from __future__ import annotations

from tests.conftest import engine_with

CLAN_HALL = """河口岑氏宗祠

河口岑氏宗祠，位於柘浦縣河口村東部，是當地現存規模最大的清代宗祠建築，由岑氏家族合族興建，供奉始遷祖岑廷柏以下歷代祖先，現為縣級文物保護單位。

清雍正五年（1727年），第五世孫岑懷德倡議建祠，合族捐銀3100兩，歷時2年落成，取名「敦睦堂」。

宗祠坐東朝西，佔地約1500平方米，為三進院落，門廳前立旗桿石3對。

2016年，河口岑氏宗祠闢為村史館，展出族譜、匾額等實物420件，累計接待遊客約9萬人次。
"""


def _engine(tmp_path):
    return engine_with(tmp_path, {"hall.txt": CLAN_HALL})


def test_who_did_the_deed_is_the_person_named_right_before_its_verb(tmp_path) -> None:
    """"Who proposed building the Cen clan's ancestral hall?": the lead names the hall and its
    first ancestor (始遷祖岑廷柏) and holds the question's words; the founding's paragraph names
    第五世孫岑懷德 right before 倡議 ("proposed")."""
    answer = _engine(tmp_path).ask("Who proposed building the Cen clan's ancestral hall?", count=False)
    assert answer.results and "岑懷德倡議建祠" in answer.results[0].text, answer.results[:1]


def test_names_doer(tmp_path) -> None:
    """On the pure part: a name after a noun right before the deed's term (at most a word between:
    主持設計), not a name whose verb is another (始遷祖岑廷柏以下), nor the term far from a name."""
    from bot.answer.english.doer_deed import names_doer
    from bot.answer.english.role_named import surname_characters
    from index.normalize import normalize

    tokenizer = _engine(tmp_path)._index.tokenizer
    family = surname_characters()
    assert names_doer(normalize("第五世孫岑懷德倡議建祠"), ("倡议",), tokenizer, family)
    assert names_doer(normalize("延請蘇州匠人戈守田主持設計，歷時4年"), ("设计",), tokenizer, family)
    assert not names_doer(normalize("供奉始遷祖岑廷柏以下歷代祖先"), ("倡议",), tokenizer, family)
    assert not names_doer(normalize("族人岑懷德在外經商多年，返鄉後倡議建祠"), ("倡议",), tokenizer, family)


TEA_GARDEN = """碧溪茶園

碧溪茶園位於柘浦縣碧溪鄉，是當地現存最古老的茶園，所產碧溪雲霧茶遠近聞名，茶園現有茶地約900畝。

碧溪茶園雲霧茶的最高拍賣紀錄出現在2021年10月，茶園母樹茶50克以8.6萬元成交，創下全縣茶葉拍賣的最高價。

據縣志記載，清道光五年（1825年），茶商岑秉遠攜茶種入山，開墾茶園，初時僅有茶地80畝。

2015年，碧溪茶園被公布為縣級文物保護單位，茶園年產成品茶約40噸。
"""


def test_first_done_is_dated_by_the_history_s_earliest_date(tmp_path) -> None:
    """"In what year was the Bixi tea garden first planted?": a sale record (2021年10月) holds more
    of the question's words; the history's earliest date (1825年, 開墾茶園) is the first planting."""
    answer = engine_with(tmp_path, {"tea.txt": TEA_GARDEN}).ask(
        "In what year was the Bixi tea garden first planted?", count=False
    )
    assert answer.figure is not None and "1825" in answer.figure.text, (answer.figure, answer.results[:1])


def test_first_deed(tmp_path) -> None:
    """"first" as an adverb, right before a verb -- not an ordinal before a noun."""
    from bot.answer.english.dated import first_deed

    index = engine_with(tmp_path, {"tea.txt": TEA_GARDEN})._index
    assert "first" in (first_deed(index, "In what year was the Bixi tea garden first planted?") or ())
    assert first_deed(index, "When was the first tea garden in Bixi planted?") is None
