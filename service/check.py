"""``dsr check``: is everything the service needs there? One line per check.

Each check returns a :class:`CheckResult`; none raises. The command prints them all and exits
non-zero when one failed, so a deployment script or a supervisor can stop on it.
"""

from __future__ import annotations

import functools
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import migrations
from intake.errors import IntakeError
from intake.imap import ImapMailbox
from service.config import MailboxSettings, Settings
from service.database import open_database
from service.errors import DsrError


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check: its name, whether it passed, and what it found."""

    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'} {self.name}: {self.detail}"


def _run(name: str, check: Callable[[], str]) -> CheckResult:
    try:
        return CheckResult(name, True, check())
    except (DsrError, IntakeError, OSError) as exc:
        return CheckResult(name, False, str(exc))
    except Exception as exc:  # a check must report, never crash the command
        return CheckResult(name, False, f"{type(exc).__name__}: {exc}")


def check_database(settings: Settings) -> str:
    engine = open_database(settings, migrate=False)
    try:
        current, head = migrations.current(engine), migrations.head()
        if current != head:
            raise DsrError(f"schema at {current}, code expects {head}: run `dsr db upgrade`")
        drift = migrations.drift(engine)
        if drift:
            raise DsrError(f"schema differs from the models: {drift[0]}")
        url = engine.url.render_as_string(hide_password=True)
        return f"{url} at revision {current}"
    finally:
        engine.dispose()


def check_jurisdictions(settings: Settings) -> str:
    """Open cases whose jurisdiction the configuration no longer has get the default rule:
    a deadline staff did not choose. Fails naming them, so the table can be fixed."""
    from sqlalchemy import func, select

    from models.db import session_factory, transaction
    from models.tables import OPEN_CASE_STATUSES, Case

    configured = set(settings.policy().jurisdictions)
    engine = open_database(settings, migrate=False)
    try:
        with transaction(session_factory(engine)) as session:
            rows = session.execute(
                select(Case.jurisdiction, func.count())
                .where(Case.status.in_(OPEN_CASE_STATUSES), Case.jurisdiction.is_not(None))
                .group_by(Case.jurisdiction)
            ).all()
    finally:
        engine.dispose()
    unknown = sorted((str(code), int(count)) for code, count in rows if code not in configured)
    if unknown:
        listed = ", ".join(f"{code} ({count} open)" for code, count in unknown)
        raise DsrError(
            f"cases name jurisdictions not in deadlines.jurisdictions: {listed}; they get the "
            "default rule until the table has them again"
        )
    return (
        f"{len(configured)} configured ({', '.join(sorted(configured))}); open cases use only those"
    )


def check_mailbox(mailbox: MailboxSettings) -> str:
    if not mailbox.host:
        return "no mailbox.host configured: nothing to watch (dsr import still works)"
    imap = mailbox.imap()
    started = time.monotonic()
    with ImapMailbox(imap) as box:
        state = box.select()
    took = time.monotonic() - started
    features = [f for f in ("IDLE", "MOVE", "UIDPLUS") if f in state.capabilities]
    keywords = "keywords allowed" if state.keywords_allowed else "NO keywords (no write-back)"
    return (
        f"{imap.label}/{imap.folder}: login ok in {took:.1f} s, {state.exists} messages, "
        f"{', '.join(features) or 'no IDLE/MOVE/UIDPLUS'}, {keywords}"
    )


def check_smtp(settings: Settings) -> str:
    """Connect, TLS and log in as the outbox sender would; no mail is sent."""
    smtp = settings.smtp
    if not smtp.host:
        return "no smtp.host configured: mail is queued in the outbox, not sent"
    from service.mailer import Mailer, MailError  # only when mail is configured

    started = time.monotonic()
    try:
        with Mailer(smtp) as mailer:
            where = mailer.where
    except MailError as exc:
        raise DsrError(str(exc)) from exc
    login = f", logged in as {smtp.username}" if smtp.username else ", no login"
    if not smtp.from_address:
        raise DsrError(f"{where}: reachable{login}, but smtp.from_address is not set")
    return f"{where} ({smtp.security}{login}) in {time.monotonic() - started:.1f} s"


def check_classifier(settings: Settings) -> str:
    from service.model_cache import load_model  # heavy: only when this check runs

    started = time.monotonic()
    model = load_model()
    return f"model {model.version} ready in {time.monotonic() - started:.1f} s"


def run_checks(settings: Settings, source: Path | None = None) -> list[CheckResult]:
    """Every check, in the order an operator would fix them; ``source`` is the file read."""
    overrides = [k for k in os.environ if k.startswith("DSR_") and "__" in k]
    read = f"{source.resolve()}" if source is not None else "no file (built-in defaults)"
    if overrides:
        read += f" and {len(overrides)} DSR_ setting(s) from the environment"
    return [
        CheckResult("configuration", True, f"valid: {read}"),
        _run("database", lambda: check_database(settings)),
        _run("jurisdictions", lambda: check_jurisdictions(settings)),
        *(
            _run(
                "mailbox" if len(settings.mailboxes) == 1 else f"mailbox {box.name}",
                functools.partial(check_mailbox, box),
            )
            for box in settings.mailboxes
        ),
        _run("smtp", lambda: check_smtp(settings)),
        _run("classifier", lambda: check_classifier(settings)),
    ]
