"""extract_requester: who writes, where to reply, which ids they name, and for whom they act."""

from __future__ import annotations

import pytest

from classifier.document import Document, document_from_bytes
from classifier.requester import extract_requester, own_text
from tests.conftest import make_mail

OWN = ("acme-devices.example",)


def _doc(
    body: str,
    *,
    sender: str = "Ana Example <ana@example.org>",
    headers: dict[str, str] | None = None,
) -> Document:
    return document_from_bytes(make_mail("My data", body, sender=sender, headers=headers))


def test_reply_to_wins_for_the_reply_address_but_both_are_kept() -> None:
    doc = _doc(
        "Please send me a copy of my data.",
        sender="Ana Example <ana@example.org>",
        headers={"Reply-To": "Ana Private <ana.private@example.net>"},
    )
    info = extract_requester(doc, OWN)
    assert info.name == "Ana Example"
    assert info.address == "ana.private@example.net"
    assert info.from_address == "ana@example.org"
    assert info.reply_to == "ana.private@example.net"
    assert info.to_requester().address == "ana.private@example.net"


def test_without_reply_to_the_sender_is_the_reply_address() -> None:
    info = extract_requester(_doc("Delete my profile please."))
    assert (info.address, info.reply_to) == ("ana@example.org", None)


def test_company_reply_to_is_ignored() -> None:
    doc = _doc("Hello", headers={"Reply-To": "support@acme-devices.example"})
    info = extract_requester(doc, OWN)
    assert (info.address, info.reply_to) == ("ana@example.org", None)


@pytest.mark.parametrize(
    ("body", "account_id"),
    [
        ("My customer number is KD-55120, please look me up.", "KD-55120"),
        ("Meine Kundennummer lautet 7781234.", "7781234"),
        ("Mon identifiant est lucie_b77 sur votre site.", "lucie_b77"),
        ("Mi número de cliente es 00451239.", "00451239"),
        ("Il mio codice cliente è CL-9921.", "CL-9921"),
        ("Mijn klantnummer is 3321-889.", "3321-889"),
        ("O meu número de cliente é PT449120.", "PT449120"),
        ("Mój numer klienta to 55-1234-9.", "55-1234-9"),
        ("Mitt kundnummer är 880321.", "880321"),
        ("我的用户名是 wanglei88，请删除我的数据。", "wanglei88"),
        ("Username: jdoe_photos", "jdoe_photos"),
        ("Mein Konto 44556677 soll gelöscht werden.", "44556677"),
    ],
)
def test_account_ids_in_every_language(body: str, account_id: str) -> None:
    info = extract_requester(_doc(body), OWN)
    assert account_id in info.account_ids
    assert info.account_evidence


@pytest.mark.parametrize(
    "body",
    [
        "Regarding our order #4412, the parcel never arrived.",
        "My account is locked since Tuesday.",
        "Mein Konto wurde gehackt.",
        "The customer service number did not answer.",
        "My username below was used without my consent.",
    ],
)
def test_no_account_id(body: str) -> None:
    assert extract_requester(_doc(body), OWN).account_ids == ()


def test_other_addresses_named_in_the_text() -> None:
    body = (
        "My account email is old.ana@example.com, and I also used ana.work@example.net.\n"
        "You can reach your DPO at privacy@acme-devices.example, I know."
    )
    info = extract_requester(_doc(body), OWN)
    assert info.other_addresses == ("old.ana@example.com", "ana.work@example.net")
    assert any("old.ana@example.com" in e for e in info.account_evidence)


def test_quoted_text_and_forwarded_headers_are_not_the_requester() -> None:
    body = (
        "Yes, I confirm: delete everything.\n"
        "\n"
        "On Mon, 3 Mar 2025 at 10:00, Acme Privacy <privacy@acme-devices.example> wrote:\n"
        "> Dear customer, please confirm. Contact other.person@example.com if needed.\n"
        "> From: Someone Else <someone@example.com>\n"
    )
    info = extract_requester(_doc(body), OWN)
    assert info.other_addresses == ()
    assert info.address == "ana@example.org"


def test_forwarded_header_block_is_dropped() -> None:
    body = (
        "See below.\n"
        "---------- Forwarded message ---------\n"
        "From: Bo Sender <bo@example.com>\n"
        "Date: Tue, 4 Mar 2025\n"
        "Subject: my data\n"
        "To: sales@acme-devices.example\n"
        "\n"
        "Please erase my data. My old address was bo.old@example.com.\n"
    )
    text = own_text(body)
    assert "bo@example.com" not in text
    assert "bo.old@example.com" in text
    info = extract_requester(_doc(body), OWN)
    assert info.other_addresses == ("bo.old@example.com",)


def test_colleague_forward_names_the_forwarded_sender() -> None:
    body = (
        "Forwarding this to you, it came to sales.\n"
        "-----Original Message-----\n"
        "From: Bo Sender <bo@example.com>\n"
        "Sent: Tuesday\n"
        "\n"
        "Please tell me what you store about me.\n"
    )
    doc = _doc(body, sender="Sales Team <sales@acme-devices.example>")
    info = extract_requester(doc, OWN)
    assert (info.name, info.address) == ("Bo Sender", "bo@example.com")
    assert info.from_address == "sales@acme-devices.example"


def test_own_address_is_never_the_requester() -> None:
    doc = _doc("internal note", sender="Desk <desk@mail.acme-devices.example>")
    info = extract_requester(doc, OWN)
    assert (info.name, info.address) == (None, None)


@pytest.mark.parametrize(
    "body",
    [
        "I am writing on behalf of my mother, who cannot use email.",
        "Ich schreibe im Auftrag von Herrn Maier, Vollmacht anbei.",
        "Je vous écris au nom de mon père.",
        "Le escribo en nombre de mi hermano.",
        "Scrivo per conto di mia nonna.",
        "Ik schrijf namens mijn vader.",
        "Escrevo em nome da minha mãe.",
        "Piszę w imieniu mojej żony.",
        "Jag skriver på uppdrag av min bror.",
        "我代表我的父亲提出这个请求。",
        "As her attorney I request all records about my client.",
    ],
)
def test_agent_in_every_language(body: str) -> None:
    info = extract_requester(_doc(body), OWN)
    assert info.agent
    assert info.agent_evidence


@pytest.mark.parametrize(
    "body",
    [
        "My son (12) has a profile on your app, please delete it.",
        "Please erase everything about my child.",
        "Mein Sohn hat ohne meine Erlaubnis ein Konto angelegt.",
        "Ma fille a créé un compte, supprimez-le.",
        "Mi hijo usa vuestro reloj.",
        "Mio figlio ha solo nove anni.",
        "Mijn dochter gebruikt de app.",
        "Meu filho criou uma conta.",
        "Moje dziecko ma konto w aplikacji.",
        "Mitt barn har ett konto hos er.",
        "我的孩子在你们的应用上有账号。",
    ],
)
def test_minor_in_every_language(body: str) -> None:
    info = extract_requester(_doc(body), OWN)
    assert info.minor
    assert info.agent
    assert info.minor_evidence


@pytest.mark.parametrize(
    "body",
    [
        "The account belongs to a 13-year-old.",
        "She is only 9 years old.",
        "Sie ist 11 Jahre alt.",
        "Elle a 12 ans.",
        "Tiene 10 años.",
        "Ha 8 anni.",
        "Hij is 14 jaar oud.",
        "Ele tem 13 anos.",
        "Ona ma 12 lat.",
        "Han är 11 år.",
        "他今年10岁。",
        "My nephew is still a minor.",
        "Mon neveu est mineur.",
    ],
)
def test_age_under_sixteen_is_a_minor(body: str) -> None:
    assert extract_requester(_doc(body), OWN).minor


def test_stated_age_decides() -> None:
    adult = extract_requester(_doc("My daughter (34) asked me to write to you."), OWN)
    assert (adult.agent, adult.minor) == (True, False)
    teenager = extract_requester(_doc("She is 17 years old."), OWN)
    assert not teenager.minor


@pytest.mark.parametrize(
    "body",
    [
        "Please delete my account. I have been a client for 10 years.",
        "J'ai acheté la caméra il y a 10 ans.",
        "Det är 10 år sedan jag köpte den.",
        "My account is 5 years old.",
        "This is a minor issue with the app.",
        "C'est un problème mineur.",
        "Please send me my data.",
    ],
)
def test_neither_agent_nor_minor(body: str) -> None:
    info = extract_requester(_doc(body), OWN)
    assert (info.agent, info.minor) == (False, False)


def test_quoted_agent_phrase_does_not_count() -> None:
    body = "Thanks.\n> We act on behalf of our partners.\n"
    assert not extract_requester(_doc(body), OWN).agent
