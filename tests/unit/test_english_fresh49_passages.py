"""English questions of the fresh49 study (passage side), on small invented text."""

from __future__ import annotations

from pathlib import Path

from bot.answer.english import english_words
from tests.conftest import engine_with

_BUREAU = {"bureau.txt": (
    "临水县改造老街\n\n"
    "临水县交通局2025年3月2日发布消息，老街改造共投入资金320万元，新修步道2.4公里。\n\n"
    "县交通局副局长周文远介绍，明年将继续改造新街，计划再修步道3公里。\n\n"
    "县文化馆今年举办展览12场，接待观众3.6万人次。\n"
)}


def _terms(engine_index: object, question: str, english: str) -> tuple[str, ...]:
    words = english_words(engine_index, question)  # type: ignore[arg-type]
    assert words is not None
    found = [t.term for t in words.translations if t.english == english]
    return tuple(found[0].split("/")) if found else ()


def test_a_deputy_head_is_the_prefix_before_the_heads_title(tmp_path: Path) -> None:
    """"the deputy head of the transport bureau": "head" is read as 局长 (of the bureau) and
    "deputy" written right before it makes one title with it, 副局长, as the text writes it
    -- not "deputy" on its own (代表, a delegate) and 局长 elsewhere; the deputy's passage
    comes first."""
    engine = engine_with(tmp_path, _BUREAU)
    question = "Who is the deputy head of Linshui's transport bureau?"
    assert _terms(engine.index, question, "deputy head") == ("副局长",)
    reply = engine.ask(question, count=False)
    assert reply.results and "副局长" in reply.results[0].text


def test_a_head_with_no_word_before_it_keeps_its_title(tmp_path: Path) -> None:
    """"head" alone is still the bureau's head (局长): nothing is joined before it."""
    engine = engine_with(tmp_path, _BUREAU)
    terms = _terms(engine.index, "Who is the head of Linshui's transport bureau?", "head")
    assert "局长" in terms and "副局长" not in terms


_HOUSING = {"housing.txt": (
    "临水县筹集人才公寓\n\n"
    "本报讯 临水县住建局3月2日发布消息，截至2025年2月底，全县累计筹集人才公寓和保障性租赁住房4120套，"
    "其中今年新增筹集860套。\n\n"
    "租金方面，一居室平均月租金为1180元，酒店式套房为1560元。\n\n"
    "县文化馆今年举办展览12场，接待观众3.6万人次。\n"
), "other.txt": "城南老街\n\n城南老街有商家46家，多为百年老店。\n"}


def test_things_coordinated_with_modifiers_between_are_asked_together() -> None:
    """"apartments and affordable rental homes": the two heads are coordinated though words
    modifying the second stand between "and" and it; a word before "and" is not."""
    from bot.answer.english.adjacent import coordinated

    text = "How many talent apartments and affordable rental homes has Linshui raised?"
    assert coordinated(text, "homes", "apartments")
    assert coordinated("clerks and apprentices", "clerks", "apprentices")
    assert not coordinated("How many homes did the rental apartments add?", "homes", "apartments")


def test_an_untranslated_adjective_in_able_and_a_loose_head_beside_a_found_thing(tmp_path: Path) -> None:
    """"talent apartments and *affordable* rental *homes*": "affordable" (no term the corpus
    writes) modifies the homes, and "homes" (家, found only elsewhere) is counted together
    with the apartments the county's text names -- the question is answered, not declined."""
    engine = engine_with(tmp_path, _HOUSING)
    reply = engine.ask("How many talent apartments and affordable rental homes has Linshui raised in total?", count=False)
    assert reply.results and "4120套" in reply.results[0].text
