"""Staff commands that change cases: every decision of the lifecycle, and the audit check.

Each command is one transaction: the case is locked, the rule checked, the change and its
audit event written together; a refused change prints one line, exits 1 and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import click
from sqlalchemy.orm import Session

from models import lifecycle
from models.audit import verify_chain
from models.db import session_factory, transaction
from models.lifecycle import LifecycleError
from models.queue import case_by_reference, case_for_update
from models.tables import Case
from service import render
from service.app import CONTEXT_SETTINGS, App
from service.errors import DsrError, NotFoundError

CaseChange = Callable[[Session, Case, str, datetime], str | None]
"""A change to one case; it may return a note that is added to the line printed after it."""


class BlankActorError(DsrError):
    """``--as`` (or ``$DSR_STAFF``) names nobody: a usage error, so exit code 2."""

    exit_code = 2


def _actor(app: App) -> str:
    """Who the audit log records: a blank name would answer "who" with nothing."""
    who = app.staff.strip()
    if not who:
        raise BlankActorError("--as (or DSR_STAFF) is blank: give the name of who is acting")
    return who


def _change(app: App, reference: str, change: CaseChange) -> None:
    """Lock the case, apply ``change`` as the acting staff member, print where it stands."""
    settings = app.settings
    who = _actor(app)
    with transaction(session_factory(app.engine)) as session:
        case = case_for_update(session, reference)
        if case is None:
            raise NotFoundError(f"no case {reference!r} (see `dsr queue`)")
        try:
            note = change(session, case, who, app.clock.now())
        except LifecycleError as exc:
            raise DsrError(str(exc)) from exc
        line = render.case_line(case, app.clock.now(), settings.deadlines.zone)
    click.echo(f"{line}; {note}" if note else line)


reference_argument = click.argument("reference")


@click.command(context_settings=CONTEXT_SETTINGS)
@reference_argument
@click.argument("assignee")
@click.pass_obj
def assign(app: App, reference: str, assignee: str) -> None:
    """Give a case to ASSIGNEE; a new case is then in progress.

    Example: dsr assign DSR-2026-0001 maria
    """
    _change(
        app, reference, lambda s, c, who, now: lifecycle.assign(s, c, assignee, actor=who, now=now)
    )


@click.command(context_settings=CONTEXT_SETTINGS)
@reference_argument
@click.option("--how", help="How the identity was verified (kept in the audit log).")
@click.pass_obj
def verify(app: App, reference: str, how: str | None) -> None:
    """Record that the requester's identity is verified (ends a wait for verification).

    Example: dsr verify DSR-2026-0001 --how "matched the account's phone number"
    """
    policy = app.settings.policy()
    _change(
        app,
        reference,
        lambda s, c, who, now: lifecycle.verify_identity(
            s, c, actor=who, now=now, policy=policy, reason=how
        ),
    )


@click.command("request-info", context_settings=CONTEXT_SETTINGS)
@reference_argument
@click.option(
    "--what",
    type=click.Choice(lifecycle.AWAITING_KINDS),
    default="clarification",
    show_default=True,
    help="What the requester must send.",
)
@click.option("--reason", help="What was asked for (kept in the audit log).")
@click.pass_obj
def request_info(app: App, reference: str, what: str, reason: str | None) -> None:
    """Wait for the requester; the clock pauses if deadlines.pause_while_waiting is on.

    Example: dsr request-info DSR-2026-0001 --what verification --reason "copy of ID"
    """
    policy = app.settings.policy()
    _change(
        app,
        reference,
        lambda s, c, who, now: lifecycle.request_info(
            s, c, what, actor=who, now=now, policy=policy, reason=reason
        ),
    )


@click.command(context_settings=CONTEXT_SETTINGS)
@reference_argument
@click.option("--reason", help="Why the clock stops (kept in the audit log).")
@click.pass_obj
def pause(app: App, reference: str, reason: str | None) -> None:
    """Stop the deadline clock of a case that waits for the requester.

    The clock pauses only while the case waits for the requester (`dsr request-info`, which
    pauses it by itself) and only when deadlines.pause_while_waiting is on; this pauses a
    waiting case whose clock still runs, e.g. one asked before the setting was turned on.

    Example: dsr pause DSR-2026-0001 --reason "waiting for proof of guardianship"
    """
    policy = app.settings.policy()
    _change(
        app,
        reference,
        lambda s, c, who, now: lifecycle.pause(
            s, c, actor=who, now=now, policy=policy, reason=reason
        ),
    )


@click.command(context_settings=CONTEXT_SETTINGS)
@reference_argument
@click.option("--reason", help="Why (kept in the audit log).")
@click.pass_obj
def resume(app: App, reference: str, reason: str | None) -> None:
    """Restart the clock (the paused days are added to the deadline) and stop waiting.

    Example: dsr resume DSR-2026-0001 --reason "requester sent the document"
    """
    policy = app.settings.policy()
    _change(
        app,
        reference,
        lambda s, c, who, now: lifecycle.resume(
            s, c, actor=who, now=now, policy=policy, reason=reason
        ),
    )


@click.command(context_settings=CONTEXT_SETTINGS)
@reference_argument
@click.option("--reason", help="Why more time is needed (told to the requester).")
@click.option(
    "--notice-sent",
    is_flag=True,
    help="The requester has been told (by you, outside dsr): the extension takes effect now.",
)
@click.pass_obj
def extend(app: App, reference: str, reason: str | None, notice_sent: bool) -> None:
    """Extend the deadline once. It takes effect when the requester has been notified.

    \b
    First:  dsr extend REF --reason "..."     (shows "extension pending notice")
    Then:   dsr extend REF --notice-sent      (after telling the requester)
    Or both at once with --reason and --notice-sent.

    Example: dsr extend DSR-2026-0001 --reason "records held by three subsidiaries"
    """
    policy = app.settings.policy()

    def change(session: Session, case: Case, who: str, now: datetime) -> None:
        if reason is not None:
            lifecycle.extend(
                session, case, reason, actor=who, now=now, policy=policy, notice_sent=notice_sent
            )
        elif notice_sent:
            lifecycle.record_extension_notice(session, case, actor=who, now=now, policy=policy)
        else:
            raise LifecycleError("give --reason to extend, or --notice-sent to record the notice")

    _change(app, reference, change)


@click.command(context_settings=CONTEXT_SETTINGS)
@reference_argument
@click.option(
    "--override", "override_reason", help="Why it is complete without a verified identity."
)
@click.pass_obj
def complete(app: App, reference: str, override_reason: str | None) -> None:
    """Close a case as answered. Needs a verified identity, or --override with the reason.

    Example: dsr complete DSR-2026-0001
    """
    _change(
        app,
        reference,
        lambda s, c, who, now: lifecycle.complete(
            s, c, actor=who, now=now, override_reason=override_reason
        ),
    )


@click.command(context_settings=CONTEXT_SETTINGS)
@reference_argument
@click.option(
    "--reason", required=True, help="One of cases.rejection_reasons, any case (quote it)."
)
@click.option("--details", help="Free text for the record.")
@click.pass_obj
def reject(app: App, reference: str, reason: str, details: str | None) -> None:
    """Refuse a request for one of the configured reasons.

    Example: dsr reject DSR-2026-0001 --reason "no data held"
    """
    policy = app.settings.policy()
    _change(
        app,
        reference,
        lambda s, c, who, now: lifecycle.reject(
            s, c, reason, actor=who, now=now, policy=policy, details=details
        ),
    )


@click.command(context_settings=CONTEXT_SETTINGS)
@reference_argument
@click.option("--duplicate-of", "original", metavar="REF", help="The case this one repeats.")
@click.option("--not-a-request", is_flag=True, help="The message was not a request after all.")
@click.option(
    "--different-requester",
    is_flag=True,
    help="With --duplicate-of: the two cases are from different addresses, and it is a "
    "duplicate all the same (recorded in the audit log).",
)
@click.option("--reason", help="Why (kept in the audit log).")
@click.pass_obj
def close(
    app: App,
    reference: str,
    original: str | None,
    not_a_request: bool,
    different_requester: bool,
    reason: str | None,
) -> None:
    """Close a case as a duplicate of another, or as not a request.

    The original must be open (it stays the one to answer) and from the same requester,
    unless --different-requester says otherwise.

    Example: dsr close DSR-2026-0007 --duplicate-of DSR-2026-0003
    """
    if bool(original) == not_a_request:
        raise click.UsageError("give either --duplicate-of REF or --not-a-request")
    if different_requester and not original:
        raise click.UsageError("--different-requester goes with --duplicate-of REF")

    def change(session: Session, case: Case, who: str, now: datetime) -> None:
        if original is None:
            lifecycle.close_not_a_request(session, case, actor=who, now=now, reason=reason)
            return
        first = case_by_reference(session, original)
        if first is None:
            raise LifecycleError(f"no case {original!r} to be a duplicate of")
        lifecycle.close_as_duplicate(
            session, case, first, actor=who, now=now, different_requester=different_requester
        )

    _change(app, reference, change)


@click.command(context_settings=CONTEXT_SETTINGS)
@reference_argument
@click.argument("text")
@click.pass_obj
def note(app: App, reference: str, text: str) -> None:
    """Add a note to a case's timeline.

    Example: dsr note DSR-2026-0001 "Called the requester, will send ID tomorrow"
    """
    _change(app, reference, lambda s, c, who, now: lifecycle.note(s, c, text, actor=who, now=now))


@click.command(context_settings=CONTEXT_SETTINGS)
@reference_argument
@click.argument("code", required=False)
@click.option("--clear", is_flag=True, help="Remove the jurisdiction: the default rule applies.")
@click.pass_obj
def jurisdiction(app: App, reference: str, code: str | None, clear: bool) -> None:
    """Set the jurisdiction whose deadline rule applies (deadlines.jurisdictions).

    An extension already notified to the requester is never shortened: if the new rule
    allows a shorter one or none, the notified date stays (and the output says so).

    Example: dsr jurisdiction DSR-2026-0001 CCPA
    """
    if bool(code) == clear:
        raise click.UsageError("give a jurisdiction CODE or --clear")
    policy = app.settings.policy()
    value = code.upper() if code else None
    _change(
        app,
        reference,
        lambda s, c, who, now: lifecycle.set_jurisdiction(
            s, c, value, actor=who, now=now, policy=policy
        ),
    )


@click.group(context_settings=CONTEXT_SETTINGS)
def audit() -> None:
    """Check the audit log.

    Example: dsr audit verify
    """


@audit.command("verify", context_settings=CONTEXT_SETTINGS)
@click.pass_obj
def audit_verify(app: App) -> None:
    """Check that no audit event was edited, deleted or reordered; exit 1 if one was.

    Example: dsr audit verify
    """
    with transaction(session_factory(app.engine)) as session:
        count, problems = verify_chain(session)
    for problem in problems:
        click.echo(f"event {problem.seq}: {problem.problem}", err=True)
    if problems:
        raise DsrError(f"audit log damaged: {len(problems)} problem(s) in {count} events")
    click.echo(f"audit log intact: {count} events")


COMMANDS: tuple[click.Command, ...] = (
    assign,
    verify,
    request_info,
    pause,
    resume,
    extend,
    complete,
    reject,
    close,
    note,
    jurisdiction,
    audit,
)
