"""Deadline arithmetic of the privacy policy (DOMAIN.md, "Deadlines").

"We will make every effort to make a reply within one month after receiving the request":
due is the same day of the next calendar month (its last day when it has no such day), at
the end of that day in the configured time zone.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.relativedelta import relativedelta


def end_of_day(day_start: datetime) -> datetime:
    """The last microsecond of the local day that ``day_start`` falls on, in its zone."""
    local_midnight = datetime.combine(day_start.date(), time.min, tzinfo=day_start.tzinfo)
    return local_midnight + timedelta(days=1, microseconds=-1)


def due_one_month(received_at: datetime, zone: ZoneInfo) -> datetime:
    """Receipt plus one calendar month, end of day in ``zone`` (31 Jan -> 28/29 Feb).

    ``received_at`` must be time-zone aware; the result is in ``zone``.
    """
    if received_at.tzinfo is None:
        raise ValueError("received_at must be time-zone aware")
    local = received_at.astimezone(zone)
    # relativedelta clamps to the month's last day, which is the policy's rule.
    due_day = local + relativedelta(months=1)
    return end_of_day(due_day)


def days_left(due_at: datetime, now: datetime, zone: ZoneInfo) -> int:
    """Whole calendar days from today to the due day in ``zone``; negative once overdue."""
    return (due_at.astimezone(zone).date() - now.astimezone(zone).date()).days
