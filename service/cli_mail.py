"""Outbound mail commands: the digest, notices to requesters, the outbox and its sender.

A notice is queued in the same transaction as the case change behind it; when an SMTP
server is configured the command then tries to send it at once, and `dsr send-outbox`
(cron, or a long-running service) sends what is left, retrying with backoff.
"""

from __future__ import annotations

import signal
import threading
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click
from sqlalchemy import update
from sqlalchemy.orm import Session

from models import lifecycle
from models.db import session_factory, transaction
from models.lifecycle import LifecycleError
from models.outbox import MailKind, OutboxMail, OutboxStatus
from models.queue import case_for_update
from models.tables import CaseStatus
from service import render
from service.app import CONTEXT_SETTINGS, App, json_option, print_json
from service.errors import DsrError, NotFoundError

# The digest, notices and outbox (Jinja2, the email package, SQL dialects) are imported by
# the commands that use them: every `dsr` command imports this module, `dsr show` too.
if TYPE_CHECKING:
    from service.config import Settings
    from service.outbox import Delivery


def _deliver(app: App) -> Delivery | None:
    """Send what is due now, if an SMTP server is configured."""
    from service import outbox

    if not app.settings.smtp.host:
        return None
    return outbox.deliver(session_factory(app.engine), app.settings, app.clock.now)


def _outcome(app: App, mail_id: int) -> str:
    result = _deliver(app)
    if result is None:
        return "queued (smtp.host is not set: `dsr send-outbox` sends it once it is)"
    if mail_id in result.sent:
        return "sent"
    return f"queued, will be retried: {result.error or 'not sent yet'}"


def _show(raw: bytes) -> str:
    import email
    import email.message
    import email.policy

    message = email.message_from_bytes(raw, policy=email.policy.default)
    head = "".join(f"{k}: {v}\n" for k, v in message.items())
    body = message.get_body(("plain",))
    text = body.get_content() if isinstance(body, email.message.EmailMessage) else ""
    return render.inert_str(f"{head}\n{text}".replace("\r\n", "\n"))


class _DryRunError(Exception):
    """Rolls back a --dry-run after it printed what it would do."""


PREVIEW_FROM = "smtp.from_address-not-set@example.invalid"
"""The From of a --dry-run when smtp.from_address is unset (.invalid: RFC 2606, no such host)."""


def _preview_settings(settings: Settings) -> Settings:
    """``settings`` for a dry run: nothing is sent, so a missing From address is no obstacle."""
    if settings.smtp.from_address:
        return settings
    smtp = settings.smtp.model_copy(update={"from_address": PREVIEW_FROM})
    return settings.model_copy(update={"smtp": smtp})


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("reference")
@click.option("--ack", is_flag=True, help="Acknowledgement.")
@click.option(
    "--verification",
    is_flag=True,
    help="Ask for identity verification (the case then waits for it).",
)
@click.option(
    "--clarification", is_flag=True, help="Ask for clarification (the case then waits for it)."
)
@click.option(
    "--extension",
    is_flag=True,
    help="Tell of the extension; it takes effect when the notice is sent.",
)
@click.option("--decision", is_flag=True, help="Tell the outcome of a completed or rejected case.")
@click.option("--text", help="A paragraph of your own, e.g. what to send or clarify.")
@click.option("--reason", help="With --extension: extend now, for this reason (told to them).")
@click.option("--force", is_flag=True, help="Send even though loop safety advises against it.")
@click.option("--dry-run", is_flag=True, help="Print the notice; queue and change nothing.")
@click.pass_obj
def notify(
    app: App,
    reference: str,
    ack: bool,
    verification: bool,
    clarification: bool,
    extension: bool,
    decision: bool,
    text: str | None,
    reason: str | None,
    force: bool,
    dry_run: bool,
) -> None:
    """Write to a case's requester, in their language, in the thread of their request.

    Example: dsr notify DSR-2026-0001 --verification --text "Please send the order number."
    """
    from service import notices

    # Separate flags, not one shared value: with a shared one click keeps the last silently.
    given = (
        (ack, MailKind.ACKNOWLEDGEMENT),
        (verification, MailKind.VERIFICATION),
        (clarification, MailKind.CLARIFICATION),
        (extension, MailKind.EXTENSION),
        (decision, MailKind.DECISION),
    )
    kinds = [kind for on, kind in given if on]
    if len(kinds) != 1:
        raise click.UsageError(
            "give one of --ack, --verification, --clarification, --extension, --decision"
            + (" (only one)" if kinds else "")
        )
    mail_kind, settings, now = kinds[0], app.settings, app.clock.now()
    if dry_run:
        settings = _preview_settings(settings)
    policy = settings.policy()
    printed = ""
    try:
        with transaction(session_factory(app.engine)) as session:
            case = case_for_update(session, reference)
            if case is None:
                raise NotFoundError(f"no case {reference!r} (see `dsr queue`)")
            try:
                if mail_kind is MailKind.EXTENSION and case.extension_requested_at is None:
                    if not reason:
                        raise LifecycleError(f"{case.reference} has no extension: give --reason")
                    lifecycle.extend(session, case, reason, actor=app.staff, now=now, policy=policy)
                waits_for = mail_kind.value
                if mail_kind in (MailKind.VERIFICATION, MailKind.CLARIFICATION) and not (
                    case.status is CaseStatus.AWAITING_REQUESTER and case.awaiting == waits_for
                ):
                    lifecycle.request_info(
                        session,
                        case,
                        waits_for,
                        actor=app.staff,
                        now=now,
                        policy=policy,
                        reason=text,
                    )
            except LifecycleError as exc:
                raise DsrError(str(exc)) from exc
            mail = notices.queue_notice(
                session,
                case,
                mail_kind,
                settings=settings,
                now=now,
                actor=app.staff,
                text=text,
                force=force,
            )
            if mail is None:  # pragma: no cover - only automatic notices are skipped
                raise DsrError(f"{case.reference}: the notice was not queued")
            mail_id, to, printed = mail.id, ", ".join(mail.recipients), _show(mail.raw)
            if dry_run:
                raise _DryRunError
    except _DryRunError:
        click.echo(printed)
        return
    click.echo(
        f"{reference.upper()}: {mail_kind.value} to {to} (outbox #{mail_id}): "
        f"{_outcome(app, mail_id)}"
    )


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option("--preview", is_flag=True, help="Print it [default].")
@click.option("--send", is_flag=True, help="Queue it for digest.recipients and send.")
@click.option("--week", help="ISO week, e.g. 2026-W48 [default: this week, as of now].")
@click.option("--html", "as_html", is_flag=True, help="With --preview: print the HTML part.")
@click.option(
    "--chart",
    type=click.Path(path_type=Path, dir_okay=False),
    help="With --preview: also write the chart to this PNG file.",
)
@click.pass_obj
def digest(
    app: App, preview: bool, send: bool, week: str | None, as_html: bool, chart: Path | None
) -> None:
    """The weekly digest for staff: overdue and due cases, new requests, triage, failures.

    It is sent once per ISO week, whoever sends it first (`dsr run` and `dsr send-outbox` do on
    digest.weekday at digest.time).

    Example: dsr digest --preview --week 2026-W48
    """
    from service import digest as digests

    if preview and send:
        # Both used to preview silently: whoever typed --send believed it queued.
        raise click.UsageError("give --preview or --send, not both")
    settings, now = app.settings, app.clock.now()
    label = digests.week_label(now.astimezone(digests.zone_of(settings)).date())
    if week is not None:
        try:
            label = digests.check_week(week, settings, now)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--week") from exc
    if send:
        with transaction(session_factory(app.engine)) as session:
            mail = digests.queue_digest(session, settings, now, week=week, actor=app.staff)
            mail_id = mail.id if mail is not None else None
            earlier = digests.queued_before(session, label) if mail is None else ""
        if mail_id is None:
            raise DsrError(f"the digest of {label} {earlier}")
        click.echo(f"digest {label} (outbox #{mail_id}): {_outcome(app, mail_id)}")
        return
    as_of = min(now, digests.issue_time(label, settings)) if week else now
    with transaction(session_factory(app.engine)) as session:
        collected = digests.collect(session, settings, label, as_of)
    subject, text, html = digests.render(collected, settings, "chart")
    if chart is not None:
        _write_chart(chart, digests.chart_png(collected.chart))
    click.echo(html if as_html else f"Subject: {subject}\n\n{text}", nl=False)


def _write_chart(path: Path, png: bytes) -> None:
    try:
        path.write_bytes(png)
    except OSError as exc:
        raise DsrError(f"cannot write the chart to {path}: {exc.strerror or exc}") from exc


def _mail_json(mail: OutboxMail) -> dict[str, object]:
    return {
        "id": mail.id,
        "kind": mail.kind.value,
        "status": mail.status.value,
        "to": mail.recipients,
        "subject": mail.subject,
        "automatic": mail.automatic,
        "attempts": mail.attempts,
        "next_attempt_at": mail.next_attempt_at.isoformat(),
        "created_at": mail.created_at.isoformat(),
        "sent_at": mail.sent_at.isoformat() if mail.sent_at else None,
        "error": mail.last_error,
    }


@click.command("outbox", context_settings=CONTEXT_SETTINGS)
@click.option("--all", "everything", is_flag=True, help="Also sent and skipped mail (newest 200).")
@click.option("--retry", "retry_ids", type=int, multiple=True, help="Try failed mail ID again.")
@json_option
@click.pass_obj
def outbox_(app: App, everything: bool, retry_ids: tuple[int, ...], as_json: bool) -> None:
    """List outgoing mail waiting to be sent and mail that failed, newest first.

    Example: dsr outbox --retry 12
    """
    from service import outbox

    now = app.clock.now()
    with transaction(session_factory(app.engine)) as session:
        if retry_ids:
            _retry(session, retry_ids, now)
        rows = [_mail_json(m) for m in outbox.waiting(session, everything=everything)]
    if as_json:
        print_json(rows)
        return
    if not rows:
        click.echo("Outbox empty: nothing waits to be sent, nothing failed.")
    for row in rows:
        line = (
            f"#{row['id']}  {row['status']:8} {row['kind']:15} {', '.join(row['to'])}  "  # type: ignore[arg-type]
            f"attempts {row['attempts']}  {row['subject']}"
        )
        if row["error"]:
            line += f"\n    {row['error']}"
        click.echo(render.inert_str(line))


def _retry(session: Session, ids: tuple[int, ...], now: datetime) -> None:
    done = session.execute(
        update(OutboxMail)
        .where(OutboxMail.id.in_(ids), OutboxMail.status == OutboxStatus.FAILED)
        .values(status=OutboxStatus.PENDING, attempts=0, next_attempt_at=now, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if done.rowcount != len(set(ids)):  # type: ignore[attr-defined]
        raise DsrError("--retry takes ids of failed mail only (see `dsr outbox`)")


def run_mail_jobs(app: App) -> tuple[dict[str, int], Delivery]:
    """Queue what is due (acknowledgements, digest, reminders), then send the outbox."""
    from service import digest as digests
    from service import outbox

    with transaction(session_factory(app.engine)) as session:
        queued = digests.queue_scheduled(session, app.settings, app.clock.now())
    return queued, outbox.deliver(session_factory(app.engine), app.settings, app.clock.now)


def _tick(app: App) -> Delivery:
    queued, result = run_mail_jobs(app)
    click.echo(
        f"queued {queued['acknowledgements']} acknowledgements, {queued['digest']} digest, "
        f"{queued['reminders']} reminders; sent {len(result.sent)}, "
        f"retrying {len(result.retrying)}, failed {len(result.failed)}"
        + (f"; {result.error}" if result.error else "")
    )
    return result


@click.command("send-outbox", context_settings=CONTEXT_SETTINGS)
@click.option("--once", is_flag=True, help="One pass, then exit (for cron and tests).")
@click.pass_obj
def send_outbox(app: App, once: bool) -> None:
    """Queue what is due (acknowledgements, the digest, reminders) and send the outbox.

    Without --once it repeats every smtp.poll_seconds until SIGTERM or Ctrl-C. With --once
    it exits 1 when the SMTP server could not be used.

    Example: dsr send-outbox --once
    """
    if once:
        if _tick(app).error:
            raise click.exceptions.Exit(1)
        return
    stopping = threading.Event()

    def stop(_signum: int, _frame: FrameType | None) -> None:
        stopping.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    while not stopping.is_set():
        _tick(app)
        stopping.wait(app.settings.smtp.poll_seconds)


COMMANDS: tuple[click.Command, ...] = (notify, digest, outbox_, send_outbox)
