"""Data minimisation: purge the text of mail the service no longer needs.

The raw bytes and text of messages judged irrelevant are purged after a retention period,
keeping their headers, decision and evidence (enough to show why nothing was done). Messages
of cases closed longer ago than the case retention period lose their raw bytes and text too;
the case, its dates, outcome and audit trail stay. Each purge is one audit event listing
what it purged. Failed messages and messages still awaiting a person's look are never purged.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from models.audit import record_event
from models.tables import OPEN_CASE_STATUSES, Case, Decision, Message, MessageStatus

ACTOR = "dsr-retention"


@dataclass(frozen=True)
class PurgePlan:
    """What a purge removes: message ids by reason."""

    irrelevant: tuple[int, ...]
    closed_cases: tuple[int, ...]

    @property
    def total(self) -> int:
        return len(self.irrelevant) + len(self.closed_cases)


def _still_has_content() -> object:
    return or_(Message.raw_compressed.is_not(None), Message.body_text.is_not(None))


def plan_purge(
    session: Session, now: datetime, *, irrelevant_days: int, case_years: int
) -> PurgePlan:
    """The messages a purge at ``now`` would empty, without changing anything."""
    irrelevant = session.scalars(
        select(Message.id)
        .where(Message.status == MessageStatus.PROCESSED)
        .where(Message.decision == Decision.IRRELEVANT)
        .where(Message.case_id.is_(None))
        .where(Message.received_at < now - timedelta(days=irrelevant_days))
        .where(_still_has_content())  # type: ignore[arg-type]
        .order_by(Message.id)
    )
    closed = session.scalars(
        select(Message.id)
        .join(Case, Message.case_id == Case.id)
        .where(Case.status.not_in(OPEN_CASE_STATUSES))
        .where(Case.closed_at < now - relativedelta(years=case_years))
        .where(_still_has_content())  # type: ignore[arg-type]
        .order_by(Message.id)
    )
    return PurgePlan(tuple(irrelevant), tuple(closed))


def purge(session: Session, now: datetime, *, irrelevant_days: int, case_years: int) -> PurgePlan:
    """Empty the messages of :func:`plan_purge` and record one audit event for it."""
    plan = plan_purge(session, now, irrelevant_days=irrelevant_days, case_years=case_years)
    if not plan.total:
        return plan
    for message in session.scalars(
        select(Message).where(Message.id.in_(plan.irrelevant + plan.closed_cases))
    ):
        message.raw_compressed = None
        message.body_text = None
        message.updated_at = now
    record_event(
        session,
        at=now,
        actor=ACTOR,
        action="purged",
        after={
            "irrelevant_messages": list(plan.irrelevant),
            "closed_case_messages": list(plan.closed_cases),
        },
        reason=f"retention: irrelevant after {irrelevant_days} days, "
        f"closed cases after {case_years} years",
    )
    return plan
