"""find_products: names from a configured list, found despite case, spacing, hyphens and typos."""

from __future__ import annotations

import pytest

from classifier.product import find_products

PRODUCTS = (
    "CloudCam",
    "CloudCam Mini",
    "FitBand",
    "FitBand 2",
    "DoorView doorbell",
    "EX-Lock 300",
    "KidWatch",
    "Hub",
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.product, m.text) for m in find_products(text, PRODUCTS)]


@pytest.mark.parametrize(
    ("text", "product", "written"),
    [
        ("Please delete the videos from my CloudCam.", "CloudCam", "CloudCam"),
        ("Bitte löschen Sie die Aufnahmen meiner cloudcam.", "CloudCam", "cloudcam"),
        ("Je voudrais les données de ma Cloud-Cam.", "CloudCam", "Cloud-Cam"),
        ("Quiero saber qué guarda mi Cloud Cam Mini.", "CloudCam Mini", "Cloud Cam Mini"),
        ("Vorrei i dati del mio FITBAND.", "FitBand", "FITBAND"),
        ("Ik wil de gegevens van mijn Fit Band 2 zien.", "FitBand 2", "Fit Band 2"),
        ("Quero apagar os dados do meu DoorView doorbell.", "DoorView doorbell", None),
        ("Proszę usunąć dane z mojego ex lock 300.", "EX-Lock 300", "ex lock 300"),
        ("Jag vill ha ut data från min KidWatch.", "KidWatch", "KidWatch"),
        ("请删除我的CloudCam里的录像。", "CloudCam", "CloudCam"),
        ("I own a Hub.", "Hub", "Hub"),
    ],
)
def test_names_in_every_language(text: str, product: str, written: str | None) -> None:
    matches = find_products(text, PRODUCTS)
    assert matches, text
    assert matches[0].product == product
    assert matches[0].score == 1.0
    if written is not None:
        assert matches[0].text == written
        assert text[matches[0].start : matches[0].end] == written


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("My Fitbnad records my sleep.", "FitBand"),
        ("The Doorview dorbell rang all night.", "DoorView doorbell"),
        ("My KidWach shows the wrong time.", "KidWatch"),
        ("Two CloudCams are installed.", "CloudCam"),
    ],
)
def test_typos_match_with_a_lower_score(text: str, product: str) -> None:
    matches = find_products(text, PRODUCTS)
    assert [m.product for m in matches] == [product]
    assert 0.8 < matches[0].score < 1.0


@pytest.mark.parametrize(
    "text",
    [
        "We sell CloudCamera lenses.",
        "The fitbandage was too tight.",
        "He went to the pub and the hut.",
        "I do watch the news. Kid watches are popular.",
        "My EX-Lock 200 broke.",
        "Fiat and Ford cars.",
        "",
    ],
)
def test_no_match(text: str) -> None:
    assert find_products(text, PRODUCTS) == []


def test_longer_name_wins_over_the_shorter_one_inside_it() -> None:
    assert _found("My CloudCam Mini is offline.") == [("CloudCam Mini", "CloudCam Mini")]


def test_best_first_and_one_match_per_product() -> None:
    text = "My fitbnad and my CloudCam, and the CloudCam again."
    matches = find_products(text, PRODUCTS)
    assert [m.product for m in matches] == ["CloudCam", "FitBand"]
    assert matches[0].start == text.index("CloudCam")


def test_empty_product_list() -> None:
    assert find_products("CloudCam", []) == []
    assert find_products("CloudCam", ["", "  "]) == []
