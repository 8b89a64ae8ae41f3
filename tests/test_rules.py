"""The rules before the model: machine mail, bulk signals, cited rights."""

from __future__ import annotations

from classifier.document import document_from_bytes
from classifier.rules import apply_rules, rights_citation
from tests.conftest import make_mail


def test_a_bounce_from_the_mailer_daemon_is_machine_mail() -> None:
    raw = make_mail(
        "failure notice",
        "Hi. This is the qmail-send program.\nI'm sorry to have to inform you that your message "
        "could not be delivered.\n",
        sender="MAILER-DAEMON@mx.example.net",
    )
    assert apply_rules(document_from_bytes(raw)).machine_mail


def test_a_delivery_report_body_with_a_null_return_path_is_machine_mail() -> None:
    raw = make_mail(
        "Undelivered Mail Returned to Sender",
        "Final-Recipient: rfc822; nobody@example.org\nAction: failed\nStatus: 5.1.1\n",
        sender="Mail System <mta@example.net>",
        headers={"Return-Path": "<>"},
    )
    assert apply_rules(document_from_bytes(raw)).machine_mail


def test_a_person_writing_about_a_bounce_is_not_machine_mail() -> None:
    raw = make_mail("Returned mail", "My mail to you bounced, please delete my account.\n")
    assert not apply_rules(document_from_bytes(raw)).machine_mail


def test_more_list_signals_lower_the_odds_more() -> None:
    one = apply_rules(document_from_bytes(make_mail("N", "x\n", headers={"Precedence": "bulk"})))
    three = apply_rules(
        document_from_bytes(
            make_mail(
                "N",
                "x\n",
                headers={"Precedence": "list", "List-Id": "<a.b>", "List-Unsubscribe": "<m>"},
            )
        )
    )
    plain = apply_rules(document_from_bytes(make_mail("N", "x\n")))
    assert plain.odds_factor == 1.0 > one.odds_factor > three.odds_factor > 0


def test_cited_rights_are_found_in_many_languages() -> None:
    def cited(text: str) -> bool:
        return rights_citation(document_from_bytes(make_mail("x", text + "\n"))) is not None

    assert cited("Žádám o přístup podle čl. 15 GDPR.")
    assert cited("Ζητώ διαγραφή σύμφωνα με το άρθρο 17 ΓΚΠΔ.")
    assert cited("GDPR第15条に基づき開示を求めます。")
    assert not cited("Our DPA follows Art. 28 GDPR.")
    assert not cited("On 15 May we had a meeting about the GDPR.")


GROUP = {  # what a Google Group behind info@ puts on every message it delivers
    "List-Id": "<info.acme-devices.example>",
    "Precedence": "list",
    "List-Unsubscribe": "<mailto:googlegroups-manage+1+unsubscribe@googlegroups.com>",
}


def test_the_list_headers_of_our_own_group_are_not_bulk_signals() -> None:
    doc = document_from_bytes(
        make_mail("Delete my data", "Please delete my account.\n", headers=GROUP)
    )
    assert apply_rules(doc).bulk_signals == 3, "unknown lists still count"
    for own in (
        apply_rules(doc, own_domains=("acme-devices.example",)),
        apply_rules(doc, own_lists=("info.acme-devices.example",)),
    ):
        assert (own.bulk, own.bulk_signals, own.odds_factor) == (False, 0, 1.0)
        assert "delivered by our own list <info.acme-devices.example>" in [
            e.text for e in own.evidence
        ]
    foreign = make_mail(
        "News", "x\n", headers={**GROUP, "List-Id": "<news.acme-devices.example.evil.net>"}
    )
    assert apply_rules(document_from_bytes(foreign), own_domains=("acme-devices.example",)).bulk
