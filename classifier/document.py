"""The classifier's view of a message: a :class:`Document` of plain text and a few headers.

Built with the standard library's parser (``compat32``, the cheap one) by one function,
:func:`document_from_message`, whether the bytes come from ``dsr classify`` and training
(:func:`document_from_bytes`) or from intake, which parses with mail-parser and passes its
parsed message (:func:`document_from_mail`): every path sees a message the same way.

Nothing here raises on bad input: an unknown or wrong charset is decoded with replacement
characters, a nested message (a forward as attachment) contributes its text after a forward
marker, and attachments that are not text are skipped.
"""

from __future__ import annotations

import codecs
import contextlib
import email
import email.policy
import html
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import Message
from email.policy import compat32
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

_LATIN_1_FALLBACK = "dsr-latin-1-fallback"


def _latin_1(error: UnicodeError) -> tuple[str, int]:
    """Decoding error handler: bytes that are not UTF-8 are read as latin-1, one by one."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error(_LATIN_1_FALLBACK, _latin_1)

DEFAULT_MAX_CHARS = 200_000
_MAX_PARTS = 200
_BLOCK = re.compile(
    r"<\s*(?:br|/?p|/?div|/?li|/?tr|/?table|/?h[1-6]|/?blockquote)\b[^>]*>", re.IGNORECASE
)
_DROP = re.compile(r"<\s*(script|style|head)\b.*?<\s*/\s*\1\s*>", re.IGNORECASE | re.DOTALL)
# The parser keeps each 8-bit byte of a header as a lone surrogate (surrogateescape).
_SURROGATE = re.compile("[\udc80-\udcff]")
_TAG = re.compile(r"<[^>]*>|<!--.*?-->", re.DOTALL)


@dataclass(frozen=True)
class Document:
    """Subject, body text and the headers the rules look at.

    ``headers`` maps lower-case header names to their (first) value as text.
    """

    subject: str
    body: str
    headers: Mapping[str, str] = field(default_factory=dict)
    sender_name: str | None = None
    sender_address: str | None = None
    sent_at: datetime | None = None
    content_type: str = "text/plain"

    @property
    def text(self) -> str:
        """What the model reads: the subject, then the body."""
        return f"{self.subject}\n\n{self.body}".strip()


def html_to_text(markup: str) -> str:
    """Visible text of an HTML part, one block per line (scripts and styles dropped)."""
    text = _DROP.sub(" ", markup)
    # Block elements end a line; inline ones (b, a, span) must not split a sentence.
    text = _TAG.sub("", _BLOCK.sub("\n", text))
    lines = (" ".join(line.split()) for line in html.unescape(text).splitlines())
    return "\n".join(line for line in lines if line)


def _clean(value: str) -> str:
    """A header or body string with undecodable bytes (surrogate escapes) made readable."""
    if not _SURROGATE.search(value):
        return value
    raw = value.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace")


def _header(value: Any) -> str:
    """A header value decoded from RFC 2047 words, never raising."""
    text = str(value) if value is not None else ""
    with contextlib.suppress(ValueError, LookupError, UnicodeError, TypeError, AssertionError):
        text = str(make_header(decode_header(text)))
    return " ".join(_clean(text).split())


def _decode(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, AssertionError):
        return ""
    if not isinstance(payload, bytes):
        return ""
    charset = (part.get_content_charset() or "utf-8").strip().lower() or "utf-8"
    for candidate in (charset, "utf-8"):
        try:
            return payload.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    # A wrong charset: keep what is readable rather than fail.
    return payload.decode("cp1252" if charset in ("utf-8", "us-ascii") else "utf-8", "replace")


def _texts(message: Message, depth: int = 0) -> Iterator[tuple[str, str]]:
    """(subtype, text) of every text part, nested messages included, in order."""
    if depth > 8:
        return
    count = 0
    for part in message.walk() if message.is_multipart() else [message]:
        count += 1
        if count > _MAX_PARTS:
            return
        ctype = part.get_content_type()
        if ctype == "message/rfc822" and part is not message:
            payload = part.get_payload()
            nested = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(nested, Message):
                sender, subject = _header(nested.get("from")), _header(nested.get("subject"))
                marker = (
                    f"---------- Forwarded message ---------\nFrom: {sender}\nSubject: {subject}"
                )
                yield "plain", marker
            continue
        if part.get_content_maintype() != "text" or part.is_multipart():
            continue
        if (part.get("content-disposition") or "").strip().lower().startswith("attachment"):
            continue
        yield part.get_content_subtype(), _decode(part)


def document_from_message(message: Message, max_chars: int = DEFAULT_MAX_CHARS) -> Document:
    """A Document from a parsed ``email.message.Message``."""
    headers: dict[str, str] = {}
    for name, value in message.items():
        key = str(name).lower()
        if key not in headers:
            headers[key] = _header(value)
    plain: list[str] = []
    markup: list[str] = []
    for subtype, text in _texts(message):
        if subtype == "html":
            markup.append(text)
        else:
            plain.append(text)
    body = "\n".join(p for p in plain if p)
    if not body.strip() and markup:
        body = html_to_text("\n".join(markup)[: 4 * max_chars])
    sender_name: str | None = None
    sender_address: str | None = None
    found = getaddresses([headers.get("from", "")])
    if found:
        name, address = found[0]
        sender_name = name.strip() or None
        sender_address = address.strip().lower() or None
    return Document(
        subject=headers.get("subject", "").strip(),
        body=_clean(body)[:max_chars],
        headers=headers,
        sender_name=sender_name,
        sender_address=sender_address,
        sent_at=mail_date(headers.get("date", "")),
        content_type=message.get_content_type(),
    )


def mail_date(value: str) -> datetime | None:
    """An RFC 5322 date (Date, the end of a Received header) in UTC; None if unreadable.

    "-0000" (zone unknown) parses naive; UTC is the closest reading.
    """
    value = value.strip()
    if not value:
        return None
    try:
        sent = parsedate_to_datetime(value)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    if sent.tzinfo is None:
        return sent.replace(tzinfo=UTC)
    try:
        return sent.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def document_from_mail(mail: Any, max_chars: int = DEFAULT_MAX_CHARS) -> Document:
    """A Document from a message mail-parser has already parsed (intake parses once)."""
    return document_from_message(mail.message, max_chars)


def decode_raw_headers(message: Message) -> None:
    """Headers written in raw UTF-8 (RFC 6532) made text, in every part, in place.

    The stdlib parser and mail-parser read such bytes as unknown and show replacement
    characters (or drop them). Only headers holding 8-bit bytes are rewritten; their order
    and repeats are kept.
    """
    for part in message.walk():
        items = list(part.raw_items())
        if not any(_SURROGATE.search(value) for _, value in items):
            continue
        for name in {name for name, _ in items}:
            del part[name]
        for name, value in items:
            part[name] = _header_text(name, value) if _SURROGATE.search(value) else value


def _header_text(name: str, value: str) -> str:
    """A header value holding 8-bit bytes as text: UTF-8, else latin-1 byte by byte.

    RFC 2047 encoded words beside the raw bytes are decoded too (policy ``default`` reads
    both), so no later reader needs to decode this value again.
    """
    text = value.encode("utf-8", "surrogateescape").decode("utf-8", _LATIN_1_FALLBACK)
    if "=?" not in text:
        return text
    try:
        return str(email.policy.default.header_factory(name, text))
    except Exception:  # the stdlib's header parser has raised many types on odd input
        return text


def document_from_bytes(raw: bytes, max_chars: int = DEFAULT_MAX_CHARS) -> Document:
    """Parse ``raw`` and build its Document."""
    message = email.message_from_bytes(raw, policy=compat32)
    decode_raw_headers(message)
    return document_from_message(message, max_chars)
