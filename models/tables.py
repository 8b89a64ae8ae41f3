"""The tables: mailboxes and their sync state, stored messages, cases and the audit log.

Uniqueness makes intake idempotent: a message is stored once per mailbox by the hash of its
raw bytes, and once per (mailbox, UIDVALIDITY, UID) when it came over IMAP.
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base
from models.enums import OPEN_CASE_STATUSES, CaseStatus, Decision, MessageStatus

__all__ = [
    "OPEN_CASE_STATUSES",
    "AuditHead",
    "Case",
    "CaseStatus",
    "Decision",
    "Event",
    "Mailbox",
    "Message",
    "MessageStatus",
]


def _enum(cls: type[enum.Enum], length: int = 32) -> Enum:
    # Stored as plain strings (no native PostgreSQL enum), so adding a value needs no migration
    # of a type, and SQLite and PostgreSQL hold the same text.
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
    )


class Mailbox(Base):
    """A source of mail and its sync state (the IMAP checkpoint, or the import location)."""

    __tablename__ = "mailboxes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    location: Mapped[str] = mapped_column(Text)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    last_uid: Mapped[int | None] = mapped_column(BigInteger)
    last_sync_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    backlog: Mapped[int | None] = mapped_column(Integer)
    """Messages waiting on the server beyond the checkpoint, as of the last checkpoint."""
    last_error: Mapped[str | None] = mapped_column(Text)
    """Why the last connection or sync failed (cleared by the next good sync)."""
    last_error_at: Mapped[datetime | None]
    lease_holder: Mapped[str | None] = mapped_column(String(200))
    """The ``dsr run`` process working this mailbox (host:pid:nonce) while its lease lasts."""
    lease_expires_at: Mapped[datetime | None]


class Message(Base):
    """One stored message: its raw bytes (zlib), headers, parse result and decision."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("mailbox_id", "content_sha256"),
        UniqueConstraint("mailbox_id", "uidvalidity", "uid"),
        Index("ix_messages_status_decision", "status", "decision"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailboxes.id"), index=True)
    uidvalidity: Mapped[int | None] = mapped_column(BigInteger)
    uid: Mapped[int | None] = mapped_column(BigInteger)
    source_key: Mapped[str | None] = mapped_column(Text)
    content_sha256: Mapped[str] = mapped_column(String(64))
    raw_compressed: Mapped[bytes | None] = mapped_column(LargeBinary)
    raw_size: Mapped[int] = mapped_column(Integer)
    message_id_header: Mapped[str | None] = mapped_column(String(998), index=True)
    message_id_computed: Mapped[bool] = mapped_column(default=False)
    in_reply_to: Mapped[str | None] = mapped_column(String(998))
    subject: Mapped[str | None] = mapped_column(Text)
    from_name: Mapped[str | None] = mapped_column(Text)
    from_address: Mapped[str | None] = mapped_column(String(320), index=True)
    sent_at: Mapped[datetime | None]
    received_at: Mapped[datetime]
    headers: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    body_text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[MessageStatus] = mapped_column(_enum(MessageStatus))
    decision: Mapped[Decision | None] = mapped_column(_enum(Decision))
    score: Mapped[float | None] = mapped_column(Float)
    language: Mapped[str | None] = mapped_column(String(16))
    prediction: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    model_version: Mapped[str | None] = mapped_column(String(100))
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    staff_relevant: Mapped[bool | None]
    """A person's label (triage confirm/dismiss, relabel): the truth the classifier learns."""
    staff_categories: Mapped[list[str] | None] = mapped_column(JSON)
    labelled_by: Mapped[str | None] = mapped_column(String(200))
    labelled_at: Mapped[datetime | None]
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    mailbox: Mapped[Mailbox] = relationship()
    case: Mapped[Case | None] = relationship(back_populates="messages")


class Case(Base):
    """A data subject request being worked, with its reference and deadline."""

    __tablename__ = "cases"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        Index("ix_cases_status_due_at", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    status: Mapped[CaseStatus] = mapped_column(_enum(CaseStatus))
    mailbox_id: Mapped[int | None] = mapped_column(ForeignKey("mailboxes.id"))
    mailbox: Mapped[Mailbox | None] = relationship()
    """Where the request arrived (info@, privacy@, an import)."""
    requester_name: Mapped[str | None] = mapped_column(Text)
    requester_address: Mapped[str | None] = mapped_column(String(320), index=True)
    categories: Mapped[list[str]] = mapped_column(JSON)
    language: Mapped[str | None] = mapped_column(String(16))
    subject: Mapped[str | None] = mapped_column(Text)
    received_at: Mapped[datetime]
    due_at: Mapped[datetime] = mapped_column(index=True)
    """The deadline in force: base or extended, plus the days the clock was paused."""
    base_due_at: Mapped[datetime]
    """The first deadline, from receipt and the jurisdiction's period."""
    jurisdiction: Mapped[str | None] = mapped_column(String(32))
    place: Mapped[str | None] = mapped_column(String(100))
    """Country or state the requester says they live in."""
    time_range_start: Mapped[date | None] = mapped_column(Date)
    """The period of data asked about; either side may be open."""
    time_range_end: Mapped[date | None] = mapped_column(Date)
    product: Mapped[str | None] = mapped_column(String(200))
    requester_ids: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """Other addresses and account ids the requester named."""
    agent: Mapped[bool] = mapped_column(default=False)
    """Someone acts for the data subject (parent, authorised agent)."""
    minor: Mapped[bool] = mapped_column(default=False)
    """The data subject is a child."""
    assignee: Mapped[str | None] = mapped_column(String(200), index=True)
    identity_verified: Mapped[bool] = mapped_column(default=False)
    awaiting: Mapped[str | None] = mapped_column(String(32))
    """What the case waits for while awaiting_requester: verification or clarification."""
    paused_at: Mapped[datetime | None]
    paused_days: Mapped[int] = mapped_column(Integer, default=0)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    extension_requested_at: Mapped[datetime | None]
    extended_due_at: Mapped[datetime | None]
    extension_notice_sent_at: Mapped[datetime | None]
    outcome_reason: Mapped[str | None] = mapped_column(Text)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    closed_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    messages: Mapped[list[Message]] = relationship(
        back_populates="case", order_by=lambda: (Message.received_at, Message.id)
    )
    events: Mapped[list[Event]] = relationship(back_populates="case", order_by="Event.id")


class Event(Base):
    """One entry of the append-only audit log: who did what, when, and why.

    Events are hash-chained: ``hash`` covers the event's content and ``prev_hash``, the hash
    of the event before it (``seq`` - 1), so editing or deleting one breaks the chain.
    """

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), index=True)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case | None] = relationship(back_populates="events")


class AuditHead(Base):
    """The newest link of the audit chain: one row, locked while an event is appended.

    It serialises appends across processes (``SELECT ... FOR UPDATE``) and lets verification
    notice a deleted last event.
    """

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
