"""Parsing headers written in raw 8-bit bytes: UTF-8 (RFC 6532), else latin-1 byte by byte."""

from __future__ import annotations

import json

from classifier.document import document_from_bytes
from intake.parse import parse_message

REPLACEMENT = "\ufffd"


def _raw(*headers: bytes, body: bytes = b"Bitte l\xc3\xb6schen Sie mein Konto.\r\n") -> bytes:
    """A message with the given header lines written as bytes, exactly as a file holds them."""
    common = (
        b"To: info@acme-devices.example",
        b"Date: Mon, 02 Nov 2026 10:00:00 +0000",
        b"Message-ID: <raw-utf8@example.org>",
        b"Content-Type: text/plain; charset=utf-8",
    )
    return b"\r\n".join((*headers, *common)) + b"\r\n\r\n" + body


def test_raw_utf8_subject_and_sender_are_read_as_utf8() -> None:
    raw = _raw(
        "From: Klaus Bäcker <k.baecker@example.org>".encode(),
        "Subject: Nochmal: Konto löschen".encode(),
    )
    parsed = parse_message(raw, 10_000)
    assert parsed.subject == "Nochmal: Konto löschen"
    assert parsed.from_name == "Klaus Bäcker"
    assert parsed.from_address == "k.baecker@example.org"
    # The classifier and the rules read the same text.
    assert parsed.document.subject == "Nochmal: Konto löschen"
    assert parsed.document.headers["from"] == "Klaus Bäcker <k.baecker@example.org>"
    assert parsed.headers["Subject"] == "Nochmal: Konto löschen"
    assert parsed.headers["From"] == [["Klaus Bäcker", "k.baecker@example.org"]]


def test_bytes_that_are_not_utf8_are_read_as_latin1() -> None:
    raw = _raw(
        b"From: Klaus B\xe4cker <k.baecker@example.org>",
        b"Subject: Konto l\xf6schen, gr\xc3\xbc\xc3\x9fe",  # latin-1 and UTF-8 in one header
    )
    parsed = parse_message(raw, 10_000)
    assert parsed.from_name == "Klaus Bäcker"
    assert parsed.subject == "Konto löschen, grüße"
    # Nothing is stored that a UTF-8 database column or JSON would refuse.
    stored = json.dumps(parsed.headers, ensure_ascii=False)
    stored.encode("utf-8")
    assert REPLACEMENT not in stored


def test_raw_utf8_beside_encoded_words_is_decoded_whole() -> None:
    raw = _raw(
        "From: Klaus =?utf-8?q?B=C3=A4cker?= Jünger <k@example.org>".encode(),
        "Subject: Re: =?utf-8?q?Konto_l=C3=B6schen?= – dringend".encode(),
    )
    parsed = parse_message(raw, 10_000)
    assert parsed.subject == "Re: Konto löschen – dringend"
    assert parsed.from_name == "Klaus Bäcker Jünger"
    assert parsed.document.subject == parsed.subject


def test_other_headers_keep_their_order_and_repeats() -> None:
    raw = _raw(
        b"Received: by mx2.example; Mon, 02 Nov 2026 10:00:02 +0000",
        "Received: from Jörg's PC by mx1.example; Mon, 02 Nov 2026 10:00:01 +0000".encode(),
        "Subject: Auskunft über meine Daten".encode(),
        b"From: ana@example.org",
    )
    parsed = parse_message(raw, 10_000)
    assert parsed.headers["Received"] == [
        "by mx2.example; Mon, 02 Nov 2026 10:00:02 +0000",
        "from Jörg's PC by mx1.example; Mon, 02 Nov 2026 10:00:01 +0000",
    ]
    assert list(parsed.headers)[:3] == ["Received", "Subject", "From"]
    assert parsed.subject == "Auskunft über meine Daten"


def test_a_forwarded_message_with_raw_utf8_headers_is_marked_readably() -> None:
    inner = "From: Ingrid Sølberg <ingrid@example.org>\r\nSubject: Slett kontoen min\r\n".encode()
    raw = (
        b"From: colleague@acme-devices.example\r\n"
        b"To: info@acme-devices.example\r\n"
        b"Subject: Fwd: request\r\n"
        b"Message-ID: <fwd@example.org>\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\nSee below.\r\n"
        b"--b\r\nContent-Type: message/rfc822\r\n\r\n"
        + inner
        + b"\r\nPlease delete my account.\r\n--b--\r\n"
    )
    parsed = parse_message(raw, 10_000)
    assert "From: Ingrid Sølberg <ingrid@example.org>" in parsed.document.body
    assert REPLACEMENT not in parsed.document.body


def test_dsr_classify_reads_raw_utf8_headers_as_intake_does() -> None:
    # `dsr classify` and training build their Document straight from the bytes.
    raw = (
        "From: Klaus Bäcker <k@example.org>\nSubject: Nochmal: Konto löschen\n"
        "Date: Mon, 02 Nov 2026 10:00:00 +0000\n\nBitte löschen Sie mein Konto.\n"
    ).encode()
    document = document_from_bytes(raw)
    assert (document.subject, document.sender_name) == ("Nochmal: Konto löschen", "Klaus Bäcker")
