"""Mechanisms found studying questions_docs_bb (each general, each failing on the commit before):

- a statistic of an amount (平均年龄) whose amount's own word (年龄) no document writes is not given,
  though the documents write the statistic's word elsewhere (平均每次) and ages as bounds (60岁以上);
- a count of a thing narrowed by a clause before it (被吊销牌照的食肆) naming a thing no document holds
  (牌照) is not given by the documents' count of the thing (资助食肆4,317间);
- a count named as that of the things holding what is asked (设有修补点的社区达到1,126个) counts
  those (社区), not the thing asked (多少个修补点);
- the price of one thing asked (一张年画卖多少钱) is no sum whose clause names neither the thing, its
  measure word nor pricing (出资白银2,600两扩建): when no sum is priced so, nothing;
- a name jieba cut across the place before it and the word after it (磡 | 澳网 | 上: the
  "Australian Open") that no document holds is read as the place and the word (磡澳, 网上);
- a measure right before the noun a question counts (65歲以上長者) qualifies it and counts none."""

from __future__ import annotations

from pathlib import Path

from bot.answer import answer_question
from bot.answer.query import read_question
from tests.conftest import engine_with, index_of

_VOLUNTEERS = {
    "沅汀市社区书屋志愿者": "本报讯 沅汀市文旅局发布消息，全市社区书屋共有志愿者1,830名，其中60岁以上的占41.2%。\n\n"
                  "志愿者全年服务读者12.6万人次，平均每次值守3.5小时。",
    "泷湾市社区食堂": "泷湾市社区食堂开业一年，全年供餐86万份，每份餐食均价12元。\n\n"
               "食堂共有厨师和帮工240名，其中45岁以下的占35.8%。",
}
_AGES = {**_VOLUNTEERS, "泷湾市长者食堂": "泷湾市长者食堂共有帮工120名，平均年龄为46.5岁。"}


def test_an_average_of_an_amount_no_document_writes_is_not_given() -> None:
    index = index_of(_VOLUNTEERS)
    # 平均 is written (平均每次值守), 年龄 nowhere near 沅汀's volunteers: 60岁 is a bound, no average
    assert not answer_question(index, "沅汀社区书屋志愿者的平均年龄是多少？").results
    assert not answer_question(index, "沅汀社區書屋志願者的平均年齡是多少").results
    assert not answer_question(index, "泷湾社区食堂厨师的平均年龄是多少").results


def test_an_average_the_documents_write_is_still_given() -> None:
    # 平均年龄 written in another document: the question is not about something no document names
    index = index_of(_AGES)
    assert not read_question(index, "沅汀社区书屋志愿者的平均年龄是多少？").absent
    # a statistic written bare before its figure (平均68岁) may give the amount without its word
    bare = index_of({"沅汀市社区书屋志愿者": "沅汀市社区书屋共有志愿者1,830名，平均68岁，全年服务读者12.6万人次。"})
    assert not read_question(bare, "沅汀社区书屋志愿者的平均年龄是多少？").absent
    # the amount's own word written (收入): 人均收入 is no absent amount
    income = index_of({"沅汀市社区书屋": "沅汀市社区书屋全年收入86万元，志愿者1,830名。"})
    assert not read_question(income, "沅汀社区书屋志愿者的人均收入是多少？").absent


_STALLS = {
    "澐埗餐厅": "澐埗食环署公布，2025年全区共有餐厅812间，其中获资助改用可重用餐具的餐厅326间。\n\n"
                 "署方全年巡查餐厅2.1万次，提出检控58宗。",
}


def test_a_count_narrowed_by_a_clause_naming_what_no_document_holds_gets_nothing() -> None:
    index = index_of(_STALLS)
    # 执照 is in no document: the documents count 餐厅 (812间, 326间), never those that lost one
    assert not answer_question(index, "澐埗被吊销执照的餐厅有多少间").results
    assert not answer_question(index, "澐埗被吊銷執照的餐廳有多少間？").results
    # the clause's words written: the count the documents give
    assert answer_question(index, "澐埗获资助的餐厅有多少间").text == "326间"
    assert answer_question(index, "澐埗一共有多少间餐厅").text == "812间"


_BOOKCASES = {
    "沅汀市共享书柜": "沅汀市共享书柜运行一年。截至2025年底，全市设有共享书柜的小区达到860个，占小区总数的52.1%。\n\n"
                "全年借阅图书18.2万册次，比上年增长46.3%。",
}


def test_a_count_of_the_things_holding_what_is_asked_is_no_count_of_it() -> None:
    index = index_of(_BOOKCASES)
    # 860个 counts the 小区 that have a bookcase: no number of bookcases
    answer = answer_question(index, "截至2025年底沅汀一共有多少个共享书柜？")
    assert answer.text != "860个"
    # the count of the holders themselves is still given
    assert answer_question(index, "截至2025年底沅汀设有共享书柜的小区有多少个？").text == "860个"


_UMBRELLAS = {
    "錦和堂紙傘坊.txt": "錦和堂紙傘坊\n\n錦和堂紙傘坊是清代溯川縣城的一處紙傘作坊舊址，位於縣城西關外，始建於清道光二十年（1840年）。\n\n"
                   "作坊由傘匠韋守成創辦，初設作房3間，僱用傘工18名，以竹骨桐油手工製作紙傘。清光緒三年（1877年），"
                   "其孫韋硯田出資白銀1,800兩擴建，工匠增至60名，年產紙傘約12萬把，行銷周邊各省。\n\n"
                   "2019年，錦和堂紙傘坊舊址列為縣級文物保護單位。",
}
_MUSEUM = {"溯川博物館.txt": "溯川博物館\n\n溯川博物館2024年接待觀眾8.6萬人次，門票每人30元，一把仿製紙傘售價45元。"}


def test_the_price_of_one_thing_is_no_sum_of_another(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    index = engine_with(tmp_path / "a", _UMBRELLAS).index
    # 1,800兩 paid for an extension: no price of one umbrella, and no sum of the passage prices one
    assert not answer_question(index, "锦和堂纸伞坊当年一把纸伞卖多少钱").results
    assert not answer_question(index, "錦和堂紙傘坊當年一把紙傘賣多少錢？").results
    # prices the text gives: by the thing, or by pricing in the sum's clause
    (tmp_path / "b").mkdir()
    index = engine_with(tmp_path / "b", _MUSEUM).index
    assert answer_question(index, "溯川博物館一張門票多少錢").results
    assert answer_question(index, "溯川博物馆一把仿制纸伞卖多少钱").text == "45元"


_COMPLAINTS = {
    "湄澳噪音投訴": "湄澳環境保護署公布，2025年全年共接獲噪音投訴2,140宗，按年上升12.6%。\n\n"
              "網上投訴平台於2025年3月推出，全年收到投訴865宗，佔投訴總數的40.4%。\n\n"
              "署方全年巡查1.2萬次，提出檢控58宗。",
}


def test_a_name_cut_across_a_place_and_the_word_after_it_is_read_apart() -> None:
    index = index_of(_COMPLAINTS)
    # 湄 | 澳网 | 上: no document writes 澳网; passages write 湄澳 and 网上
    assert not read_question(index, "湄澳网上投诉占投诉总数多少").absent
    assert answer_question(index, "湄澳网上投诉占投诉总数多少").text == "40.4%"


_CARDS = {
    "溯川縣長者乘車卡.txt": "溯川縣長者乘車卡成果\n\n〔記者林承遠／溯川報導〕溯川縣政府公布114年長者乘車卡成果，全年共有2,860名70歲以上長者申領乘車卡，較113年增加412人。\n\n"
                     "縣府在各鄉鎮設置申辦據點32處，並培訓志工96名協助長者申領。",
}


def test_a_measure_before_the_counted_noun_qualifies_it(tmp_path: Path) -> None:
    index = engine_with(tmp_path, _CARDS).index
    # 70歲 says which 長者; 2,860名 counts them
    assert answer_question(index, "溯川縣114年有多少長者申領乘車卡？").text == "2,860名"
    assert answer_question(index, "溯川县114年有多少长者申领乘车卡").text == "2,860名"
