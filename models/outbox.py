"""Outgoing mail: the outbox, the weekly digest's runs, and the per-address daily counters.

Every mail the service sends is first an :class:`OutboxMail` row, written in the same
transaction as the change that caused it, holding the whole rendered message (with its
stable Message-ID). A sender claims a row, sends it, and records the outcome; a unique
``dedupe_key`` (and, for the digest, the unique week of :class:`DigestRun`) keeps a mail that
two schedulers decide on at once from being queued twice.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    func,
    select,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base


class OutboxStatus(enum.StrEnum):
    """Where an outgoing mail stands.

    pending: waits for its (next) attempt; sending: claimed by a sender until ``lease_until``;
    sent: accepted by the SMTP server; failed: refused for good or out of attempts; skipped:
    decided against (loop safety, daily limit) and kept so the decision is not taken again.
    """

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


class MailKind(enum.StrEnum):
    """What a mail is: a notice to a requester, or mail to staff."""

    ACKNOWLEDGEMENT = "acknowledgement"
    VERIFICATION = "verification"
    CLARIFICATION = "clarification"
    EXTENSION = "extension"
    DECISION = "decision"
    DIGEST = "digest"
    REMINDER = "reminder"


def _enum(cls: type[enum.Enum]) -> Enum:
    # Plain strings, as in models.tables: a new value needs no migration of a type.
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
    )


class OutboxMail(Base):
    """One outgoing mail and its delivery state."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_next_attempt_at", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[MailKind] = mapped_column(_enum(MailKind))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    recipients: Mapped[list[str]] = mapped_column(JSON)
    """Envelope recipients (RCPT TO)."""
    sender: Mapped[str] = mapped_column(String(320))
    """Envelope sender (MAIL FROM)."""
    subject: Mapped[str] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    """The Message-ID written into ``raw``: the same on every attempt."""
    raw: Mapped[bytes] = mapped_column(LargeBinary)
    """The rendered message, exactly as it is sent."""
    automatic: Mapped[bool] = mapped_column(default=False)
    """Sent without a person deciding it (RFC 3834 Auto-Submitted)."""
    dedupe_key: Mapped[str | None] = mapped_column(String(200), unique=True)
    """Set for mail that must go at most once (an automatic acknowledgement, a day's reminder)."""
    actor: Mapped[str] = mapped_column(String(200))
    """Who caused it: a staff member, or the service."""
    status: Mapped[OutboxStatus] = mapped_column(_enum(OutboxStatus))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime]
    lease_token: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    updated_at: Mapped[datetime]


class DigestRun(Base):
    """The weekly digest of one ISO week: queued once, whoever got there first."""

    __tablename__ = "digest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    week: Mapped[str] = mapped_column(String(10), unique=True)
    """ISO week, e.g. ``2026-W48``."""
    as_of: Mapped[datetime]
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))
    summary: Mapped[dict[str, int] | None] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime]


class AutoMailCount(Base):
    """How many automatic mails went to one address on one (UTC) day."""

    __tablename__ = "auto_mail_counts"

    address: Mapped[str] = mapped_column(String(320), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


def outbox_status(session: Session) -> dict[str, int]:
    """Outgoing mail waiting (pending or being sent) and failed for good."""
    rows = session.execute(select(OutboxMail.status, func.count()).group_by(OutboxMail.status))
    counts: dict[str, int] = {status: count for status, count in rows}
    return {
        "pending": counts.get(OutboxStatus.PENDING, 0) + counts.get(OutboxStatus.SENDING, 0),
        "failed": counts.get(OutboxStatus.FAILED, 0),
        "sent": counts.get(OutboxStatus.SENT, 0),
    }
