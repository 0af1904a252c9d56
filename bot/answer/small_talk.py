"""Messages that are no question about the documents: a greeting, thanks, an acknowledgement, a
call for help, a bot command typed as text, a placeholder a broken client sends, a sum.

Searched like a question, each of them found some passage -- "ok" translated to 确定, "help" to
帮 (千村帮千户), "[object Object]" to 目标, "1+1" to every 1 in the text -- and showed it as the
answer. The whole message must be one of them (after markup, punctuation and emoji are dropped):
a question that merely contains one ("ok, how many 共富工坊?") is read as usual.
"""

from __future__ import annotations

import re

from index.normalize import normalize

#: Whole messages that talk to the bot rather than ask about the documents (normalised form:
#: Simplified script, lower case, no spaces or punctuation).
SMALL_TALK: frozenset[str] = frozenset(
    """
    hi hello hey hiya yo ok okay k kk thanks thank thankyou thx ty yes no yep nope yeah sure
    bye goodbye cool nice great good fine lol haha please sorry help start stop test testing ping
    goodmorning goodafternoon goodevening goodnight whatsup howareyou howdy hellothere hithere
    你好 您好 大家好 嗨 哈喽 哈啰 喂 谢谢 多谢 谢啦 感谢 好的 好 好吧 好滴 行 可以 嗯 嗯嗯 哦 噢 喔 啊 哈 哈哈
    哈哈哈 呵呵 嘿嘿 在吗 在不在 再见 拜拜 晚安 早上好 早安 午安 晚上好 收到 明白 知道了 对 是的 不是 没有
    帮助 救命 你是谁 你好啊 谢谢你
    undefined null nan none true false objectobject
    """.split()
)
#: A command typed as text (/start, /help@some_bot): the chat adapters handle the real ones.
_COMMAND_RE = re.compile(r"^/[a-z_]+(?:@\w+)?$")
#: A sum (1+1, 2*3=?) or a lone digit: no figure the documents could be asked about.
_SUM_RE = re.compile(r"^[-+]?\d+(?:\.\d+)?(?:\s*[-+*/×÷=^]\s*[-+]?\d+(?:\.\d+)?)+\s*=?\s*[?？]?$|^[-+]?\d$")
_DROPPED_RE = re.compile(r"[\W_]+")
#: A greeting before a question and thanks after it ("Hello bot, how many 共富工坊? thanks"): the
#: English words are no words of the question (the Chinese ones are stop words already).
_GREETING_RE = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|ok|okay|dear|good (?:morning|afternoon|evening))\b"
    r"(?:\s+(?:there|bot|all|everyone)\b)?\s*[,，!！.。:：;；~-]*\s*)+",
    re.IGNORECASE,
)
#: (a word of its own: the "ty" ending "wind farm capaci*ty*" or "which coun*ty*" is no thanks)
_THANKS_RE = re.compile(
    r"[\s,，.。!！]*(?<![A-Za-z])(?:thanks?(?: you)?(?: very much| a lot)?|thx|ty|cheers)[\s.。!！]*$", re.IGNORECASE
)


def without_courtesy(text: str) -> str:
    """``text`` without an English greeting before the question or thanks after it (what is
    left of a message that is nothing but courtesy is itself: :func:`is_small_talk` reads it)."""
    rest = _THANKS_RE.sub("", _GREETING_RE.sub("", text))
    return rest if rest.strip() else text


def is_small_talk(text: str) -> bool:
    """Whether the whole message ``text`` (markup already removed) is small talk, a command typed
    as text, a placeholder or a sum rather than a question about the documents."""
    stripped = text.strip()
    if not stripped:
        return False
    lowered = stripped.lower()
    if _COMMAND_RE.match(lowered) or _SUM_RE.match(lowered):
        return True
    return _DROPPED_RE.sub("", normalize(stripped)) in SMALL_TALK
