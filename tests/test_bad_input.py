"""Bad input never raises: every message gets a decision with evidence (issue 4)."""

from __future__ import annotations

from email.message import EmailMessage

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifier.document import document_from_bytes
from classifier.predict import Classifier
from classifier.prediction import Decision
from tests.conftest import make_mail


def _decide(classifier: Classifier, raw: bytes) -> Decision:
    prediction = classifier.predict(document_from_bytes(raw))
    assert prediction.evidence, "every decision carries evidence"
    return prediction.decision


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_get_a_decision(classifier: Classifier, raw: bytes) -> None:
    _decide(classifier, raw)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(max_size=400),
    st.sampled_from(["utf-8", "latin-1", "x-unknown-charset", "utf-16", "iso-2022-jp"]),
    st.binary(max_size=400),
)
def test_headers_and_bodies_in_any_charset_get_a_decision(
    classifier: Classifier, subject: str, charset: str, body: bytes
) -> None:
    head = f"From: x@example.org\nSubject: {subject!r}\nContent-Type: text/plain; charset={charset}"
    _decide(classifier, head.encode("utf-8", "replace") + b"\n\n" + body)


def test_a_ten_megabyte_body_gets_a_decision(classifier: Classifier) -> None:
    raw = make_mail("Big", "Please delete my account. " + "lorem ipsum " * 900_000)
    assert _decide(classifier, raw) is not Decision.IRRELEVANT


def test_no_body_goes_to_triage(classifier: Classifier) -> None:
    raw = b"From: someone@example.org\nSubject: \nDate: Mon, 1 Jun 2026 10:00:00 +0000\n\n"
    assert _decide(classifier, raw) is Decision.NEEDS_TRIAGE


def test_only_attachments_go_to_triage(classifier: Classifier) -> None:
    msg = EmailMessage()
    msg["From"] = "someone@example.org"
    msg["Subject"] = ""
    msg.add_attachment(b"%PDF-1.4 binary", maintype="application", subtype="pdf", filename="a.pdf")
    assert _decide(classifier, msg.as_bytes()) is Decision.NEEDS_TRIAGE


def test_a_wrongly_labelled_charset_is_still_read(classifier: Classifier) -> None:
    body = "Bitte löschen Sie mein Konto und alle meine Daten.".encode("latin-1")
    raw = b"From: a@example.org\nSubject: L\xf6schung\nContent-Type: text/plain; charset=utf-8\n\n"
    document = document_from_bytes(raw + body)
    assert "Konto" in document.body
    assert _decide(classifier, raw + body) is not Decision.IRRELEVANT


def test_a_request_forwarded_as_an_attached_message_is_kept(classifier: Classifier) -> None:
    inner = EmailMessage()
    inner["From"] = "Tom <tom@example.net>"
    inner["Subject"] = "my data"
    inner.set_content("Please erase my account and all personal data you hold about me.")
    outer = EmailMessage()
    outer["From"] = "Support <support@acme.example>"
    outer["Subject"] = "Fwd: my data"
    outer.set_content("Can you handle this one?")
    outer.add_attachment(inner)
    document = document_from_bytes(outer.as_bytes())
    assert "erase my account" in document.body
    assert "tom@example.net" in document.body
    assert _decide(classifier, outer.as_bytes()) is not Decision.IRRELEVANT
