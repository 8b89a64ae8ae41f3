"""The values the tables store for statuses and decisions, usable without SQLAlchemy.

The staff's read commands (``dsr queue``, ``dsr show``) load this module but not the ORM;
models.tables maps these enums onto its columns.
"""

from __future__ import annotations

import enum


class MessageStatus(enum.StrEnum):
    """How far a stored message got: stored, processed (classified and routed), or failed."""

    STORED = "stored"
    PROCESSED = "processed"
    FAILED = "failed"


class Decision(enum.StrEnum):
    """The classifier's routing decision, as stored (mirrors classifier.Decision)."""

    RELEVANT = "relevant"
    NEEDS_TRIAGE = "needs_triage"
    IRRELEVANT = "irrelevant"


class CaseStatus(enum.StrEnum):
    """Where a case stands in its lifecycle (DOMAIN.md)."""

    NEW = "new"
    AWAITING_REQUESTER = "awaiting_requester"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REJECTED = "rejected"
    CLOSED_DUPLICATE = "closed_duplicate"
    CLOSED_NOT_A_REQUEST = "closed_not_a_request"


OPEN_CASE_STATUSES = (CaseStatus.NEW, CaseStatus.AWAITING_REQUESTER, CaseStatus.IN_PROGRESS)
