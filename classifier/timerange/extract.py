"""The extractor: from a message's text and date to the range of data the person asks about.

Steps: keep the requester's own text (``prepare``), split it into sentences, keep those about
the requested data (``filters``), find the grammar's phrases in them (``grammar``), resolve
each against the message date (``resolve``), keep the longest non-overlapping ones, join lists
("2020 and 2021"), and answer with the first. Other ranges found make the answer ambiguous.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from classifier.prediction import TimeRange
from classifier.timerange.filters import (
    about_data,
    asks_for_data,
    deadline,
    incidental,
    mask_citations,
)
from classifier.timerange.grammar import (
    DATE_DIGITS,
    WORD_ONLY_KINDS,
    Grammar,
    Match,
    grammar,
    match_from,
)
from classifier.timerange.languages import LEXICONS
from classifier.timerange.prepare import clean, sentences
from classifier.timerange.resolve import plausible, resolve

_PERIOD_KINDS = frozenset({"period", "quarter", "half"})
# Between two periods of a list: a comma or "and", and an article at most.
_LIST_GAP = re.compile(
    r"^\s*(?:,|,?\s*(?:and|und|et|y|e|ed|en|和|及|与|、))\s*(?:the|de[rmn]|das|l['’]|le|la|el"
    r"|il|het|o|a)?\s*$",
    re.IGNORECASE,
)
_MAX_CHARS = 20_000
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class TimeRangeFinding:
    """The range found, the phrase it came from (shown to staff), and whether it is unsure."""

    range: TimeRange
    text: str
    ambiguous: bool


@dataclass(frozen=True)
class _Found:
    match: Match
    range: TimeRange | None
    sentence: int

    @property
    def length(self) -> int:
        return self.match.end - self.match.start


def _grammars(language: str | None) -> list[Grammar]:
    if language is None:
        return [grammar(code) for code in LEXICONS]
    code = language.lower().split("-")[0]
    if code not in LEXICONS or code == "en":
        # Unsupported languages still get the English grammar: numeric and ISO dates,
        # and English written by people whose mail client speaks another language.
        return [grammar("en")]
    return [grammar(code), grammar("en")]


def _select(candidates: list[_Found]) -> list[_Found]:
    """The longest non-overlapping matches, in text order."""
    chosen: list[_Found] = []
    for found in sorted(candidates, key=lambda f: (-f.length, f.match.start)):
        if all(
            found.match.end <= c.match.start or found.match.start >= c.match.end for c in chosen
        ):
            chosen.append(found)
    return sorted(chosen, key=lambda f: f.match.start)


def _join_lists(found: list[_Found], sentence: str) -> list[_Found]:
    """Adjacent periods joined by "and" become one range ("2020 and 2021", "July and August")."""
    out: list[_Found] = []
    for item in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.match.kind in _PERIOD_KINDS
            and item.match.kind in _PERIOD_KINDS
            and _LIST_GAP.match(sentence[prev.match.end : item.match.start])
            and prev.range is not None
            and item.range is not None
            and prev.range.start is not None
            and item.range.end is not None
            and prev.range.start <= item.range.end
        ):
            joined = Match(
                kind="period",
                start=prev.match.start,
                end=item.match.end,
                text=sentence[prev.match.start : item.match.end].strip(),
            )
            out[-1] = _Found(joined, TimeRange(prev.range.start, item.range.end), item.sentence)
            continue
        out.append(item)
    return out


def _in_sentence(
    sentence: str, index: int, grams: list[Grammar], reference: date, request_before: bool
) -> list[_Found]:
    """The ranges of one sentence; ``request_before``: an earlier sentence asks for data."""
    masked = mask_citations(sentence)
    has_digit = _DIGIT.search(masked) is not None
    candidates: list[_Found] = []
    for gram in grams:
        own_topic = about_data(masked, [gram.lexicon])
        # Without a digit or a month name only the word-only phrases ("last month") can match.
        dated = has_digit or bool(gram.months and gram.months.search(masked))
        for kind, pattern, unit in gram.patterns:
            if not dated and kind not in WORD_ONLY_KINDS:
                continue
            # A sentence that names no data may still be about the data asked for just before
            # ("Can you send me everything?? esp the camera stuff, the last six months."), but
            # a bare date there is a form field's or an event's ("Date of birth: 1. 2. 1984").
            on_topic = own_topic or (request_before and kind != "period")
            if not on_topic and kind != "range":
                continue  # only a two-sided range counts off topic (see _counts)
            for match in _matches(kind, pattern, unit, masked, gram):
                found = None
                if _counts(match, masked, gram, on_topic, strict=not own_topic):
                    found = resolve(match, gram, reference)
                if found is not None and not plausible(found, reference):
                    found = None
                candidates.append(_Found(match, found, index))
    # A longer phrase that is no range ("on 7 June 2026", a deadline, an event's date)
    # still hides the shorter ones inside it ("June 2026", "2026").
    chosen = [f for f in _select(candidates) if f.range is not None]
    return _join_lists(chosen, masked)


def _counts(match: Match, text: str, gram: Grammar, on_topic: bool, strict: bool) -> bool:
    """Whether a match may give the range; one that may not still hides shorter ones."""
    # Two sides ("from A to B") are a range wherever they stand, e.g. in the one-line
    # answer "Yes: from A to B."; anything less needs a sentence about data.
    if not on_topic and not (match.kind == "range" and _both_dated(match, gram)):
        return False
    if match.kind != "range" and _in_brackets(match, text):
        return False
    if deadline(match, text, gram.lexicon):
        return False
    return not incidental(match, text, gram.lexicon, strict=strict and match.kind != "range")


def _in_brackets(match: Match, text: str) -> bool:
    """An aside in brackets ("where my data were (in the past year) stored") qualifies
    something else than the data asked for."""
    before, after = text[: match.start], text[match.end :]
    opened = max(before.rfind("("), before.rfind("（")) > max(before.rfind(")"), before.rfind("）"))
    closes = re.match(r"^[^()（）]*[)）]", after) is not None
    return opened and closes


def _both_dated(match: Match, gram: Grammar) -> bool:
    """Both sides written with digits ("from 2019 to 2021", "5 to 20 May 2020"), or both
    with a month or a year and a year somewhere ("de marzo a junio de 2026"): not "from
    March to June" nor "2 - March"."""
    sides = [side for side in (match.a, match.b) if side is not None]
    if len(sides) < 2:
        return False
    if all(any(ch.isdigit() for ch in side) for side in sides):
        return True
    months = gram.months

    def dated(side: str) -> bool:
        return bool(DATE_DIGITS.search(side)) or bool(months and months.search(side))

    return all(dated(side) for side in sides) and any(DATE_DIGITS.search(s) for s in sides)


def _matches(
    kind: str, pattern: re.Pattern[str], unit: str | None, text: str, gram: Grammar
) -> list[Match]:
    return [match_from(kind, m, unit, gram) for m in pattern.finditer(text)]


class _Requests:
    """Which sentences make the request, computed only when asked."""

    def __init__(self, texts: list[str], grams: list[Grammar]) -> None:
        self._texts = texts
        self._lexicons = [gram.lexicon for gram in grams]
        self._known: dict[int, bool] = {}

    def asks(self, index: int) -> bool:
        if index not in self._known:
            masked = mask_citations(self._texts[index])
            self._known[index] = asks_for_data(masked, self._lexicons)
        return self._known[index]

    def before(self, index: int) -> bool:
        """Whether the sentence right before (in this paragraph or ending the previous one)
        asks for data: then a sentence naming no data goes on about it."""
        return index > 0 and self.asks(index - 1)


def _may_match(sentence: str, grams: list[Grammar]) -> bool:
    """A cheap test that some pattern might match: most sentences of real mail fail it."""
    if DATE_DIGITS.search(sentence) or any(gram.trigger.search(sentence) for gram in grams):
        return True
    # A bare day ranges only to today ("from the 5th to today").
    return bool(_DIGIT.search(sentence)) and any(
        gram.ends is not None and gram.ends.search(sentence) for gram in grams
    )


def extract_time_range(
    text: str, reference: date, language: str | None = None
) -> TimeRangeFinding | None:
    """The range of data a request asks about, resolved against the message date.

    ``language`` is an ISO 639-1 code; None tries every supported language. Returns None
    when the text names no range (a single day, a deadline or a citation is no range).
    """
    grams = _grammars(language)
    found: list[_Found] = []
    texts = sentences(clean(text[:_MAX_CHARS]))
    requests = _Requests(texts, grams)
    for index, sentence in enumerate(texts):
        if not _may_match(sentence, grams):
            continue  # no date and no unit word: nothing any pattern could match
        request_before = requests.before(index)
        found.extend(_in_sentence(sentence, index, grams, reference, request_before))
    if not found:
        return None
    ranges = [(f.range, f.match.text) for f in found if f.range is not None]
    first, phrase = ranges[0]
    others = {r for r, _ in ranges[1:]} - {first}
    return TimeRangeFinding(first, phrase, ambiguous=bool(others))
