"""models.views reads what the ORM reads, on SQLite and PostgreSQL, without SQLAlchemy.

`dsr queue` and `dsr show` read through the driver (models.views); everything else through
the ORM. These tests write cases with every field set (and with every field empty) through
the ORM and the lifecycle, then compare field by field what both read back.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zlib
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner
from sqlalchemy import select
from sqlalchemy.orm import Session, object_session, selectinload

import migrations
from models import lifecycle as lc
from models.cases import CaseFacts, open_case
from models.db import make_engine, session_factory, transaction
from models.enums import CaseStatus, Decision, MessageStatus
from models.policy import Policy
from models.tables import Case, Mailbox, Message
from models.views import CaseView, EventView, MessageView, Reader, direct_reader, queue_page
from models.views import case_by_reference as view_of
from service.app import App
from service.cli import cli
from service.clock import FrozenClock
from tests.conftest import REPO

ZONE = ZoneInfo("Europe/Berlin")
POLICY = Policy(ZONE)
T0 = datetime(2026, 11, 2, 9, 30, 15, 123456, tzinfo=UTC)


def _message(session: Session, box: Mailbox | None, n: int, **kw: Any) -> Message:
    message = Message(
        mailbox=box or session.scalar(select(Mailbox)),
        content_sha256=f"{n:064d}",
        raw_size=10,
        received_at=T0 + timedelta(hours=n),
        status=MessageStatus.PROCESSED,
        created_at=T0,
        updated_at=T0,
        **kw,
    )
    session.add(message)
    session.flush()
    return message


def _seed(session: Session) -> None:
    """A full case (every field), a bare one, a closed duplicate and one without a mailbox."""
    box = Mailbox(name="privacy-eu", kind="imap", location="imap://x", created_at=T0)
    session.add(box)
    first = _message(
        session,
        box,
        1,
        subject="Auskunft [red]nach[/red] Art. 15 \x1b]8;;http://x\x07",
        from_name="Zoë Müller",
        from_address="zoe@example.org",
        message_id_header="<a1@example.org>",
        body_text="Bitte senden Sie mir eine Kopie meiner Daten.",
        raw_compressed=zlib.compress(b"Subject: x\r\n\r\nraw one"),
        decision=Decision.RELEVANT,
        score=0.93,
        language="de",
        prediction={
            "score": 0.93,
            "evidence": [{"kind": "phrase", "target": "access", "text": "Kopie", "weight": 1.5}],
        },
    )
    full = open_case(
        session,
        message=first,
        categories=["access", "erasure"],
        policy=POLICY,
        now=first.received_at,
        actor="dsr-intake",
        jurisdiction="CCPA",
        facts=CaseFacts(
            name="Zoë Müller",
            address="zoe@example.org",
            other_addresses=("z@example.net",),
            account_ids=("ACC-1",),
            agent=True,
            minor=True,
            time_range_start=date(2024, 1, 1),
            time_range_end=date(2024, 12, 31),
            product="Acme Thermostat",
            place="California",
        ),
    )
    # A reply without stored text: show decodes the raw message instead.
    reply = _message(
        session,
        box,
        2,
        subject="Re: Auskunft",
        raw_compressed=zlib.compress("Ich bin's, Zoë.".encode()),
        decision=None,
        case_id=full.id,
    )
    assert reply.case_id == full.id
    later = T0 + timedelta(days=3)
    lc.assign(session, full, "maria", actor="bob", now=later)
    lc.request_info(
        session, full, "verification", actor="maria", now=later, policy=POLICY, reason="ID"
    )
    lc.extend(session, full, "complex request", actor="maria", now=later, policy=POLICY)
    lc.note(session, full, "called the requester", actor="maria", now=later)

    bare = open_case(
        session,
        message=_message(session, box, 3),
        categories=[],
        policy=POLICY,
        now=T0,
        actor="dsr-intake",
    )
    duplicate = open_case(
        session,
        message=_message(session, box, 4, from_address="zoe@example.org"),
        categories=["access"],
        policy=POLICY,
        now=T0,
        actor="dsr-intake",
    )
    lc.close_as_duplicate(session, duplicate, full, actor="li", now=later)
    lc.request_info(session, bare, "clarification", actor="li", now=later, policy=POLICY)
    lc.resume(session, bare, actor="li", now=later + timedelta(days=4), policy=POLICY)
    elsewhere = Mailbox(name="import", kind="files", location="/tmp/x", created_at=T0)
    session.add(elsewhere)
    orphan = open_case(
        session,
        message=_message(session, elsewhere, 5, subject="no mailbox"),
        categories=["objection"],
        policy=POLICY,
        now=T0,
        actor="dsr-intake",
    )
    orphan.mailbox = None


def _expected_case(case: Case) -> dict[str, Any]:
    derived = ("mailbox_name", "categories", "duplicate_of", "duplicates")
    names = [f.name for f in fields(CaseView) if f.name not in ("messages", "events")]
    values = {name: getattr(case, name) for name in names if name not in derived}
    values["mailbox_name"] = case.mailbox.name if case.mailbox else None
    values["categories"] = list(case.categories)
    session = object_session(case)
    assert session is not None
    original = session.get(Case, case.duplicate_of_id) if case.duplicate_of_id else None
    values["duplicate_of"] = original.reference if original else None
    values["duplicates"] = tuple(
        session.scalars(
            select(Case.reference).where(Case.duplicate_of_id == case.id).order_by(Case.id)
        )
    )
    return values


def _expected_message(message: Message) -> MessageView:
    has_text = bool(message.body_text)
    return MessageView(
        id=message.id,
        message_id_header=message.message_id_header,
        from_address=message.from_address,
        subject=message.subject,
        received_at=message.received_at,
        decision=message.decision,
        prediction=message.prediction,
        body_text=message.body_text,
        raw_compressed=None if has_text else message.raw_compressed,
    )


def _expected_event(event: Any) -> EventView:
    return EventView(event.at, event.actor, event.action, event.before, event.after, event.reason)


def _compare_all(session: Session, reader: Reader) -> int:
    cases = session.scalars(
        select(Case).options(selectinload(Case.messages), selectinload(Case.events))
    ).all()
    for case in cases:
        view = view_of(reader, case.reference.lower())
        assert view is not None
        got = {f.name: getattr(view, f.name) for f in fields(view)}
        assert {k: v for k, v in got.items() if k not in ("messages", "events")} == (
            _expected_case(case)
        )
        assert list(view.messages) == [_expected_message(m) for m in case.messages]
        assert list(view.events) == [_expected_event(e) for e in case.events]
        for stamp in (view.received_at, view.due_at, *(e.at for e in view.events)):
            assert stamp.tzinfo is UTC
    return len(cases)


def test_views_read_every_field_as_the_orm_does(database_url: str) -> None:
    engine = make_engine(database_url)
    with transaction(session_factory(engine)) as session:
        _seed(session)
    with transaction(session_factory(engine)) as session:
        full = session.scalar(select(Case).where(Case.jurisdiction == "CCPA"))
        assert full is not None
        assert full.extension_requested_at is not None
        with direct_reader(database_url, migrations.HEAD) as reader:
            assert reader is not None, "the test databases are plain URLs the views can open"
            assert _compare_all(session, reader) == 4
            view = view_of(reader, full.reference)
            assert view is not None
            assert (view.agent, view.minor, view.time_range_start) == (True, True, date(2024, 1, 1))
            assert view.requester_ids == {"addresses": ["z@example.net"], "accounts": ["ACC-1"]}
            assert view.status is CaseStatus.AWAITING_REQUESTER
            assert view.messages[0].raw_compressed is None  # it has text: the raw stays put
            assert view.messages[1].raw_compressed is not None
            assert view_of(reader, "DSR-1999-0001") is None
        # The same through SQLAlchemy's own DB-API connection (the fallback path).
        raw = engine.raw_connection()
        try:
            fallback = Reader(
                raw,
                engine.dialect.name,
                engine.dialect.paramstyle,
                engine.dialect.loaded_dbapi.Error,
            )
            assert _compare_all(session, fallback) == 4
        finally:
            raw.close()
    engine.dispose()


def test_the_queue_filters_and_orders_as_staff_expect(database_url: str) -> None:
    engine = make_engine(database_url)
    with transaction(session_factory(engine)) as session:
        _seed(session)
    engine.dispose()
    with direct_reader(database_url, migrations.HEAD) as reader:
        assert reader is not None
        cases, total = queue_page(reader)
        assert total == 3  # the duplicate is closed
        assert [c.due_at for c in cases] == sorted(c.due_at for c in cases)
        assert {c.mailbox_name for c in cases} == {"privacy-eu", None}
        assert [c.reference for c in queue_page(reader, assignee="maria")[0]] == [
            c.reference for c in cases if c.assignee == "maria"
        ]
        assert queue_page(reader, category="erasure")[1] == 1
        assert queue_page(reader, (CaseStatus.CLOSED_DUPLICATE,))[1] == 1
        running = [c for c in cases if c.paused_at is None]
        soonest = running[0].due_at
        assert queue_page(reader, due_before=soonest, now=T0)[0] == []
        just_after = soonest + timedelta(microseconds=1)
        assert [c.reference for c in queue_page(reader, due_before=just_after, now=T0)[0]] == [
            running[0].reference
        ]
        page, total = queue_page(reader, limit=1, offset=1)
        assert ([c.reference for c in page], total) == ([cases[1].reference], 3)


def test_a_paused_clock_stands_still_in_the_queue(database_url: str) -> None:
    engine = make_engine(database_url)
    with transaction(session_factory(engine)) as session:
        _seed(session)
        waiting = session.scalars(select(Case).where(Case.paused_at.is_not(None))).one()
        reference, paused_at = waiting.reference, waiting.paused_at
        assert paused_at is not None
        assert paused_at < waiting.due_at  # paused before its deadline
    zone, later = ZONE, T0 + timedelta(days=200)  # long past every deadline
    with direct_reader(database_url, migrations.HEAD) as reader:
        assert reader is not None
        overdue = [c.reference for c in queue_page(reader, due_before=later, now=later)[0]]
        assert reference not in overdue
        assert len(overdue) == 2  # the two open cases whose clocks run
        within = queue_page(reader, due_before=later + timedelta(days=400), now=later)[0]
        assert reference in [c.reference for c in within]
    day = T0 + timedelta(days=10)
    shown = [
        json.loads(
            CliRunner()
            .invoke(
                cli,
                ["show", reference, "--json"],
                obj=App(None, clock=FrozenClock(when)),
                env={"DSR_DATABASE__URL": database_url, "DSR_DEADLINES__TIMEZONE": zone.key},
            )
            .stdout
        )
        for when in (day, later)
    ]
    assert shown[0]["days_left"] == shown[1]["days_left"] > 0  # frozen while paused
    assert shown[0]["paused"] is True
    # Paused only after its deadline had passed: overdue it stays, by the same days.
    with transaction(session_factory(engine)) as session:
        waiting = session.scalars(select(Case).where(Case.reference == reference)).one()
        waiting.paused_at = waiting.due_at + timedelta(days=3)
    engine.dispose()
    with direct_reader(database_url, migrations.HEAD) as reader:
        assert reader is not None
        overdue = [c.reference for c in queue_page(reader, due_before=later, now=later)[0]]
        assert reference in overdue


def test_read_commands_open_a_database_not_created_yet_through_sqlalchemy(
    tmp_path: Path,
) -> None:
    # No file: the views cannot open it, so the engine creates and migrates it.
    url = f"sqlite:///{tmp_path / 'new' / 'dsr.sqlite3'}"
    with direct_reader(url, migrations.HEAD) as reader:
        assert reader is None
    assert not (tmp_path / "new").exists()  # the views never create a database
    app = App(None, clock=FrozenClock(T0))
    runner = CliRunner()
    result = runner.invoke(cli, ["queue"], obj=app, env={"DSR_DATABASE__URL": url})
    assert (result.exit_code, result.output) == (0, "No open requests.\n")
    assert (tmp_path / "new" / "dsr.sqlite3").is_file()
    with direct_reader(url, migrations.HEAD) as reader:
        assert reader is not None  # created at the current schema


def test_a_database_at_an_older_schema_is_migrated_before_it_is_read(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'dsr.sqlite3'}"
    engine = make_engine(url)
    migrations.upgrade(engine, "0004")
    engine.dispose()
    with direct_reader(url, migrations.HEAD) as reader:
        assert reader is None  # not the columns the views expect
    result = CliRunner().invoke(
        cli, ["show", "DSR-2026-0001"], obj=App(None), env={"DSR_DATABASE__URL": url}
    )
    assert result.exit_code == 1
    assert "no case 'DSR-2026-0001'" in result.output
    with direct_reader(url, migrations.HEAD) as reader:
        assert reader is not None


def test_a_database_error_while_reading_is_one_line(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'dsr.sqlite3'}"
    engine = make_engine(url)
    migrations.upgrade(engine)
    with transaction(session_factory(engine)) as session:
        _seed(session)
    with engine.begin() as connection:  # a schema someone changed by hand
        connection.exec_driver_sql("ALTER TABLE events RENAME COLUMN reason TO why")
    engine.dispose()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DSR_")}
    env["DSR_DATABASE__URL"] = url
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "show", "DSR-2026-0001"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr == f"Error: database {url}: no such column: reason\n"


@pytest.mark.parametrize("command", [["queue", "--json"], ["show", "DSR-2026-0001", "--json"]])
def test_read_commands_print_the_same_json_with_and_without_sqlalchemy(
    tmp_path: Path, command: list[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'dsr.sqlite3'}"
    engine = make_engine(url)
    migrations.upgrade(engine)
    with transaction(session_factory(engine)) as session:
        _seed(session)
    clock = FrozenClock(T0 + timedelta(days=5))
    env = {"DSR_DATABASE__URL": url, "DSR_DEADLINES__TIMEZONE": "Europe/Berlin"}
    direct = CliRunner().invoke(cli, command, obj=App(None, clock=clock), env=env)
    through_engine = CliRunner().invoke(
        cli, command, obj=App(None, clock=clock, _engine=engine), env=env
    )
    engine.dispose()
    assert direct.exit_code == through_engine.exit_code == 0, direct.output
    assert json.loads(direct.stdout) == json.loads(through_engine.stdout)
    assert "zoe@example.org" in direct.stdout
