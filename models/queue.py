"""Queries on the ORM for the commands that change cases, and for ``dsr status`` and ``dsr failed``.

``dsr queue`` and ``dsr show`` read through models.views instead (no ORM to import).
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from models.tables import (
    OPEN_CASE_STATUSES,
    Case,
    Decision,
    Message,
    MessageStatus,
)


def case_by_reference(session: Session, reference: str) -> Case | None:
    """The case with this reference (case-insensitive), with its messages and events."""
    stmt = (
        select(Case)
        .where(Case.reference == reference.strip().upper())
        .options(selectinload(Case.messages), selectinload(Case.events))
    )
    return session.scalar(stmt)


def case_for_update(session: Session, reference: str) -> Case | None:
    """The case with this reference, locked until the transaction ends (PostgreSQL).

    Two staff changing the same case queue up here; the second sees the first's change.
    """
    stmt = select(Case).where(Case.reference == reference.strip().upper()).with_for_update()
    return session.scalar(stmt)


def counts(session: Session) -> dict[str, int]:
    """Totals for ``dsr status``: messages, cases, and messages by decision or failure."""

    def count_messages(*conditions: object) -> int:
        stmt = select(func.count()).select_from(Message).where(*conditions)  # type: ignore[arg-type]
        return session.scalar(stmt) or 0

    return {
        "messages": count_messages(),
        "cases": session.scalar(select(func.count()).select_from(Case)) or 0,
        "open_cases": session.scalar(
            select(func.count()).select_from(Case).where(Case.status.in_(OPEN_CASE_STATUSES))
        )
        or 0,
        "relevant": count_messages(Message.decision == Decision.RELEVANT),
        "irrelevant": count_messages(Message.decision == Decision.IRRELEVANT),
        "needs_triage": count_messages(Message.decision == Decision.NEEDS_TRIAGE),
        # What `dsr triage` walks: judged "needs triage", not yet decided by staff, not a
        # reply that joined a case. The decisions above add up to the messages.
        "triage_waiting": count_messages(
            Message.decision == Decision.NEEDS_TRIAGE,
            Message.staff_relevant.is_(None),
            Message.case_id.is_(None),
        ),
        "failed": count_messages(Message.status == MessageStatus.FAILED),
    }


def failed_messages(session: Session) -> list[Message]:
    """Messages that could not be parsed or classified, oldest first."""
    stmt = (
        select(Message)
        .where(Message.status == MessageStatus.FAILED)
        .order_by(Message.received_at, Message.id)
    )
    return list(session.scalars(stmt))
