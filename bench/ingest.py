"""Ingest throughput: files -> stored, classified, routed messages on SQLite.

Reference, measured in the same run on the same messages: mail-parser alone (the floor any
ingest pays). Prints the median of several runs of each and their ratio.

    python -m bench.ingest [--messages N] [--runs R]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import mailparser

import migrations
from classifier.corpus import bundled_corpora
from classifier.predict import Thresholds
from intake.pipeline import Pipeline
from intake.sources import RawMessage
from models.db import make_engine, session_factory
from service.model_cache import load_classifier


def _messages(count: int) -> list[bytes]:
    # The project's own corpus, each copy made unique so that none is a duplicate.
    files = sorted(p for folder in bundled_corpora() for p in folder.glob("messages/*.eml"))
    out = []
    for i in range(count):
        raw = files[i % len(files)].read_bytes()
        out.append(b"X-Bench-Copy: %d\n" % i + raw)
    return out


def _parse_only(messages: list[bytes]) -> float:
    start = time.perf_counter()
    for raw in messages:
        mailparser.parse_from_bytes(raw)
    return time.perf_counter() - start


def _ingest(messages: list[bytes]) -> float:
    classifier = load_classifier(Thresholds())
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        migrations.upgrade(engine)
        pipeline = Pipeline(
            session_factory(engine),
            lambda: classifier,
            zone=ZoneInfo("UTC"),
            now=lambda: datetime.now(UTC),
            max_chars=200_000,
        )
        box = pipeline.mailbox_id("bench", "files", folder)
        start = time.perf_counter()
        for i, raw in enumerate(messages):
            pipeline.ingest(box, RawMessage(str(i), raw))
        elapsed = time.perf_counter() - start
        engine.dispose()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--messages", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    messages = _messages(args.messages)
    load_classifier(Thresholds())  # train or load once, outside the timings
    parse = [_parse_only(messages) for _ in range(args.runs)]
    ingest = [_ingest(messages) for _ in range(args.runs)]
    n = len(messages)
    parse_median, ingest_median = statistics.median(parse), statistics.median(ingest)
    print(f"messages: {n}, runs: {args.runs}")
    print(
        f"reference (mail-parser only): median {parse_median:.2f} s = {n / parse_median:.0f} msg/s"
    )
    print(
        f"ingest (parse+classify+store): median {ingest_median:.2f} s"
        f" = {n / ingest_median:.0f} msg/s"
    )
    print(f"ratio ingest/reference: {ingest_median / parse_median:.2f}x")


if __name__ == "__main__":
    main()
