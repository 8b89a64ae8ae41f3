"""Which of the company's products a message names (policy 9.3 asks for "the name of the product
and service you use"), matched against a configurable list.

People write product names loosely: "cloudcam", "Cloud-Cam", "Cloud Cam mini", "Fitbnad". So
names and text are compared as runs of whole words with case, spaces and hyphens removed, and a
run may differ from a name by a typo or two (more for longer names). Whole words only, and a
run that merely extends a name ("CloudCamera" for "CloudCam") is not the product, nor is a model
with other digits ("EX-Lock 200" for "EX-Lock 300").

rapidfuzz is not installed in this project, so the similarity is the standard library's
:class:`difflib.SequenceMatcher` ratio; candidate runs are first cut down by length so that it
runs on a handful of strings per message, not on every window of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from classifier.jurisdiction import lowered


@dataclass(frozen=True)
class ProductMatch:
    """One product found: its name in the list, the text as written, and how close (0-1)."""

    product: str
    text: str
    score: float
    start: int
    end: int


# Latin-script words, or single CJK characters (Chinese has no spaces between words, and a
# product name written beside Chinese text must still be its own run of words).
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_WORD = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+")
_DIGITS = re.compile(r"\d+")
# Names this short ("Hub", "Max") are matched exactly: one typo away lies an ordinary word.
_MIN_FUZZY_LENGTH = 5


def _compact(text: str) -> str:
    return "".join(m.group(0) for m in _WORD.finditer(lowered(text)))


def _allowed_edits(length: int) -> int:
    """Typos tolerated in a name of ``length`` characters (without spaces)."""
    if length < _MIN_FUZZY_LENGTH:
        return 0
    return 1 if length < 10 else 2


@dataclass(frozen=True)
class _Name:
    product: str
    compact: str
    words: int
    edits: int
    digits: tuple[str, ...]
    min_ratio: float


def _name(product: str) -> _Name:
    compact = _compact(product)
    edits = _allowed_edits(len(compact))
    return _Name(
        product=product,
        compact=compact,
        words=max(1, len(_WORD.findall(product))),
        edits=edits,
        digits=tuple(_DIGITS.findall(compact)),
        # SequenceMatcher's ratio of a name with ``edits`` substitutions is 1 - edits/length.
        # A little slack, so that float rounding does not reject a name exactly at the limit.
        min_ratio=1.0 - edits / len(compact) - 1e-9 if compact else 1.0,
    )


def _similarity(name: _Name, run: str, words: int, matcher: SequenceMatcher[str]) -> float:
    """How close ``run`` (of ``words`` words) is to ``name``; 0 when it must not count."""
    if run == name.compact:
        return 1.0
    if name.edits == 0 or abs(len(run) - len(name.compact)) > name.edits:
        return 0.0
    # Typos rarely hit the first letters, while chance look-alikes made of short words ("of it
    # and" for "FitBand") do: a run split differently from the name must start like it.
    if run[0] != name.compact[0] or (words != name.words and run[:3] != name.compact[:3]):
        return 0.0
    longer, shorter = sorted((run, name.compact), key=len, reverse=True)
    # A run that extends the name by more than a plural "s" shares a prefix, not the product.
    if longer.startswith(shorter) and longer[len(shorter) :] != "s":
        return 0.0
    if tuple(_DIGITS.findall(run)) != name.digits:
        return 0.0
    matcher.set_seq1(run)
    if matcher.real_quick_ratio() < name.min_ratio or matcher.quick_ratio() < name.min_ratio:
        return 0.0
    ratio = matcher.ratio()
    return ratio if ratio >= name.min_ratio else 0.0


def _match(product: str, text: str, start: int, end: int, score: float) -> ProductMatch:
    return ProductMatch(product, text[start:end], round(score, 4), start, end)


@lru_cache(maxsize=16)
def _names(products: tuple[str, ...]) -> tuple[_Name, ...]:
    # The list comes from configuration and is the same for every message: prepare it once.
    return tuple(n for n in (_name(p) for p in products) if n.compact)


_Run = tuple[str, int]
"""A run of words compacted ("cloudcam"), and how many words it was written as."""


def _starts(names: Sequence[_Name]) -> frozenset[str]:
    """How a run that may be one of ``names`` begins: a name's first two letters, or its first
    and third (the second dropped: "Ftiband"). A typo in the second letter itself is missed;
    the price of looking at a few words per message instead of every one."""
    starts = {n.compact[0] for n in names}
    starts.update(n.compact[:2] for n in names)
    starts.update(n.compact[0] + n.compact[2] for n in names if len(n.compact) > 2)
    return frozenset(starts)


def _runs(text: str, max_words: int, starts: frozenset[str]) -> dict[_Run, list[tuple[int, int]]]:
    """Runs of 1..max_words consecutive words that begin as in ``starts``, with their spans in
    ``text`` (a name said twice is compared once)."""
    words = list(_WORD.finditer(lowered(text)))
    runs: dict[_Run, list[tuple[int, int]]] = {}
    for i, first in enumerate(words):
        if first.group(0)[:2] not in starts:
            continue
        compact = ""
        for j in range(i, min(i + max_words, len(words))):
            compact += words[j].group(0)
            runs.setdefault((compact, j - i + 1), []).append((first.start(), words[j].end()))
    return runs


def find_products(text: str, products: Sequence[str]) -> list[ProductMatch]:
    """The products of ``products`` named in ``text``, best match first, one per product.

    Where two names cover the same words ("CloudCam Mini" and "CloudCam"), the match of more
    characters keeps them, so a message about the Mini is not also about the CloudCam.
    """
    names = _names(tuple(products))
    if not names or not text:
        return []
    # One more word than the longest name: "Cloud Cam" is two words where the name has one.
    runs = _runs(text, max(n.words for n in names) + 1, _starts(names))
    # Runs grouped by initial and length: a name is only compared with runs that start like
    # it and are a few typos long of it.
    groups: dict[tuple[str, int], list[_Run]] = {}
    for run in runs:
        groups.setdefault((run[0][0], len(run[0])), []).append(run)
    candidates: list[tuple[float, ProductMatch]] = []
    for name in names:
        matcher: SequenceMatcher[str] = SequenceMatcher(None, "", name.compact, autojunk=False)
        size = len(name.compact)
        for length in range(size - name.edits, size + name.edits + 1):
            for run in groups.get((name.compact[0], length), ()):
                score = _similarity(name, run[0], run[1], matcher)
                if score > 0.0:
                    candidates.extend(
                        (score * size, _match(name.product, text, start, end, score))
                        for start, end in runs[run]
                    )
    candidates.sort(key=lambda c: (-c[0], c[1].start))
    taken: list[tuple[int, int]] = []
    best: dict[str, ProductMatch] = {}
    for _, match in candidates:
        if any(match.start < e and s < match.end for s, e in taken):
            continue
        taken.append((match.start, match.end))
        best.setdefault(match.product, match)
    return sorted(best.values(), key=lambda m: (-m.score, m.start))
