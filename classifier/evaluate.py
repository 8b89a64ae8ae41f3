"""Scoring a classifier on a labelled corpus, as FORMAT.md defines the figures.

needs_triage counts as predicted relevant (staff see it). Figures are given overall and per
language, with the files behind every miss and false alarm.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifier.corpus import LabelledMessage, read_labels
from classifier.prediction import Prediction, TimeRange


@dataclass
class Tally:
    """Counts behind the figures of one group of messages."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    main_hit: int = 0
    main_total: int = 0
    label_tp: int = 0
    label_fp: int = 0
    label_fn: int = 0
    range_hit: int = 0
    range_total: int = 0
    none_hit: int = 0
    none_total: int = 0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    def add(self, item: LabelledMessage, prediction: Prediction) -> None:
        predicted = prediction.relevant
        if item.relevant and predicted:
            self.tp += 1
        elif item.relevant:
            self.fn += 1
            self.missed.append(item.file)
        elif predicted:
            self.fp += 1
            self.false_alarms.append(item.file)
        else:
            self.tn += 1
        if item.relevant:
            if item.categories:
                self.main_total += 1
                self.main_hit += item.categories[0] in prediction.categories
            truth, guess = set(item.categories), set(prediction.categories)
            self.label_tp += len(truth & guess)
            self.label_fp += len(guess - truth)
            self.label_fn += len(truth - guess)
            if item.time_range is not None:
                self.range_total += 1
                self.range_hit += _same_range(item.time_range, prediction.time_range)
            else:
                self.none_total += 1
                self.none_hit += prediction.time_range is None

    def figures(self) -> dict[str, Any]:
        precision = _ratio(self.tp, self.tp + self.fp)
        recall = _ratio(self.tp, self.tp + self.fn)
        f1 = _ratio(2 * precision * recall, precision + recall) if precision and recall else 0.0
        label_p = _ratio(self.label_tp, self.label_tp + self.label_fp)
        label_r = _ratio(self.label_tp, self.label_tp + self.label_fn)
        return {
            "messages": self.tp + self.fp + self.fn + self.tn,
            "relevance": {
                "precision": round(precision, 4),
                "recall": round(recall, 4),
                "f1": round(f1, 4),
                "tp": self.tp,
                "fp": self.fp,
                "fn": self.fn,
                "tn": self.tn,
            },
            "categories": {
                "main_in_predicted": round(_ratio(self.main_hit, self.main_total), 4),
                "micro_f1": round(
                    _ratio(2 * label_p * label_r, label_p + label_r)
                    if label_p and label_r
                    else 0.0,
                    4,
                ),
            },
            "time_range": {
                "exact": round(_ratio(self.range_hit, self.range_total), 4),
                "labelled": self.range_total,
                "none_when_none": round(_ratio(self.none_hit, self.none_total), 4),
            },
            "missed": self.missed,
            "false_alarms": self.false_alarms,
        }


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def _same_range(truth: TimeRange, guess: TimeRange | None) -> bool:
    return guess is not None and truth.start == guess.start and truth.end == guess.end


def evaluate(
    items: Iterable[LabelledMessage], predict: Callable[[Path], Prediction]
) -> dict[str, Any]:
    """Predict every labelled message and return the figures, overall and per language."""
    overall = Tally()
    by_language: dict[str, Tally] = defaultdict(Tally)
    for item in items:
        prediction = predict(item.path)
        overall.add(item, prediction)
        by_language[item.language or "unknown"].add(item, prediction)
    report = overall.figures()
    report["by_language"] = {
        language: {k: v for k, v in tally.figures().items() if k not in ("missed", "false_alarms")}
        for language, tally in sorted(by_language.items())
    }
    return report


def evaluate_corpus(folder: Path, predict: Callable[[Path], Prediction]) -> dict[str, Any]:
    """:func:`evaluate` over the corpus at ``folder``."""
    return evaluate(read_labels(folder), predict)
