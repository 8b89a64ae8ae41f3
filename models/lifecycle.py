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

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from models.audit import record_event
from models.deadline import effective_due, paused_days_between
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
            # In UTC: the same moment read back with another offset is no change.
            value = value.astimezone(UTC).isoformat()
        elif isinstance(value, CaseStatus):
            value = value.value
        values[name] = value
    return values


def _actor(actor: str) -> str:
    """The actor as the audit log records it; a blank one would answer "who" with nothing."""
    if not actor.strip():
        raise LifecycleError("the acting staff member's name is blank; the audit log needs one")
    return actor.strip()


class _Change:
    """Records the fields a change touched, then writes one audit event for it."""

    def __init__(self, session: Session, case: Case, actor: str, now: datetime) -> None:
        self.session, self.case, self.actor, self.now = session, case, _actor(actor), now
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


def _with_paused_days(target: datetime, case: Case, policy: Policy) -> datetime:
    # Adding days to a zone-aware time keeps the wall clock, so it stays the end of a day.
    return target.astimezone(policy.zone) + timedelta(days=case.paused_days)


def _day(value: datetime, policy: Policy) -> str:
    return f"{value.astimezone(policy.zone):%Y-%m-%d}"


def recompute_due(case: Case, policy: Policy) -> None:
    """Set the base and effective deadlines from receipt, jurisdiction, extension and pauses."""
    rule = policy.rule_for(case.jurisdiction)
    case.base_due_at = rule.due(case.received_at, policy.zone)
    target = case.base_due_at
    if case.extension_notice_sent_at is not None and case.extended_due_at is not None:
        # An extension in effect never brings the deadline forward, whatever the rule now says.
        target = max(target, case.extended_due_at)
    case.due_at = _with_paused_days(target, case, policy)


def _require_not_passed(case: Case, now: datetime, policy: Policy, too_late: str) -> None:
    """Refuse once the deadline as it stands now (moved on while paused) has passed."""
    due = effective_due(case.due_at, case.paused_at, now, policy.zone)
    if now > due:
        raise LifecycleError(
            f"{case.reference}: the deadline {_day(due, policy)} has passed; {too_late}"
        )


def _require_longer(case: Case, extended: datetime | None, policy: Policy) -> datetime:
    """The extended date, if the rule allows one that ends after the current deadline."""
    if extended is None:
        rule = case.jurisdiction or "the default rule"
        raise LifecycleError(f"{case.reference}: {rule} allows no extension")
    if _with_paused_days(extended, case, policy) <= case.due_at:
        raise LifecycleError(
            f"{case.reference}: the extension would end {_day(extended, policy)}, "
            f"not after the current deadline {_day(case.due_at, policy)}"
        )
    return extended


def assign(session: Session, case: Case, assignee: str, *, actor: str, now: datetime) -> None:
    """Give the case to ``assignee``; a new case is then in progress."""
    _require_open(case, "assign it")
    if not assignee.strip():
        raise LifecycleError(f"{case.reference}: give the name of the person to assign it to")
    change = _Change(session, case, actor, now)
    case.assignee = assignee.strip()
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
    session: Session,
    case: Case,
    *,
    actor: str,
    now: datetime,
    policy: Policy,
    reason: str | None = None,
) -> None:
    """Stop the deadline clock of a case waiting for the requester (DOMAIN.md: only then, and
    only when deadlines.pause_while_waiting is on)."""
    _require_open(case, "pause it")
    if not policy.pause_while_waiting:
        raise LifecycleError(
            f"{case.reference}: deadlines.pause_while_waiting is off; the clock does not pause"
        )
    if case.status is not CaseStatus.AWAITING_REQUESTER:
        raise LifecycleError(
            f"{case.reference}: the clock pauses only while waiting for the requester "
            "(dsr request-info)"
        )
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
    rule = policy.rule_for(case.jurisdiction)
    extended = _require_longer(case, rule.extended_due(case.received_at, policy.zone), policy)
    _require_not_passed(case, now, policy, "an extension must be notified before it")
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
    # The jurisdiction may have changed since the extension was asked for.
    _require_longer(case, case.extended_due_at, policy)
    _require_not_passed(case, now, policy, "the extension notice came too late")
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
) -> str | None:
    """Set (or clear) the jurisdiction whose deadline rule applies.

    Returns a note when an extension already notified keeps its date (the new rule allows a
    shorter one or none); the same note is the event's reason.
    """
    _require_open(case, "change its jurisdiction")
    if jurisdiction is not None and jurisdiction not in policy.jurisdictions:
        known = ", ".join(sorted(policy.jurisdictions))
        raise LifecycleError(f"unknown jurisdiction {jurisdiction!r} (configured: {known})")
    change = _Change(session, case, actor, now)
    case.jurisdiction = jurisdiction
    kept = _reapply_extension(case, policy)
    recompute_due(case, policy)
    change.commit("jurisdiction_set", kept)
    return kept


def _reapply_extension(case: Case, policy: Policy) -> str | None:
    """Move an extension to the case's (new) rule; one already notified is never shortened.

    The requester was told the notified date, so a rule that allows a later one moves it on,
    and a rule that allows an earlier one or none keeps it. Returns a note when it is kept.
    """
    if case.extension_requested_at is None:
        return None
    rule = policy.rule_for(case.jurisdiction)
    extended = rule.extended_due(case.received_at, policy.zone)
    notified = case.extended_due_at if case.extension_notice_sent_at is not None else None
    if notified is None or (extended is not None and extended >= notified):
        case.extended_due_at = extended
        return None
    if rule.due(case.received_at, policy.zone) >= notified:
        return None  # the new rule's own deadline is later still: it prevails, nothing to say
    allows = "no extension" if extended is None else f"one only to {_day(extended, policy)}"
    name = case.jurisdiction or "the default rule"
    return (
        f"kept the extended deadline {_day(notified, policy)} already notified to the "
        f"requester ({name} allows {allows})"
    )


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
    reason = _configured_reason(reason, policy)
    change = _Change(session, case, actor, now)
    _close(case, CaseStatus.REJECTED, now, reason)
    change.commit("rejected", f"{reason}: {details}" if details else reason)


def _configured_reason(reason: str, policy: Policy) -> str:
    """The configured rejection reason ``reason`` names, whatever its case, in its spelling."""
    wanted = " ".join(reason.split()).casefold()
    for configured in policy.rejection_reasons:
        if configured.casefold() == wanted:
            return configured
    allowed = "; ".join(policy.rejection_reasons)
    raise LifecycleError(f"rejection reason must be one of: {allowed}")


def _same_requester(case: Case, original: Case) -> bool:
    # Addresses compare as intake links them (models.threading.open_duplicate_of).
    mine, theirs = case.requester_address, original.requester_address
    return bool(mine and theirs and mine.strip().lower() == theirs.strip().lower())


def close_as_duplicate(
    session: Session,
    case: Case,
    original: Case,
    *,
    actor: str,
    now: datetime,
    different_requester: bool = False,
) -> None:
    """Close ``case`` as a repeat of ``original``, which stays the one to answer.

    The original must be open (so it is answered, and no cycle or chain of duplicates can
    form) and from the same requester, unless staff confirm with ``different_requester``:
    a typo in the reference would otherwise close someone else's request unanswered.
    """
    _require_open(case, "close it")
    if original.id == case.id:
        raise LifecycleError(f"{case.reference} cannot be a duplicate of itself")
    if original.status not in OPEN_CASE_STATUSES:
        raise LifecycleError(
            f"{original.reference} is closed ({original.status.value}); "
            "a duplicate must point at an open case"
        )
    reason = f"duplicate of {original.reference}"
    if not _same_requester(case, original):
        if not different_requester:
            raise LifecycleError(
                f"{case.reference} and {original.reference} are not from the same requester "
                f"address ({case.requester_address or 'none'}, "
                f"{original.requester_address or 'none'}); "
                "give --different-requester if it is a duplicate all the same"
            )
        reason += " from a different requester (confirmed by staff)"
    change = _Change(session, case, actor, now)
    _close(case, CaseStatus.CLOSED_DUPLICATE, now, f"duplicate of {original.reference}")
    case.duplicate_of_id = original.id
    change.commit("closed_duplicate", reason)


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
    record_event(
        session, at=now, actor=_actor(actor), action="note", case=case, reason=text.strip()
    )
