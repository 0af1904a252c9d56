"""Whether a word of an English question is a verb (an action) or a thing: :func:`is_action`.

Read from where the word stands (after "to", "did", a determiner or a plural noun; before a
particle) and how often CC-CEDICT glosses its base form as a verb ("to ...").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from index.english.forms import STOP_WORDS
from index.english.lemmas import IRREGULAR, IRREGULAR_VERBS
from index.english.function_words import BE, DETERMINERS

VERB_SHARE = 0.6  # a base form glossed "to ..." at least this often is taken for a verb
#: Words of order between a determiner and its noun ("the *first* train", "the *next* stop").
_ORDER_WORDS = frozenset("first second third last next final".split())
_OPENER_WORDS = frozenset("how many much the a an what which".split())
_ARTICLES = frozenset("a an the".split())
#: Adverb particles that end a phrasal verb ("carry out", "set up", "take part").
_PARTICLES = frozenset("out up down off part place over back forward away".split())


#: Plural nouns not ending in "s".
_IRREGULAR_PLURALS = frozenset("people children men women".split())


def _counted_before(words: Sequence[str], position: int) -> bool:
    """Whether a count's opener ("how many") stands before ``position``: the words after it up to
    the verb are the things counted, its subject."""
    return any(words[k] == "how" and words[k + 1] == "many" for k in range(position - 1))


def _plural(word: str) -> bool:
    """Whether ``word`` looks like a plural noun ("scholars", "people"; not "business")."""
    if word in _IRREGULAR_PLURALS:
        return True
    return (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
        and word not in STOP_WORDS and word not in IRREGULAR_VERBS
    )


def is_action(
    words: Sequence[str], position: int, lemma: str, size: int, share: float, determined: bool = True
) -> bool:
    """Whether the unit starting at ``words[position]`` (``size`` words) is a verb; ``share``
    is how often CC-CEDICT glosses ``lemma`` as a verb ("to ...", 0..1).

    A past form ("paired", "wrote"), a base form after "to" or do-support ("did ...
    *hold*") that CC-CEDICT glosses as "to ..." at least sometimes, and a phrasal verb
    ("carry out", "drawn up") are verbs, and so is a base form after a plural noun, before a
    function word or when mostly glossed as a verb ("how many scholars *work* at"); an "-ing" form is one when the dictionary glosses
    its base form mostly as a verb. Plurals ("visits") and modifiers ("closed-door
    sessions", "standing committee") are things, and so, when ``determined`` (a wholly English
    question, where no Chinese word can stand between: "when did the 主题教育 *start*"), is a
    word right after a determiner ("hold the *record*", "the *mixed* development scheme").
    """
    surface = words[position]
    if determined and position > 0 and words[position - 1] in DETERMINERS:
        return False
    if determined and position > 1 and words[position - 2] in DETERMINERS and words[position - 1] in _ORDER_WORDS:
        return False  # "the first *train*", "its last *flight*": a thing counted in order
    if size > 1:
        return words[position + size - 1] in _PARTICLES and (share > 0 or surface != lemma)
    if position > 0 and words[position - 1] in BE and surface.endswith("ed"):
        return True  # a passive's participle, though the dictionary knows it as a word ("was *used*")
    if surface != lemma:
        if surface in IRREGULAR:
            return share >= 0.5
        if surface.endswith("ed"):
            return True
        if surface.endswith("ing"):  # "for *tolerating*", but "how many *leading* cadres"
            modifier = position == 0 or words[position - 1] in _OPENER_WORDS
            return share >= VERB_SHARE and not modifier
        return False
    if position > 0 and words[position - 1] == "to":
        return share > 0
    if 0 < position < len(words) - 1 and share > 0 and words[position + 1] in _ARTICLES and _counted_before(words, position):
        # "how many of the taxis *carry* an AED": a word an article follows, after a word of the
        # things counted, is their verb -- a noun phrase goes on past an article only across a
        # preposition
        return words[position - 1] not in STOP_WORDS
    if position > 0 and share > 0 and (_plural(words[position - 1]) or (position > 1 and words[position - 2] == "and")):
        # a base form agreeing with a plural subject: "scholars *work* at", "tourists *visit*",
        # two things joined ("teachers and staff *work* at")
        after = words[position + 1] if position + 1 < len(words) else ""
        if after in STOP_WORDS or share >= VERB_SHARE:  # not "the grassroots *level*?"
            return True
    support = [k for k in range(position) if words[k] in ("do", "does", "did")]
    # the subject after "did" is the only noun phrase before its verb: a word after a later
    # determiner after a verb stands in its object ("did the bureau cancel *the* railway
    # *contract*"), not one after a preposition ("did construction *of the* station *start*")
    do_support = bool(support) and not any(
        words[k] in DETERMINERS and k - 1 != support[-1] and words[k - 1] not in STOP_WORDS
        for k in range(support[-1] + 1, position)
    )
    # one main verb follows "did": a phrasal verb later is it ("did the DuPont *plant* in
    # Washburn *shut down*"; not one of an infinitive, "to *open up*"), and the word before
    # is a noun of its subject
    later = any(words[k + 1] in _PARTICLES and words[k - 1] != "to" for k in range(position + 1, len(words) - 1))
    return do_support and share >= 1.0 - VERB_SHARE and not later


def modifiers_of_terms(
    actions: Sequence[bool], surfaces: Sequence[str], starts: Sequence[int], ends: Sequence[int],
    pieces: Iterable[Sequence[int]],
) -> list[bool]:
    """``actions`` with each one-word "-ing" form read as a verb made a thing when the corpus
    writes one term of its sense and the next unit's, a thing ("number of *reading* classes":
    读书班, 读书 "reading" + 班 "class"): the word modifies that thing, as "how many *reading*
    classes" reads it -- not a verb to weigh lightly, whose noun alone would then be counted
    by its measure words (堂). ``starts``/``ends`` are each unit's first and past-last word
    (indices into ``surfaces``), ``pieces`` the units of each compound term."""
    out = list(actions)
    for units in pieces:
        for n in units:
            if (
                n + 1 in units and out[n] and not out[n + 1] and ends[n] - starts[n] == 1
                and surfaces[starts[n]].endswith("ing")
            ):
                out[n] = False
    return out
