"""The outbox: mail is composed and queued in the caller's transaction, then sent by a job.

A sender claims one due row at a time (``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL,
a conditional UPDATE everywhere) and holds it for ``smtp.lease_seconds``; it sends it and
records the outcome only if it still holds it. So two senders never send the same row, a
mail the server accepted is never sent again, and a sender that dies mid-way leaves its row
to be taken over once the lease ends. The one window left is a crash between the server's
"250 OK" and our commit: the mail then goes again, with the same Message-ID, so mail
clients show it once. A refused attempt is retried with exponential backoff until
``smtp.max_attempts``; a 5xx refusal fails the mail at once.
"""

from __future__ import annotations

import email.policy
import logging
import re
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup
from sqlalchemy import and_, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from models import lifecycle
from models.audit import record_event
from models.db import transaction
from models.lifecycle import LifecycleError
from models.outbox import MailKind, OutboxMail, OutboxStatus
from models.policy import Policy
from models.tables import Case
from service.config import Settings, SmtpSettings
from service.errors import ConfigError
from service.mailer import Mailer, PermanentError, ServerError, TransientError
from service.render import inert_str

log = logging.getLogger(__name__)

BUILTIN_TEMPLATES = Path(__file__).resolve().parent / "templates"
SERVICE_ACTOR = "dsr-mail"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _finalize(value: Any) -> Any:
    # Text from mail reaches the templates (names, subjects): no control characters out.
    # Markup is a str too, but it is a macro's output whose values were finalized (and
    # escaped) inside it: made a plain str here, autoescape would escape its tags again.
    if isinstance(value, Markup):
        return value
    return inert_str(value) if isinstance(value, str) else value


def template_environment(override: Path | None) -> jinja2.Environment:
    """Templates from ``override`` first, then the built-in ones; HTML is autoescaped."""
    loaders: list[jinja2.BaseLoader] = [jinja2.FileSystemLoader(BUILTIN_TEMPLATES)]
    if override is not None:
        loaders.insert(0, jinja2.FileSystemLoader(override))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=jinja2.select_autoescape(["html"], default_for_string=False),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_text(template: jinja2.Template, **values: Any) -> tuple[str, str]:
    """A text template's ``Subject:`` first line and the body after it."""
    rendered = template.render(**values)
    first, _, body = rendered.partition("\n")
    if not first.startswith("Subject:"):
        raise ConfigError(f"template {template.name}: the first line must be 'Subject: ...'")
    return " ".join(first.removeprefix("Subject:").split()), body.lstrip("\n")


def one_line(value: str | None) -> str:
    """A value from mail made fit for a header or a list: no control characters, one line."""
    return " ".join(_CONTROL.sub(" ", value).split()) if value else ""


def sender_address(smtp: SmtpSettings) -> str:
    if not smtp.from_address:
        raise ConfigError("smtp.from_address is not set: outgoing mail needs a From address")
    return smtp.from_address


def compose(
    smtp: SmtpSettings,
    *,
    to: Sequence[tuple[str | None, str]],
    subject: str,
    text: str,
    now: datetime,
    auto: str | None = None,
    in_reply_to: str | None = None,
    references: Sequence[str] = (),
) -> EmailMessage:
    """A message with a fresh, stable Message-ID; ``auto`` is its RFC 3834 Auto-Submitted."""
    address = sender_address(smtp)
    message = EmailMessage()
    message["From"] = Address(one_line(smtp.from_name), addr_spec=address)
    message["To"] = [Address(one_line(name), addr_spec=addr) for name, addr in to]
    if smtp.reply_to:
        message["Reply-To"] = smtp.reply_to
    message["Subject"] = one_line(subject)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=address.rpartition("@")[2] or None)
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = " ".join(references)
    if auto:
        message["Auto-Submitted"] = auto
        # Asks Exchange and friends not to answer with an out-of-office of their own.
        message["X-Auto-Response-Suppress"] = "All"
    message.set_content(text)
    return message


def _insert(session: Session, values: dict[str, Any], conflict: str | None) -> int | None:
    if conflict is None:
        stmt: Any = insert(OutboxMail).values(**values)
    elif session.get_bind().dialect.name == "postgresql":
        stmt = postgresql.insert(OutboxMail).values(**values)
        stmt = stmt.on_conflict_do_nothing(index_elements=[conflict])
    else:
        stmt = sqlite.insert(OutboxMail).values(**values)
        stmt = stmt.on_conflict_do_nothing(index_elements=[conflict])
    new_id: int | None = session.scalar(stmt.returning(OutboxMail.id))
    return new_id


def enqueue(
    session: Session,
    message: EmailMessage,
    *,
    kind: MailKind,
    recipients: Sequence[str],
    sender: str,
    actor: str,
    now: datetime,
    case: Case | None = None,
    automatic: bool = False,
    dedupe_key: str | None = None,
    skipped: str | None = None,
) -> OutboxMail | None:
    """Queue ``message`` in the caller's transaction; None if ``dedupe_key`` is taken.

    With ``skipped`` (a reason) the row records a decision not to send, and is never sent.
    """
    if case is not None and case.id is None:
        session.flush()
    values = {
        "kind": kind,
        "case_id": case.id if case is not None else None,
        "recipients": list(recipients),
        "sender": sender,
        "subject": str(message["Subject"]),
        "message_id": str(message["Message-ID"]),
        # CRLF line ends: smtplib sends bytes as they are, and SMTP lines end in CRLF.
        "raw": message.as_bytes(policy=email.policy.SMTP),
        "automatic": automatic,
        "dedupe_key": dedupe_key,
        "actor": actor,
        "status": OutboxStatus.SKIPPED if skipped else OutboxStatus.PENDING,
        "attempts": 0,
        "next_attempt_at": now,
        "last_error": skipped,
        "created_at": now,
        "updated_at": now,
    }
    new_id = _insert(session, values, "dedupe_key" if dedupe_key else None)
    return None if new_id is None else session.get(OutboxMail, new_id)


def waiting(session: Session, *, everything: bool = False, limit: int = 200) -> list[OutboxMail]:
    """Mail still to send and mail that failed (with ``everything``: all, newest first)."""
    stmt = select(OutboxMail).order_by(OutboxMail.id.desc()).limit(limit)
    if not everything:
        stmt = stmt.where(
            OutboxMail.status.in_((OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.FAILED))
        )
    return list(session.scalars(stmt))


def _due(now: datetime) -> Any:
    return or_(
        and_(OutboxMail.status == OutboxStatus.PENDING, OutboxMail.next_attempt_at <= now),
        and_(OutboxMail.status == OutboxStatus.SENDING, OutboxMail.lease_until < now),
    )


@dataclass(frozen=True)
class Claim:
    """A row a sender holds: what it needs to send it, and its lease token."""

    id: int
    token: str
    sender: str
    recipients: list[str]
    raw: bytes
    attempts: int


def claim_one(session: Session, now: datetime, lease_seconds: float) -> Claim | None:
    """Take the next due row for this sender (None when nothing is due)."""
    for _ in range(5):
        row = session.scalar(
            select(OutboxMail)
            .where(_due(now))
            .order_by(OutboxMail.next_attempt_at, OutboxMail.id)
            .limit(1)
            .with_for_update(skip_locked=True)
        )
        if row is None:
            return None
        token = uuid.uuid4().hex
        # Also guards SQLite, which has no row locks: only the first of two senders matches.
        taken = session.execute(
            update(OutboxMail)
            .where(OutboxMail.id == row.id, _due(now))
            .where(OutboxMail.lease_token.is_(None) | (OutboxMail.lease_token == row.lease_token))
            .values(
                status=OutboxStatus.SENDING,
                lease_token=token,
                lease_until=now + timedelta(seconds=lease_seconds),
                attempts=OutboxMail.attempts + 1,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        if taken.rowcount == 1:  # type: ignore[attr-defined]
            return Claim(row.id, token, row.sender, list(row.recipients), row.raw, row.attempts + 1)
        session.expire_all()
    return None


def backoff(smtp: SmtpSettings, attempts: int) -> timedelta:
    """The wait after the ``attempts``-th failed attempt: doubling, capped."""
    seconds = smtp.retry_first_seconds * 2 ** max(0, attempts - 1)
    return timedelta(seconds=min(seconds, smtp.retry_max_seconds))


@dataclass
class Delivery:
    """What one run of :func:`deliver` did."""

    sent: list[int] = field(default_factory=list)
    retrying: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    error: str | None = None
    """Why nothing (more) could be sent: the server is unreachable or misconfigured."""


def _held(claim: Claim) -> Any:
    return and_(OutboxMail.id == claim.id, OutboxMail.lease_token == claim.token)


def _finish_sent(session: Session, claim: Claim, now: datetime, policy: Policy) -> None:
    done = session.execute(
        update(OutboxMail)
        .where(_held(claim))
        .values(status=OutboxStatus.SENT, sent_at=now, lease_token=None, lease_until=None)
        .values(last_error=None, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != 1:  # type: ignore[attr-defined]
        log.warning("outbox #%s was taken over by another sender while this one sent it", claim.id)
        return
    mail = session.get(OutboxMail, claim.id)
    if mail is None or mail.case_id is None:
        return
    case = session.scalar(select(Case).where(Case.id == mail.case_id).with_for_update())
    if case is None:
        return
    record_event(
        session,
        at=now,
        actor=SERVICE_ACTOR,
        action="notice_sent",
        case=case,
        after={"kind": mail.kind.value, "outbox_id": mail.id, "to": mail.recipients},
        reason=mail.kind.value,
    )
    if mail.kind is MailKind.EXTENSION:
        try:
            lifecycle.record_extension_notice(
                session, case, actor=mail.actor, now=now, policy=policy
            )
        except LifecycleError as exc:
            log.warning("extension notice #%s sent but not in effect: %s", mail.id, exc)
            lifecycle.note(
                session, case, f"extension not in effect: {exc}", actor=SERVICE_ACTOR, now=now
            )


def _release(
    session: Session, claim: Claim, smtp: SmtpSettings, now: datetime, error: str, *, final: bool
) -> OutboxStatus:
    status = (
        OutboxStatus.FAILED
        if final or claim.attempts >= smtp.max_attempts
        else OutboxStatus.PENDING
    )
    session.execute(
        update(OutboxMail)
        .where(_held(claim))
        .values(status=status, lease_token=None, lease_until=None, last_error=error[:2000])
        .values(next_attempt_at=now + backoff(smtp, claim.attempts), updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return status


def _note_unreachable(
    session: Session, now: datetime, smtp: SmtpSettings, error: str, *, count: bool
) -> list[int]:
    """The server cannot be reached: every due row records it (and, if ``count``, an attempt)."""
    rows = list(
        session.scalars(select(OutboxMail).where(_due(now)).with_for_update(skip_locked=True))
    )
    for row in rows:
        row.last_error = error[:2000]
        row.updated_at = now
        if count:
            row.attempts += 1
            row.next_attempt_at = now + backoff(smtp, row.attempts)
            if row.attempts >= smtp.max_attempts:
                row.status = OutboxStatus.FAILED
    return [row.id for row in rows]


def deliver(
    factory: sessionmaker[Session],
    settings: Settings,
    now: Callable[[], datetime],
    *,
    limit: int | None = None,
    mailer_factory: Callable[[SmtpSettings], Mailer] = Mailer,
) -> Delivery:
    """Send what is due, one row per transaction; never raises for a mail problem."""
    smtp, policy, result = settings.smtp, settings.policy(), Delivery()
    with transaction(factory) as session:
        anything = session.scalar(select(OutboxMail.id).where(_due(now())).limit(1))
    if anything is None:
        return result
    try:
        mailer = mailer_factory(smtp)
        mailer.connect()
    except (TransientError, ServerError) as exc:
        with transaction(factory) as session:
            ids = _note_unreachable(
                session, now(), smtp, str(exc), count=isinstance(exc, TransientError)
            )
        result.error, result.retrying = str(exc), ids
        return result
    try:
        while limit is None or len(result.sent) + len(result.failed) < limit:
            with transaction(factory) as session:
                claim = claim_one(session, now(), smtp.lease_seconds)
            if claim is None:
                break
            try:
                mailer.send(claim.raw, claim.sender, claim.recipients)
            except (TransientError, PermanentError, ServerError) as exc:
                with transaction(factory) as session:
                    status = _release(
                        session, claim, smtp, now(), str(exc), final=isinstance(exc, PermanentError)
                    )
                (result.failed if status is OutboxStatus.FAILED else result.retrying).append(
                    claim.id
                )
                log.warning("outbox #%s not sent (%s): %s", claim.id, status.value, exc)
                if isinstance(exc, ServerError) or not mailer.connected:
                    result.error = str(exc)
                    break
                continue
            with transaction(factory) as session:
                _finish_sent(session, claim, now(), policy)
            result.sent.append(claim.id)
            log.info("outbox #%s sent to %s", claim.id, ", ".join(claim.recipients))
    finally:
        mailer.close()
    return result
