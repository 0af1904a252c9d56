"""A count of another thing an English count question names (:attr:`QuestionInfo.other_nouns`).

Chinese ties a count to its noun by the measure word: the noun right after it (9个乡镇的…) or,
closing the clause, right before it (开展走访6604次，). Of a noun phrase after the measure word,
the last noun is what is counted -- Chinese noun phrases end in their head: 4.5萬名縣處級以上
領導干部 counts cadres, not the level 縣處級 names. "How many meal points for elderly villagers
..." counts the points: of 已在9个乡镇的128个行政村建成助餐点143个, 9个 counts townships -- a
noun the question names, but not the one it counts -- and is no answer, however near the
question's words stand to it. Judged only where the text counts the asked thing too (助餐点143个):
there the measure words tell the counts apart."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from index.figures import Figure
from index.normalize import aligner_for
from index.tokenizer import Tokenizer

from bot.answer.figure.nearness import Layout, Spot
from bot.question import COUNTED_DIMENSIONS, QuestionInfo

#: What a count of another noun of the question weighs, against the asked thing's counts.
OTHER_COUNTED = 0.5
#: A quote between a figure and a noun: the figure belongs to a quoted name (“创新深化30条”政策).
_QUOTES = frozenset("“”「」『』《》\"'")
#: What the counts judged count: a count of people (公众2.83万人次, 全村643人) counts the people the
#: question names in any role -- the public it trained, the residents it moved -- as often as not.
_THINGS_OR_EVENTS = ("things", "events")
#: How far past a noun its phrase is read for a later head (縣處級|以上|領導干部).
_PHRASE_SPAN = 8
#: What ends a one-character noun's phrase besides a mark (68个县(市、区), 9个镇的…).
_JOINING = frozenset("的和与與及")

#: Whether a count figure counts the word at a spot (``bot.answer.figure._counts``).
Counts = Callable[[str, Figure, Spot], bool]


def other_spans(
    text: str, shape: Layout, info: QuestionInfo, candidates: Sequence[Figure], counts: Counts
) -> frozenset[tuple[int, int]]:
    """Where ``text`` writes the nouns an English count names besides what it counts -- only for a
    count of things, people or events (a length or a sum counts no noun: 为期7天的闭门学习), and
    only where one of ``candidates`` counts a noun of the counted phrase (助餐点143个, 68个县)."""
    if not info.other_nouns or info.dimension not in (None, *COUNTED_DIMENSIONS):
        return frozenset()
    things = [shape.spot(*span) for span in _spans(text, info.counted_nouns)]
    if not any(counts(text, f, w) or _counts_character(text, f, w) for f in candidates for w in things):
        return frozenset()
    return _spans(text, info.other_nouns)


def counts_other_noun(
    text: str, figure: Figure, word: Spot, others: frozenset[tuple[int, int]], counts: Counts, tokenizer: Tokenizer
) -> bool:
    """Whether ``figure`` counts the other noun of the question written at ``word`` (one of
    ``others``), as the head of what it counts (:func:`heads`)."""
    return (word.start, word.end) in others and counts(text, figure, word) and heads(text, figure, word.start, word.end, tokenizer)


def heads(text: str, figure: Figure, start: int, end: int, tokenizer: Tokenizer) -> bool:
    """Whether the noun written at ``start:end``, which ``figure`` stands beside as a count's, is
    the head of what it counts: before the figure (走访6604次，: the clause's thing counted), or
    after it with no noun after it in its phrase (jieba's tags; a locative such as 以上 read past)
    -- not a modifier of a later head (縣處級 of 縣處級以上領導干部, 筛查 of 4支流动筛查队), nor
    outside a quoted name the figure is in."""
    if figure.dimension not in _THINGS_OR_EVENTS:
        return False
    if end <= figure.start:
        return True
    if _QUOTES & set(text[figure.end : start]):
        return False
    for word in tokenizer.words(text[end : end + _PHRASE_SPAN]):
        tag = tokenizer.tag(word)
        if tag != "f":  # (以上, 以下: the phrase goes on)
            return not tag.startswith("n")
    return True


def _spans(text: str, nouns: frozenset[str]) -> frozenset[tuple[int, int]]:
    """Where ``text`` writes any of ``nouns`` (normalised terms)."""
    aligner = aligner_for(text)
    return frozenset(span for noun in nouns for span in aligner.spans(noun))


def _counts_character(text: str, figure: Figure, word: Spot) -> bool:
    """Whether ``figure`` counts the one-character noun at ``word`` right after its measure word,
    as a word of its own (68个县(市、区)): not a character of a longer word."""
    if word.end - word.start != 1 or word.start != figure.end:
        return False
    return word.end == len(text) or not "\u4e00" <= text[word.end] <= "\u9fff" or text[word.end] in _JOINING
