"""Scale-out on PostgreSQL: several ``dsr run`` processes, two mailboxes, a holder SIGKILLed.

Each mailbox must be worked by exactly one process at a time (its lease). When the holder of a
mailbox is killed mid-backlog, another process takes the mailbox over within the lease time,
and in the end every message of both mailboxes is stored exactly once, with at most one case.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from classifier.predict import Thresholds
from models.audit import verify_chain
from models.db import make_engine, session_factory, transaction
from models.tables import Case, Decision, Mailbox, Message
from service.model_cache import load_classifier
from tests.conftest import REPO, _drop_postgres_database, _new_postgres_database
from tests.dovecot import PASSWORD, Dovecot, dovecot_fixture  # noqa: F401
from tests.mailgen import make_messages

LEASE_SECONDS = 6
BACKLOG = 150
LATER = 20

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


@pytest.fixture
def pg_url(postgres_admin_url: str, postgres_template: str) -> Iterator[str]:
    url = _new_postgres_database(postgres_admin_url, postgres_template)
    yield url
    _drop_postgres_database(postgres_admin_url, url)


@pytest.fixture(scope="module")
def trained_model() -> None:
    """Train (or load) the model in the suite's cache once, before the processes start."""
    load_classifier(Thresholds())


def _config(path: Path, dovecot: Dovecot, users: dict[str, str]) -> None:
    tables = "".join(
        f'[[mailbox]]\nname = "{name}"\nhost = "{dovecot.host}"\nport = {dovecot.imap_port}\n'
        f'security = "plain"\nusername = "{user}"\npoll_seconds = 1.0\nbatch_size = 20\n\n'
        for name, user in users.items()
    )
    path.write_text(tables + f"[daemon]\nlease_seconds = {LEASE_SECONDS}\n", encoding="utf-8")
    path.chmod(0o600)


def _wait(
    predicate: Callable[[], bool], timeout: float, what: str, logs: Callable[[], str]
) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if predicate():
            return time.monotonic() - started
        time.sleep(0.2)
    raise AssertionError(f"{what}: not within {timeout} s\n{logs()}")


def _stored(engine: Engine, name: str) -> int:
    with engine.connect() as conn:
        return int(
            conn.scalar(
                select(func.count())
                .select_from(Message)
                .join(Mailbox, Message.mailbox_id == Mailbox.id)
                .where(Mailbox.name == name)
            )
            or 0
        )


def _holders(engine: Engine) -> dict[str, str | None]:
    with engine.connect() as conn:
        rows = conn.execute(select(Mailbox.name, Mailbox.lease_holder))
        return {name: holder for name, holder in rows}


def _lease_expiry(engine: Engine, mailbox: str) -> datetime:
    with engine.connect() as conn:
        expires = conn.execute(
            select(Mailbox.lease_expires_at).where(Mailbox.name == mailbox)
        ).scalar_one()
    assert expires is not None
    return expires


def _pid(holder: str | None) -> int:
    assert holder is not None
    return int(holder.split(":")[1])


@pytest.mark.usefixtures("trained_model")
@pytest.mark.parametrize("processes", [2, 3])
def test_processes_share_mailboxes_and_take_over_from_a_killed_holder(
    dovecot: Dovecot, pg_url: str, tmp_path: Path, processes: int
) -> None:
    users = {"info": dovecot.add_user("info"), "privacy": dovecot.add_user("privacy")}
    batches = {
        name: make_messages(BACKLOG + LATER, seed=n, start=n * 1000, min_size=800, max_size=3000)
        for n, name in enumerate(users)
    }
    for name, user in users.items():
        with dovecot.client(user) as client:
            client.multiappend("INBOX", batches[name][:BACKLOG])
    config = tmp_path / "dsr.toml"
    _config(config, dovecot, users)
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "DSR_CONFIG": str(config),
        "DSR_DATABASE__URL": pg_url,
        **{f"DSR_MAILBOX_{name.upper()}__PASSWORD": PASSWORD for name in users},
    }
    logs = [tmp_path / f"run-{n}.log" for n in range(processes)]
    running: dict[int, subprocess.Popen[bytes]] = {}
    for log in logs:
        with log.open("wb") as out:
            process = subprocess.Popen(
                [sys.executable, "-c", "from service.cli import main; main()", "run"],
                cwd=tmp_path,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
            )
        running[process.pid] = process
    engine = make_engine(pg_url)

    def tail() -> str:
        return "\n".join(f"--- {log.name}\n{log.read_text()[-2500:]}" for log in logs)

    try:
        # Both mailboxes are being worked, each by one process.
        _wait(lambda: _stored(engine, "info") >= 20, 180, "info is worked", tail)
        holders = _holders(engine)
        assert set(holders) == {"info", "privacy"}
        assert all(_pid(h) in running for h in holders.values()), holders

        # Kill the holder of info mid-backlog; more mail arrives in both mailboxes.
        victim = _pid(holders["info"])
        assert _stored(engine, "info") < BACKLOG, "the kill must land mid-backlog"
        killed_at = time.monotonic()
        running[victim].send_signal(signal.SIGKILL)
        running.pop(victim).wait(timeout=30)
        for name, user in users.items():
            with dovecot.client(user) as client:
                client.multiappend("INBOX", batches[name][BACKLOG:])

        def taken_over() -> bool:
            holder = _holders(engine)["info"]
            return holder is not None and _pid(holder) in running

        _wait(taken_over, 120, "another process takes info over", tail)
        takeover = time.monotonic() - killed_at
        print(f"takeover after SIGKILL: {takeover:.1f} s (lease {LEASE_SECONDS} s)")
        assert takeover < 60, tail()

        if processes == 3:
            # A holder that hangs (SIGSTOP: alive, but no longer renewing) loses its mailbox
            # when its lease runs out; woken up, it finds the lease gone and stands back.
            # The killed process may have held privacy too: wait for a live holder first.
            def live_privacy() -> bool:
                holder = _holders(engine)["privacy"]
                return holder is not None and _pid(holder) in running

            _wait(live_privacy, 120, "privacy is held by a live process", tail)
            stalled = _pid(_holders(engine)["privacy"])
            running[stalled].send_signal(signal.SIGSTOP)
            stopped_at = time.monotonic()
            # The lease it holds now is the last it renewed: nobody may take over before then.
            expires = _lease_expiry(engine, "privacy")

            def moved() -> bool:
                holder = _holders(engine)["privacy"]
                return holder is not None and _pid(holder) not in (stalled, victim)

            _wait(moved, 120, "privacy taken from the stalled holder", tail)
            print(f"takeover from a stalled holder: {time.monotonic() - stopped_at:.1f} s")
            assert datetime.now(UTC) >= expires, "not before its lease expired"
            running[stalled].send_signal(signal.SIGCONT)

        for name in users:
            _wait(
                lambda n=name: _stored(engine, n) == BACKLOG + LATER, 240, f"{name} finished", tail
            )
        for process in running.values():
            process.send_signal(signal.SIGTERM)
        for process in running.values():
            assert process.wait(timeout=60) == 0, tail()
    except BaseException:
        engine.dispose()
        raise
    finally:
        for process in running.values():
            if process.poll() is None:
                process.kill()
                process.wait()

    factory = session_factory(engine)
    with transaction(factory) as session:
        for name in users:
            hashes = session.scalars(
                select(Message.content_sha256).join(Mailbox).where(Mailbox.name == name)
            ).all()
            assert len(hashes) == len(set(hashes)) == BACKLOG + LATER, name
        # At most one case per request: every relevant message has its case, none doubled.
        relevant = session.scalars(
            select(Message.case_id).where(Message.decision == Decision.RELEVANT)
        ).all()
        cases = session.scalars(select(Case.id)).all()
        assert relevant
        assert None not in relevant
        assert sorted(cases) == sorted(set(relevant))
        # Cases record the mailbox they came from: both mailboxes hold requests.
        case_boxes = set(
            session.scalars(select(Mailbox.name).join(Case, Case.mailbox_id == Mailbox.id))
        )
        assert case_boxes == {"info", "privacy"}
        _events, problems = verify_chain(session)
        assert problems == []
        assert all(holder is None for holder in _holders(engine).values()), "leases released"
    engine.dispose()
