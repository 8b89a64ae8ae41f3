"""Persistence and rules of dsr-triage: tables, transactions, deadlines, cases, queue queries.

This package imports nothing from intake, classifier or service.
"""

import models.outbox  # noqa: F401  (its tables belong in the metadata)
from models.base import Base
from models.tables import (
    OPEN_CASE_STATUSES,
    Case,
    CaseStatus,
    Decision,
    Event,
    Mailbox,
    Message,
    MessageStatus,
)

__all__ = [
    "OPEN_CASE_STATUSES",
    "Base",
    "Case",
    "CaseStatus",
    "Decision",
    "Event",
    "Mailbox",
    "Message",
    "MessageStatus",
]
