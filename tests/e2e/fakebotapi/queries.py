"""Answers to button presses and inline queries: once per query id, within Telegram's limits."""

from __future__ import annotations

from typing import Any

from .calls import BotAPIError, CallContext, Params
from .limits import MAX_INLINE_RESULTS, MAX_INLINE_RESULT_ID_BYTES, QUERY_TOO_OLD
from .records import CallbackAnswer, InlineAnswer, JSONDict


class QueryMethods:
    """answerCallbackQuery and answerInlineQuery.

    (A part of :class:`~.server.FakeBotAPI`; its state is set up in ``FakeBotAPI.__init__``.)
    """

    async def _m_answer_callback_query(self, params: Params, ctx: CallContext) -> bool:
        query_id = params.get_str("callback_query_id") or ""
        if query_id not in self._open_callback_queries:
            raise BotAPIError(400, QUERY_TOO_OLD)
        text = params.get_str("text")
        if text is not None and len(text) > 200:
            raise BotAPIError(400, "Bad Request: MESSAGE_TOO_LONG")
        self._open_callback_queries.discard(query_id)
        self.callback_answers.append(
            CallbackAnswer(
                callback_query_id=query_id, text=text, show_alert=params.get_bool("show_alert"),
                url=params.get_str("url"), cache_time=params.get_int("cache_time"),
                params=dict(params.values),
            )
        )
        return True

    def _check_inline_results(self, results: Any, ctx: CallContext) -> list[JSONDict]:
        if not isinstance(results, list) or not all(isinstance(r, dict) for r in results):
            raise BotAPIError(400, "Bad Request: can't parse inline query results JSON object")
        if len(results) > MAX_INLINE_RESULTS:
            raise BotAPIError(400, "Bad Request: RESULTS_TOO_MUCH")
        seen: set[str] = set()
        checked: list[JSONDict] = []
        for result in results:
            result_id = result.get("id")
            if (not isinstance(result_id, str)
                    or not 1 <= len(result_id.encode("utf-8")) <= MAX_INLINE_RESULT_ID_BYTES):
                raise BotAPIError(400, "Bad Request: RESULT_ID_INVALID")
            if result_id in seen:
                raise BotAPIError(400, "Bad Request: RESULT_ID_DUPLICATE")
            seen.add(result_id)
            if not isinstance(result.get("type"), str):
                raise BotAPIError(400, "Bad Request: can't parse inline query result: "
                                       "Field \"type\" must be of type String")
            if result["type"] == "article" and (
                    not result.get("title") or "input_message_content" not in result):
                raise BotAPIError(400, "Bad Request: can't parse inline query result: article "
                                       "needs title and input_message_content")
            self._check_reply_markup(result.get("reply_markup"))
            checked_result = dict(result)
            content = result.get("input_message_content")
            if isinstance(content, dict) and "message_text" in content:
                raw = content["message_text"]
                if not isinstance(raw, str) or not raw:
                    raise BotAPIError(400, "Bad Request: MESSAGE_EMPTY")
                text, entities = self._format_text(
                    raw, content.get("parse_mode"), content.get("entities"),
                    method=ctx.method, chat_id=None, limit=self.max_message_length,
                    too_long="Bad Request: MESSAGE_TOO_LONG", empty="Bad Request: MESSAGE_EMPTY",
                )
                checked_result["input_message_content"] = {
                    **content, "message_text": text, "entities": entities,
                }
            checked.append(checked_result)
        return checked

    async def _m_answer_inline_query(self, params: Params, ctx: CallContext) -> bool:
        query_id = params.get_str("inline_query_id") or ""
        if query_id not in self._open_inline_queries:
            raise BotAPIError(400, QUERY_TOO_OLD)
        results = self._check_inline_results(
            params.get_json("results", "inline query results"), ctx
        )
        self._open_inline_queries.discard(query_id)
        button = params.get_json("button", "inline query results button")
        self.inline_answers.append(
            InlineAnswer(
                inline_query_id=query_id, results=results, cache_time=params.get_int("cache_time"),
                is_personal=params.get_bool("is_personal"),
                next_offset=params.get_str("next_offset"),
                button=button if isinstance(button, dict) else None, params=dict(params.values),
            )
        )
        return True
