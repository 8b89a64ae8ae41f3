"""Staff judging messages: triage of the classifier's doubtful ones, and relabelling any.

Each judgement is a *label* on the message (``staff_relevant``, ``staff_categories``, who and
when): the truth ``dsr train`` learns from. It also routes the message: relevant opens a case,
irrelevant closes the case it opened as not a request. Every judgement is an audit event.
A refused judgement raises :class:`ReviewError` (one line) and changes nothing.

A *failed* message (it could not be parsed or classified) can be judged too: staff read what
the machine could not. Judging it routes it like any other and moves it from ``failed`` to
``processed``, keeping its error and raw bytes; so ``failed`` always means "failed, and nobody
has judged it yet" — what `dsr failed`, `dsr status`, the digest and `dsr retry --all` show.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import lifecycle
from models.audit import record_event
from models.cases import CaseFacts, open_case
from models.policy import Policy
from models.tables import OPEN_CASE_STATUSES, Case, CaseStatus, Decision, Message, MessageStatus


class ReviewError(Exception):
    """A judgement the rules do not allow; the message says why in one line."""


def triage_ids(session: Session) -> list[int]:
    """The messages waiting in "needs triage" that nobody has judged yet, oldest first."""
    stmt = (
        select(Message.id)
        .where(
            Message.decision == Decision.NEEDS_TRIAGE,
            Message.staff_relevant.is_(None),
            Message.case_id.is_(None),
        )
        .order_by(Message.received_at, Message.id)
    )
    return list(session.scalars(stmt))


def message_for_update(session: Session, message_id: int) -> Message | None:
    """The message, locked until the transaction ends (two staff judging it queue up)."""
    return session.scalar(select(Message).where(Message.id == message_id).with_for_update())


def predicted_categories(message: Message) -> list[str]:
    """The categories the classifier gave the message (empty when it gave none)."""
    return list((message.prediction or {}).get("categories") or [])


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else None


def facts_from_prediction(message: Message) -> CaseFacts:
    """What extraction found, read back from the stored prediction (the sender otherwise)."""
    prediction = message.prediction or {}
    requester: dict[str, Any] = prediction.get("requester") or {}
    time_range: dict[str, Any] = prediction.get("time_range") or {}
    return CaseFacts(
        name=requester.get("name") or message.from_name,
        address=requester.get("address") or message.from_address,
        other_addresses=tuple(requester.get("other_addresses") or ()),
        account_ids=tuple(requester.get("account_ids") or ()),
        agent=bool(requester.get("agent")),
        minor=bool(requester.get("minor")),
        time_range_start=_date(time_range.get("start")),
        time_range_end=_date(time_range.get("end")),
        product=prediction.get("product"),
        place=prediction.get("place"),
    )


def _clean(categories: Sequence[str]) -> list[str]:
    seen: list[str] = []
    for category in categories:
        name = category.strip().lower()
        if name and name not in seen:
            seen.append(name)
    return seen


def _state(message: Message) -> dict[str, Any]:
    return {
        "status": message.status.value,
        "decision": message.decision.value if message.decision else None,
        "staff_relevant": message.staff_relevant,
        "staff_categories": message.staff_categories,
        "case": message.case.reference if message.case is not None else None,
        "case_categories": list(message.case.categories) if message.case is not None else None,
    }


def _open(
    session: Session,
    message: Message,
    categories: list[str],
    actor: str,
    now: datetime,
    policy: Policy,
) -> Case:
    prediction = message.prediction or {}
    return open_case(
        session,
        message=message,
        categories=categories,
        policy=policy,
        now=now,
        actor=actor,
        jurisdiction=prediction.get("jurisdiction"),
        facts=facts_from_prediction(message),
    )


def _label(
    message: Message, relevant: bool, categories: list[str], actor: str, now: datetime
) -> None:
    message.decision = Decision.RELEVANT if relevant else Decision.IRRELEVANT
    message.staff_relevant = relevant
    message.staff_categories = categories if relevant else []
    message.labelled_by = actor
    message.labelled_at = now
    message.updated_at = now


def _record(
    session: Session,
    message: Message,
    action: str,
    before: dict[str, Any],
    *,
    actor: str,
    now: datetime,
    reason: str | None,
) -> None:
    after = _state(message)
    changed = [k for k in after if after[k] != before[k]]
    record_event(
        session,
        at=now,
        actor=actor,
        action=action,
        case=message.case,
        message=message,
        before={k: before[k] for k in changed},
        after={k: after[k] for k in changed},
        reason=reason,
    )


def _require_untriaged(message: Message) -> None:
    if message.decision is not Decision.NEEDS_TRIAGE or message.staff_relevant is not None:
        done = f"labelled by {message.labelled_by}" if message.labelled_by else "not in triage"
        raise ReviewError(
            f"message #{message.id} is {done} ({_describe(message)}); use `dsr relabel`"
        )


def _describe(message: Message) -> str:
    if message.staff_relevant is not None:
        return "relevant" if message.staff_relevant else "irrelevant"
    return message.decision.value if message.decision else message.status.value


def standing(message: Message) -> str:
    """How the message stands, for a refusal: ``irrelevant, labelled by maria``, ``stored``."""
    if message.labelled_by:
        return f"{_describe(message)}, labelled by {message.labelled_by}"
    return _describe(message)


def confirm(
    session: Session,
    message: Message,
    categories: Sequence[str],
    *,
    actor: str,
    now: datetime,
    policy: Policy,
) -> Case:
    """A message in triage is a request after all: open its case, label it relevant."""
    _require_untriaged(message)
    chosen = _clean(categories)
    if not chosen:
        raise ReviewError(f"message #{message.id}: a request needs at least one category")
    before = _state(message)
    _label(message, True, chosen, actor, now)
    case = _open(session, message, chosen, actor, now, policy)
    _record(session, message, "triage_confirmed", before, actor=actor, now=now, reason=None)
    return case


def dismiss(
    session: Session,
    message: Message,
    *,
    actor: str,
    now: datetime,
    reason: str | None = None,
) -> None:
    """A message in triage is not a request: label it irrelevant."""
    _require_untriaged(message)
    before = _state(message)
    _label(message, False, [], actor, now)
    _record(session, message, "triage_dismissed", before, actor=actor, now=now, reason=reason)


def _require_judgeable(message: Message) -> None:
    # A failed message waits for a person; one merely stored is still being processed.
    if message.status is MessageStatus.FAILED:
        return
    if message.status is not MessageStatus.PROCESSED or message.decision is None:
        raise ReviewError(f"message #{message.id} was not classified ({message.status.value})")


def _opened_by(message: Message, case: Case) -> bool:
    """Whether ``message`` is the one that opened ``case`` (not a reply that joined it)."""
    first = min(case.messages, key=lambda m: (m.received_at, m.id), default=None)
    return first is None or first.id == message.id


def relabel(
    session: Session,
    message: Message,
    relevant: bool,
    categories: Sequence[str],
    *,
    actor: str,
    now: datetime,
    policy: Policy,
    reason: str | None = None,
) -> Case | None:
    """Correct the judgement on a classified or failed message; returns its case now.

    Relevant: opens a case if it has none open (categories default to the case's or the
    predicted ones; a failed message has none predicted); an open case takes the new
    categories. Irrelevant: the open case the message opened is closed as not a request.
    A closed case is never reopened or changed. A failed message judged either way is
    processed from then on (see the module's docstring).
    """
    _require_judgeable(message)
    case = message.case
    chosen = _clean(categories)
    if relevant and not chosen:
        chosen = list(case.categories) if case is not None else predicted_categories(message)
        if not chosen:
            raise ReviewError(f"message #{message.id}: give the categories of the request")
    if message.staff_relevant is relevant and (
        not relevant or sorted(message.staff_categories or []) == sorted(chosen)
    ):
        raise ReviewError(f"message #{message.id} is already labelled {_describe(message)}")
    before = _state(message)
    _label(message, relevant, chosen, actor, now)
    if message.status is MessageStatus.FAILED:
        # Staff decided what the pipeline could not: it leaves the failed list and `dsr retry`
        # (which would classify it again and could open a second case). Its error stays.
        message.status = MessageStatus.PROCESSED
    case_open = case is not None and case.status in OPEN_CASE_STATUSES
    if relevant:
        if case is None or case.status is CaseStatus.CLOSED_NOT_A_REQUEST:
            case = _open(session, message, chosen, actor, now, policy)
        elif case_open and sorted(case.categories) != sorted(chosen):
            case.categories = chosen
            case.updated_at = now
    elif case is not None and case_open and _opened_by(message, case):
        lifecycle.close_not_a_request(
            session, case, actor=actor, now=now, reason=reason or "relabelled: not a request"
        )
    _record(session, message, "relabelled", before, actor=actor, now=now, reason=reason)
    return message.case


def staff_labels(session: Session) -> list[tuple[bytes, bool, tuple[str, ...]]]:
    """Every message a person labelled whose raw bytes are still kept: (raw, relevant, categories).

    These corrections are what ``dsr train`` adds to the project's corpus. A failed message
    staff judged is left out: its bytes may not be mail at all, and the classifier never
    saw it, so there is nothing of its to correct.
    """
    rows = session.execute(
        select(Message.raw_compressed, Message.staff_relevant, Message.staff_categories)
        .where(Message.staff_relevant.is_not(None))
        .where(Message.raw_compressed.is_not(None))
        .where(Message.error.is_(None))
        .order_by(Message.id)
    )
    return [
        (zlib.decompress(raw), bool(relevant), tuple(categories or ()) if relevant else ())
        for raw, relevant, categories in rows
        if raw is not None
    ]
