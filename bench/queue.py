"""Staff commands on a big database: `dsr queue` (first page) and `dsr show` as whole processes.

Builds a SQLite database of 100,000 cases over three years (most closed, the newest ones
open), each with its message and a hash-chained timeline, by bulk inserts. Then runs each
command as its own process, as staff do, and prints the median wall time of several runs
against the targets (issue 5): queue < 0.5 s, show < 0.3 s. The floor is the time Python
itself takes to start.

    python -m bench.queue [--cases N] [--open-share F] [--runs R] [--keep DIR | --reuse DIR]

``--keep DIR`` builds the database in DIR and leaves it there; ``--reuse DIR`` times the
commands on the database an earlier ``--keep DIR`` run left, without building it again.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, func, insert, select

import migrations
from models.audit import GENESIS, event_hash
from models.cases import format_reference
from models.db import make_engine
from models.deadline import DEFAULT_RULE
from models.tables import AuditHead, Case, Event, Mailbox, Message

ZONE = ZoneInfo("Europe/Berlin")
CATEGORIES = ("access", "erasure", "objection", "rectification", "portability", "inquiry")
CLOSED = ("completed", "completed", "completed", "rejected", "closed_duplicate")
OPEN = ("new", "in_progress", "awaiting_requester")
BODY = (
    "Hello,\n\nunder Article 15 GDPR I ask for a copy of all personal data you hold about me, "
    "the purposes of processing and who you shared it with. My account is {n}@example.org.\n\n"
    "Regards,\nRequester {n}\n"
) * 3
TARGETS = {"queue": 0.5, "show": 0.3}


class Chain:
    """Appends events with the same hash chain `dsr audit verify` checks."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.prev = GENESIS

    def add(
        self,
        at: datetime,
        actor: str,
        action: str,
        case_id: int,
        message_id: int | None,
        after: dict[str, Any] | None = None,
        reason: str | None = None,
    ) -> None:
        row = {
            "id": len(self.rows) + 1,
            "seq": len(self.rows) + 1,
            "prev_hash": self.prev,
            "at": at.astimezone(UTC),
            "actor": actor,
            "action": action,
            "case_id": case_id,
            "message_id": message_id,
            "before": None,
            "after": after,
            "reason": reason,
        }
        row["hash"] = self.prev = event_hash(SimpleNamespace(**row))  # type: ignore[arg-type]
        self.rows.append(row)


def _rows(count: int, open_share: float, now: datetime) -> tuple[list[dict[str, Any]], ...]:
    rng = random.Random(5)
    start = now - timedelta(days=3 * 365)
    step = (now - start) / count
    first_open = int(count * (1 - open_share))
    cases: list[dict[str, Any]] = []
    messages: list[dict[str, Any]] = []
    chain = Chain()
    seqs: dict[int, int] = {}
    for i in range(count):
        received = start + step * i
        year = received.astimezone(ZONE).year
        seqs[year] = seq = seqs.get(year, 0) + 1
        due = DEFAULT_RULE.due(received, ZONE)
        status = rng.choice(OPEN) if i >= first_open else rng.choice(CLOSED)
        is_open = status in OPEN
        closed = None if is_open else received + timedelta(days=rng.randint(2, 40))
        cats = sorted(rng.sample(CATEGORIES, rng.choice((1, 1, 2))))
        cid = i + 1
        cases.append(
            {
                "id": cid,
                "reference": format_reference(year, seq),
                "year": year,
                "seq": seq,
                "status": status,
                "mailbox_id": 1,
                "requester_name": f"Requester {i}",
                "requester_address": f"r{i}@example.org",
                "categories": cats,
                "language": rng.choice(("en", "en", "de", "fr")),
                "subject": f"Request {i}",
                "received_at": received,
                "due_at": due,
                "base_due_at": due,
                "paused_days": 0,
                "identity_verified": not is_open,
                "agent": False,
                "minor": False,
                "assignee": None if status == "new" else rng.choice(("maria", "bob", "li")),
                "awaiting": "verification" if status == "awaiting_requester" else None,
                "outcome_reason": "no data held" if status == "rejected" else None,
                "closed_at": closed,
                "created_at": received,
                "updated_at": closed or received,
            }
        )
        messages.append(
            {
                "id": cid,
                "mailbox_id": 1,
                "content_sha256": f"{cid:064x}",
                "raw_size": 2000,
                "subject": f"Request {i}",
                "from_name": f"Requester {i}",
                "from_address": f"r{i}@example.org",
                "received_at": received,
                "body_text": BODY.format(n=i),
                "status": "processed",
                "decision": "relevant",
                "score": 0.97,
                "language": "en",
                "attempts": 1,
                "case_id": cid,
                "prediction": {
                    "score": 0.97,
                    "categories": cats,
                    "evidence": [
                        {
                            "kind": "phrase",
                            "target": "relevant",
                            "text": "article 15",
                            "weight": 1.2,
                        },
                        {
                            "kind": "rule",
                            "target": cats[0],
                            "text": "copy of all personal data",
                            "weight": 0.8,
                        },
                    ],
                },
                "created_at": received,
                "updated_at": received,
            }
        )
        chain.add(received, "dsr-intake", "case_opened", cid, cid, {"status": "new"})
        if status != "new":
            chain.add(
                received + timedelta(hours=3),
                "maria",
                "assigned",
                cid,
                None,
                {"assignee": cases[-1]["assignee"]},
            )
        if closed is not None:
            chain.add(closed, "maria", status, cid, None, {"status": status})
    return cases, messages, chain.rows


def build(path: Path, count: int, open_share: float) -> tuple[Engine, str, int]:
    """The database at ``path``; returns its engine, an open case's reference, events."""
    engine = make_engine(f"sqlite:///{path}")
    migrations.upgrade(engine)
    now = datetime.now(UTC)
    cases, messages, events = _rows(count, open_share, now)
    with engine.begin() as conn:
        conn.execute(
            insert(Mailbox),
            [{"id": 1, "name": "info", "kind": "files", "location": "bench", "created_at": now}],
        )
        for table, rows in ((Case, cases), (Message, messages), (Event, events)):
            for chunk in range(0, len(rows), 20_000):
                conn.execute(insert(table), rows[chunk : chunk + 20_000])
        last = events[-1]
        conn.execute(insert(AuditHead), [{"id": 1, "seq": last["seq"], "hash": last["hash"]}])
    middle_open = [c for c in cases if c["status"] != "new" and c["closed_at"] is None]
    return engine, middle_open[len(middle_open) // 2]["reference"], len(events)


def reuse(path: Path) -> tuple[str, int, int, int]:
    """What :func:`build` returned for the database at ``path``, read back from it.

    Returns the same open case's reference, the number of events, cases and open cases.
    """
    if not path.is_file():
        sys.exit(f"{path}: no database to reuse (build one with --keep)")
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            middle_open = conn.scalars(
                select(Case.reference)
                .where(Case.status != "new", Case.closed_at.is_(None))
                .order_by(Case.id)
            ).all()
            events = conn.scalar(select(func.count()).select_from(Event)) or 0
            cases = conn.scalar(select(func.count()).select_from(Case)) or 0
            still_open = conn.scalar(
                select(func.count()).select_from(Case).where(Case.closed_at.is_(None))
            )
    finally:
        engine.dispose()
    if not middle_open:
        sys.exit(f"{path}: no open case to show")
    return middle_open[len(middle_open) // 2], events, cases, still_open or 0


def timed(
    command: list[str], env: dict[str, str], cwd: Path, runs: int
) -> tuple[list[float], list[float]]:
    """Wall and CPU times of ``runs`` runs of ``command`` after one untimed warm-up."""
    walls, cpus = [], []
    for i in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, check=False)
        elapsed = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} failed: {done.stderr.decode()[-2000:]}")
        if i:
            walls.append(elapsed)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return walls, cpus


def _line(label: str, times: tuple[list[float], list[float]], target: float | None) -> str:
    walls, cpus = times
    median = statistics.median(walls)
    runs = " ".join(f"{t:.2f}" for t in walls)
    verdict = ""
    if target is not None:
        verdict = f"; target < {target} s: {'OK' if median < target else 'MISSED'}"
    return (
        f"{label:30} wall median {median:.3f} s (runs {runs}), "
        f"CPU median {statistics.median(cpus):.3f} s{verdict}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument(
        "--open-share",
        type=float,
        default=0.05,
        help="Share of the cases still open (the newest ones).",
    )
    parser.add_argument("--runs", type=int, default=5)
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--keep", type=Path, metavar="DIR", help="Build the database in DIR and keep it."
    )
    where.add_argument(
        "--reuse",
        type=Path,
        metavar="DIR",
        help="Time the database a --keep DIR run left; --cases and --open-share are ignored.",
    )
    args = parser.parse_args()
    if args.reuse is not None:
        folder = args.reuse
        path = folder / "bench.sqlite3"
        reference, events, cases, open_cases = reuse(path)
        made = "reused"
    else:
        folder = args.keep or Path(tempfile.mkdtemp(prefix="dsr-bench-"))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "bench.sqlite3"
        path.unlink(missing_ok=True)
        started = time.perf_counter()
        engine, reference, events = build(path, args.cases, args.open_share)
        engine.dispose()
        cases, open_cases = args.cases, round(args.cases * args.open_share)
        made = f"built in {time.perf_counter() - started:.1f} s"
    dsr = Path(sys.executable).with_name("dsr")
    base = [str(dsr)] if dsr.exists() else [sys.executable, "-m", "service.cli"]
    # Like an installed package, modules run from their compiled bytecode (the warm-up run
    # writes it): PYTHONDONTWRITEBYTECODE would recompile the project on every start.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("DSR_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env |= {
        "DSR_DATABASE__URL": f"sqlite:///{path}",
        "DSR_DEADLINES__TIMEZONE": str(ZONE),
        "COLUMNS": "160",
    }
    print(
        f"database: {cases} cases (~{open_cases} open), {cases} messages, "
        f"{events} events; {made} ({path.stat().st_size / 1e6:.0f} MB)"
    )
    print(
        f"runs: {args.runs} each, after one warm-up; machine: {os.cpu_count()} CPUs, "
        f"load {os.getloadavg()[0]:.2f}"
    )
    floor = timed([sys.executable, "-c", "pass"], env, folder, args.runs)
    queue = timed([*base, "queue"], env, folder, args.runs)
    show = timed([*base, "show", reference], env, folder, args.runs)
    print(_line("python start-up (floor)", floor, None))
    print(_line("dsr queue (first page of 50)", queue, TARGETS["queue"]))
    print(_line(f"dsr show {reference}", show, TARGETS["show"]))
    if args.keep is None and args.reuse is None:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
