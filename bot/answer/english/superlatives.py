"""A superlative asked -- "which country has *the most* islands", "which planet has *the
biggest* ring system" -- of a passage that ranks nothing.

A superlative picks one thing out of others by a degree: the text that answers it says so, with
Chinese's degree adverbs (最 "most; -est", 更 "more", 较 "comparatively": the closed class CC-CEDICT
glosses with "most", "more") or a first rank (第一, 居首, 首位, 榜首, 之首: "first place"), as
澜河区建成口袋公园108个，数量居首 answers "which district has the largest number of pocket parks"
and 普迪斯和卡拉特是較受歡迎的主流樂隊 "which bands were the most popular". A passage whose shown
text writes none of them compares nothing: the words it shares with the question (海岛, 世界 for
"the most islands in the world"; 价格, 吨 for "the highest price per tonne") are of another
matter, and nothing is shown.

A superlative is read as English grammar forms it, after a determiner or an owner ("the", "its",
"Penn's"): "most" before a word (not the quantifier "most of"), the irregular "best", "worst",
"least", and a word in -est whose comparative in -er is an English word CC-CEDICT uses ("biggest":
"bigger") or, where the glosses never use the word itself, whose base is ("fewest": "few", as
:func:`~index.english.derived.degree_base` reads it; not "forest", "harvest", "interest", words of
their own). (:mod:`~bot.answer.english.which_most` drops the figure of a "which ... most" question;
this module asks whether the passage ranks at all.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answer.english.advice import advice_frame
from bot.answer.english.basics import wholly_english
from bot.answer.reading import Reading
from bot.answer.window import window_words_text
from index.english.cedict import load_dictionary
from index.english.derived import degree_base

if TYPE_CHECKING:
    from bot.answer import Candidate
    from bot.answer.query import Query

#: A determiner or an owner, then the word that may be a superlative.
_SUPERLATIVE_RE = re.compile(
    r"\b(?:the|its|their|his|her|our|[a-z0-9]+['’]s)\s+(most\s+[a-z]+|[a-z]+)\b", re.IGNORECASE
)
#: The irregular superlatives (a closed class of English grammar).
_IRREGULAR = frozenset({"best", "worst", "least"})
#: How a text ranks: Chinese's degree adverbs and the words of first place (see the module docstring).
_RANKED_RE = re.compile(r"最|更|较|第一|居首|首位|榜首|之首")


def _superlative(word: str, known: frozenset[str]) -> bool:
    """Whether ``word`` (lower case, in -est) is a superlative: its comparative in -er is an
    English word CC-CEDICT uses (largest: larger; biggest: bigger), or -- a form the glosses never
    use, as a noun in -est would be (forest, harvest, interest) -- its base is one (fewest: few;
    busiest: busy; :func:`~index.english.derived.degree_base`, which reads such a word's sense)."""
    if len(word) <= 5 or not word.endswith("est"):
        return False
    if word[:-3] + "er" in known:
        return True
    degree = degree_base(word, known)
    return degree is not None and degree[1]


def superlative_asked(question: str) -> bool:
    """Whether the English ``question`` asks a superlative after a determiner or an owner ("the
    most islands", "the biggest ring system", "Penn's best"), not the quantifier "most of" nor
    the frame of an advice question ("the best way to ...": :func:`~bot.answer.english.advice.advice_frame`)."""
    known: frozenset[str] | None = None
    frame = advice_frame(question) or frozenset()  # "the best way to keep tea fresh" asks how, not which
    for match in _SUPERLATIVE_RE.finditer(question):
        first, *rest = match.group(1).lower().split()
        if first in frame:
            continue
        if first == "most":
            if rest != ["of"]:  # "the most islands", "built the most" -- not "most of the lifts"
                return True
            continue
        if first in _IRREGULAR:
            return True
        if first.endswith("est"):
            known = known if known is not None else load_dictionary().known
            if _superlative(first, known):
                return True
    return False


def rank_unwritten(reading: Reading, query: Query, best: Candidate) -> bool:
    """Whether a wholly English question asking a superlative has a ``best`` candidate whose shown
    text ranks nothing (:data:`_RANKED_RE`): nothing is then shown."""
    if not wholly_english(query.question) or not superlative_asked(query.question):
        return False
    return _RANKED_RE.search(window_words_text(reading, best.evidence)) is None
