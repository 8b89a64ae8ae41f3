"""The case lifecycle: every change staff (or intake) make to a case, and its rules.

    new ──> awaiting_requester ──> in_progress ──> completed | rejected
     │            ^    │                │
     │            └────┼────────────────┘   (request-info again)
     └──> in_progress  └──> rejected
    any open state ──> closed_duplicate | closed_not_a_request

Each function checks the rule, changes the case, recomputes its deadline when that can move,
and appends an audit event with the fields before and after. A refused change raises
:class:`LifecycleError` (one line) and changes nothing.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from models.audit import record_event
from models.deadline import paused_days_between
from models.policy import Policy
from models.tables import OPEN_CASE_STATUSES, Case, CaseStatus

AWAITING_KINDS = ("verification", "clarification")


class LifecycleError(Exception):
    """A change the rules do not allow; the message says why in one line."""


_TRACKED = (
    "status",
    "assignee",
    "identity_verified",
    "awaiting",
    "paused_at",
    "paused_days",
    "jurisdiction",
    "base_due_at",
    "due_at",
    "extension_reason",
    "extended_due_at",
    "extension_notice_sent_at",
    "outcome_reason",
    "duplicate_of_id",
    "closed_at",
)


def _snapshot(case: Case) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in _TRACKED:
        value = getattr(case, name)
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, CaseStatus):
            value = value.value
        values[name] = value
    return values


class _Change:
    """Records the fields a change touched, then writes one audit event for it."""

    def __init__(self, session: Session, case: Case, actor: str, now: datetime) -> None:
        self.session, self.case, self.actor, self.now = session, case, actor, now
        self.before = _snapshot(case)

    def commit(self, action: str, reason: str | None = None) -> None:
        self.case.updated_at = self.now
        after = _snapshot(self.case)
        changed = [k for k in after if after[k] != self.before[k]]
        record_event(
            self.session,
            at=self.now,
            actor=self.actor,
            action=action,
            case=self.case,
            before={k: self.before[k] for k in changed},
            after={k: after[k] for k in changed},
            reason=reason,
        )


def _require_open(case: Case, doing: str) -> None:
    if case.status not in OPEN_CASE_STATUSES:
        raise LifecycleError(f"{case.reference} is {case.status.value}: cannot {doing}")


def recompute_due(case: Case, policy: Policy) -> None:
    """Set the base and effective deadlines from receipt, jurisdiction, extension and pauses."""
    rule = policy.rule_for(case.jurisdiction)
    case.base_due_at = rule.due(case.received_at, policy.zone)
    target = case.base_due_at
    if case.extension_notice_sent_at is not None and case.extended_due_at is not None:
        target = case.extended_due_at
    # Adding days to a zone-aware time keeps the wall clock, so it stays the end of a day.
    case.due_at = target.astimezone(policy.zone) + timedelta(days=case.paused_days)


def assign(session: Session, case: Case, assignee: str, *, actor: str, now: datetime) -> None:
    """Give the case to ``assignee``; a new case is then in progress."""
    _require_open(case, "assign it")
    change = _Change(session, case, actor, now)
    case.assignee = assignee
    if case.status is CaseStatus.NEW:
        case.status = CaseStatus.IN_PROGRESS
    change.commit("assigned")


def request_info(
    session: Session,
    case: Case,
    what: str,
    *,
    actor: str,
    now: datetime,
    policy: Policy,
    reason: str | None = None,
) -> None:
    """Wait for the requester (identity verification or clarification); pause the clock if
    the policy says so."""
    if what not in AWAITING_KINDS:
        raise LifecycleError(f"can only wait for {' or '.join(AWAITING_KINDS)}, not {what!r}")
    _require_open(case, "ask the requester for information")
    change = _Change(session, case, actor, now)
    case.status = CaseStatus.AWAITING_REQUESTER
    case.awaiting = what
    if policy.pause_while_waiting and case.paused_at is None:
        case.paused_at = now
    change.commit("requested_info", reason)


def pause(
    session: Session, case: Case, *, actor: str, now: datetime, reason: str | None = None
) -> None:
    """Stop the deadline clock (while waiting for the requester)."""
    _require_open(case, "pause it")
    if case.paused_at is not None:
        raise LifecycleError(f"{case.reference} is already paused since {case.paused_at:%Y-%m-%d}")
    change = _Change(session, case, actor, now)
    case.paused_at = now
    change.commit("paused", reason)


def resume(
    session: Session,
    case: Case,
    *,
    actor: str,
    now: datetime,
    policy: Policy,
    reason: str | None = None,
) -> None:
    """Restart the clock, adding the paused days to the deadline; stop waiting."""
    _require_open(case, "resume it")
    waiting = case.status is CaseStatus.AWAITING_REQUESTER
    if case.paused_at is None and not waiting:
        raise LifecycleError(f"{case.reference} is neither paused nor waiting for the requester")
    change = _Change(session, case, actor, now)
    if case.paused_at is not None:
        case.paused_days += paused_days_between(case.paused_at, now, policy.zone)
        case.paused_at = None
    if waiting:
        case.status = CaseStatus.IN_PROGRESS
        case.awaiting = None
    recompute_due(case, policy)
    change.commit("resumed", reason)


def verify_identity(
    session: Session, case: Case, *, actor: str, now: datetime, policy: Policy, reason: str | None
) -> None:
    """Record that the requester's identity is verified; stop waiting for it."""
    _require_open(case, "verify the identity")
    if case.identity_verified:
        raise LifecycleError(f"{case.reference}: identity is already verified")
    change = _Change(session, case, actor, now)
    case.identity_verified = True
    if case.status is CaseStatus.AWAITING_REQUESTER and case.awaiting == "verification":
        if case.paused_at is not None:
            case.paused_days += paused_days_between(case.paused_at, now, policy.zone)
            case.paused_at = None
        case.status = CaseStatus.IN_PROGRESS
        case.awaiting = None
        recompute_due(case, policy)
    elif case.status is CaseStatus.NEW:
        case.status = CaseStatus.IN_PROGRESS
    change.commit("identity_verified", reason)


def extend(
    session: Session,
    case: Case,
    reason: str,
    *,
    actor: str,
    now: datetime,
    policy: Policy,
    notice_sent: bool = False,
) -> None:
    """Extend the deadline once, with a reason. It takes effect when the requester has been
    told (``notice_sent`` now, or later with :func:`record_extension_notice`)."""
    _require_open(case, "extend it")
    if not reason.strip():
        raise LifecycleError("an extension needs a reason (it is told to the requester)")
    if case.extension_requested_at is not None:
        raise LifecycleError(f"{case.reference} was already extended once; the policy allows one")
    extended = policy.rule_for(case.jurisdiction).extended_due(case.received_at, policy.zone)
    if extended is None:
        raise LifecycleError(f"{case.reference}: {case.jurisdiction} allows no extension")
    if now > case.due_at:
        raise LifecycleError(
            f"{case.reference}: the deadline {case.due_at:%Y-%m-%d} has passed; "
            "an extension must be notified before it"
        )
    change = _Change(session, case, actor, now)
    case.extension_reason = reason.strip()
    case.extension_requested_at = now
    case.extended_due_at = extended
    if notice_sent:
        case.extension_notice_sent_at = now
        recompute_due(case, policy)
    change.commit("extended" if notice_sent else "extension_pending_notice", reason)


def record_extension_notice(
    session: Session, case: Case, *, actor: str, now: datetime, policy: Policy
) -> None:
    """The requester was told of the extension: it now takes effect."""
    _require_open(case, "record an extension notice")
    if case.extension_requested_at is None:
        raise LifecycleError(f"{case.reference} has no extension to notify")
    if case.extension_notice_sent_at is not None:
        raise LifecycleError(f"{case.reference}: the extension notice was already recorded")
    if now > case.due_at:
        raise LifecycleError(
            f"{case.reference}: the deadline {case.due_at:%Y-%m-%d} has passed; "
            "the extension notice came too late"
        )
    change = _Change(session, case, actor, now)
    case.extension_notice_sent_at = now
    recompute_due(case, policy)
    change.commit("extended", case.extension_reason)


def set_jurisdiction(
    session: Session,
    case: Case,
    jurisdiction: str | None,
    *,
    actor: str,
    now: datetime,
    policy: Policy,
) -> None:
    """Set (or clear) the jurisdiction whose deadline rule applies."""
    _require_open(case, "change its jurisdiction")
    if jurisdiction is not None and jurisdiction not in policy.jurisdictions:
        known = ", ".join(sorted(policy.jurisdictions))
        raise LifecycleError(f"unknown jurisdiction {jurisdiction!r} (configured: {known})")
    change = _Change(session, case, actor, now)
    case.jurisdiction = jurisdiction
    if case.extended_due_at is not None:
        case.extended_due_at = policy.rule_for(jurisdiction).extended_due(
            case.received_at, policy.zone
        )
    recompute_due(case, policy)
    change.commit("jurisdiction_set")


def _close(case: Case, status: CaseStatus, now: datetime, reason: str | None) -> None:
    case.status = status
    case.outcome_reason = reason
    case.closed_at = now
    case.paused_at = None


def complete(
    session: Session,
    case: Case,
    *,
    actor: str,
    now: datetime,
    override_reason: str | None = None,
) -> None:
    """Answer given: done. Needs a verified identity, or the reason to go without one."""
    if case.status not in (CaseStatus.NEW, CaseStatus.IN_PROGRESS):
        raise LifecycleError(f"{case.reference} is {case.status.value}: cannot complete it")
    if not case.identity_verified and not (override_reason and override_reason.strip()):
        raise LifecycleError(
            f"{case.reference}: identity not verified; verify it first or give --override REASON"
        )
    change = _Change(session, case, actor, now)
    _close(case, CaseStatus.COMPLETED, now, override_reason)
    change.commit("completed", override_reason)


def reject(
    session: Session,
    case: Case,
    reason: str,
    *,
    actor: str,
    now: datetime,
    policy: Policy,
    details: str | None = None,
) -> None:
    """Refuse the request, for one of the configured reasons."""
    _require_open(case, "reject it")
    if reason not in policy.rejection_reasons:
        allowed = "; ".join(policy.rejection_reasons)
        raise LifecycleError(f"rejection reason must be one of: {allowed}")
    change = _Change(session, case, actor, now)
    _close(case, CaseStatus.REJECTED, now, reason)
    change.commit("rejected", f"{reason}: {details}" if details else reason)


def close_as_duplicate(
    session: Session, case: Case, original: Case, *, actor: str, now: datetime
) -> None:
    """Close ``case`` as a repeat of ``original``, which stays the one to answer."""
    _require_open(case, "close it")
    if original.id == case.id:
        raise LifecycleError(f"{case.reference} cannot be a duplicate of itself")
    change = _Change(session, case, actor, now)
    _close(case, CaseStatus.CLOSED_DUPLICATE, now, f"duplicate of {original.reference}")
    case.duplicate_of_id = original.id
    change.commit("closed_duplicate", f"duplicate of {original.reference}")


def close_not_a_request(
    session: Session, case: Case, *, actor: str, now: datetime, reason: str | None = None
) -> None:
    """Close ``case``: the message was not a request after all."""
    _require_open(case, "close it")
    change = _Change(session, case, actor, now)
    _close(case, CaseStatus.CLOSED_NOT_A_REQUEST, now, reason or "not a request")
    change.commit("closed_not_a_request", reason)


def note(session: Session, case: Case, text: str, *, actor: str, now: datetime) -> None:
    """Add a note to the case's timeline."""
    if not text.strip():
        raise LifecycleError("a note needs text")
    record_event(session, at=now, actor=actor, action="note", case=case, reason=text.strip())
