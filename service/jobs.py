"""The periodic jobs of ``dsr run``: outbox sender, deadline reminders, weekly digest, purge.

Each job is one small function of the App, idempotent, so that a job run twice (a restart,
a second process on the same database) does no harm: acknowledgements and reminders carry
dedupe keys, the digest is queued once per ISO week, outbox rows are claimed before sending,
and a purge finds nothing left to purge.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sized
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from models.db import session_factory, transaction
from service.daemon import Job

if TYPE_CHECKING:
    from models.outbox import OutboxMail
    from service.app import App
    from service.outbox import Delivery

log = logging.getLogger(__name__)


def _hour_minute(value: str) -> dict[str, int]:
    hours, _, minutes = value.partition(":")
    return {"hour": int(hours), "minute": int(minutes)}


def _log_delivery(job: str, delivery: Delivery) -> None:
    if delivery.sent or delivery.failed or delivery.retrying or delivery.error:
        log.info(
            "%s: sent %d, retrying %d, failed %d%s",
            job,
            len(delivery.sent),
            len(delivery.retrying),
            len(delivery.failed),
            f"; {delivery.error}" if delivery.error else "",
        )


def _queue_then_send(app: App, job: str, queue: Callable[[Session], Sized]) -> None:
    """Queue mail in one transaction (``queue``), then send what the outbox holds."""
    from service import outbox

    factory = session_factory(app.engine)
    with transaction(factory) as session:
        queued = len(queue(session))
    if queued:
        log.info("%s: queued %d mail(s)", job, queued)
    _log_delivery(job, outbox.deliver(factory, app.settings, app.clock.now))


def send_outbox(app: App) -> None:
    """Queue due acknowledgements, then send what the outbox holds."""
    from service import notices

    _queue_then_send(
        app,
        "outbox",
        lambda session: notices.auto_acknowledge(session, app.settings, app.clock.now()),
    )


def weekly_digest(app: App) -> None:
    """Queue this week's digest once it is due (once per week across restarts and processes)."""
    from service import digest

    def queue(session: Session) -> list[OutboxMail]:
        mail = digest.queue_digest_if_due(session, app.settings, app.clock.now())
        return [mail] if mail is not None else []

    _queue_then_send(app, "digest", queue)


def deadline_reminders(app: App) -> None:
    """Queue today's reminders of cases due soon or overdue (once a day per address)."""
    from service import digest

    _queue_then_send(
        app,
        "reminders",
        lambda session: digest.queue_reminders(session, app.settings, app.clock.now()),
    )


def retention_purge(app: App) -> None:
    """Purge the text of old irrelevant mail and long-closed cases (an audit event each)."""
    from models.retention import purge

    retention = app.settings.retention
    with transaction(session_factory(app.engine)) as session:
        plan = purge(
            session,
            app.clock.now(),
            irrelevant_days=retention.irrelevant_days,
            case_years=retention.case_years,
        )
    if plan.irrelevant or plan.closed_cases:
        log.info(
            "purge: %d irrelevant message(s), %d message(s) of closed cases",
            len(plan.irrelevant),
            len(plan.closed_cases),
        )


def daemon_jobs(app: App, *, once: bool = False) -> list[Job]:
    """The periodic jobs for these settings (``once``: what ``dsr run --once`` runs)."""
    from service.digest import zone_of

    settings = app.settings
    zone = zone_of(settings)
    jobs: list[Job] = []
    if settings.smtp.host:
        jobs.append(
            Job("outbox", functools.partial(send_outbox, app), every=settings.smtp.poll_seconds)
        )
        if settings.digest.recipients:
            cron = {"day_of_week": settings.digest.weekday, "timezone": zone}
            jobs.append(
                Job(
                    "digest",
                    functools.partial(weekly_digest, app),
                    cron=cron | _hour_minute(settings.digest.time),
                )
            )
        if settings.digest.reminders:
            jobs.append(
                Job(
                    "reminders",
                    functools.partial(deadline_reminders, app),
                    cron={"timezone": zone} | _hour_minute(settings.digest.reminder_time),
                )
            )
    if not once:
        jobs.append(
            Job(
                "purge",
                functools.partial(retention_purge, app),
                cron={"timezone": settings.deadlines.zone}
                | _hour_minute(settings.daemon.purge_time),
            )
        )
    return jobs
