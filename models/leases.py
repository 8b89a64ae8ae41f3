"""Mailbox leases: which ``dsr run`` process works a mailbox, and the mailbox's health.

Several ``dsr run`` processes may share one database. Each mailbox is worked by the one
holding its lease: the row's (``lease_holder``, ``lease_expires_at``), taken and renewed by a
single conditional UPDATE, so two processes racing for it cannot both win, on SQLite and
PostgreSQL alike. A lease row rather than a PostgreSQL advisory lock: it works on both
backends, survives the connection pool recycling a connection, and ``dsr status`` can show who
holds it and until when.

The holder renews the lease every third of its length. When the holder dies, the lease runs
out and another process takes over; on the same host a holder whose process is gone is
recognised at once (its pid no longer exists), so a restart by the supervisor does not wait.

Exactly-once storing does not rest on the lease: the unique constraints on messages do. If a
stalled holder wakes after losing its lease, the worst case is a message fetched twice and
recognised as stored; the lease keeps processes from doing the same work side by side.
"""

from __future__ import annotations

import functools
import logging
import os
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from models.db import transaction
from models.tables import Mailbox

log = logging.getLogger(__name__)


class LeaseLostError(Exception):
    """Another process holds the mailbox now: stop working it."""


@functools.cache
def process_identity() -> str:
    """``host:pid:nonce``: who holds a lease (the nonce tells a reused pid apart)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


def _dead_on_this_host(holder: str) -> bool:
    """True if ``holder`` names a process of this host that no longer runs."""
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False  # this process: another lease object of ours, alive
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # exists, someone else's
    return False


def try_acquire(
    session: Session, mailbox_id: int, holder: str, now: datetime, seconds: float
) -> str | None:
    """Take or renew the lease; None when taken, else the holder that has it."""
    until = now + timedelta(seconds=seconds)
    taken = session.execute(
        update(Mailbox)
        .where(
            Mailbox.id == mailbox_id,
            or_(
                Mailbox.lease_holder.is_(None),
                Mailbox.lease_holder == holder,
                Mailbox.lease_expires_at.is_(None),
                Mailbox.lease_expires_at < now,
            ),
        )
        .values(lease_holder=holder, lease_expires_at=until)
        .execution_options(synchronize_session=False)
    )
    if _rowcount(taken) == 1:
        return None
    current = session.scalar(select(Mailbox.lease_holder).where(Mailbox.id == mailbox_id))
    if current is None:  # released in between: try once more next time
        return "(released)"
    if _dead_on_this_host(current):
        stolen = session.execute(
            update(Mailbox)
            .where(Mailbox.id == mailbox_id, Mailbox.lease_holder == current)
            .values(lease_holder=holder, lease_expires_at=until)
            .execution_options(synchronize_session=False)
        )
        if _rowcount(stolen) == 1:
            log.info("mailbox #%d: lease of %s (process gone) taken over", mailbox_id, current)
            return None
    return current


def release(session: Session, mailbox_id: int, holder: str) -> None:
    session.execute(
        update(Mailbox)
        .where(Mailbox.id == mailbox_id, Mailbox.lease_holder == holder)
        .values(lease_holder=None, lease_expires_at=None)
        .execution_options(synchronize_session=False)
    )


def _rowcount(result: Any) -> int:
    return int(result.rowcount)


@dataclass
class Lease:
    """One process's hold on one mailbox, renewed as it works."""

    factory: sessionmaker[Session]
    mailbox_id: int
    label: str
    seconds: float
    now: Callable[[], datetime]
    holder: str = field(default_factory=process_identity)
    held: bool = False
    other: str | None = None
    """Who held it when we last failed to take it."""
    _renewed: float = float("-inf")

    def acquire(self) -> bool:
        """Take (or renew) the lease now; False while another live process holds it."""
        with transaction(self.factory) as session:
            self.other = try_acquire(
                session, self.mailbox_id, self.holder, self.now(), self.seconds
            )
        was_held, self.held = self.held, self.other is None
        if self.held:
            self._renewed = time.monotonic()
            if not was_held:
                log.info("mailbox %s: lease taken by %s", self.label, self.holder)
        return self.held

    def keep(self) -> None:
        """Renew when a third of the lease has passed; LeaseLostError if another took it."""
        if not self.held:
            raise LeaseLostError(f"mailbox {self.label}: lease not held")
        if time.monotonic() - self._renewed < self.seconds / 3:
            return
        if not self.acquire():
            raise LeaseLostError(f"mailbox {self.label}: lease lost to {self.other}")

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        with transaction(self.factory) as session:
            release(session, self.mailbox_id, self.holder)
        log.info("mailbox %s: lease released by %s", self.label, self.holder)


def record_error(factory: sessionmaker[Session], mailbox_id: int, error: str, at: datetime) -> None:
    """Keep why the mailbox could not be worked, for ``dsr status``."""
    with transaction(factory) as session:
        session.execute(
            update(Mailbox)
            .where(Mailbox.id == mailbox_id)
            .values(last_error=error[:2000], last_error_at=at)
            .execution_options(synchronize_session=False)
        )


def record_backlog(session: Session, mailbox_id: int, backlog: int) -> None:
    session.execute(
        update(Mailbox)
        .where(Mailbox.id == mailbox_id)
        .values(backlog=backlog)
        .execution_options(synchronize_session=False)
    )


def clear_error(session: Session, mailbox_id: int) -> None:
    session.execute(
        update(Mailbox)
        .where(Mailbox.id == mailbox_id, Mailbox.last_error.is_not(None))
        .values(last_error=None, last_error_at=None)
        .execution_options(synchronize_session=False)
    )


def mailbox_status(session: Session, now: datetime) -> list[dict[str, Any]]:
    """Per mailbox: where it is, the last good sync, backlog, last error and lease holder."""
    rows = []
    for box in session.scalars(select(Mailbox).order_by(Mailbox.name)):
        live = box.lease_expires_at is not None and box.lease_expires_at >= now
        rows.append(
            {
                "name": box.name,
                "kind": box.kind,
                "location": box.location,
                "last_sync_at": _iso(box.last_sync_at),
                "backlog": box.backlog,
                "last_error": box.last_error,
                "last_error_at": _iso(box.last_error_at),
                "lease_holder": box.lease_holder if live else None,
                "lease_expires_at": _iso(box.lease_expires_at) if live else None,
            }
        )
    return rows


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None
