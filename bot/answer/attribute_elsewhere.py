"""The amount a question asks named by a noun the documents write, but not the best passage's
document (澹云寺门票多少钱: 門票 is a film festival's; the temple's article gives the cost of its
repairs, 總投資約4,600萬元): no figure of that document is the one asked -- possibly related at
most, and no direct answer."""

from __future__ import annotations

from bot.answer.evidence import Evidence
from bot.answer.first.fit import GOOD_FIT
from bot.answer.query import Query
from bot.answer.reading import Reading
from bot.answer.attributes import asked_attributes, attribute_word
from index.normalize import normalize


#: One-character endings of an amount's name (进口值, 出口额, 产量, 房价).
_ENDINGS = frozenset("值额量价")


def attribute_elsewhere(reading: Reading, query: Query, evidence: Evidence, fit: float) -> bool:
    """Whether the question asks the amount of a noun (:func:`attribute_word`) that the documents
    write, but the best passage's document (headings included) does not, in any of its forms --
    where its best figure (this ``fit``) fits poorly, or wherever the noun names an amount by a
    one-character ending (进口值: the document's 出口值 is another amount, however well it fits).
    A figure that fits well, standing with the question's other words, is kept otherwise
    (掠奪經濟資源達多少美元, where the text names the resources in other words)."""
    if not query.info.wants_figure or query.translations:
        return False
    index = reading.index
    attributes = asked_attributes(query.text, query.words, query.info)
    # 进口值 read as 进口|值: the amount's noun is the word its one-character ending follows
    ends = [query.words[n - 1] for n, w in enumerate(query.words) if n and w in attributes and w.variants[0] in _ENDINGS]
    asked = [
        w for w in [*attributes, *ends]
        if not w.pos and (w in ends or attribute_word(index, w)) and not w.variants[0].endswith("率")  # a rate: often 占…%
    ]
    if not asked:
        return False
    span = index.document_passages(index.passage_document(evidence.id))
    whole = "\x00".join([reading.heading(span.start), *index.normalized_texts(span)])  # all of it, not a scan's start
    # not one pair of its characters there (进出口额 is written 进出口总值; 门票 not at all)
    return any(
        not any(head[k : k + 2] in whole for k in range(len(head) - 1)) and (fit < GOOD_FIT or w in ends)
        for w, head in ((w, normalize(w.variants[0])) for w in asked)
    )
