"""The generated request letters: reproducible, and every category in Czech, Croatian and
Japanese, with negatives in the same languages."""

from __future__ import annotations

from collections import Counter

from classifier.prediction import CATEGORIES
from classifier.trainingdata import letters


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
