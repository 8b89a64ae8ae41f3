"""Exactly-once across crashes: ``dsr run`` SIGKILLed again and again while it works a backlog.

A real Dovecot holds 1,000 generated messages. ``dsr run --once`` is started as its own process
and killed with SIGKILL at seeded random points: during start-up (imports, login, model load)
or a random number of messages into the backlog, a few milliseconds after a commit, which is
where the commit, the write-back and the checkpoint race. After a dozen kills a last run
finishes the backlog, and every guarantee is checked against the server and the database.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from classifier.predict import Thresholds
from models.audit import verify_chain
from models.db import session_factory, transaction
from models.tables import Case, Decision, Event, Mailbox, Message, MessageStatus
from service.model_cache import load_classifier
from tests.conftest import REPO
from tests.dovecot import PASSWORD, Dovecot, dovecot_fixture, imap_user_fixture  # noqa: F401
from tests.mailgen import make_messages

BACKLOG = 1_000
KILLS = 12
SEED = 20261130
KEYWORD = {
    Decision.RELEVANT: "$DSR",
    Decision.NEEDS_TRIAGE: "$NeedsTriage",
    Decision.IRRELEVANT: "$NotDSR",
}


@pytest.fixture(scope="module")
def trained_model() -> None:
    """Train (or load) the model in the suite's cache once, so no killed run pays for it."""
    load_classifier(Thresholds())


def _env(dovecot: Dovecot, user: str, database_url: str) -> dict[str, str]:
    return {
        **os.environ,  # DSR_CACHE_DIR: the suite's model cache
        "PYTHONPATH": str(REPO),
        "DSR_DATABASE__URL": database_url,
        "DSR_MAILBOX__HOST": dovecot.host,
        "DSR_MAILBOX__PORT": str(dovecot.imap_port),
        "DSR_MAILBOX__SECURITY": "plain",
        "DSR_MAILBOX__USERNAME": user,
        "DSR_MAILBOX__PASSWORD": PASSWORD,
        "DSR_MAILBOX__TIMEOUT": "30",
        # Small fetch batches: kills land between batches too, not only inside one.
        "DSR_MAILBOX__BATCH_SIZE": "50",
    }


def _start(env: dict[str, str], cwd: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-c", "from service.cli import main; main()", "run", "--once"],
            cwd=cwd,
            env=env,
            stdout=out,
            stderr=out,
        )


def _stored(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(Message)) or 0)


def _kill_at_random_point(
    process: subprocess.Popen[bytes], engine: Engine, rng: random.Random
) -> str:
    """SIGKILL ``process`` at a point drawn from ``rng``; says where (for failure messages)."""
    if rng.random() < 0.2:
        # Start-up: imports, database, login, SELECT, SEARCH, loading the model -- and no
        # later: on a fast machine the run may be storing messages before the drawn delay.
        delay = rng.uniform(0.1, 2.5)
        started, before = time.monotonic(), _stored(engine)
        while (
            time.monotonic() - started < delay
            and _stored(engine) == before
            and process.poll() is None
        ):
            time.sleep(0.002)
        where = f"{time.monotonic() - started:.2f} s after start"
    else:
        target = _stored(engine) + rng.randint(1, 90)
        while _stored(engine) < target and process.poll() is None:
            time.sleep(0.002)
        # Just after a commit: the write-back and checkpoint of that message are in flight.
        delay = rng.uniform(0.0, 0.012)
        time.sleep(delay)
        where = f"{delay * 1000:.0f} ms after message {target} was committed"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    return where


@pytest.mark.slow
@pytest.mark.usefixtures("trained_model")
def test_sigkill_at_random_points_stores_every_message_exactly_once(
    dovecot: Dovecot, imap_user: str, database_url: str, engine: Engine, tmp_path: Path
) -> None:
    messages = make_messages(BACKLOG, seed=SEED, min_size=1_000, max_size=4_000)
    with dovecot.client(imap_user) as client:
        for start in range(0, BACKLOG, 250):
            client.multiappend("INBOX", messages[start : start + 250])
    uids = dovecot.uids(imap_user)
    assert len(uids) == BACKLOG

    env = _env(dovecot, imap_user, database_url)
    log = tmp_path / "dsr-run.log"
    rng = random.Random(SEED)  # noqa: S311 - kill points, not secrets
    kills: list[str] = []
    for _ in range(KILLS):
        process = _start(env, tmp_path, log)
        kills.append(_kill_at_random_point(process, engine, rng))
        # Killed, not finished: each round really was interrupted with work left to do.
        assert process.returncode == -signal.SIGKILL, (kills, log.read_text()[-3000:])
    assert 0 < _stored(engine) < BACKLOG, kills

    final = _start(env, tmp_path, log)
    assert final.wait(timeout=300) == 0, log.read_text()[-3000:]

    factory = session_factory(engine)
    with transaction(factory) as session:
        rows = session.execute(
            select(
                Message.id,
                Message.uid,
                Message.uidvalidity,
                Message.content_sha256,
                Message.message_id_header,
                Message.status,
                Message.decision,
                Message.case_id,
            )
        ).all()
        box = session.scalars(select(Mailbox)).one()
        cases = session.execute(select(Case.id, Case.status)).all()
        classified = Counter(
            session.scalars(
                select(Event.message_id).where(Event.action == "message_classified")
            ).all()
        )
        opened = Counter(
            session.scalars(select(Event.case_id).where(Event.action == "case_opened")).all()
        )
        _events, problems = verify_chain(session)

    # Every message in the mailbox stored once: same count, same bytes, same Message-IDs.
    assert len(rows) == BACKLOG, kills
    assert {r.content_sha256 for r in rows} == {hashlib.sha256(m).hexdigest() for m in messages}
    assert Counter(r.message_id_header for r in rows) == Counter(_message_id(m) for m in messages)
    validity = dovecot.uidvalidity(imap_user)
    assert sorted(r.uid for r in rows) == uids
    assert {r.uidvalidity for r in rows} == {validity}
    assert all(r.status is MessageStatus.PROCESSED for r in rows), Counter(r.status for r in rows)
    # Processed once: one classification event per message, and an intact audit chain.
    assert classified == Counter({r.id: 1 for r in rows})
    assert problems == []
    # At most one case per message, and one per request: no case opened twice.
    relevant = [r for r in rows if r.decision is Decision.RELEVANT]
    assert relevant, "the backlog should hold requests"
    assert len(cases) == len(relevant) == len({r.case_id for r in relevant})
    assert all(r.case_id is None for r in rows if r.decision is not Decision.RELEVANT)
    assert opened == Counter({case_id: 1 for case_id, _status in cases})
    # The checkpoint is the highest UID, under the folder's UIDVALIDITY.
    assert (box.uidvalidity, box.last_uid) == (validity, max(uids))
    # The keyword of its decision on every message, and nothing else (\Seen untouched).
    with dovecot.client(imap_user) as client:
        client.select_folder("INBOX", readonly=True)
        flags = {
            int(uid): {f.decode() for f in found} for uid, found in client.get_flags(uids).items()
        }
    assert {r.uid: flags[r.uid] for r in rows} == {
        r.uid: {KEYWORD[r.decision]} for r in rows if r.decision is not None
    }


def _message_id(raw: bytes) -> str:
    for line in raw.split(b"\r\n"):
        if line.lower().startswith(b"message-id:"):
            return line.split(b":", 1)[1].strip().decode()
    raise AssertionError("generated message without Message-ID")
