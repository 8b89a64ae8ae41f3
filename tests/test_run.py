"""``dsr run`` against a real Dovecot: --once, start-up failures, and the daemon process."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select

from models.db import make_engine
from models.outbox import OutboxMail
from models.tables import Case, Mailbox
from service.cli import cli
from tests.conftest import REPO, _free_port, make_mail
from tests.dovecot import PASSWORD, Dovecot, dovecot_fixture, imap_user_fixture  # noqa: F401
from tests.test_mailer import SmtpServer

REQUEST = make_mail(
    "Löschung meiner Daten",
    "Sehr geehrte Damen und Herren,\n\nbitte löschen Sie mein Konto und alle zu meiner Person "
    "gespeicherten Daten gemäß Art. 17 DSGVO.\n\nMit freundlichen Grüßen\nJonas Beispiel\n",
    sender="Jonas Beispiel <jonas@example.de>",
    message_id="<run-request@example.de>",
)
PITCH = make_mail(
    "Grow your revenue with our outbound agency",
    "Hi, we book qualified sales meetings for hardware companies. Free for a call on Tuesday?\n",
    sender="Sam <sam@leads.example>",
    message_id="<run-pitch@example.com>",
)


def _env(dovecot: Dovecot, user: str, database_url: str, **extra: str) -> dict[str, str]:
    return {
        "DSR_DATABASE__URL": database_url,
        "DSR_MAILBOX__HOST": dovecot.host,
        "DSR_MAILBOX__PORT": str(dovecot.imap_port),
        "DSR_MAILBOX__SECURITY": "plain",
        "DSR_MAILBOX__USERNAME": user,
        "DSR_MAILBOX__PASSWORD": PASSWORD,
        **extra,
    }


def run(args: list[str], env: dict[str, str]) -> Result:
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_once_ingests_everything_and_a_second_run_nothing(
    dovecot: Dovecot, imap_user: str, database_url: str, here: Path
) -> None:
    request_uid = dovecot.append(imap_user, REQUEST, when=datetime(2026, 11, 2, 8, tzinfo=UTC))
    pitch_uid = dovecot.append(imap_user, PITCH)
    env = _env(dovecot, imap_user, database_url)
    first = run(["run", "--once"], env)
    assert first.exit_code == 0, first.output
    status = json.loads(run(["status", "--json"], env).stdout)
    assert (status["messages"], status["cases"], status["failed"]) == (2, 1, 0)
    case = json.loads(run(["queue", "--json"], env).stdout)[0]
    # The deadline runs from INTERNALDATE (the APPEND time), not from the Date header.
    assert case["received_at"] == "2026-11-02T08:00:00+00:00"
    assert case["due_at"].startswith("2026-12-02")
    assert dovecot.flags(imap_user, request_uid) == {"$DSR"}
    assert dovecot.flags(imap_user, pitch_uid) == {"$NotDSR"}
    [box] = status["mailboxes"]
    assert box["name"] == "info"
    assert box["location"] == f"imap://{imap_user}@127.0.0.1:{dovecot.imap_port}/INBOX"
    assert (box["backlog"], box["last_error"], box["lease_holder"]) == (0, None, None)
    assert box["last_sync_at"] is not None
    assert status["outbox"] == {"pending": 0, "failed": 0, "sent": 0}
    assert run(["run", "--once"], env).exit_code == 0
    again = json.loads(run(["status", "--json"], env).stdout)
    assert again["mailboxes"][0]["last_sync_at"] > box["last_sync_at"]
    again["mailboxes"][0]["last_sync_at"] = box["last_sync_at"]
    assert again == status


def test_once_works_several_mailboxes_and_cases_record_theirs(
    dovecot: Dovecot, database_url: str, here: Path
) -> None:
    users = {"info": dovecot.add_user("info"), "privacy": dovecot.add_user("privacy")}
    dovecot.append(users["info"], PITCH)
    dovecot.append(users["privacy"], REQUEST)
    (here / "dsr.toml").write_text(
        "".join(
            f'[[mailbox]]\nname = "{name}"\nhost = "{dovecot.host}"\n'
            f'port = {dovecot.imap_port}\nsecurity = "plain"\nusername = "{user}"\n'
            for name, user in users.items()
        ),
        encoding="utf-8",
    )
    env = {
        "DSR_DATABASE__URL": database_url,
        "DSR_MAILBOX_INFO__PASSWORD": PASSWORD,
        "DSR_MAILBOX_PRIVACY__PASSWORD": PASSWORD,
    }
    result = run(["run", "--once"], env)
    assert result.exit_code == 0, result.output
    status = json.loads(run(["status", "--json"], env).stdout)
    assert [box["name"] for box in status["mailboxes"]] == ["info", "privacy"]
    assert all(box["last_sync_at"] for box in status["mailboxes"])
    assert (status["messages"], status["cases"]) == (2, 1)
    engine = make_engine(database_url)
    with engine.connect() as conn:
        origin = conn.scalar(select(Mailbox.name).join(Case, Case.mailbox_id == Mailbox.id))
    engine.dispose()
    assert origin == "privacy"
    [case] = json.loads(run(["queue", "--json"], env).stdout)
    assert case["mailbox"] == "privacy"
    assert " in mailbox privacy" in run(["show", case["reference"]], env).stdout
    text = run(["status"], env).stdout
    assert f"mailbox privacy (imap://{users['privacy']}@127.0.0.1:" in text
    assert "outbox: 0 waiting, 0 failed, 0 sent" in text


def test_one_daemon_watches_several_mailboxes_at_once(
    dovecot: Dovecot, database_url: str, here: Path
) -> None:
    """Two watchers in one process, both writing to the database, each with its lease."""
    users = {"info": dovecot.add_user("info"), "privacy": dovecot.add_user("privacy")}
    (here / "dsr.toml").write_text(
        "".join(
            f'[[mailbox]]\nname = "{name}"\nhost = "{dovecot.host}"\n'
            f'port = {dovecot.imap_port}\nsecurity = "plain"\nusername = "{user}"\n'
            f"poll_seconds = 1.0\n"
            for name, user in users.items()
        ),
        encoding="utf-8",
    )
    env = {
        "DSR_DATABASE__URL": database_url,
        "DSR_MAILBOX_INFO__PASSWORD": PASSWORD,
        "DSR_MAILBOX_PRIVACY__PASSWORD": PASSWORD,
    }
    process = subprocess.Popen(
        [sys.executable, "-c", "from service.cli import main; main()", "run"],
        cwd=here,
        env={**os.environ, **env, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:

        def holders() -> list[str | None]:
            status = json.loads(run(["status", "--json"], env).stdout)
            return [box["lease_holder"] for box in status["mailboxes"]]

        _wait_for(lambda: len(holders()) == 2 and all(holders()), 60)
        assert len({holder.rsplit(":", 1)[0] for holder in holders() if holder}) == 1
        for n in range(3):
            dovecot.append(users["info"], PITCH.replace(b"run-pitch", f"pitch-{n}".encode()))
            dovecot.append(users["privacy"], REQUEST.replace(b"run-request", f"req-{n}".encode()))

        def stored() -> bool:
            status = json.loads(run(["status", "--json"], env).stdout)
            return bool(status["messages"] == 6)

        _wait_for(stored, 60)
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    status = json.loads(run(["status", "--json"], env).stdout)
    assert (status["cases"], status["failed"]) == (3, 0)
    assert [box["lease_holder"] for box in status["mailboxes"]] == [None, None]
    assert "[info]" in err
    assert "[privacy]" in err


def test_status_shows_the_error_that_stops_a_mailbox(
    dovecot: Dovecot, imap_user: str, database_url: str, here: Path
) -> None:
    env = _env(dovecot, imap_user, database_url)
    assert run(["run", "--once"], env).exit_code == 0
    assert run(["run", "--once"], {**env, "DSR_MAILBOX__PASSWORD": "wrong"}).exit_code == 1
    [box] = json.loads(run(["status", "--json"], env).stdout)["mailboxes"]
    assert box["last_error"].startswith(f"imap {imap_user}@127.0.0.1:")
    assert "login failed" in box["last_error"]
    assert box["last_error_at"] is not None
    assert run(["run", "--once"], env).exit_code == 0
    [box] = json.loads(run(["status", "--json"], env).stdout)["mailboxes"]
    assert box["last_error"] is None, "a good sync clears it"


def test_a_refused_login_is_one_line_exit_1(
    dovecot: Dovecot, imap_user: str, database_url: str, here: Path
) -> None:
    env = _env(dovecot, imap_user, database_url, DSR_MAILBOX__PASSWORD="wrong")
    result = run(["run", "--once"], env)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1].startswith(
        f"Error: imap {imap_user}@127.0.0.1:{dovecot.imap_port}: login failed:"
    )
    assert "wrong" not in result.stderr


def test_an_unreachable_server_is_one_line_exit_1(database_url: str, here: Path) -> None:
    env = {
        "DSR_DATABASE__URL": database_url,
        "DSR_MAILBOX__HOST": "127.0.0.1",
        "DSR_MAILBOX__PORT": str(_free_port()),
        "DSR_MAILBOX__SECURITY": "plain",
        "DSR_MAILBOX__USERNAME": "nobody",
        "DSR_MAILBOX__PASSWORD": "x",
        "DSR_MAILBOX__TIMEOUT": "5",
    }
    result = run(["run", "--once"], env)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1].startswith("Error: imap nobody@127.0.0.1:")


def test_no_mailbox_configured_says_what_is_missing(here: Path) -> None:
    result = run(["run", "--once"], {"DSR_DATABASE__DATA_DIR": str(here / "d")})
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: mailbox info: no host, username, password (DSR_MAILBOX_INFO__PASSWORD, "
        "DSR_MAILBOX__PASSWORD or password_file) configured for IMAP\n"
    )


def _wait_for(predicate: object, timeout: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():  # type: ignore[operator]
            return time.monotonic() - start
        time.sleep(0.1)
    raise AssertionError(f"not true within {timeout} s")


@pytest.mark.parametrize("idle", ["true", "false"], ids=["idle", "polling"])
def test_the_daemon_picks_up_new_mail_and_stops_on_sigterm(
    dovecot: Dovecot, imap_user: str, database_url: str, here: Path, idle: str
) -> None:
    env = {
        **os.environ,
        **_env(dovecot, imap_user, database_url),
        "DSR_MAILBOX__IDLE": idle,
        "DSR_MAILBOX__POLL_SECONDS": "1" if idle == "false" else "60",
    }
    process = subprocess.Popen(
        [sys.executable, "-c", "from service.cli import main; main()", "run"],
        cwd=here,
        env={**env, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # The daemon has started once the (empty) mailbox has been synced: a Mailbox row exists.
        def synced() -> bool:
            out = run(["status", "--json"], {k: v for k, v in env.items() if k.startswith("DSR_")})
            return out.exit_code == 0

        _wait_for(synced, 60)
        time.sleep(2)
        dovecot.append(imap_user, REQUEST)

        def queued() -> bool:
            out = run(["status", "--json"], {k: v for k, v in env.items() if k.startswith("DSR_")})
            return json.loads(out.stdout)["cases"] == 1

        waited = _wait_for(queued, 20)
        assert waited < 10
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert "stopped" in err


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    yield server
    server.stop()


def test_run_once_also_acknowledges_through_smtp_when_configured(
    dovecot: Dovecot, imap_user: str, database_url: str, here: Path, smtp: SmtpServer
) -> None:
    dovecot.append(imap_user, REQUEST)
    env = _env(
        dovecot,
        imap_user,
        database_url,
        DSR_SMTP__HOST="127.0.0.1",
        DSR_SMTP__PORT=str(smtp.port),
        DSR_SMTP__SECURITY="plain",
        DSR_SMTP__FROM_ADDRESS="privacy@acme-devices.example",
        DSR_NOTICES__AUTO_ACKNOWLEDGE="true",
    )
    assert run(["run", "--once"], env).exit_code == 0
    received = smtp.inbox.received
    assert [r.recipients for r in received] == [["jonas@example.de"]]
    reference = json.loads(run(["queue", "--json"], env).stdout)[0]["reference"]
    assert f"[{reference}]" in str(received[0].message["Subject"])


def test_a_second_signal_exits_at_once_while_a_job_is_stuck(
    dovecot: Dovecot, imap_user: str, database_url: str, here: Path
) -> None:
    """The first SIGTERM waits for the job in hand (here: an SMTP server that never answers);
    a second one does not wait."""
    dovecot.append(imap_user, REQUEST)
    with socket.socket() as silent:  # accepts connections (the kernel does), never speaks
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        env = {
            **os.environ,
            "PYTHONPATH": str(REPO),
            **_env(
                dovecot,
                imap_user,
                database_url,
                DSR_SMTP__HOST="127.0.0.1",
                DSR_SMTP__PORT=str(silent.getsockname()[1]),
                DSR_SMTP__SECURITY="plain",
                DSR_SMTP__FROM_ADDRESS="privacy@acme-devices.example",
                DSR_SMTP__TIMEOUT="120",
                DSR_SMTP__POLL_SECONDS="1",
                DSR_NOTICES__AUTO_ACKNOWLEDGE="true",
            ),
        }
        process = subprocess.Popen(
            [sys.executable, "-c", "from service.cli import main; main()", "run"],
            cwd=here,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        engine = make_engine(database_url)
        try:

            def queued() -> bool:
                with engine.connect() as conn:
                    return conn.scalar(select(OutboxMail.id)) is not None

            _wait_for(queued, 60)  # the acknowledgement waits in the outbox...
            time.sleep(3)  # ...and the sender (every second) is stuck on the silent server
            process.send_signal(signal.SIGTERM)
            time.sleep(2)
            assert process.poll() is None, "the first signal waits for the job in hand"
            process.send_signal(signal.SIGTERM)
            _out, err = process.communicate(timeout=10)
        finally:
            engine.dispose()
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert process.returncode == 1, err
    assert "finishing the message in hand" in err
    assert "again: exiting at once" in err
