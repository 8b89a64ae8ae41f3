"""``dsr run``: watch the mailboxes, store and route what arrives, send mail, stop cleanly.

The process is an APScheduler 3 background scheduler whose jobs are created at start (no
job tables): one long-running watcher per configured mailbox, and the periodic jobs — the
outbox sender, the daily deadline reminders, the weekly digest and the daily retention
purge — each with ``max_instances=1``, ``coalesce`` and a misfire grace. The periodic jobs
also run once at start, so what fell due while the service was down is caught up; each is
idempotent (the digest once per week, reminders once per day and address, outbox rows
claimed), so several processes may run them side by side.

A watcher works its mailbox only while it holds the mailbox's lease (models.leases): with
several ``dsr run`` processes on one database, each mailbox is worked by one of them, and
taken over by another when its holder dies. Its loop: take the lease, connect, ``sync_once``,
wait for new mail (IMAP IDLE where the server has it, else a poll interval), again, renewing
the lease as it goes. Losing the server is not an error once running: it reconnects with
exponential backoff and jitter. At start, an unreachable server or a refused login ends the
run with one line (the supervisor's log says why).

The first SIGTERM or SIGINT finishes the message in hand and exits 0; a second one exits at
once. An error inside one message is parked by the pipeline (the message is kept as failed);
an error outside a message ends the job: it is logged with its traceback and the process
exits non-zero, so the supervisor restarts it.
"""

from __future__ import annotations

import logging
import os
import random
import signal
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import FrameType
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session, sessionmaker

from intake.imap import ImapError, ImapMailbox, ImapSettings
from intake.pipeline import Pipeline
from intake.sync import sync_once
from models.leases import Lease, LeaseLostError, record_error
from service import logs

log = logging.getLogger(__name__)

# How often a wait checks whether it was asked to stop; bounds shutdown latency.
_WAKE_SECONDS = 2.0
_BACKOFF_FIRST = 1.0
_BACKOFF_MAX = 300.0


@dataclass
class Watcher:
    """Watches one mailbox folder and feeds the pipeline, while it holds the mailbox's lease."""

    imap: ImapSettings
    mailbox_name: str
    pipeline: Pipeline
    factory: sessionmaker[Session]
    now: Callable[[], datetime]
    idle: bool = True
    poll_seconds: float = 60.0
    lease_seconds: float = 30.0
    jitter: Callable[[], float] = field(default=random.random)
    stopping: threading.Event = field(default_factory=threading.Event)
    lease: Lease | None = None
    siblings: Sequence[Watcher] = ()
    """The other watchers of this process (to share mailboxes out between processes)."""
    _defer_until: float | None = None
    _connected_once: bool = False
    _failures: int = 0

    @property
    def label(self) -> str:
        return self.mailbox_name

    def run(self, once: bool = False) -> int:
        """Work until stopped (or, with ``once``, until nothing is waiting); the exit code.

        Raises ImapError when the server cannot be used at start (or at all, with ``once``).
        """
        context = logs.current_mailbox.set(self.mailbox_name)
        try:
            return self._run(once)
        finally:
            logs.current_mailbox.reset(context)

    def _run(self, once: bool) -> int:
        mailbox_id = self.pipeline.mailbox_id(self.mailbox_name, "imap", self.imap.location)
        self.lease = Lease(self.factory, mailbox_id, self.label, self.lease_seconds, self.now)
        self._connected_once, self._failures = False, 0
        try:
            while not self.stopping.is_set():
                if not self._take_lease(once):
                    if once:
                        return 0
                    continue
                try:
                    self._work(mailbox_id, once)
                    if once:
                        return 0
                except LeaseLostError as exc:
                    log.warning("%s; waiting to take it back", exc)
                except ImapError as exc:
                    record_error(self.factory, mailbox_id, str(exc), self.now())
                    if once or not self._connected_once:
                        raise
                    self._failures += 1
                    delay = self._backoff(self._failures)
                    log.warning("mailbox %s: %s; reconnecting in %.1f s", self.label, exc, delay)
                    self._release()  # let another process try while we back off
                    self.stopping.wait(delay)
        finally:
            self._release()
        log.info("mailbox %s: stopped", self.label)
        return 0

    def _take_lease(self, once: bool) -> bool:
        """True when this process may work the mailbox now; else waits a little (not once)."""
        if self.lease is None:
            return True
        if not once and not self.lease.held and self._defer():
            return False
        if self.lease.acquire():
            self._defer_until = None
            return True
        if once:
            log.info("mailbox %s: worked by %s; skipped", self.label, self.lease.other)
        else:
            log.debug("mailbox %s: worked by %s; waiting", self.label, self.lease.other)
            self.stopping.wait(min(_WAKE_SECONDS * 2, self.lease.seconds / 3))
        return False

    def _defer(self) -> bool:
        """True (after a short wait) while a process holding nothing yet should go first.

        Mailboxes are shared out between processes: a process that already works another
        mailbox waits a third of the lease before taking a free one, so that an idle process
        takes it; if none does, this one takes it after all.
        """
        holding = sum(1 for w in self.siblings if w is not self and w.lease and w.lease.held)
        if not holding:
            self._defer_until = None
            return False
        now = time.monotonic()
        if self._defer_until is None:
            assert self.lease is not None  # noqa: S101 - only called with a lease
            self._defer_until = now + self.lease.seconds / 3
        if now >= self._defer_until:
            return False
        self.stopping.wait(min(_WAKE_SECONDS, self._defer_until - now))
        return True

    def _work(self, mailbox_id: int, once: bool) -> None:
        with ImapMailbox(self.imap) as box:
            # From now on losing the server means reconnecting, not a failure at start.
            self._connected_once, self._failures = True, 0
            log.info(
                "mailbox %s: connected to %s, watching %s",
                self.label,
                box.label,
                box.settings.folder,
            )
            while not self.stopping.is_set():
                self._keep_lease()
                sync_once(  # logs what it did
                    self.pipeline,
                    box,
                    mailbox_id,
                    self.factory,
                    now=self.now,
                    should_stop=self._should_stop,
                )
                if once:
                    break
                self._wait(box)

    def _keep_lease(self) -> None:
        if self.lease is not None:
            self.lease.keep()

    def _should_stop(self) -> bool:
        """Asked after each message: stop for a signal, or when the lease is gone."""
        if self.stopping.is_set():
            return True
        try:
            self._keep_lease()
        except LeaseLostError:
            return True
        return False

    def _release(self) -> None:
        if self.lease is not None:
            try:
                self.lease.release()
            except Exception as exc:  # the database is gone: the lease simply runs out
                log.warning("mailbox %s: cannot release the lease: %s", self.label, exc)

    def _backoff(self, failures: int) -> float:
        # Full jitter around an exponential ceiling, so several watchers do not reconnect in step.
        ceiling = min(_BACKOFF_MAX, _BACKOFF_FIRST * 2.0 ** (failures - 1))
        return ceiling * (0.5 + self.jitter() / 2)

    def _wait(self, box: ImapMailbox) -> None:
        """Return when new mail may be there, the poll interval passed, or a stop was asked."""
        deadline = time.monotonic() + self.poll_seconds
        while not self.stopping.is_set():
            self._keep_lease()
            left = deadline - time.monotonic()
            if left <= 0:
                return
            if self.idle:
                if box.idle_wait(min(left, _WAKE_SECONDS)):
                    return
            else:
                self.stopping.wait(min(left, _WAKE_SECONDS))


@dataclass(frozen=True)
class Job:
    """A periodic job: ``cron`` fields (e.g. ``{"hour": 8}``) or ``every`` seconds."""

    name: str
    func: Callable[[], object]
    every: float | None = None
    cron: dict[str, Any] | None = None
    at_start: bool = True
    """Also run once right away: catch up on what fell due while the service was down."""


@dataclass
class Daemon:
    """The scheduler with the watchers and periodic jobs; signals; the exit code."""

    watchers: Sequence[Watcher]
    jobs: Sequence[Job]
    zone: ZoneInfo
    misfire_grace_seconds: float = 3600.0
    stopping: threading.Event = field(default_factory=threading.Event)
    fatal: tuple[str, BaseException] | None = None
    _signals: int = 0

    def __post_init__(self) -> None:
        for watcher in self.watchers:
            watcher.stopping = self.stopping
            watcher.siblings = self.watchers

    def run(self) -> int:
        """Run until a signal (0) or a failed job (1, with ``fatal`` saying which)."""
        from apscheduler.events import EVENT_JOB_ERROR, JobExecutionEvent
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.schedulers.background import BackgroundScheduler

        def failed(event: JobExecutionEvent) -> None:
            # APScheduler has logged the traceback; stop everything so the supervisor restarts.
            self.fatal = (str(event.job_id), event.exception)
            log.error("job %s failed: stopping so that the service is restarted", event.job_id)
            self.stopping.set()

        scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(len(self.watchers) + len(self.jobs) + 1)},
            job_defaults={
                "max_instances": 1,
                "coalesce": True,
                "misfire_grace_time": int(self.misfire_grace_seconds),
            },
            timezone=self.zone,
        )
        scheduler.add_listener(failed, EVENT_JOB_ERROR)
        for watcher in self.watchers:
            # A watcher is one long-running job: it returns when the service stops.
            scheduler.add_job(watcher.run, id=f"mailbox:{watcher.mailbox_name}")
        now = datetime.now(self.zone)
        for job in self.jobs:
            trigger: Any
            if job.every is not None:
                trigger, fields = "interval", {"seconds": job.every}
            else:
                trigger, fields = "cron", dict(job.cron or {})
            # Left out, next_run_time is computed from the trigger; None would pause the job.
            first = {"next_run_time": now} if job.at_start else {}
            scheduler.add_job(job.func, trigger, id=job.name, **fields, **first)
        log.info(
            "scheduler: %d mailbox watcher(s), jobs %s",
            len(self.watchers),
            ", ".join(job.name for job in self.jobs) or "none",
        )
        scheduler.start()
        try:
            while not self.stopping.wait(1.0):
                pass
        finally:
            # Waits for the jobs in hand: a watcher finishes its message, a sender its mail.
            scheduler.shutdown(wait=True)
        return 0 if self.fatal is None else 1

    def run_once(self) -> int:
        """``dsr run --once``: sync every mailbox (it holds), run the jobs once, exit 0.

        Raises ImapError when a mailbox cannot be used.
        """
        for watcher in self.watchers:
            if self.stopping.is_set():
                break
            watcher.run(once=True)
        for job in self.jobs:
            if self.stopping.is_set():
                break
            job.func()
        return 0

    def handle_signal(self, signum: int, _frame: FrameType | None) -> None:
        """First signal: finish the message in hand, then exit 0. Second: exit now."""
        self._signals += 1
        if self._signals > 1:
            log.warning("signal %d again: exiting at once", signum)
            logging.shutdown()
            os._exit(1)  # the workers are threads: SystemExit would wait for them
        log.info("signal %d: finishing the message in hand, then stopping", signum)
        self.stopping.set()

    def install_signal_handlers(self) -> None:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self.handle_signal)
