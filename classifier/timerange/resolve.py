"""Resolution: a grammar :class:`Match` plus the message date -> a :class:`TimeRange`.

The conventions are DOMAIN.md's: "since X" is open at the end; "until X" is open at the start
and includes X; a month or year as a side covers all of it; "the last N units" is a rolling
window ending on the message date; "last year" is the previous calendar unit; a year-less date
is its most recent past occurrence; a single day is not a range.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from classifier.prediction import TimeRange
from classifier.timerange.grammar import Grammar, Match
from classifier.timerange.sides import (
    Interval,
    classify,
    complete,
    day_after,
    day_before,
    month_end,
    parse_side,
    shift_year_back,
)

_ZH_DIGITS = {
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}


def add_months(d: date, months: int) -> date:
    """``d`` moved by whole calendar months, clamped to the last day of the target month."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    first = date(year, month + 1, 1)
    return first.replace(day=min(d.day, month_end(first).day))


def _zh_number(text: str) -> int | None:
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _ZH_DIGITS.get(tens, 1) * 10 + (_ZH_DIGITS.get(ones, 0) if ones else 0)
    return _ZH_DIGITS.get(text)


def number_value(text: str, gram: Grammar) -> int | None:
    """A count written in digits or words ("6", "six", "sechs", "六")."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    if gram.lexicon.code == "zh":
        return _zh_number(text)
    return gram.numbers.get(re.sub(r"\s+", " ", text))


def rolling_start(reference: date, count: int, unit: str) -> date:
    """The start of a window of ``count`` units ending on ``reference``."""
    if unit == "day":
        return reference - timedelta(days=count)
    if unit == "week":
        return reference - timedelta(weeks=count)
    months = {"month": 1, "quarter": 3, "year": 12}[unit]
    return add_months(reference, -count * months)


def calendar_unit(day: date, unit: str) -> tuple[date, date]:
    """The calendar week, month, quarter or year containing ``day``."""
    if unit == "day":
        return day, day
    if unit == "week":
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)
    if unit == "month":
        return day.replace(day=1), month_end(day)
    if unit == "quarter":
        first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
        return first, month_end(add_months(first, 2))
    return date(day.year, 1, 1), date(day.year, 12, 31)


def _previous_unit(reference: date, unit: str) -> tuple[date, date]:
    lo, _ = calendar_unit(reference, unit)
    return calendar_unit(lo - timedelta(days=1), unit)


def _side(text: str | None, gram: Grammar, reference: date) -> Interval | None:
    if text is None:
        return None
    side = classify(text, gram)
    interval = parse_side(side.text, gram, reference)
    if interval is None or side.modifier is None:
        return interval
    point = interval.lo if side.modifier == "begin" else interval.hi
    return Interval(point, point, "day", interval.explicit_year)


def _range(match: Match, gram: Grammar, reference: date) -> TimeRange | None:
    if match.a is None or match.b is None:
        return None
    right = classify(match.b, gram)
    if right.special is not None:
        lo = _side(match.a, gram, reference)
        if lo is None:
            return None
        return TimeRange(lo.lo, reference if right.special == "today" else None)
    left_text, right_text = complete(match.a.strip(), match.b.strip(), gram)
    lo, hi = _side(left_text, gram, reference), _side(right_text, gram, reference)
    if lo is None or hi is None:
        return None
    if lo.lo > hi.hi and not lo.explicit_year:
        lo = shift_year_back(lo)
    if lo.lo > hi.hi:
        return None
    return TimeRange(lo.lo, hi.hi)


def _quarter_or_half(match: Match) -> TimeRange | None:
    if match.year is None or match.ordinal is None:
        return None
    year = int(match.year)
    size = 3 if match.kind == "quarter" else 6
    first = date(year, (match.ordinal - 1) * size + 1, 1)
    return TimeRange(first, month_end(add_months(first, size - 1)))


def resolve(match: Match, gram: Grammar, reference: date) -> TimeRange | None:
    """The range a match stands for, or None (a single day, a date in the future, no parse)."""
    kind = match.kind
    if kind == "range":
        return _range(match, gram, reference)
    if kind in ("rolling", "anchored", "previous", "this"):
        unit = match.unit or "month"
        if kind == "previous":
            return TimeRange(*_previous_unit(reference, unit))
        if kind == "this":
            return TimeRange(calendar_unit(reference, unit)[0], reference)
        count = number_value(match.number, gram) if match.number else 1
        if count is None or count <= 0:
            return None
        if kind == "anchored":
            anchor = _side(match.a, gram, reference)
            if anchor is None:
                return None
            return TimeRange(rolling_start(anchor.hi, count, unit), anchor.hi)
        return TimeRange(rolling_start(reference, count, unit), reference)
    if kind in ("quarter", "half"):
        return _quarter_or_half(match)
    side = _side(match.a, gram, reference)
    if side is None:
        return None
    if kind == "since":
        return TimeRange(side.lo, None)
    if kind == "after":
        return TimeRange(day_after(side.hi), None)
    if kind == "until":
        return TimeRange(None, side.hi)
    if kind == "before":
        return TimeRange(None, day_before(side.lo))
    # A bare date: a month or a year is a period; a single day is not a range.
    if side.granularity == "day":
        return None
    return TimeRange(side.lo, side.hi)


def plausible(found: TimeRange, reference: date) -> bool:
    """Data already exists: a range that starts after the message is a deadline, not data."""
    if found.start is not None and found.start > reference:
        return False
    if found.start is None and found.end is not None and found.end >= reference:
        return False
    return not (found.start is not None and found.end is not None and found.start > found.end)
