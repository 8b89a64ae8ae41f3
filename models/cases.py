"""Opening cases and writing the audit log; the rules live here, not in the callers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.audit import record_event
from models.lifecycle import recompute_due
from models.policy import Policy
from models.tables import Case, CaseStatus, Message

REFERENCE_PREFIX = "DSR"


@dataclass(frozen=True)
class CaseFacts:
    """What extraction found in a request, in plain values (models knows no classifier)."""

    name: str | None = None
    address: str | None = None
    other_addresses: tuple[str, ...] = ()
    account_ids: tuple[str, ...] = ()
    agent: bool = False
    minor: bool = False
    time_range_start: date | None = None
    time_range_end: date | None = None
    product: str | None = None
    place: str | None = None

    def ids(self) -> dict[str, Any] | None:
        if not (self.other_addresses or self.account_ids):
            return None
        return {"addresses": list(self.other_addresses), "accounts": list(self.account_ids)}


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
    facts: CaseFacts | None = None,
) -> Case:
    """Open a case for ``message``, due by the policy's rule from its receipt.

    The message must already be flushed (it needs an id for the audit event). ``facts`` are
    what extraction found; without them the sender of the message is the requester.
    """
    facts = facts or CaseFacts(name=message.from_name, address=message.from_address)
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
        requester_name=facts.name,
        requester_address=facts.address,
        requester_ids=facts.ids(),
        agent=facts.agent,
        minor=facts.minor,
        time_range_start=facts.time_range_start,
        time_range_end=facts.time_range_end,
        product=facts.product,
        place=facts.place,
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
