"""Retention: irrelevant mail and long-closed cases lose their text, nothing else does."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select

from models.audit import verify_chain
from models.db import session_factory, transaction
from models.retention import plan_purge, purge
from models.tables import Case, CaseStatus, Decision, Event, Mailbox, Message, MessageStatus

NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)


def _message(
    session: object, box: Mailbox, age_days: int, decision: Decision | None, status: MessageStatus
) -> Message:
    received = NOW - timedelta(days=age_days)
    message = Message(
        mailbox=box,
        content_sha256=f"{age_days}-{decision}-{status}",
        raw_compressed=zlib.compress(b"Subject: x\n\nhello"),
        raw_size=17,
        body_text="hello",
        subject="kept",
        received_at=received,
        status=status,
        decision=decision,
        prediction={"decision": str(decision), "evidence": [{"text": "kept"}]},
        created_at=received,
        updated_at=received,
    )
    session.add(message)  # type: ignore[attr-defined]
    return message


def test_purge_empties_old_irrelevant_and_long_closed_cases_only(engine: Engine) -> None:
    factory = session_factory(engine)
    with transaction(factory) as session:
        box = Mailbox(name="info", kind="files", location="t", created_at=NOW)
        old_irrelevant = _message(session, box, 40, Decision.IRRELEVANT, MessageStatus.PROCESSED)
        new_irrelevant = _message(session, box, 10, Decision.IRRELEVANT, MessageStatus.PROCESSED)
        old_triage = _message(session, box, 400, Decision.NEEDS_TRIAGE, MessageStatus.PROCESSED)
        old_failed = _message(session, box, 400, None, MessageStatus.FAILED)
        closed_long_ago = _message(session, box, 2000, Decision.RELEVANT, MessageStatus.PROCESSED)
        closed_recently = _message(session, box, 300, Decision.RELEVANT, MessageStatus.PROCESSED)
        for message, closed_days in ((closed_long_ago, 1900), (closed_recently, 200)):
            session.flush()
            case = Case(
                reference=f"DSR-2020-{message.id:04d}",
                year=2020,
                seq=message.id,
                status=CaseStatus.COMPLETED,
                categories=["access"],
                received_at=message.received_at,
                due_at=message.received_at,
                base_due_at=message.received_at,
                closed_at=NOW - timedelta(days=closed_days),
                created_at=message.received_at,
                updated_at=message.received_at,
            )
            session.add(case)
            message.case = case
        session.flush()
        ids = {
            "old_irrelevant": old_irrelevant.id,
            "new_irrelevant": new_irrelevant.id,
            "old_triage": old_triage.id,
            "old_failed": old_failed.id,
            "closed_long_ago": closed_long_ago.id,
            "closed_recently": closed_recently.id,
        }
    with transaction(factory) as session:
        plan = plan_purge(session, NOW, irrelevant_days=30, case_years=3)
        assert plan.irrelevant == (ids["old_irrelevant"],)
        assert plan.closed_cases == (ids["closed_long_ago"],)
        assert session.get(Message, ids["old_irrelevant"]).body_text == "hello"  # type: ignore[union-attr]
    with transaction(factory) as session:
        assert purge(session, NOW, irrelevant_days=30, case_years=3).total == 2
    with transaction(factory) as session:
        for name, message_id in ids.items():
            message = session.get(Message, message_id)
            assert message is not None
            purged = name in ("old_irrelevant", "closed_long_ago")
            assert (message.raw_compressed is None) is purged, name
            assert (message.body_text is None) is purged, name
            assert message.subject == "kept"
            assert message.prediction is not None
        event = session.scalars(select(Event).where(Event.action == "purged")).one()
        assert event.after == {
            "irrelevant_messages": [ids["old_irrelevant"]],
            "closed_case_messages": [ids["closed_long_ago"]],
        }
        assert verify_chain(session)[1] == []
        assert purge(session, NOW, irrelevant_days=30, case_years=3).total == 0
