"""A share asked of a part named by a modifier of the whole's own noun (装修噪音投诉里夜间投诉占多少,
游客中外国游客占多少): when no document writing the whole's noun writes the modifier, the documents
give no such share -- whichever other share of those things a passage gives (经平台提交的投诉佔總數
的57.4%) is another part's."""

from __future__ import annotations

import re

from index.search import Index

#: The whole's noun, among (里, 中 …), a modifier, the noun again, then a share asked (占, 比例).
_PART_OF_WHOLE_RE = re.compile(
    r"(?P<whole>[\u4e00-\u9fff]{2})(?:当中|之中|里面|里|中)的?(?P<kind>[\u4e00-\u9fff]{2,4}?)(?P=whole)"
    r"(?:所|的)?(?:占|比例|比重|百分比)"
)
#: ... or how many of the whole (里, 中 …) involve or belong to a kind (滲水舉報中有多少宗涉及公共屋邨).
_PART_INVOLVED_RE = re.compile(
    r"(?P<whole>[\u4e00-\u9fff]{2})(?:当中|之中|里面|里|中)(?:有|共有)?(?:多少|几多|几)[\u4e00-\u9fff]?"
    r"(?:涉及|属于|来自)(?P<kind>[\u4e00-\u9fff]{2,8})"
)
#: How many passages of the documents writing the whole are read at most (beyond: not absent).
_READ = 3000


def part_kind_unwritten(index: Index, question: str) -> bool:
    """Whether the normalised ``question`` asks the share of a part named by a modifier
    (夜间投诉 among 投诉), or how many of the whole involve a kind (涉及公共屋邨), that no document
    writing the whole's noun writes anywhere."""
    found = _PART_OF_WHOLE_RE.search(question) or _PART_INVOLVED_RE.search(question)
    if found is None:
        return False
    whole, kind = found.group("whole"), found.group("kind")
    if index.doc_freq(whole) == 0:
        return False  # the whole is written otherwise: nothing to say of its parts
    documents = sorted({index.passage_document(int(p)) for p in index.postings(whole).tolist()})
    read = 0
    for document in documents:
        passages = index.document_passages(document)
        read += len(passages)
        if read > _READ:
            return False
        if any(kind in text for text in index.normalized_texts(passages)):
            return False
    return True
