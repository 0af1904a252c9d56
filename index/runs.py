"""How text splits into runs for tokenising -- numbers, Latin words, Chinese -- and the function
words dropped from both the index and questions. Part of what shapes the index (its source is in
the cache key: :mod:`index.store.key`)."""

from __future__ import annotations

import re

#: A number (with its 万/亿 and 余/多, and a % after it), a Latin word, or a run of Chinese characters.
#: A word of two letters or more written against a decimal number or an amount is no model name
#: (A380, U17) but a word and its figure: 全区GDP4.8亿元 is "gdp" and 4.8, as GDP 4.8亿元 would be.
RUN_RE = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)(?:万亿|万|亿|千)?(?:余|多)?(?P<pct>%)?"
    r"|(?P<lat>[a-z]{2,}(?=\d+(?:\.\d|万|亿|千|%))|[a-z][a-z0-9'’\-]*)"
    r"|(?P<han>[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+)"
)
#: A run of Chinese characters only.
HAN_ONLY_RE = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$")

# Function words: they carry no topic, in either language.
STOP_WORDS: frozenset[str] = frozenset(
    """
    的 了 着 过 和 与 及 以及 或 或者 而 并 并且 也 都 就 又 还 在 于 对 从 把 被 将 为 为了 以 由
    是 有 这 那 其 之 所 等 等等 个 一个 这个 那个 这些 那些 这样 那样 我 你 他 她 它 我们 你们 他们
    呀 啊 吧 吗 呢 嘛 哦 哈 啦 吧 请问 请 问 告诉 知道 想 要 能 可以 一下 里 中 上 下 来 去 到 给
    文章 篇文章 这篇 本文 文中 报道 这篇文章 该文 全文 原文
    the a an of in on at to for and or is are was were be been being do does did done has have had
    this that these those there here it its by with from as about into than then so please tell me
    i you we they he she our your their my can could would should will shall may might
    """.split()
)
