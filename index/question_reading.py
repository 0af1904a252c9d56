"""Reading a question's words: its content words with their variants and parts of speech (what a
count question counts: :mod:`index.counted_reading`). A part of :class:`~index.tokenizer.Tokenizer` (a mixin over its
segmentation), kept apart because it shapes questions only, never the index."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from index.counted_reading import CountedReading
from index.normalize import normalize
from index.question_words import (
    ANSWER_TYPE, ASKING, ASKING_CHARS, COMPARING, LEADING_FUNCTION, LEVEL_ASKED, MEASURE_WORDS, NAME_ASKED, NEVER_IN_NAMES,
    NUMERAL_RE, PLACE_ASKED, QUESTION_WORDS, SUFFIXES, THIS, TIME_UNITS, TIME_WORDS, TRAILING_FUNCTION, WHEN, asks_which,
    counting, joined_how, peeled, refers_back, written_otherwise,
)
from index.runs import HAN_ONLY_RE, RUN_RE, STOP_WORDS

#: An era marker before a year or a question about one (西元幾年, 公元1934年): part of how the
#: question writes its date, not a word to find (texts mostly write the bare year).
_ERA_RE = re.compile(r"(?:西元|公元)(?=\s*(?:\d|几|哪|多少))")
#: The year a change is compared with (外銷值比前一年成長多少): one word, apart from the word before
#: it (jieba cuts 值比前/一年), in the form jieba keeps whole.
_BASE_YEAR_RE = re.compile(r"(比|较)(?:前一年|上一年)")
#: A year the question names (2025年…比上一年): 上年 is the one before it.
_NAMED_YEAR_RE = re.compile(r"(?<!\d)((?:1[6-9]|20)\d\d)年")
_YEAR_BEFORE = ("上年", "上一年", "前一年")


def _year_before_named(words: list[QueryWord], text: str) -> list[QueryWord]:
    """``words`` with 上年 searched also as the year before the one the question names (2025年…比上一年
    增长了多少: the text writes 比2024年的8724件增长19.1%), when it names one year only."""
    years = {int(year) for year in _NAMED_YEAR_RE.findall(text)}
    if len(years) != 1:
        return words
    before = str(years.pop() - 1)
    return [
        QueryWord((*word.variants, before), word.pos) if word.text in _YEAR_BEFORE and not word.pos else word
        for word in words
    ]


#: A name asked by 叫/姓 (场主叫什么名字): the verb apart from the word before it (jieba cuts 场/主叫).
_NAME_CALLED_RE = re.compile(r"(?<=[\u4e00-\u9fff])(?=(?:叫|姓)(?:什么|啥))")


#: The last characters of places whose head of office is named with them (县长, 市长, 省长, 镇长).
PLACE_ENDS = frozenset("县市省区镇乡村州")  # the last character of a place's name
#: How often (jieba's dictionary) a character may be used and still be read as the rare first
#: character of a place's name (蘅 55, 樾 42; not 高 57483, 新 62626, nor 杭 1279).
RARE_CHAR_FREQUENCY = 1000
#: What follows a word naming a name when the name is asked (名字是什么, 姓名叫啥).
#: The last characters of a role or a person (局长, 场主, 负责人, 作者): 叫什么 after them asks a name.
_PERSON_ENDS = frozenset("主长人者员官师")
_NAME_ASKED_AFTER_RE = re.compile(r"(?:是|叫|为)(?:什么|啥|谁)(?:呢|啊|呀)?$")  # not 名字是什么意思


def _asks_amount(following: list[str | QueryWord]) -> bool:
    """Whether the words after a noun ask its amount (程度 有 多高, 水平 是 多少)."""
    rest = [w for w in following[:3] if isinstance(w, str)]
    while rest and rest[0] in _BEING_WORDS:
        rest = rest[1:]
    return bool(rest) and rest[0] in _AMOUNT_ASKED


_BEING_WORDS = frozenset({"有", "是", "为", "达", "达到", "到"})
_AMOUNT_ASKED = frozenset({"多高", "多大", "多少", "几何"})


@dataclass(frozen=True)
class QueryWord:
    """A content word of a question: its variants (the word, then its sub-words) and its part of
    speech ("m" a number, "eng" a Latin word, "phrase" a name run, :data:`ANSWER_TYPE` the kind of
    thing asked for; "" a Chinese word, tagged on demand)."""

    variants: tuple[str, ...]
    pos: str

    @property
    def text(self) -> str:
        return self.variants[0]


class QuestionReading(CountedReading):
    """The question side of :class:`~index.tokenizer.Tokenizer`: it needs the tokenizer's
    segmentation (``_cut``), jieba (``_jieba``, for its HMM), word tags (``tag``), dictionary
    frequencies (``_freq``) and sub-words (``_sub_words``); what a count question counts is read
    by :class:`~index.counted_reading.CountedReading`."""

    _jieba: Any

    def _sub_words(self, word: str) -> list[str]:
        raise NotImplementedError

    def query_words(self, question: str) -> list[QueryWord]:
        """The question's content words in order, each with its sub-words.

        Numbers get the part of speech "m" and Latin words "eng"; Chinese words get "" here --
        :meth:`tag` looks theirs up when it is needed (only for words the corpus lacks).
        """
        words: list[QueryWord] = []
        person_named = False
        number_end = -1
        latin = ""  # the Latin word before this run ("how many 万": 万 is the question's unit)
        text = _NAME_CALLED_RE.sub(" ", _BASE_YEAR_RE.sub(r" \1上年", _ERA_RE.sub("", normalize(question))))
        for match in RUN_RE.finditer(text):
            kind = match.lastgroup
            if kind in ("num", "pct"):
                number = match.group("num")
                variants = (number + "%", number) if match.group("pct") else (number,)
                words.append(QueryWord(variants, "m"))
                number_end = match.end()
            elif kind == "lat":
                word = latin = match.group().strip("'’-")
                if word and word not in STOP_WORDS and word not in QUESTION_WORDS:
                    words.append(QueryWord((word,), "eng"))
            else:
                previous = "多少" if latin in ("many", "much") else ""
                latin = ""
                pieces = joined_how(self._head_apart(self._total_apart(self._measure_apart(_range_apart(list(self._cut(match.group())))))))
                # After a number, the first character is its measure word (2.46万名), never part of a name.
                counted = pieces[:1] if match.start() == number_end and len(pieces[0]) == 1 else []
                run = counted + self._name_runs(pieces[len(counted):])
                for k, word in enumerate(run):
                    if isinstance(word, QueryWord):
                        words.append(word)
                        previous = word.text
                        continue
                    after_which = previous in ASKING or (previous.startswith(("哪", "何")) and asks_which(previous))
                    after_count = counting(previous)
                    # 哪座城市, 什么人: the noun says what is asked -- not the verb after 哪年 (哪年举办)
                    after_when = previous in WHEN or (previous[:1] in "哪几何" and previous[-1:] in TIME_UNITS)
                    asked_type = after_which and not after_when and not previous.endswith("起")  # 哪年起实施
                    # 什么人, 什么地方: the kind asked for (a place is asked by 地方 as by 哪里)
                    asked_type = asked_type or (previous == "什么" and (len(word) == 1 or word in PLACE_ASKED))
                    # 叫什么名字, 名字是什么, 姓名叫啥: the name asked
                    asked_type = asked_type or (word in NAME_ASKED and (previous == "什么" or _NAME_ASKED_AFTER_RE.match("".join(
                        w if isinstance(w, str) else w.text for w in run[k + 1 :]
                    )) is not None))
                    after_this = previous in THIS
                    previous_word, previous = previous, word
                    if after_which and all(ch in MEASURE_WORDS or ch in ASKING_CHARS or NUMERAL_RE.match(ch) for ch in word):
                        previous = "哪" + word  # 哪 座 城市, 哪 一个 年度: the measure word belongs to 哪
                        continue
                    if (
                        word in ("叫", "姓") and k + 1 < len(run) and run[k + 1] in ("什么", "啥")
                        and bool(words) and words[-1].text[-1:] in _PERSON_ENDS
                    ):
                        # 局长叫什么名字, 场主姓什么: the question's frame, no word of the text, with the name
                        # word after it (not 这座桥叫什么名字: a thing's name, written 又名, 名为)
                        person_named = True
                        continue
                    if person_named and word in NAME_ASKED:
                        continue
                    if word in STOP_WORDS or word in SUFFIXES or word in QUESTION_WORDS or word in COMPARING or refers_back(word) or not word.strip():
                        continue
                    if len(set(word)) == len(word) and all(ch in STOP_WORDS for ch in word):
                        continue  # 是从, 也都: a word of function characters is one (not 个个: "each")
                    if "谁" in word and all(ch == "谁" or ch in LEADING_FUNCTION or ch in TRAILING_FUNCTION for ch in word):
                        continue  # 由谁来: "by whom", one word to jieba
                    if word in LEVEL_ASKED and (previous_word == "什么" or _asks_amount(run[k + 1 :])):
                        continue  # 高于什么水准, 认可程度有多高: the level asked
                    if word in PLACE_ENDS and len(previous_word) >= 2 and self.tag(previous_word).startswith(("ns", "nz", "nr")):
                        continue  # 峰林 县: the kind of a place named before it -- texts write 峰林縣政府, 全縣
                    if word == "起" and after_when:
                        continue  # 何时起, 哪年起: "from when", part of the question
                    if after_this and all(ch in MEASURE_WORDS for ch in word):
                        continue  # 这 轮: the text's own topic (see refers_back)
                    if after_count and all(ch in MEASURE_WORDS for ch in word):
                        previous = "多少"  # 多少万名, 多少 万 名, 几万 名: the unit may run on
                        continue  # the question's unit, not what it is about
                    if word.startswith(("几", "多少", "第几", "第多少")) or asks_which(word) or (
                        after_which and NUMERAL_RE.match(word)
                    ):
                        continue  # 几块, 多少个, 第几次, 哪四个: a question word with its measure word
                    if after_count and self._measure_joined(word):
                        word = word[1:]  # 多少 辆车: the measure word is the question's unit, not the thing
                    subs = [s for s in self._sub_words(word) if s not in QUESTION_WORDS]
                    subs = [*written_otherwise(word), *subs]  # 首批 in the question, 第一批 in the text (or back)
                    if len(word) == 2 and word[1] == "子" and word[0] not in STOP_WORDS:
                        subs = [*subs, word[0]]  # 村子, 案子: the noun suffix 子 is often left out (李祖村, 积案)
                    # 哪座城市, 什么行动: the kind of thing asked for, which the answer names otherwise
                    asked_type = asked_type or word in TIME_WORDS  # 起止时间是？ (not 第一时间)
                    words.append(QueryWord((word, *subs), ANSWER_TYPE if asked_type else ""))
        return _year_before_named(self._superlatives_joined(words), text)

    def _superlatives_joined(self, words: list[QueryWord]) -> list[QueryWord]:
        """``words`` with 最 and the one character jieba cut after it joined back into the word
        they make (人最多 cut 人/最/多: 最多, which a passage writes whatever jieba cuts around
        it there -- 报名人数最多 is 数最多)."""
        out: list[QueryWord] = []
        for word in words:
            last = out[-1] if out else None
            if (
                last is not None and last.text == "最" and not last.pos and not word.pos and len(word.text) == 1
                and (self._freq.get("最" + word.text) or 0) > 0
            ):
                joined = "最" + word.text
                out[-1] = QueryWord((joined, *written_otherwise(joined), "最", word.text), "")
            else:
                out.append(word)
        return out

    def _head_apart(self, pieces: list[str]) -> list[str]:
        """``pieces`` with the head of an office given back to it where jieba joined its first
        character to the place before (屏东县/长 → 屏东/县长, 云溪市/长 → 云溪/市长)."""
        out: list[str] = []
        for piece in pieces:
            if (
                piece == "长" and out and len(out[-1]) >= 3 and out[-1][-1] in PLACE_ENDS
                and self._freq.get(out[-1][-1] + piece, 0) > 0
            ):
                out[-1:] = [out[-1][:-1], out[-1][-1] + piece]
            else:
                out.append(piece)
        return out

    def _measure_apart(self, pieces: list[str]) -> list[str]:
        """``pieces`` with the measure word after 多少/几 given back to them where jieba joined it to
        the character after (多少/次日/食记录 → 多少/次/日食/记录): after a question of how many, a
        measure word is what comes, and the character it took begins a word with the piece after."""
        out: list[str] = []
        pieces = list(pieces)
        for i, piece in enumerate(pieces):
            following = pieces[i + 1] if i + 1 < len(pieces) else ""
            if (
                out and counting(out[-1]) and len(piece) == 2 and piece[0] in MEASURE_WORDS
                and following and (self._freq.get(piece[1] + following) or 0) > 0
            ):
                out.append(piece[0])
                pieces[i + 1] = piece[1] + following
            else:
                out.append(piece)
        return out

    def _total_apart(self, pieces: list[str]) -> list[str]:
        """jieba's pieces with 一共/总共 that it cut into the verb after them (一共建了 → 一/共建)
        whole again, and the verb cut anew (一共 建)."""
        out: list[str] = []
        for piece in pieces:
            if out and out[-1] in ("一", "总") and piece[:1] == "共" and len(piece) > 1:
                out[-1] += "共"
                out.extend(self._cut(piece[1:]))
            else:
                out.append(piece)
        return out

    def _name_runs(self, pieces: list[str]) -> list[str | QueryWord]:
        """``pieces`` with each name the dictionary lacks made one word, of part of speech "phrase".

        Without HMM, jieba cuts a name it does not know into single characters (软枝黄蝉 → 软/枝/
        黄/蝉, 李晨 → 李/晨), which then match any text holding those characters. jieba's HMM
        segments such a run of single characters into new words (软枝/黄蝉, 李晨); when it finds
        one, the run without the function words at its ends is the name: its variants are the
        name itself (matched as written) and its characters (what the index holds).
        """
        out: list[str | QueryWord] = []
        i = 0
        while i < len(pieces):
            j = i
            while j < len(pieces) and len(pieces[j]) == 1 and HAN_ONLY_RE.match(pieces[j]) and pieces[j] not in NEVER_IN_NAMES:
                j += 1
            if i > 0 and pieces[i - 1][-1:] in "哪几何" and NUMERAL_RE.match(pieces[i]):
                j = i  # 哪 一 国: which one, then the kind asked for -- no name
            if i > 0 and pieces[i - 1] in ("哪", "多少") and len(pieces[i]) == 1:
                j = i  # 哪 天, 多少 门: the measure word asked by -- no name
            if pieces[i] in THIS and j - i > 2 and pieces[i + 1] in MEASURE_WORDS:
                out.extend(pieces[i : i + 2])  # 这 篇 檀州: "this article", then the name
                i += 2
                continue
            if j - i < 2:
                out.append(pieces[i])
                i += 1
                continue
            run = "".join(pieces[i:j])
            guessed = list(self._jieba.cut(run, HMM=True))
            inner = [
                k for k, g in enumerate(guessed)
                if g not in STOP_WORDS and g not in QUESTION_WORDS and not asks_which(g) and not refers_back(g)
            ]
            first, last = (inner[0], inner[-1]) if inner else (0, -1)
            # the function characters at its ends are no part of the name (苻坚于 → 苻坚 于, 论为, 所写)
            lead, name, trail = peeled("".join(guessed[first : last + 1]))
            # (嶺崧縣: characters no word joins, ending as a place's name does, are a place's name)
            placed = len(name) >= 3 and name[-1] in PLACE_ENDS and not any(c in STOP_WORDS for c in name)
            if len(name) < 2 or not (placed or any(len(g) > 1 for g in guessed[first : last + 1])):
                out.extend(pieces[i:j])
            else:
                out.extend([*guessed[:first], *lead])
                chars = tuple(dict.fromkeys(c for c in name if c not in STOP_WORDS))
                out.append(QueryWord((name, *chars), "phrase"))
                out.extend([*trail, *guessed[last + 1 :]])
            i = j
        return out

    def rare_place(self, char: str, following: str) -> bool:
        """Whether a lone rare character (蘅, under :data:`RARE_CHAR_FREQUENCY` in jieba's dictionary)
        followed by a word of two places' ends (州市, 州县) is where jieba cut a place it does not
        know (蘅州市) -- not 汀 全区, 沅 城市."""
        return (
            len(char) == 1 and len(following) == 2 and following[0] in PLACE_ENDS and following[-1] in PLACE_ENDS
            and HAN_ONLY_RE.match(char) is not None and char not in STOP_WORDS and char not in NEVER_IN_NAMES
            and self.rare_char(char)
        )

    def rare_char(self, char: str) -> bool:
        """Whether ``char`` is a rare character: under :data:`RARE_CHAR_FREQUENCY` in jieba's dictionary."""
        return (self._freq.get(char) or 0) < RARE_CHAR_FREQUENCY

#: What asks the end of a range after 到/至 (办到哪天, 开到几点, 延长至什么时候) -- not 何种 (找到何种鸟类).
_ASKS_AFTER = ("哪天", "哪一天", "哪年", "哪一年", "哪月", "哪个月", "哪日", "何时", "什么时候", "几点", "几月", "几号", "几时")


def _range_apart(pieces: list[str]) -> list[str]:
    """jieba's pieces with the 到/至 of a range asked after 从 (从哪天办到哪天) cut off the verb it joined
    (办到, "to accomplish": a word no text writes for 舉辦): the verb is searched, and 到 goes
    with the question word after it."""
    out: list[str] = []
    for k, piece in enumerate(pieces):
        following = "".join(pieces[k + 1 : k + 3])
        ranged = any(p in ("从", "自", "由") or p.startswith(("从哪", "自哪", "从何", "自何")) for p in pieces[:k])
        if ranged and len(piece) >= 2 and piece[-1] in "到至" and following.startswith(_ASKS_AFTER):
            out.extend((piece[:-1], piece[-1]))
        else:
            out.append(piece)
    return out

