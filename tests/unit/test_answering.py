"""Answering on documents like an admin's: headings, names the dictionary lacks, shown windows,
markup in questions, and the three outcomes (nothing / possibly related / confident)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.answer import answer_question, consider
from bot.answer.decide import FITTED, UNSURE_UNKNOWN
from bot.answer.evidence import NAME_PARTS, word_found
from bot.answer.instances import names_another, numbered_by_name
from bot.answer.model import WeightedWord
from bot.answer.query import read_question
from bot.answer.question_text import plain_question
from bot.answer.reading import Reading
from bot.answer.window import shown_text
from bot.engine import Engine
from bot.question import analyse
from corpus.loader import parse_document
from index.build import build_index
from index.homophones import homophone_terms
from index.search import Index
from index.tokenizer import Tokenizer
from tests.conftest import engine_with

DATA = Path(__file__).resolve().parents[1] / "data"

FISH = """藍線裸頂鯛

藍線裸頂鯛，又稱藍線白鯧，為輻鰭魚綱鱸形目龍占魚科的其中一個種。

本魚分布於印度西太平洋區，包括紅海、東非至日本、澳洲等海域。

本魚體呈銀灰色，體長可達80公分，棲息在珊瑚礁區，以甲殼類和小魚為食。
"""
CITY = """新北市

新北市是中華民國的直轄市，2010年由臺北縣改制而成，人口約四百萬人。

市內有淡水河流經，北部為山區，南部多為平原。市長任期四年，得連任一次。
"""
PLANT = """軟枝黃蟬

軟枝黃蟬是夾竹桃科黃蟬屬的植物，又名黃蟬、小黃蟬。花期為春夏兩季，花冠金黃色。

全株有毒，誤食會引起腹瀉。原產於巴西，現廣泛栽培於熱帶地區，種子在秋季採收。
"""
POMELO = """麻豆文旦

本品種的果實呈扁圓形，果皮薄而光滑，果肉多汁。

每年中秋節前後採收，採收後須放置數日，待果皮稍軟再食用。
"""
LONG = """長段落

第一句寫的是這個城市的歷史沿革，從清朝設廳開始說起。第二句講到日治時期的行政區劃調整，以及戰後的改制過程。第三句的內容最重要：市內共有二十九個行政區，其中人口最多的是板橋區，約有五十五萬人居住。第四句提到交通建設，捷運路網已有五條路線通車營運。第五句說明產業結構，以電子與機械製造業為主。第六句談到教育資源，境內有多所大學與技職院校。第七句描寫自然環境，沿海有漁港與海水浴場。第八句介紹觀光景點，老街與古蹟吸引許多遊客前來參觀。第九句總結城市的發展方向，未來將持續推動都市更新。第十句回顧近年的人口變化，移入人口逐年增加。第十一句談到文化活動，每年都有大型的藝術節與音樂祭。第十二句說明醫療資源，區域醫院分布在各個行政區。
"""


def _index(*texts: str) -> Index:
    documents = [parse_document(f"{n:02d}.txt", text.encode()) for n, text in enumerate(texts)]
    return build_index(documents)


@pytest.fixture(scope="module")
def encyclopedia() -> Index:
    return _index(FISH, CITY, PLANT, LONG, POMELO)


def test_a_word_only_in_the_title_finds_the_passage_that_never_repeats_it(encyclopedia: Index) -> None:
    answer = answer_question(encyclopedia, "麻豆文旦在什麼時候採收？")
    assert answer.found and answer.results[0].passage.doc == "04.txt"
    assert "中秋節前後採收" in answer.results[0].text
    answer = answer_question(encyclopedia, "藍線裸頂鯛的體長可達多少公分？")
    assert answer.found and answer.results[0].passage.paragraph == 3
    assert answer.text is not None and answer.text.startswith("80")


def test_the_kind_of_place_asked_for_is_not_required_in_the_passage(encyclopedia: Index) -> None:
    """哪座城市: the passage says 市內, never 城市 (which jieba tags as a place name)."""
    answer = answer_question(encyclopedia, "淡水河流經哪座城市？")
    assert answer.found and answer.results[0].passage.doc == "01.txt"


def test_a_quoted_name_must_be_written_in_the_documents(encyclopedia: Index) -> None:
    """「紅線裸頂鯛」 shares most words with 藍線裸頂鯛, but the question names another fish."""
    answer = answer_question(encyclopedia, "「藍線裸頂鯛」的體長可達多少？")
    assert answer.found and answer.text is not None and answer.text.startswith("80")
    assert not answer_question(encyclopedia, "「紅線裸頂鯛」的體長可達多少？").found
    assert not answer_question(encyclopedia, "《新北市誌》是哪一年出版的？").found
    # a title in the documents' headings counts; a quote in an English question is English
    assert answer_question(encyclopedia, "「麻豆文旦」什麼時候採收？").found
    assert answer_question(encyclopedia, 'When is "pomelo" 麻豆文旦 harvested?').found


FAIR = """數字貿易博覽會

2023年11月，第二屆全球數字貿易博覽會在杭州舉辦，吸引了800多家企業參展。同月，省委召開十五屆四次全會作出部署。
"""


def test_a_numbered_thing_the_documents_name_only_with_another_number_gets_nothing() -> None:
    """第一届 asks about another fair than the 第二屆 the text describes; 十五届三次 another plenum."""
    index = _index(FAIR)
    assert answer_question(index, "第二届全球数字贸易博览会在哪一年举办？").text == "2023年11月"
    assert answer_question(index, "第二屆全球數字貿易博覽會有多少家企業參展？").found
    assert not answer_question(index, "第一届全球数字贸易博览会在哪一年举办？").found
    assert not answer_question(index, "首屆全球數字貿易博覽會有多少家企業參展？").found
    assert answer_question(index, "十五届四次全会是什么时候召开的？").found
    assert not answer_question(index, "十五届三次全会是什么时候召开的？").found


QUARTERS = """季度財報

公司第三季毛利率為57.8%，營業利益率為47.5%。

公司預估第四季營收介於261億至269億美元之間，毛利率介於57%至59%之間。
"""


PROBES = """嫦娥六號完成人類首次月球背面採樣返回

新華社北京6月25日電 6月25日14時07分，嫦娥六號返回器準確著陸於內蒙古四子王旗預定區域，工作正常，標誌着探月工程嫦娥六號任務取得圓滿成功，實現世界首次月球背面採樣返回。

嫦娥六號探測器於5月3日在中國文昌航天發射場由長征五號遙八運載火箭成功發射，隨後經歷地月轉移、近月制動、環月飛行等階段，於6月2日著陸月球背面南極—艾特肯盆地預選著陸區，在月面工作兩天後，於6月4日攜帶月球樣品從月球背面起飛。

此次任務歷時53天，探測器共採集月球樣品1935.3克。國家航天局表示，嫦娥六號任務共搭載了法國、意大利、巴基斯坦和歐洲空間局的4台國際載荷。

據介紹，嫦娥七號計劃於2026年前後發射，將前往月球南極開展資源勘查。
"""


PARTY = """美國民主黨

1963年11月22日，甘迺迪於達拉斯遇刺身亡。副總統林登強森繼任為第36任美國總統。強森也是新政的堅定支持者。

1976年，卡特當選美國總統。卡特任內相當強調人權，並以此作為外交政策的主軸。

1980年，卡特競選連任，但最後被共和黨的雷根擊敗。
"""


def test_a_figure_of_a_passage_that_never_names_whom_it_is_asked_of_is_no_answer() -> None:
    """卡特是第几任总统: the passage giving a number of a president (第36任) names 強森, not 卡特,
    whom the document's other passages name -- possibly related, no bold figure; asked of 強森,
    the figure answers."""
    index = _index(PARTY)
    answer = answer_question(index, "卡特是美国第几任总统？")
    assert answer.text is None and not answer.confident
    assert answer_question(index, "強森是美國第幾任總統？").text == "第36任"
    assert answer_question(index, "卡特在哪一年當選美國總統？").text == "1976年"


MERCHANT = """潘仕成

潘仕成是晚清廣州十三行的巨富。曾捐官20萬兩銀子，使自己成為二品官。

清同治十二年（1873年），潘仕成卒。
"""


def test_a_name_read_as_one_word_with_the_verbs_after_it_is_found_by_its_written_start() -> None:
    """潘仕成买官花了多少银子: jieba's guess joins the name the dictionary lacks with 买官花 into a
    word no passage writes; the start a passage writes (潘仕成) is searched as the name."""
    index = _index(MERCHANT, PARTY)
    heads = [word.variants[0] for word in read_question(index, "潘仕成买官花了多少银子？").words]
    assert heads[0] == "潘仕成" and "潘仕成买官花" not in heads
    answer = answer_question(index, "潘仕成买官花了多少银子？")
    assert answer.text == "20萬兩" and answer.results[0].text.startswith("潘仕成是晚清")
    # a name the passages write whole stays one word (苻坚于 → 苻坚 in the tokenizer's own tests)
    assert [w.variants[0] for w in read_question(index, "潘仕成是哪一年过世的？").words][0] == "潘仕成"


REVOLT = """劉六劉七起義

正德四年（1509年），劉瑾家人梁洪向劉家索賄，遭到拒絕。正德五年（1510年）十月，劉六、劉七在霸州起義。正德六年（1511年），劉六、劉七攻佔束鹿縣城，又攻打霸州。正德七年（1512年），義軍與陸完軍交戰，最後失敗。
"""


def test_a_reigns_year_is_converted_and_an_event_told_otherwise_is_dated() -> None:
    """正德七年换算成公元是哪一年: 换算 asks another calendar's year, no event the documents would
    have to write; 拿下束鹿縣城 is told as 攻佔束鹿縣城 -- the place taken says it is the event; 正德几年
    asks the reign's year."""
    index = _index(REVOLT, PARTY)
    assert answer_question(index, "正德七年换算成公元是哪一年？").text == "正德七年（1512年）"
    assert answer_question(index, "義軍拿下束鹿縣城是在西元哪一年？").text == "正德六年（1511年）"
    assert answer_question(index, "刘六刘七起义，按明朝年号算是正德几年？").text == "正德五年（1510年）"
    assert answer_question(index, "卡特是哪一年出生的？").text is None
    # who acted, named before the verb, is no sign: 劉瑾家人…索賄 does not date his execution
    assert answer_question(index, "劉瑾是哪一年被處死的？").text is None


PAINTER = """李日華

李日華，浙江嘉興人，晚明官員、書畫家。李日華生於明世宗嘉靖四十四年（1565年），萬曆二十年（1592年）中進士，崇禎八年（1635年）卒。

李忠臣任淮西節度使。大曆十四年（779年）三月，李忠臣被李希烈驅逐，逃往京師。
"""


def test_a_birth_and_a_death_written_beside_their_dates_are_told_apart() -> None:
    """生於…（1565年） is a birth, （1635年）卒 a death: asked when he died, the one; born, the other.
    And a date whose sentence names both people a question names (李忠臣被李希烈驅逐) dates its
    event, whatever verb the question uses (趕走)."""
    index = _index(PAINTER, PARTY)
    assert answer_question(index, "李日華是公元哪一年去世的？").text == "崇禎八年（1635年）"
    assert answer_question(index, "李日華是哪一年出生的？").text == "嘉靖四十四年（1565年）"
    assert answer_question(index, "李忠臣被李希烈趕走是公元哪一年？").text == "大曆十四年（779年）"


def test_a_passage_naming_only_another_numbered_thing_comes_after() -> None:
    """The title names 嫦娥六號 for every passage; the one that writes 嫦娥七號 speaks of another
    probe, and its 2026年 is no answer to when 嫦娥六号 was launched."""
    index = _index(PROBES)
    assert answer_question(index, "嫦娥六号什么时候发射？").text == "5月3日"
    assert answer_question(index, "嫦娥七号计划哪年发射？").text == "2026年"
    # a metro line by its number; a bare 十五届 names nothing by itself
    line = numbered_by_name("2号线全长多少公里")
    assert names_another(line, "地铁1号线全长20公里") and not names_another(line, "1号线和2号线")
    assert numbered_by_name("十五届四次全会何时召开") == ()


def test_a_numbered_period_is_no_numbered_thing() -> None:
    """第四季毛利率: the text writes 第三季毛利率 and, for the fourth quarter, 第四季營收…毛利率 --
    quarters are periods a text reports one by one, not another fair (it found nothing)."""
    answer = answer_question(_index(QUARTERS), "第四季毛利率預估多少？")
    assert answer.found and answer.text == "57%至59%"


WORKS = """捷運環狀線

捷運環狀線第二期工程自2019年3月至2021年12月進行，全長12公里，沿線設有8座車站。

第二期工程開始以後，沿線的交通改道，居民曾多次陳情。
"""


@pytest.mark.parametrize("question", ["第二期工程何時開始？", "第二期工程是從什麼時候開始的？"])
def test_when_something_started_is_the_date_range_not_the_word_start(question: str) -> None:
    """The start is written as the range's first half (自2019年3月至…), not as 開始."""
    answer = answer_question(_index(WORKS, CITY), question)
    assert answer.found and answer.results[0].passage.paragraph == 1
    assert answer.text is not None and answer.text.startswith("2019年3月")


@pytest.mark.parametrize(
    ("question", "end"), [("第二期工程何時啟動？", "2019年3月"), ("第二期工程在哪年哪月收尾？", "2021年12月")]
)
def test_a_word_saying_start_or_end_that_the_text_lacks_is_not_missed(question: str, end: str) -> None:
    """啟動 and 收尾, like 開始 and 結束, are said by the range's halves: the text need not write them."""
    answer = answer_question(_index(WORKS, CITY), question)
    assert answer.found and answer.results[0].passage.paragraph == 1
    assert answer.text is not None and end in answer.text


def test_a_counted_word_written_with_its_characters_apart_is_not_absent() -> None:
    """县市区 is not a word of the text, which writes 縣（市、區）: the count is still answered."""
    index = _index("嘉興市\n\n嘉興市下轄7個縣（市、區），面積4223平方公里。\n", CITY)
    answer = answer_question(index, "嘉興市下轄多少個縣市區？")
    assert answer.found and answer.text is not None and answer.text.startswith("7")
    assert not answer_question(index, "嘉興市下轄多少個鄉鎮？").found  # 鄉鎮: nowhere


def test_people_named_by_a_word_the_text_counts_are_counted_whatever_verb_is_asked() -> None:
    """領導幹部裡有多少人參加: no passage writes 參加, but the text counts 領導幹部 by a measure
    word of people (4.5萬名): the question is answered; people counted only by what befell them
    (多少人失蹤), which no passage writes, get nothing."""
    index = _index("學習成效\n\n全省4.5萬名縣處級以上領導幹部在理論大學習中增強了思想自覺。\n\n各地開展調研。\n", CITY)
    answer = answer_question(index, "縣處級以上的領導幹部裡，有多少人參加了學習？")
    assert answer.text == "4.5萬名"
    assert not answer_question(index, "理論大學習中有多少人失蹤？").found


def test_a_compound_whose_head_the_text_counts_is_not_absent() -> None:
    """規章制度有多少個: no passage writes 規章制度, but the text counts 制度 (制度9927個) -- the
    reader's word for a kind of it; 先進集體, whose head (集體) the text never counts, stays absent."""
    index = _index("整改成效\n\n各地各單位建立完善制度9927個，集體經濟不斷壯大，先進個人受到表彰。\n\n全省開展調研。\n", CITY)
    assert answer_question(index, "各地各單位新建立的規章制度有多少個？").text == "9927個"
    assert not answer_question(index, "全省評出了多少個先進集體？").found


def test_a_word_written_with_its_characters_apart_is_found_as_written() -> None:
    """分頭跑了多少個縣市區: the passage writes 縣(市、區) -- found there, the word counts as the
    passage's and as known, so the count is answered confidently; the question's words the
    passage lacks (分頭, 跑) leave it shown, not doubted away."""
    index = _index("調研走訪\n\n新年開局，省領導分別帶隊走訪68個縣(市、區)，面對面聽取意見。\n\n全省開展調研。\n", CITY)
    query = read_question(index, "新年開局時，省裡領導分頭跑了多少個縣市區？")
    word = next(w for w in query.words if w.variants[0] == "县市区")
    assert "县(市、区" in word.variants  # from its first character to its last
    answer = answer_question(index, "新年開局時，省裡領導分頭跑了多少個縣市區？")
    assert answer.confident and answer.text == "68個"


def test_a_word_typed_with_a_character_of_the_same_sound_is_found() -> None:
    """滿州 for 滿洲, 工房 for 工坊: the commonest slip in typed Chinese; only the corpus's terms."""
    index = _index("東北地區\n\n滿洲在清代稱為東三省，面積約一百二十萬平方公里。\n", CITY)
    answer = answer_question(index, "滿州在清代稱為什麼？")
    assert answer.found and "東三省" in answer.results[0].text
    assert homophone_terms("满州", {"满洲", "满地"}.__contains__) == ("满洲",)  # 地 is not read zhou


def test_only_a_name_the_documents_lack_vetoes_the_answer(encyclopedia: Index) -> None:
    """jieba tags 满意度 and 城市 as place names; the dictionary knows them as common nouns."""
    from bot.answer.query import read_question

    assert read_question(encyclopedia, "江蘇的人口約有多少人？").absent
    assert not read_question(encyclopedia, "新北市民的滿意度調查是哪一年開始的？").absent


def test_typing_a_document_title_finds_that_document(encyclopedia: Index) -> None:
    answer = answer_question(encyclopedia, "麻豆文旦")
    assert answer.found and {r.passage.doc for r in answer.results} == {"04.txt"}


def test_a_name_the_dictionary_lacks_is_one_word_matched_as_written() -> None:
    words = Tokenizer().query_words("软枝黄蝉的别名是什么？")
    assert words[0].pos == "phrase" and words[0].text == "软枝黄蝉"
    name = WeightedWord(words[0].variants, "phrase", shares=(1.0,) * len(words[0].variants))
    assert word_found(name, frozenset(), ["软枝黄蝉是夹竹桃科"]) == 1.0
    # Its characters scattered over a text are worth little.
    scattered = word_found(name, frozenset({"软", "枝", "黄", "蝉"}), ["软的枝上有黄蝉"])
    assert scattered == pytest.approx(NAME_PARTS)


def test_a_numbers_measure_word_never_starts_a_name() -> None:
    words = Tokenizer().query_words("2.46万名是些什么人？")
    assert [w.pos for w in words if w.pos == "phrase"] == []


def test_a_word_segmented_differently_still_counts_when_written_in_the_text() -> None:
    word = WeightedWord(("下萨克森",), "")
    assert word_found(word, frozenset(), ["下萨克森邦的首府"]) == 1.0
    assert word_found(WeightedWord(("萨克",), ""), frozenset(), ["萨克斯风"]) == 1.0
    assert word_found(WeightedWord(("os",), "eng"), frozenset(), ["photos"]) == 0.0  # Latin: tokens only


def test_the_answer_is_shown_with_the_sentences_around_it() -> None:
    index = _index(LONG, FISH)
    passages = [p for p in index.passages if p.doc == "00.txt"]
    assert len(passages) >= 3, "the long paragraph is cut into several passages"
    ids = [i for i, p in enumerate(index.passages) if p.doc == "00.txt"]
    middle = ids[1]
    shown = shown_text(Reading(index), middle, ids[0], ids[-1], budget=10_000)
    assert shown.text == "".join(index.passages[i].text for i in ids)
    assert shown.whole == frozenset(ids)
    small = shown_text(Reading(index), middle, ids[0], ids[-1], budget=len(index.passages[middle].text))
    assert small.text == index.passages[middle].text and small.whole == {middle}


def test_a_variant_of_what_is_read_as_what(engine: Engine) -> None:
    """甚麼時候 is 什麼時候 written otherwise: a date question (not a search for 甚麼)."""
    assert plain_question("主題教育從甚麼時候開始？") == "主題教育從什麼時候開始？"
    assert engine.ask("主題教育從甚麼時候開始？").text == engine.ask("主題教育從什麼時候開始？").text is not None


def test_markup_around_a_question_is_read_for_its_words(engine: Engine) -> None:
    assert plain_question("<b>共富工坊</b> &amp; <i>多少家</i>？") == "共富工坊 & 多少家 ？"
    plain = engine.ask("全省共打造了多少家共富工坊？")
    marked = engine.ask("<b>全省共打造了多少家共富工坊？</b> &amp;")
    escaped = engine.ask("&lt;b&gt;全省共打造了多少家共富工坊？&lt;/b&gt;")
    assert marked.text == escaped.text == plain.text == "8821家"
    assert marked.results[0].passage == escaped.results[0].passage == plain.results[0].passage


def test_a_model_name_the_documents_never_write_gets_nothing() -> None:
    """POWER6 is a name, not the English word "power" (势, 力量) and a 6."""
    index = _index("處理器\n\nPOWER5處理器於2004年推出，採用了新的製程，力量更強。\n")
    assert answer_question(index, "POWER5是什么时候推出的？").text == "2004年"
    assert not answer_question(index, "POWER6是什么时候推出的？").found


def test_three_outcomes_follow_the_models(engine: Engine) -> None:
    question = "全省共打造了多少家共富工坊？"
    index = engine.index
    sure = consider(index, question).answer
    assert sure.found and sure.confident and sure.text == "8821家"
    unsure = consider(index, question, models=replace(FITTED, confident_at=1.01)).answer
    assert unsure.hedged and unsure.results[0].passage == sure.results[0].passage
    assert unsure.figure is None or unsure.figure.text == "8821家"
    doubted = replace(FITTED, shown_at=1.01)
    # a figure question whose passage holds a fitting figure is still shown, possibly related
    found = consider(index, question, models=doubted).answer
    assert found.hedged and found.results[0].passage == sure.results[0].passage
    silent = consider(index, "共富工坊是什麼？", models=doubted).answer
    assert not silent.found and silent.figure is None
    assert consider(index, "共富工坊是什麼？").answer.found


def test_off_topic_questions_get_nothing(engine: Engine) -> None:
    for question in ("北京今天天气怎么样？", "蘋果公司的執行長是誰？", "藍線裸頂鯛的體長是多少？"):
        assert not engine.ask(question).found, question


def test_the_unit_a_figure_question_asks_in_is_not_a_thing_the_documents_lack() -> None:
    """百分点 is the unit of the figure asked for: a passage writing the change as 14.6% answers
    "下降了几个百分点" (an absent measure word weighs like one, not like an absent noun)."""
    index = _index(
        "減負\n\n全面推行無會日制度，開展會議、文件、考核等重點領域專項整治，“三類文件”數量同比減少14.6%。\n",
        CITY,
        FISH,
    )
    answer = answer_question(index, "“三类文件”同比下降了几个百分点？")
    assert answer.found and answer.text == "14.6%"


NEWS = """全市推進垃圾分類

今年以來，全市新建垃圾分類投放點1200個，居民參與率達到八成。

各區組織志願者上門宣傳，累計開展活動3500場次，覆蓋社區560個。（本報記者 王明 張華）
"""


@pytest.mark.parametrize("question", ["这篇文章的作者是谁？", "这篇报道是谁写的？", "這篇報導是誰寫的？", "作者是谁？"])
def test_asking_who_wrote_the_text_finds_its_byline(question: str) -> None:
    """The text's byline answers it, whichever word for a writer the question uses (作者 for 記者)."""
    answer = answer_question(_index(NEWS, CITY, FISH), question)
    assert answer.found and "王明" in answer.results[0].text


PRISM = """棱柱

棱柱中兩個側面的公共邊叫做側棱，側面與底面的公共頂點叫做棱柱的頂點。

假設一個棱柱的底面面積為S，高為h，那麼這個棱柱的體積為S乘以h。

棱柱是幾何學中的一種常見的三維多面體，由兩個平行的底面和若干側面圍成。
"""


@pytest.mark.parametrize("question", ["什么是棱柱？", "棱柱是什么？", "何谓棱柱"])
def test_a_question_asking_what_a_thing_is_finds_the_passage_defining_it(question: str) -> None:
    answer = answer_question(_index(PRISM, CITY, FISH), question)
    assert answer.found and answer.results[0].text.startswith("棱柱是幾何學")


def test_what_a_definition_question_asks_about() -> None:
    from bot.answer.definition import defined_subject, defines

    assert defined_subject("什么是“八八战略”？") == "八八战略"
    assert defined_subject("乙酰胺是什么?") == "乙酰胺"
    assert defined_subject("松平康忠的主要工作是什么？") is None  # a part of something, not a definition
    assert defines("乙酰胺（acetamide）是由乙酸衍生出的酰胺", "乙酰胺")
    assert not defines("二甲基乙酰胺（DMA）是乙酰胺氨基的衍生物", "乙酰胺")  # another thing
    assert defines("二甲基乙酰胺（DMA）。乙酰胺，是一种酰胺", "乙酰胺")  # a later place that opens a clause
    assert defines("啊啊，啊啊是", "啊啊") and not defines("啊啊啊是", "啊啊")  # places overlapping
    assert defines("c++是一种语言", "c++") and not defines("cxx是", "c.x")  # the subject as written


@pytest.mark.parametrize("question", ["全省共打造了多少家共富工坊？", "主题教育的总要求是什么？", "谁率先作出了集体承诺？"])
def test_evidence_is_the_same_whether_postings_are_looked_up_one_by_one_or_by_binary_search(
    engine: Engine, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Up to ``FEW_POSTINGS`` a term's passages are read as a list, beyond by numpy: the evidence
    (which candidates hold which words, what their documents hold) is the same either way."""
    by_list = consider(engine.index, question)
    monkeypatch.setattr("bot.answer.evidence.FEW_POSTINGS", -1)
    by_search = consider(engine.index, question)
    assert [c.evidence for c in by_list.candidates] == [c.evidence for c in by_search.candidates]
    assert by_list.candidates and by_list.signals == by_search.signals


STORM = """颱風災情統計

中央災害應變中心統計，颱風期間共造成10人死亡、904人受傷，累計撤離1萬2,345人。
"""


def test_people_counted_by_what_befell_them_that_no_document_says_get_nothing() -> None:
    """多少人失蹤: the documents count the dead and the injured, never the missing -- 10人 (死亡)
    would be a wrong answer; what they do count is still answered."""
    index = _index(STORM, CITY)
    assert not answer_question(index, "颱風造成多少人失蹤？").found
    injured = answer_question(index, "颱風期間有多少人受傷？")
    assert injured.found and injured.text == "904人"
    evacuated = answer_question(index, "颱風期間一共撤離了多少人？")
    assert evacuated.found and evacuated.text == "1萬2,345人"


RESULTS = """半年報

公司上半年營業收入3011億元，同比增長15.8%；淨利潤136億元，同比增長24.4%。
"""


def test_an_amount_no_document_names_gets_nothing() -> None:
    """毛利率是多少, 股價是多少: the report gives revenue, profit and growth rates only -- 15.8%
    or 3011億元 would be a wrong answer."""
    index = _index(RESULTS, CITY)
    assert not answer_question(index, "公司上半年的毛利率是多少？").found
    assert not answer_question(index, "公司上半年的毛利率達到了多少？").found
    assert not answer_question(index, "公司上半年的股價是多少？").found
    assert not answer_question(index, "公司上半年的市值是多少？").found
    assert answer_question(index, "公司上半年營業收入是多少？").text == "3011億元"
    growth = answer_question(index, "淨利潤同比增長了多少？")
    assert growth.found and growth.text == "24.4%"


POPULATION = """人口統計 總人口連續減少

截至6月底，全國總人口為2,340萬4,096人，較上月減少1,235人，已連續第8個月負成長。

6月出生數為1萬1,234人。上半年累計出生6萬7,890人，比去年同期減少3.2%。
"""


def test_the_comparison_word_is_not_what_is_asked_about() -> None:
    """比上個月減少了多少: the text compares with 較上月 -- 比 is no word to find (the passage
    writing 比去年同期 is about something else)."""
    answer = answer_question(_index(POPULATION, CITY), "總人口比上個月減少了多少人？")
    assert answer.found and answer.text == "1,235人"
    assert answer_question(_index(POPULATION, CITY), "總人口連續幾個月負成長？").text == "第8個月"
    assert answer_question(_index(POPULATION, CITY), "6月出生了多少人？").text == "1萬1,234人"


SEATS = """立法委員選舉

第11屆立法委員選舉中，國民黨取得52席，民進黨51席，民眾黨8席，無黨籍2席。
"""


def test_a_count_by_the_measure_words_own_noun_is_answered() -> None:
    """多少席次: the text counts by 席 (51席) and never writes 席次."""
    answer = answer_question(_index(SEATS, CITY), "民進黨取得了多少席次？")
    assert answer.found and answer.text == "51席"
    assert analyse("民進黨取得了多少席次？", "席次").counts_by_measure
    assert not analyse("新北市有多少人口？", "人口").counts_by_measure  # 人口 is a thing of its own


VOYAGES = """鄭和下西洋

鄭和於1433年病逝，享年62歲。2005年，中國將7月11日定為航海日，以紀念鄭和死時首次下西洋600週年。
"""


def test_an_anniversary_is_no_age() -> None:
    """幾歲 asks an age: 600週年 is a length of time since something, not how old anyone was."""
    answer = answer_question(_index(VOYAGES, CITY), "鄭和死時幾歲？")
    assert answer.text == "62歲"


DANCE = """林懷民

林懷民，臺灣嘉義縣人，舞蹈家、作家，雲門舞集創辦人。1969年赴美留學，留美期間開始學習現代舞。

1973年，林懷民在臺北創立雲門舞集，這是臺灣第一個職業現代舞團，首演於臺北中山堂。

1998年，林懷民創作《流浪者之歌》，該舞作在全球巡演超過180場。

雲門舞集現有舞者約24人，每年在國內外演出超過100場。
"""


def test_what_place_asks_a_place_it_need_not_find_the_word_place() -> None:
    """什麼地方 asks where, as 哪座城市 asks which city: the text names the place (中山堂), not 地方."""
    answer = answer_question(_index(DANCE, CITY), "雲門舞集首演在什麼地方？")
    assert answer.found and "中山堂" in answer.results[0].text


MARKET = """股市收盤

兩市上漲個股超過4600只，下跌個股不足700只，漲停個股達158只。
"""


def test_a_kind_of_the_counted_thing_no_document_names_gets_nothing() -> None:
    """跌停個股有多少只: the documents count 漲停個股, never 跌停 ones -- 158只 would be wrong."""
    index = _index(MARKET, CITY)
    assert not answer_question(index, "跌停個股有多少只？").found
    assert answer_question(index, "漲停個股有多少只？").text == "158只"


def test_a_byline_on_its_own_line_answers_who_wrote_the_report() -> None:
    report = "老屋再生三年修復120棟\n\n記者王小明／台南報導\n\n台南市政府文化局今（20）日表示，三年內已修復120棟歷史建築。\n"
    index = _index(report, CITY)
    answer = answer_question(index, "這篇報導的記者是誰？")
    assert answer.found and "王小明" in answer.results[0].text


def test_what_english_questions_remember_of_an_index_does_not_keep_it_alive() -> None:
    """An index a reload replaced must be freed (its maps and descriptors with it): the sounds of
    its titles, remembered for English names, are kept only as long as the index is."""
    import gc
    import weakref

    from bot.answer.english.names import title_sounds

    index = _index(CITY)
    assert title_sounds(index) is title_sounds(index)
    answer_question(index, "新北市的人口有多少？")
    gone, tokenizer = weakref.ref(index), weakref.ref(index.tokenizer)
    del index
    gc.collect()
    assert gone() is None
    assert tokenizer() is None, "something still holds the replaced index's tokenizer (jieba's tables)"


PHONE = """新款手機

該機展開後屏幕尺寸為7.93英寸，整機厚度僅4.6毫米，重量約239克，售價12999元。
"""


def test_how_thick_asks_a_length() -> None:
    """多厚 asks a length as 多高 and 多長 do: 4.6毫米, not the weight or the price beside it."""
    answer = answer_question(_index(PHONE, CITY), "新款手機有多厚？")
    assert answer.text == "4.6毫米"


FIXES = """整改進展

截至目前，第一批單位牽頭整改的2683個問題，以及省市縣三級協同攻堅的144個項目，均已完成。

全省黨員幹部深入基層，開展調查研究。
"""


def test_people_asked_are_not_answered_by_a_count_of_things() -> None:
    """多少名黨員: 2683個問題 and 三級 count problems and levels -- a count with 個 may count people
    (3個孩子), but then it names them. No figure counts them: nothing (count_not_written)."""
    answer = answer_question(_index(FIXES, CITY), "截至目前有多少名黨員？")
    assert answer.text is None and not answer.results
    assert answer_question(_index(FIXES, CITY), "截至目前整改了多少個問題？").text == "2683個"


GAMES = """亞運保障

亞運期間，黨員幹部下沉網格排查化解矛盾2.7萬余起，場館服務保障有序。

全省各地開展志願服務，群眾滿意。
"""


def test_people_asked_by_their_measure_word_are_not_answered_by_a_count_of_events() -> None:
    """多少名黨員: 2.7萬余起 counts disputes settled -- no number of events says how many people
    (measures_otherwise); 多少起矛盾 is answered by it."""
    assert answer_question(_index(GAMES, CITY), "亞運期間共有多少名黨員幹部？").text is None
    assert answer_question(_index(GAMES, CITY), "亞運期間化解了多少起矛盾？").text == "2.7萬余起"


LAUNCH = """新品發布

華為正式發布Mate X6折疊屏手機，該機展開後屏幕尺寸為7.93英寸，整機厚度僅4.6毫米，重量約239克。
"""


def test_how_thick_finds_the_figure_after_thickness() -> None:
    """多厚 names 厚度, which the question does not write: the figure after it answers, not the
    length standing nearer the phone's name."""
    answer = answer_question(_index(LAUNCH, CITY), "Mate X6有多厚？")
    assert answer.text == "4.6毫米"


def test_a_number_the_question_writes_without_separators_is_one_the_text_writes_with_them() -> None:
    """3000 is not a number the documents lack when they write 3,000."""
    park = "雪霸國家公園\n\n園區內海拔3,000公尺以上的山峰有51座，列入百岳者共19座。\n"
    answer = answer_question(_index(park, CITY, FISH), "海拔3000公尺以上的山峰有幾座？")
    assert answer.found and answer.text == "51座"
    assert not answer_question(_index(park, CITY, FISH), "海拔4000公尺以上的山峰有幾座？").found


REPORT = """天衡航天年度報告

天衡航天2025年實現營業收入38.6億元，同比增長64.2%，全年完成發射12次。

公司位於湖州的火箭總裝基地於2025年9月投產，年產能為30發。

2024年，公司完成首次入軌發射。
"""


def test_a_figure_for_a_year_the_passage_never_writes_is_only_possibly_related() -> None:
    """The passage gives 2025's revenue: asked for 2024's, it is shown as possibly related; a
    date question is not held to it (the year asked is no year named)."""
    index = _index(REPORT, CITY, FISH)
    asked = answer_question(index, "天衡航天2024年營業收入是多少？")
    assert asked.found and not asked.confident
    sure = answer_question(index, "天衡航天2025年營業收入是多少？")
    assert sure.confident and sure.text == "38.6億元"


@pytest.mark.parametrize(
    ("question", "answer"),
    [("原55周歲退休的女職工延到幾歲？", "58周歲"), ("男職工退休年齡延遲到多少歲？", "63周歲")],
)
def test_an_age_written_in_zhou_sui_answers_an_age_question(question: str, answer: str) -> None:
    text = "延遲退休\n\n男職工法定退休年齡從原60周歲延遲到63周歲，原55周歲退休的女職工延遲到58周歲。\n"
    assert answer_question(_index(text, CITY, FISH), question).text == answer


def test_a_counted_word_the_segmenter_cut_otherwise_in_the_text_is_not_absent() -> None:
    """派發現金紅利 is cut 派 / 發現 / 金 / 紅利: no passage holds 現金 as a word, yet the text
    writes it, and the question counting it is answered."""
    text = "年度報告\n\n董事會擬向全體股東每10股派發現金紅利1.5元（含稅）。\n"
    assert answer_question(_index(text, CITY, FISH), "每10股派多少現金紅利？").text == "1.5元"


def test_people_counted_by_what_befell_them_are_counted_in_the_words_texts_use_for_it() -> None:
    """A text writes 罹難 or 遇難 for 死亡: the count is the answer, not the injured."""
    text = "強震\n\n這次地震造成14人罹難、120人受傷，另有3人下落不明。\n"
    index = _index(text, CITY, FISH)
    assert answer_question(index, "地震造成多少人死亡？").text == "14人"
    assert answer_question(index, "有多少人失蹤？").text == "3人"


def test_people_counted_after_what_befell_them_are_counted_by_it() -> None:
    """饿死了多少人 counts the starved: a text that tells of the famine but counts no one starved
    gives no figure -- not the two things it counts; 罹難了多少人 is answered as 多少人罹難 is."""
    text = "大饑荒\n\n饑荒期間，政府實行兩個階段的配給制度。這次地震造成14人罹難、120人受傷。\n"
    index = _index(text, CITY, FISH)
    assert not answer_question(index, "大饑荒一共餓死了多少人？").found
    assert answer_question(index, "地震中罹難了多少人？").text == "14人"


def test_a_question_much_of_which_no_document_holds_is_never_answered_confidently(tmp_path: Path) -> None:
    """江西省会计师人数: the report speaks of 江西省 and 人数, and of 598名 something, but nothing of
    会计师 -- more than 40% of the question's weight: possibly related at most."""
    report = (DATA / "probes" / "jiangxi-work-report.txt").read_text(encoding="utf-8")
    engine = engine_with(tmp_path, {"jiangxi-work-report.txt": report})
    considered = consider(engine.index, "江西省会计师人数是多少？")
    assert considered.signals is not None and considered.signals.unknown >= UNSURE_UNKNOWN
    assert not considered.answer.confident
    sure = consider(engine.index, "全省规模以上工业增加值增长了多少？").answer
    assert sure.confident and sure.text == "7.2%"


def test_a_passage_naming_the_numbered_thing_only_with_another_number_is_only_possibly_related() -> None:
    """Asked of 天衡一號, a passage giving 天衡二號's payload is another rocket's: not sure."""
    text = (
        "天衡航天\n\n2025年，公司旗下「天衡一號」和「天衡二號」系列運載火箭全年共執行發射任務12次。\n\n"
        "公司自主研發的「天衡二號」液氧甲烷火箭於2025年6月18日首飛成功，近地軌道運載能力為6.5噸。\n"
    )
    index = _index(text, CITY, FISH)
    other = answer_question(index, "天衡一號的近地軌道運載能力是多少？")
    assert not other.confident
    own = answer_question(index, "天衡二號的近地軌道運載能力是多少？")
    assert own.confident and own.text == "6.5噸"


def test_a_paraphrased_figure_question_with_a_fitting_figure_is_possibly_related(engine: Engine) -> None:
    """Words the article never writes (那陣子, 調解, 大約) make the shown model doubt the passage; its
    figure of the asked kind beside the question's words (化解矛盾2.7萬余起) still shows it,
    marked possibly related -- but not a figure standing beside a few words of the question
    when another passage holds more of it (秸稈焚燒: the 14.6% is 三類文件's)."""
    index = engine._index
    found = answer_question(index, "黨員幹部那陣子在網格裡調解化解的矛盾大約有多少起？")
    assert found.results and not found.confident
    assert found.text == "2.7萬余起"
    elsewhere = answer_question(index, "整治以後秸稈焚燒火點比去年減少了百分之幾？")
    assert not elsewhere.results


def test_a_passage_saying_start_without_a_date_does_not_outrank_the_range() -> None:
    """幾月份開始的: 開始 is searched at a share of its weight (FRAMING_WEIGHT), so the short
    paragraph saying 一開始 with no date comes after the range that answers."""
    text = (
        "市政要聞\n\n"
        "根據統一部署，2023年4月至2024年1月，全市分兩批在全體黨員幹部中深入開展學習貫徹新思想主題教育，"
        "各級黨組織紮實推進。\n\n"
        "主題教育一開始，市委就部署調研。\n\n"
        "全市舉辦讀書班120期。"
    )
    answer = answer_question(_index(text, CITY), "這次主題教育是幾月份開始的？")
    assert answer.results and "2023年4月至2024年1月" in answer.results[0].text
    assert answer.text is not None and answer.text.startswith("2023年4月")


def test_how_many_with_no_number_of_it_in_the_passage_gets_nothing(engine: Engine) -> None:
    """海島群眾吃水 is in the article, how many islands is not: nothing, not the passage. A
    question asking which or what beside a 幾 (哪位…發動了幾次) is not asking only a number."""
    index = engine._index
    assert not answer_question(index, "海島群眾吃水問題涉及多少個海島？").results
    assert answer_question(index, "全省共打造了多少家共富工坊？").text == "8821家"
    small = _index("東羅馬帝國\n\n約翰一世發動了幾次規模巨大的戰役，擊退了保加利亞人的攻擊。")
    assert answer_question(small, "哪位皇帝發動了幾次規模巨大的戰役？").results


def test_a_date_the_paragraph_before_gives_answers_for_a_passage_without_one() -> None:
    """市委…制定…方案 names the visit but not its date; the paragraph before dates it, with the
    question's verb (考察). A date of something else there (召開) answers nothing."""
    text = (
        "市政要聞\n\n"
        "2023年9月，總書記到本市考察，對全市工作提出明確要求。\n\n"
        "市委第一時間研究制定學習貫徹總書記考察重要講話精神的實施方案和工作方案，全面部署。\n\n"
        "全市舉辦讀書班120期。"
    )
    answer = answer_question(_index(text, CITY), "市委制定工作方案，是因為總書記哪個月來考察？")
    assert answer.text == "2023年9月"
    assert "2023年9月" in answer.results[0].text and "工作方案" in answer.results[0].text
    other = text.replace("總書記到本市考察，對全市工作提出明確要求", "全市召開運動會，各區代表隊參賽")
    assert answer_question(_index(other, CITY), "市委制定工作方案，是因為總書記哪個月來考察？").text is None


def test_a_word_for_the_size_of_a_change_need_not_be_written(engine: Engine) -> None:
    """幅度 (like 增幅, 降幅) names the size of a change, which the article writes with its verb
    (減少14.6%): it counts where written and is no word the documents lack."""
    answer = answer_question(engine._index, "“三類文件”壓減的幅度有多大？")
    assert answer.found and answer.text == "14.6%"


def test_any_is_no_other_question_word_beside_how_many(engine: Engine) -> None:
    """任何 ("any") asks nothing: 多少個海島 with it still asks only how many -- nothing, as without it."""
    assert not answer_question(engine._index, "海島群眾吃水問題涉及任何海島嗎，一共多少個海島？").results


def test_a_figure_fitting_too_little_is_not_shown_even_beside_a_sure_passage() -> None:
    """要花多少錢 answered by the 30% of another clause (fit 0.06): the passage may answer, its figure
    does not -- no direct answer rather than a wrong one. Beside possibly related passages a figure
    must fit better still; an English question's figures have their own gates."""
    from bot.answer import FIGURE_DOUBTED, FIGURE_SURE, figure_shown

    assert FIGURE_DOUBTED < FIGURE_SURE
    assert not figure_shown(0.06, confident=True, english=False)
    assert figure_shown(0.2, confident=True, english=False)
    assert figure_shown(0.06, confident=True, english=True)
    assert not figure_shown(0.2, confident=False, english=False)
    assert figure_shown(0.35, confident=False, english=False)


def test_a_sure_passage_shows_no_figure_that_hardly_fits() -> None:
    """The passage on the fares is the answer the documents give, but its only figure of the asked
    kind is a share of riders (30%), not a price: it is shown as the answer, without a bold figure."""
    from bot.answer import consider
    from tests.conftest import index_of

    index = index_of({
        "溪口輕軌藍線通車百日": (
            "溪口縣政府交通處公布，溪口輕軌藍線自去年9月通車以來，滿百日累計運量達186萬人次，票價按里程計費，"
            "使用電子票證的乘客比例約為30%，縣府另加開假日班次。\n\n溪口輕軌藍線全長12.4公里，共設11座車站。"
        ),
        "溪口公車": "溪口客運公布，公車路線共42條，全年載客1,236萬人次。",
    })
    considered = consider(index, "溪口輕軌藍線坐到底票價要多少錢？")
    assert considered.answer.confident and considered.answer.results
    assert considered.candidates[0].figure is not None and considered.candidates[0].figure.text == "30%"
    assert considered.answer.text is None
