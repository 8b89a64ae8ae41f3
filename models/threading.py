"""Finding the case a message belongs to: replies, case references, repeated requests.

A reply names the messages it answers (In-Reply-To, References); a requester answering a
notice keeps ``[DSR-2026-0042]`` in the subject. Either way it joins that case instead of
opening a new one. A second request from the same address for the same things while a case
is open is a duplicate of it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.cases import REFERENCE_PREFIX
from models.tables import OPEN_CASE_STATUSES, Case, Message

_REFERENCE = re.compile(rf"\[\s*({REFERENCE_PREFIX}-\d{{4}}-\d{{4,}})\s*\]", re.IGNORECASE)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")


def message_ids(*headers: str | None) -> list[str]:
    """The ``<id@host>`` tokens of In-Reply-To / References header values, in order."""
    found: list[str] = []
    for value in headers:
        for token in _MESSAGE_ID.findall(value or ""):
            if token not in found:
                found.append(token)
    return found


def case_of_reply(
    session: Session, answered: Sequence[str], subject: str | None, exclude_message: int | None
) -> Case | None:
    """The case of a message this one answers, else the case its subject names, else None."""
    if answered:
        stmt = (
            select(Case)
            .join(Message, Message.case_id == Case.id)
            .where(Message.message_id_header.in_(answered[-50:]))
            .where(Message.id != (exclude_message or -1))
            .order_by(Message.received_at.desc())
            .limit(1)
        )
        case = session.scalar(stmt)
        if case is not None:
            return case
    match = _REFERENCE.search(subject or "")
    if match is None:
        return None
    return session.scalar(select(Case).where(Case.reference == match.group(1).upper()))


def open_duplicate_of(
    session: Session, address: str | None, categories: Iterable[str], exclude_case: int
) -> Case | None:
    """The oldest other open case from ``address`` asking for the same thing, if any.

    "The same thing" is the new request's main category among the open case's categories:
    the classifier's secondary categories vary between two wordings of one request.
    """
    main = next(iter(categories), None)
    if not address or main is None:
        return None
    stmt = (
        select(Case)
        .where(func.lower(Case.requester_address) == address.lower())
        .where(Case.status.in_(OPEN_CASE_STATUSES))
        .where(Case.id != exclude_case)
        .order_by(Case.received_at, Case.id)
    )
    for case in session.scalars(stmt):
        if main in case.categories:
            return case
    return None
