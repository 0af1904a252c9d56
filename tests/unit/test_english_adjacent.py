"""English questions: two words the question writes together take the senses the documents write
together (bot/answer/english/adjacent.py)."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english.adjacent import adjacent_senses
from index.english import EnglishUnit
from tests.conftest import engine_with


def _written(*pairs: tuple[str, str]):
    return lambda first, second: (first, second) in pairs


def test_the_senses_written_side_by_side_are_kept() -> None:
    theme = EnglishUnit("theme", (("主题", 0.8),), 1.0)
    education = EnglishUnit("education", (("教育", 0.7), ("体育", 0.3)), 0.9)
    units = adjacent_senses("When did the theme education begin?", [theme, education], _written(("主题", "教育")))
    assert [u.terms for u in units] == [(("主题", 0.8),), (("教育", 0.7),)]
    # the likeliest sense stays beside the ones written side by side: a text may write it apart
    # (农业产物及设施损失 where 农产品损失 stands together)
    agricultural = EnglishUnit("agricultural", (("农业", 0.6), ("农产品", 0.3), ("农民", 0.1)), 1.0)
    losses = EnglishUnit("losses", (("损失", 0.9),), 1.0)
    units = adjacent_senses("What were the agricultural losses?", [agricultural, losses], _written(("农产品", "损失")))
    assert [term for term, _ in units[0].terms] == ["农业", "农产品"]


def test_words_apart_names_and_pieces_of_one_term_keep_their_senses() -> None:
    theme = EnglishUnit("theme", (("主题", 0.8),), 1.0)
    education = EnglishUnit("education", (("教育", 0.7), ("体育", 0.3)), 0.9)
    written = _written(("主题", "教育"), ("美国", "强大"), ("党组织", "组织"))
    # the question does not write the two together
    assert adjacent_senses("What education has this theme?", [education, theme], written) == (education, theme)
    # a name is written before almost anything (美国强大): "planes" keeps 飞机
    american = EnglishUnit("american", (("美国", 0.7), ("美元", 0.1)), 1.0, name=True)
    planes = EnglishUnit("planes", (("飞机", 0.4), ("强大", 0.3)), 0.6)
    assert adjacent_senses("How many American planes?", [american, planes], written) == (american, planes)
    # "Party organisations": both spell 党组织 already
    party = EnglishUnit("party", (("党组织", 0.8), ("党", 0.5)), 1.0)
    organisations = EnglishUnit("organisations", (("党组织", 0.8), ("组织", 0.6)), 1.0)
    units = adjacent_senses("How many Party organisations?", [party, organisations], written)
    assert units == (party, organisations)


def test_the_theme_education_is_not_a_sports_match(tmp_path: Path) -> None:
    """"theme education": 教育 or 体育 (physical education); a passage about a sports match in
    the theme education's time held both senses and came first with its date (2022年). The
    documents write 主题 right before 教育, never before 体育: 教育 is meant."""
    engine = engine_with(tmp_path, {"town.txt": (
        "青川縣\n\n2021年3月至9月，青川縣分兩批在全縣黨員干部中開展學習貫徹新思想主題教育，共有1.2萬名黨員參加學習。\n\n"
        "主題教育期間，青川縣舉辦2022年全縣體育比賽，黨員干部排查矛盾2.7萬余起。\n"
    )})
    answer = engine.ask("When did the theme education start in Qingchuan?", count=False)
    assert answer.text == "2021年3月至9月"
    assert ("education", "教育") in [(t.english, t.term) for t in answer.translations]
