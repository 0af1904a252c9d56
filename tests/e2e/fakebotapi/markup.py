"""Telegram's text rules: UTF-16 lengths, its HTML dialect (:func:`parse_html`) and the
trimming of sent texts."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .records import JSONDict


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units (the unit of Telegram entity offsets)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class HTMLParseError(ValueError):
    """``text`` is not valid in Telegram's HTML dialect; ``str(exc)`` is Telegram's reason."""


@dataclass
class _OpenTag:
    name: str
    offset: int  # UTF-16 offset of the first character inside the tag
    byte_offset: int
    argument: str = ""
    expandable: bool = False


_HTML_TAGS = frozenset(
    {
        "a",
        "b",
        "strong",
        "i",
        "em",
        "u",
        "ins",
        "s",
        "strike",
        "del",
        "code",
        "pre",
        "blockquote",
        "span",
        "tg-spoiler",
        "tg-emoji",
    }
)
_SIMPLE_TAG_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
}
_HTML_SPACE = frozenset(" \t\r\n\v\f")
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
TRIM_CHARS = " \t\r\n\v\f"
_LINK_USER_RE = re.compile(r"tg://user\?id=(\d+)$", re.IGNORECASE)
_URL_SCHEME_RE = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://\S+$")
_BARE_DOMAIN_RE = re.compile(r"^[\w-]+(\.[\w-]+)+(/\S*)?$")


def _decode_html_entity(text: str, pos: int) -> tuple[str, int] | None:
    """Decode the character reference at ``text[pos] == '&'`` the way Telegram does.

    Returns the decoded character and the index after the reference, or ``None`` when the
    ``&`` does not start a reference Telegram understands (it would then be kept literally).
    Named: ``lt gt amp quot``; numeric: ``&#NNN;`` and ``&#xHHH;`` (non-zero, below
    U+10FFFF).  Like Telegram, the closing ``;`` is optional.
    """
    n = len(text)
    end = pos + 1
    if end < n and text[end] == "#":
        end += 1
        digits = "0123456789"
        base = 10
        if end < n and text[end] == "x":
            end += 1
            digits = "0123456789abcdefABCDEF"
            base = 16
        start = end
        while end < n and text[end] in digits:
            end += 1
        if end == start or end - pos >= 10:
            return None
        code = int(text[start:end], base)
        if code == 0 or code >= 0x10FFFF:
            return None
        char = chr(code)
    else:
        while end < n and text[end].isascii() and text[end].isalpha():
            end += 1
        decoded = _NAMED_ENTITIES.get(text[pos + 1 : end])
        if decoded is None:
            return None
        char = decoded
    if end < n and text[end] == ";":
        end += 1
    return char, end


def _normalise_link(url: str) -> str | None:
    """Telegram's acceptance of an ``<a href>``: a URL with a scheme or a bare domain."""
    url = url.strip()
    if _URL_SCHEME_RE.match(url):
        return url
    if _BARE_DOMAIN_RE.match(url):
        return "http://" + url
    return None


def parse_html(source: str, *, strict_ampersand: bool = True) -> tuple[str, list[JSONDict]]:
    """Parse ``source`` with Telegram's HTML rules; return ``(text, entities)``.

    Follows the algorithm of TDLib's ``parse_html`` (which the Bot API server uses):

    * Allowed tags: ``b strong i em u ins s strike del a code pre blockquote span
      tg-spoiler tg-emoji`` (case-insensitive).  ``span`` needs ``class="tg-spoiler"``,
      ``tg-emoji`` needs ``emoji-id``, ``blockquote`` may carry ``expandable``,
      ``<pre><code class="language-x">`` gives a ``pre`` entity with ``language``.
      Anything else, including ``<br>`` and a ``<`` followed by a space, is an error.
    * Tags must nest properly; ``</>`` closes the innermost open tag.
    * Character references ``&lt; &gt; &amp; &quot; &#NN; &#xHH;`` are decoded.  Telegram
      keeps any other ``&`` literally; with ``strict_ampersand`` (the default) it is an
      error instead, because it shows that the text was not HTML-escaped.
    * An ``<a>`` whose ``href`` is not a URL produces no entity (as on Telegram);
      ``tg://user?id=N`` produces a ``text_mention``.  Empty entities are dropped.

    Entity offsets/lengths are in UTF-16 code units.  Raises :class:`HTMLParseError` with
    Telegram's wording (byte offsets are UTF-8 offsets into ``source``).
    """
    out: list[str] = []
    u16 = 0
    stack: list[_OpenTag] = []
    entities: list[JSONDict] = []
    n = len(source)
    i = 0

    def byte_offset(pos: int) -> int:
        return len(source[:pos].encode("utf-8", "surrogatepass"))

    while i < n:
        char = source[i]
        if char == "&":
            decoded = _decode_html_entity(source, i)
            if decoded is not None:
                out.append(decoded[0])
                u16 += utf16_len(decoded[0])
                i = decoded[1]
                continue
            if strict_ampersand:
                raise HTMLParseError(
                    f"Character '&' at byte offset {byte_offset(i)} does not start an HTML "
                    "entity; escape it as &amp; (strict_ampersand of the fake Bot API)"
                )
        if char != "<":
            out.append(char)
            u16 += utf16_len(char)
            i += 1
            continue

        begin = i
        if i + 1 < n and source[i + 1] == "/":
            # ---- end tag
            if not stack:
                raise HTMLParseError(f"Unexpected end tag at byte offset {byte_offset(begin)}")
            j = i + 2
            while j < n and source[j] not in _HTML_SPACE and source[j] != ">":
                j += 1
            end_name = source[i + 2 : j].lower()
            while j < n and source[j] in _HTML_SPACE:
                j += 1
            if j >= n or source[j] != ">":
                raise HTMLParseError(f"Unclosed end tag at byte offset {byte_offset(begin)}")
            top = stack.pop()
            if end_name and end_name != top.name:
                raise HTMLParseError(
                    f'Unmatched end tag at byte offset {byte_offset(begin)}, expected '
                    f'"</{top.name}>", found "</{end_name}>"'
                )
            if u16 > top.offset:
                _close_entity(top, u16, "".join(out), entities)
            i = j + 1
            continue

        # ---- start tag
        j = i + 1
        while j < n and source[j] not in _HTML_SPACE and source[j] != ">":
            j += 1
        if j >= n:
            raise HTMLParseError(f"Unclosed start tag at byte offset {byte_offset(begin)}")
        name = source[i + 1 : j].lower()
        if name not in _HTML_TAGS:
            raise HTMLParseError(
                f'Unsupported start tag "{name}" at byte offset {byte_offset(begin)}'
            )
        tag = _OpenTag(name=name, offset=u16, byte_offset=byte_offset(begin))
        spoiler_class = False
        emoji_id = ""
        while j < n and source[j] != ">":
            while j < n and source[j] in _HTML_SPACE:
                j += 1
            if j < n and source[j] == ">":
                break
            attr_begin = j
            while j < n and source[j] not in _HTML_SPACE and source[j] not in "=>":
                j += 1
            attr_name = source[attr_begin:j].lower()
            if not attr_name:
                raise HTMLParseError(
                    f'Empty attribute name in the tag "{name}" at byte offset {tag.byte_offset}'
                )
            while j < n and source[j] in _HTML_SPACE:
                j += 1
            if j >= n:
                raise HTMLParseError(f"Unclosed start tag at byte offset {tag.byte_offset}")
            if source[j] != "=":
                if name == "blockquote" and attr_name == "expandable":
                    tag.expandable = True
                    continue
                raise HTMLParseError(
                    'Expected equal sign in declaration of an attribute of the tag '
                    f'"{name}" at byte offset {tag.byte_offset}'
                )
            j += 1
            while j < n and source[j] in _HTML_SPACE:
                j += 1
            if j >= n:
                raise HTMLParseError(f"Unclosed start tag at byte offset {tag.byte_offset}")
            if source[j] not in "'\"":
                token_begin = j
                while j < n and (source[j].isascii() and source[j].isalnum() or source[j] in ".-"):
                    j += 1
                value = source[token_begin:j].lower()
                if j >= n or (source[j] not in _HTML_SPACE and source[j] != ">"):
                    raise HTMLParseError(
                        f"Unexpected end of name token at byte offset {byte_offset(token_begin)}"
                    )
            else:
                quote = source[j]
                j += 1
                parts: list[str] = []
                while j < n and source[j] != quote:
                    if source[j] == "&":
                        decoded = _decode_html_entity(source, j)
                        if decoded is not None:
                            parts.append(decoded[0])
                            j = decoded[1]
                            continue
                    parts.append(source[j])
                    j += 1
                if j >= n:
                    raise HTMLParseError(f"Unclosed start tag at byte offset {tag.byte_offset}")
                j += 1
                value = "".join(parts)
            if name == "a" and attr_name == "href":
                tag.argument = value
            elif name == "code" and attr_name == "class" and value.startswith("language-"):
                tag.argument = value[len("language-") :]
            elif name == "span" and attr_name == "class" and value == "tg-spoiler":
                spoiler_class = True
            elif name == "tg-emoji" and attr_name == "emoji-id":
                emoji_id = value
            elif name == "blockquote" and attr_name == "expandable":
                tag.expandable = True
        if j >= n:
            raise HTMLParseError(f"Unclosed start tag at byte offset {tag.byte_offset}")
        if name == "span" and not spoiler_class:
            raise HTMLParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {tag.byte_offset}'
            )
        if name == "tg-emoji":
            if not emoji_id.isdigit():
                raise HTMLParseError(
                    f'Tag "tg-emoji" must have a valid attribute "emoji-id" at byte offset '
                    f"{tag.byte_offset}"
                )
            tag.argument = emoji_id
        stack.append(tag)
        i = j + 1

    if stack:
        raise HTMLParseError(
            f"Can't find end tag corresponding to start tag \"{stack[-1].name}\""
        )
    text = "".join(out)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise HTMLParseError(
            "Text contains invalid Unicode characters after decoding HTML entities, check for "
            "unmatched surrogate code units"
        ) from exc
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return text, entities


def _close_entity(tag: _OpenTag, end: int, text_so_far: str, entities: list[JSONDict]) -> None:
    """Turn a closed tag spanning UTF-16 ``[tag.offset, end)`` into an entity (or none)."""
    offset, length = tag.offset, end - tag.offset
    last = entities[-1] if entities else None
    same_span = last is not None and last["offset"] == offset and last["length"] == length
    if tag.name in _SIMPLE_TAG_ENTITY:
        entities.append({"type": _SIMPLE_TAG_ENTITY[tag.name], "offset": offset, "length": length})
    elif tag.name == "a":
        url = tag.argument
        if not url:
            # Like Telegram: <a> without href links to its own text.
            url = utf16_slice(text_so_far, offset, length)
        user = _LINK_USER_RE.match(url.strip())
        if user:
            entities.append(
                {
                    "type": "text_mention",
                    "offset": offset,
                    "length": length,
                    "user": {"id": int(user.group(1)), "is_bot": False, "first_name": ""},
                }
            )
        else:
            normalised = _normalise_link(url)
            if normalised is not None:
                entities.append(
                    {"type": "text_link", "offset": offset, "length": length, "url": normalised}
                )
    elif tag.name == "code":
        if same_span and last is not None and last["type"] == "pre" and tag.argument:
            last["language"] = tag.argument
        else:
            entity: JSONDict = {"type": "code", "offset": offset, "length": length}
            if tag.argument:
                entity["language"] = tag.argument  # removed later unless merged into a pre
            entities.append(entity)
    elif tag.name == "pre":
        if same_span and last is not None and last["type"] == "code" and last.get("language"):
            last["type"] = "pre"
        else:
            entities.append({"type": "pre", "offset": offset, "length": length})
    elif tag.name == "blockquote":
        kind = "expandable_blockquote" if tag.expandable else "blockquote"
        entities.append({"type": kind, "offset": offset, "length": length})
    elif tag.name == "tg-emoji":
        entities.append(
            {
                "type": "custom_emoji",
                "offset": offset,
                "length": length,
                "custom_emoji_id": tag.argument,
            }
        )


def utf16_slice(text: str, offset: int, length: int) -> str:
    data = text.encode("utf-16-le", "surrogatepass")
    return data[2 * offset : 2 * (offset + length)].decode("utf-16-le", "surrogatepass")


def trim_text(text: str, entities: list[JSONDict]) -> tuple[str, list[JSONDict]]:
    """Strip leading/trailing whitespace like Telegram and shift/clip entities to match."""
    stripped = text.strip(TRIM_CHARS)
    if stripped == text:
        return text, entities
    lead = utf16_len(text[: len(text) - len(text.lstrip(TRIM_CHARS))])
    total = utf16_len(stripped)
    kept: list[JSONDict] = []
    for entity in entities:
        start = max(entity["offset"] - lead, 0)
        end = min(entity["offset"] + entity["length"] - lead, total)
        if end > start:
            kept.append({**entity, "offset": start, "length": end - start})
    return stripped, kept
