"""jieba cuts 最多 apart in some questions (报名学测的人最多: 人/最/多) and joins it to what stands
before it in some texts (报名人数最多: 人/数最多): neither the question's 最 nor its 多 is then a
term of the passage that says which is most. The question's 最 and the character after it are
read as the word they make, which is looked for as written."""

from __future__ import annotations

from bot.answer import answer_question
from bot.answer.query import read_question
from tests.conftest import index_of


def test_most_is_one_word() -> None:
    index = index_of({"x": "今年报名人数最多的是北区考区。"})
    words = [w.variants[0] for w in read_question(index, "今年哪个考区报名学测的人最多？").words]
    assert "最多" in words and "最" not in words and "多" not in words


def test_the_passage_saying_which_is_most_comes_first() -> None:
    index = index_of({
        "exam": (
            "今年学测成绩揭晓 报名人数回升\n\n"
            "大学入学考试中心今日公布今年学测成绩，今年学测到考人数为124905人，到考率为97.3%。\n\n"
            "五科都拿到满级分的考生共有98人，比去年减少14人；某高中今年有4名学生拿下满级分，是该校最多的一次。\n\n"
            "就考区来看，报名人数最多的是北区考区，共有21406人；其次为东区考区18932人。"
        ),
    })
    answer = answer_question(index, "今年哪个考区报名学测的人最多？")
    assert answer.results and "北区考区" in answer.results[0].text



def test_the_most_of_a_count_is_also_written_as_the_highest() -> None:
    """哪一天客流最多: the bulletin writes 单日客流最高 -- 最多 and 最高 (最少 and 最低) say the same of
    an amount, and the question's 最多 is looked for as either, in full."""
    from index.question_words import written_otherwise

    assert written_otherwise("最多") == ("最高",) and written_otherwise("最低") == ("最少",)
    index = index_of({"春节假期消费": "正月初一（1月29日）全市商圈单日客流最高，达到186万人次。"})
    most = next(w for w in read_question(index, "春节期间哪一天商圈人最多？").words if w.variants[0] == "最多")
    assert most.variants[:2] == ("最多", "最高") and most.share(1) == 1.0
