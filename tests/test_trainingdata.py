"""The generated training data: the request letters (reproducible, every category in Czech,
Croatian and Japanese, with negatives in the same languages), the "never signed up" asks with
their look-alikes, and everyday Swedish, Polish and Czech mail; the corpus folders on disk are
what the generators write."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from classifier.prediction import CATEGORIES
from classifier.trainingdata import everyday, letters, unsolicited, unsolicitedbanks


def test_letters_are_reproducible() -> None:
    first = letters.samples()
    second = letters.samples()
    assert [(s.subject, s.body, s.categories) for s in first] == [
        (s.subject, s.body, s.categories) for s in second
    ]


def test_new_languages_cover_every_category_and_have_negatives() -> None:
    samples = letters.samples()
    for code in ("cs", "hr", "ja"):
        mains = Counter(s.categories[0] for s in samples if s.language == code and s.relevant)
        assert set(mains) == set(CATEGORIES), code
        assert any(s.language == code and not s.relevant for s in samples), code


def test_reminders_keep_the_category_of_the_first_request() -> None:
    reminders = [s for s in letters.samples() if s.source.endswith("/reminder")]
    assert reminders
    assert all(len(s.categories) == 1 for s in reminders)
    assert {s.categories[0] for s in reminders} <= set(letters.REMINDABLE)


def _labels(folder: Path) -> list[dict[str, object]]:
    lines = (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


@pytest.mark.parametrize(
    ("generator", "folder"),
    [(unsolicited, unsolicited.OUTPUT), (everyday, everyday.OUTPUT)],
)
def test_the_corpus_folder_is_what_its_generator_writes(
    generator: ModuleType, folder: Path
) -> None:
    generated = generator.samples()
    again = generator.samples()
    assert [(s.subject, s.body) for s in generated] == [(s.subject, s.body) for s in again]
    expected = [s.label(f"messages/{i:04d}.eml") for i, s in enumerate(generated, start=1)]
    assert _labels(folder) == expected
    assert len(list((folder / "messages").glob("*.eml"))) == len(generated)


def test_never_signed_up_asks_and_their_look_alikes_in_every_language() -> None:
    samples = unsolicited.samples()
    languages = {"en", "de", "fr", "es", "it", "nl", "pt", "sv", "pl", "zh"}
    for code in languages:
        asks = [s for s in samples if s.language == code and s.relevant]
        alikes = [s for s in samples if s.language == code and not s.relevant]
        assert asks, code
        assert alikes, code
        assert {s.categories[0] for s in asks} >= {"access", "erasure"}, code
        assert any(s.source.endswith("ask-formal") for s in asks), code
        assert any(s.source.endswith("ask-informal") for s in asks), code
    assert {s.language for s in samples} == languages
    assert all(s.categories for s in samples if s.relevant)
    # Bodies are fully filled in: no alternatives or keys left over.
    assert not any("[[" in s.body or "{" in s.body or "{" in s.subject for s in samples)


def test_an_unsubscribe_request_is_a_request_never_a_negative() -> None:
    """DOMAIN.md: "stop emailing me promotions" is an objection to direct marketing."""
    samples = unsolicited.samples()
    stops = [s for s in samples if s.relevant and "objection" in s.categories]
    assert {s.language for s in stops} == {s.language for s in samples}
    written_by_people = {
        like.kind
        for lang in unsolicitedbanks.LANGS
        for like in lang.likes
        if like.sender == "person"
    }
    asked_to_stop = ("take me off", "stop emailing", "unsubscribe me", "aus dem verteiler")
    for sample in samples:
        if not sample.relevant and sample.source.rsplit("/", 1)[1] in written_by_people:
            assert not any(phrase in sample.body.lower() for phrase in asked_to_stop)


def test_everyday_mail_is_swedish_polish_and_czech_negatives() -> None:
    samples = everyday.samples()
    counts = Counter(s.language for s in samples)
    assert set(counts) == {"sv", "pl", "cs"}
    assert counts["sv"] >= 50
    assert not any(s.relevant for s in samples)
    kinds = {s.source.rsplit("/", 1)[1] for s in samples if s.language == "sv"}
    assert {"opening-hours", "order-status", "invoice", "support", "sales"} <= kinds
