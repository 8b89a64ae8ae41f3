"""The case lifecycle on a real database: deadlines, pauses, extension, decisions, audit."""

from __future__ import annotations

import re
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
from models.deadline import DeadlineRule
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


def _case(
    session: Session,
    jurisdiction: str | None = None,
    received: datetime = RECEIVED,
    *,
    sender: str = "ana@example.org",
    policy: Policy = POLICY,
) -> Case:
    box = session.scalar(select(Mailbox)) or Mailbox(
        name="info", kind="files", location="t", created_at=received
    )
    message = Message(
        mailbox=box,
        content_sha256=f"{received.timestamp()}-{jurisdiction}-{sender}",
        raw_size=1,
        received_at=received,
        status=MessageStatus.PROCESSED,
        from_address=sender,
        created_at=received,
        updated_at=received,
    )
    session.add(message)
    session.flush()
    return open_case(
        session,
        message=message,
        categories=["access"],
        policy=policy,
        now=received,
        actor="dsr-intake",
        jurisdiction=jurisdiction,
    )


def _actions(session: Session, case: Case) -> list[str]:
    stmt = select(Event.action).where(Event.case_id == case.id).order_by(Event.seq)
    return list(session.scalars(stmt))


def _last_reason(session: Session, case: Case) -> str | None:
    stmt = select(Event.reason).where(Event.case_id == case.id).order_by(Event.seq.desc())
    return session.scalars(stmt).first()


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


def test_pausing_only_while_waiting_and_only_when_the_setting_is_on(session: Session) -> None:
    case = _case(session)
    with pytest.raises(LifecycleError, match="pauses only while waiting for the requester"):
        lc.pause(session, case, actor=STAFF, now=RECEIVED, policy=POLICY)
    off = Policy(ZONE, pause_while_waiting=False)
    lc.request_info(session, case, "clarification", actor=STAFF, now=RECEIVED, policy=off)
    with pytest.raises(LifecycleError, match="pause_while_waiting is off"):
        lc.pause(session, case, actor=STAFF, now=RECEIVED, policy=off)
    assert case.paused_at is None
    assert _actions(session, case) == ["case_opened", "requested_info"]
    # Asked while the setting was off, paused once it is on: the one pause the CLI offers.
    lc.pause(session, case, actor=STAFF, now=RECEIVED, policy=POLICY)
    assert case.paused_at == RECEIVED
    with pytest.raises(LifecycleError, match="already paused"):
        lc.pause(session, case, actor=STAFF, now=RECEIVED, policy=POLICY)


def test_a_paused_case_is_extended_against_its_deadline_as_it_stands(session: Session) -> None:
    case = _case(session)  # due 28 February
    waiting = datetime(2026, 2, 20, 9, tzinfo=UTC)
    lc.request_info(session, case, "verification", actor=STAFF, now=waiting, policy=POLICY)
    past_due = datetime(2026, 3, 5, 9, tzinfo=UTC)  # paused 13 days: it stands at 13 March
    lc.extend(session, case, "three systems", actor=STAFF, now=past_due, policy=POLICY)
    notified = past_due + timedelta(days=1)
    lc.record_extension_notice(session, case, actor=STAFF, now=notified, policy=POLICY)
    lc.resume(session, case, actor=STAFF, now=datetime(2026, 3, 10, 9, tzinfo=UTC), policy=POLICY)
    assert case.paused_days == 18
    assert _local_day(case.due_at) == date(2026, 4, 4)  # 17 March + 18 days


def test_a_late_extension_names_the_deadline_as_it_stands(session: Session) -> None:
    case = _case(session)  # due 28 February
    overdue = datetime(2026, 3, 5, 9, tzinfo=UTC)
    lc.request_info(session, case, "verification", actor=STAFF, now=overdue, policy=POLICY)
    later = overdue + timedelta(days=5)  # paused 5 days: it stands at 5 March, still passed
    with pytest.raises(LifecycleError, match="the deadline 2026-03-05 has passed"):
        lc.extend(session, case, "x", actor=STAFF, now=later, policy=POLICY)
    assert case.extension_requested_at is None


def test_an_extension_must_end_after_the_current_deadline(session: Session) -> None:
    short = Policy(ZONE, jurisdictions={"SHORT": DeadlineRule(months=1, extended_days=20)})
    case = _case(session, "SHORT", policy=short)
    with pytest.raises(
        LifecycleError, match="would end 2026-02-20, not after the current deadline 2026-02-28"
    ):
        lc.extend(session, case, "x", actor=STAFF, now=RECEIVED, policy=short)
    assert case.extension_requested_at is None
    assert _local_day(case.due_at) == date(2026, 2, 28)


def test_a_jurisdiction_change_never_shortens_a_notified_extension(session: Session) -> None:
    case = _case(session)
    lc.extend(session, case, "x", actor=STAFF, now=RECEIVED, policy=POLICY, notice_sent=True)
    assert _local_day(case.due_at) == date(2026, 3, 17)  # receipt + 45 days
    moved = lc.set_jurisdiction(session, case, "GDPR", actor=STAFF, now=RECEIVED, policy=POLICY)
    assert moved is None
    assert _local_day(case.due_at) == date(2026, 4, 30)  # a longer extension applies
    kept = lc.set_jurisdiction(session, case, "LGPD", actor=STAFF, now=RECEIVED, policy=POLICY)
    assert kept == (
        "kept the extended deadline 2026-04-30 already notified to the requester "
        "(LGPD allows no extension)"
    )
    assert _last_reason(session, case) == kept
    assert _local_day(case.due_at) == date(2026, 4, 30)
    assert case.extended_due_at is not None
    assert _local_day(case.extended_due_at) == date(2026, 4, 30)
    assert _local_day(case.base_due_at) == date(2026, 2, 15)
    lc.set_jurisdiction(session, case, None, actor=STAFF, now=RECEIVED, policy=POLICY)
    assert _local_day(case.due_at) == date(2026, 4, 30)  # 45 days would be 17 March
    lc.set_jurisdiction(session, case, "CCPA", actor=STAFF, now=RECEIVED, policy=POLICY)
    assert _local_day(case.due_at) == date(2026, 5, 1)  # receipt + 90 days


def test_a_later_base_deadline_prevails_over_a_notified_extension(session: Session) -> None:
    policy = Policy(ZONE, jurisdictions={"LONG": DeadlineRule(months=6, extended_days=0)})
    case = _case(session, policy=policy)
    lc.extend(session, case, "x", actor=STAFF, now=RECEIVED, policy=policy, notice_sent=True)
    note = lc.set_jurisdiction(session, case, "LONG", actor=STAFF, now=RECEIVED, policy=policy)
    assert note is None  # nothing is kept: the new rule's own deadline is later
    assert _local_day(case.due_at) == date(2026, 7, 31)
    assert case.extended_due_at is not None  # what the requester was told stays on record
    assert _local_day(case.extended_due_at) == date(2026, 3, 17)


def test_a_pending_extension_follows_the_new_rule(session: Session) -> None:
    case = _case(session, "CCPA")
    lc.extend(session, case, "x", actor=STAFF, now=RECEIVED, policy=POLICY)
    lc.set_jurisdiction(session, case, "LGPD", actor=STAFF, now=RECEIVED, policy=POLICY)
    assert case.extended_due_at is None  # the requester was not told: nothing to keep
    with pytest.raises(LifecycleError, match="LGPD allows no extension"):
        lc.record_extension_notice(session, case, actor=STAFF, now=RECEIVED, policy=POLICY)
    assert case.extension_notice_sent_at is None
    lc.set_jurisdiction(session, case, "GDPR", actor=STAFF, now=RECEIVED, policy=POLICY)
    lc.record_extension_notice(session, case, actor=STAFF, now=RECEIVED, policy=POLICY)
    assert _local_day(case.due_at) == date(2026, 4, 30)


def test_a_blank_actor_or_assignee_is_refused(session: Session) -> None:
    case = _case(session)
    with pytest.raises(LifecycleError, match="name is blank"):
        lc.note(session, case, "x", actor="   ", now=RECEIVED)
    with pytest.raises(LifecycleError, match="name is blank"):
        lc.assign(session, case, "bob", actor=" ", now=RECEIVED)
    with pytest.raises(LifecycleError, match="give the name of the person"):
        lc.assign(session, case, "  ", actor=STAFF, now=RECEIVED)
    assert case.assignee is None
    assert _actions(session, case) == ["case_opened"]


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
    lc.reject(session, case, "No  Data held ", actor=STAFF, now=RECEIVED, policy=POLICY)
    assert case.status is CaseStatus.REJECTED
    assert case.outcome_reason == "no data held"  # as configured, whatever was typed
    assert _last_reason(session, case) == "no data held"


def test_an_unknown_rejection_reason_is_refused_in_one_line(session: Session) -> None:
    with pytest.raises(LifecycleError) as refused:
        lc.reject(session, _case(session), "bored", actor=STAFF, now=RECEIVED, policy=POLICY)
    assert str(refused.value) == (
        "rejection reason must be one of: identity not verified; insufficient information; "
        "manifestly unfounded or excessive; legal obligation to retain; "
        "would harm the rights of others; no data held; other"
    )


def test_closing_as_duplicate_links_the_original(session: Session) -> None:
    first, second = _case(session), _case(session, received=RECEIVED + timedelta(hours=1))
    with pytest.raises(LifecycleError, match="duplicate of itself"):
        lc.close_as_duplicate(session, first, first, actor=STAFF, now=RECEIVED)
    lc.close_as_duplicate(session, second, first, actor=STAFF, now=RECEIVED)
    assert second.status is CaseStatus.CLOSED_DUPLICATE
    assert second.duplicate_of_id == first.id
    assert _last_reason(session, second) == f"duplicate of {first.reference}"


def test_a_duplicate_must_point_at_an_open_case(session: Session) -> None:
    first, second = _case(session), _case(session, received=RECEIVED + timedelta(hours=1))
    lc.close_as_duplicate(session, second, first, actor=STAFF, now=RECEIVED)
    # The other way round would leave both closed and neither answered.
    with pytest.raises(
        LifecycleError,
        match=re.escape(
            f"{second.reference} is closed (closed_duplicate); "
            "a duplicate must point at an open case"
        ),
    ):
        lc.close_as_duplicate(session, first, second, actor=STAFF, now=RECEIVED)
    assert first.status is CaseStatus.NEW
    lc.complete(session, first, actor=STAFF, now=RECEIVED, override_reason="phone")
    third = _case(session, received=RECEIVED + timedelta(hours=2))
    with pytest.raises(LifecycleError, match=r"is closed \(completed\)"):
        lc.close_as_duplicate(session, third, first, actor=STAFF, now=RECEIVED)
    assert third.status is CaseStatus.NEW
    assert _actions(session, third) == ["case_opened"]


def test_a_duplicate_of_another_requester_needs_staff_to_confirm_it(session: Session) -> None:
    first = _case(session)
    same = _case(session, received=RECEIVED + timedelta(hours=1), sender="ANA@Example.org")
    other = _case(session, received=RECEIVED + timedelta(hours=2), sender="bo@example.org")
    with pytest.raises(LifecycleError, match="are not from the same requester address"):
        lc.close_as_duplicate(session, other, first, actor=STAFF, now=RECEIVED)
    assert other.status is CaseStatus.NEW
    lc.close_as_duplicate(session, same, first, actor=STAFF, now=RECEIVED)
    assert same.status is CaseStatus.CLOSED_DUPLICATE
    lc.close_as_duplicate(
        session, other, first, actor=STAFF, now=RECEIVED, different_requester=True
    )
    assert other.duplicate_of_id == first.id
    assert _last_reason(session, other) == (
        f"duplicate of {first.reference} from a different requester (confirmed by staff)"
    )


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
