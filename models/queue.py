"""Read-only queries behind ``dsr queue``, ``dsr show`` and ``dsr status``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from models.tables import (
    OPEN_CASE_STATUSES,
    Case,
    CaseStatus,
    Decision,
    Message,
    MessageStatus,
)


def queue(
    session: Session,
    statuses: tuple[CaseStatus, ...] = OPEN_CASE_STATUSES,
    *,
    category: str | None = None,
    assignee: str | None = None,
    language: str | None = None,
    due_before: datetime | None = None,
) -> list[Case]:
    """Cases in the given statuses, the most urgent (earliest due) first, filtered."""
    stmt = select(Case).where(Case.status.in_(statuses)).order_by(Case.due_at, Case.reference)
    if assignee is not None:
        stmt = stmt.where(Case.assignee == assignee)
    if language is not None:
        stmt = stmt.where(Case.language == language)
    if due_before is not None:
        stmt = stmt.where(Case.due_at < due_before)
    cases = list(session.scalars(stmt))
    if category is not None:
        # Categories are a JSON list; filtering here keeps the query the same on both backends.
        cases = [c for c in cases if category in c.categories]
    return cases


def case_by_reference(session: Session, reference: str) -> Case | None:
    """The case with this reference (case-insensitive), with its messages and events."""
    stmt = (
        select(Case)
        .where(func.upper(Case.reference) == reference.strip().upper())
        .options(selectinload(Case.messages), selectinload(Case.events))
    )
    return session.scalar(stmt)


def case_for_update(session: Session, reference: str) -> Case | None:
    """The case with this reference, locked until the transaction ends (PostgreSQL).

    Two staff changing the same case queue up here; the second sees the first's change.
    """
    stmt = (
        select(Case)
        .where(func.upper(Case.reference) == reference.strip().upper())
        .with_for_update()
    )
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
