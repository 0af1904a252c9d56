"""Where a question's word stands among the words it writes as names (capitalised).

For :func:`~index.english.units.find_units`: :func:`given_name_after` tells a surname before a
given name ("Li *Can*"), :func:`lower_modifier` a lower-case word describing the noun after it
in a question that capitalises its names ("the *riverside* house"), which is then no name even
when the dictionary has it only as one (里弗赛德 "Riverside").
"""

from __future__ import annotations

from collections.abc import Container, Sequence


def lower_modifier(
    surfaces: Sequence[str], between: Sequence[tuple[str, ...]], actions: Sequence[bool], i: int,
    capitalised: Container[str],
) -> bool:
    """Whether word ``i`` is written in lower case in a question that capitalises names, right
    before another content word (no word between) that is no verb: a noun's modifier."""
    if not capitalised or surfaces[i] in capitalised or i + 1 >= len(surfaces):
        return False
    return not (between[i + 1] if i + 1 < len(between) else ()) and not actions[i + 1]


def given_name_after(
    surfaces: Sequence[str], between: Sequence[tuple[str, ...]], i: int, capitalised: Container[str]
) -> bool:
    """Whether the question writes a capitalised word right after word ``i`` (a stop word kept
    out of ``surfaces``, "Li *Can*", or the next content word)."""
    if i + 1 >= len(surfaces):
        return False
    after = between[i + 1] if i + 1 < len(between) else ()
    return (after[0] if after else surfaces[i + 1]) in capitalised
