"""Pure builders of the Telegram bot's texts and button data: values in, HTML strings out.

Everything returned is Telegram HTML with every piece of outside text escaped, short enough for
one message (:func:`bot.format.fit_html`), so the handlers only send. Texts for
readers are bilingual: Chinese (in the corpus' traditional script) and English.

Callback data (at most 64 bytes): ``more:<key>:<offset>`` pages an answer, ``ok:<key>`` and
``no:<key>`` confirm or cancel an admin's pending change. Keys are short server-side ids.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.answer import Answer
from bot.engine import EngineStats, ReloadReport
from bot.format import fit_html, format_html
from bot.format.text import POSSIBLY_RELATED, esc, shorten

MAX_CALLBACK_BYTES = 64
INLINE_TITLE_CHARS = 60
INLINE_DESCRIPTION_CHARS = 120
DOCS_LISTED = 40

#: (command, description) shown in every chat's command menu.
READER_COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "開始 · What this bot does"),
    ("help", "說明與例題 · Help and example questions"),
    ("ask", "提問（群組用）· Ask a question (in groups)"),
    ("more", "更多段落 · More passages of the last answer"),
)
#: Added to the menu of admins' private chats.
ADMIN_COMMANDS: tuple[tuple[str, str], ...] = (
    ("reload", "重新載入文件 · Reload the documents"),
    ("stats", "統計 · Statistics"),
    ("docs", "文件列表 · List the documents"),
    ("remove", "刪除文件 · Remove a document: /remove NAME"),
)

MORE_PATTERN = r"^more:[0-9a-z]{1,24}:\d{1,4}$"
CONFIRM_PATTERN = r"^ok:[0-9a-z]{1,24}$"
CANCEL_PATTERN = r"^no:[0-9a-z]{1,24}$"
_KEY_RE = re.compile(r"[0-9a-z]{1,24}")

# Short plain texts (answerCallbackQuery takes at most 200 characters, no HTML).
EXPIRED_ANSWER = "這個回答已過期，請再問一次。This answer has expired — please ask again."
EXPIRED_CHANGE = "這個操作已過期。This request has expired — please send it again."
NO_MORE = "沒有更多段落了。No more passages."
NOT_YOURS = "只有發起的管理員可以確認或取消。Only the admin who asked can confirm or cancel."
CANCELLED = "已取消。Cancelled."

MORE_LABEL = "更多 · More ({count})"
REPLACE_LABEL = "替換 · Replace"
REMOVE_LABEL = "刪除 · Remove"
CANCEL_LABEL = "取消 · Cancel"
INLINE_HELP_LABEL = "輸入問題 · Type a question — examples"
#: "可能相關 · Possibly related" and "not sure these answer your question", for inline results.
INLINE_HEDGE, _, INLINE_HEDGE_NOTE = POSSIBLY_RELATED.partition(" — ")
INLINE_NOTHING_LABEL = "沒有找到 · Nothing found — see examples"

NON_TEXT_HTML = (
    "我只讀文字問題。請用文字發送你的問題。\n"
    "I read text questions only — please type your question. /help"
)
SORRY_HTML = "⚠️ 出了點問題，請稍後再試。Something went wrong — please try again."
REFUSED_HTML = (
    "🔒 抱歉，這個操作只限管理員。\n"
    "Sorry, only the bot's admins can do that."
)
MORE_NOTHING_HTML = "請先提一個問題。Ask a question first, then /more shows further passages."


# ---------------------------------------------------------------- help


def help_html(
    bot_username: str | None,
    examples: Sequence[str],
    *,
    admin: bool = False,
    english: Sequence[str] = (),
) -> str:
    """/start and /help: what the bot does, how to ask in each kind of chat, example questions."""
    me = f"@{bot_username}" if bot_username else "@bot"
    lines = [
        "👋 <b>新聞問答 · News Q&amp;A</b>",
        "問我文件裡的事，我會給出答案、原文段落和出處。",
        "Ask about the documents: I reply with the answer, the passages and where they are.",
    ]
    if examples:
        lines += ["", "<b>例如 · For example</b>"]
        lines += [f"• {esc(q)}" for q in examples]
    lines += [
        "",
        "<b>怎麼問 · How to ask</b>",
        "• 私聊：直接發送問題 · Private chat: just send the question",
        f"• 群組：/ask 問題、{esc(me)} 問題，或回覆我的訊息 · "
        f"Groups: /ask question, {esc(me)} question, or reply to me",
        f"• 任何聊天：輸入 {esc(me)} 問題 · Any chat: type {esc(me)} question (inline)",
        "• /more — 更多段落 · more passages of the last answer",
        "",
        "<b>English</b>",
        "• 也可以用英文提問 · You can ask wholly in English: English words are looked up in the "
        "CC-CEDICT dictionary, and the reply shows which words matched which Chinese terms "
        "(e.g. <i>party members → 黨員</i>).",
    ]
    lines += [f"• {esc(q)}" for q in english]
    if admin:
        lines += [
            "",
            "<b>管理 · Admins</b>",
            "• /reload — 重新載入文件 · reload the corpus folder",
            "• /stats — 統計 · statistics",
            "• /docs — 文件列表 · list the documents",
            "• /remove NAME — 刪除文件 · remove a document",
            "• 發送 .txt 或 .md 文件即可加入 · send a .txt or .md file to add it",
        ]
    return fit_html("\n".join(lines))


def ask_usage_html(bot_username: str | None) -> str:
    """What to do when /ask or a mention came without a question."""
    me = f"@{bot_username}" if bot_username else "@bot"
    return (
        f"用法：/ask 你的問題，或 {esc(me)} 你的問題\n"
        f"Usage: /ask your question, or {esc(me)} your question"
    )


def unknown_command_html(command: str) -> str:
    """A pointer to /help for a command the bot does not know."""
    return (
        f"不認識的指令 <code>{esc(command[:64])}</code>。請看 /help\n"
        f"Unknown command — see /help"
    )


def refusal_html(reason: str) -> str:
    """A refusal with its reason (a QABotError message), e.g. an upload that was not stored."""
    return fit_html(f"❌ {esc(reason)}")


# ---------------------------------------------------------------- answers


def more_label(remaining: int) -> str:
    return MORE_LABEL.format(count=remaining)


def more_data(key: str, offset: int) -> str:
    """Callback data of the button that shows passages from ``offset`` of answer ``key``."""
    return _checked(f"more:{key}:{offset}")


def confirm_data(key: str) -> str:
    return _checked(f"ok:{key}")


def cancel_data(key: str) -> str:
    return _checked(f"no:{key}")


@dataclass(frozen=True)
class CallbackAction:
    """Parsed callback data."""

    kind: str  # "more", "ok" or "no"
    key: str
    offset: int = 0


def parse_callback(data: str | None) -> CallbackAction | None:
    """The action of a button press, or None for data this bot never sent."""
    if not data:
        return None
    kind, _, rest = data.partition(":")
    if kind == "more":
        key, _, offset = rest.partition(":")
        if _KEY_RE.fullmatch(key) and offset.isdigit() and len(offset) <= 4:
            return CallbackAction("more", key, int(offset))
        return None
    if kind in ("ok", "no") and _KEY_RE.fullmatch(rest):
        return CallbackAction(kind, rest)
    return None


def _checked(data: str) -> str:
    if not 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data must be 1-{MAX_CALLBACK_BYTES} bytes: {data!r}")
    return data


def inline_title(answer: Answer, position: int) -> str:
    """Title of inline result ``position``: the direct answer (first result) and the source;
    passages that are only possibly related say so first."""
    result = answer.results[position]
    where = f"{position + 1}. 《{result.passage.title}》 ¶{result.passage.paragraph}"
    if position == 0 and answer.text:
        where = f"💡 {answer.text} — {where}"
    if answer.hedged:
        where = f"🤔 {INLINE_HEDGE} · {where}"
    return shorten(where, INLINE_TITLE_CHARS)


def inline_description(answer: Answer, position: int) -> str:
    """The start of passage ``position``, under an inline result's title (after a "possibly
    related" note when the engine is not sure)."""
    text = answer.results[position].text
    if answer.hedged:
        text = f"{INLINE_HEDGE_NOTE}: {text}"
    return shorten(text, INLINE_DESCRIPTION_CHARS)


def inline_message_html(answer: Answer, position: int) -> str:
    """What choosing inline result ``position`` sends: the direct answer and that passage."""
    return format_html(replace(answer, results=(answer.results[position],)), shown=1)


# ---------------------------------------------------------------- admins


def stats_html(
    stats: EngineStats,
    *,
    started_at: float,
    questions: int,
    unanswered: int,
    inline_queries: int,
    now: float | None = None,
) -> str:
    """/stats: uptime, questions and the share without an answer, index size, last reload."""
    now = time.time() if now is None else now
    share = f"{unanswered / questions:.0%}" if questions else "—"
    if stats.last_reload_at is None:
        reload_line = (
            f"從未 · never (index built at start-up in {stats.last_reload_seconds:.1f}s)"
        )
    else:
        reload_line = (
            f"{_when(stats.last_reload_at)} ({_duration(now - stats.last_reload_at)} ago, "
            f"took {stats.last_reload_seconds:.1f}s)"
        )
    lines = [
        "📊 <b>統計 · Statistics</b>",
        f"運行時間 · Uptime: {_duration(now - started_at)}",
        f"問題 · Questions answered: {questions}",
        f"無答案 · Share with no answer: {share} ({unanswered})",
        f"可能相關 · Possibly related only: {stats.hedged}",
        f"其中行內查詢 · of which inline queries: {inline_queries}",
        f"索引 · Index: {stats.documents} documents, {stats.passages} passages",
        f"上次重新載入 · Last reload: {esc(reload_line)}",
    ]
    return "\n".join(lines)


def reload_progress_html(done: int, total: int, elapsed: float, *, queued: bool = False) -> str:
    """The status message while a reload runs (edited every few seconds)."""
    if queued:
        return "⏳ 等待另一次重新載入完成… Waiting for the reload in progress…"
    if total <= 0:
        step = "讀取文件 · reading the documents"
    else:
        step = f"索引 · indexing {done}/{total} passages ({done / total:.0%})"
    return f"⏳ 重新載入中 · Reloading… {step} · {elapsed:.1f}s"


def reload_done_html(report: ReloadReport) -> str:
    return fit_html(f"✅ <b>已重新載入 · Reloaded</b>\n{esc(report.summary())}")


def reload_failed_html(reason: str) -> str:
    return fit_html(
        "⚠️ <b>重新載入失敗 · Reload failed</b> — 舊索引繼續服務 · "
        f"the previous index keeps serving.\n<i>{esc(reason)}</i>"
    )


@dataclass(frozen=True)
class DocumentRow:
    """One line of /docs."""

    name: str
    title: str
    passages: int
    added: float


def docs_html(rows: Sequence[DocumentRow]) -> str:
    """/docs: the documents of the index with title, file name, passages and date added."""
    lines = [f"📚 <b>文件 · Documents</b> ({len(rows)})"]
    for n, row in enumerate(rows[:DOCS_LISTED], start=1):
        lines.append(f"{n}. 《{esc(row.title)}》")
        lines.append(
            f"    <code>{esc(row.name)}</code> · {row.passages} passages · added {_when(row.added)}"
        )
    if len(rows) > DOCS_LISTED:
        lines.append(f"… and {len(rows) - DOCS_LISTED} more")
    lines.append("")
    lines.append("/remove NAME — 刪除 · remove one")
    return fit_html("\n".join(lines))


def remove_usage_html() -> str:
    return "用法 · Usage: /remove NAME (the file name from /docs)"


def replace_confirm_html(name: str, old_title: str | None, new_title: str) -> str:
    old = f"《{esc(old_title)}》" if old_title else ""
    return fit_html(
        f"⚠️ 已有同名文件 <code>{esc(name)}</code> {old}\n"
        f"A document named <code>{esc(name)}</code> already exists. "
        f"Replace it with 《{esc(new_title)}》?"
    )


def remove_confirm_html(name: str, title: str | None) -> str:
    shown = f" 《{esc(title)}》" if title else ""
    return fit_html(f"🗑 刪除 · Remove <code>{esc(name)}</code>{shown}?")


def change_started_html(action: str, name: str) -> str:
    """Status while a document is written or removed and the index rebuilt."""
    verb = {"add": "加入 · Adding", "replace": "替換 · Replacing", "remove": "刪除 · Removing"}
    return f"⏳ {verb[action]} <code>{esc(name)}</code>…"


def change_done_html(
    action: str, name: str, title: str | None, passages: int | None, report: ReloadReport
) -> str:
    """The outcome of an upload, replacement or removal that the new index now serves."""
    if action == "remove":
        head = f"🗑 <b>已刪除 · Removed</b> <code>{esc(name)}</code>"
    else:
        verb = "已加入 · Added" if action == "add" else "已替換 · Replaced"
        head = f"✅ <b>{verb}</b> 《{esc(title or name)}》 (<code>{esc(name)}</code>)"
        if passages is not None:
            head += f" — {passages} passages · 段落"
    return fit_html(f"{head}\n{esc(report.summary())}")


def change_failed_html(action: str, name: str, reason: str) -> str:
    """An upload or removal undone because the index could not be rebuilt."""
    verb = {"add": "upload", "replace": "replacement", "remove": "removal"}[action]
    return fit_html(
        f"⚠️ <b>已撤銷 · Undone</b>: the {verb} of <code>{esc(name)}</code> was rolled back "
        f"because the index could not be rebuilt; the previous documents keep serving.\n"
        f"<i>{esc(reason)}</i>"
    )


def cancelled_html(name: str) -> str:
    return f"已取消 · Cancelled — <code>{esc(name)}</code> is unchanged."


# ---------------------------------------------------------------- helpers


def _when(timestamp: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(timestamp))


def _duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{days}d {hours}h {minutes}m"
    if hours:
        return f"{hours}h {minutes}m"
    if minutes:
        return f"{minutes}m {secs}s"
    return f"{secs}s"
