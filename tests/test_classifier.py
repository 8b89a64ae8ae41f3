"""The classifier: rules before the model, the triage band, evidence, language, the corpus."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from classifier.corpus import CorpusError, bundled_corpora, read_labels
from classifier.document import document_from_bytes, html_to_text
from classifier.predict import Classifier, Extraction, Thresholds
from classifier.prediction import CATEGORIES, Decision, TimeRange
from classifier.rules import apply_rules
from service.model_cache import corpus_key, load_classifier, load_model
from tests.conftest import make_mail


def test_bundled_corpus_covers_every_category_and_both_classes() -> None:
    items = [item for folder in bundled_corpora() for item in read_labels(folder)]
    assert len(items) >= 300
    assert {c for item in items for c in item.categories} == set(CATEGORIES)
    assert any(not item.relevant for item in items)
    languages = {item.language for item in items if item.relevant}
    assert {"en", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "zh"} <= languages
    assert all(item.path.is_file() for item in items)


def test_a_formal_request_is_relevant_with_its_category(classifier: Classifier) -> None:
    raw = make_mail(
        "Auskunftsersuchen nach Art. 15 DSGVO",
        "Sehr geehrte Damen und Herren,\n\nbitte erteilen Sie mir Auskunft über alle zu meiner "
        "Person gespeicherten Daten und senden Sie mir eine Kopie.\n\nMit freundlichen Grüßen\n",
    )
    prediction = classifier.predict(document_from_bytes(raw))
    assert prediction.decision is Decision.RELEVANT
    assert prediction.categories[0] == "access"
    assert prediction.language == "de"
    assert any(e.kind == "phrase" and e.weight > 0 for e in prediction.evidence)


def test_a_sales_pitch_is_irrelevant(classifier: Classifier) -> None:
    raw = make_mail(
        "Boost your Q4 pipeline",
        "Hi team, we help companies like yours book 40% more demos with targeted outbound "
        "campaigns. Do you have 15 minutes next week for a quick call?\n",
    )
    assert classifier.predict(document_from_bytes(raw)).decision is Decision.IRRELEVANT


def test_an_auto_reply_quoting_a_request_is_irrelevant_by_rule(classifier: Classifier) -> None:
    raw = make_mail(
        "Automatic reply: Please delete my account",
        "I am out of the office until Monday.\n\n> Please delete my account and all my data.\n",
        headers={"Auto-Submitted": "auto-replied"},
    )
    prediction = classifier.predict(document_from_bytes(raw))
    assert prediction.decision is Decision.IRRELEVANT
    assert prediction.evidence[0].kind == "rule"
    assert "Auto-Submitted: auto-replied" in prediction.evidence[0].text


def test_a_forwarded_request_is_not_hidden_by_the_rules(classifier: Classifier) -> None:
    raw = make_mail(
        "Fwd: delete my data",
        "Hi, this came in through the support form, can you handle it?\n\n"
        "---------- Forwarded message ---------\nFrom: Tom <tom@example.net>\n\n"
        "Please erase my account and every bit of personal data you store about me.\n",
        sender="Support Desk <support@acme-devices.example>",
    )
    document = document_from_bytes(raw)
    assert not apply_rules(document).machine_mail
    assert classifier.predict(document).relevant


def test_mail_with_no_readable_text_goes_to_triage_never_irrelevant(classifier: Classifier) -> None:
    raw = make_mail("", "\n\n")
    prediction = classifier.predict(document_from_bytes(raw))
    assert prediction.decision is Decision.NEEDS_TRIAGE


def test_bulk_headers_count_against_relevance_without_deciding() -> None:
    raw = make_mail("News", "Our autumn catalogue\n", headers={"List-Id": "<news.shop.example>"})
    outcome = apply_rules(document_from_bytes(raw))
    assert outcome.bulk
    assert not outcome.machine_mail
    assert "list-id header present" in [e.text for e in outcome.evidence]


def test_thresholds_make_the_triage_band(classifier: Classifier) -> None:
    raw = make_mail("Question", "Can you tell me something about my data?\n")
    doc = document_from_bytes(raw)
    score = classifier.predict(doc).score
    assert (
        Classifier(
            classifier.model,
            Thresholds(relevant=min(1.0, score + 0.01), triage=max(0.0, score - 0.01)),
        )
        .predict(doc)
        .decision
        is Decision.NEEDS_TRIAGE
    )
    assert (
        Classifier(classifier.model, Thresholds(relevant=score, triage=score)).predict(doc).decision
        is Decision.RELEVANT
    )
    with pytest.raises(ValueError, match="triage <= relevant"):
        Thresholds(relevant=0.2, triage=0.5)


def test_html_only_mail_is_read_as_text() -> None:
    assert html_to_text("<p>Please <b>delete</b> my account</p><p>Thanks</p>") == (
        "Please delete my account\nThanks"
    )


def test_prediction_json_round_trips(classifier: Classifier) -> None:
    raw = make_mail("Delete my account", "Please delete my account and my data.\n")
    data = classifier.predict(document_from_bytes(raw)).to_json()
    assert json.loads(json.dumps(data)) == data
    assert data["requester"] == {
        "name": "Ana Example",
        "address": "ana@example.org",
        "other_addresses": [],
        "account_ids": [],
        "agent": False,
        "minor": False,
    }


def test_extraction_fills_the_prediction_of_a_request() -> None:
    classifier = load_classifier(
        Thresholds(), Extraction(products=("CloudCam", "FitBand"), own_domains=("acme.example",))
    )
    raw = make_mail(
        "Fwd: data request",
        "Can you take this one?\n\n---------- Forwarded message ---------\n"
        "From: Lena Vogt <lena.vogt@example.de>\nSubject: Auskunft\n\n"
        "Ich wohne in Österreich und möchte nach Art. 15 DSGVO wissen, welche Daten Sie über "
        "meine Tochter (11) speichern, die eine FitBand benutzt, und zwar seit 2024. "
        "Ihre Kundennummer ist KD-88231.\n",
        sender="Support <support@acme.example>",
        date=datetime(2026, 11, 20, tzinfo=UTC),
    )
    prediction = classifier.predict(document_from_bytes(raw))
    assert prediction.relevant
    assert prediction.requester is not None
    assert prediction.requester.address == "lena.vogt@example.de"
    assert prediction.requester.minor
    assert prediction.requester.agent
    assert "KD-88231" in prediction.requester.account_ids
    assert prediction.product == "FitBand"
    assert prediction.jurisdiction == "GDPR"
    assert prediction.time_range == TimeRange(date(2024, 1, 1), None)
    targets = {e.target for e in prediction.evidence if e.kind == "extract"}
    assert {"time_range", "product", "jurisdiction", "minor"} <= targets


def test_the_model_cache_returns_the_same_model_version() -> None:
    assert load_model().version == load_model().version == load_model(use_cache=False).version


def test_the_corpus_key_follows_the_bytes_and_is_remembered_between_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DSR_CACHE_DIR", str(tmp_path / "cache"))
    corpus = tmp_path / "corpus"
    (corpus / "requests").mkdir(parents=True)
    mail = corpus / "requests" / "a.eml"
    mail.write_bytes(b"Subject: access\n\nPlease send me my data.\n")
    first = corpus_key([corpus])
    remembered = list((tmp_path / "cache" / "corpus-keys").iterdir())
    assert [p.read_text() for p in remembered] == [first]
    assert corpus_key([corpus]) == first
    os.utime(mail, ns=(1, 1))  # touched, same bytes: a new listing, the same key
    assert corpus_key([corpus]) == first
    assert len(list((tmp_path / "cache" / "corpus-keys").iterdir())) == 2
    mail.write_bytes(b"Subject: access\n\nPlease send me my data!\n")
    changed = corpus_key([corpus])
    assert changed != first
    (corpus / "requests" / "b.eml").write_bytes(b"Subject: more\n\nx\n")
    assert corpus_key([corpus]) not in (first, changed)
    # A remembered key that is not one (a damaged file) is recomputed, not trusted.
    for memo in (tmp_path / "cache" / "corpus-keys").iterdir():
        memo.write_text("garbage")
    (corpus / "requests" / "b.eml").unlink()
    assert corpus_key([corpus]) == changed


def test_a_bad_label_line_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "labels.jsonl").write_text(
        '{"file": "a.eml", "relevant": true, "categories": ["acces"]}\n', encoding="utf-8"
    )
    with pytest.raises(CorpusError, match=r"labels.jsonl:1: unknown categories \['acces'\]"):
        list(read_labels(tmp_path))


def test_a_request_delivered_by_our_own_google_group_stays_in_front_of_staff() -> None:
    group = {
        "List-Id": "<info.acme.example>",
        "Precedence": "list",
        "List-Unsubscribe": "<mailto:googlegroups-manage+1+unsubscribe@googlegroups.com>",
    }
    raw = make_mail(
        "my account",
        "hi, can you delete my account and everything you have on me? thanks\n",
        headers=group,
    )
    plain = load_classifier(Thresholds())
    ours = load_classifier(Thresholds(), Extraction(own_domains=("acme.example",)))
    cut = plain.predict(document_from_bytes(raw))
    kept = ours.predict(document_from_bytes(raw))
    assert kept.relevant
    assert kept.score > cut.score


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("", "Why did I get an email from you? I never signed up.\n"),
        (
            "where did you get my data",
            "Could you tell me where you got my personal data from? I have no idea who you are.\n",
        ),
        (
            "never signed up",
            "I never signed up with you. What do you actually hold on me? If "
            "it's anything, I want it gone.\n",
        ),
        (
            "Ihre Mails",
            "Woher kennen Sie meine E-Mail-Adresse? Ich habe mich bei Ihnen nie registriert.\n",
        ),
        ("sms", "Jag har aldrig varit kund hos er. Hur har ni fått tag på mitt nummer?\n"),
    ],
)
def test_asking_why_we_write_or_where_we_got_the_address_reaches_staff(
    classifier: Classifier, subject: str, body: str
) -> None:
    prediction = classifier.predict(document_from_bytes(make_mail(subject, body)))
    assert prediction.decision is not Decision.IRRELEVANT
    assert "access" in prediction.categories


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Påsk",
            "Hej!\n\nHar ni öppet på annandag påsk? Jag skulle vilja köpa en laddare till "
            "min telefon och undrar om ni har stängt hela helgen.\n\nMvh\nKarin\n",
        ),
        ("odbiór", "Dzień dobry, do której godziny jesteście dziś otwarci? Chcę odebrać paczkę.\n"),
        (
            "Parcel",
            "Hi, I got a notification that my parcel was delivered but it's not here. "
            "Can you check with the courier? Order 12345\n",
        ),
        (
            "loyalty card",
            "I signed up for the loyalty program last week but never got my card. Can you check?\n",
        ),
    ],
)
def test_everyday_questions_that_look_alike_stay_irrelevant(
    classifier: Classifier, subject: str, body: str
) -> None:
    prediction = classifier.predict(document_from_bytes(make_mail(subject, body)))
    assert prediction.decision is Decision.IRRELEVANT


def test_the_uk_gdpr_in_the_body_wins_over_gdpr_in_the_subject(classifier: Classifier) -> None:
    raw = make_mail(
        "GDPR subject access request",
        "Hello,\n\nUnder Article 15 UK GDPR I would like a copy of all personal data you hold "
        "about me.\n\nRegards,\nSam Rowe\n",
    )
    prediction = classifier.predict(document_from_bytes(raw))
    assert prediction.relevant
    assert prediction.jurisdiction == "UK_GDPR"
    shown = [e.text for e in prediction.evidence if e.target == "jurisdiction"]
    assert shown[0] == "Article 15 UK GDPR"
