"""Parsing raw bytes (mail-parser) into what is stored and what the classifier reads.

A large message (above ``PRUNE_ABOVE`` bytes, usually a few attachments) is first reduced to
its MIME skeleton: every header, and the bodies of its text parts only (each cut to what
``max_chars`` can use). mail-parser decodes every part and keeps several copies of each; a
30 MB message with attachments cost about 150 MB that way. Attachments are never decoded
since nothing reads them: the stored headers and text are the same, and the raw bytes are
stored untouched by the caller.
"""

from __future__ import annotations

import email
import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from email.message import Message
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import Any

import mailparser

from classifier.document import Document, decode_raw_headers, document_from_mail
from intake.errors import ParseError

log = logging.getLogger(__name__)

COMPUTED_ID_DOMAIN = "computed.dsr-triage.invalid"
# Messages above this size are pruned to headers and text parts before parsing.
PRUNE_ABOVE = 2 * 1024 * 1024
# A text part keeps at most this many encoded bytes per character of max_chars: enough for
# base64 of 4-byte UTF-8 (about 5.4) with room for the HTML a plain-text body falls back on.
_BYTES_PER_CHAR = 24
# MIME nesting deeper than this is cut (stdlib's parser recurses too; keep well below that).
_MAX_DEPTH = 100
_HEADER_END = (b"\r\n\r\n", b"\n\n")


@dataclass(frozen=True)
class ParsedMessage:
    """The stored fields of one message and its Document for the classifier."""

    message_id: str
    message_id_computed: bool
    in_reply_to: str | None
    references: str | None
    subject: str
    from_name: str | None
    from_address: str | None
    sent_at: datetime | None
    headers: dict[str, Any]
    document: Document


def content_hash(raw: bytes) -> str:
    """The SHA-256 of the raw bytes: the same message imported twice has the same hash."""
    return hashlib.sha256(raw).hexdigest()


def _jsonable_headers(headers: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in headers.items():
        if isinstance(value, list):
            out[str(name)] = [list(v) if isinstance(v, tuple) else str(v) for v in value]
        else:
            out[str(name)] = str(value)
    return out


def parse_message(raw: bytes, max_chars: int) -> ParsedMessage:
    """Parse ``raw``; a message with no Message-ID gets one computed from its bytes.

    Raises :class:`ParseError` when mail-parser fails or the bytes hold no message at all.
    """
    if not raw.strip():
        raise ParseError("empty message")
    source = raw if len(raw) <= PRUNE_ABOVE else _pruned(raw, max_chars)
    try:
        # mail-parser's own parse_from_bytes reads the same way (compat32); the message is
        # built here so that its raw 8-bit headers are decoded before mail-parser and the
        # Document read them: both then see the same text.
        message = email.message_from_bytes(source, policy=compat32)
        decode_raw_headers(message)
        mail = mailparser.MailParser(message)
    except Exception as exc:  # the parsers raise many types; all mean "cannot parse"
        raise ParseError(f"mail-parser failed: {type(exc).__name__}: {exc}") from exc
    headers = dict(mail.headers or {})
    if not headers:
        raise ParseError("no headers found: not an RFC 5322 message")
    try:
        document = document_from_mail(mail, max_chars)
    except Exception as exc:  # the body's decoding failed in a way mail-parser did not catch
        raise ParseError(f"cannot extract text: {type(exc).__name__}: {exc}") from exc

    message_id = (mail.message_id or "").strip()
    computed = not message_id
    if computed:
        message_id = f"<{content_hash(raw)[:32]}@{COMPUTED_ID_DOMAIN}>"
    # The Document's header names are lower-cased: "References" and "references" alike.
    in_reply_to = document.headers.get("in-reply-to", "").strip() or None
    references = document.headers.get("references", "").strip() or None
    return ParsedMessage(
        message_id=message_id[:998],
        message_id_computed=computed,
        in_reply_to=in_reply_to[:998] if in_reply_to else None,
        references=references,
        subject=document.subject,
        from_name=document.sender_name,
        from_address=document.sender_address,
        sent_at=document.sent_at,
        headers=_jsonable_headers(headers),
        document=document,
    )


def _pruned(raw: bytes, max_chars: int) -> bytes:
    try:
        return prune(raw, max_chars * _BYTES_PER_CHAR)
    except (ValueError, LookupError, TypeError, RecursionError) as exc:
        # Never worse than before: parse it whole.
        log.warning("cannot prune a %d-byte message (%s); parsing it whole", len(raw), exc)
        return raw


def prune(raw: bytes, text_bytes: int) -> bytes:
    """``raw`` reduced to its headers and text parts, for parsing only (never stored).

    Keeps every header at every level and the MIME structure (multiparts, nested messages);
    the body of a part that is not text, or is an attachment, becomes empty; a text body is
    cut, at a line end, after ``text_bytes``. Large bodies are never copied: slices are taken
    only of what is kept.
    """
    out: list[bytes] = []
    _prune_entity(raw, 0, len(raw), text_bytes, 0, out)
    return b"".join(out)


def header_end(raw: bytes, start: int, end: int) -> tuple[int, int] | None:
    """Where the header block of the entity at ``start`` ends, and where its body starts."""
    if raw.startswith((b"\r\n", b"\n"), start, end):
        return start, start + (2 if raw.startswith(b"\r\n", start, end) else 1)
    found = [
        (at + (2 if sep == b"\r\n\r\n" else 1), at + len(sep))
        for sep in _HEADER_END
        if (at := raw.find(sep, start, end)) >= 0
    ]
    return min(found) if found else None


def _cut(raw: bytes, start: int, end: int, limit: int) -> bytes:
    """``raw[start:end]``, at most ``limit`` bytes of it, ending at a line end if cut."""
    if end - start <= limit:
        return raw[start:end]
    stop = raw.rfind(b"\n", start, start + limit)
    return raw[start : (stop + 1 if stop > start else start + limit)]


def _prune_entity(
    raw: bytes, start: int, end: int, text_bytes: int, depth: int, out: list[bytes]
) -> None:
    bounds = header_end(raw, start, end)
    if bounds is None:
        # No body (or no header block at all): keep what a text part would keep.
        out.append(_cut(raw, start, end, text_bytes))
        return
    head_end, body = bounds
    head = raw[start:head_end]
    headers: Message = BytesHeaderParser(policy=compat32).parsebytes(head)
    # The head keeps its last line break; the blank line after it is the one it had.
    out += [head, raw[head_end:body]]
    maintype = headers.get_content_maintype()
    attachment = str(headers.get("content-disposition") or "").strip().lower()
    if depth >= _MAX_DEPTH:
        return
    if maintype == "multipart":
        _prune_multipart(raw, body, end, headers, text_bytes, depth, out)
    elif headers.get_content_type() == "message/rfc822":
        _prune_entity(raw, body, end, text_bytes, depth + 1, out)
    elif maintype in ("text", "message") and not attachment.startswith("attachment"):
        # message/delivery-status and the like are small blocks of headers read as text.
        out.append(_cut(raw, body, end, text_bytes))


def _prune_multipart(
    raw: bytes,
    start: int,
    end: int,
    headers: Message,
    text_bytes: int,
    depth: int,
    out: list[bytes],
) -> None:
    boundary = headers.get_boundary()
    if not boundary:
        out.append(_cut(raw, start, end, text_bytes))
        return
    # Undecodable bytes of the header come back as they were (surrogateescape).
    delimiter = b"--" + boundary.encode("utf-8", "surrogateescape")
    # Each part runs from the line after one delimiter line to the line end before the next.
    parts: list[tuple[int, int]] = []
    at = _delimiter(raw, delimiter, start, end)
    closed = False
    while at is not None and not closed:
        after = at + len(delimiter)
        closed = raw.startswith(b"--", after, end)
        line_end = raw.find(b"\n", after, end)
        part_start = end if line_end < 0 else line_end + 1
        following = _delimiter(raw, delimiter, part_start, end)
        if not closed:
            part_end = end if following is None else following
            # The line break before a delimiter belongs to the delimiter, as does the last
            # one of the message when the close delimiter is missing (stdlib's reading).
            if following is not None or end == len(raw):
                part_end = _strip_line_break(raw, part_start, part_end)
            parts.append((part_start, part_end))
        at = following
    newline = b"\r\n"
    for part_start, part_end in parts[:200]:
        out += [newline, delimiter, newline]
        _prune_entity(raw, part_start, part_end, text_bytes, depth + 1, out)
    out += [newline, delimiter, b"--", newline]


def _strip_line_break(raw: bytes, start: int, end: int) -> int:
    if raw.startswith(b"\r\n", end - 2, end) and end - 2 >= start:
        return end - 2
    if raw.startswith(b"\n", end - 1, end) and end - 1 >= start:
        return end - 1
    return end


def _delimiter(raw: bytes, delimiter: bytes, start: int, end: int) -> int | None:
    """The offset of the next delimiter line at or after ``start``, if any."""
    at = start
    while at < end:
        found = raw.find(delimiter, at, end)
        if found < 0:
            return None
        line_start = found == start or raw[found - 1 : found] == b"\n"
        after = raw[found + len(delimiter) : found + len(delimiter) + 2]
        if line_start and (after[:1] in (b"", b"\r", b"\n", b" ", b"\t") or after == b"--"):
            return found
        at = found + 1
    return None
