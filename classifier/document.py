"""The classifier's view of a message: a :class:`Document` of plain text and a few headers.

Built from raw bytes with mail-parser (the same parser intake uses), so that training,
``dsr classify`` and the live service see a message the same way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

import mailparser
from bs4 import BeautifulSoup

DEFAULT_MAX_CHARS = 200_000
_BLOCK_TAGS = ["p", "div", "li", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"]


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


def html_to_text(html: str) -> str:
    """Visible text of an HTML part, one block per line (scripts and styles dropped)."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "head"]):
        tag.decompose()
    # Block elements end a line; inline ones (b, a, span) must not split a sentence.
    for tag in soup.find_all(_BLOCK_TAGS):
        tag.insert_after("\n")
    for br in soup.find_all("br"):
        br.replace_with("\n")
    lines = (" ".join(line.split()) for line in soup.get_text().splitlines())
    return "\n".join(line for line in lines if line)


def _header_text(value: object) -> str:
    if isinstance(value, list):
        if value and isinstance(value[0], tuple):
            return ", ".join(f"{name} <{addr}>" if name else str(addr) for name, addr in value)
        return str(value[0]) if value else ""
    return str(value)


def document_from_mail(mail: mailparser.MailParser, max_chars: int = DEFAULT_MAX_CHARS) -> Document:
    """A Document from an already parsed message (intake parses once and calls this)."""
    headers = {str(k).lower(): _header_text(v) for k, v in (mail.headers or {}).items()}
    plain = "\n".join(p for p in (mail.text_plain or []) if p)
    if plain.strip():
        body = plain
    else:
        html = "\n".join(p for p in (mail.text_html or []) if p)
        body = html_to_text(html) if html else ""
    sender_name: str | None = None
    sender_address: str | None = None
    if mail.from_:
        name, address = mail.from_[0]
        sender_name = name or None
        sender_address = address.lower() or None
    sent_at = mail.date if isinstance(mail.date, datetime) else None
    if sent_at is not None and sent_at.tzinfo is None:
        # mail-parser converts the Date header to naive UTC.
        sent_at = sent_at.replace(tzinfo=UTC)
    return Document(
        subject=(mail.subject or "").strip(),
        body=body[:max_chars],
        headers=headers,
        sender_name=sender_name,
        sender_address=sender_address,
        sent_at=sent_at,
        content_type=headers.get("content-type", "text/plain").split(";")[0].strip().lower(),
    )


def document_from_bytes(raw: bytes, max_chars: int = DEFAULT_MAX_CHARS) -> Document:
    """Parse ``raw`` with mail-parser and build its Document."""
    return document_from_mail(mailparser.parse_from_bytes(raw), max_chars)


def text_fingerprint(doc: Document) -> str:
    """A short stable hash of what the model reads (for logs and dedupe of training data)."""
    return hashlib.sha256(doc.text.encode("utf-8", "replace")).hexdigest()[:16]
