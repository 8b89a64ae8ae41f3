"""Opening cases and writing the audit log; the rules live here, not in the callers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.audit import record_event
from models.lifecycle import Policy, recompute_due
from models.tables import Case, CaseStatus, Message

REFERENCE_PREFIX = "DSR"


def format_reference(year: int, seq: int) -> str:
    """``DSR-2026-0001``: the year the request arrived and its number within that year."""
    return f"{REFERENCE_PREFIX}-{year}-{seq:04d}"


def open_case(
    session: Session,
    *,
    message: Message,
    categories: Sequence[str],
    policy: Policy,
    now: datetime,
    actor: str,
    jurisdiction: str | None = None,
) -> Case:
    """Open a case for ``message``, due by the policy's rule from its receipt.

    The message must already be flushed (it needs an id for the audit event).
    """
    received_local = message.received_at.astimezone(policy.zone)
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
        jurisdiction=jurisdiction if jurisdiction in policy.jurisdictions else None,
        paused_days=0,
        identity_verified=False,
        created_at=now,
        updated_at=now,
    )
    recompute_due(case, policy)
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
            "jurisdiction": case.jurisdiction,
            "due_at": case.due_at.isoformat(),
        },
    )
    return case
