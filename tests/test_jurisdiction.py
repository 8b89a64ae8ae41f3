"""find_jurisdiction: laws by name, abbreviation and article, and places of residence."""

from __future__ import annotations

import pytest

from classifier.jurisdiction import compile_lower, find_jurisdiction, lowered


@pytest.mark.parametrize(
    ("text", "code", "phrase"),
    [
        ("Please treat this as a subject access request under the GDPR.", "GDPR", "GDPR"),
        ("Hiermit mache ich mein Recht nach Art. 15 DSGVO geltend.", "GDPR", "Art. 15 DSGVO"),
        ("Gemäß der Datenschutz-Grundverordnung bitte ich um Löschung.", "GDPR", None),
        ("Conformément à l'article 17 du RGPD, effacez mes données.", "GDPR", "article 17 du RGPD"),
        (
            "En virtud del Reglamento General de Protección de Datos solicito acceso.",
            "GDPR",
            "Reglamento General de Protección de Datos",
        ),
        ("Ai sensi del Regolamento generale sulla protezione dei dati chiedo.", "GDPR", None),
        ("Op grond van artikel 15 AVG verzoek ik om inzage.", "GDPR", "artikel 15 AVG"),
        ("Na podstawie art. 15 RODO proszę o kopię moich danych.", "GDPR", "art. 15 RODO"),
        ("Enligt dataskyddsförordningen begär jag ett registerutdrag.", "GDPR", None),
        ("Com base na LGPD, peço a exclusão da minha conta.", "LGPD", "LGPD"),
        ("Nos termos da Lei Geral de Proteção de Dados, quero uma cópia.", "LGPD", None),
        ("根据《个人信息保护法》，请删除我的个人信息。", "PIPL", "个人信息保护法"),
        ("I am exercising my rights under the UK GDPR.", "UK_GDPR", "UK GDPR"),
        ("As provided by the Data Protection Act 2018, send me my file.", "UK_GDPR", None),
        ("Under the California Consumer Privacy Act, do not sell my data.", "CCPA", None),
        ("This is a CPRA request to correct my information.", "CCPA", "CPRA"),
        ("Pursuant to Cal. Civ. Code § 1798.105 delete my data.", "CCPA", None),
        ("I will otherwise lodge a complaint with the CNIL.", "GDPR", "CNIL"),
    ],
)
def test_laws_in_every_language(text: str, code: str, phrase: str | None) -> None:
    finding = find_jurisdiction(text)
    assert finding is not None
    assert finding.code == code
    if phrase is not None:
        assert phrase in finding.evidence


@pytest.mark.parametrize(
    ("text", "place", "code"),
    [
        ("I live in California and want to know what you sold.", "California", "CCPA"),
        ("As a California resident I ask you to delete my data.", "California", "CCPA"),
        ("Ich wohne in Österreich und möchte Auskunft.", "Austria", "GDPR"),
        ("Je réside en France depuis dix ans.", "France", "GDPR"),
        ("Vivo en España y quiero borrar mi cuenta.", "Spain", "GDPR"),
        ("Risiedo in Italia, vorrei sapere quali dati avete.", "Italy", "GDPR"),
        ("Ik woon in Nederland en wil mijn gegevens inzien.", "Netherlands", "GDPR"),
        ("Moro no Brasil e quero saber o que vocês guardam.", "Brazil", "LGPD"),
        ("Mieszkam w Polsce i chcę usunąć konto.", "Poland", "GDPR"),
        ("Jag bor i Sverige och vill ha ut mina uppgifter.", "Sweden", "GDPR"),
        ("我住在中国，请告诉我你们保存了什么。", "China", "PIPL"),
        ("I'm based in the UK and would like a copy.", "United Kingdom", "UK_GDPR"),
        ("Ich wohne in der Schweiz.", "Switzerland", None),
    ],
)
def test_place_of_residence(text: str, place: str, code: str | None) -> None:
    finding = find_jurisdiction(text)
    assert finding is not None
    assert (finding.place, finding.code) == (place, code)


def test_law_and_place_are_both_kept() -> None:
    finding = find_jurisdiction("I live in Germany. Under the CCPA, please delete my data.")
    assert finding is not None
    assert (finding.code, finding.place) == ("CCPA", "Germany")
    assert finding.evidence == ("CCPA", "I live in Germany")


def test_gdpr_invoked_from_the_uk_is_the_uk_gdpr() -> None:
    finding = find_jurisdiction("I live in Scotland and make this request under the GDPR.")
    assert finding is not None
    assert (finding.code, finding.laws) == ("UK_GDPR", ("GDPR",))


def test_uk_gdpr_is_not_also_the_eu_regulation() -> None:
    finding = find_jurisdiction("Under the UK-GDPR and the Data Protection Act 2018.")
    assert finding is not None
    assert finding.laws == ("UK_GDPR",)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "GDPR subject access request\n\nUnder Article 15 UK GDPR, send me my data.",
            "Article 15 UK GDPR",
        ),
        ("Re: GDPR\n\nI make this request under Art. 15 UK-GDPR.", "Art. 15 UK-GDPR"),
        ("My GDPR rights, as set out in the Data Protection Act 2018.", "Data Protection Act 2018"),
        ("A GDPR request under the U.K. GDPR.", "U.K. GDPR"),
        ("GDPR: otherwise I will complain to the Information Commissioner’s Office.", None),
    ],
)
def test_the_uk_gdpr_named_anywhere_wins_over_the_gdpr(text: str, phrase: str | None) -> None:
    finding = find_jurisdiction(text)
    assert finding is not None
    assert finding.code == "UK_GDPR"
    assert finding.laws == ("GDPR", "UK_GDPR")
    if phrase is not None:
        # The phrase that decided comes first: staff see the first few.
        assert finding.evidence[0] == phrase


def test_the_gdpr_stays_for_a_writer_living_in_the_eu() -> None:
    finding = find_jurisdiction("I live in France. Under the GDPR (or the UK GDPR), delete it.")
    assert finding is not None
    assert (finding.code, finding.place) == ("GDPR", "France")


@pytest.mark.parametrize(
    "text",
    [
        "Under the CPRA, do not share my personal information.",
        "A request under the California Privacy Rights Act: correct my address.",
        "CPRA / CCPA request: delete my data.",
    ],
)
def test_the_cpra_is_the_ccpa_family(text: str) -> None:
    finding = find_jurisdiction(text)
    assert finding is not None
    assert (finding.code, finding.laws) == ("CCPA", ("CCPA",))


def test_first_law_named_decides_and_all_are_listed() -> None:
    finding = find_jurisdiction("Under the LGPD, and also the GDPR, send me everything.")
    assert finding is not None
    assert (finding.code, finding.laws) == ("LGPD", ("LGPD", "GDPR"))


def test_repeated_spellings_are_one_piece_of_evidence() -> None:
    finding = find_jurisdiction("GDPR request. See gdpr.eu. Art. 15 GDPR, GDPR again.")
    assert finding is not None
    assert finding.evidence == ("GDPR", "Art. 15 GDPR")


def test_newsletter_mentioning_gdpr_in_passing_still_names_it() -> None:
    footer = "You receive this newsletter because you subscribed. We comply with the GDPR."
    finding = find_jurisdiction(footer)
    assert finding is not None
    assert finding.code == "GDPR"


@pytest.mark.parametrize(
    "text",
    [
        "Our avg. response time is two days.",
        "The rodo is the bull rodeo in Spanish slang.",
        "We shipped your order to Germany yesterday.",
        "The UK-based vendor sent an invoice.",
        "Please delete my account, thanks.",
        "Ich möchte mein Konto löschen.",
        "I live in a small flat.",
        "",
    ],
)
def test_nothing_found(text: str) -> None:
    assert find_jurisdiction(text) is None


def test_capital_acronyms_only() -> None:
    finding = find_jurisdiction("Zgodnie z RODO proszę o dostęp.")
    assert finding is not None
    assert finding.code == "GDPR"


def test_lowered_keeps_positions() -> None:
    text = "İstanbul GDPR"
    assert len(lowered(text)) == len(text)
    assert lowered("ABC Ü") == "abc ü"


def test_compile_lower_refuses_upper_case_escapes() -> None:
    with pytest.raises(ValueError, match="upper-case escape"):
        compile_lower(r"\S+")
    assert compile_lower(r"(?P<Word>GDPR)").search("the gdpr") is not None
