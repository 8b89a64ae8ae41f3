"""Incremental sync of one IMAP folder into the pipeline, with write-back after each commit.

Fetching is at-least-once and storing is idempotent: a message is checkpointed (the Mailbox
row's last_uid) only after ``Pipeline.ingest`` has committed it, so a crash re-fetches at most
the messages after the checkpoint, and the content-hash dedupe in ``ingest`` stores them once.
The checkpoint is written every CHECKPOINT_MESSAGES messages or CHECKPOINT_SECONDS, and when
a sync ends or stops, rather than after each message (one commit less per message).
A new UIDVALIDITY means the server renumbered the folder: everything is fetched again, and the
dedupe re-points the stored rows at their new UIDs.

Write-back (a keyword per decision, optionally moving irrelevant mail) happens after the commit
and may fail without losing anything: the server is the record of what is done. Each sync
first asks it for checkpointed messages still lacking their keyword (or irrelevant mail still in
the folder when moving is on) and writes those back again.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from intake.imap import ImapError, ImapMailbox
from intake.pipeline import Outcome, Pipeline, Result
from models.db import transaction
from models.tables import Decision, Mailbox, Message

log = logging.getLogger(__name__)

_LOOKUP_CHUNK = 500  # UIDs per IN (...) query: well below every backend's parameter limit
# The checkpoint is written after this many committed messages or seconds, and at the end.
CHECKPOINT_MESSAGES = 100
CHECKPOINT_SECONDS = 2.0


@dataclass
class SyncReport:
    """What one sync did."""

    mailbox: str
    uidvalidity: int = 0
    uidvalidity_reset: bool = False
    last_uid: int = 0
    fetched: int = 0
    outcomes: Counter[Outcome] = field(default_factory=Counter)
    backlog: int = 0
    """Messages beyond the checkpoint when the sync started."""
    written_back: int = 0
    writeback_failed: int = 0
    writeback_retried: int = 0
    seconds: float = 0.0

    @property
    def stored(self) -> int:
        """Messages stored for the first time (classified or failed)."""
        return self.fetched - self.outcomes[Outcome.DUPLICATE]

    @property
    def failed(self) -> int:
        return self.outcomes[Outcome.FAILED]

    def summary(self) -> str:
        parts = [f"{self.fetched} fetched"]
        parts += [f"{n} {o.value}" for o, n in sorted(self.outcomes.items()) if n]
        if self.written_back or self.writeback_failed:
            parts.append(f"{self.written_back} written back")
        if self.writeback_retried:
            parts.append(f"{self.writeback_retried} written back late")
        if self.writeback_failed:
            parts.append(f"{self.writeback_failed} write-back failed")
        if self.uidvalidity_reset:
            parts.append("UIDVALIDITY changed: re-synced")
        return f"imap {self.mailbox}: " + ", ".join(parts) + f" (last uid {self.last_uid})"


def sync_once(
    pipeline: Pipeline,
    mailbox: ImapMailbox,
    mailbox_id: int,
    factory: sessionmaker[Session],
    *,
    now: Callable[[], datetime] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> SyncReport:
    """Fetch, store and write back everything new in the folder since the last checkpoint.

    ``mailbox`` must be connected. Raises ImapError when the server fails (what was done so
    far stays checkpointed); a bad message never stops the sync. ``should_stop`` is asked
    after each message: a shutdown finishes the message in hand, checkpoints it, and returns.
    """
    clock = now or (lambda: datetime.now(UTC))
    started = time.monotonic()
    label = mailbox.label
    report = SyncReport(mailbox=label)
    state = mailbox.select()
    report.uidvalidity = state.uidvalidity

    stored_validity, last_uid = _read_checkpoint(factory, mailbox_id)
    if stored_validity is not None and stored_validity != state.uidvalidity:
        log.warning(
            "imap %s: UIDVALIDITY changed %d -> %d: fetching the whole folder again "
            "(stored messages are recognised by content, not duplicated)",
            label,
            stored_validity,
            state.uidvalidity,
        )
        report.uidvalidity_reset = True
        last_uid = 0
        report.last_uid = 0
        _write_checkpoint(factory, mailbox_id, state.uidvalidity, report, clock())
    report.last_uid = last_uid

    if last_uid > 0:
        _retry_write_back(mailbox, factory, mailbox_id, state.uidvalidity, last_uid, report)

    # UIDNEXT says whether anything arrived, without a SEARCH (the common idle poll).
    if state.uidnext is None or state.uidnext > last_uid + 1:
        # The backlog, for `dsr status`: what waits beyond the checkpoint as the sync starts.
        report.backlog = len(
            [u for u in mailbox.search_uids(["UID", f"{last_uid + 1}:*"]) if u > last_uid]
        )
        try:
            _ingest_new(pipeline, mailbox, mailbox_id, factory, report, clock, should_stop)
        except BaseException:
            # The server or the database went away mid-sync, or a second signal: checkpoint
            # what was committed so far (if the database still can), then let it propagate.
            try:
                _write_checkpoint(factory, mailbox_id, state.uidvalidity, report, clock())
            except Exception as exc:
                log.warning("imap %s: cannot write the checkpoint: %s", label, exc)
            raise

    _write_checkpoint(factory, mailbox_id, state.uidvalidity, report, clock(), good=True)
    report.seconds = time.monotonic() - started
    log.info("%s in %.2f s", report.summary(), report.seconds)
    return report


def _ingest_new(
    pipeline: Pipeline,
    mailbox: ImapMailbox,
    mailbox_id: int,
    factory: sessionmaker[Session],
    report: SyncReport,
    clock: Callable[[], datetime],
    should_stop: Callable[[], bool] | None,
) -> None:
    """Store and write back each message after ``report.last_uid``, checkpointing as it goes."""
    uidvalidity = report.uidvalidity
    checkpointed_at, checkpointed = 0, time.monotonic()
    for raw in mailbox.fetch_since(report.last_uid):
        uid = raw.uid or 0  # fetch_since always sets it; 0 keeps the types honest
        report.fetched += 1
        result = pipeline.ingest(mailbox_id, raw)  # commits; never raises for bad mail
        report.outcomes[result.outcome] += 1
        decision = _decision(factory, result)
        if decision is not None:
            if _write_back(mailbox, uid, decision):
                report.written_back += 1
            else:
                report.writeback_failed += 1
        # Only now, with the message committed, may the checkpoint pass it. It is written every
        # so often, not after each message: that would double the commits (each an fsync), and
        # a crash re-fetches at most the messages since, which the dedupe in ingest recognises
        # (and writes back again).
        report.last_uid = uid
        if (
            report.fetched - checkpointed_at >= CHECKPOINT_MESSAGES
            or time.monotonic() - checkpointed >= CHECKPOINT_SECONDS
        ):
            _write_checkpoint(factory, mailbox_id, uidvalidity, report, clock())
            checkpointed_at, checkpointed = report.fetched, time.monotonic()
        if should_stop is not None and should_stop():
            log.info("imap %s: stopping after uid %d as asked", mailbox.label, uid)
            return


def _read_checkpoint(factory: sessionmaker[Session], mailbox_id: int) -> tuple[int | None, int]:
    with transaction(factory) as session:
        box = session.get(Mailbox, mailbox_id)
        if box is None:
            raise LookupError(f"mailbox #{mailbox_id} does not exist")
        return box.uidvalidity, box.last_uid or 0


def _write_checkpoint(
    factory: sessionmaker[Session],
    mailbox_id: int,
    uidvalidity: int,
    report: SyncReport,
    at: datetime,
    *,
    good: bool = False,
) -> None:
    """Checkpoint ``report.last_uid``; ``good``: the sync ended well (clears the last error)."""
    values: dict[str, object] = {
        "uidvalidity": uidvalidity,
        "last_uid": report.last_uid,
        "backlog": max(0, report.backlog - report.fetched),
    }
    if good:
        values |= {"last_sync_at": at, "last_error": None, "last_error_at": None}
    with transaction(factory) as session:
        session.execute(update(Mailbox).where(Mailbox.id == mailbox_id).values(**values))


def _decision(factory: sessionmaker[Session], result: Result) -> Decision | None:
    """The stored decision to write back for ``result`` (None: failed, or nothing stored)."""
    if result.outcome in (Outcome.RELEVANT, Outcome.NEEDS_TRIAGE, Outcome.IRRELEVANT):
        return Decision(result.outcome.value)
    if result.outcome is Outcome.DUPLICATE and result.message_id is not None:
        # Seen before (e.g. under an old UIDVALIDITY): write back what was decided then, which
        # may since have been corrected by staff.
        with transaction(factory) as session:
            return session.scalar(select(Message.decision).where(Message.id == result.message_id))
    return None


def _write_back(mailbox: ImapMailbox, uid: int, decision: Decision) -> bool:
    """Keyword, then move (so the moved copy carries the keyword); False if the server failed."""
    target = mailbox.settings.move_irrelevant_to
    try:
        mailbox.mark(uid, decision)
        if decision is Decision.IRRELEVANT and target:
            mailbox.move(uid, target)
    except ImapError as exc:
        log.warning(
            "imap %s: write-back of uid %d (%s) failed; retried next sync: %s",
            mailbox.label,
            uid,
            decision.value,
            exc,
        )
        return False
    return True


def _retry_write_back(
    mailbox: ImapMailbox,
    factory: sessionmaker[Session],
    mailbox_id: int,
    uidvalidity: int,
    last_uid: int,
    report: SyncReport,
) -> None:
    """Write back again what an earlier sync could not, asking the server what is missing."""
    target = mailbox.settings.move_irrelevant_to
    wanted = [
        d for d in Decision if mailbox.keyword_for(d) or (d is Decision.IRRELEVANT and target)
    ]
    if not wanted:
        return
    checkpointed = ["UID", f"1:{last_uid}"]
    keywords = [k for k in (mailbox.keyword_for(d) for d in Decision) if k]
    try:
        if keywords:
            lacking = checkpointed + [w for k in keywords for w in ("NOT", "KEYWORD", k)]
            candidates = set(mailbox.search_uids(lacking))
            not_dsr = mailbox.keyword_for(Decision.IRRELEVANT)
            if target and not_dsr:
                # Flagged irrelevant but still here: the move failed last time.
                candidates |= set(mailbox.search_uids([*checkpointed, "KEYWORD", not_dsr]))
        else:
            candidates = set(mailbox.search_uids(checkpointed))
    except ImapError as exc:
        log.warning("imap %s: cannot look for pending write-back: %s", mailbox.label, exc)
        return
    if not candidates:
        return
    pending = _stored_decisions(factory, mailbox_id, uidvalidity, sorted(candidates), wanted)
    for uid, decision in pending:
        log.info("imap %s: uid %d: retrying write-back (%s)", mailbox.label, uid, decision.value)
        if _write_back(mailbox, uid, decision):
            report.writeback_retried += 1
        else:
            report.writeback_failed += 1


def _stored_decisions(
    factory: sessionmaker[Session],
    mailbox_id: int,
    uidvalidity: int,
    uids: Sequence[int],
    decisions: Sequence[Decision],
) -> list[tuple[int, Decision]]:
    found: list[tuple[int, Decision]] = []
    with transaction(factory) as session:
        for start in range(0, len(uids), _LOOKUP_CHUNK):
            rows = session.execute(
                select(Message.uid, Message.decision)
                .where(
                    Message.mailbox_id == mailbox_id,
                    Message.uidvalidity == uidvalidity,
                    Message.uid.in_(uids[start : start + _LOOKUP_CHUNK]),
                    Message.decision.in_(decisions),
                )
                .order_by(Message.uid)
            )
            found += [(uid, decision) for uid, decision in rows if uid is not None and decision]
    return found
