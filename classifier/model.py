"""The scikit-learn model: word and character n-grams, a linear classifier for relevance and
one-vs-rest linear classifiers for the nine categories.

Character n-grams carry languages, inflections and typos that word features miss; a linear
model keeps every decision explainable as a sum of phrase weights (the evidence). The relevance
score is calibrated (Platt scaling on out-of-fold scores), so that the thresholds of the triage
band mean probabilities; calibration is a monotone map of the linear score, so the phrases that
moved a decision are still its features times their weights.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from scipy.sparse import csr_matrix

from classifier.features import Vectorizer
from classifier.prediction import CATEGORIES
from classifier.textprep import Prepared, prepare

if TYPE_CHECKING:
    from sklearn.linear_model import LogisticRegression

_C = 10.0
_FOLDS = 5


@dataclass(frozen=True)
class Example:
    """A training example: the subject and body the model reads, and its labels."""

    subject: str
    body: str
    relevant: bool
    categories: tuple[str, ...]
    weight: float = 1.0
    """How much this example counts in fitting (a staff correction counts for more)."""

    @property
    def text(self) -> str:
        return f"{self.subject}\n\n{self.body}".strip()


@dataclass
class Phrase:
    """A feature that moved a decision, with its contribution."""

    text: str
    weight: float


def _linear(c: float = _C) -> LogisticRegression:
    # scikit-learn is imported for training only: a fitted model keeps its weights as NumPy
    # arrays and predicts with them, so loading and using it never imports scikit-learn
    # (some 80 MB of memory and half a second of start-up).
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, class_weight="balanced", max_iter=3000)


class TextModel:
    """Relevance and category models fitted on one set of examples."""

    def __init__(self, examples: Sequence[Example]) -> None:
        if not any(e.relevant for e in examples) or all(e.relevant for e in examples):
            raise ValueError("training needs both relevant and irrelevant examples")
        prepared = [prepare(e.subject, e.body) for e in examples]
        self.features = Vectorizer(prepared)
        matrix = self.features.transform(prepared)
        target = np.array([e.relevant for e in examples])
        weights = np.array([e.weight for e in examples], dtype=float)
        relevance = _linear().fit(matrix, target, sample_weight=weights)
        self._relevance_coef: np.ndarray = relevance.coef_[0].copy()
        self._relevance_intercept = float(relevance.intercept_[0])
        self._scale, self._shift = _platt(matrix, target)

        relevant_rows = [i for i, e in enumerate(examples) if e.relevant]
        self._classes = list(CATEGORIES)
        labels = np.array(
            [[c in examples[i].categories for c in self._classes] for i in relevant_rows],
            dtype=int,
        )
        present = labels.sum(axis=0) > 0
        if not present.all():
            missing = [c for c, ok in zip(CATEGORIES, present, strict=True) if not ok]
            raise ValueError(f"training needs examples of every category; missing {missing}")
        rows = matrix[relevant_rows]
        row_weights = weights[relevant_rows]
        fitted = [
            _linear().fit(rows, labels[:, k], sample_weight=row_weights)
            for k in range(labels.shape[1])
        ]
        self._category_coef = np.vstack([m.coef_[0] for m in fitted])
        # Stored transposed and contiguous: a sparse row times it is one cheap product.
        self._category_coef_t = np.ascontiguousarray(self._category_coef.T)
        self._category_intercept = np.array([m.intercept_[0] for m in fitted])
        digest = hashlib.sha256()
        for e in examples:
            digest.update(f"{e.relevant}|{','.join(e.categories)}|{e.weight}|{e.text}\n".encode())
        self.version = f"ngram-lr-{digest.hexdigest()[:10]}"

    @property
    def classes(self) -> list[str]:
        return list(self._classes)

    def vectorize(self, prepared: Prepared) -> csr_matrix:
        """The feature row of a prepared message, computed once for every question below."""
        return self.features.transform_one(prepared)

    def relevance_probability(self, row: csr_matrix, text: str = "") -> tuple[float, list[Phrase]]:
        """Calibrated P(relevant) and the phrases that weighed most, either way."""
        logit = float((row @ self._relevance_coef)[0]) + self._relevance_intercept
        calibrated = self._scale * logit + self._shift
        return _sigmoid(calibrated), self._top_phrases(row, self._relevance_coef, text)

    def category_probabilities(self, row: csr_matrix) -> dict[str, float]:
        """P(category) for each of the nine."""
        logits = np.asarray(row @ self._category_coef_t).ravel() + self._category_intercept
        return {c: _sigmoid(float(v)) for c, v in zip(self.classes, logits, strict=True)}

    def category_phrases(self, row: csr_matrix, category: str, text: str = "") -> list[Phrase]:
        """The phrases that argued for ``category``."""
        index = self.classes.index(category)
        return self._top_phrases(row, self._category_coef[index], text, positive_only=True)

    def _top_phrases(
        self,
        row: csr_matrix,
        coef: np.ndarray,
        text: str,
        limit: int = 6,
        positive_only: bool = False,
    ) -> list[Phrase]:
        indices = row.indices
        contributions = row.data * coef[indices]
        order = np.argsort(-np.abs(contributions))[: 8 * limit]
        phrases: list[Phrase] = []
        seen: set[str] = set()
        for k in order:
            weight = float(contributions[k])
            if positive_only and weight <= 0:
                continue
            name = self.features.display(int(indices[k]), text).strip()
            low = name.lower()
            if not name or any(low in s or s in low for s in seen):
                continue
            seen.add(low)
            phrases.append(Phrase(name, weight))
            if len(phrases) == limit:
                break
        return phrases


def _platt(matrix: csr_matrix, target: np.ndarray) -> tuple[float, float]:
    """Scale and shift mapping the linear score to a calibrated probability (out-of-fold)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    folds = StratifiedKFold(n_splits=_FOLDS, shuffle=True, random_state=0)
    if min(int(target.sum()), int((~target).sum())) < _FOLDS:
        return 1.0, 0.0
    scores = cross_val_predict(_linear(), matrix, target, cv=folds, method="decision_function")
    platt = LogisticRegression(C=1e4, max_iter=1000).fit(scores.reshape(-1, 1), target)
    return float(platt.coef_[0][0]), float(platt.intercept_[0])


def _sigmoid(x: float) -> float:
    # Written out for both signs so that large logits neither overflow nor lose precision.
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)
