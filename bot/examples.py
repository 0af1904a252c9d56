"""Example questions drawn from the corpus itself, for /start, /help and "nothing found" replies.

For figures written as "<number><measure word><thing>" ("8821家“共富工坊”", "25.1萬個基層黨組織"),
it asks "<thing>有多少<measure word>？" and "how many <thing>?", and keeps only the questions the
engine really answers with that very figure -- so every example shown is one that works.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answer import Answer
from index.english import headword_senses
from index.figures import Figure, find_figures, passage_figures
from index.normalize import normalize
from index.search import Index

_QUOTED_RE = re.compile(r"^[“「]([\u4e00-\u9fff]{2,8})[”」]")
_SCAN_PASSAGES = 2000  # enough for good examples, bounded for a large archive
_QUESTION_UNITS = ("家", "名", "個", "个", "期", "件", "次", "項", "项", "條", "条", "份", "起")


def example_questions(index: Index, ask: Callable[[str], Answer], limit: int = 4) -> list[str]:
    """Up to ``limit`` questions (Chinese and mixed English) that the corpus answers."""
    candidates: dict[str, tuple[int, Figure]] = {}
    for passage in index.passages[:_SCAN_PASSAGES]:
        for figure in find_figures(passage.text):
            if figure.kind != "count" or figure.unit not in _QUESTION_UNITS:
                continue
            found = _thing_after(index, passage.text[figure.end :])
            if found is not None and found[0] not in candidates:
                candidates[found[0]] = (found[1], figure)
    # Named things (quoted in the text) counted in digits make the clearest examples; short ones read best.
    ranked = sorted(
        candidates.items(),
        key=lambda item: (-item[1][0], not any(ch.isdigit() for ch in item[1][1].text), len(item[0])),
    )
    chinese: list[str] = []
    english: list[str] = []
    for thing, (_, figure) in ranked:
        if len(chinese) >= limit and len(english) >= limit:
            break
        for question, bucket in ((f"{thing}有多少{figure.unit}？", chinese), (f"how many {thing}?", english)):
            answer = ask(question)
            if answer.figure is not None and answer.figure.text == figure.text:
                bucket.append(question)
    mixed = chinese[:1] + english[:1] + chinese[1:2] + english[1:2] + chinese[2:] + english[2:]
    return mixed[:limit]


def _thing_after(index: Index, tail: str) -> tuple[str, int] | None:
    """The word a figure counts (a quoted name, or the first word after it) and 1 if quoted."""
    quoted = _QUOTED_RE.match(tail)
    if quoted:
        # 24個“循跡溯源學思想”實証案例: the quoted name says which cases; the noun after it is
        # what is counted (asking 循跡溯源學思想有多少個 would count the campaign)
        noun = _first_noun(index, tail[quoted.end() :])
        return (quoted.group() + noun if noun else quoted.group(1)), 1
    if not tail or not "\u4e00" <= tail[0] <= "\u9fff":
        return None  # punctuation right after the figure: it counts nothing named here
    words = index.tokenizer.words(tail[:12])
    if not words or len(words[0]) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in words[0]):
        return None
    # Segmentation ran on the normalised text; the original has the same length.
    return tail[: len(words[0])], 0


def _first_noun(index: Index, text: str) -> str:
    """The noun ``text`` begins with, as written: one word, or two ending in a noun (實証案例 is
    实证 / 案例); "" when it begins with none."""
    words = index.tokenizer.words(text[:12]) if text[:1] and "\u4e00" <= text[0] <= "\u9fff" else []
    han = [w for w in words[:2] if len(w) >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in w)]
    for count in (2, 1):
        if len(han) >= count and han[:count] == words[:count] and index.tokenizer.tag(han[count - 1]).startswith("n"):
            return text[: sum(map(len, han[:count]))]
    return ""


def english_examples(index: Index, ask: Callable[[str], Answer], limit: int = 2) -> list[str]:
    """Questions wholly in English that the corpus answers: a counted thing's dictionary gloss
    ("党员" → "party member" → "How many party members are there?"), kept only when the engine
    answers it with the figure it came from. Glosses of several words read best; tried first."""
    candidates: dict[str, Figure] = {}
    for passage in index.passages[:_SCAN_PASSAGES]:
        for figure in passage_figures(passage.text):
            if figure.kind != "count" or figure.unit not in _QUESTION_UNITS:
                continue
            thing = _thing_after(index, passage.text[figure.end :])
            if thing is None:
                continue
            head = normalize(thing[0])
            if not index.tokenizer.tag(head).startswith("n"):
                continue  # only things (nouns) make an English "how many" question
            gloss = _first_gloss(head)
            if gloss is not None:
                candidates.setdefault(gloss, figure)
    found: list[str] = []
    for gloss, figure in sorted(candidates.items(), key=lambda item: -len(item[0].split())):
        question = f"How many {_plural(gloss)} are there?"
        answer = ask(question)
        if answer.figure is not None and answer.figure.text == figure.text:
            found.append(question)
            if len(found) >= limit:
                break
    return found


def _first_gloss(head: str) -> str | None:
    for sense in headword_senses(head):
        if sense.whole and not sense.name and 1 <= len(sense.words) <= 3:
            return " ".join(sense.words)
    return None


def _plural(phrase: str) -> str:
    if phrase.endswith(("s", "x", "ch", "sh")):
        return phrase + "es"
    if phrase.endswith("y") and phrase[-2:-1] not in "aeiou":
        return phrase[:-1] + "ies"
    return phrase + "s"
