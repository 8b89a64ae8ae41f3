"""``dsr run``: watch the mailbox, store and route what arrives, stop cleanly.

The loop is a sequence of testable steps: connect, ``sync_once``, wait for new mail (IMAP
IDLE where the server has it, else a poll interval), again. Losing the server is not an
error once running: it reconnects with exponential backoff and jitter. At start, an
unreachable server or a refused login ends the run with one line (the supervisor's log says
why). The first SIGTERM or SIGINT finishes the message in hand and exits 0; a second one
exits at once.
"""

from __future__ import annotations

import logging
import random
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from types import FrameType

from sqlalchemy.orm import Session, sessionmaker

from intake.imap import ImapError, ImapMailbox, ImapSettings
from intake.pipeline import Pipeline
from intake.sync import sync_once

log = logging.getLogger(__name__)

# How often a wait checks whether it was asked to stop; bounds shutdown latency.
_WAKE_SECONDS = 2.0
_BACKOFF_FIRST = 1.0
_BACKOFF_MAX = 300.0


@dataclass
class Watcher:
    """Watches one mailbox folder and feeds the pipeline."""

    imap: ImapSettings
    mailbox_name: str
    pipeline: Pipeline
    factory: sessionmaker[Session]
    idle: bool = True
    poll_seconds: float = 60.0
    jitter: Callable[[], float] = field(default=random.random)
    after_sync: Callable[[], None] | None = None
    """Work to do after each sync (the outbound mail jobs); its errors are logged, not fatal."""
    stopping: threading.Event = field(default_factory=threading.Event)
    _signals: int = 0

    def run(self, once: bool = False) -> int:
        """Work until stopped (or, with ``once``, until nothing is waiting); the exit code.

        Raises ImapError when the server cannot be used at start (or at all, with ``once``).
        """
        mailbox_id = self.pipeline.mailbox_id(self.mailbox_name, "imap", self.imap.location)
        connected_once = False
        failures = 0
        while not self.stopping.is_set():
            try:
                with ImapMailbox(self.imap) as box:
                    connected_once, failures = True, 0
                    log.info("imap %s: connected, watching %s", box.label, self.imap.folder)
                    while not self.stopping.is_set():
                        report = sync_once(
                            self.pipeline,
                            box,
                            mailbox_id,
                            self.factory,
                            should_stop=self.stopping.is_set,
                        )
                        if report.fetched:
                            log.info("%s", report.summary())
                        self._after_sync()
                        if once:
                            return 0
                        self._wait(box)
            except ImapError as exc:
                if once or not connected_once:
                    raise
                failures += 1
                delay = self._backoff(failures)
                log.warning("imap %s: %s; reconnecting in %.1f s", self.imap.label, exc, delay)
                self.stopping.wait(delay)
        log.info("imap %s: stopped", self.imap.label)
        return 0

    def _after_sync(self) -> None:
        if self.after_sync is None:
            return
        try:
            self.after_sync()
        except Exception:  # mail must not stop intake; the traceback tells the operator why
            log.exception("imap %s: outbound mail jobs failed; intake goes on", self.imap.label)

    def _backoff(self, failures: int) -> float:
        # Full jitter around an exponential ceiling, so several watchers do not reconnect in step.
        ceiling = min(_BACKOFF_MAX, _BACKOFF_FIRST * 2.0 ** (failures - 1))
        return ceiling * (0.5 + self.jitter() / 2)

    def _wait(self, box: ImapMailbox) -> None:
        """Return when new mail may be there, the poll interval passed, or a stop was asked."""
        deadline = time.monotonic() + self.poll_seconds
        while not self.stopping.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                return
            if self.idle:
                if box.idle_wait(min(left, _WAKE_SECONDS)):
                    return
            else:
                self.stopping.wait(min(left, _WAKE_SECONDS))

    def handle_signal(self, signum: int, _frame: FrameType | None) -> None:
        """First signal: finish the message in hand, then exit 0. Second: exit now."""
        self._signals += 1
        if self._signals > 1:
            log.warning("signal %d again: exiting at once", signum)
            raise SystemExit(1)
        log.info("signal %d: finishing the message in hand, then stopping", signum)
        self.stopping.set()

    def install_signal_handlers(self) -> None:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self.handle_signal)
