"""The append-only, hash-chained audit log.

Every change to a case or message is an :class:`Event`. Each event's hash covers its content
and the previous event's hash, and the :class:`AuditHead` row holds the newest link, so
:func:`verify_chain` finds an event that was edited, deleted or inserted out of order.
Appends take the head row ``FOR UPDATE``, so concurrent writers queue up instead of forking
the chain (SQLite serialises writers on its own).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.tables import AuditHead, Case, Event, Message

GENESIS = "0" * 64
_HEAD_ID = 1


def _canonical(event: Event) -> bytes:
    content = {
        "seq": event.seq,
        "prev": event.prev_hash,
        "at": event.at.isoformat(),
        "actor": event.actor,
        "action": event.action,
        "case_id": event.case_id,
        "message_id": event.message_id,
        "before": event.before,
        "after": event.after,
        "reason": event.reason,
    }
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def event_hash(event: Event) -> str:
    """The SHA-256 that chains ``event`` to the one before it."""
    return hashlib.sha256(_canonical(event)).hexdigest()


def _jsonable(data: dict[str, Any] | None) -> dict[str, Any] | None:
    # Store exactly what will be read back, so the hash computed now verifies later.
    return None if data is None else json.loads(json.dumps(data, default=str))


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
    if case is not None and case.id is None:
        session.flush()
    head = session.scalar(select(AuditHead).where(AuditHead.id == _HEAD_ID).with_for_update())
    if head is None:
        head = AuditHead(id=_HEAD_ID, seq=0, hash=GENESIS)
        session.add(head)
    event = Event(
        seq=head.seq + 1,
        prev_hash=head.hash,
        # Stored and read back in UTC: hash the same form, or verification would fail later.
        at=at.astimezone(UTC),
        actor=actor,
        action=action,
        case_id=case.id if case is not None else None,
        message_id=message.id if message is not None else None,
        before=_jsonable(before),
        after=_jsonable(after),
        reason=reason,
    )
    event.hash = event_hash(event)
    session.add(event)
    head.seq, head.hash = event.seq, event.hash
    session.flush()
    return event


@dataclass(frozen=True)
class ChainProblem:
    """One place where the audit chain does not hold."""

    seq: int
    problem: str


def verify_chain(session: Session) -> tuple[int, list[ChainProblem]]:
    """Check every event against its hash and its predecessor; returns (events, problems)."""
    problems: list[ChainProblem] = []
    expected_prev, expected_seq, count = GENESIS, 1, 0
    for event in session.scalars(select(Event).order_by(Event.seq)).yield_per(1000):
        count += 1
        if event.seq != expected_seq:
            problems.append(
                ChainProblem(expected_seq, f"events {expected_seq}..{event.seq - 1} are missing")
            )
        if event.prev_hash != expected_prev:
            problems.append(ChainProblem(event.seq, "does not follow the event before it"))
        if event_hash(event) != event.hash:
            problems.append(ChainProblem(event.seq, "content does not match its hash (edited)"))
        expected_prev, expected_seq = event.hash, event.seq + 1
    head = session.get(AuditHead, _HEAD_ID)
    head_seq, head_hash = (head.seq, head.hash) if head else (0, GENESIS)
    if head_seq != expected_seq - 1 or head_hash != expected_prev:
        problems.append(
            ChainProblem(head_seq, f"the newest event should be #{head_seq}: events were removed")
        )
    return count, problems
