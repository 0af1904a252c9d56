"""What the documents may write for an English unit no corpus term translates (its
``EnglishUnit.written`` forms, which :mod:`bot.answer.english` looks for in the passages)."""

from __future__ import annotations

from index.english.glosses import GlossIndex, described_by
from index.english.units import Unit

EXPANSION_SPECIFICITY = 0.9  # an abbreviation glossed this closely stands for its longer form
GLOSSED_SPECIFICITY = 0.8  # a word the whole dictionary glosses as the unit's word, found written
EXACT_SPECIFICITY = 1.0  # a headword whose gloss is exactly a phrase's words ("cardiac arrest": 心脏骤停)
DESCRIBED_SPECIFICITY = 0.8  # a proper noun whose entry uses every word of a name the unit is


def written_forms(unit: Unit, name: bool, action: bool, glosses: GlossIndex) -> tuple[tuple[str, float], ...]:
    """What the documents may write for a unit no corpus term translates, with specificities:
    a name's headwords (杜拜, which the segmenter cuts in pieces); the longer forms that
    headwords glossed as the unit's very words abbreviate (:data:`EXPANSION_SPECIFICITY`):
    全马 "full marathon (abbr. for 全程马拉松)", which a text writes 全程马拉松 (全程 + 马拉松); and
    the words of two characters or more that the whole dictionary glosses as the unit's one
    word (:data:`GLOSSED_SPECIFICITY`), if a thing, not an ``action``: "runners" -- 跑者
    "runner", which a text writes 3.5万名跑者 (the segmenter cuts 名跑 + 者), so no term links it;
    first, for a name of several words, the proper nouns whose entries use them all
    (:func:`~index.english.glosses.described_by`, :data:`DESCRIBED_SPECIFICITY`)."""
    heads = [(head, score) for head, score in unit.heads if len(head) >= 2] if name or unit.named else []
    # "the Zhili-Anhui War": 直皖战争, which the dictionary describes ("... the Zhili faction beat
    # the Anhui faction ...") rather than names
    described = [
        (head, DESCRIBED_SPECIFICITY) for head in described_by(unit.key)
    ] if (name or unit.named) and len(unit.key) > 1 else []
    fulls = [
        (full, score) for head, score in unit.heads if score >= EXPANSION_SPECIFICITY
        for full in glosses.expansions.get(head, ())
    ]
    # "cardiac arrest": 心脏骤停, the headword glossed exactly as the unit's words, which a text
    # writes whole though the segmenter cuts it (心脏 + 骤 + 停), so no term links it
    phrased = [
        (head, GLOSSED_SPECIFICITY) for head, score in unit.heads
        if len(unit.key) > 1 and not (name or unit.named or action) and score >= EXACT_SPECIFICITY and len(head) >= 2
    ]
    words = dict.fromkeys((unit.english.lower(), *unit.key)) if len(unit.key) == 1 and not action else {}
    glossed = [
        (head, GLOSSED_SPECIFICITY) for word in words for head in glosses.glossed.get(word, ()) if len(head) >= 2
    ]
    return tuple(dict.fromkeys([*described, *heads, *fulls, *phrased, *glossed]))
