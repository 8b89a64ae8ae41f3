"""Receipt of messages read from files: what the receiving system recorded, not the sender's Date.

DOMAIN.md, "Deadlines": the deadline runs from when the mailbox got the message. Files have no
IMAP INTERNALDATE, so the mbox "From " line, the Maildir file name (else its mtime) or the
newest Received header stands in; the Date header only when none is there, and a time in the
future never.
"""

from __future__ import annotations

import logging
import mailbox
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select

from classifier.predict import Classifier
from intake.pipeline import Outcome
from intake.sources import RawMessage, read_source, receipt, received_header_date
from models.db import session_factory, transaction
from models.tables import Case, Message
from tests.conftest import make_mail, make_pipeline

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
ZONE = ZoneInfo("Europe/Berlin")
DELIVERED = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
FAR_AHEAD = datetime(2029, 1, 1, 9, 0, tzinfo=UTC)
REQUEST_BODY = (
    "Hello,\n\nunder Article 15 GDPR please send me a copy of all personal data you hold "
    "about me, the purposes of processing and who you shared it with.\n\nRegards,\nAna Example\n"
)


def _request(date: datetime | None, received: list[str] | None = None) -> bytes:
    """A request whose Received headers are the given ones, newest (topmost) first."""
    raw = make_mail(
        "Request for a copy of my personal data", REQUEST_BODY, date=date, message_id=None
    )
    # Each server prepends its header, so the topmost one is the mailbox's own.
    return b"".join(f"Received: {value}\r\n".encode() for value in received or []) + raw


def _only(path: Path) -> RawMessage:
    items = list(read_source(path))
    assert len(items) == 1
    assert isinstance(items[0], RawMessage)
    return items[0]


def test_an_eml_is_received_at_its_newest_received_header_not_its_date(tmp_path: Path) -> None:
    path = tmp_path / "request.eml"
    path.write_bytes(
        _request(
            FAR_AHEAD,
            [
                "from mx1.example.net by mx.acme-devices.example; Fri, 27 Nov 2026 10:00:00 +0000",
                "from ana-pc by mx1.example.net; Fri, 27 Nov 2026 10:59:00 +0100",
            ],
        )
    )
    item = _only(path)
    assert item.received_at == DELIVERED
    assert receipt(item, FAR_AHEAD, NOW).at == DELIVERED


def test_a_received_header_without_a_date_gives_way_to_the_next_one() -> None:
    raw = _request(
        None,
        [
            "from mx1.example.net by mail.acme-devices.example (no date, broken relay)",
            "from ana-pc by mx1.example.net; Fri, 27 Nov 2026 11:00:00 +0100",
        ],
    )
    assert received_header_date(raw) == DELIVERED


def test_an_eml_without_received_headers_has_no_delivery_time(tmp_path: Path) -> None:
    path = tmp_path / "request.eml"
    path.write_bytes(_request(DELIVERED))
    assert _only(path).received_at is None


def test_an_mbox_message_is_received_at_its_from_line_not_its_date(tmp_path: Path) -> None:
    path = tmp_path / "inbox.mbox"
    box = mailbox.mbox(path)
    message = mailbox.mboxMessage(_request(FAR_AHEAD, ["by mx; Mon, 02 Nov 2026 08:00:00 +0000"]))
    message.set_from("ana@example.org", DELIVERED.timetuple())
    box.add(message)
    box.close()
    item = _only(path)
    assert item.received_at == DELIVERED
    assert item.received_from == "the mbox From line"


def test_an_mbox_from_line_without_a_date_falls_back_to_received(tmp_path: Path) -> None:
    path = tmp_path / "inbox.mbox"
    raw = _request(FAR_AHEAD, ["by mx; Fri, 27 Nov 2026 10:00:00 +0000"]).replace(b"\r\n", b"\n")
    path.write_bytes(b"From ana@example.org\n" + raw)
    assert _only(path).received_at == DELIVERED


def test_a_maildir_message_is_received_at_the_time_in_its_file_name(tmp_path: Path) -> None:
    box = mailbox.Maildir(tmp_path / "Maildir")
    box.close()
    name = f"{int(DELIVERED.timestamp())}.M1P2.mail.acme-devices.example"
    file = tmp_path / "Maildir" / "new" / name
    file.write_bytes(_request(FAR_AHEAD))
    # Copying a Maildir resets the mtime; the name keeps the delivery time.
    os.utime(file, (NOW.timestamp(), NOW.timestamp()))
    item = _only(tmp_path / "Maildir")
    assert item.received_at == DELIVERED
    assert item.received_from == "the Maildir file name"


def test_a_maildir_name_without_a_time_falls_back_to_the_mtime(tmp_path: Path) -> None:
    box = mailbox.Maildir(tmp_path / "Maildir")
    box.close()
    file = tmp_path / "Maildir" / "cur" / "restored-from-backup:2,S"
    file.write_bytes(_request(FAR_AHEAD))
    os.utime(file, (DELIVERED.timestamp(), DELIVERED.timestamp()))
    assert _only(tmp_path / "Maildir").received_at == DELIVERED


def test_without_a_delivery_time_the_date_header_is_used_and_said() -> None:
    decided = receipt(RawMessage("a.eml", b""), DELIVERED, NOW)
    assert decided.at == DELIVERED
    assert decided.note == (
        "no delivery time recorded; receipt taken from the sender's Date header"
    )


def test_without_any_date_the_import_time_is_used_and_said() -> None:
    decided = receipt(RawMessage("a.eml", b""), None, NOW)
    assert decided.at == NOW
    assert decided.note == (
        "no usable Date header and no delivery time; receipt taken as import time"
    )


def test_a_date_header_in_the_future_is_never_the_receipt(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="intake.sources"):
        decided = receipt(RawMessage("a.eml", b""), FAR_AHEAD, NOW)
    assert decided.at == NOW
    assert decided.note is not None
    assert "in the future; receipt taken as import time" in decided.note
    assert "the sender's Date header gives 2029-01-01" in caplog.text


def test_a_file_time_in_the_future_is_never_the_receipt() -> None:
    item = RawMessage("a.eml", b"", received_at=FAR_AHEAD, received_from="the newest Received")
    assert receipt(item, DELIVERED, NOW).at == NOW


def test_a_clock_a_few_hours_ahead_is_tolerated() -> None:
    ahead = NOW + timedelta(hours=20)
    assert receipt(RawMessage("a.eml", b""), ahead, NOW).at == ahead


def test_the_imap_internaldate_is_taken_as_it_is() -> None:
    item = RawMessage("INBOX/7", b"", received_at=FAR_AHEAD, uidvalidity=1, uid=7)
    decided = receipt(item, DELIVERED, NOW)
    assert (decided.at, decided.note) == (FAR_AHEAD, None)


def test_an_imported_eml_opens_its_case_from_the_received_header(
    engine: Engine, classifier: Classifier, tmp_path: Path
) -> None:
    # The walkthrough's file: received in 2026, dated 2029 by the sender's clock.
    path = tmp_path / "request.eml"
    path.write_bytes(_request(FAR_AHEAD, ["by mx; Fri, 27 Nov 2026 10:00:00 +0000"]))
    pipeline = make_pipeline(engine, classifier, NOW)
    result = pipeline.ingest(pipeline.mailbox_id("info", "files", "test"), _only(path))
    assert result.outcome is Outcome.RELEVANT
    assert result.case_reference == "DSR-2026-0001"
    with transaction(session_factory(engine)) as session:
        case = session.scalars(select(Case)).one()
        assert case.received_at == DELIVERED
        assert case.due_at.astimezone(ZONE).date() == date(2026, 12, 27)


def test_an_imported_eml_dated_in_the_future_is_received_at_import_time(
    engine: Engine, classifier: Classifier, tmp_path: Path
) -> None:
    path = tmp_path / "request.eml"
    path.write_bytes(_request(FAR_AHEAD))
    pipeline = make_pipeline(engine, classifier, NOW)
    result = pipeline.ingest(pipeline.mailbox_id("info", "files", "test"), _only(path))
    assert any("in the future; receipt taken as import time" in n for n in result.notes)
    with transaction(session_factory(engine)) as session:
        row = session.scalars(select(Message)).one()
        assert row.received_at == NOW
        assert row.sent_at == FAR_AHEAD


def test_an_imported_eml_with_only_a_date_header_says_so(
    engine: Engine, classifier: Classifier, tmp_path: Path
) -> None:
    path = tmp_path / "request.eml"
    path.write_bytes(_request(DELIVERED))
    pipeline = make_pipeline(engine, classifier, NOW)
    result = pipeline.ingest(pipeline.mailbox_id("info", "files", "test"), _only(path))
    assert "receipt taken from the sender's Date header" in " ".join(result.notes)
    with transaction(session_factory(engine)) as session:
        assert session.scalars(select(Message)).one().received_at == DELIVERED
