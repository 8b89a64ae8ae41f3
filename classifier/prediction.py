"""What the classifier says about one message: the :class:`Prediction` and its parts.

These types are the contract between the classifier and its callers (intake stores a
Prediction on the message and the case; ``dsr classify --json`` prints ``Prediction.to_json``).
They hold plain values only, so they can be serialised and compared in tests.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

CATEGORIES: tuple[str, ...] = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "portability",
    "objection",
    "consent_withdrawal",
    "complaint",
    "inquiry",
)
"""The nine request categories of DOMAIN.md, in a fixed order."""


class Decision(enum.StrEnum):
    """Where a message goes: a case, a human's eyes, or the irrelevant pile."""

    RELEVANT = "relevant"
    NEEDS_TRIAGE = "needs_triage"
    IRRELEVANT = "irrelevant"


@dataclass(frozen=True)
class TimeRange:
    """The range of data asked about; either side may be open (None)."""

    start: date | None
    end: date | None

    def to_json(self) -> dict[str, str | None]:
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


@dataclass(frozen=True)
class Evidence:
    """One reason behind a decision: a rule that fired or a phrase that weighed.

    ``kind`` is ``rule`` or ``phrase``; ``weight`` is positive when it pushed towards
    "relevant" (or towards the category named in ``target``).
    """

    kind: str
    text: str
    weight: float
    target: str = "relevant"


@dataclass(frozen=True)
class Requester:
    """Who asks: name and reply address, other identifiers they give, and for whom they act.

    ``agent`` is true when someone acts for the data subject (parent, authorised agent);
    ``minor`` when the data subject is a child.
    """

    name: str | None
    address: str | None
    other_addresses: tuple[str, ...] = ()
    account_ids: tuple[str, ...] = ()
    agent: bool = False
    minor: bool = False


@dataclass(frozen=True)
class Prediction:
    """The classifier's verdict on one message."""

    decision: Decision
    score: float
    categories: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    language: str | None
    model_version: str
    time_range: TimeRange | None = None
    requester: Requester | None = None
    product: str | None = None
    jurisdiction: str | None = None
    place: str | None = None
    category_scores: dict[str, float] = field(default_factory=dict)

    @property
    def relevant(self) -> bool:
        """True unless the message was judged irrelevant (needs_triage counts as relevant)."""
        return self.decision is not Decision.IRRELEVANT

    def to_json(self) -> dict[str, Any]:
        """The JSON object of the ``dsr classify --json`` contract (DESIGN.md)."""
        return {
            "decision": self.decision.value,
            "relevant": self.relevant,
            "score": round(self.score, 4),
            "categories": list(self.categories),
            "category_scores": {k: round(v, 4) for k, v in self.category_scores.items()},
            "time_range": self.time_range.to_json() if self.time_range else None,
            "language": self.language,
            "requester": _requester_json(self.requester),
            "product": self.product,
            "jurisdiction": self.jurisdiction,
            "place": self.place,
            "evidence": [asdict(e) for e in self.evidence],
            "model_version": self.model_version,
        }


def _requester_json(requester: Requester | None) -> dict[str, Any] | None:
    if requester is None:
        return None
    data = asdict(requester)
    data["other_addresses"] = list(requester.other_addresses)
    data["account_ids"] = list(requester.account_ids)
    return data
