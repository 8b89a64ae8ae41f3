"""Side parsing: one isolated date phrase ("5 September 2020", "März 2021") -> the days it covers.

Dates are parsed by dateparser's :class:`DateDataParser` with the language given explicitly
(language detection is dateparser's slow path) and with parsers cached. A side the grammar
found is always parsed alone, never searched for in free text, so dateparser cannot pick up
a stray number. Year-only sides are computed here: dateparser reads "2021" as a day in 2021.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

from classifier.timerange.grammar import DAY, YEAR, Grammar

_YEAR_RX = re.compile(rf"(?<!\d){YEAR}(?!\d)")
_NUMERIC_RX = re.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?")
_BARE_DAY_RX = re.compile(rf"(?P<d>{DAY})(?:st|nd|rd|th|er|e|ème|°|º|\.)?", re.IGNORECASE)
_ZH_MONTH_RX = re.compile(r"\d{1,2}\s*月")


@dataclass(frozen=True)
class Interval:
    """The days a side covers, inclusive, and whether its year was written out."""

    lo: date
    hi: date
    granularity: str  # day, month or year
    explicit_year: bool = True


@dataclass(frozen=True)
class Side:
    """A side after completion: its text, and the modifier and kind it carries."""

    text: str
    modifier: str | None = None  # "begin" or "end"
    special: str | None = None  # "today" or "to_date"


def month_end(d: date) -> date:
    """The last day of ``d``'s month."""
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


@lru_cache(maxsize=64)
def _parser(language: str, base: date | None) -> DateDataParser:
    settings: dict[str, object] = {
        # Day-first: the mail is European or Chinese; "01/03/2021" is the 1st of March.
        "DATE_ORDER": "YMD" if language == "zh" else "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "PREFER_DATES_FROM": "past",
        "PARSERS": ["absolute-time"],
        "RETURN_TIME_AS_PERIOD": False,
    }
    if base is not None:
        # A year-less side is its most recent past occurrence before the message.
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    return DateDataParser(languages=[language], settings=settings)


@lru_cache(maxsize=4096)
def _dateparse(text: str, language: str, base: date | None) -> tuple[date, str] | None:
    data = _parser(language, base).get_date_data(text)
    if data.date_obj is None:
        return None
    return data.date_obj.date(), data.period or "day"


def classify(text: str, gram: Grammar) -> Side:
    """Split a side's modifier ("the end of") from its date."""
    lex = gram.lexicon
    stripped = text.strip()
    for special, rx in (("today", lex.today), ("to_date", lex.to_date)):
        if rx and re.fullmatch(rx, stripped, re.IGNORECASE):
            return Side(stripped, special=special)
    for modifier, rx in (("begin", lex.begin_of), ("end", lex.end_of)):
        if rx:
            m = re.match(rf"(?:{rx})\s+", stripped, re.IGNORECASE)
            if m:
                return Side(stripped[m.end() :], modifier=modifier)
    if lex.day_prefix:
        m = re.match(lex.day_prefix, stripped, re.IGNORECASE)
        if m and m.end():
            stripped = stripped[m.end() :]
    return Side(stripped)


def has_year(text: str) -> bool:
    """Whether the side names its year (four digits, or a full numeric date)."""
    return bool(_YEAR_RX.search(text)) or bool(re.fullmatch(r"\d{1,2}[./-]\d{1,2}[./-]\d{2}", text))


def is_bare_day(text: str) -> bool:
    """A day number alone ("5" in "between 5 and 20 May"): it borrows month and year."""
    return bool(_BARE_DAY_RX.fullmatch(text.strip()))


def month_part(text: str, gram: Grammar) -> str | None:
    """The month words (with the year if any) of a side, for a bare day to borrow."""
    if gram.lexicon.code == "zh":
        m = _ZH_MONTH_RX.search(text)
        return m.group(0) if m else None
    if gram.months is None:
        return None
    m = gram.months.search(text)
    return text[m.start() :] if m else None


def year_part(text: str) -> str | None:
    m = _YEAR_RX.search(text)
    return m.group(0) if m else None


def complete(left: str, right: str, gram: Grammar) -> tuple[str, str]:
    """Fill what a side leaves out from the other side ("5 and 20 May 2020", "Jan-Mar 2021")."""
    zh = gram.lexicon.code == "zh"
    if is_bare_day(left):
        borrowed = month_part(right, gram)
        if borrowed is None:
            return left, right
        day = re.sub(r"\D", "", left)
        left = f"{borrowed}{day}日" if zh else f"{day} {borrowed}"
        if zh and (year := year_part(right)) and not has_year(borrowed):
            left = f"{year}年{left}"
        return left, right
    left_year, right_year = year_part(left), year_part(right)
    if _NUMERIC_RX.fullmatch(left) or _NUMERIC_RX.fullmatch(right):
        return left, right
    if left_year is None and right_year is not None:
        left = f"{right_year}年{left}" if zh else f"{left} {right_year}"
    elif right_year is None and left_year is not None and not has_year(right):
        right = f"{left_year}年{right}" if zh else f"{right} {left_year}"
    return left, right


def parse_side(text: str, gram: Grammar, reference: date) -> Interval | None:
    """The interval a completed side covers, or None when it does not parse."""
    text = text.strip().rstrip(",")
    code = gram.lexicon.code
    year_only = re.fullmatch(rf"({YEAR})\s*年?", text)
    if year_only:
        y = int(year_only.group(1))
        return Interval(date(y, 1, 1), date(y, 12, 31), "year")
    explicit = has_year(text)
    parsed = _dateparse(text, code, None if explicit else reference)
    if parsed is None:
        return None
    day, period = parsed
    if period == "year":
        return Interval(date(day.year, 1, 1), date(day.year, 12, 31), "year", explicit)
    if period == "month":
        first = day.replace(day=1)
        return Interval(first, month_end(first), "month", explicit)
    return Interval(day, day, "day", explicit)


def shift_year_back(interval: Interval) -> Interval:
    """The same interval one year earlier (a year-less side that landed after its partner)."""

    def back(d: date) -> date:
        if d.month == 2 and d.day == 29:
            return date(d.year - 1, 2, 28)
        return d.replace(year=d.year - 1)

    lo = back(interval.lo)
    hi = month_end(lo) if interval.granularity == "month" else back(interval.hi)
    return Interval(lo, hi, interval.granularity, interval.explicit_year)


def day_before(d: date) -> date:
    return d - timedelta(days=1)


def day_after(d: date) -> date:
    return d + timedelta(days=1)
