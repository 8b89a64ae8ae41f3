"""Candidate finding: the regular-expression grammar of time ranges, one set per language.

The grammar only finds and labels phrases ("between A and B", "the last N months", "Q3 2022");
it does not compute dates. Each :class:`Match` carries the isolated side texts, which
``sides.py`` parses, and ``resolve.py`` turns into a range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from classifier.timerange.languages import LEXICONS
from classifier.timerange.lexicon import Lexicon

YEAR = r"(?:19|20)\d{2}"
DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_MONTH_NUM = r"(?:1[0-2]|0?[1-9])"
_ISO = rf"{YEAR}-{_MONTH_NUM}-{DAY}(?!\d)"
_NUM_DMY = rf"(?<![\d./]){DAY}[./-]{_MONTH_NUM}[./-](?:{YEAR}|\d{{2}})(?![\d/])"
_NUM_MY = rf"(?<![\d./-]){_MONTH_NUM}/{YEAR}(?![\d/])"
_YEAR_ONLY = rf"(?<![\d./]){YEAR}(?![\d/]|\.\d)"
_WORD = r"[^\W\d][\w'’-]*"
_ZH_DATE = (
    rf"(?:{YEAR}\s*年\s*(?:{_MONTH_NUM}\s*月\s*(?:{DAY}\s*[日号])?)?"
    rf"|{_MONTH_NUM}\s*月\s*(?:{DAY}\s*[日号])?)"
)
_ZH_NUM = r"\d{1,3}|[一二两三四五六七八九十]{1,3}"

# A year or a numeric date, in any language.
DATE_DIGITS = re.compile(rf"(?<!\d){YEAR}(?!\d)|\d[./-]\d{{1,2}}[./-]\d")
# Kinds whose phrases need no digit and no month name ("the last six months", "last year").
WORD_ONLY_KINDS = frozenset({"rolling", "previous", "this"})


@dataclass(frozen=True)
class Match:
    """One phrase the grammar recognised in a sentence, with its parts still as text."""

    kind: str
    start: int
    end: int
    text: str
    a: str | None = None  # first (or only) side
    b: str | None = None  # second side of a range
    number: str | None = None  # "six", "12" in rolling windows
    unit: str | None = None  # day, week, month, quarter, year
    ordinal: int | None = None  # quarter or half number
    year: str | None = None  # year of a quarter or half


@dataclass(frozen=True)
class Grammar:
    """The compiled patterns of one language."""

    lexicon: Lexicon
    patterns: tuple[tuple[str, re.Pattern[str], str | None], ...]  # kind, pattern, fixed unit
    date: re.Pattern[str]  # one date expression (used by the side parser)
    months: re.Pattern[str] | None
    numbers: dict[str, int]
    # What every match needs besides digits: a month name or a unit word. A sentence with
    # neither, no year and no numeric date skips the patterns (most sentences of real mail).
    trigger: re.Pattern[str]
    ends: re.Pattern[str] | None  # "today", "to date": the right side a bare day can range to


def _date_regex(lex: Lexicon) -> str:
    if lex.code == "zh":
        return rf"(?:{_ISO}|{_NUM_DMY}|{_ZH_DATE})"
    month = rf"(?:{lex.months})(?![^\W\d])"
    suffix = lex.day_suffix
    day_month = rf"{DAY}{suffix}\s*{lex.day_month_link}{month}(?:,?\s+{lex.month_year_link}{YEAR})?"
    month_day = (
        rf"{month}\s+{DAY}(?:st|nd|rd|th)?(?!\d)(?:,?\s+{YEAR})?" if lex.code == "en" else ""
    )
    full = "|".join(w for w in lex.months.split("|") if w.isalpha() or w.startswith("(?-i:"))
    alone = rf"(?:{full})(?![^\W\d])|{month}(?=\s*[–—-])|(?:{lex.months})(?<=\.)"
    month_year = rf"{month},?\s+{lex.month_year_link}{YEAR}|{alone}"
    forms = [_ISO, _NUM_DMY, _NUM_MY, rf"(?<![\d.]){day_month}", month_day, month_year, _YEAR_ONLY]
    return "(?:" + "|".join(f for f in forms if f) + r")(?![^\W\d])"


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _compile(lex: Lexicon) -> Grammar:
    date = _date_regex(lex)
    flags = re.IGNORECASE
    out: list[tuple[str, str, str | None]] = []
    units = "|".join(f"(?:{u})" for u in lex.units.values())
    if lex.code == "zh":
        _zh_patterns(out, date)
    else:
        modifier = rf"(?:(?:{lex.begin_of}|{lex.end_of})\s+)?"
        side = rf"{modifier}{lex.day_prefix}{date}"
        bare_day = rf"{lex.day_prefix}{DAY}{lex.day_suffix}(?![\d./:])"
        left = rf"(?:{side}|{bare_day})"
        right = rf"(?:{side}|(?:{lex.today})(?![^\W\d])|(?:{lex.to_date})(?![^\W\d]))"
        gap = rf"(?:(?:{_WORD}\s+){{1,4}}?(?:{lex.gap_in})\s+)?"
        joint = rf"(?:,?\s+(?:{lex.range_to})(?![^\W\d])\s*|\s*[–—-]{{1,2}}\s*)"
        num = rf"\d{{1,3}}|{_alt(lex.numbers)}"
        out += [
            (
                "range",
                rf"\b(?:{lex.between})\s+{gap}(?P<a>{left})\s+(?:{lex.conj})\s+{gap}(?P<b>{right})",
                None,
            ),
            (
                "range",
                rf"(?:\b(?:{lex.range_from})\s+{gap})?(?P<a>{left}){joint}(?P<b>{right})",
                None,
            ),
            ("since", rf"\b(?:{lex.since})\s+{gap}(?P<a>{side})", None),
            (
                "since",
                rf"\b(?:{lex.onwards_from})\s+(?P<a>{side})\s+(?:{lex.onwards})(?![^\W\d])",
                None,
            ),
            ("after", rf"\b(?:{lex.after})\s+(?P<a>{side})", None),
            ("until", rf"\b(?:{lex.until})\s+(?P<a>{side})", None),
            ("before", rf"\b(?:{lex.before})\s+(?P<a>{side})", None),
            ("rolling", rf"\b(?:{lex.last})\s+(?P<n>{num})\s+(?P<u>{units})(?![^\W\d])", None)
            if not lex.last_after
            else (
                "rolling",
                rf"\b(?:{lex.last})\s+(?P<n>{num})\s+(?:{lex.last_after})\s+(?P<u>{units})(?![^\W\d])",
                None,
            ),
            (
                "anchored",
                rf"\b(?P<n>{num})\s+(?P<u>{units})\s+(?:{lex.anchor_before})\s+(?:{_WORD}\s+){{0,8}}?(?:{lex.gap_in}\s+)?(?P<a>{side})",
                None,
            ),
        ]
        for unit, words in lex.units.items():
            for kind, template in (
                ("rolling", lex.rolling_one),
                ("previous", lex.previous),
                ("this", lex.this),
            ):
                if template:
                    out.append(
                        (kind, r"\b(?:" + template.replace("{unit}", words) + r")(?![^\W\d])", unit)
                    )
        ordinal = rf"(?P<o>{_alt(lex.ordinals)})"
        for kind, template in (("quarter", lex.quarter), ("half", lex.half)):
            if template:
                body = template.replace("{ord}", ordinal).replace("{year}", rf"(?P<y>{YEAR})")
                out.append((kind, rf"\b(?:{body})(?!\d)", None))
        out.append(("quarter", rf"\b[qQ](?P<o>[1-4])\s*[-/]?\s*(?P<y>{YEAR})(?!\d)", None))
        out.append(("half", rf"\b[hH](?P<o>[12])\s*[-/]?\s*(?P<y>{YEAR})(?!\d)", None))
        out.append(("period", rf"(?:\b{lex.whole_year})?(?P<a>{date})", None))
    patterns = tuple((kind, re.compile(rx, flags), unit) for kind, rx, unit in out)
    months = re.compile(rf"(?:{lex.months})(?![^\W\d])", flags) if lex.months else None
    numbers = {k.replace("\\s+", " "): v for k, v in lex.numbers.items()}
    ends = "|".join(w for w in (lex.today, lex.to_date) if w)
    return Grammar(
        lex,
        patterns,
        re.compile(date, flags),
        months,
        numbers,
        _trigger(lex),
        re.compile(ends, flags) if ends else None,
    )


def _trigger(lex: Lexicon) -> re.Pattern[str]:
    """The words some pattern needs besides digits (see ``Grammar.trigger``)."""
    # Every date form has a year, a numeric date or a month name (``DATE_DIGITS`` and the
    # months); every word-only phrase and rolling window has a unit word; a bare day ranges
    # only to today (``Grammar.ends``). Chinese words have no spaces around them.
    if lex.code == "zh":
        return re.compile("|".join([*lex.units.values(), "季"]))
    words = "|".join(w for w in [lex.months, *lex.units.values(), lex.glued_units] if w)
    return re.compile(rf"(?<![^\W\d])(?:{words})(?![^\W\d])", re.IGNORECASE)


def _zh_patterns(out: list[tuple[str, str, str | None]], date: str) -> None:
    today = r"今天|现在|目前|当前|今"
    side = rf"(?:{date})"
    out += [
        (
            "range",
            rf"(?:从|自|由)?\s*(?P<a>{side})\s*(?:至|到|~|～|—|-)\s*(?P<b>{side}|{today})",
            None,
        ),
        ("since", rf"(?:自|从)\s*(?P<a>{side})\s*(?:以来|起|开始|至今)?", None),
        ("since", rf"(?P<a>{side})\s*(?:以来|起|开始|至今)", None),
        ("after", rf"(?P<a>{side})\s*(?:之后|以后)", None),
        ("until", rf"(?:截至|截止到?|直到)\s*(?P<a>{side})", None),
        ("before", rf"(?P<a>{side})\s*(?:之前|以前)", None),
        (
            "rolling",
            rf"(?<!已)(?<!已经)(?:过去|最近|近)\s*(?P<n>{_ZH_NUM})\s*(?P<u>个月|個月|年|天|日|周|个星期|星期|个季度)",
            None,
        ),
        ("previous", r"去年|上一?年度?", "year"),
        ("previous", r"上一?个?月", "month"),
        ("previous", r"上一?(?:个)?(?:周|星期)", "week"),
        ("previous", r"上一?个?季度", "quarter"),
        ("this", r"今年|本年度?", "year"),
        ("this", r"本月|这个月", "month"),
        ("this", r"本季度", "quarter"),
        ("quarter", rf"(?P<y>{YEAR})\s*年\s*第?\s*(?P<o>[一二三四1-4])\s*季度", None),
        ("half", rf"(?P<y>{YEAR})\s*年\s*(?P<o>[上下])\s*半年", None),
        ("period", rf"(?P<a>{side})(?:\s*全年)?", None),
    ]


@lru_cache(maxsize=16)
def grammar(code: str) -> Grammar:
    """The compiled grammar of a language (compiled once per process)."""
    return _compile(LEXICONS[code])


def _unit_of(lex: Lexicon, word: str) -> str | None:
    for unit, rx in lex.units.items():
        if re.fullmatch(rx, word, re.IGNORECASE):
            return unit
    return None


def _ordinal(gram: Grammar, text: str) -> int:
    if text in "一上1":
        return 1
    if text in "二下2":
        return 2
    if text in "三3":
        return 3
    if text in "四4":
        return 4
    return gram.lexicon.ordinals.get(text.lower(), 1)


def match_from(kind: str, m: re.Match[str], fixed_unit: str | None, gram: Grammar) -> Match:
    """A :class:`Match` from one regex match of a pattern of ``kind``."""
    groups = m.groupdict()
    unit = fixed_unit
    if groups.get("u"):
        word = groups["u"]
        unit = _zh_unit(word) if gram.lexicon.code == "zh" else _unit_of(gram.lexicon, word)
    return Match(
        kind=kind,
        start=m.start(),
        end=m.end(),
        text=m.group(0).strip(),
        a=groups.get("a"),
        b=groups.get("b"),
        number=groups.get("n"),
        unit=unit,
        ordinal=_ordinal(gram, groups["o"]) if groups.get("o") else None,
        year=groups.get("y"),
    )


def _zh_unit(word: str) -> str:
    if "季" in word:
        return "quarter"
    if "月" in word:
        return "month"
    if "年" in word:
        return "year"
    if "周" in word or "星期" in word:
        return "week"
    return "day"
