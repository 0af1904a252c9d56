"""English passages, round eng39p: small invented texts, not a question set's."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.measured import _a_length, adjective_characters
from bot.answer.english.figures import year_apart
from bot.answer.english.sources import subject_named
from index.english.cedict import load_dictionary
from index.english.lemmas import lemmatize
from tests.conftest import corpus_translator, engine_with


def test_a_compound_in_men_is_read_as_its_singular_in_man() -> None:
    """"fishermen" is no word CC-CEDICT glosses; "fisherman" is (渔民, 渔夫), as "men" is the
    plural of "man"; a word in "-men" that is no such plural ("specimen", "abdomen") stays."""
    known = load_dictionary().known
    assert lemmatize("fishermen", known) == "fisherman"
    assert lemmatize("chairmen", known) == "chairman"
    for kept in ("specimen", "abdomen", "women"):
        assert lemmatize(kept, known) == {"women": "woman"}.get(kept, kept)
    translator = corpus_translator([("port", ["渔民", "渔港", "渔船"]), ("b", ["城市", "工人"])])
    units = {u.english: u for u in translator.translate("How many fishermen live in the port?").units}
    assert "渔民" in dict(units["fishermen"].terms)


LIGHTHOUSE = """蓉礁灯塔

蓉礁灯塔位于蓉礁岛东端，建成于1882年，是当地最早的近代灯塔之一。

灯塔塔身以岛上开采的花岗岩砌筑，平面呈圆形，塔高19.8米，底部直径6.4米。

灯塔顶部灯室为铸铁结构，灯室高2.9米，四周嵌有玻璃窗12扇，灯塔灯光射程约14海里。
"""


def test_a_length_asked_how_tall_is_the_thing_s_kind_and_the_adjective(tmp_path: Path) -> None:
    """"How tall is the lighthouse": the text writes 塔高19.8米 (塔, the last character of 灯塔,
    + 高, "tall"), a word no dictionary has; 高 alone stands before the lamp room's 2.9米 in a
    passage writing 灯塔 more often."""
    engine = engine_with(tmp_path, {"lighthouse.txt": LIGHTHOUSE})
    answer = engine.ask("How tall is the Rongjiao lighthouse?", count=False)
    assert answer.results and "塔高19.8米" in answer.results[0].text, answer.results[:1]
    assert answer.text is not None and answer.text.startswith("19.8"), answer.text


def test_only_a_word_of_length_is_the_adjective_s_compound() -> None:
    """会长 ("president") is a dictionary word of another meaning; 水深 ("depth of water"),
    南北长 ("north-south distance") and a word no dictionary has (塔高) may be a length."""
    assert adjective_characters("long") == ("长",) or "长" in adjective_characters("long")
    assert "深" in adjective_characters("deep") and "宽" in adjective_characters("wide")
    assert not _a_length("会长", "long")
    assert _a_length("南北长", "long") and _a_length("水深", "deep") and _a_length("塔高", "tall")


CHILDCARE = """溪南托育服务通报

本报讯（记者 范立群）溪南全市托育机构达215家。
"""

TEA = """福建春茶开采

福建各产茶县春茶陆续开采。今年全省茶园面积稳定在350万亩左右，春茶产量预计增长5%。

茶农表示，今年气温回升早，新茶品质较好，收购价格与去年基本持平，各地茶企也加快了加工、包装和线上销售的准备，力争把春茶的品质优势转化为增收优势。（本报记者 陈望舒 林晓岚）
"""


def test_the_words_naming_a_report_by_its_subject_are_searched(tmp_path: Path) -> None:
    """"the *Fujian spring tea* report": the words between "the" and "report" from the first
    capitalised one say what the text tells of (no document's source writes them), so the
    byline of the article about it comes first, not another document's (记者 范立群)."""
    engine = engine_with(tmp_path, {"childcare.txt": CHILDCARE, "tea.txt": TEA})
    answer = engine.ask("Who are the reporters behind the Fujian spring tea report?", count=False)
    assert answer.results and "陈望舒" in answer.results[0].text, answer.results[:1]
    assert subject_named(engine._index, "Who wrote the Fujian spring tea report?") == (
        "Who wrote the report about Fujian spring tea?"
    )


VISITS = """福建基层走访

2024年开年，福建深入开展大走访活动，省领导分别带队走访58个县（市、区），解决问题3120个。
"""

PROVINCE = """福建省茶叶概况

福建省是全国重要的产茶省份，茶园面积约350万亩，茶叶品类丰富。
"""


def test_a_year_is_with_a_name_in_any_of_its_forms(tmp_path: Path) -> None:
    """"Fujian" is 福建省 or 福建: the text writing 2024 names it 福建, another 福建省 -- the year
    is written with a form of the name, so the question is not about a year no document of
    Fujian writes (it was when the name's first translation alone, 福建省, stood for it)."""
    engine = engine_with(tmp_path, {"visits.txt": VISITS, "province.txt": PROVINCE})
    question = "At the start of 2024, how many counties did Fujian's provincial leaders visit?"
    assert not year_apart(engine._index, question, [(("福建省",), ("福建",))])
    assert year_apart(engine._index, question, [(("福建省",),)])  # the form without the year alone
