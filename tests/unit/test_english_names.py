"""English questions: names the dictionary knows, found however the documents write them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answer.english import english_words
from bot.answer.english.glossed import glossed_name
from index.english import EnglishTranslator, EnglishUnit
from index.english.forms import capitalised_words
from index.english.glosses import glossed_as
from index.english.cedict import (
    load_dictionary,
    transliteration_shares,
)
from index.english.cedict_senses import headword_senses
from index.english.sounds import SoundIndex
from tests.conftest import corpus_translator, engine_with


def units(translator: EnglishTranslator, question: str) -> dict[str, EnglishUnit]:
    return {unit.english: unit for unit in translator.translate(question).units}


def test_a_dictionary_name_is_found_in_another_regions_characters() -> None:
    """CC-CEDICT writes "Highbury" 海伯利; a Taiwan text writes 海布里 (hǎi bù lǐ): the same
    sounds in other characters, sharing one in the same place."""
    dictionary = load_dictionary()
    sounds = SoundIndex(
        ["海布里", "海洋", "布里斯", "马克图姆"],
        dictionary.readings, dictionary.glosses, transliteration_shares(),
    )
    assert set(sounds.respelled("海伯利", dictionary.readings)) == {"海布里"}
    assert sounds.respelled("马克图姆", dictionary.readings) == {}  # the corpus has it as is
    translator = corpus_translator([("a", ["海布里", "球场", "观众", "容纳"]), ("b", ["观众", "电影"])])
    found = units(translator, "How many spectators could Highbury hold?")["highbury"]
    assert found.terms[0][0] == "海布里" and found.name
    assert found.understood >= 0.5  # a name, not a doubtful translation


def test_a_proper_nouns_name_label_is_no_specialised_sense() -> None:
    """"Highbury (name)": the label says it is a name, not that the sense is specialised."""
    (sense,) = [s for s in headword_senses("海伯利") if s.words == ("highbury",)]
    assert sense.factor == 1.0


def test_a_month_is_no_name_the_documents_lack(tmp_path: Path) -> None:
    """CC-CEDICT names the months as proper nouns, but texts write them as figures (9月): an
    untranslated "September" does not make the question about something absent."""
    engine = engine_with(tmp_path, {"plan.txt": "方案\n\n2023年9月，省委制定了《工作方案》，推動企業發展。\n"})
    answer = engine.ask("What plan did the provincial Party committee draw up in September 2023?")
    assert answer.found and "工作方案" in answer.results[0].text


def test_a_name_no_dictionary_knows_is_found_in_a_title_by_sound(tmp_path: Path) -> None:
    """"Washburn" is in no dictionary and the segmenter cuts 瓦士本市 (wǎ shì běn shì, its
    title) into pieces: the title sounds like it -- "sh" as pinyin's, the "r" before a
    consonant left out as transliterations do, 市 "city" after the name."""
    washburn = "瓦士本市\n\n瓦士本市位于美国威斯康辛州北部。2000年瓦士本市共有938个户。\n"
    engine = engine_with(tmp_path, {"washburn.txt": washburn})
    answer = engine.ask("How many households did Washburn have in 2000?")
    assert answer.found and answer.text is not None and "938" in answer.text
    assert not engine.ask("How many households did Hillsborough have in 2000?").found


def test_a_year_only_other_documents_write_is_a_fact_the_documents_lack(tmp_path: Path) -> None:
    """Guam's text gives the 2000 census; only a text about Nissan writes 2010: asked about
    Guam in 2010, the documents lack the fact."""
    engine = engine_with(tmp_path, {
        "guam.txt": "關島\n\n2000年人口普查時，關島人口為154,805人。\n",
        "nissan.txt": "日產汽車\n\n2010年，日產汽車在全球銷售400萬輛汽車。\n",
    })
    assert not engine.ask("What was Guam's population at the 2010 census?").found
    answer = engine.ask("What was Guam's population at the 2000 census?")
    assert answer.found and answer.text is not None and "154,805" in answer.text
    # a mixed question says in Chinese what it is about: a Latin word in it anchors nothing
    mixed = engine.ask("Guam在2010年時日產汽車在全球銷售多少萬輛汽車？")
    assert mixed.found and mixed.text is not None and mixed.text.startswith("400")


def test_a_chinese_name_written_as_two_pinyin_words_is_one_name() -> None:
    """"Yan Siqi" is 颜思齐 (yán sī qí): neither word alone is English or a corpus term."""
    translator = corpus_translator([("a", ["颜思齐", "海盗", "登陆"]), ("b", ["颜色", "思想"])])
    found = units(translator, "In what year did the pirate Yan Siqi land in Taiwan?")
    assert found["yan siqi"].terms[0][0] == "颜思齐" and found["yan siqi"].name
    assert "pirate" in found  # English words around it are read as before


def test_a_word_glossed_as_a_common_noun_behind_a_label_is_no_name() -> None:
    """联赛 is "(sports) league": a common noun, though some proper noun's gloss is "League";
    taken for a name the documents lack, "Major *League* Soccer" declined the question."""
    from index.english.glosses import gloss_index

    names = gloss_index().names
    assert "league" not in names
    assert {"london", "toronto", "france"} <= names


def test_a_word_common_glosses_write_in_lower_case_is_no_name() -> None:
    """"eastern" opens names (Eastern Zhou) but common nouns' glosses write it in lower case
    ("eastern part", 东部): "the *eastern* Zhejiang canal" names nothing the documents lack."""
    from index.english.glosses import gloss_index

    names = gloss_index().names
    assert "eastern" not in names and "university" not in names
    assert {"london", "qing", "luke", "dutch"} <= names


def test_a_languages_name_is_its_lands() -> None:
    """CC-CEDICT has "Dutch" only as 荷兰语 "Dutch (language)": the land, 荷兰, is what texts
    write for "defeat the *Dutch*" (荷蘭人占據臺灣), as 以色列人 gives 以色列 for "Israeli"."""
    translator = corpus_translator([("a", ["郑成功", "荷兰", "台湾", "击败"]), ("b", ["语言"])])
    found = units(translator, "When did Koxinga defeat the Dutch?")
    assert found["dutch"].terms and found["dutch"].terms[0][0] == "荷兰"


def test_a_name_glossed_after_the_is_still_a_name() -> None:
    """CC-CEDICT glosses 菲律宾 "the Philippines" and 死海 "the Dead Sea": the article before
    the name left them without a sense, so the question's name found nothing."""
    assert [s.words for s in headword_senses("菲律宾")] == [("philippine",)]
    assert ("dead", "sea") in [s.words for s in headword_senses("死海")]
    translator = corpus_translator([("a", ["日本", "入侵", "菲律宾"]), ("b", ["日本", "美国"])])
    found = units(translator, "When did Japan invade the Philippines?")["philippines"]
    assert found.terms and found.terms[0][0] == "菲律宾" and found.name


def test_a_variant_has_the_senses_of_the_headword_it_refers_to() -> None:
    """CC-CEDICT glosses 纪录 "variant of 記錄|记录" and 勘查 "variant of 勘察": nothing else.
    Documents write the variants (世界纪录), so a variant takes the senses of the headword it
    refers to -- not those of a headword it is only related to ("see also")."""
    assert ("survey",) in [s.words for s in headword_senses("勘查")]
    assert ("record",) in [s.words for s in headword_senses("纪录")]
    translator = corpus_translator([("a", ["台北", "保持", "世界", "纪录", "最高"]), ("b", ["世界", "电影"])])
    found = units(translator, "Until what date did Taipei hold the record as the tallest?")["record"]
    assert found.terms and found.terms[0][0] == "纪录"


def test_a_name_with_accents_is_found_with_or_without_them() -> None:
    """CC-CEDICT glosses 大阪 "Ōsaka" and 克勒 "Köhler": read as ASCII, the name was cut at the
    accent ("saka", "hler") and matched nothing. Accents are taken off the glosses and the
    question alike."""
    assert [s.words for s in headword_senses("大阪")] == [("osaka",)]
    translator = corpus_translator([("a", ["日本", "大阪", "人口"]), ("b", ["日本", "东京"])])
    for question in ("What is the population of Osaka?", "What is the population of Ōsaka?"):
        found = units(translator, question)["osaka"]
        assert found.terms and found.terms[0][0] == "大阪" and found.name


_SCHOOL = (
    "南宁二中\n\n"
    "新民校区位于南宁市中心区，校区有6间实验室，现有教学班22个。\n\n"
    "凤岭校区位于琅东开发新区，校区有4间高水平实验室，教学班45个。\n"
)
_CITY = (
    "匹茲堡\n\n"
    "2006年，26歲的盧克當選為匹茲堡市長，他是美國最年輕的大城市市長。\n\n"
    "1994年，49歲的墨菲當選為匹茲堡市長。\n"
)


@pytest.mark.parametrize(
    ("text", "question", "written", "figure"),
    [
        # "Fengling" is 凤岭, which no term spells (凤 + 岭): the strings of one-character
        # terms read "feng ling" are looked for written whole -- the campus named wins
        (_SCHOOL, "How many laboratories does the Fengling campus have?", "凤岭", "4"),
        # CC-CEDICT writes "Luke" 路加; a Taiwan text 盧克 (lú kè), cut into 盧 + 克 and sharing
        # no character with 路加: "luke" read as pinyin finds it
        (_CITY, "How old was Luke when he was elected mayor of Pittsburgh?", "盧克", "26"),
    ],
)
def test_a_name_the_segmenter_cuts_into_characters_is_found_by_its_pinyin(
    tmp_path: Path, text: str, question: str, written: str, figure: str
) -> None:
    engine = engine_with(tmp_path, {"doc.txt": text})
    answer = engine.ask(question)
    assert answer.found and written in answer.results[0].text
    assert answer.text is not None and answer.text.startswith(figure)


def test_a_latin_name_the_documents_gloss_is_searched_as_the_chinese_name(tmp_path: Path) -> None:
    """碧海蓝天（Aqua Marine）: the article writes the Latin name once, in brackets after the
    Chinese name it uses from then on. "Aqua Marine" is searched as 碧海蓝天 -- every passage
    about it, not only the one writing the Latin (which is still searched too) -- and a name
    glossed nowhere is not."""
    estate = (
        "碧海蓝天\n\n"
        "位于香港九龙的碧海蓝天（Aqua Marine）是一个私人住宅物业项目，发展商为恒隆地产。\n\n"
        "碧海蓝天于2003年完成兴建，合共提供1616个单位。\n\n"
        "海滨花园于1998年建成，是另一个私人住宅物业项目。\n"
    )
    engine = engine_with(tmp_path, {"estate.txt": estate})
    found = english_words(engine.index, "When was Aqua Marine completed?")
    assert found is not None
    assert any(t.english == "aqua marine" and t.term == "碧海蓝天" for t in found.translations)
    assert any(w.variants[0] == "碧海蓝天" and w.weight >= 1.0 for w in found.words)
    assert glossed_name(engine.index, ["aqua", "marine"]) == "碧海蓝天"  # not 位于香港九龙的碧海蓝天
    assert glossed_name(engine.index, ["sea", "view"]) is None


def test_a_latin_word_starting_a_glossed_name_is_the_chinese_name_before_its_kind(tmp_path: Path) -> None:
    """吉斯伯恩大区（英语：Gisborne Region）: "Gisborne" is only the start of the Latin name, whose
    last word the Chinese name's ending translates (区 "region"); what stands before that ending,
    吉斯伯恩, is what the question names -- not 大区, the ending other passages also write."""
    region = (
        "吉斯伯恩大区\n\n"
        "吉斯伯恩大区（英语：Gisborne Region），是位于纽西兰北岛东北部的一个地方行政区。首府位于吉斯伯恩市。\n\n"
        "吉斯伯恩市则是位于该大区北部海湾的一个小镇。主要交通有国道2号公路。\n\n"
        "坎特伯雷大区是纽西兰南岛的一个大区。\n"
    )
    engine = engine_with(tmp_path, {"region.txt": region})
    assert glossed_name(engine.index, ["gisborne"]) == "吉斯伯恩"
    found = english_words(engine.index, "Which highway serves Gisborne?")
    assert found is not None and any(t.english == "gisborne" and t.term == "吉斯伯恩" for t in found.translations)


def test_a_name_glossed_with_a_description_after_it_is_a_whole_name() -> None:
    """CC-CEDICT glosses 赛里木湖 "Sayram Lake in Xinjiang": the name is the capitalised words
    before the description, so "Sayram Lake" is found whole as a name -- not a doubtful phrase
    that a vague "people" in the same question makes unsure."""
    assert [head for head, _ in glossed_as(("sayram", "lake"))] == ["赛里木湖"]
    translator = corpus_translator([("a", ["赛里木湖", "鱼", "开始", "投放"]), ("b", ["人", "人民", "开始"])])
    lake = units(translator, "When did people begin to put fish into Sayram Lake?")["sayram lake"]
    assert lake.name and lake.terms[0][0] == "赛里木湖" and lake.understood >= 0.5


def test_words_written_with_a_capital_inside_a_sentence_are_marked_as_names() -> None:
    """The first word of a sentence and a word also written in lower case are no such mark."""
    assert capitalised_words("When did Arsenal edge Manchester United? The Cup") == {
        "arsenal", "manchester", "united", "cup"
    }
    assert capitalised_words("How many Party members were in the party?") == set()


def test_a_name_shortened_to_its_first_words_is_found_when_written_as_a_name() -> None:
    """Readers say "Arsenal" and "Manchester United" for the dictionary's 阿森纳 "Arsenal Football
    Club" and 曼联 "Manchester United Football Club"; capitalised, the words are that name. A
    capitalised common word that the corpus translates ("Lake" Khanka: 湖) is no shortened
    name (维多利亚湖 "Lake Victoria")."""
    translator = corpus_translator([
        ("a", ["阿森纳", "曼联", "足总杯", "冠军"]),
        ("b", ["湖", "面积", "维多利亚湖"]),
    ])
    found = units(translator, "In which year did Arsenal beat Manchester United in the cup final?")
    assert found["arsenal"].name and found["arsenal"].terms[0][0] == "阿森纳"
    assert found["manchester united"].name and found["manchester united"].terms[0][0] == "曼联"
    lake = units(translator, "What is the area of Lake Khanka?")["lake"]
    assert not lake.name and lake.terms[0][0] == "湖"
    # written in lower case, it is the common word
    assert not units(translator, "How many weapons did the old arsenal hold?")["arsenal"].name


def test_a_pinyin_name_whose_first_syllable_is_a_pronoun_is_a_name(tmp_path: Path) -> None:
    # "He Jie" is 何杰 (which the segmenter cuts into 何 + 杰), not the pronoun "he" and a "jie"
    text = "成都马拉松\n\n中国选手何杰以2小时10分03秒的成绩获得男子第四名。\n\n赛事共有3.5万名跑者参赛。\n"
    index = engine_with(tmp_path, {"marathon.txt": text}).index
    found = english_words(index, "Which place did He Jie finish in the marathon?")
    assert found is not None and ("he jie", "何杰") in [(t.english, t.term) for t in found.translations]
    # written in lower case, or with nothing capitalised after it, "he" stays a pronoun
    found = english_words(index, "Where did he finish the marathon?")
    assert found is not None and not any(t.english.startswith("he") for t in found.translations)


def test_a_pinyin_name_the_segmenter_cuts_is_found_in_a_question_typed_in_lower_case(tmp_path: Path) -> None:
    """"when did geng jie build the town": a name the segmenter cuts into characters (耿杰 as 耿 +
    杰) was looked for written whole only when both words were capitalised, so a question that
    capitalises nothing named two things nobody writes and got nothing; a question that
    capitalises no name says nothing by its capitals (one that capitalises names still needs
    both words capitalised)."""
    text = "山城县志\n\n1368年，县令耿杰主持修建县城，历时两年，城墙长12里。1402年，耿杰之子耿信重修城墙。\n"
    engine = engine_with(tmp_path, {"county.txt": text})
    answer = engine.ask("when did geng jie build the town", count=False)
    assert ("geng jie", "耿杰") in [(t.english, t.term) for t in answer.translations]
    assert answer.text == "1368年"


def test_a_taiwan_place_is_named_by_either_spelling_of_its_gloss() -> None:
    """CC-CEDICT glosses Taiwan's places in pinyin, then in Taiwan's spelling: 彰化 "Zhanghua or
    Changhua city and county in west Taiwan". "Changhua" names it as "Zhanghua" does; it had
    been matched by sound to 长话 (long-distance call)."""
    assert ("changhua",) in {sense.words for sense in headword_senses("彰化")}
    assert ("zhanghua",) in {sense.words for sense in headword_senses("彰化")}
    translator = corpus_translator([("a", ["彰化市", "人口", "长话", "电话"]), ("b", ["人口", "城市"])])
    found = units(translator, "How many people live in Changhua City?")["changhua"]
    assert found.terms[0][0] in {"彰化市", "彰化"}


def test_a_character_written_inside_another_words_translation_is_not_apart_from_the_names() -> None:
    """"How much *prize* money ... at the Nanjing chess tournament": "prize" is 奖 alone, which
    only another document writes as a word; the chess document writes 奖金 ("money" is 奖金
    too). One thing in two words: "prize" is where 奖金 is, not a question about elsewhere."""
    translator = corpus_translator([
        ("chess", ["南京", "国际象棋", "比赛", "奖金", "欧元"]),
        ("school", ["奖", "学生", "学校"]),
    ])
    found = units(translator, "How much prize money was offered at the Nanjing chess tournament?")
    assert [term for term, _ in found["prize"].terms] == ["奖"]
    assert not found["prize"].elsewhere


def test_a_name_that_is_also_an_english_word_is_matched_by_sound() -> None:
    """"Reggie *Miller*": "miller" is an English word (磨坊主), which no document writes; written
    with a capital inside the sentence it is a name, matched by sound to the corpus's 米勒 as a
    name no gloss has would be. Lower-case, it stays the word."""
    translator = corpus_translator(
        [("a", ["米勒", "得分", "比赛", "客场"]), ("a", ["球队", "总裁"]), ("b", ["面粉", "工厂"])]
    )
    named = units(translator, "How many points did Reggie Miller score in the away game?")["miller"]
    assert named.terms and named.terms[0][0] == "米勒" and named.name
    plain = units(translator, "How many flour mills did the miller own?")["miller"]
    assert not plain.terms and not plain.name


def test_a_word_written_as_a_name_takes_its_name_sense() -> None:
    """"How many *Polish* soldiers ...": "polish" is a verb (擦亮) as well as a people's name
    (波兰语 "Polish (language)"), which the dictionary's name index does not list as a name;
    written with a capital inside the sentence, it is the name -- its land, 波兰, as texts write
    "Polish" soldiers (波蘭軍隊). Lower-case, it stays the verb."""
    translator = corpus_translator([("a", ["波兰", "军队", "士兵", "被俘"]), ("b", ["擦亮", "皮鞋"])])
    named = units(translator, "How many Polish soldiers were captured?")["polish"]
    assert named.terms and named.terms[0][0] == "波兰"
    plain = units(translator, "How often should you polish shoes?")["polish"]
    assert plain.terms and plain.terms[0][0] == "擦亮"


def test_a_pinyin_name_with_a_function_word_character_is_found_written(tmp_path: Path) -> None:
    """英斂之 ("Ying Lianzhi"): 之 is a function word the index leaves out, so the segmenter's
    pieces are 英 + 敛 and no string of held characters spells "zhi" as the text does. The name
    is still looked for with it and found where a passage writes it whole."""
    paper = (
        "大公報\n\n"
        "1902年6月17日，《大公報》在天津首次出版，其創辦人為英斂之。\n\n"
        "1916年9月，英斂之將報館售予股東王郅隆。\n\n"
        "英國的報紙在倫敦出版。\n"
    )
    engine = engine_with(tmp_path, {"paper.txt": paper})
    found = english_words(engine.index, "To whom did Ying Lianzhi sell the newspaper?")
    assert found is not None
    assert any(t.english == "ying lianzhi" and t.term == "英敛之" for t in found.translations)
    answer = engine.ask("To whom did Ying Lianzhi sell the newspaper?")
    assert answer.results and "王郅隆" in answer.results[0].text


_CLOUDBERRY = (
    "云莓\n\n"
    "云莓是蔷薇科悬钩子属的植物。云莓在英国称之cloudberry、bakeapple，在加拿大称之为knotberry。\n\n"
    "挪威年产量约500吨，多为野生采收。\n\n"
    "瑞典年产量约300吨，部分出口到芬兰。\n\n"
    "杨桃是酢浆草科的植物，在台湾年产量约2万吨。\n"
)


def test_a_latin_plural_is_searched_as_the_singular_the_documents_write(tmp_path: Path) -> None:
    """"cloudberries": no dictionary word; the documents write only the singular cloudberry,
    which is what the question names -- as a dictionary word's inflections are read as its lemma."""
    engine = engine_with(tmp_path, {"cloudberry.txt": _CLOUDBERRY})
    found = english_words(engine.index, "What are cloudberries called in Canada?")
    assert found is not None and any(t.english == "cloudberry" for t in found.translations)


def test_a_name_said_to_be_called_the_latin_word_is_its_gloss(tmp_path: Path) -> None:
    """云莓在英国称之cloudberry、bakeapple: the Chinese name is said to be *called* the Latin
    words (where: 在英国, and among others); the document is titled with it, though its other
    passages do not repeat it -- every passage under that title is about the thing."""
    engine = engine_with(tmp_path, {"cloudberry.txt": _CLOUDBERRY})
    assert glossed_name(engine.index, ["cloudberry"]) == "云莓"
    assert glossed_name(engine.index, ["bakeapple"]) == "云莓"  # second in the list
    answer = engine.ask("How many tonnes of cloudberries does Norway produce a year?", count=False)
    assert answer.text == "500吨"


def test_a_name_clipped_to_its_first_letters_is_the_name_it_begins() -> None:
    """"Who founded *Penn*?": no gloss has "Penn", but one dictionary name the corpus writes begins
    so (宾州, 宾夕法尼亚州 "Pennsylvania"), as English clips names; the word was untranslated and
    the question about something absent. A word beginning no name the corpus writes stays
    untranslated."""
    translator = corpus_translator([
        ("a", ["宾州", "大学", "创建"]), ("a", ["宾夕法尼亚州", "费城"]), ("b", ["学校", "教授"]),
    ])
    units = {u.english: u for u in translator.translate("Who founded Penn?").units}
    assert {"宾州", "宾夕法尼亚州"} <= {term for term, _ in units["penn"].terms}
    assert units["penn"].name
    assert not {u.english: u for u in translator.translate("Who founded Pent?").units}["pent"].terms


def test_a_clipped_name_is_not_read_as_a_one_character_abbreviation() -> None:
    """"Olymp" begins "Olympics", whose dictionary names include 奥 (an abbreviation, a piece of
    many words): no name is read from a lone character."""
    from index.english.names import clipped_name

    translator = corpus_translator([("a", ["奥", "运动员"]), ("b", ["学校"])])
    assert "奥" not in clipped_name(translator._links, "olymp")
