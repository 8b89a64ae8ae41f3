"""Intake end to end on a real database: store once, classify, open cases, park failures."""

from __future__ import annotations

import zlib
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError

from classifier.document import Document
from classifier.predict import Classifier, Extraction, Thresholds
from classifier.prediction import Prediction
from intake.pipeline import Outcome, Pipeline
from intake.sources import RawMessage, read_source
from models.db import session_factory, transaction
from models.tables import Case, CaseStatus, Event, Message, MessageStatus
from service.clock import FrozenClock
from service.model_cache import load_classifier
from tests.conftest import DEMO, make_mail, make_pipeline

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
ZONE = ZoneInfo("Europe/Berlin")


def _count(engine: Engine, model: type[object], *where: object) -> int:
    with transaction(session_factory(engine)) as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0  # type: ignore[arg-type]


REQUEST = make_mail(
    "Request for a copy of my personal data",
    "Hello,\n\nunder Article 15 GDPR please send me a copy of all personal data you hold "
    "about me, the purposes of processing and who you shared it with.\n\nRegards,\nAna Example\n",
    date=datetime(2026, 1, 31, 9, 0, tzinfo=UTC),
    message_id="<request-1@example.org>",
)


def test_a_request_opens_a_case_due_one_calendar_month_after_receipt(
    engine: Engine, classifier: Classifier
) -> None:
    pipeline = make_pipeline(engine, classifier, NOW)
    box = pipeline.mailbox_id("info", "files", "test")
    received = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)
    result = pipeline.ingest(box, RawMessage("request.eml", REQUEST, received_at=received))
    assert result.outcome is Outcome.RELEVANT
    assert result.case_reference == "DSR-2026-0001"
    with transaction(session_factory(engine)) as session:
        case = session.scalars(select(Case)).one()
        assert case.status is CaseStatus.NEW
        assert case.requester_address == "ana@example.org"
        assert case.received_at == received
        assert case.due_at.astimezone(ZONE).date() == date(2026, 2, 28)
        assert "access" in case.categories
        message = session.scalars(select(Message)).one()
        assert message.case_id == case.id
        assert zlib.decompress(message.raw_compressed or b"") == REQUEST
        assert message.message_id_header == "<request-1@example.org>"
        actions = [e.action for e in session.scalars(select(Event).order_by(Event.id))]
        assert actions == ["message_classified", "case_opened"]


def test_the_same_message_twice_is_stored_once(engine: Engine, classifier: Classifier) -> None:
    pipeline = make_pipeline(engine, classifier, NOW)
    box = pipeline.mailbox_id("info", "files", "test")
    first = pipeline.ingest(box, RawMessage("a", REQUEST))
    second = pipeline.ingest(box, RawMessage("b", REQUEST))
    assert second.outcome is Outcome.DUPLICATE
    assert second.message_id == first.message_id
    assert _count(engine, Message) == 1
    assert _count(engine, Case) == 1


def test_case_references_count_up_within_the_year(engine: Engine, classifier: Classifier) -> None:
    pipeline = make_pipeline(engine, classifier, NOW)
    box = pipeline.mailbox_id("info", "files", "test")
    references = []
    for i in range(3):
        raw = make_mail(
            "Delete my account",
            f"Please delete my account and all my personal data. My customer number is {i}.\n",
            date=datetime(2026, 3, 1, tzinfo=UTC),
            message_id=f"<del-{i}@example.org>",
        )
        references.append(pipeline.ingest(box, RawMessage(str(i), raw)).case_reference)
    assert references == ["DSR-2026-0001", "DSR-2026-0002", "DSR-2026-0003"]


def test_unparseable_bytes_are_kept_as_failed_and_intake_goes_on(
    engine: Engine, classifier: Classifier
) -> None:
    pipeline = make_pipeline(engine, classifier, NOW)
    box = pipeline.mailbox_id("info", "files", "test")
    garbage = b"\x00\x01\x02 this is not a mail message at all \xff\xfe"
    failed = pipeline.ingest(box, RawMessage("garbage.eml", garbage))
    assert failed.outcome is Outcome.FAILED
    assert failed.error is not None
    assert "no headers" in failed.error
    ok = pipeline.ingest(box, RawMessage("request.eml", REQUEST))
    assert ok.outcome is Outcome.RELEVANT
    with transaction(session_factory(engine)) as session:
        row = session.get(Message, failed.message_id)
        assert row is not None
        assert row.status is MessageStatus.FAILED
        assert zlib.decompress(row.raw_compressed or b"") == garbage
        assert row.case_id is None


class _BrokenClassifier:
    version = "broken"

    def predict(self, doc: Document) -> Prediction:
        raise RuntimeError("model file corrupt")


def test_a_classifier_error_parks_the_message_with_its_error(engine: Engine) -> None:
    pipeline = Pipeline(
        session_factory(engine),
        _BrokenClassifier,
        zone=ZONE,
        now=FrozenClock(NOW).now,
        max_chars=1000,
    )
    box = pipeline.mailbox_id("info", "files", "test")
    result = pipeline.ingest(box, RawMessage("request.eml", REQUEST))
    assert result.outcome is Outcome.FAILED
    assert result.error == "classify: RuntimeError: model file corrupt"
    with transaction(session_factory(engine)) as session:
        row = session.get(Message, result.message_id)
        assert row is not None
        assert row.subject == "Request for a copy of my personal data"


def test_no_message_id_and_no_date_get_a_computed_id_and_the_import_time(
    engine: Engine, classifier: Classifier
) -> None:
    pipeline = make_pipeline(engine, classifier, NOW)
    box = pipeline.mailbox_id("info", "files", "test")
    raw = make_mail("Question", "Where is my parcel?\n", message_id=None, date=None)
    result = pipeline.ingest(box, RawMessage("no-id.eml", raw))
    assert result.outcome is not Outcome.FAILED
    with transaction(session_factory(engine)) as session:
        row = session.get(Message, result.message_id)
        assert row is not None
        assert row.message_id_computed
        assert row.message_id_header
        assert row.message_id_header.endswith("@computed.dsr-triage.invalid>")
        assert row.sent_at is None
        assert row.received_at == NOW


def test_the_demo_mailbox_queues_its_requests_and_nothing_twice(
    engine: Engine, classifier: Classifier
) -> None:
    pipeline = make_pipeline(engine, classifier, NOW)
    box = pipeline.mailbox_id("info", "files", str(DEMO))
    outcomes = [pipeline.ingest(box, item) for item in read_source(DEMO)]  # type: ignore[arg-type]
    assert not [o for o in outcomes if o.outcome is Outcome.FAILED]
    cases = _count(engine, Case)
    assert cases >= 10
    again = [pipeline.ingest(box, item) for item in read_source(DEMO)]  # type: ignore[arg-type]
    assert {o.outcome for o in again} == {Outcome.DUPLICATE}
    assert _count(engine, Case) == cases
    assert _count(engine, Message) == len(list(Path(DEMO).glob("*.eml")))


def test_a_message_seen_under_a_new_uid_keeps_one_row_pointing_at_the_new_uid(
    engine: Engine, classifier: Classifier
) -> None:
    pipeline = make_pipeline(engine, classifier, NOW)
    box = pipeline.mailbox_id("info", "imap", "INBOX")
    first = pipeline.ingest(box, RawMessage("INBOX/7", REQUEST, uidvalidity=100, uid=7))
    again = pipeline.ingest(box, RawMessage("INBOX/1", REQUEST, uidvalidity=200, uid=1))
    assert again.outcome is Outcome.DUPLICATE
    assert again.message_id == first.message_id
    with transaction(session_factory(engine)) as session:
        row = session.get(Message, first.message_id)
        assert row is not None
        assert (row.uidvalidity, row.uid) == (200, 1)
    assert _count(engine, Case) == 1


def test_a_failed_message_is_retried_into_a_case(engine: Engine, classifier: Classifier) -> None:
    broken = Pipeline(
        session_factory(engine),
        _BrokenClassifier,
        zone=ZONE,
        now=FrozenClock(NOW).now,
        max_chars=1000,
    )
    box = broken.mailbox_id("info", "files", "test")
    failed = broken.ingest(box, RawMessage("request.eml", REQUEST))
    assert failed.outcome is Outcome.FAILED
    assert failed.message_id is not None
    with pytest.raises(LookupError, match="not a failed message"):
        make_pipeline(engine, classifier, NOW).retry(failed.message_id + 1000)
    again = broken.retry(failed.message_id)
    assert again.outcome is Outcome.FAILED
    result = make_pipeline(engine, classifier, NOW).retry(failed.message_id)
    assert result.outcome is Outcome.RELEVANT
    assert result.case_reference == "DSR-2026-0001"
    with transaction(session_factory(engine)) as session:
        row = session.get(Message, failed.message_id)
        assert row is not None
        assert row.status is MessageStatus.PROCESSED
        assert row.error is None
        assert row.attempts == 3
        actions = [e.action for e in session.scalars(select(Event).order_by(Event.id))]
        assert actions == ["message_failed", "message_failed", "message_classified", "case_opened"]
    with pytest.raises(LookupError):
        make_pipeline(engine, classifier, NOW).retry(failed.message_id)


def test_extracted_facts_are_stored_on_the_case(engine: Engine) -> None:
    classifier = load_classifier(
        Thresholds(), Extraction(products=("CloudCam",), own_domains=("acme-devices.example",))
    )
    pipeline = make_pipeline(engine, classifier, NOW)
    box = pipeline.mailbox_id("info", "files", "test")
    raw = make_mail(
        "Fwd: my recordings",
        "FYI, from the web form.\n\n---------- Forwarded message ---------\n"
        "From: Paul Martin <paul.martin@example.fr>\n\n"
        "I live in California. Under the CCPA please send me every CloudCam recording you "
        "stored between March and June 2026, and delete them afterwards.\n",
        sender="Web Form <forms@acme-devices.example>",
        date=datetime(2026, 11, 20, 9, tzinfo=UTC),
        message_id="<fwd-1@acme-devices.example>",
    )
    result = pipeline.ingest(box, RawMessage("fwd.eml", raw))
    assert result.outcome is Outcome.RELEVANT
    with transaction(session_factory(engine)) as session:
        case = session.scalars(select(Case)).one()
        assert case.requester_address == "paul.martin@example.fr"
        assert case.jurisdiction == "CCPA"
        assert case.place == "California"
        assert case.product == "CloudCam"
        assert (case.time_range_start, case.time_range_end) == (date(2026, 3, 1), date(2026, 6, 30))
        # CCPA: 45 days from receipt, not one month.
        assert case.due_at.astimezone(ZONE).date() == date(2027, 1, 4)


def test_a_conflict_that_is_not_a_duplicate_is_retried_not_dropped(
    engine: Engine, classifier: Classifier, monkeypatch: pytest.MonkeyPatch
) -> None:
    pipeline = make_pipeline(engine, classifier, NOW)
    box = pipeline.mailbox_id("info", "files", "test")
    real_record = Pipeline._record
    calls = []

    def conflict_once(self: Pipeline, *args: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            # What a second process taking the same case number looks like from here.
            raise IntegrityError("INSERT INTO cases", {}, Exception("uq_cases_year_seq"))
        return real_record(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Pipeline, "_record", conflict_once)
    result = pipeline.ingest(box, RawMessage("request.eml", REQUEST))
    assert result.outcome is Outcome.RELEVANT
    assert len(calls) == 2
    assert _count(engine, Message) == 1
    assert _count(engine, Case) == 1
