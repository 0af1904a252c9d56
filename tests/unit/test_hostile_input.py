"""Property tests: any text a user sends gives a valid reply -- never an exception, never bad HTML.

Arbitrary Unicode (control characters, right-to-left marks, zero-width characters, astral CJK,
full-width forms, long texts, HTML and Markdown fragments) goes through the engine and the
Telegram formatter; the reply must parse under Telegram's HTML rules (the strict parser of the
fake Bot API server), stay within 4096 characters and 100 entities.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.format import TELEGRAM_MAX_CHARS, TELEGRAM_MAX_ENTITIES, format_html, format_no_answer_html
from tests.e2e.fakebotapi import parse_html, utf16_len

FRAGMENTS = st.sampled_from(
    ["<b>", "</a>", "&amp;", "&", "<", ">", "*_[]", "`", "\u200b", "\u202e", "\u200f", "\ufeff",
     "𠀀𪚥", "８８２１", "ＡＢＣ", "\x00", "\x1b[31m", "共富工坊", "多少", "how many", "%", "99.67%",
     "8821家", "\n", "　", "<script>", "&#0;", "&lt;"]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(FRAGMENTS, st.text(max_size=20)), max_size=40).map("".join),
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=4096),
)


def _check_reply(html_text: str) -> None:
    text, entities = parse_html(html_text)
    assert 0 < utf16_len(text) <= TELEGRAM_MAX_CHARS
    assert len(entities) <= TELEGRAM_MAX_ENTITIES


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=TEXTS)
def test_any_text_gets_a_valid_reply(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    for offset in (0, 3):
        _check_reply(format_html(answer, shown=3, offset=offset, examples=["共富工坊有多少家？"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(question=TEXTS)
def test_answers_with_many_passages_stay_within_limits(engine: Engine, question: str) -> None:
    answer = engine.ask("主題教育 黨員 浙江 " + question)
    _check_reply(format_html(answer, shown=10))


@settings(max_examples=100, deadline=None)
@given(question=st.text(max_size=5000), examples=st.lists(st.text(max_size=200), max_size=5))
def test_no_answer_reply_is_valid_for_any_question(question: str, examples: list[str]) -> None:
    _check_reply(format_no_answer_html(question, examples))
