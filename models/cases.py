"""Opening cases and writing the audit log; the rules live here, not in the callers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.deadline import due_one_month
from models.tables import Case, CaseStatus, Event, Message

REFERENCE_PREFIX = "DSR"


def format_reference(year: int, seq: int) -> str:
    """``DSR-2026-0001``: the year the request arrived and its number within that year."""
    return f"{REFERENCE_PREFIX}-{year}-{seq:04d}"


def record_event(
    session: Session,
    *,
    at: datetime,
    actor: str,
    action: str,
    case: Case | None = None,
    message: Message | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    reason: str | None = None,
) -> Event:
    """Append one event to the audit log (never updated or deleted afterwards)."""
    event = Event(
        at=at,
        actor=actor,
        action=action,
        case=case,
        message_id=message.id if message is not None else None,
        before=before,
        after=after,
        reason=reason,
    )
    session.add(event)
    return event


def open_case(
    session: Session,
    *,
    message: Message,
    categories: Sequence[str],
    zone: ZoneInfo,
    now: datetime,
    actor: str,
) -> Case:
    """Open a case for ``message``, due one calendar month after its receipt.

    The message must already be flushed (it needs an id for the audit event).
    """
    received_local = message.received_at.astimezone(zone)
    year = received_local.year
    last = session.scalar(select(func.max(Case.seq)).where(Case.year == year))
    seq = (last or 0) + 1
    case = Case(
        reference=format_reference(year, seq),
        year=year,
        seq=seq,
        status=CaseStatus.NEW,
        mailbox_id=message.mailbox_id,
        requester_name=message.from_name,
        requester_address=message.from_address,
        categories=list(categories),
        language=message.language,
        subject=message.subject,
        received_at=message.received_at,
        due_at=due_one_month(message.received_at, zone),
        created_at=now,
        updated_at=now,
    )
    session.add(case)
    message.case = case
    session.flush()
    record_event(
        session,
        at=now,
        actor=actor,
        action="case_opened",
        case=case,
        message=message,
        after={
            "reference": case.reference,
            "status": case.status.value,
            "categories": case.categories,
            "due_at": case.due_at.isoformat(),
        },
    )
    return case
