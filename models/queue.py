"""Read-only queries behind ``dsr queue``, ``dsr show`` and ``dsr status``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, Text, cast, func, select
from sqlalchemy.orm import Session, selectinload

from models.tables import (
    OPEN_CASE_STATUSES,
    Case,
    CaseStatus,
    Decision,
    Message,
    MessageStatus,
)


def _queue_filter(
    statuses: tuple[CaseStatus, ...],
    category: str | None,
    assignee: str | None,
    language: str | None,
    due_before: datetime | None,
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Case.status.in_(statuses)]
    if category is not None:
        # Categories are a JSON list of plain names, stored as text on both backends: match
        # the quoted name in it (LIKE's own wildcards, such as "_", taken literally).
        escaped = category.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(cast(Case.categories, Text).like(f'%"{escaped}"%', escape="\\"))
    if assignee is not None:
        conditions.append(Case.assignee == assignee)
    if language is not None:
        conditions.append(Case.language == language)
    if due_before is not None:
        conditions.append(Case.due_at < due_before)
    return conditions


def queue(
    session: Session,
    statuses: tuple[CaseStatus, ...] = OPEN_CASE_STATUSES,
    *,
    category: str | None = None,
    assignee: str | None = None,
    language: str | None = None,
    due_before: datetime | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[Case]:
    """Cases in the given statuses, the most urgent (earliest due) first, filtered.

    ``limit`` and ``offset`` page through them (all from ``offset`` when ``limit`` is None).
    """
    stmt = (
        select(Case)
        .where(*_queue_filter(statuses, category, assignee, language, due_before))
        .order_by(Case.due_at, Case.reference)
        .offset(offset or None)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def queue_page(
    session: Session,
    statuses: tuple[CaseStatus, ...] = OPEN_CASE_STATUSES,
    *,
    category: str | None = None,
    assignee: str | None = None,
    language: str | None = None,
    due_before: datetime | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> tuple[list[Case], int]:
    """One page of :func:`queue`, and how many cases match in all (counted only if needed)."""
    cases = queue(
        session,
        statuses,
        category=category,
        assignee=assignee,
        language=language,
        due_before=due_before,
        limit=limit,
        offset=offset,
    )
    total = offset + len(cases)
    if (limit is not None and len(cases) == limit) or (offset and not cases):
        conditions = _queue_filter(statuses, category, assignee, language, due_before)
        total = session.scalar(select(func.count()).select_from(Case).where(*conditions)) or 0
    return cases, total


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
