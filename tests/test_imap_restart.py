"""Dovecot restarted under a running ``dsr run``: the daemon reconnects and loses nothing.

The server is this module's own (restarting the suite's shared one would disturb nothing
today, but a test that stops a server should own it): same ports and mail after the restart.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from models.db import session_factory, transaction
from models.tables import Case, Message, MessageStatus
from tests.conftest import REPO, make_mail
from tests.dovecot import PASSWORD, Dovecot, running_dovecot

KEYWORDS = {"$DSR", "$NeedsTriage", "$NotDSR"}


@pytest.fixture(scope="module")
def server() -> Iterator[Dovecot]:
    with running_dovecot() as started:
        yield started


def _request(n: int) -> bytes:
    return make_mail(
        f"Auskunft nach Art. 15 DSGVO ({n})",
        "Sehr geehrte Damen und Herren,\n\nbitte senden Sie mir eine Kopie aller Daten, die Sie "
        "über mich gespeichert haben (Art. 15 DSGVO).\n\nMit freundlichen Grüßen\n"
        f"Person {n}\n",
        sender=f"Person {n} <person{n}@example.de>",
        message_id=f"<restart-{n}@example.de>",
    )


def _wait_for(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.25)
    raise AssertionError(f"{what}: not within {timeout} s")


def _stored(engine: Engine) -> list[Message]:
    with transaction(session_factory(engine)) as session:
        return list(session.scalars(select(Message)))


def _cases(engine: Engine) -> int:
    with transaction(session_factory(engine)) as session:
        return session.scalar(select(func.count()).select_from(Case)) or 0


@pytest.mark.slow
def test_a_dovecot_restart_mid_run_loses_and_doubles_nothing(
    server: Dovecot, database_url: str, engine: Engine, tmp_path: Path
) -> None:
    user = server.add_user()
    env = {
        **os.environ,  # DSR_CACHE_DIR: the suite's model cache
        "PYTHONPATH": str(REPO),
        "DSR_DATABASE__URL": database_url,
        "DSR_MAILBOX__HOST": server.host,
        "DSR_MAILBOX__PORT": str(server.imap_port),
        "DSR_MAILBOX__SECURITY": "plain",
        "DSR_MAILBOX__USERNAME": user,
        "DSR_MAILBOX__PASSWORD": PASSWORD,
        "DSR_MAILBOX__TIMEOUT": "10",
    }
    for n in range(3):
        server.append(user, _request(n))
    log = tmp_path / "run.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", "from service.cli import main; main()", "-v", "run"],
            cwd=tmp_path,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_for(lambda: len(_stored(engine)) == 3, 120, "the first 3 messages stored")
        # The daemon is now waiting in IDLE; take the server away under it for a while.
        server.shut_down()
        _wait_for(lambda: "reconnecting in" in log.read_text(), 60, "the daemon noticed")
        time.sleep(2)  # a failed reconnection or two
        assert process.poll() is None, log.read_text()
        server.start()
        for n in range(3, 6):
            server.append(user, _request(n))
        _wait_for(lambda: len(_stored(engine)) >= 6, 180, "the next 3 messages stored")
        _wait_for(
            lambda: all(server.flags(user, uid) & KEYWORDS for uid in server.uids(user)),
            60,
            "every message flagged",
        )
        time.sleep(2)  # anything stored twice would show up by now
        assert process.poll() is None, log.read_text()
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0, log.read_text()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()

    output = log.read_text()
    stored = _stored(engine)
    # Every message in the mailbox stored exactly once, decided, each with its own case.
    assert sorted(m.uid for m in stored) == server.uids(user), output
    assert len({m.message_id_header for m in stored}) == 6
    assert all(m.status is MessageStatus.PROCESSED for m in stored), [m.error for m in stored]
    relevant = [m for m in stored if m.case_id is not None]
    assert len({m.case_id for m in relevant}) == len(relevant) == _cases(engine)
    assert _cases(engine) >= 5  # the requests are all plainly requests
    # The daemon saw the server go, reconnected once it was back, and kept running.
    assert "reconnecting in" in output
    assert output.count(": logged in (") >= 2, output
    assert "stopped" in output
