"""The figures a regulator asks for, and the case export behind them.

A case belongs to a period by the local day it was received (the configured zone). A request
is *answered* when it was completed or rejected; its days to respond are calendar days from
the day of receipt to the day of the answer, and it was answered within the deadline when the
answer came by the deadline then in force (a notified extension and paused days included).
Duplicates and messages closed as not a request are counted, but are not answered requests.
"""

from __future__ import annotations

import calendar
import re
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.deadline import effective_due
from models.tables import OPEN_CASE_STATUSES, Case, CaseStatus

ANSWERED = (CaseStatus.COMPLETED, CaseStatus.REJECTED)

_QUARTER = re.compile(r"(\d{4})-[Qq]([1-4])")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")


class PeriodError(ValueError):
    """A period that cannot be read; the message shows the forms accepted."""


@dataclass(frozen=True)
class Period:
    """Local days ``start`` to ``end``, both included."""

    start: date
    end: date
    label: str

    def bounds(self, zone: ZoneInfo) -> tuple[datetime, datetime]:
        """The instants the period starts at and ends before, in ``zone``."""
        first = datetime.combine(self.start, time.min, tzinfo=zone)
        after = datetime.combine(self.end + timedelta(days=1), time.min, tzinfo=zone)
        return first, after


def parse_period(text: str) -> Period:
    """``2026``, ``2026-Q4``, ``2026-11`` or ``2026-01-01..2026-06-30`` (either side open-less)."""
    value = text.strip()
    if _YEAR.fullmatch(value):
        year = int(value)
        return Period(date(year, 1, 1), date(year, 12, 31), value)
    if match := _QUARTER.fullmatch(value):
        year, quarter = int(match[1]), int(match[2])
        first_month = 3 * quarter - 2
        last = date(year, first_month + 2, calendar.monthrange(year, first_month + 2)[1])
        return Period(date(year, first_month, 1), last, f"{year}-Q{quarter}")
    if match := _MONTH.fullmatch(value):
        year, month = int(match[1]), int(match[2])
        if not 1 <= month <= 12:
            raise PeriodError(f"no month {month} in period {text!r}")
        return Period(
            date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), value
        )
    if ".." in value:
        left, right = (side.strip() for side in value.split("..", 1))
        try:
            start, end = date.fromisoformat(left), date.fromisoformat(right)
        except ValueError:
            raise PeriodError(f"period {text!r}: give dates as YYYY-MM-DD..YYYY-MM-DD") from None
        if end < start:
            raise PeriodError(f"period {text!r} ends before it starts")
        return Period(start, end, f"{start.isoformat()}..{end.isoformat()}")
    raise PeriodError(
        f"cannot read period {text!r}: give YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD..YYYY-MM-DD"
    )


def cases_received(session: Session, period: Period | None, zone: ZoneInfo) -> Iterator[Case]:
    """The cases received in ``period`` (all when None), in order of receipt."""
    stmt = select(Case).order_by(Case.received_at, Case.reference)
    if period is not None:
        first, after = period.bounds(zone)
        stmt = stmt.where(Case.received_at >= first, Case.received_at < after)
    yield from session.scalars(stmt).yield_per(1000)


def days_to_respond(case: Case, zone: ZoneInfo) -> int | None:
    """Calendar days from the day of receipt to the day of the answer (None if unanswered)."""
    if case.status not in ANSWERED or case.closed_at is None:
        return None
    answered = case.closed_at.astimezone(zone).date()
    return (answered - case.received_at.astimezone(zone).date()).days


def within_deadline(case: Case) -> bool | None:
    """Whether the answer came by the deadline in force (None while unanswered)."""
    if case.status not in ANSWERED or case.closed_at is None:
        return None
    return case.closed_at <= case.due_at


EXPORT_COLUMNS: tuple[str, ...] = (
    "reference",
    "received_at",
    "due_at",
    "base_due_at",
    "closed_at",
    "status",
    "outcome",
    "categories",
    "jurisdiction",
    "language",
    "assignee",
    "identity_verified",
    "extended",
    "paused_days",
    "days_to_respond",
    "answered_within_deadline",
    "subject",
)
"""The columns of ``dsr export``, in order (the keys of :func:`export_row`)."""


def export_row(case: Case, zone: ZoneInfo) -> dict[str, Any]:
    """One case as ``dsr export`` writes it: dates, outcome, and the deadline figures."""

    def local(value: datetime | None) -> str | None:
        return value.astimezone(zone).isoformat(timespec="seconds") if value else None

    return {
        "reference": case.reference,
        "received_at": local(case.received_at),
        "due_at": local(case.due_at),
        "base_due_at": local(case.base_due_at),
        "closed_at": local(case.closed_at),
        "status": case.status.value,
        "outcome": case.outcome_reason,
        "categories": list(case.categories),
        "jurisdiction": case.jurisdiction,
        "language": case.language,
        "assignee": case.assignee,
        "identity_verified": case.identity_verified,
        "extended": case.extension_notice_sent_at is not None,
        "paused_days": case.paused_days,
        "days_to_respond": days_to_respond(case, zone),
        "answered_within_deadline": within_deadline(case),
        "subject": case.subject,
    }


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def report(session: Session, period: Period, zone: ZoneInfo, now: datetime) -> dict[str, Any]:
    """Counts by category and outcome, median days to respond, share answered in time."""
    received = 0
    by_category: Counter[str] = Counter()
    by_status: Counter[str] = Counter()
    rejections: Counter[str] = Counter()
    days: list[int] = []
    in_time = extended = open_overdue = 0
    for case in cases_received(session, period, zone):
        received += 1
        by_status[case.status.value] += 1
        by_category.update(case.categories)
        if case.extension_notice_sent_at is not None:
            extended += 1
        if case.status is CaseStatus.REJECTED:
            rejections[case.outcome_reason or "other"] += 1
        elif (
            case.status in OPEN_CASE_STATUSES
            and effective_due(case.due_at, case.paused_at, now, zone) < now
        ):
            open_overdue += 1
        taken = days_to_respond(case, zone)
        if taken is not None:
            days.append(taken)
            in_time += bool(within_deadline(case))
    answered = len(days)
    return {
        "period": {
            "label": period.label,
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
        },
        "received": received,
        "requests": received - by_status["closed_not_a_request"] - by_status["closed_duplicate"],
        "by_category": dict(sorted(by_category.items(), key=lambda kv: (-kv[1], kv[0]))),
        "by_outcome": {status.value: by_status[status.value] for status in CaseStatus},
        "rejection_reasons": dict(sorted(rejections.items(), key=lambda kv: (-kv[1], kv[0]))),
        "answered": answered,
        "median_days_to_respond": statistics.median(days) if days else None,
        "mean_days_to_respond": round(statistics.fmean(days), 2) if days else None,
        "answered_within_deadline": in_time,
        "share_within_deadline": _share(in_time, answered),
        "extended": extended,
        "open": sum(by_status[s.value] for s in OPEN_CASE_STATUSES),
        "open_overdue": open_overdue,
    }
