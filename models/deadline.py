"""Deadline arithmetic of the privacy policy (DOMAIN.md, "Deadlines").

"We will make every effort to make a reply within one month after receiving the request":
due is the same day of the next calendar month (its last day when it has no such day), at
the end of that day in the configured time zone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta


def end_of_day(day_start: datetime) -> datetime:
    """The last microsecond of the local day that ``day_start`` falls on, in its zone."""
    local_midnight = datetime.combine(day_start.date(), time.min, tzinfo=day_start.tzinfo)
    return local_midnight + timedelta(days=1, microseconds=-1)


def due_one_month(received_at: datetime, zone: ZoneInfo) -> datetime:
    """Receipt plus one calendar month, end of day in ``zone`` (31 Jan -> 28/29 Feb).

    ``received_at`` must be time-zone aware; the result is in ``zone``. relativedelta
    clamps to the month's last day, which is the policy's rule.
    """
    return _after(received_at, zone, 1, 0)


def days_left(due_at: datetime, now: datetime, zone: ZoneInfo) -> int:
    """Whole calendar days from today to the due day in ``zone``; negative once overdue."""
    return (due_at.astimezone(zone).date() - now.astimezone(zone).date()).days


@dataclass(frozen=True)
class DeadlineRule:
    """A period to answer, counted from receipt, and how far one extension may reach.

    ``extended_*`` are counted from receipt too (the policy: "postponed to 45 days"); all zero
    means the rule allows no extension.
    """

    months: int = 1
    days: int = 0
    extended_months: int = 0
    extended_days: int = 45

    @property
    def extendable(self) -> bool:
        return self.extended_months > 0 or self.extended_days > 0

    def due(self, received_at: datetime, zone: ZoneInfo) -> datetime:
        """The first deadline: end of the day the period ends on, in ``zone``."""
        return _after(received_at, zone, self.months, self.days)

    def extended_due(self, received_at: datetime, zone: ZoneInfo) -> datetime | None:
        """The deadline after the one extension, or None when there is none."""
        if not self.extendable:
            return None
        return _after(received_at, zone, self.extended_months, self.extended_days)


DEFAULT_RULE = DeadlineRule()
"""The privacy policy's own rule: one calendar month, extendable to 45 days."""

DEFAULT_JURISDICTIONS: dict[str, DeadlineRule] = {
    "GDPR": DeadlineRule(months=1, extended_months=3, extended_days=0),
    "UK_GDPR": DeadlineRule(months=1, extended_months=3, extended_days=0),
    "CCPA": DeadlineRule(months=0, days=45, extended_days=90),
    "LGPD": DeadlineRule(months=0, days=15, extended_days=0),
}
"""Jurisdiction rules shipped by default (DOMAIN.md); the configuration can replace them."""


def _after(received_at: datetime, zone: ZoneInfo, months: int, days: int) -> datetime:
    if received_at.tzinfo is None:
        raise ValueError("received_at must be time-zone aware")
    local = received_at.astimezone(zone)
    return end_of_day(local + relativedelta(months=months, days=days))


def paused_days_between(start: datetime, end: datetime, zone: ZoneInfo) -> int:
    """Calendar days a pause covered: from the local day it began to the day it ended."""
    return max(0, (end.astimezone(zone).date() - start.astimezone(zone).date()).days)


def effective_due(
    due_at: datetime, paused_at: datetime | None, now: datetime, zone: ZoneInfo
) -> datetime:
    """The deadline as it stands at ``now``: while the clock is paused it does not run.

    A case paused since ``paused_at`` has its due date moved on by the calendar days paused
    so far (what resuming adds for good), so it neither counts down nor becomes overdue
    while it waits for the requester. Without a pause this is ``due_at``.
    """
    if paused_at is None:
        return due_at
    # Adding days to a zone-aware time keeps the wall clock, so it stays the end of a day.
    return due_at.astimezone(zone) + timedelta(days=paused_days_between(paused_at, now, zone))
