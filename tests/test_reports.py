"""The regulator's figures and the export, on a seeded database; the paged queue."""

from __future__ import annotations

import csv
import io
import json
import stat
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select
from sqlalchemy.orm import Session

import migrations
from models import lifecycle as lc
from models.cases import open_case
from models.db import make_engine, session_factory, transaction
from models.policy import Policy
from models.reports import EXPORT_COLUMNS, Period, PeriodError, parse_period
from models.tables import Case, Mailbox, Message, MessageStatus
from models.views import direct_reader, queue_page
from service.app import App
from service.cli import cli
from service.cli_review import csv_text
from service.clock import FrozenClock

ZONE = ZoneInfo("Europe/Berlin")
POLICY = Policy(ZONE)
NOW = datetime(2027, 1, 31, 12, 0, tzinfo=UTC)
INJECTION = "=cmd|' /C calc'!A0"


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_periods() -> None:
    assert parse_period("2026") == Period(date(2026, 1, 1), date(2026, 12, 31), "2026")
    assert parse_period("2026-q4") == Period(date(2026, 10, 1), date(2026, 12, 31), "2026-Q4")
    assert parse_period("2024-02") == Period(date(2024, 2, 1), date(2024, 2, 29), "2024-02")
    assert parse_period(" 2026-01-15..2026-03-01 ") == Period(
        date(2026, 1, 15), date(2026, 3, 1), "2026-01-15..2026-03-01"
    )
    assert parse_period("2026-Q1").bounds(ZONE) == (
        datetime(2026, 1, 1, tzinfo=ZONE),
        datetime(2026, 4, 1, tzinfo=ZONE),
    )
    for bad, message in [
        ("2026-13", "no month 13"),
        ("2026-03-01..2026-01-01", "ends before it starts"),
        ("2026-03..2026-04", "give dates as YYYY-MM-DD..YYYY-MM-DD"),
        ("last year", "give YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD..YYYY-MM-DD"),
    ]:
        with pytest.raises(PeriodError, match=message):
            parse_period(bad)


def test_csv_cells_cannot_become_formulas() -> None:
    cells = ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "safe", " =x", 5, None, True, ["a", "b"]]
    columns = [f"c{i}" for i in range(len(cells))]
    text = csv_text([dict(zip(columns, cells, strict=True))], columns)
    assert text.split("\r\n")[1] == "'=1+2,'+1,'-1,'@SUM(A1),'\tx,\"'\rx\",safe,' =x,5,,true,a;b"
    assert next(csv.reader(io.StringIO(text.split("\r\n", 1)[1])))[5] == "'\rx"


def _case(session: Session, received: str, categories: list[str], **kw: str) -> Case:
    box = session.scalar(select(Mailbox)) or Mailbox(
        name="info", kind="files", location="t", created_at=NOW
    )
    message = Message(
        mailbox=box,
        content_sha256=received,
        raw_size=1,
        received_at=at(received),
        status=MessageStatus.PROCESSED,
        subject=kw.get("subject", "My data"),
        language="en",
        created_at=NOW,
        updated_at=NOW,
    )
    session.add(message)
    session.flush()
    return open_case(
        session,
        message=message,
        categories=categories,
        policy=POLICY,
        now=at(received),
        actor="dsr-intake",
        jurisdiction=kw.get("jurisdiction"),
    )


def seed(session: Session) -> None:
    """Eight cases; seven received in 2026-Q4 (Berlin time), one just before it."""
    _case(session, "2026-09-30T21:30", ["access"])  # 23:30 in Berlin: Q3
    a = _case(session, "2026-10-05T10:00", ["access"], subject=INJECTION)
    b = _case(session, "2026-10-10T08:00", ["erasure", "objection"])
    lc.reject(session, b, "no data held", actor="bob", now=at("2026-11-25T09:00"), policy=POLICY)
    c = _case(session, "2026-11-02T09:00", ["access"], jurisdiction="CCPA")
    lc.verify_identity(
        session, c, actor="li", now=at("2026-11-03T09:00"), policy=POLICY, reason=None
    )
    lc.complete(session, c, actor="li", now=at("2026-11-12T09:00"))
    _case(session, "2026-11-20T09:00", ["erasure"])  # still open, overdue
    e = _case(session, "2026-12-01T09:00", ["inquiry"])
    lc.close_not_a_request(session, e, actor="li", now=at("2026-12-02T09:00"))
    g = _case(session, "2026-09-30T22:30", ["portability"])  # 00:30 on 1 October in Berlin
    lc.close_as_duplicate(
        session, g, a, actor="li", now=at("2026-10-06T09:00"), different_requester=True
    )
    # A duplicate points at an open case: a is completed only after g was linked to it.
    lc.complete(session, a, actor="maria", now=at("2026-10-21T10:00"), override_reason="@SUM(1+1)")
    h = _case(session, "2026-12-05T09:00", ["access"])
    extended = at("2026-12-20T09:00")
    lc.extend(
        session, h, "three systems", actor="li", now=extended, policy=POLICY, notice_sent=True
    )
    lc.complete(session, h, actor="li", now=at("2027-01-15T09:00"), override_reason="by phone")


class Desk:
    def __init__(self, database_url: str) -> None:
        self.env = {"DSR_DATABASE__URL": database_url, "DSR_DEADLINES__TIMEZONE": "Europe/Berlin"}

    def run(self, *args: str) -> Result:
        app = App(None, clock=FrozenClock(NOW))
        return CliRunner().invoke(cli, list(args), env=self.env, obj=app, catch_exceptions=False)


@pytest.fixture
def desk(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    monkeypatch.chdir(tmp_path)
    engine = make_engine(database_url)
    with transaction(session_factory(engine)) as session:
        seed(session)
    engine.dispose()
    return Desk(database_url)


def test_report_gives_the_regulators_figures(desk: Desk) -> None:
    data = json.loads(desk.run("report", "--period", "2026-Q4", "--json").stdout)
    assert data == {
        "period": {"label": "2026-Q4", "start": "2026-10-01", "end": "2026-12-31"},
        "received": 7,
        "requests": 5,
        "by_category": {"access": 3, "erasure": 2, "inquiry": 1, "objection": 1, "portability": 1},
        "by_outcome": {
            "new": 1,
            "awaiting_requester": 0,
            "in_progress": 0,
            "completed": 3,
            "rejected": 1,
            "closed_duplicate": 1,
            "closed_not_a_request": 1,
        },
        "rejection_reasons": {"no data held": 1},
        "answered": 4,
        "median_days_to_respond": 28.5,  # 10, 16, 41 (extended), 46 (late)
        "mean_days_to_respond": 28.25,
        "answered_within_deadline": 3,
        "share_within_deadline": 0.75,
        "extended": 1,
        "open": 1,
        "open_overdue": 1,
    }
    text = desk.run("report", "--period", "2026-Q4").output
    assert text.splitlines()[0] == (
        "Period 2026-Q4 (2026-10-01 to 2026-12-31): 7 cases received, 5 of them requests"
    )
    assert "Answered (completed or rejected): 4; days to respond: median 28.5, mean 28.25\n" in text
    assert "Answered within the deadline: 3 of 4 (75.0%)\n" in text
    assert "    rejected: no data held: 1\n" in text
    assert text.endswith("Extended: 1; still open: 1 (1 overdue)\n")
    october = json.loads(desk.run("report", "--period", "2026-10", "--json").stdout)
    assert (october["received"], october["answered"], october["median_days_to_respond"]) == (
        3,
        2,
        31,
    )
    assert json.loads(desk.run("report", "--json").stdout)["period"]["label"] == "2027"
    bad = desk.run("report", "--period", "Q4")
    assert bad.exit_code == 2
    assert "cannot read period 'Q4'" in bad.stderr


def test_export_is_csv_safe_against_formulas(desk: Desk, tmp_path: Path) -> None:
    out = tmp_path / "cases.csv"
    result = desk.run("export", "--period", "2026-Q4", "--output", str(out))
    assert result.stderr == f"7 cases written to {out}\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    lines = out.read_bytes().decode().split("\r\n")
    assert lines[0] == ",".join(EXPORT_COLUMNS)
    assert lines[1].startswith("DSR-2026-0007,2026-10-01T00:30:00+02:00,")
    assert lines[2] == (
        "DSR-2026-0002,2026-10-05T12:00:00+02:00,2026-11-05T23:59:59+01:00,"
        "2026-11-05T23:59:59+01:00,2026-10-21T12:00:00+02:00,completed,'@SUM(1+1),access,,en,,"
        "false,false,0,16,true,'=cmd|' /C calc'!A0"
    )
    assert len(lines) == 9  # header, seven cases, and the empty string after the last CRLF
    everything = desk.run("export", "--format", "json").stdout
    rows = json.loads(everything)
    assert [r["reference"] for r in rows][:2] == ["DSR-2026-0001", "DSR-2026-0007"]
    late = next(r for r in rows if r["reference"] == "DSR-2026-0003")
    assert late["subject"] == "My data"
    assert (late["days_to_respond"], late["answered_within_deadline"]) == (46, False)
    assert late["categories"] == ["erasure", "objection"]
    extended = next(r for r in rows if r["reference"] == "DSR-2026-0008")
    assert (extended["extended"], extended["due_at"]) == (True, "2027-01-19T23:59:59+01:00")
    assert rows[0]["subject"] == "My data"
    assert next(r for r in rows if r["reference"] == "DSR-2026-0002")["subject"] == INJECTION


def test_the_queue_is_paged_and_filters_categories_in_sql(desk: Desk, database_url: str) -> None:
    engine = make_engine(database_url)
    with transaction(session_factory(engine)) as session:
        for day in range(1, 8):
            _case(session, f"2027-01-{day:02d}T09:00", ["consent_withdrawal"])
        _case(session, "2027-01-08T09:00", ["access", "erasure"])
    engine.dispose()
    with direct_reader(database_url, migrations.HEAD) as reader:
        assert reader is not None

        def references(**filters: Any) -> list[str]:
            return [c.reference for c in queue_page(reader, **filters)[0]]

        cases, total = queue_page(reader, limit=3, offset=3)
        assert ([c.reference for c in cases], total) == (
            ["DSR-2027-0002", "DSR-2027-0003", "DSR-2027-0004"],
            10,
        )
        assert len(references(category="consent_withdrawal")) == 7
        assert references(category="consent") == []
        assert references(category="consent%withdrawal") == []
        assert references(category="consent!withdrawal") == []
        assert references(category="consent_withdrawa_") == []
        assert references(category="erasure") == ["DSR-2026-0005", "DSR-2027-0008"]
        assert queue_page(reader, limit=50, offset=20) == ([], 10)
        assert references(offset=8) == ["DSR-2027-0007", "DSR-2027-0008"]
    first = json.loads(desk.run("queue", "--json", "--limit", "4").stdout)
    assert [c["reference"] for c in first] == [
        "DSR-2026-0001",  # received in Q3 and never answered: overdue, on top
        "DSR-2026-0005",
        "DSR-2027-0001",
        "DSR-2027-0002",
    ]
    paged = desk.run("queue", "--json", "--limit", "4", "--offset", "4")
    assert paged.stderr == "cases 5-8 of 10; more with --offset 8\n"
    assert len(json.loads(desk.run("queue", "--json", "--all").stdout)) == 10
    table = desk.run("queue", "--limit", "2", "--category", "erasure").output
    assert "Showing" not in table
    assert "DSR-2027-0008" in table
    last = desk.run("queue", "--offset", "8").output
    assert last.endswith("Showing cases 9-10 of 10 (or --all)\n")
    assert desk.run("queue", "--offset", "10").output == "No cases match.\n"
