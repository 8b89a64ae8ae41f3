"""The case lifecycle on a real database: deadlines, pauses, extension, decisions, audit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from models import lifecycle as lc
from models.audit import record_event, verify_chain
from models.cases import open_case
from models.db import session_factory, transaction
from models.lifecycle import LifecycleError
from models.policy import Policy
from models.tables import Case, CaseStatus, Event, Mailbox, Message, MessageStatus

ZONE = ZoneInfo("Europe/Berlin")
POLICY = Policy(ZONE)
RECEIVED = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)
STAFF = "maria"


def _local_day(value: datetime) -> date:
    return value.astimezone(ZONE).date()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with transaction(session_factory(engine)) as s:
        yield s


def _case(session: Session, jurisdiction: str | None = None, received: datetime = RECEIVED) -> Case:
    box = session.scalar(select(Mailbox)) or Mailbox(
        name="info", kind="files", location="t", created_at=received
    )
    message = Message(
        mailbox=box,
        content_sha256=f"{received.timestamp()}-{jurisdiction}",
        raw_size=1,
        received_at=received,
        status=MessageStatus.PROCESSED,
        from_address="ana@example.org",
        created_at=received,
        updated_at=received,
    )
    session.add(message)
    session.flush()
    return open_case(
        session,
        message=message,
        categories=["access"],
        policy=POLICY,
        now=received,
        actor="dsr-intake",
        jurisdiction=jurisdiction,
    )


def test_deadline_follows_the_jurisdiction_table(session: Session) -> None:
    assert _local_day(_case(session).due_at) == date(2026, 2, 28)
    assert _local_day(_case(session, "CCPA").due_at) == date(2026, 3, 17)  # 45 days
    assert _local_day(_case(session, "LGPD").due_at) == date(2026, 2, 15)  # 15 days
    case = _case(session, "GDPR")
    lc.set_jurisdiction(session, case, "LGPD", actor=STAFF, now=RECEIVED, policy=POLICY)
    assert _local_day(case.due_at) == date(2026, 2, 15)
    with pytest.raises(LifecycleError, match="unknown jurisdiction 'XX'"):
        lc.set_jurisdiction(session, case, "XX", actor=STAFF, now=RECEIVED, policy=POLICY)


def test_waiting_for_the_requester_pauses_the_clock_and_adds_the_days(session: Session) -> None:
    case = _case(session)
    asked = RECEIVED + timedelta(days=3)
    lc.request_info(session, case, "verification", actor=STAFF, now=asked, policy=POLICY)
    assert case.status is CaseStatus.AWAITING_REQUESTER
    assert case.paused_at == asked
    lc.resume(session, case, actor="dsr-intake", now=asked + timedelta(days=10), policy=POLICY)
    assert case.status is CaseStatus.IN_PROGRESS
    assert case.paused_days == 10
    assert _local_day(case.due_at) == date(2026, 3, 10)  # 28 Feb + 10 days
    assert case.due_at.astimezone(ZONE).time().hour == 23
    with pytest.raises(LifecycleError, match="neither paused nor waiting"):
        lc.resume(session, case, actor=STAFF, now=asked, policy=POLICY)


def test_no_pause_when_the_policy_says_so(session: Session) -> None:
    case = _case(session)
    policy = Policy(ZONE, pause_while_waiting=False)
    lc.request_info(session, case, "clarification", actor=STAFF, now=RECEIVED, policy=policy)
    assert case.paused_at is None
    assert case.awaiting == "clarification"


def test_verifying_the_identity_ends_the_wait_for_it(session: Session) -> None:
    case = _case(session)
    lc.request_info(session, case, "verification", actor=STAFF, now=RECEIVED, policy=POLICY)
    later = RECEIVED + timedelta(days=2)
    lc.verify_identity(session, case, actor=STAFF, now=later, policy=POLICY, reason="ID card")
    assert case.identity_verified
    assert case.status is CaseStatus.IN_PROGRESS
    assert case.paused_days == 2


def test_one_extension_takes_effect_only_once_notified(session: Session) -> None:
    case = _case(session)
    now = RECEIVED + timedelta(days=20)
    lc.extend(session, case, "complex request", actor=STAFF, now=now, policy=POLICY)
    assert _local_day(case.due_at) == date(2026, 2, 28)
    assert case.extended_due_at is not None
    assert _local_day(case.extended_due_at) == date(2026, 3, 17)  # receipt + 45 days
    lc.record_extension_notice(session, case, actor=STAFF, now=now, policy=POLICY)
    assert _local_day(case.due_at) == date(2026, 3, 17)
    with pytest.raises(LifecycleError, match="already extended once"):
        lc.extend(session, case, "again", actor=STAFF, now=now, policy=POLICY)


def test_an_extension_after_the_deadline_is_refused(session: Session) -> None:
    case = _case(session)
    late = RECEIVED + timedelta(days=40)
    with pytest.raises(LifecycleError, match="has passed"):
        lc.extend(session, case, "too late", actor=STAFF, now=late, policy=POLICY)
    with pytest.raises(LifecycleError, match="needs a reason"):
        lc.extend(session, case, "  ", actor=STAFF, now=RECEIVED, policy=POLICY)
    lgpd = _case(session, "LGPD")
    with pytest.raises(LifecycleError, match="LGPD allows no extension"):
        lc.extend(session, lgpd, "x", actor=STAFF, now=RECEIVED, policy=POLICY)


def test_completing_needs_a_verified_identity_or_a_reason(session: Session) -> None:
    case = _case(session)
    with pytest.raises(LifecycleError, match="identity not verified"):
        lc.complete(session, case, actor=STAFF, now=RECEIVED)
    assert case.status is CaseStatus.NEW
    lc.complete(session, case, actor=STAFF, now=RECEIVED, override_reason="known customer")
    assert case.status is CaseStatus.COMPLETED
    assert case.closed_at == RECEIVED
    with pytest.raises(LifecycleError, match="is completed: cannot"):
        lc.assign(session, case, "bob", actor=STAFF, now=RECEIVED)


def test_rejecting_needs_a_configured_reason(session: Session) -> None:
    case = _case(session)
    with pytest.raises(LifecycleError, match="rejection reason must be one of"):
        lc.reject(session, case, "don't feel like it", actor=STAFF, now=RECEIVED, policy=POLICY)
    lc.reject(session, case, "no data held", actor=STAFF, now=RECEIVED, policy=POLICY)
    assert case.status is CaseStatus.REJECTED
    assert case.outcome_reason == "no data held"


def test_closing_as_duplicate_links_the_original(session: Session) -> None:
    first, second = _case(session), _case(session, received=RECEIVED + timedelta(hours=1))
    with pytest.raises(LifecycleError, match="duplicate of itself"):
        lc.close_as_duplicate(session, first, first, actor=STAFF, now=RECEIVED)
    lc.close_as_duplicate(session, second, first, actor=STAFF, now=RECEIVED)
    assert second.status is CaseStatus.CLOSED_DUPLICATE
    assert second.duplicate_of_id == first.id


def test_every_change_is_an_event_with_before_and_after(session: Session) -> None:
    case = _case(session)
    lc.assign(session, case, "bob", actor=STAFF, now=RECEIVED)
    lc.note(session, case, "called the requester", actor=STAFF, now=RECEIVED)
    events = list(
        session.scalars(select(Event).where(Event.case_id == case.id).order_by(Event.seq))
    )
    assert [e.action for e in events] == ["case_opened", "assigned", "note"]
    assigned = events[1]
    assert assigned.actor == STAFF
    assert assigned.before == {"assignee": None, "status": "new"}
    assert assigned.after == {"assignee": "bob", "status": "in_progress"}
    assert events[2].reason == "called the requester"


def test_the_audit_chain_verifies_and_detects_edits_and_deletions(engine: Engine) -> None:
    factory = session_factory(engine)
    with transaction(factory) as session:
        case = _case(session)
        for i in range(3):
            lc.note(session, case, f"note {i}", actor=STAFF, now=RECEIVED)
    with transaction(factory) as session:
        assert verify_chain(session) == (4, [])
    with engine.begin() as conn:
        conn.execute(text("UPDATE events SET reason = 'rewritten' WHERE seq = 2"))
    with transaction(factory) as session:
        count, problems = verify_chain(session)
        assert count == 4
        assert [(p.seq, p.problem) for p in problems] == [
            (2, "content does not match its hash (edited)")
        ]
    with engine.begin() as conn:
        conn.execute(text("UPDATE events SET reason = 'note 0' WHERE seq = 2"))
        conn.execute(text("DELETE FROM events WHERE seq = 3"))
    with transaction(factory) as session:
        problems = verify_chain(session)[1]
        assert any("events 3..3 are missing" in p.problem for p in problems)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM events WHERE seq = 4"))
    with transaction(factory) as session:
        problems = verify_chain(session)[1]
        assert any("events were removed" in p.problem for p in problems)


def test_a_new_event_continues_the_chain(session: Session) -> None:
    first = record_event(session, at=RECEIVED, actor="a", action="x")
    second = record_event(session, at=RECEIVED.astimezone(ZONE), actor="a", action="y")
    assert second.seq == first.seq + 1
    assert second.prev_hash == first.hash
    assert verify_chain(session)[1] == []
