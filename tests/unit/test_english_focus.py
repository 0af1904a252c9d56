"""English questions: what the thing asked about is (:func:`index.english.focus.focus_span`)
when other words stand between it and the verb."""

from __future__ import annotations

from index.english.cedict import load_dictionary
from index.english.focus import read_question
from tests.conftest import corpus_translator


def test_an_adverb_before_the_verb_ends_the_thing_asked_about() -> None:
    """"How many cars *actually* started": an "-ly" adverb made from a word the dictionary
    has, before a verb's past form, tells how of the verb -- it is no part of what is counted
    (asked about, its weak senses 其实, 事实上 ruled the question about something the documents
    lack). An adjective before a noun ("the average *monthly* humidity") and a noun ending in
    "-ly" ("family") stay in it."""
    known = load_dictionary().known
    cases = {
        "How many cars actually started that race?": ("cars",),
        "How many cases finally settled were there?": ("cases",),
        "How many teams eventually withdrew?": ("teams",),
        "What is the average monthly humidity there?": ("average", "monthly", "humidity"),
        "How many family farms closed?": ("family", "farms"),
    }
    for question, focus in cases.items():
        read = read_question(question, known)
        assert read is not None and read.focus is not None, question
        assert read.words[read.focus[0] : read.focus[1]] == focus, question


def test_a_word_in_the_object_after_did_is_no_verb() -> None:
    """"When did the Forestry Bureau cancel *the* railway *contract*": after "did", the verb
    comes once, after the subject; a word after a determiner that follows a verb stands in
    its object, a thing (契约 searched in full, not as a weak verb) -- while a determiner
    after a preposition is still the subject's ("did construction *of the* new station
    *start*": "start" is the verb)."""
    translator = corpus_translator([
        ("a", ["林务局", "铁路", "契约", "终止", "2010年"]), ("b", ["车站", "建设", "开工", "1984年"]),
    ])
    units = {u.english: u for u in translator.translate("When did the Forestry Bureau cancel the railway contract?").units}
    assert not units["contract"].action
    units = {u.english: u for u in translator.translate(
        "When did construction of the new Shanghai passenger station start?").units}
    assert units["start"].action


def test_a_word_joined_by_a_hyphen_is_no_verb() -> None:
    """"How many long-*standing* petition cases ...": a word written after a hyphen is one
    modifier with the word before it, not a verb ending the thing counted (which was "long",
    counted with 条) -- the count runs on to "cases" (积案)."""
    known = load_dictionary().known
    read = read_question("How many long-standing petition cases were settled?", known)
    assert read is not None and read.joined == frozenset({3})
    translator = corpus_translator([("a", ["信访", "积案", "久拖", "化解"]), ("b", ["站", "长期"])])
    units = {u.english: u for u in translator.translate(
        "How many long-standing petition cases that had dragged on for years were finally settled?").units}
    assert not units["standing"].action and units["cases"].focus


def test_mid_before_a_year_or_a_month_is_part_of_the_date() -> None:
    """"Between 2000 and *mid-2010*": "mid" says where in the year, which the texts write their
    own way (2010年首6個月) -- no word to search (CC-CEDICT's "mid" found 半山, Hong Kong's
    Mid-Levels), and the year stands apart, a year quoted, not a code name "mid-2010"."""
    from bot.answer.english.figures import without_decades
    from index.english.forms import english_words

    assert english_words("Between 2000 and mid-2010, how many people moved?") == [
        "between", "and", "how", "many", "people", "moved",
    ]
    assert english_words("in mid-August 1920") == ["in", "august"]
    assert english_words("a mid-level official") == ["a", "mid", "level", "official"]

    class NoDecades:
        def doc_freq(self, term: str) -> int:
            return 0

    assert "2010," in without_decades(NoDecades(), "Between 2000 and mid-2010, how many").split()


def test_a_particle_after_a_verb_names_no_thing() -> None:
    """"set out to stamp *out*", "heading *up*": a particle right after a verb belongs to it;
    alone the dictionary makes "out" the 全力 of "all out", "up" the 截至 of "up to", which
    found the wrong passages. After a noun ("sending officials *down* to the grassroots", 下基层)
    it is still searched."""
    translator = corpus_translator([
        ("a", ["秸秆", "焚烧", "顽疾", "全力", "截至", "根治"]), ("b", ["干部", "下基层", "基层", "全力"]),
    ])
    for question in (
        "What stubborn problem did the second round set out to stamp out?",
        "How many trips did the leaders make while heading up their research topics?",
    ):
        words = [u.english for u in translator.translate(question).units]
        assert "out" not in words and "up" not in words, (question, words)
    kept = [u.english for u in translator.translate("What does sending officials down to the grassroots involve?").units]
    assert "down" in kept


def test_how_many_of_counts_the_partitive_noun() -> None:
    """"How many *of* the province's party members took part": the partitive "of" after "how
    many" introduces what is counted (the owner's noun, as "how many party members" asks) --
    without it no thing was asked about, so no measure word or counted noun chose the figure
    (兩批 beside 433.6萬名黨員). Not when a verb of being follows the noun ("how many of MIT's
    faculty members *were women*": the complement says which are counted, 女性佔了224名)."""
    known = load_dictionary().known
    cases = {
        "Altogether, how many of the province's party members took part?": ("party", "members"),
        "How many of the stations were built underground?": ("stations",),
    }
    for question, focus in cases.items():
        read = read_question(question, known)
        assert read is not None and read.focus is not None, question
        assert read.words[read.focus[0] : read.focus[1]] == focus, question
    read = read_question("How many of MIT's faculty members were women?", known)
    assert read is not None and read.focus is None


def test_how_many_before_a_plural_counts_it_not_an_amount() -> None:
    """"How many county-level *areas*": a plural after "how many" is counted (68個縣) -- one of
    its translations naming an amount (面积, an area) asks no area, which ruled out every count;
    "what is the *area*" still asks one."""
    translator = corpus_translator([
        ("a", ["县级", "区", "面积", "领导", "走访"]), ("b", ["面积", "平方公里", "区"]),
    ])
    assert translator.translate("How many county-level areas did leaders visit?").dimension is None
    assert translator.translate("What is the area of the district?").dimension == "area"


def test_how_before_an_adjective_chinese_asks_a_measure_with() -> None:
    """"How *thick* are the stems": "how" before an adjective asks a figure when Chinese asks a
    measure with 多 and one of its headwords (多厚: a length, as 茎干多厚 asks) -- not only the
    adjectives of size listed; it was no question of any kind, so no figure was chosen
    (0.5-2公分 beside 茎干). "How fast", "how early" still say no dimension."""
    from index.english.kinds import how_dimension, question_kind

    assert question_kind(["how", "thick", "are", "the", "stems"])[0] == "count"
    assert how_dimension("thick") == "length"
    assert how_dimension("tall") == "length" and how_dimension("fast") is None
    assert how_dimension("happy") is None and question_kind(["how", "happy", "are", "they"])[0] is None
    translator = corpus_translator([("a", ["茎干", "直径", "厚"]), ("b", ["玉山"])])
    assert translator.translate("How thick are the stems?").dimension == "length"


def test_what_before_a_measured_noun_asks_its_figure() -> None:
    """"At what *elevations* is the Yushan cane found": "what" before a noun whose best
    translation names an amount measured in a unit (海拔: a length) asks that figure, as
    分布在多高的海拔 asks -- it was no question of any kind, so 1800到3800公尺 was not chosen.
    Not when that is only one of its senses ("which areas": 区 before 面积)."""
    translator = corpus_translator([("a", ["玉山", "海拔", "分布"]), ("b", ["区", "面积", "领导"])])
    asked = translator.translate("At what elevations is the Yushan cane found?")
    assert asked.kind == "count" and asked.dimension == "length"
    assert translator.translate("Which areas did the leaders visit?").kind is None


def _focus(question: str) -> tuple[str, ...]:
    read = read_question(question, load_dictionary().known)
    assert read is not None and read.focus is not None
    return read.words[read.focus[0] : read.focus[1]]


def test_the_name_of_a_thing_asks_about_the_thing() -> None:
    """"what was the *name* of his wife": the thing named is what is asked about ("name" says only
    that its name is wanted) -- a wife no text speaks of is something the documents lack, where
    "name" (名, 命名) found passages about anything named."""
    assert _focus("What was the name of the ship?") == ("ship",)
    assert _focus("What is the name of the research ship?") == ("research", "ship")
    assert _focus("What is the name?") == ("name",)


def test_an_owner_named_in_two_words_opens_the_focus() -> None:
    """"*Wei Siheng's* wife": the owner is a name of two capitalised words, not one; what he owns
    is asked about. Not a lower-case word before the owner ("the ramen shop yayoi's family runs":
    the shop is asked about)."""
    assert _focus("What was the name of Wei Siheng's wife?") == ("wife",)
    assert _focus("What was Henan's total grain output?") == ("grain", "output")
    assert _focus("what's the ramen shop yayoi's family runs called?")[0] == "ramen"
