"""Training the model from labelled corpora (the bundled one by default)."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path

from classifier.corpus import bundled_corpora, read_labels
from classifier.document import document_from_bytes
from classifier.model import Example, TextModel

log = logging.getLogger(__name__)


def examples_from(corpora: Iterable[Path]) -> list[Example]:
    """Every labelled message of ``corpora`` as a training example."""
    examples = []
    for folder in corpora:
        for item in read_labels(folder):
            doc = document_from_bytes(item.path.read_bytes())
            examples.append(Example(doc.subject, doc.body, item.relevant, item.categories))
    return examples


# How many corpus examples one staff correction weighs in the fit (a sample weight, not
# copies: copies also shift the vocabulary and the calibration, and two copies of one
# Finnish request made every Finnish message a request). At 3 a corrected request lifts
# similar mail into "needs triage" while unrelated mail in its language stays irrelevant
# (tests/test_train.py), with a corpus of some 4,000 examples.
CORRECTION_WEIGHT = 3.0


def examples_from_mail(labels: Iterable[tuple[bytes, bool, tuple[str, ...]]]) -> list[Example]:
    """Training examples from raw messages a person labelled (relevant, categories)."""
    examples = []
    for raw, relevant, categories in labels:
        doc = document_from_bytes(raw)
        examples.append(Example(doc.subject, doc.body, relevant, categories))
    return examples


def train(corpora: Iterable[Path] | None = None, corrections: Sequence[Example] = ()) -> TextModel:
    """Fit a model on ``corpora`` (default: the project's own bundled corpus) plus staff
    ``corrections``, each weighing :data:`CORRECTION_WEIGHT` examples. Deterministic."""
    folders = list(corpora) if corpora is not None else bundled_corpora()
    examples = examples_from(folders)
    examples += [dataclasses.replace(e, weight=CORRECTION_WEIGHT) for e in corrections]
    model = TextModel(examples)
    log.info(
        "classifier %s: trained on %d examples from %d corpora and %d corrections",
        model.version,
        len(examples) - len(corrections),
        len(folders),
        len(corrections),
    )
    return model
