"""The scikit-learn model: word and character n-grams, a linear classifier for relevance and
one-vs-rest linear classifiers for the nine categories.

Character n-grams carry languages, inflections and typos that word features miss; a linear
model keeps every decision explainable as a sum of phrase weights (the evidence).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
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
        digest = hashlib.sha256()
        for e in examples:
            digest.update(f"{e.relevant}|{','.join(e.categories)}|{e.text}\n".encode())
        self.version = f"tfidf-lr-{digest.hexdigest()[:10]}"

    def relevance_probability(self, text: str) -> tuple[float, list[Phrase]]:
        """P(relevant) for ``text`` and the phrases that weighed most, either way."""
        row = self.features.transform([text])
        probability = float(self.relevance.predict_proba(row)[0][1])
        coef = self.relevance.coef_[0]
        return probability, self._top_phrases(row, coef)

    def category_probabilities(self, text: str) -> tuple[dict[str, float], dict[str, list[Phrase]]]:
        """P(category) for each of the nine, and the phrases behind each."""
        row = self.features.transform([text])
        probabilities = self.categories.predict_proba(row)[0]
        scores = {c: float(p) for c, p in zip(self.binarizer.classes_, probabilities, strict=True)}
        phrases = {
            c: self._top_phrases(row, estimator.coef_[0], positive_only=True)
            for c, estimator in zip(
                self.binarizer.classes_, self.categories.estimators_, strict=True
            )
        }
        return scores, phrases

    def _top_phrases(
        self, row: object, coef: np.ndarray, limit: int = 6, positive_only: bool = False
    ) -> list[Phrase]:
        sparse = row.tocsr()  # type: ignore[attr-defined]
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
