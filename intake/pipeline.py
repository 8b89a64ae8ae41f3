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
from dataclasses import dataclass
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
from intake.sources import RawMessage
from models.cases import open_case, record_event
from models.db import transaction
from models.tables import Decision, Mailbox, Message, MessageStatus

log = logging.getLogger(__name__)

ACTOR = "dsr-intake"


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
    ) -> None:
        # The classifier is a factory so that a run with nothing new never trains or loads it.
        self._factory = factory
        self._classifier_factory = classifier
        self._classifier: Predictor | None = None
        self._zone = zone
        self._now = now
        self._max_chars = max_chars

    @property
    def classifier(self) -> Predictor:
        if self._classifier is None:
            self._classifier = self._classifier_factory()
        return self._classifier

    def mailbox_id(self, name: str, kind: str, location: str) -> int:
        """The id of mailbox ``name``, created on first use."""
        with transaction(self._factory) as session:
            box = session.scalar(select(Mailbox).where(Mailbox.name == name))
            if box is None:
                box = Mailbox(name=name, kind=kind, location=location, created_at=self._now())
                session.add(box)
                session.flush()
            return box.id

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

        parsed: ParsedMessage | None = None
        try:
            parsed = parse_message(message.raw, self._max_chars)
            prediction = self.classifier.predict(parsed.document)
        except ParseError as exc:
            return self._store_failed(mailbox_id, message, digest, parsed, f"parse: {exc}")
        except Exception as exc:  # a classifier bug must not lose the message
            log.exception("message %s: classification failed", message.key)
            error = f"classify: {type(exc).__name__}: {exc}"
            return self._store_failed(mailbox_id, message, digest, parsed, error)

        try:
            return self._store_routed(mailbox_id, message, digest, parsed, prediction)
        except IntegrityError:
            # Another process stored the same bytes between our check and our insert.
            return Result(Outcome.DUPLICATE)

    def _new_row(
        self, mailbox_id: int, message: RawMessage, digest: str, parsed: ParsedMessage | None
    ) -> Message:
        now = self._now()
        received = message.received_at or (parsed.sent_at if parsed else None) or now
        row = Message(
            mailbox_id=mailbox_id,
            uidvalidity=message.uidvalidity,
            uid=message.uid,
            source_key=message.key,
            content_sha256=digest,
            raw_compressed=zlib.compress(message.raw),
            raw_size=len(message.raw),
            received_at=received,
            status=MessageStatus.STORED,
            attempts=1,
            created_at=now,
            updated_at=now,
        )
        if parsed is not None:
            row.message_id_header = parsed.message_id
            row.message_id_computed = parsed.message_id_computed
            row.in_reply_to = parsed.in_reply_to
            row.subject = parsed.subject
            row.from_name = parsed.from_name
            row.from_address = parsed.from_address
            row.sent_at = parsed.sent_at
            row.headers = parsed.headers
            row.body_text = parsed.document.body
        return row

    def _store_routed(
        self,
        mailbox_id: int,
        message: RawMessage,
        digest: str,
        parsed: ParsedMessage,
        prediction: Prediction,
    ) -> Result:
        now = self._now()
        with transaction(self._factory) as session:
            row = self._new_row(mailbox_id, message, digest, parsed)
            row.status = MessageStatus.PROCESSED
            row.decision = Decision(prediction.decision.value)
            row.score = prediction.score
            row.language = prediction.language
            row.prediction = prediction.to_json()
            row.model_version = prediction.model_version
            session.add(row)
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
            reference = None
            if row.decision is Decision.RELEVANT:
                case = open_case(
                    session,
                    message=row,
                    categories=prediction.categories,
                    zone=self._zone,
                    now=now,
                    actor=ACTOR,
                )
                reference = case.reference
            message_pk = row.id
        log.info(
            "message #%d (%s): %s score=%.3f%s",
            message_pk,
            message.key,
            prediction.decision.value,
            prediction.score,
            f" case={reference}" if reference else "",
        )
        return Result(
            Outcome(prediction.decision.value), message_pk, reference, notes=_notes(parsed, message)
        )

    def _store_failed(
        self,
        mailbox_id: int,
        message: RawMessage,
        digest: str,
        parsed: ParsedMessage | None,
        error: str,
    ) -> Result:
        with transaction(self._factory) as session:
            row = self._new_row(mailbox_id, message, digest, parsed)
            row.status = MessageStatus.FAILED
            row.error = error
            session.add(row)
            session.flush()
            record_event(
                session,
                at=self._now(),
                actor=ACTOR,
                action="message_failed",
                message=row,
                reason=error,
            )
            message_pk = row.id
        log.warning("message #%d (%s): stored as failed: %s", message_pk, message.key, error)
        return Result(Outcome.FAILED, message_pk, error=error)


def _notes(parsed: ParsedMessage, message: RawMessage) -> tuple[str, ...]:
    """What staff should know about a message stored with a stand-in for a missing header."""
    notes = []
    if parsed.message_id_computed:
        notes.append(f"no Message-ID header; stored as {parsed.message_id}")
    if parsed.sent_at is None and message.received_at is None:
        notes.append("no usable Date header and no delivery time; receipt taken as import time")
    return tuple(notes)
