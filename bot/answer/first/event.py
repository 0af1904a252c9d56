"""When an event happened (改建成鱼鳞石塘是哪年完工的): the passage writing the question's event
verb, or one the text uses for it, right after a date (至乾隆五十二年（1787年）竣工) answers it,
though the best-ranked passage of the same document, which writes no such verb, holds more of the
question's other words (海塘始築於明萬曆十二年（1584年），清乾隆年間大規模改建為魚鱗石塘)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answer.first.close import document_first
from bot.answer.figure import event_words
from bot.answer.figure.clauses import alike_verbs, dated_at
from bot.answer.figure_words import figure_words
from bot.answer.instances import names_another
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.window import window_text
from index.normalize import normalize

if TYPE_CHECKING:
    from bot.answer import Candidate

#: How many candidates after the best are read, and the share of the best's rank score the one
#: whose date its event follows must reach to come first.
EVENT_REACH = 5
EVENT_SHARE = 0.75
#: The verbs that ask only a start or an end, of whatever the text dates (not 开始修建: a building).
_GENERIC = frozenset({"开始", "结束"})


def event_first(reading: Reading, query: Query, candidates: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``candidates`` of a Chinese date question with an event verb the best does not write (nor
    a word said alike), with the close one of the best's document whose figure is a date that verb
    or its like follows at once put first."""
    if query.info.kind != "date" or query.translations or len(candidates) < 2:
        return candidates
    asked = event_words(figure_words(query), reading.index, query.info)[0]
    groups = [[normalize(word) for word in alike_verbs([verb], query.info)] for verb in asked]
    best_figure = candidates[0].figure
    if best_figure is not None and best_figure.split and query.info.since != query.info.until and set(asked) <= _GENERIC:
        return candidates  # 哪天开始: 於2025年4月3日至14日舉行 -- the best's range starts (or ends) it
    best = candidates[0].evidence
    own = "".join(reading.normalized(j) for j in range(best.first, best.last + 1))
    unwritten = [group for group in groups if not any(word in own for word in group)]
    if not unwritten:
        return candidates
    main = groups[-1]  # the verb the question ends on (是哪天公布的, 是哪年完工的): the event asked
    if best_figure is not None and best_figure.kind == "date" and main not in unwritten and dated_at(
        window_text(reading, best), best_figure, main
    ):
        return candidates  # 統計是哪天公布的: 於2025年11月18日公布 -- the best dates the event asked already

    def dated(candidate: Candidate) -> bool:
        figure = candidate.figure
        if figure is None or figure.kind != "date":
            return False
        text = window_text(reading, candidate.evidence)
        before = normalize(text[: figure.start])
        clause = before[max(before.rfind(end) for end in "。；;！？!?，,") + 1 :]
        if names_another([("", number, kind) for _, number, kind in query.named], clause):
            return False  # 6号线一期工程已于2024年6月开工, for when 5号线 broke ground
        return any(dated_at(text, figure, group) for group in unwritten)

    return document_first(reading, candidates, EVENT_REACH, EVENT_SHARE, dated)
