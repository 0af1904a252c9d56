"""A verb's conjugated form is read as a common word's: "hooked" is "hook" + -ed, not "Hooke" + -d.

The lemmatizer takes the first base form the dictionary knows, and "hooke" -- a word only a
proper noun's gloss uses (胡克 "Hook or Hooke (name)") -- comes before "hook": "newly *hooked* up
to the sewage system" was then read as a name the documents never write, and the question got
nothing. A name is not conjugated: a past or -ing form whose base form no common entry glosses
alone is read again without it, when that gives a word one does."""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence

from index.english.lemmas import lemmatize

#: The endings English conjugation adds to a verb (a closed class of grammar): past and -ing.
_CONJUGATED_ENDINGS = ("ed", "ing")


class _Without:
    """The words the dictionary knows but one."""

    def __init__(self, known: Container[str], left_out: str) -> None:
        self._known, self._left_out = known, left_out

    def __contains__(self, word: object) -> bool:
        return word != self._left_out and word in self._known


def conjugated_lemmas(
    surfaces: Sequence[str], lemmas: Sequence[str], known: Container[str], glossed: Mapping[str, object]
) -> list[str]:
    """``lemmas``, a past or -ing form's read again when its base form is a word no common
    entry glosses alone (not in ``glossed``) and another base form the dictionary ``known``
    is one that does: "hooked" -> "hook", not "hooke"."""
    out = list(lemmas)
    for k, (surface, lemma) in enumerate(zip(surfaces, lemmas)):
        word = surface.lower()
        if word == lemma or lemma in glossed or not word.endswith(_CONJUGATED_ENDINGS):
            continue
        again = lemmatize(word, _Without(known, lemma))
        if again != word and again in glossed:
            out[k] = again
    return out
