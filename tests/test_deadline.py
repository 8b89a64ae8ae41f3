"""Deadline arithmetic: one calendar month, end of day in the configured zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.deadline import days_left, due_one_month

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("received", "due_day"),
    [
        (datetime(2026, 1, 31, 12, tzinfo=UTC), date(2026, 2, 28)),
        (datetime(2028, 1, 31, 12, tzinfo=UTC), date(2028, 2, 29)),
        (datetime(2026, 3, 31, 9, tzinfo=UTC), date(2026, 4, 30)),
        (datetime(2026, 11, 15, 9, tzinfo=UTC), date(2026, 12, 15)),
        (datetime(2026, 12, 15, 9, tzinfo=UTC), date(2027, 1, 15)),
    ],
)
def test_due_is_same_day_next_month_or_its_last_day(received: datetime, due_day: date) -> None:
    due = due_one_month(received, BERLIN)
    assert due.date() == due_day
    assert (due.hour, due.minute, due.second) == (23, 59, 59)
    assert due.tzinfo == BERLIN


def test_receipt_day_is_the_local_day_not_the_utc_day() -> None:
    # 23:30 UTC on 31 March is already 1 April in Berlin (summer time, UTC+2).
    received = datetime(2026, 3, 31, 23, 30, tzinfo=UTC)
    assert due_one_month(received, BERLIN).date() == date(2026, 5, 1)
    assert due_one_month(received, ZoneInfo("UTC")).date() == date(2026, 4, 30)


def test_naive_receipt_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        due_one_month(datetime(2026, 1, 1), BERLIN)


def test_days_left_counts_calendar_days_and_goes_negative() -> None:
    due = due_one_month(datetime(2026, 1, 10, tzinfo=UTC), BERLIN)
    assert days_left(due, datetime(2026, 2, 10, 8, tzinfo=UTC), BERLIN) == 0
    assert days_left(due, datetime(2026, 2, 3, tzinfo=UTC), BERLIN) == 7
    assert days_left(due, datetime(2026, 2, 12, tzinfo=UTC), BERLIN) == -2


@given(
    st.datetimes(
        min_value=datetime(2000, 1, 1),
        max_value=datetime(2100, 1, 1),
        timezones=st.just(UTC),
    )
)
def test_due_is_28_to_31_days_after_the_local_receipt_day(received: datetime) -> None:
    due = due_one_month(received, BERLIN)
    gap = due.date() - received.astimezone(BERLIN).date()
    assert timedelta(days=28) <= gap <= timedelta(days=31)
    assert due > received
