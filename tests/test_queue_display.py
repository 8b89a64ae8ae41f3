"""How `dsr queue` and `dsr show` look: fitted to the terminal, filters checked, nothing cut
without saying so."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select
from sqlalchemy.orm import Session

import migrations
from models.cases import CaseFacts, open_case
from models.db import make_engine, session_factory, transaction
from models.enums import MessageStatus
from models.policy import Policy
from models.tables import Mailbox, Message
from service.app import App
from service.cli import cli
from service.clock import FrozenClock

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
POLICY = Policy(__import__("zoneinfo").ZoneInfo("Europe/Berlin"))
LONG_ADDRESS = "rafael.tavares.da.silva.pereira@caixapostal.example"


def _cases(session: Session, count: int, body: str = "Please send me my data.") -> None:
    box = Mailbox(name="info", kind="files", location="x", created_at=T0)
    session.add(box)
    for n in range(count):
        message = Message(
            mailbox=box,
            content_sha256=f"{n:064d}",
            raw_size=1,
            received_at=T0 + timedelta(hours=n),
            status=MessageStatus.PROCESSED,
            subject=f"Auskunft nach Art. 15 DSGVO über meine gespeicherten Daten Nr. {n}",
            language="de",
            body_text=body,
            created_at=T0,
            updated_at=T0,
        )
        session.add(message)
        session.flush()
        open_case(
            session,
            message=message,
            categories=["access", "erasure", "portability"],
            policy=POLICY,
            now=T0,
            actor="dsr-intake",
            facts=CaseFacts(address=LONG_ADDRESS if n == 0 else f"r{n}@example.org"),
        )


@pytest.fixture
def url(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'dsr.sqlite3'}"
    engine = make_engine(url)
    migrations.upgrade(engine)
    with transaction(session_factory(engine)) as session:
        _cases(session, 3, body="Bitte um Auskunft. " * 400 + "The last sentence.")
    engine.dispose()
    return url


def _run(url: str, *args: str, columns: int = 160) -> Result:
    return CliRunner().invoke(
        cli,
        list(args),
        obj=App(None, clock=FrozenClock(T0 + timedelta(days=1))),
        env={"DSR_DATABASE__URL": url, "COLUMNS": str(columns)},
    )


@pytest.mark.parametrize("columns", [72, 80, 100, 120, 150, 160, 200])
def test_the_queue_fits_the_terminal_and_shows_every_address_whole(url: str, columns: int) -> None:
    result = _run(url, "queue", columns=columns)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= columns
    # Folded, perhaps, but every character there: nothing cropped at the edge.
    assert LONG_ADDRESS in _column(lines, "Requester")
    for reference in ("DSR-2026-0001", "DSR-2026-0002", "DSR-2026-0003"):
        assert reference in result.output
    if columns >= 100:
        rows = [line for line in lines if line.startswith("│")]
        assert len(rows) >= 3
        assert all(line.endswith("│") for line in rows)  # the right edge is there


def _column(lines: list[str], header: str) -> str:
    """The text of one column of a rendered table, its folded pieces joined."""
    top = next(i for i, line in enumerate(lines) if header in line and "Reference" in line)
    start = lines[top].index(header)
    rest = lines[top][start + len(header) :]
    gap = len(rest) - len(rest.lstrip(" "))
    end = start + len(header) + (rest.index("┃") if "┃" in rest else gap)
    if end == start + len(header):  # the last column
        end = len(lines[top])
    return "".join(line[start:end].strip() for line in lines[top + 1 :])


def test_queue_filters_are_checked_and_say_when_nothing_matches(url: str) -> None:
    bad = _run(url, "queue", "--category", "nonsense")
    assert bad.exit_code == 2
    assert "'nonsense' is not one of" in bad.output
    assert "DSR-2026-0001" in _run(url, "queue", "--category", "Erasure").output
    assert "DSR-2026-0001" in _run(url, "queue", "--language", "DE").output
    for args in (["--language", "fr"], ["--assignee", "nobody"], ["--due-within", "0"]):
        assert _run(url, "queue", *args).output == "No cases match.\n", args


def test_closed_cases_are_listed_as_closed_not_counting_down(url: str) -> None:
    engine = make_engine(url)
    with transaction(session_factory(engine)) as session:
        from models import lifecycle
        from models.tables import Case

        case = session.scalars(select(Case).where(Case.reference == "DSR-2026-0002")).one()
        lifecycle.complete(session, case, actor="t", now=T0, override_reason="by phone")
    engine.dispose()
    result = _run(url, "queue", "--status", "completed")
    assert result.output.startswith("Cases: completed (1)")
    row = next(line for line in result.output.splitlines() if "DSR-2026-0002" in line)
    assert "closed" in row


def test_show_says_when_a_message_is_longer_than_it_prints(url: str) -> None:
    result = _run(url, "show", "DSR-2026-0001")
    assert result.exit_code == 0
    assert "The last sentence." not in result.output
    assert "more characters not shown: dsr show DSR-2026-0001 --json has the whole text" in (
        " ".join(result.output.replace("│", " ").split())
    )
    whole = _run(url, "show", "DSR-2026-0001", "--json")
    assert "The last sentence." in whole.stdout


def test_crlf_line_ends_are_line_ends_and_a_lone_cr_stays_visible(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'dsr.sqlite3'}"
    engine = make_engine(url)
    migrations.upgrade(engine)
    with transaction(session_factory(engine)) as session:
        _cases(session, 1, body="Hello,\r\nplease delete my account.\r\nfake\rline\r\n")
    engine.dispose()
    text = _run(url, "show", "DSR-2026-0001").output
    assert "\\x0d" in text  # the lone CR, shown inert
    assert text.count("\\x0d") == 1
    assert "please delete my account." in text
