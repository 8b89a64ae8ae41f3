"""What the configuration decides about deadlines and decisions, for models.lifecycle.

Kept apart from the lifecycle (and its ORM) so that loading the settings needs no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from models.deadline import DEFAULT_JURISDICTIONS, DEFAULT_RULE, DeadlineRule

DEFAULT_REJECTION_REASONS: tuple[str, ...] = (
    "identity not verified",
    "insufficient information",
    "manifestly unfounded or excessive",
    "legal obligation to retain",
    "would harm the rights of others",
    "no data held",
    "other",
)


@dataclass(frozen=True)
class Policy:
    """What the configuration decides about deadlines and decisions."""

    zone: ZoneInfo
    default_rule: DeadlineRule = DEFAULT_RULE
    jurisdictions: Mapping[str, DeadlineRule] = field(
        default_factory=lambda: dict(DEFAULT_JURISDICTIONS)
    )
    pause_while_waiting: bool = True
    rejection_reasons: tuple[str, ...] = DEFAULT_REJECTION_REASONS

    def rule_for(self, jurisdiction: str | None) -> DeadlineRule:
        if jurisdiction is None:
            return self.default_rule
        return self.jurisdictions.get(jurisdiction, self.default_rule)
