"""Classifier throughput, extraction included: parse + rules + model + extraction per message.

Runs on one core (BLAS threads pinned to 1) over the project's own corpus, and over a
FORMAT.md corpus given with --corpus (e.g. ../shared/corpus/dev, for measuring only).
Prints the median of several runs in messages per second, and the share of time that
extraction takes (same messages, extraction off).

    python -m bench.classify [--corpus DIR] [--runs R]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

from classifier.corpus import bundled_corpora
from classifier.document import Document, document_from_bytes
from classifier.predict import Classifier, Extraction, Thresholds
from service.model_cache import load_model


def _time(classifier: Classifier, raws: list[bytes], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for raw in raws:
            classifier.predict(document_from_bytes(raw))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


class _NoExtraction(Classifier):
    def _extract(self, doc: Document, language: str | None, evidence: list) -> object:  # type: ignore[override,type-arg]
        from classifier.predict import _Facts
        from classifier.prediction import Requester

        return _Facts(requester=Requester(doc.sender_name, doc.sender_address))


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    model = load_model()
    extraction = Extraction(products=("CloudCam", "HomeHub app", "FitBand"))
    full = Classifier(model, Thresholds(), extraction)
    bare = _NoExtraction(model, Thresholds(), extraction)
    sets = {"own corpus": [p for c in bundled_corpora() for p in c.glob("messages/*.eml")]}
    for corpus in args.corpus:
        sets[str(corpus)] = sorted(corpus.glob("messages/**/*.eml"))
    for name, paths in sets.items():
        raws = [p.read_bytes() for p in paths]
        _time(full, raws[:50], 1)  # warm caches (dateparser, langdetect profiles)
        with_extraction = _time(full, raws, args.runs)
        without = _time(bare, raws, args.runs)
        n = len(raws)
        print(f"{name}: {n} messages, median of {args.runs}")
        print(f"  classify + extract: {n / with_extraction:7.0f} msg/s ({with_extraction:.2f} s)")
        print(f"  classify only:      {n / without:7.0f} msg/s ({without:.2f} s)")
        print(f"  extraction share:   {1 - without / with_extraction:.0%} of the time")


if __name__ == "__main__":
    main()
