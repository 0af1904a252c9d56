"""One main verb after do-support: :func:`one_main_verb`.

:func:`~index.english.actions.is_action` reads each word by itself, so after "did" every base
form CC-CEDICT often glosses as a verb may be taken for the question's verb ("when did the site
*open* to the public as a heritage *park*": 停车 "to park"). The question has one: a later base
form standing beyond a determiner after the first -- in its object or a phrase after it -- is a
thing (公园 "park").
"""

from __future__ import annotations

from collections.abc import Sequence

from index.english.function_words import DETERMINERS

_SUPPORT = frozenset(("do", "does", "did"))
_DETERMINING = DETERMINERS | {"a", "an", "its", "their"}  # what begins a noun phrase
_JOINING = frozenset(("and", "or"))  # "did they build *and* open" (and "begin *to* open": an infinitive)


def one_main_verb(
    words: Sequence[str], positions: Sequence[int], surfaces: Sequence[str], lemmas: Sequence[str], verbs: Sequence[bool]
) -> list[bool]:
    """``verbs`` (one per content word at ``positions`` in ``words``) with a base form taken for
    a verb after do-support's first verb turned into a thing when a determiner stands between
    them, no "and"/"or" joins it to a verb and no "to" makes it an infinitive."""
    support = next((p for p, word in enumerate(words) if word in _SUPPORT), None)
    if support is None:
        return list(verbs)
    out = list(verbs)
    first: int | None = None
    for k, position in enumerate(positions):
        if position <= support or not verbs[k]:
            continue
        if first is None:
            first = position
            continue
        between = words[first + 1 : position]
        if (
            surfaces[k] == lemmas[k] and any(word in _DETERMINING for word in between)
            and not any(word in _JOINING for word in between) and words[position - 1] != "to"
        ):
            out[k] = False
    return out
