"""Function words that both the reading of a question (:mod:`~index.english.focus`) and the
telling of its verbs (:mod:`~index.english.actions`) look for."""

from __future__ import annotations

BE = frozenset("is are was were be been".split())
#: Words that open a noun phrase: the word right after one is no verb ("at *the start*", "hold
#: *the record*", "in *the raid*", "*the registered* unemployment rate"); and between one and the
#: word for the text stands what the text is ("the *Xinhua* report"). focus.py once had a first,
#: longer definition ("the a an its their his her our this these those each every"), which this
#: second one replaced before anything read it; whether those words should count is untried.
DETERMINERS = frozenset({"this", "these", "that", "the"})
