"""dsr check's checks against the real database and Dovecot: what passes, what fails, why."""

from __future__ import annotations

from pathlib import Path

import pytest

from service.check import check_smtp, run_checks
from service.config import load_settings
from service.errors import DsrError
from tests.dovecot import PASSWORD, Dovecot, dovecot_fixture, imap_user_fixture  # noqa: F401
from tests.test_mailer import SmtpServer


def _settings(database_url: str, dovecot: Dovecot, user: str, password: str) -> object:
    return load_settings(
        environ={
            "DSR_DATABASE__URL": database_url,
            "DSR_MAILBOX__HOST": dovecot.host,
            "DSR_MAILBOX__PORT": str(dovecot.imap_port),
            "DSR_MAILBOX__SECURITY": "plain",
            "DSR_MAILBOX__USERNAME": user,
            "DSR_MAILBOX__PASSWORD": password,
        }
    )


def test_everything_in_place_passes(database_url: str, dovecot: Dovecot, imap_user: str) -> None:
    results = run_checks(_settings(database_url, dovecot, imap_user, PASSWORD))  # type: ignore[arg-type]
    assert [(r.name, r.ok) for r in results] == [
        ("configuration", True),
        ("database", True),
        ("jurisdictions", True),
        ("mailbox", True),
        ("smtp", True),
        ("classifier", True),
    ], [r.line() for r in results]
    assert results[4].detail.startswith("no smtp.host configured")
    mailbox = results[3].detail
    assert "login ok" in mailbox
    assert "IDLE" in mailbox
    assert "keywords allowed" in mailbox
    assert results[1].line().startswith("ok   database: ")


def test_a_bad_password_and_an_unmigrated_database_fail_with_reasons(
    empty_database_url: str, dovecot: Dovecot, imap_user: str, tmp_path: Path
) -> None:
    results = run_checks(_settings(empty_database_url, dovecot, imap_user, "wrong"))  # type: ignore[arg-type]
    by_name = {r.name: r for r in results}
    assert not by_name["database"].ok
    assert "run `dsr db upgrade`" in by_name["database"].detail
    assert not by_name["mailbox"].ok
    assert "login failed" in by_name["mailbox"].detail
    assert by_name["mailbox"].line().startswith("FAIL mailbox: imap ")


def test_the_smtp_check_logs_in_and_names_what_is_wrong(
    database_url: str, dovecot: Dovecot, imap_user: str
) -> None:
    server = SmtpServer().start()
    try:
        base = {
            "DSR_DATABASE__URL": database_url,
            "DSR_SMTP__HOST": "127.0.0.1",
            "DSR_SMTP__PORT": str(server.port),
            "DSR_SMTP__SECURITY": "plain",
            "DSR_SMTP__FROM_ADDRESS": "privacy@acme-devices.example",
        }
        assert check_smtp(load_settings(environ=base)).startswith(
            f"127.0.0.1:{server.port} (plain, no login) in "
        )
        unset = {k: v for k, v in base.items() if k != "DSR_SMTP__FROM_ADDRESS"}
        with pytest.raises(DsrError, match=r"smtp\.from_address is not set"):
            check_smtp(load_settings(environ=unset))
        assert server.inbox.received == [], "a check sends no mail"
    finally:
        server.stop()
    [smtp] = [r for r in run_checks(load_settings(environ=base)) if r.name == "smtp"]
    assert not smtp.ok
    assert smtp.detail.startswith(f"cannot reach SMTP server 127.0.0.1:{server.port}")


def test_open_cases_under_a_jurisdiction_no_longer_configured_fail_the_check(
    database_url: str, dovecot: Dovecot, imap_user: str
) -> None:
    from datetime import UTC, datetime

    from models.cases import open_case
    from models.db import make_engine, session_factory, transaction
    from models.enums import MessageStatus
    from models.tables import Mailbox, Message

    settings = _settings(database_url, dovecot, imap_user, PASSWORD)
    now = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    engine = make_engine(database_url)
    with transaction(session_factory(engine)) as session:
        box = Mailbox(name="info", kind="files", location="x", created_at=now)
        message = Message(
            mailbox=box,
            content_sha256="0" * 64,
            raw_size=1,
            received_at=now,
            status=MessageStatus.PROCESSED,
            created_at=now,
            updated_at=now,
        )
        session.add(message)
        session.flush()
        case = open_case(
            session,
            message=message,
            categories=["access"],
            policy=settings.policy(),  # type: ignore[attr-defined]
            now=now,
            actor="t",
            jurisdiction="GDPR",
        )
        case.jurisdiction = "PIPL"  # configured once, since removed from the table
    engine.dispose()
    results = {r.name: r for r in run_checks(settings)}  # type: ignore[arg-type]
    assert not results["jurisdictions"].ok
    assert "PIPL (1 open)" in results["jurisdictions"].detail
