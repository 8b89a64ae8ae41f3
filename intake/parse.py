"""Parsing raw bytes (mail-parser) into what is stored and what the classifier reads."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import mailparser

from classifier.document import Document, document_from_mail
from intake.errors import ParseError

log = logging.getLogger(__name__)

COMPUTED_ID_DOMAIN = "computed.dsr-triage.invalid"


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
    try:
        mail = mailparser.parse_from_bytes(raw)
    except Exception as exc:  # mail-parser raises many types; all mean "cannot parse"
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
