"""English round eng42p (fresh41 studied, passages): small invented texts, not the set's."""
from __future__ import annotations

from pathlib import Path

from bot.answer import consider
from index.english.cedict import load_dictionary
from index.english.forms import capitalised_words
from tests.conftest import engine_with

TEA = """江西茶叶通报

本报讯 2024年，江西全省新建生态茶园1.8万亩，茶叶总产量达到12.6万吨。

全省共举办茶艺培训班326期，培训茶农2.1万人次。
"""


def test_a_name_and_its_kind_unwritten_together_is_the_name(tmp_path: Path) -> None:
    """"Jiangxi Province" is 江西省 in the dictionary, which no document writes; a text writes
    江西 and 全省. The name phrase is read as the name the documents write and its kind, so the
    question is not declined as about something absent."""
    engine = engine_with(tmp_path, {"tea.txt": TEA})
    considered = consider(engine.index, "How many tea training classes were held in Jiangxi Province?")
    assert any(t.english == "jiangxi province" and t.term == "江西" for t in considered.query.translations), considered.query.translations
    answer = considered.answer
    assert answer.results and "326期" in answer.results[0].text, answer


def test_a_name_opening_the_question_is_a_name() -> None:
    """A word where the sentence starts that no English word spells, written right before a
    word capitalised as a name, is that name's first word ("Songyun Tang: ..."); an English
    word there ("Describe ...") or a word followed by lower case is not."""
    known = load_dictionary().known
    assert {"songyun", "tang"} <= capitalised_words("Songyun Tang: how many books?", known)
    assert "songyun" not in capitalised_words("Songyun printed how many books?", known)
    assert "describe" not in capitalised_words("Describe Songyun Tang's books.", known)
    assert "songyun" not in capitalised_words("Songyun Tang: how many books?")  # no dictionary given


HALL = """松筠堂记

松筠堂位于青溪镇，是一处清代私家刻书坊，始建于乾隆十年（1745年）。

据坊中书目记载，松筠堂共刊刻书籍215种，藏有书版约3.2万片。
"""


def test_a_name_opening_the_question_is_found_whole(tmp_path: Path) -> None:
    """"Songyun Tang: ..." is read as 松筠堂 as "... by Songyun Tang" is, not 松筠 and an
    untranslated "tang"."""
    engine = engine_with(tmp_path, {"hall.txt": HALL})
    query = consider(engine.index, "Songyun Tang: number of printing blocks stored").query
    assert any(t.english == "songyun tang" and t.term == "松筠堂" for t in query.translations), query.translations


LIBRARY = """松溪藏书楼

松溪藏书楼位于松溪镇，清道光年间由盐商周氏创建。

全盛时期，楼中藏书达4.3万卷，另有碑帖1200件。
"""


def test_a_measure_word_in_pinyin_is_that_measure_word(tmp_path: Path) -> None:
    """"how many *juan*": English writes the measure word of books in pinyin as it writes "mu"
    (亩); no gloss translates it, and a count asked in it was declined as about something absent.
    It is the one-character measure word of things the corpus writes (卷)."""
    engine = engine_with(tmp_path, {"library.txt": LIBRARY})
    considered = consider(engine.index, "How many juan did the Songxi library hold at its height?")
    assert any(t.english == "juan" and t.term == "卷" for t in considered.query.translations), considered.query.translations
    answer = considered.answer
    assert answer.results and "4.3万卷" in answer.results[0].text, answer


WORKSHOP = """松筠堂

松筠堂，又稱青溪松筠堂，是位於舊青州府青溪鎮（今青州市青溪區書坊街）的一處私家刻書坊。

松筠堂由青溪人周懷德創設於清乾隆十年（1745年），初創時有刻工9人。

修繕後的松筠堂闢為雕版印刷博物館，於2019年開館，館內展出印刷工具和書版共820件。
"""


def test_where_a_thing_lies_is_the_passage_saying_so(tmp_path: Path) -> None:
    """"Where is Songyun Tang, known for printing, located?": the passage writing 松筠堂……是位於 says
    where it lies, though the museum's (印刷 too) holds more of the question's words."""
    engine = engine_with(tmp_path, {"workshop.txt": WORKSHOP})
    answer = consider(engine.index, "Where is Songyun Tang, known for printing, located today?").answer
    assert answer.results and "是位於" in answer.results[0].text, answer


TEAHOUSE = """松风茶楼

松风茶楼始建于清光绪十年（1884年），1921年由周氏重建，扩为三层。

1998年，松风茶楼因经营不善停业，楼房改作仓库。
"""


def test_a_verb_no_term_translates_is_its_phrasal_form(tmp_path: Path) -> None:
    """"When did the Songfeng teahouse *close*?": no corpus term glosses "close" well (关闭 is
    unwritten), but 停业 "to close down" is written; the verb is searched as the headwords glossing
    it with an adverb of completion, and the 1998 passage answers."""
    engine = engine_with(tmp_path, {"teahouse.txt": TEAHOUSE})
    considered = consider(engine.index, "When did the Songfeng teahouse close?")
    assert any(t.english == "close" and "停业" in t.term for t in considered.query.translations), considered.query.translations
    answer = considered.answer
    assert answer.results and "停业" in answer.results[0].text, answer
