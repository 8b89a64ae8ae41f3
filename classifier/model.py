"""The scikit-learn model: word and character n-grams, a linear classifier for relevance and
one-vs-rest linear classifiers for the nine categories.

Character n-grams carry languages, inflections and typos that word features miss; a linear
model keeps every decision explainable as a sum of phrase weights (the evidence).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion
from sklearn.preprocessing import MultiLabelBinarizer

from classifier.prediction import CATEGORIES


@dataclass(frozen=True)
class Example:
    """A training example: the text the model reads and its labels."""

    text: str
    relevant: bool
    categories: tuple[str, ...]


def _features() -> FeatureUnion:
    return FeatureUnion(
        [
            (
                "word",
                TfidfVectorizer(
                    analyzer="word", ngram_range=(1, 2), sublinear_tf=True, lowercase=True
                ),
            ),
            (
                "char",
                TfidfVectorizer(
                    analyzer="char_wb",
                    ngram_range=(3, 5),
                    sublinear_tf=True,
                    lowercase=True,
                    max_features=200_000,
                ),
            ),
        ]
    )


@dataclass
class Phrase:
    """A feature that moved a decision, with its contribution."""

    text: str
    weight: float


class TextModel:
    """Relevance and category models fitted on one set of examples."""

    def __init__(self, examples: Sequence[Example]) -> None:
        if not any(e.relevant for e in examples) or all(e.relevant for e in examples):
            raise ValueError("training needs both relevant and irrelevant examples")
        texts = [e.text for e in examples]
        self.features = _features()
        matrix = self.features.fit_transform(texts)
        self.feature_names: np.ndarray = self.features.get_feature_names_out()
        self.relevance = LogisticRegression(C=20.0, class_weight="balanced", max_iter=3000)
        self.relevance.fit(matrix, [e.relevant for e in examples])

        relevant_rows = [i for i, e in enumerate(examples) if e.relevant]
        self.binarizer = MultiLabelBinarizer(classes=list(CATEGORIES))
        labels = self.binarizer.fit_transform([examples[i].categories for i in relevant_rows])
        present = labels.sum(axis=0) > 0
        if not present.all():
            missing = [c for c, ok in zip(CATEGORIES, present, strict=True) if not ok]
            raise ValueError(f"training needs examples of every category; missing {missing}")
        self.categories = OneVsRestClassifier(
            LogisticRegression(C=20.0, class_weight="balanced", max_iter=3000)
        )
        self.categories.fit(matrix[relevant_rows], labels)
        self._category_coef = np.vstack([e.coef_[0] for e in self.categories.estimators_])
        # Stored transposed and contiguous: a sparse row times it is one cheap product.
        self._category_coef_t = np.ascontiguousarray(self._category_coef.T)
        self._category_intercept = np.array([e.intercept_[0] for e in self.categories.estimators_])
        digest = hashlib.sha256()
        for e in examples:
            digest.update(f"{e.relevant}|{','.join(e.categories)}|{e.text}\n".encode())
        self.version = f"tfidf-lr-{digest.hexdigest()[:10]}"

    def vectorize(self, text: str) -> csr_matrix:
        """The feature row of ``text``, computed once and shared by every question below."""
        return csr_matrix(self.features.transform([text]))

    def relevance_probability(self, row: csr_matrix) -> tuple[float, list[Phrase]]:
        """P(relevant) and the phrases that weighed most, either way."""
        coef = self.relevance.coef_[0]
        logit = float((row @ coef)[0]) + float(self.relevance.intercept_[0])
        return _sigmoid(logit), self._top_phrases(row, coef)

    def category_probabilities(self, row: csr_matrix) -> dict[str, float]:
        """P(category) for each of the nine."""
        # One product with the stacked one-vs-rest weights: the same numbers as asking each
        # estimator's predict_proba, without nine rounds of input validation per message.
        logits = np.asarray(row @ self._category_coef_t).ravel() + self._category_intercept
        return {c: _sigmoid(float(v)) for c, v in zip(self.binarizer.classes_, logits, strict=True)}

    def category_phrases(self, row: csr_matrix, category: str) -> list[Phrase]:
        """The phrases that argued for ``category``."""
        index = list(self.binarizer.classes_).index(category)
        return self._top_phrases(row, self._category_coef[index], positive_only=True)

    def _top_phrases(
        self, row: csr_matrix, coef: np.ndarray, limit: int = 6, positive_only: bool = False
    ) -> list[Phrase]:
        sparse = row
        indices = sparse.indices
        contributions = sparse.data * coef[indices]
        order = np.argsort(-np.abs(contributions))
        phrases: list[Phrase] = []
        seen: set[str] = set()
        for k in order:
            weight = float(contributions[k])
            if positive_only and weight <= 0:
                continue
            name = str(self.feature_names[indices[k]]).split("__", 1)[-1].strip()
            if not name or any(name in s or s in name for s in seen):
                continue
            seen.add(name)
            phrases.append(Phrase(name, weight))
            if len(phrases) == limit:
                break
        return phrases


def _sigmoid(x: float) -> float:
    # Written out for both signs so that large logits neither overflow nor lose precision.
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)
