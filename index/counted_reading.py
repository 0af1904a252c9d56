"""What a count question counts: the word after 多少/几 and its measure word (多少家共富工坊), the
noun phrase a measure word of things opens (多少家老年食堂), what befell the people counted (多少人
死亡). A part of :class:`~index.tokenizer.Tokenizer` through
:class:`~index.question_reading.QuestionReading`, over the tokenizer's segmentation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from index.normalize import normalize
from index.question_words import (
    ASKING_CHARS, BEFELL_ENDINGS, COUNTED_BEFORE_RE, COUNTED_HAS_RE, COUNTED_RE, COUNTED_TOTAL_RE, MEASURE_WORDS,
    OWN_MEASURE_ASKED_RE, PEOPLE_COUNTED_LAST_RE, PEOPLE_COUNTED_RE, QUESTION_WORDS, THING_COUNTED_RE, THING_MEASURES,
)
from index.runs import STOP_WORDS

#: Below this many uses in jieba's dictionary, a word made of a measure word and a noun is the
#: two joined (辆车 3, 架飞机 12, 头牛 21), not a word of its own (套房 116, 家庭 8831).
JOINED_MEASURE_FREQUENCY = 50


#: jieba's tags of the words a counted noun phrase holds (nouns, names, verbal nouns,
#: abbreviations, adjectives, distinguishing and time words: 老年食堂, 大型展覽) ...
_PHRASE_TAGS = ("n", "vn", "j", "a", "b", "f", "s", "t")
#: ... and of those that name the thing itself
_NOUN_TAGS = ("n", "vn", "j")


class CountedReading:
    """Reads what a count question counts: it needs the tokenizer's segmentation (``_cut``), word
    tags (``tag``) and jieba's dictionary frequencies (``_freq``)."""

    _freq: Any

    def _cut(self, run: str) -> Iterable[str]:
        raise NotImplementedError

    def tag(self, word: str) -> str:
        raise NotImplementedError

    def _measure_joined(self, word: str) -> bool:
        """Whether jieba joined a measure word to the noun after it (辆车, 架飞机, 头牛): a rare
        word of the two -- not a word of its own that starts with one (家庭, 人口, 项目)."""
        return (
            len(word) > 1 and word[0] in MEASURE_WORDS and word[1] not in MEASURE_WORDS
            and (self._freq.get(word) or 0) < JOINED_MEASURE_FREQUENCY
        )

    def unit_begins_word(self, question: str, unit: str) -> bool:
        """Whether the measure word read after 多少/几 begins a word of its own (多少回购: 回购;
        多少家庭户: 家庭), not a measure word jieba joined to its noun (多少辆车) or to 几 (几家)."""
        previous = ""
        for word in self._cut(normalize(question)):
            if previous.endswith(("多少", "几")) and len(word) > 1 and word.startswith(unit):
                return not self._measure_joined(word)
            previous = word
        return False

    def counted_word(self, question: str) -> str | None:
        """The word a count question counts: "多少家共富工坊" → "共富工坊", "党员总数是多少" → "党员",
        "县级领导有多少人" → "领导", "饿死了多少人" → "饿死": what befell the people counted, when
        nothing else is (None if there is none)."""
        norm = normalize(question)
        for match in COUNTED_RE.finditer(norm):
            words = self._content_words(match.group(1))
            if words and len(words[0]) > 1:
                return words[0]
        for match in COUNTED_BEFORE_RE.finditer(norm):
            words = self._content_words(match.group(1))
            if words and len(words[-1]) > 1:
                return words[-1]
        for match in COUNTED_HAS_RE.finditer(norm):
            words = self._content_words(match.group(1))
            if words and len(words[-1]) > 1:
                tag = self.tag(words[-1])
                if tag.startswith(("n", "vn", "j")) and not tag.startswith(("nr", "ns", "nt")):
                    return words[-1]  # a thing, not a place or a person (浙江有多少人)
        before = PEOPLE_COUNTED_LAST_RE.search(norm)  # 饿死了多少人: the verb before, the count last
        if before is not None:
            words = self._content_words(before.group(1))
            if words and len(words[-1]) > 1 and self.tag(words[-1]) == "v" and words[-1].endswith(BEFELL_ENDINGS):
                return words[-1]
        return None

    def counted_deed(self, question: str) -> str | None:
        """What befell the people a count question counts, or what they did, when it is written
        right after their measure word: "多少人死亡" → "死亡", "几名学生参加" → None (a noun
        comes first: what is counted)."""
        for match in PEOPLE_COUNTED_RE.finditer(normalize(question)):
            words = self._content_words(match.group(1))
            if words and len(words[0]) > 1 and self.tag(words[0]) == "v":
                return words[0]
        return None

    def counted_phrase(self, question: str) -> tuple[str, ...]:
        """The nouns of what a count question counts by a measure word of things: "多少家老年食堂"
        → ("老年", "食堂"), "几个邦分会组织参加" → ("分会", "组织") without the one-character
        ones unless there is no longer one ("多少个省" → ("省",)); the phrase ends at its verb
        ("参加"). Empty when there is no such phrase."""
        norm = normalize(question)
        match = THING_COUNTED_RE.search(norm)
        if match is None:
            total = COUNTED_TOTAL_RE.search(norm)  # 老年食堂一共建了多少个: the phrase before 一共
            if total is None or norm[total.end() : total.end() + 1] not in THING_MEASURES:
                own = OWN_MEASURE_ASKED_RE.search(norm)  # 全年设了几站: 站
                return (own.group(1),) if own and own.group(1) not in MEASURE_WORDS | ASKING_CHARS else ()
            return tuple(
                word for word in self._cut(total.group(1))
                if len(word) > 1 and word not in MEASURE_WORDS and word not in QUESTION_WORDS and self.tag(word).startswith(_NOUN_TAGS)
            )
        nouns: list[str] = []
        single: list[str] = []  # 多少个县: a one-character noun, when the phrase has no longer one
        for word in self._cut(match.group(1)):
            tag = self.tag(word)
            if tag == "zg" and len(word) == 1:
                tag = "n"  # jieba tags 县, 村, 车 zg
            if word == "的" or (tag.startswith(_PHRASE_TAGS) and word not in QUESTION_WORDS):
                if tag.startswith(_NOUN_TAGS) and word not in MEASURE_WORDS:
                    (nouns if len(word) > 1 else single).append(word)
                continue
            break
        return tuple(nouns or single)

    def _content_words(self, text: str) -> list[str]:
        """jieba's words of ``text`` (Chinese characters only) that are neither function nor
        question words."""
        return [w for w in self._cut(text) if w not in STOP_WORDS and w not in QUESTION_WORDS]
