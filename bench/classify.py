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
import subprocess
import sys
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


_LOAD = """
import time
start = time.perf_counter()
from classifier.predict import Thresholds
from service.model_cache import load_classifier

def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1]) * 1024
before = rss()
load_classifier(Thresholds())
print(time.perf_counter() - start, rss(), rss() - before)
"""


def _load_in_fresh_process(runs: int) -> tuple[float, int, int]:
    """Median seconds from start to a loaded model (imports included), RSS after, model's share."""
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", _LOAD], check=True, capture_output=True, text=True
        )
        seconds, rss, model = done.stdout.split()
        results.append((float(seconds), int(rss), int(model)))
    results.sort()
    return results[len(results) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    model = load_model()  # trained into the cache if needed, before anything is timed
    seconds, rss, share = _load_in_fresh_process(args.runs)
    print(
        f"model load in a fresh process: {seconds:.2f} s with imports (target < 1 s); "
        f"RSS then {rss / 2**20:.0f} MB, of which the model {share / 2**20:.0f} MB"
    )
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
