"""Ingest throughput and IDLE latency against a real Dovecot whose mail store is in /dev/shm.

Generates realistic mail (2-50 KB, a third with attachments; tests/mailgen.py) into its own
Dovecot, then measures in the same run:

(a) the reference: raw imapclient ``FETCH BODY.PEEK[]`` in batches of 500 plus
    ``mailparser.parse_from_bytes`` of every message -- the floor any ingest pays;
(b) ``dsr run --once`` as its own process, from an empty SQLite database (on disk, like a
    real installation) to every message stored and decided;

prints messages/s for both and the ratio b/a (medians of --runs), the peak RSS of (b), and
the latency from APPEND to the message's case committed while ``dsr run`` waits in IDLE
(p50/p95 over --idle-trials). ``--profile FILE`` also runs (b) once under cProfile.

    python -m bench.ingest [--messages 5000] [--runs 3] [--idle-trials 30] [--profile FILE]
"""

from __future__ import annotations

import argparse
import os
import pstats
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import mailparser
from imapclient import IMAPClient

from classifier.predict import Thresholds
from service.model_cache import load_classifier
from tests.dovecot import PASSWORD, Dovecot, start_dovecot
from tests.mailgen import make_messages

REPO = Path(__file__).resolve().parent.parent
FETCH_BATCH = 500
MB = 1024 * 1024


@dataclass
class Run:
    seconds: float
    peak_rss: int  # bytes
    stored: int
    decided: int


def _append_all(server: Dovecot, user: str, messages: list[bytes]) -> None:
    with server.client(user) as client:
        for start in range(0, len(messages), FETCH_BATCH):
            client.multiappend("INBOX", messages[start : start + FETCH_BATCH])


def _reference(server: Dovecot, user: str) -> float:
    """Seconds to fetch every message in batches and parse each with mail-parser."""
    start = time.perf_counter()
    client = IMAPClient(server.host, server.imap_port, ssl=False, timeout=60)
    try:
        client.login(user, PASSWORD)
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search("ALL"))
        for first in range(0, len(uids), FETCH_BATCH):
            response = client.fetch(uids[first : first + FETCH_BATCH], ["BODY.PEEK[]"])
            for data in response.values():
                mailparser.parse_from_bytes(data[b"BODY[]"])
    finally:
        client.logout()
    return time.perf_counter() - start


def dsr_env(server: Dovecot, user: str, database: Path) -> dict[str, str]:
    """The environment of a ``dsr`` process on ``user``'s INBOX and an SQLite ``database``."""
    return {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "DSR_DATABASE__URL": f"sqlite:///{database}",
        "DSR_MAILBOX__HOST": server.host,
        "DSR_MAILBOX__PORT": str(server.imap_port),
        "DSR_MAILBOX__SECURITY": "plain",
        "DSR_MAILBOX__USERNAME": user,
        "DSR_MAILBOX__PASSWORD": PASSWORD,
    }


# The process's own peak, written at exit: wait4's ru_maxrss also counts what the process was
# before its exec, i.e. this benchmark with its 5,000 messages in memory.
_PEAK_AT_EXIT = """
import atexit, os
def _peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            with open(os.environ["DSR_BENCH_PEAK"], "w") as out:
                out.write(line.split()[1])
atexit.register(_peak)
from service.cli import main
main()
"""


def _dsr(*args: str, profile: Path | None = None) -> list[str]:
    prefix = [sys.executable]
    if profile is not None:
        prefix += ["-m", "cProfile", "-o", str(profile)]
        return [*prefix, "-m", "service.cli", *args]
    return [*prefix, "-c", _PEAK_AT_EXIT, *args]


def _peak(file: Path) -> int:
    """The peak RSS in bytes that a ``_dsr`` process wrote at exit (0 if it wrote none)."""
    try:
        return int(file.read_text()) * 1024
    except (OSError, ValueError):
        return 0


def _counts(database: Path) -> tuple[int, int, int]:
    """Messages stored, messages decided (classified or failed), cases."""
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30) as conn:
        stored, decided = conn.execute(
            "SELECT count(*), count(decision) + sum(status = 'failed') FROM messages"
        ).fetchone()
        (cases,) = conn.execute("SELECT count(*) FROM cases").fetchone()
    return int(stored), int(decided or 0), int(cases)


def _run_once(server: Dovecot, user: str, folder: Path, profile: Path | None = None) -> Run:
    """``dsr run --once`` from an empty database; its wall time and peak RSS."""
    database = folder / "bench.sqlite3"
    for leftover in folder.glob("bench.sqlite3*"):
        leftover.unlink()
    start = time.perf_counter()
    with (folder / "run.log").open("wb") as log:
        process = subprocess.Popen(
            _dsr("run", "--once", profile=profile),
            cwd=folder,
            env={**dsr_env(server, user, database), "DSR_BENCH_PEAK": str(folder / "peak")},
            stdout=log,
            stderr=log,
        )
    process.wait()
    seconds = time.perf_counter() - start
    if process.returncode != 0:
        tail = (folder / "run.log").read_text(errors="replace")[-2000:]
        raise SystemExit(f"dsr run --once failed ({process.returncode}):\n{tail}")
    stored, decided, _cases = _counts(database)
    return Run(seconds, _peak(folder / "peak"), stored, decided)


def _idle_request(index: int) -> bytes:
    return (
        f"From: Requester {index} <requester{index}@idle.example>\r\n"
        "To: info@acme-devices.example\r\n"
        f"Subject: Löschung meiner Daten ({index})\r\n"
        f"Message-ID: <idle-{index}-{time.time_ns()}@idle.example>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Sehr geehrte Damen und Herren,\r\n\r\nbitte löschen Sie mein Konto und alle zu "
        "meiner Person gespeicherten Daten gemäß Art. 17 DSGVO.\r\n\r\n"
        f"Mit freundlichen Grüßen\r\nRequester {index}\r\n"
    ).encode()


def _wait_for(predicate: object, timeout: float, step: float = 0.002) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if predicate():  # type: ignore[operator]
            return time.perf_counter()
        time.sleep(step)
    raise SystemExit(f"dsr run did not get there within {timeout} s")


def _idle_latency(server: Dovecot, folder: Path, trials: int) -> tuple[list[float], int, int]:
    """Seconds from APPEND to the message's case committed, per trial; cases; peak RSS."""
    user = server.add_user("idle")
    database = folder / "idle.sqlite3"
    with (folder / "idle.log").open("wb") as log:
        process = subprocess.Popen(
            _dsr("run"),
            cwd=folder,
            env={
                **dsr_env(server, user, database),
                "DSR_MAILBOX__IDLE": "true",
                "DSR_BENCH_PEAK": str(folder / "idle-peak"),
            },
            stdout=log,
            stderr=log,
        )
    latencies: list[float] = []
    try:
        _wait_for(lambda: database.exists() and _has_mailbox(database), 120, 0.05)
        # A first message loads the model; the trials measure the daemon's steady state.
        server.append(user, _idle_request(0))
        _wait_for(lambda: _counts(database)[1] == 1, 120, 0.01)
        for index in range(1, trials + 1):
            time.sleep(0.3)  # back in IDLE, as between real arrivals
            before = _counts(database)[2]
            raw = _idle_request(index)
            sent = time.perf_counter()
            server.append(user, raw)
            done = _wait_for(lambda b=before: _counts(database)[2] > b, 30)  # type: ignore[misc]
            latencies.append(done - sent)
        cases = _counts(database)[2]
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait()
    return latencies, cases, _peak(folder / "idle-peak")


def _has_mailbox(database: Path) -> bool:
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
            return bool(conn.execute("SELECT count(*) FROM mailboxes").fetchone()[0])
    except sqlite3.Error:
        return False


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--idle-trials", type=int, default=30)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--profile", type=Path, help="also run dsr run --once under cProfile")
    args = parser.parse_args()

    load_classifier(Thresholds())  # train into the cache once, outside the timings
    messages = make_messages(args.messages, seed=args.seed)
    sizes = [len(m) for m in messages]
    server = start_dovecot()
    folder = Path(tempfile.mkdtemp(prefix="dsr-bench-"))
    try:
        user = server.add_user("bench")
        _append_all(server, user, messages)
        n = len(messages)
        attachments = sum(b"Content-Disposition: attachment" in m for m in messages)
        print(
            f"messages: {n} ({sum(sizes) / MB:.0f} MB, {min(sizes) / 1024:.1f}-"
            f"{max(sizes) / 1024:.1f} KB, {attachments} with attachments), runs: {args.runs}, "
            f"mail store: {server.mail_root}"
        )
        reference = [_reference(server, user) for _ in range(args.runs)]
        runs = [_run_once(server, user, folder) for _ in range(args.runs)]
        for run in runs:
            if run.stored != n or run.decided != n:
                raise SystemExit(f"dsr run --once stored {run.stored}, decided {run.decided}")
        ref = statistics.median(reference)
        once = statistics.median(r.seconds for r in runs)
        print(
            f"reference (FETCH BODY.PEEK[] x{FETCH_BATCH} + mail-parser): median {ref:.2f} s"
            f" = {n / ref:.0f} msg/s"
        )
        print(
            f"dsr run --once (empty SQLite -> all stored and decided): median {once:.2f} s"
            f" = {n / once:.0f} msg/s"
        )
        print(f"ratio run/reference: {ref / once:.2f} (target >= 0.5)")
        print(f"peak RSS of dsr run --once: {max(r.peak_rss for r in runs) / MB:.0f} MB")

        latencies, cases, idle_rss = _idle_latency(server, folder, args.idle_trials)
        print(
            f"IDLE latency APPEND -> case committed ({len(latencies)} trials, {cases - 1} "
            f"cases): p50 {_percentile(latencies, 0.5):.3f} s, "
            f"p95 {_percentile(latencies, 0.95):.3f} s (target p95 <= 1.5 s); "
            f"peak RSS of dsr run: {idle_rss / MB:.0f} MB"
        )
        if args.profile is not None:
            _run_once(server, user, folder, profile=args.profile)
            print(f"\nprofile of dsr run --once written to {args.profile}; top 25 by own time:")
            pstats.Stats(str(args.profile)).sort_stats("tottime").print_stats(25)
    finally:
        server.stop()
        shutil.rmtree(server.mail_root, ignore_errors=True)
        shutil.rmtree(server.root, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
