"""Writing generated messages as RFC 5322 files and their labels as FORMAT.md lines."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any


@dataclass
class Sample:
    """One generated message and its label."""

    subject: str
    body: str
    sender_name: str
    sender_address: str
    sent: datetime
    relevant: bool
    categories: list[str]
    language: str
    source: str
    time_range: tuple[date | None, date | None] | None = None
    html: str | None = None
    html_only: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    to: str = "info@example.com"

    def to_bytes(self, message_id: str) -> bytes:
        """Render as a complete message with Date, From, To, Subject and Message-ID."""
        msg = EmailMessage()
        msg["From"] = (
            f"{self.sender_name} <{self.sender_address}>"
            if self.sender_name
            else self.sender_address
        )
        msg["To"] = self.to
        msg["Subject"] = self.subject
        msg["Date"] = format_datetime(self.sent)
        msg["Message-ID"] = message_id
        for name, value in self.headers.items():
            msg[name] = value
        if self.html_only and self.html is not None:
            msg.set_content(self.html, subtype="html")
        else:
            msg.set_content(self.body)
            if self.html is not None:
                msg.add_alternative(self.html, subtype="html")
                # A fixed boundary keeps rebuilds byte-identical (the default one is random).
                msg.set_boundary("=_dsr_" + hashlib.sha256(message_id.encode()).hexdigest()[:24])
        return msg.as_bytes()

    def label(self, file: str) -> dict[str, Any]:
        tr = None
        if self.time_range is not None:
            start, end = self.time_range
            tr = {
                "start": start.isoformat() if start else None,
                "end": end.isoformat() if end else None,
            }
        return {
            "file": file,
            "relevant": self.relevant,
            "categories": self.categories if self.relevant else [],
            "time_range": tr,
            "language": self.language,
            "source": self.source,
        }


def write_corpus(folder: Path, samples: list[Sample], domain: str) -> None:
    """Write ``folder/labels.jsonl`` and ``folder/messages/NNNN.eml``, replacing what was there.

    Message-IDs are derived from the index so that a rebuild gives the same files.
    """
    messages = folder / "messages"
    messages.mkdir(parents=True, exist_ok=True)
    for old in messages.glob("*.eml"):
        old.unlink()
    lines = []
    for i, sample in enumerate(samples, start=1):
        name = f"messages/{i:04d}.eml"
        raw = sample.to_bytes(f"<{i:04d}.{domain}@corpus.dsr-triage.invalid>")
        (folder / name).write_bytes(raw)
        lines.append(json.dumps(sample.label(name), ensure_ascii=False))
    (folder / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
