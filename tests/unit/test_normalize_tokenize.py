"""Normalising and tokenising: scripts meet, numbers stay whole, question words go."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from index.normalize import CharAligner, normalize
from index.tokenizer import ANSWER_TYPE, Tokenizer, extract_named_terms
from tests.tokens import query_terms
from tests.tokens import tokens as index_tokens


@pytest.fixture(scope="module")
def tokenizer() -> Tokenizer:
    return Tokenizer(["共富工坊", "八八戰略"])


def test_normalize_maps_traditional_fullwidth_and_case() -> None:
    assert normalize("黨員") == normalize("党员") == "党员"
    assert normalize("８８２１ＡＢＣ") == "8821abc"
    assert normalize("") == ""


def test_char_aligner_maps_back_to_the_original() -> None:
    text = "全省共打造8821家“共富工坊”"
    aligner = CharAligner(text)
    [(start, end)] = aligner.spans("共富工坊")
    assert text[start:end] == "共富工坊"
    assert aligner.spans("不存在") == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("黨員共富工坊ＡＢａ８２１％㍿ﬁ①Ⅻ …，。\u0301e"), max_size=40), st.data())
def test_char_aligner_spans_land_on_the_characters_that_normalise_to_the_needle(text: str, data) -> None:
    """Texts whose characters change length when normalised (㍿ → 株式会社, ﬁ → fi) and texts
    where none does (the fast path) map every match back onto the original characters."""
    aligner = CharAligner(text)
    assert aligner.normalized == "".join(normalize(ch) for ch in text)
    if not aligner.normalized:
        return
    start = data.draw(st.integers(0, len(aligner.normalized) - 1))
    needle = aligner.normalized[start:start + data.draw(st.integers(1, 4))]
    for a, b in aligner.spans(needle):
        assert needle in "".join(normalize(ch) for ch in text[a:b])


def test_named_terms_come_from_quotes() -> None:
    terms = extract_named_terms(["深化“共富工坊”建設,《實施方案》和“學思想、強黨性”"])
    assert "共富工坊" in terms and "实施方案" in terms
    assert not any("、" in t for t in terms)


def test_user_words_stay_whole_and_subwords_are_indexed(tokenizer: Tokenizer) -> None:
    tokens = index_tokens(tokenizer, "全省共打造8821家“共富工坊”")
    assert "共富工坊" in tokens and "工坊" in tokens
    assert "8821" in tokens


def test_scripts_tokenize_alike(tokenizer: Tokenizer) -> None:
    assert index_tokens(tokenizer, "433.6萬名黨員") == index_tokens(tokenizer, "433.6万名党员")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("433.6萬名", ["433.6"]), ("99.67%", ["99.67", "99.67%"]), ("2.7萬余起", ["2.7"])],
)
def test_numbers_stay_whole(tokenizer: Tokenizer, text: str, expected: list[str]) -> None:
    tokens = index_tokens(tokenizer, text)
    assert all(e in tokens for e in expected)
    assert "433" not in tokens and "6" not in tokens


def test_question_words_and_punctuation_are_dropped(tokenizer: Tokenizer) -> None:
    terms = query_terms(tokenizer, "how many 共富工坊? 多少？什麼？")
    assert terms[0] == "共富工坊" and set(terms) == {"共富工坊", "共富", "富工", "工坊"}
    assert query_terms(tokenizer, "？？？") == []
    assert query_terms(tokenizer, "😀😀") == []


def test_query_words_and_parts_of_speech(tokenizer: Tokenizer) -> None:
    words = {w.text: w.pos for w in tokenizer.query_words("江苏开展了多少期读书班 2023 GDP")}
    assert "多少" not in words
    assert words["2023"] == "m" and words["gdp"] == "eng"
    assert tokenizer.tag("江苏").startswith("ns")
    assert tokenizer.tag("共富工坊") == "nz"  # a named term of the corpus
    assert tokenizer.tag("不是一个词语啊") == ""


@pytest.mark.parametrize(
    ("question", "word", "twin"),
    [
        ("首批主题教育的评价如何", "首批", "第一批"),
        ("第一届良渚论坛在哪里举办", "第一届", "首届"),
        ("文件数量比去年同期少了多少", "去年同期", "同比"),  # 同比减少14.6%
        ("阿閦佛又称之为什么", "称之为", "又名"),  # 阿閦佛又名不動佛
        ("这座山别称什么", "别称", "又称"),
    ],
)
def test_a_word_is_also_searched_the_other_way_news_writes_it(
    tokenizer: Tokenizer, question: str, word: str, twin: str
) -> None:
    variants = {w.text: w.variants for w in tokenizer.query_words(question)}
    assert twin in variants[word]


def test_a_noun_with_the_suffix_zi_is_also_searched_without_it(tokenizer: Tokenizer) -> None:
    variants = {w.text: w.variants for w in tokenizer.query_words("示范点里的那个村子叫什么")}
    assert variants["村子"][-1] == "村"  # 李祖村 writes no 子


def test_words_for_all_or_already_are_not_searched(tokenizer: Tokenizer) -> None:
    """全部, 所有, 已经: they say how much or when of the topic, not what it is."""
    words = {w.text for w in tokenizer.query_words("主题教育到何时才全部结束，所有党员已经参加了吗")}
    assert {"全部", "所有", "已经"}.isdisjoint(words) and "结束" in words
    everyone = {w.text for w in tokenizer.query_words("大家对第一批主题教育满意吗")}  # 大家: "everyone"
    assert "大家" not in everyone and "满意" in everyone


def test_a_total_cut_into_the_verb_after_it_is_whole_again(tokenizer: Tokenizer) -> None:
    """一共建了: jieba cuts 一/共建 (共建, "build together"); the question's verb is 建."""
    words = [w.text for w in tokenizer.query_words("老年食堂一共建了多少个？")]
    assert words == ["老年", "食堂", "建"]
    assert "共建" in [w.text for w in tokenizer.query_words("两地共建了多少个项目？")]  # no total: as cut


@pytest.mark.parametrize(
    ("question", "name"), [("狄托於西元幾年的時候過世？", "狄托"), ("第五次圍剿是於公元1934年的事嗎", "围剿")]
)
def test_an_era_marker_before_a_year_is_not_searched(tokenizer: Tokenizer, question: str, name: str) -> None:
    """西元幾年, 公元1934年: how the question writes its date, not a name to find (狄托 stands alone)."""
    texts = [w.text for w in tokenizer.query_words(question)]
    assert name in texts and not any("西" in t or "公元" in t for t in texts), texts


@pytest.mark.parametrize("question", ["多少万名党员参加了主题教育", "几万名党员参加了主题教育", "有多少万个党员参加", "how many 万名 党员 took part"])
def test_a_questions_unit_is_not_a_word_of_it(tokenizer: Tokenizer, question: str) -> None:
    """万名 after 多少 (jieba joins them into one word) is the unit asked, not a thing to find."""
    texts = [w.text for w in tokenizer.query_words(question)]
    assert "党员" in texts and not any(set(t) <= set("万名个几多少") for t in texts), texts
    assert "个个" in [w.text for w in tokenizer.query_words("几乎个个党员都参加了")]  # 几乎 counts nothing


@pytest.mark.parametrize("question", ["展览馆位于哪座城市？", "这篇综述是哪两位记者写的？", "参加这次主题教育的有几位记者？"])
def test_which_with_its_measure_word_and_words_about_the_text_are_not_searched(tokenizer: Tokenizer, question: str) -> None:
    texts = [w.text for w in tokenizer.query_words(question)]
    assert not any(t.startswith(("哪", "几")) or t in ("座", "位", "这次", "综述") for t in texts), texts


@pytest.mark.parametrize(
    ("question", "dropped"),
    [
        ("主题教育到哪年哪月告一段落？", ("哪年哪月", "年", "月")),  # 哪 with date units
        ("总书记亲临浙江考察是在哪个年月？", ("年", "月", "年月")),  # ... split by jieba
        ("党员干部是透过哪几种方式来学习的？", ("哪几种", "几种")),
        ("参加这轮主题教育的干部合计几万人？", ("这轮", "轮", "合计")),  # "this round": the text's own topic
        ("认为好的人占了多大比重？", ("多", "大", "多大", "比重")),  # jieba cuts 多/大比重
        ("林振强于何年过世？", ("何年",)),  # 何 with a date unit, like 哪年
        ("主题教育是从何时起开展的？", ("是从", "起")),  # a word of function characters; 何时起
        ("这件事发生在何年何月？", ("何年何月", "何年", "何月")),
        ("这个计划由谁来主持？", ("由谁来",)),  # 谁 with function characters, one word to jieba
    ],
)
def test_question_phrases_are_not_searched(tokenizer: Tokenizer, question: str, dropped: tuple[str, ...]) -> None:
    texts = [v for w in tokenizer.query_words(question) for v in w.variants]
    assert not set(texts) & set(dropped), texts
    assert texts, "the question's topic words stay"


@pytest.mark.parametrize(
    ("question", "name", "not_names"),
    [
        ("苻坚于何年完成统一北方的大业？", "苻坚", ("苻坚于",)),  # 于 glued to the name's end
        ("九三砲战于何年爆发？", "砲战", ("砲战于",)),
        ("于谦于哪年出生？", "于谦", ("于谦于",)),  # a name may start with 于, not end with it
        ("关啸天被推为盟主是哪一集？", "关啸天", ("关啸天被推",)),  # 被 (and 把) end a run
        ("东晋的法显有何创举？", "法显", ("法显有何",)),  # 有何 is the question's
        ("黄鳍紫鱼和丝鳍紫鱼之间的区别是什么？", None, ("黄鳍紫鱼和丝鳍紫鱼",)),  # 和 joins two names
        ("此鱼分布在哪些地区？", None, ("此鱼",)),  # "this fish": the document's own topic
        ("搭台马轮从南竿到东引区要多久？", None, ("马轮从南竿到",)),  # 从 and 到 end a run
        ("19世纪末期，满州引来列强的觊觎，尤其是哪一国？", None, ("一国",)),  # 哪 一 国: which country
        ("君主论为谁所写的？", None, ("论为谁所写", "论为", "所写")),  # 谁 ends a run; 论为, 所写 are no names
        ("幹部們下訪，見到多少群眾？", "下访", ("们下访", "们")),  # 们 is the plural of 干部, no name's start
    ],
)
def test_function_characters_at_a_guessed_names_ends_are_not_the_name(
    tokenizer: Tokenizer, question: str, name: str | None, not_names: tuple[str, ...]
) -> None:
    words = tokenizer.query_words(question)
    phrases = [w.text for w in words if w.pos == "phrase"]
    assert name is None or phrases == [name], phrases
    assert not {w.text for w in words} & set(not_names)


def test_a_run_of_unknown_characters_ends_at_a_copula(tokenizer: Tokenizer) -> None:
    """"25.1万这个数是什么的数量": 数 and 是 are no name (数是), only 数 is left to search."""
    assert [w.text for w in tokenizer.query_words("25.1万这个数是什么的数量？")] == ["25.1", "数"]


def test_the_kind_of_thing_asked_for_is_marked(tokenizer: Tokenizer) -> None:
    """哪座城市: the answer names the city (杭州); 城市 is the kind of answer, not its topic."""
    words = {w.text: w.pos for w in tokenizer.query_words("浙江展览馆位于哪座城市？")}
    assert words["城市"] == ANSWER_TYPE and words["展览馆"] != ANSWER_TYPE
    assert {w.text: w.pos for w in tokenizer.query_words("浙江实施了什么行动？")}["行动"] != ANSWER_TYPE
    assert {w.text: w.pos for w in tokenizer.query_words("65.7万是指什么人？")}["人"] == ANSWER_TYPE
    assert {w.text: w.pos for w in tokenizer.query_words("透过哪几种方式来学习？")}["方式"] == ANSWER_TYPE
    assert {w.text: w.pos for w in tokenizer.query_words("投资在哪一个年度完成？")}["年度"] == ANSWER_TYPE  # 哪 一个 年度
    assert {w.text: w.pos for w in tokenizer.query_words("婚姻采何种制度？")}["制度"] == ANSWER_TYPE
    assert {w.text: w.pos for w in tokenizer.query_words("新规定是哪年起实施的？")}["实施"] != ANSWER_TYPE
    # after 哪年 comes what happened, not the kind of answer
    assert {w.text: w.pos for w in tokenizer.query_words("良渚论坛是哪年举办的？")}["举办"] != ANSWER_TYPE


def test_counted_word(tokenizer: Tokenizer) -> None:
    assert tokenizer.counted_word("全省有多少名党员参加了主题教育") == "党员"
    assert tokenizer.counted_word("世界互联网大会有多少个国家参会") == "国家"
    assert tokenizer.counted_word("現場教學示范點有幾個？") == "示范点"  # what stands before 有几
    # the thing before 总数/数量 ("…的党员总数是多少万"), when nothing follows 多少 to be counted
    assert tokenizer.counted_word("这次全省参与的党员总数是多少万？") == "党员"
    assert tokenizer.counted_word("全省读书班的数量有几个？") == "读书班"
    assert tokenizer.counted_word("参与人数是多少？") is None
    # or the thing right before 有多少 -- not a place (浙江有多少人 counts people in 浙江)
    assert tokenizer.counted_word("包村联社的县级领导有多少人？") == "领导"
    assert tokenizer.counted_word("浙江有多少人？") is None


def test_the_measure_word_a_question_asks_by_is_no_part_of_a_name(tokenizer: Tokenizer) -> None:
    """jieba cuts 哪天报到 into single characters, which looked like a name (天报) the documents
    lack: the character after 哪 or 多少 is the measure word asked by (哪天, 多少门), never the
    start of a name -- and 门 is a measure word, not the question's topic."""
    def words(question: str) -> list[str]:
        return [w.variants[0] for w in tokenizer.query_words(question)]

    assert "天报" not in words("学生哪天报到？") and "学生" in words("学生哪天报到？")
    assert words("新开了多少门课？") == ["新开", "课"]
    assert words("全省有多少家庭？") == ["全省", "家庭"]
    assert words("在哪里举行？") == ["举行"]


def test_counted_phrase(tokenizer: Tokenizer) -> None:
    """The nouns of what is counted by a measure word of things, up to the phrase's verb."""
    assert tokenizer.counted_phrase("包村联社以后建了多少家老年食堂？") == ("食堂",)
    assert tokenizer.counted_phrase("全省有几万个基层党组织参与了这次学习？") == ("基层", "党组织")
    assert tokenizer.counted_phrase("卡洛身兼几家骑士团的大团长职位？") == ("骑士团", "团长", "职位")
    assert tokenizer.counted_phrase("老年食堂一共建了多少个？") == ("食堂",)  # before 一共 and the verb
    assert tokenizer.counted_word("老年食堂一共建了多少个？") is None  # a phrase to name, not a word to find written
    # no measure word of things: events (多少次), people (多少人), none at all
    assert tokenizer.counted_phrase("省委开展了多少次集中学习？") == ()
    assert tokenizer.counted_phrase("有多少人参加？") == ()
    assert tokenizer.counted_phrase("党员总数是多少？") == ()


def test_normalized_tokens(tokenizer: Tokenizer) -> None:
    text = "全省共打造8821家“共富工坊”，黨員參加"
    norm, tokens = tokenizer.normalized_tokens(text)
    assert norm == normalize(text) and tokens == index_tokens(tokenizer, text)


def test_index_tokens_stay_the_same_when_the_word_memo_fills(monkeypatch) -> None:
    """Each word's index tokens (itself, its sub-words) are kept after first use, a bounded number."""
    import index.tokenizer as tokenizer_module

    text = "全省共打造8821家“共富工坊”，中华人民共和国的党员干部参加了学习。" * 3
    expected = index_tokens(Tokenizer(["共富工坊"]), text)
    assert "共富工坊" in expected and "共和国" in expected and "的" not in expected
    monkeypatch.setattr(tokenizer_module, "_MEMO_MAX", 3)
    small = Tokenizer(["共富工坊"])
    assert index_tokens(small, text) == expected
    assert len(small._expanded) <= 3


def test_question_words_with_their_measure_word_are_dropped(tokenizer: Tokenizer) -> None:
    """第几次 is asked, not searched; a measure word jieba joined to the counted noun (辆车) is the
    question's unit, and the noun is searched alone -- not a word of its own (家庭, 人口)."""
    assert [w.text for w in tokenizer.query_words("这是第几次在轨轮换？")] == ["轨", "轮换"]
    assert [w.text for w in tokenizer.query_words("这次召回涉及多少辆车？")] == ["召回", "涉及", "车"]
    assert "家庭" in [w.text for w in tokenizer.query_words("全市有多少家庭？")]
    assert "人口" in [w.text for w in tokenizer.query_words("该市有多少人口？")]
