"""Training the model from labelled corpora (the bundled one by default)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
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


def train(corpora: Iterable[Path] | None = None) -> TextModel:
    """Fit a model on ``corpora`` (default: the project's own bundled corpus)."""
    folders = list(corpora) if corpora is not None else bundled_corpora()
    examples = examples_from(folders)
    model = TextModel(examples)
    log.info(
        "classifier %s: trained on %d examples from %d corpora",
        model.version,
        len(examples),
        len(folders),
    )
    return model
