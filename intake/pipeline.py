"""From raw bytes to a stored, classified message — one transaction per message.

A message is stored once per mailbox (by the hash of its bytes). Parsing or classifying may
fail; the message is then stored as failed with its error and raw bytes, for staff to see
and retry, and the caller goes on with the next one.
"""

from __future__ import annotations

import enum
import logging
import zlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from classifier.document import Document
from classifier.prediction import Prediction
from intake.errors import ParseError
from intake.parse import ParsedMessage, content_hash, parse_message
from intake.sources import RawMessage, Receipt, receipt
from models.audit import record_event
from models.cases import CaseFacts, open_case
from models.db import transaction
from models.lifecycle import close_as_duplicate, resume
from models.policy import Policy
from models.tables import Case, CaseStatus, Decision, Mailbox, Message, MessageStatus
from models.threading import case_of_reply, message_ids, open_duplicate_of

log = logging.getLogger(__name__)

ACTOR = "dsr-intake"
# Storing is retried when a concurrent writer took the same case number (a unique conflict).
_STORE_ATTEMPTS = 3


class Predictor(Protocol):
    """What the pipeline needs of a classifier (``classifier.predict.Classifier`` fits)."""

    def predict(self, doc: Document) -> Prediction: ...


class Outcome(enum.StrEnum):
    """What happened to one message."""

    DUPLICATE = "duplicate"
    RELEVANT = "relevant"
    NEEDS_TRIAGE = "needs_triage"
    IRRELEVANT = "irrelevant"
    FAILED = "failed"


@dataclass(frozen=True)
class Result:
    """The outcome for one message, its stored id and the case it opened, if any."""

    outcome: Outcome
    message_id: int | None = None
    case_reference: str | None = None
    error: str | None = None
    notes: tuple[str, ...] = ()
    joined: bool = False
    """The message is a reply and joined ``case_reference`` instead of opening a case."""


class Pipeline:
    """Stores, parses, classifies and routes messages of one mailbox."""

    def __init__(
        self,
        factory: sessionmaker[Session],
        classifier: Callable[[], Predictor],
        *,
        zone: ZoneInfo,
        now: Callable[[], datetime],
        max_chars: int,
        policy: Policy | None = None,
    ) -> None:
        # The classifier is a factory so that a run with nothing new never trains or loads it.
        self._factory = factory
        self._classifier_factory = classifier
        self._classifier: Predictor | None = None
        self._policy = policy or Policy(zone)
        self._now = now
        self._max_chars = max_chars

    @property
    def classifier(self) -> Predictor:
        if self._classifier is None:
            self._classifier = self._classifier_factory()
        return self._classifier

    def mailbox_id(self, name: str, kind: str, location: str) -> int:
        """The id of mailbox ``name``, created on first use (by one of racing processes)."""
        try:
            with transaction(self._factory) as session:
                box = session.scalar(select(Mailbox).where(Mailbox.name == name))
                if box is None:
                    box = Mailbox(name=name, kind=kind, location=location, created_at=self._now())
                    session.add(box)
                    session.flush()
                return box.id
        except IntegrityError:
            # Another process created it between our SELECT and INSERT: it exists now.
            with transaction(self._factory) as session:
                return session.execute(select(Mailbox.id).where(Mailbox.name == name)).scalar_one()

    def ingest(self, mailbox_id: int, message: RawMessage) -> Result:
        """Store and route one message; never raises for a bad message."""
        digest = content_hash(message.raw)
        with transaction(self._factory) as session:
            stored = session.scalar(
                select(Message).where(
                    Message.mailbox_id == mailbox_id, Message.content_sha256 == digest
                )
            )
            if stored is not None:
                if message.uid is not None and (stored.uidvalidity, stored.uid) != (
                    message.uidvalidity,
                    message.uid,
                ):
                    # Seen again under a new UID (UIDVALIDITY reset, or copied back): keep one
                    # row, but point it at where the message is now, for write-back.
                    stored.uidvalidity, stored.uid = message.uidvalidity, message.uid
                    stored.updated_at = self._now()
                log.debug(
                    "message %s (%s): already stored as #%d", message.key, digest[:12], stored.id
                )
                return Result(Outcome.DUPLICATE, stored.id)

        parsed, prediction, error = self._analyse(message.raw, message.key)
        # Receipt: the delivery time when the source knows it, else the Date header.
        received = receipt(message, parsed.sent_at if parsed else None, self._now())
        for attempt in range(1, _STORE_ATTEMPTS + 1):
            try:
                with transaction(self._factory) as session:
                    row = self._new_row(mailbox_id, message, digest, received.at)
                    session.add(row)
                    result = self._record(session, row, parsed, prediction, error)
                break
            except IntegrityError:
                # Either another process stored the same bytes between our check and our
                # insert, or it took the same case number at the same moment. Only the first
                # makes this message a duplicate; the second must be tried again, not dropped.
                existing = self._stored_id(mailbox_id, digest)
                if existing is not None:
                    return Result(Outcome.DUPLICATE, existing)
                if attempt == _STORE_ATTEMPTS:
                    raise
                log.info("message %s: conflict while storing; trying again", message.key)
        self._log(result, message.key)
        if parsed is not None and result.outcome is not Outcome.FAILED:
            result = replace(result, notes=_notes(parsed, received))
        return result

    def _stored_id(self, mailbox_id: int, digest: str) -> int | None:
        with transaction(self._factory) as session:
            return session.scalar(
                select(Message.id).where(
                    Message.mailbox_id == mailbox_id, Message.content_sha256 == digest
                )
            )

    def retry(self, message_pk: int) -> Result:
        """Parse, classify and route a stored failed message again, in one transaction.

        Raises ``LookupError`` if there is no such message or it has not failed.
        """
        with transaction(self._factory) as session:
            row = session.get(Message, message_pk)
            if row is None or row.status is not MessageStatus.FAILED:
                raise LookupError(f"message #{message_pk} is not a failed message")
            if row.raw_compressed is None:
                raise LookupError(f"message #{message_pk} has no raw bytes left to retry")
            raw = zlib.decompress(row.raw_compressed)
        parsed, prediction, error = self._analyse(raw, f"#{message_pk}")
        with transaction(self._factory) as session:
            row = session.get(Message, message_pk, with_for_update=True)
            if row is None or row.status is not MessageStatus.FAILED:
                raise LookupError(f"message #{message_pk} is not a failed message")
            row.attempts += 1
            result = self._record(session, row, parsed, prediction, error)
        self._log(result, f"#{message_pk} (retry)")
        return result

    def _analyse(
        self, raw: bytes, key: str
    ) -> tuple[ParsedMessage | None, Prediction | None, str | None]:
        """Parse and classify; on failure, what was parsed so far and the error text."""
        parsed: ParsedMessage | None = None
        try:
            parsed = parse_message(raw, self._max_chars)
            return parsed, self.classifier.predict(parsed.document), None
        except ParseError as exc:
            return parsed, None, f"parse: {exc}"
        except Exception as exc:  # a classifier bug must not lose the message
            log.exception("message %s: classification failed", key)
            return parsed, None, f"classify: {type(exc).__name__}: {exc}"

    def _new_row(
        self, mailbox_id: int, message: RawMessage, digest: str, received_at: datetime
    ) -> Message:
        now = self._now()
        return Message(
            mailbox_id=mailbox_id,
            uidvalidity=message.uidvalidity,
            uid=message.uid,
            source_key=message.key,
            content_sha256=digest,
            raw_compressed=zlib.compress(message.raw),
            raw_size=len(message.raw),
            received_at=received_at,
            status=MessageStatus.STORED,
            attempts=1,
            created_at=now,
            updated_at=now,
        )

    def _record(
        self,
        session: Session,
        row: Message,
        parsed: ParsedMessage | None,
        prediction: Prediction | None,
        error: str | None,
    ) -> Result:
        """Fill ``row`` from the analysis, route it, and write the audit events."""
        now = self._now()
        row.updated_at = now
        if parsed is not None:
            _copy_parsed(row, parsed)
        if prediction is None:
            row.status = MessageStatus.FAILED
            row.error = error
            session.flush()
            record_event(
                session, at=now, actor=ACTOR, action="message_failed", message=row, reason=error
            )
            return Result(Outcome.FAILED, row.id, error=error)

        row.status = MessageStatus.PROCESSED
        row.error = None
        row.decision = Decision(prediction.decision.value)
        row.score = prediction.score
        row.language = prediction.language
        row.prediction = prediction.to_json()
        row.model_version = prediction.model_version
        session.flush()
        record_event(
            session,
            at=now,
            actor=ACTOR,
            action="message_classified",
            message=row,
            after={
                "decision": row.decision.value,
                "score": round(prediction.score, 4),
                "model_version": prediction.model_version,
            },
        )
        thread = case_of_reply(
            session,
            message_ids(row.in_reply_to, parsed.references if parsed else None),
            row.subject,
            row.id,
        )
        if thread is not None:
            self._join(session, row, thread, prediction, now)
            return Result(Outcome(prediction.decision.value), row.id, thread.reference, joined=True)
        reference = None
        if row.decision is Decision.RELEVANT:
            case = open_case(
                session,
                message=row,
                categories=prediction.categories,
                policy=self._policy,
                now=now,
                actor=ACTOR,
                jurisdiction=prediction.jurisdiction,
                facts=_facts(prediction, row),
            )
            reference = case.reference
            original = open_duplicate_of(session, case.requester_address, case.categories, case.id)
            if original is not None:
                close_as_duplicate(session, case, original, actor=ACTOR, now=now)
        return Result(Outcome(prediction.decision.value), row.id, reference)

    def _join(
        self, session: Session, row: Message, case: Case, prediction: Prediction, now: datetime
    ) -> None:
        """Attach a reply to its case; a case waiting for the requester resumes.

        Machine mail (an auto-reply or bounce quoting the case) joins the timeline, so staff
        see it, but never counts as the requester's answer.
        """
        row.case = case
        session.flush()
        record_event(
            session,
            at=now,
            actor=ACTOR,
            action="reply_joined",
            case=case,
            message=row,
            after={"message": row.message_id_header, "from": row.from_address},
        )
        machine = any(e.kind == "rule" and e.weight <= -1.0 for e in prediction.evidence)
        if machine or case.status is not CaseStatus.AWAITING_REQUESTER:
            return
        resume(
            session,
            case,
            actor=ACTOR,
            now=now,
            policy=self._policy,
            reason=f"the requester replied (message #{row.id})",
        )

    def _log(self, result: Result, key: str) -> None:
        if result.outcome is Outcome.FAILED:
            log.warning(
                "message #%s (%s): stored as failed: %s", result.message_id, key, result.error
            )
        else:
            log.info(
                "message #%s (%s): %s%s",
                result.message_id,
                key,
                result.outcome.value,
                f" case={result.case_reference}" if result.case_reference else "",
            )


def _facts(prediction: Prediction, row: Message) -> CaseFacts:
    requester = prediction.requester
    time_range = prediction.time_range
    return CaseFacts(
        name=requester.name if requester else row.from_name,
        address=requester.address if requester and requester.address else row.from_address,
        other_addresses=requester.other_addresses if requester else (),
        account_ids=requester.account_ids if requester else (),
        agent=requester.agent if requester else False,
        minor=requester.minor if requester else False,
        time_range_start=time_range.start if time_range else None,
        time_range_end=time_range.end if time_range else None,
        product=prediction.product,
        place=prediction.place,
    )


def _copy_parsed(row: Message, parsed: ParsedMessage) -> None:
    row.message_id_header = parsed.message_id
    row.message_id_computed = parsed.message_id_computed
    row.in_reply_to = parsed.in_reply_to
    row.subject = parsed.subject
    row.from_name = parsed.from_name
    row.from_address = parsed.from_address
    row.sent_at = parsed.sent_at
    row.headers = parsed.headers
    row.body_text = parsed.document.body


def _notes(parsed: ParsedMessage, received: Receipt) -> tuple[str, ...]:
    """What staff should know about a message stored with a stand-in for a missing header."""
    notes = []
    if parsed.message_id_computed:
        notes.append(f"no Message-ID header; stored as {parsed.message_id}")
    if received.note:
        notes.append(received.note)
    return tuple(notes)
