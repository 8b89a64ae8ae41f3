"""Scores the time range extractor alone.

    python -m classifier.timerange.evaluate PATH.jsonl [--show-misses]
    python -m classifier.timerange.evaluate --corpus CORPUS [--show-misses]

A JSONL file has one item a line (``text``, ``ref``, ``lang``, ``start``, ``end``, ``alt``,
``tags``): an item counts when both ends are exact, or match one of ``alt``. A corpus
(FORMAT.md) is scored on its relevant messages: those labelled with a range must get it, those
labelled without one must get none. Miss texts are printed only with ``--show-misses``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from classifier.timerange import extract_time_range

Ends = tuple[str | None, str | None]


@dataclass
class Tally:
    """Hits and totals overall, per language and per tag (misses only)."""

    hits: Counter[str] = field(default_factory=Counter)
    totals: Counter[str] = field(default_factory=Counter)
    missed_tags: Counter[str] = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def add(self, lang: str, ok: bool, tags: Iterable[str], note: str) -> None:
        for key in ("all", lang):
            self.totals[key] += 1
            self.hits[key] += ok
        if not ok:
            self.missed_tags.update(tags)
            self.misses.append(note)

    def report(self, title: str, show_misses: bool) -> None:
        print(title)
        for key in ["all", *sorted(k for k in self.totals if k != "all")]:
            share = self.hits[key] / self.totals[key] if self.totals[key] else 0.0
            print(f"  {key:4} {self.hits[key]:4}/{self.totals[key]:<4} {share:6.1%}")
        if self.missed_tags:
            tags = ", ".join(f"{t} {n}" for t, n in self.missed_tags.most_common())
            print(f"  misses by tag: {tags}")
        if show_misses:
            for note in self.misses:
                print("  MISS", note)


def _ends(found: Any) -> Ends:
    if found is None:
        return None, None
    r = found.range
    return (r.start.isoformat() if r.start else None, r.end.isoformat() if r.end else None)


def score_jsonl(path: Path) -> Tally:
    """Both ends exact (or one of ``alt``) for every item of a JSONL file."""
    tally = Tally()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        found = extract_time_range(item["text"], date.fromisoformat(item["ref"]), item.get("lang"))
        got = _ends(found)
        accepted = [(item["start"], item["end"]), *(tuple(a) for a in item.get("alt", []))]
        ok = got in accepted
        note = f"{item.get('id', '?')} got={got} want={accepted[0]} {item['text']!r}"
        tally.add(item.get("lang") or "?", ok, item.get("tags", []), note)
    return tally


def score_corpus(folder: Path) -> tuple[Tally, Tally]:
    """On relevant messages: labelled ranges matched, and no range where the label has none."""
    from classifier.document import document_from_bytes

    with_range, without = Tally(), Tally()
    for line in (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        label = json.loads(line)
        if not label.get("relevant"):
            continue
        doc = document_from_bytes((folder / label["file"]).read_bytes())
        reference = doc.sent_at.date() if doc.sent_at else date.today()
        lang = label.get("language") or "?"
        found = extract_time_range(doc.body, reference, label.get("language"))
        truth = label.get("time_range")
        got = _ends(found)
        if truth is None:
            note = f"{label['file']} got={got} phrase={found.text if found else None!r}"
            without.add(lang, found is None, ["no_range"], note)
        else:
            want = (truth.get("start"), truth.get("end"))
            phrase = found.text if found else None
            with_range.add(
                lang, got == want, ["range"], f"{label['file']} got={got} want={want} {phrase!r}"
            )
    return with_range, without


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m classifier.timerange.evaluate")
    parser.add_argument("path", nargs="?", type=Path, help="a JSONL file of short request texts")
    parser.add_argument("--corpus", type=Path, help="a corpus folder (labels.jsonl + messages)")
    parser.add_argument("--show-misses", action="store_true", help="print each miss's text")
    args = parser.parse_args(argv)
    if args.path is None and args.corpus is None:
        parser.error("give a JSONL file or --corpus")
    if args.path is not None:
        score_jsonl(args.path).report(f"{args.path}: both ends exact", args.show_misses)
    if args.corpus is not None:
        with_range, without = score_corpus(args.corpus)
        with_range.report(f"{args.corpus}: labelled ranges matched", args.show_misses)
        without.report(f"{args.corpus}: no range predicted where none labelled", args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
