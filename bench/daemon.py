"""``dsr run`` as a service: memory over a big backlog, and scale-out on PostgreSQL.

Part 1: a backlog of --messages (default 20,000) realistic messages (2-50 KB, a third with
attachments; tests/mailgen.py) in a Dovecot whose mail store is in /dev/shm, worked by one
``dsr run`` daemon process on SQLite. Prints its RSS (current and peak so far, from
/proc/PID/status) when 5k, 10k and 20k messages are stored, and the throughput.

Part 2: two mailboxes of --pg-messages each, on a throwaway PostgreSQL cluster, worked by two
``dsr run`` processes: the total throughput, how the mailboxes were shared out, and the time
until another process takes a mailbox over after its holder is SIGKILLed (on the same host a
dead holder is recognised at once), and after a holder hangs (SIGSTOP: its lease runs out).

    python -m bench.daemon [--messages 20000] [--pg-messages 3000] [--skip-sqlite] [--skip-pg]
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, func, select, text

from bench.ingest import dsr_env
from classifier.predict import Thresholds
from models.db import make_engine
from models.tables import Mailbox, Message
from service.model_cache import load_classifier
from tests.conftest import postgres_cluster
from tests.dovecot import PASSWORD, Dovecot, start_dovecot
from tests.mailgen import make_messages

REPO = Path(__file__).resolve().parent.parent
CHUNK = 500
MB = 1024 * 1024
LEASE_SECONDS = 15


def _append(server: Dovecot, user: str, count: int, seed: int) -> None:
    """Generate and append in chunks, so the generator never holds the whole backlog."""
    with server.client(user) as client:
        for start in range(0, count, CHUNK):
            batch = make_messages(min(CHUNK, count - start), seed=seed + start, start=start)
            client.multiappend("INBOX", batch)


def _rss(pid: int) -> tuple[int, int]:
    """(current, peak) resident set size of ``pid`` in bytes."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        fields[key] = value.strip()
    return int(fields["VmRSS"].split()[0]) * 1024, int(fields["VmHWM"].split()[0]) * 1024


def _start(args: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-c", "from service.cli import main; main()", *args],
            cwd=log.parent,
            env=env,
            stdout=out,
            stderr=out,
        )


def _wait(predicate: Callable[[], bool], timeout: float, step: float = 0.5) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(step)
    raise SystemExit("timed out")


def sqlite_backlog(server: Dovecot, folder: Path, count: int) -> None:
    user = server.add_user("backlog")
    started = time.perf_counter()
    _append(server, user, count, seed=1)
    print(f"part 1: {count} messages appended in {time.perf_counter() - started:.0f} s")
    database = folder / "daemon.sqlite3"
    env = dsr_env(server, user, database)
    log = folder / "part1.log"
    process = _start(["run"], env, log)
    started = time.perf_counter()
    marks = sorted({m for m in (5_000, 10_000, 20_000, count) if m <= count})
    first_at: float | None = None
    stored = 0
    while marks:
        if process.poll() is not None:
            raise SystemExit(f"dsr run exited {process.returncode}: {log.read_text()[-2000:]}")
        if database.exists():
            try:
                with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=30) as conn:
                    stored = int(conn.execute("SELECT count(*) FROM messages").fetchone()[0])
            except sqlite3.OperationalError:
                stored = 0  # the schema is being created
        if stored and first_at is None:
            first_at = time.perf_counter()
        current, peak = _rss(process.pid)
        while marks and stored >= marks[0]:
            elapsed = time.perf_counter() - started
            print(
                f"  {marks[0]:>6} stored after {elapsed:6.1f} s: RSS {current / MB:5.0f} MB, "
                f"peak so far {peak / MB:5.0f} MB"
            )
            marks.pop(0)
        time.sleep(0.5)
    seconds = time.perf_counter() - (first_at or started)
    print(
        f"  throughput {count / seconds:.0f} msg/s from the first message stored "
        f"({count / (time.perf_counter() - started):.0f} msg/s including start-up); "
        f"target peak RSS < 250 MB"
    )
    process.send_signal(signal.SIGTERM)
    print(f"  SIGTERM: exit code {process.wait(timeout=120)}")


def postgres_scale_out(server: Dovecot, folder: Path, count: int) -> None:
    users = {"info": server.add_user("info"), "privacy": server.add_user("privacy")}
    for n, user in enumerate(users.values()):
        _append(server, user, count, seed=100_000 * (n + 1))
    with postgres_cluster() as admin_url:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text('CREATE DATABASE "bench"'))
        admin.dispose()
        url = admin_url.rsplit("/", 1)[0] + "/bench"
        config = folder / "dsr.toml"
        config.write_text(
            "".join(
                f'[[mailbox]]\nname = "{name}"\nhost = "{server.host}"\n'
                f'port = {server.imap_port}\nsecurity = "plain"\nusername = "{user}"\n\n'
                for name, user in users.items()
            )
            + f"[daemon]\nlease_seconds = {LEASE_SECONDS}\n",
            encoding="utf-8",
        )
        config.chmod(0o600)
        env = {
            **os.environ,
            "PYTHONPATH": str(REPO),
            "DSR_CONFIG": str(config),
            "DSR_DATABASE__URL": url,
            **{f"DSR_MAILBOX_{name.upper()}__PASSWORD": PASSWORD for name in users},
        }
        subprocess.run(
            [sys.executable, "-c", "from service.cli import main; main()", "db", "upgrade"],
            env=env,
            check=True,
            capture_output=True,
        )
        engine = make_engine(url)

        def stored() -> dict[str, int]:
            with engine.connect() as conn:
                rows = conn.execute(
                    select(Mailbox.name, func.count(Message.id))
                    .join(Message, Message.mailbox_id == Mailbox.id)
                    .group_by(Mailbox.name)
                )
                return {name: int(n) for name, n in rows}

        def holders() -> dict[str, str | None]:
            with engine.connect() as conn:
                return {n: h for n, h in conn.execute(select(Mailbox.name, Mailbox.lease_holder))}

        processes = {}
        logs = [folder / f"part2-{n}.log" for n in range(2)]
        for log in logs:
            process = _start(["run"], env, log)
            processes[process.pid] = process

        def alive(predicate: Callable[[], bool]) -> Callable[[], bool]:
            def check() -> bool:
                for process in processes.values():
                    if process.poll() is not None:
                        tails = "\n".join(log.read_text()[-1500:] for log in logs)
                        raise SystemExit(f"dsr run exited {process.returncode}:\n{tails}")
                return predicate()

            return check

        started = time.perf_counter()
        _wait(alive(lambda: sum(stored().values()) >= 2 * count // 3), 1800)
        by_holder: dict[str, list[str]] = {}
        for name, holder in holders().items():
            by_holder.setdefault(str(holder), []).append(name)
        print(f"part 2: two processes, two mailboxes of {count}: shared out as {by_holder}")
        _wait(alive(lambda: sum(stored().values()) >= 2 * count), 1800)
        seconds = time.perf_counter() - started
        print(
            f"  total {2 * count} messages in {seconds:.0f} s: {2 * count / seconds:.0f} msg/s "
            f"(both processes, from their start)"
        )

        def holder_pid() -> int:
            return int(str(holders()["info"]).split(":")[1])

        def moved_from(pid: int) -> Callable[[], bool]:
            return lambda: holders()["info"] is not None and holder_pid() != pid

        # A hung holder (SIGSTOP: alive, not renewing) is replaced when its lease runs out.
        stalled = holder_pid()
        stopped = time.perf_counter()
        processes[stalled].send_signal(signal.SIGSTOP)
        _wait(moved_from(stalled), 600, step=0.05)
        print(
            f"  takeover from a stalled holder of info (SIGSTOP): "
            f"{time.perf_counter() - stopped:.1f} s (lease {LEASE_SECONDS} s)"
        )
        processes[stalled].send_signal(signal.SIGCONT)
        # A dead holder on the same host is replaced without waiting for the lease.
        victim = holder_pid()
        killed = time.perf_counter()
        processes[victim].send_signal(signal.SIGKILL)
        processes.pop(victim).wait()
        _wait(alive(moved_from(victim)), 600, step=0.05)
        print(
            f"  takeover after SIGKILL of the holder of info: "
            f"{time.perf_counter() - killed:.1f} s (target < 60 s)"
        )
        for process in processes.values():
            process.send_signal(signal.SIGTERM)
            print(f"  SIGTERM: exit code {process.wait(timeout=120)}")
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=20_000)
    parser.add_argument("--pg-messages", type=int, default=3_000)
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--skip-pg", action="store_true")
    args = parser.parse_args()
    load_classifier(Thresholds())  # train (or load) once, before any process is timed
    server = start_dovecot()
    try:
        with tempfile.TemporaryDirectory(prefix="dsr-bench-daemon-") as tmp:
            folder = Path(tmp)
            if not args.skip_sqlite:
                sqlite_backlog(server, folder, args.messages)
            if not args.skip_pg:
                postgres_scale_out(server, folder, args.pg_messages)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
