"""The daemon's parts on real databases: mailbox leases, the scheduler's jobs and failures."""

from __future__ import annotations

import logging
import os
import socket
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select

from models.db import session_factory, transaction
from models.leases import Lease, LeaseLostError, mailbox_status, try_acquire
from models.tables import Decision, Mailbox, Message, MessageStatus
from tests.test_mailer import SmtpServer, smtp_server  # noqa: F401  (fixture)
from tests.test_notices import MailDesk

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _mailbox(engine: Engine) -> int:
    with transaction(session_factory(engine)) as session:
        box = Mailbox(name="info", kind="imap", location="imap://x/INBOX", created_at=T0)
        session.add(box)
        session.flush()
        return box.id


class Clock:
    def __init__(self) -> None:
        self.at = T0

    def __call__(self) -> datetime:
        return self.at


def test_one_holder_at_a_time_and_takeover_after_expiry(engine: Engine) -> None:
    box_id, clock = _mailbox(engine), Clock()
    factory = session_factory(engine)
    first = Lease(factory, box_id, "info", 30.0, clock, holder="other-host:1:aa")
    second = Lease(factory, box_id, "info", 30.0, clock, holder="other-host:2:bb")
    assert first.acquire()
    assert not second.acquire()
    assert second.other == "other-host:1:aa"
    clock.at = T0 + timedelta(seconds=29)
    assert not second.acquire(), "a live lease is not taken"
    assert first.acquire(), "the holder renews"
    clock.at = T0 + timedelta(seconds=29 + 31)
    assert second.acquire(), "an expired lease is taken over"
    # The old holder learns it lost the mailbox when it next renews.
    first._renewed = float("-inf")
    with pytest.raises(LeaseLostError, match="lost to other-host:2:bb"):
        first.keep()
    with transaction(factory) as session:
        [status] = mailbox_status(session, clock.at)
    assert status["lease_holder"] == "other-host:2:bb"
    second.release()
    with transaction(factory) as session:
        [status] = mailbox_status(session, clock.at)
        assert status["lease_holder"] is None
        assert try_acquire(session, box_id, "third:3:cc", clock.at, 30.0) is None


def test_a_dead_holder_on_this_host_is_taken_over_at_once(engine: Engine) -> None:
    box_id, clock = _mailbox(engine), Clock()
    factory = session_factory(engine)
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    )
    dead = f"{socket.gethostname()}:{int(gone.stdout)}:dd"
    alive = f"{socket.gethostname()}:{os.getppid()}:ee"  # our parent runs
    with transaction(factory) as session:
        assert try_acquire(session, box_id, alive, clock(), 30.0) is None
    mine = Lease(factory, box_id, "info", 30.0, clock)
    assert not mine.acquire(), "a live process of this host keeps its lease"
    with transaction(factory) as session:
        session.get(Mailbox, box_id).lease_holder = dead  # type: ignore[union-attr]
    assert mine.acquire(), "a holder whose process is gone is replaced without waiting"


def test_racing_processes_never_both_take_the_lease(engine: Engine) -> None:
    box_id = _mailbox(engine)
    factory = session_factory(engine)
    winners: list[str] = []
    barrier = threading.Barrier(8)

    def contend(n: int) -> None:
        lease = Lease(factory, box_id, "info", 30.0, lambda: T0, holder=f"h:{n}:00")
        barrier.wait()
        if lease.acquire():
            winners.append(lease.holder)

    threads = [threading.Thread(target=contend, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(winners) == 1
    with transaction(factory) as session:
        assert session.scalar(select(Mailbox.lease_holder)) == winners[0]


def test_a_failing_job_stops_the_daemon_with_its_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from service.daemon import Daemon, Job

    ran: list[str] = []

    def fine() -> None:
        ran.append("fine")

    def broken() -> None:
        raise RuntimeError("the database went away")

    daemon = Daemon(
        [], [Job("fine", fine, every=3600), Job("broken", broken, every=3600)], ZoneInfo("UTC")
    )
    timer = threading.Timer(30, daemon.stopping.set)  # a hang fails the test, not the suite
    timer.start()
    with caplog.at_level(logging.INFO):
        code = daemon.run()
    timer.cancel()
    assert code == 1
    assert daemon.fatal is not None
    assert daemon.fatal[0] == "broken"
    assert "fine" in ran, "the jobs run once at start"
    # exc_text: the traceback as the secret-redacting filter leaves it, if it saw the record.
    tracebacks = [
        r for r in caplog.records if (r.exc_info or r.exc_text) and "broken" in r.getMessage()
    ]
    assert tracebacks, "the failed job's traceback is logged"
    assert "job broken failed: stopping" in caplog.text


def test_the_first_signal_lets_jobs_in_hand_finish(caplog: pytest.LogCaptureFixture) -> None:
    import signal

    from service.daemon import Daemon, Job

    started, finished = threading.Event(), threading.Event()

    def slow() -> None:
        started.set()
        daemon.stopping.wait(30)
        finished.set()

    daemon = Daemon([], [Job("slow", slow, every=3600)], ZoneInfo("UTC"))
    threading.Thread(
        target=lambda: (started.wait(30), daemon.handle_signal(signal.SIGTERM, None))
    ).start()
    assert daemon.run() == 0
    assert finished.is_set(), "shutdown waited for the job in hand"


def test_processes_starting_together_create_a_mailbox_once(engine: Engine) -> None:
    from intake.pipeline import Pipeline

    factory = session_factory(engine)
    ids: list[int] = []
    barrier = threading.Barrier(6)

    def start() -> None:
        pipeline = Pipeline(
            factory, lambda: None, zone=ZoneInfo("UTC"), now=lambda: T0, max_chars=1000
        )  # type: ignore[arg-type,return-value]
        barrier.wait()
        ids.append(pipeline.mailbox_id("privacy", "imap", "imap://x/INBOX"))

    threads = [threading.Thread(target=start) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(ids) == 6
    assert len(set(ids)) == 1


def test_the_periodic_jobs_queue_and_send_once_however_often_they_run(
    database_url: str,
    smtp_server: SmtpServer,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from service.app import App
    from service.jobs import daemon_jobs, deadline_reminders, retention_purge, weekly_digest

    monkeypatch.chdir(tmp_path)
    desk = MailDesk(database_url, smtp_server)
    for key, value in {**desk.env, "DSR_DIGEST__RECIPIENTS": '["dpo@acme.example"]'}.items():
        monkeypatch.setenv(key, value)
    reference = desk.add()  # received 2 March, due 2 April
    with desk.session() as session:
        box = session.scalar(select(Mailbox))
        spam = Message(
            mailbox=box,
            content_sha256="f" * 64,
            raw_compressed=b"x",
            raw_size=1,
            body_text="Buy now",
            received_at=datetime(2026, 1, 5, tzinfo=UTC),
            status=MessageStatus.PROCESSED,
            decision=Decision.IRRELEVANT,
            created_at=datetime(2026, 1, 5, tzinfo=UTC),
            updated_at=datetime(2026, 1, 5, tzinfo=UTC),
        )
        session.add(spam)
    desk.clock.advance(datetime(2026, 3, 31, 9, 0, tzinfo=UTC) - desk.clock.now())  # a Tuesday
    app = App(None, clock=desk.clock)
    try:
        assert [job.name for job in daemon_jobs(app)] == ["outbox", "digest", "reminders", "purge"]
        assert [job.name for job in daemon_jobs(app, once=True)] == [
            "outbox",
            "digest",
            "reminders",
        ]
        for _ in range(2):  # a restart, or a second process: nothing goes twice
            weekly_digest(app)
            deadline_reminders(app)
            retention_purge(app)
        subjects = sorted(str(r.message["Subject"]) for r in smtp_server.inbox.received)
        assert len(subjects) == 2, subjects
        assert any("2026-W14" in s for s in subjects), subjects
        assert [r.recipients for r in smtp_server.inbox.received] == [["dpo@acme.example"]] * 2
        with desk.session() as session:
            purged = session.get(Message, spam.id)
            assert purged is not None
            assert (purged.raw_compressed, purged.body_text) == (None, None)
        assert desk.case(reference)["status"] == "new"
    finally:
        app.close()
        desk.engine.dispose()
