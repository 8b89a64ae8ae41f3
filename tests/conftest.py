"""Shared fixtures: real databases (SQLite and a throwaway PostgreSQL cluster), sample mail.

Every database test runs twice, on SQLite and on PostgreSQL. The PostgreSQL server is the
one named by ``DSR_TEST_POSTGRES_URL`` or else a cluster this suite starts on a free port
and removes at the end (DESIGN.md, "Real components").
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, create_engine, make_url, text

import migrations
from classifier.predict import Classifier, Thresholds
from intake.pipeline import Pipeline
from models.db import make_engine, session_factory
from service.clock import FrozenClock
from service.model_cache import load_classifier

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "demo" / "messages"


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    # The model cache of the suite is its own, so a run always trains once from the corpus.
    os.environ["DSR_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))
    return


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _postgres_bin() -> Path:
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if not candidates:
        pytest.fail(
            "PostgreSQL is not installed: install Debian's 'postgresql' package "
            "(`make test` does this when run as root) or set DSR_TEST_POSTGRES_URL"
        )
    return candidates[-1].parent


@contextlib.contextmanager
def postgres_cluster() -> Iterator[str]:
    """A throwaway PostgreSQL server on a free port; yields its ``postgres`` database URL."""
    bindir = _postgres_bin()
    root = Path(tempfile.mkdtemp(prefix="dsr-pg-"))
    data = root / "data"
    as_user: list[str] = []
    if os.geteuid() == 0:
        # initdb refuses to run as root; the cluster belongs to Debian's postgres user.
        shutil.chown(root, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    port = _free_port()
    subprocess.run(
        [
            *as_user,
            str(bindir / "initdb"),
            "--no-sync",
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--locale=C",
            "-D",
            str(data),
        ],
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {root} -c fsync=off -c listen_addresses=127.0.0.1"
    subprocess.run(
        [
            *as_user,
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(root / "log"),
            "-w",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    """A URL to the ``postgres`` database of a server the tests may create databases on."""
    configured = os.environ.get("DSR_TEST_POSTGRES_URL")
    if configured:
        yield configured
        return
    with postgres_cluster() as url:
        yield url


@pytest.fixture(scope="session")
def postgres_template(postgres_admin_url: str) -> str:
    """Name of a database migrated to head, copied for each test (fast: no re-migration)."""
    name = f"dsr_template_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    engine = make_engine(str(make_url(postgres_admin_url).set(database=name)))
    migrations.upgrade(engine)
    engine.dispose()
    return name


def _new_postgres_database(admin_url: str, template: str | None) -> str:
    name = f"dsr_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        clause = f' TEMPLATE "{template}"' if template else ""
        conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
    admin.dispose()
    return str(make_url(admin_url).set(database=name).render_as_string(hide_password=False))


def _drop_postgres_database(admin_url: str, url: str) -> None:
    name = make_url(url).database
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request: pytest.FixtureRequest) -> str:
    """The database backend a test runs on: every database test runs on both."""
    return str(request.param)


@pytest.fixture
def empty_database_url(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[str]:
    """A URL to a database of its own with no tables."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    admin_url = request.getfixturevalue("postgres_admin_url")
    url = _new_postgres_database(admin_url, None)
    yield url
    _drop_postgres_database(admin_url, url)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to a database of its own at the current schema."""
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'dsr.sqlite3'}"
        engine = make_engine(url)
        migrations.upgrade(engine)
        engine.dispose()
        yield url
        return
    admin_url = request.getfixturevalue("postgres_admin_url")
    url = _new_postgres_database(admin_url, request.getfixturevalue("postgres_template"))
    yield url
    _drop_postgres_database(admin_url, url)


@pytest.fixture(scope="session")
def classifier() -> Classifier:
    """The bundled model, trained once into the suite's cache."""
    return load_classifier(Thresholds())


def make_pipeline(
    engine: Engine, classifier: Classifier, now: datetime, zone: str = "Europe/Berlin"
) -> Pipeline:
    """A pipeline on ``engine`` whose clock stands at ``now``."""
    return Pipeline(
        session_factory(engine),
        lambda: classifier,
        zone=ZoneInfo(zone),
        now=FrozenClock(now).now,
        max_chars=200_000,
    )


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on a migrated database of the test's own."""
    eng = make_engine(database_url)
    yield eng
    eng.dispose()


def make_mail(
    subject: str,
    body: str,
    *,
    sender: str = "Ana Example <ana@example.org>",
    date: datetime | None = None,
    message_id: str | None = "<m1@example.org>",
    headers: dict[str, str] | None = None,
) -> bytes:
    """A small RFC 5322 message written for a test."""
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "info@acme-devices.example"
    msg["Subject"] = subject
    if date is not None:
        msg["Date"] = format_datetime(date)
    if message_id is not None:
        msg["Message-ID"] = message_id
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()
