"""Staff commands end to end: the lifecycle through the CLI, one-line refusals, the audit log."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import Engine, text

from models import lifecycle
from models.db import make_engine, session_factory, transaction
from models.lifecycle import LifecycleError
from models.queue import case_for_update
from service.app import App
from service.cli import cli
from service.clock import FrozenClock
from tests.conftest import make_mail

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


class Desk:
    """A staff member at the CLI, with a clock the test moves."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env
        self.clock = FrozenClock(T0)

    def run(self, *args: str, who: str = "maria", **env: str) -> Result:
        app = App(None, clock=self.clock)
        return CliRunner().invoke(
            cli, ["--as", who, *args], env={**self.env, **env}, obj=app, catch_exceptions=False
        )

    def receive(self, directory: Path, sender: str, subject: str, body: str) -> None:
        """Import one more request, received at T0."""
        mail = directory / f"{len(list(directory.glob('*.eml')))}.eml"
        message_id = f"<{mail.stem}-{sender.split('@')[0]}@example.org>"
        mail.write_bytes(make_mail(subject, body, sender=sender, message_id=message_id, date=T0))
        assert self.run("import", str(mail)).exit_code == 0

    def case(self, reference: str) -> dict[str, object]:
        data = json.loads(self.run("show", reference, "--json").stdout)
        assert isinstance(data, dict)
        return data


@pytest.fixture
def desk(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Desk:
    monkeypatch.chdir(tmp_path)
    env = {"DSR_DATABASE__URL": database_url, "DSR_DEADLINES__TIMEZONE": "Europe/Berlin"}
    desk = Desk(env)
    mail = tmp_path / "request.eml"
    mail.write_bytes(
        make_mail(
            "Delete my account",
            "Please delete my account and all personal data you hold about me.\n",
            date=T0,
        )
    )
    assert desk.run("import", str(mail)).exit_code == 0
    return desk


REF = "DSR-2026-0001"


def test_a_case_is_worked_from_new_to_completed(desk: Desk) -> None:
    assert desk.case(REF)["due_at"] == "2026-04-02T21:59:59.999999+00:00"
    assert desk.run("assign", REF, "bob").output == (
        f"{REF}: in_progress, assigned to bob, due 2026-04-02 (31 days left)\n"
    )
    desk.clock.advance(timedelta(days=2))
    asked = desk.run("request-info", REF, "--what", "verification", "--reason", "copy of ID")
    assert asked.output.startswith(f"{REF}: awaiting_requester (verification), paused,")
    desk.clock.advance(timedelta(days=5))
    assert desk.run("verify", REF, "--how", "ID card").exit_code == 0
    case = desk.case(REF)
    assert case["status"] == "in_progress"
    assert case["paused_days"] == 5
    assert case["due_at"].startswith("2026-04-07")
    refused = desk.run("reject", REF, "--reason", "bored")
    assert refused.exit_code == 1
    assert refused.stderr.startswith(
        "Error: rejection reason must be one of: identity not verified;"
    )
    assert refused.stderr.count("\n") == 1
    assert desk.run("note", REF, "sent the export").exit_code == 0
    done = desk.run("complete", REF, who="bob")
    assert done.output == f"{REF}: completed, assigned to bob\n"
    actions = [(e["actor"], e["action"]) for e in desk.case(REF)["events"]]  # type: ignore[union-attr]
    assert actions == [
        ("dsr-intake", "case_opened"),
        ("maria", "assigned"),
        ("maria", "requested_info"),
        ("maria", "identity_verified"),
        ("maria", "note"),
        ("bob", "completed"),
    ]
    assert desk.run("audit", "verify").output.startswith("audit log intact: ")


def test_extension_is_pending_until_notified(desk: Desk) -> None:
    pending = desk.run("extend", REF, "--reason", "data spread over three systems")
    assert "extension pending notice" in pending.output
    assert "due 2026-04-02" in pending.output
    queued = json.loads(desk.run("queue", "--json").stdout)[0]
    assert queued["state"] == "new, extension pending notice"
    notified = desk.run("extend", REF, "--notice-sent")
    assert "extended" in notified.output
    assert "due 2026-04-16" in notified.output  # receipt + 45 days
    again = desk.run("extend", REF, "--reason", "more")
    assert again.exit_code == 1
    assert "allows one" in again.stderr


def test_refusals_are_one_line_and_change_nothing(desk: Desk) -> None:
    before = desk.case(REF)
    for args, message in [
        (("complete", REF), "identity not verified; verify it first or give --override REASON"),
        (("resume", REF), "is neither paused nor waiting for the requester"),
        (("jurisdiction", REF, "XX"), "unknown jurisdiction 'XX'"),
        (("close", REF, "--duplicate-of", "DSR-2026-0099"), "no case 'DSR-2026-0099'"),
        (("assign", "DSR-1999-0001", "bob"), "no case 'DSR-1999-0001'"),
    ]:
        result = desk.run(*args)
        assert result.exit_code == 1, args
        assert result.stderr.count("\n") == 1, args
        assert message in result.stderr, args
    assert desk.case(REF) == before
    usage = desk.run("close", REF)
    assert usage.exit_code == 2


def test_queue_filters(desk: Desk) -> None:
    def refs(*args: str) -> list[str]:
        return [c["reference"] for c in json.loads(desk.run("queue", "--json", *args).stdout)]

    assert refs() == [REF]
    assert refs("--category", "erasure") == [REF]
    assert refs("--category", "portability") == []
    assert refs("--overdue") == []
    assert refs("--due-within", "40") == [REF]
    assert refs("--due-within", "3") == []
    desk.clock.advance(timedelta(days=40))
    assert refs("--overdue") == [REF]
    desk.run("assign", REF, "bob")
    assert refs("--assignee", "bob") == [REF]
    assert refs("--assignee", "eve") == []
    assert refs("--status", "new") == []
    desk.run("close", REF, "--not-a-request")
    assert refs() == []
    assert refs("--status", "closed_not_a_request") == [REF]


def test_a_tampered_audit_log_fails_verification(desk: Desk) -> None:
    desk.run("note", REF, "first note")
    engine = make_engine(desk.env["DSR_DATABASE__URL"])
    with engine.begin() as conn:
        conn.execute(text("UPDATE events SET actor = 'mallory' WHERE action = 'note'"))
    engine.dispose()
    result = desk.run("audit", "verify")
    assert result.exit_code == 1
    assert "content does not match its hash (edited)" in result.stderr
    assert "Error: audit log damaged: 1 problem(s) in" in result.stderr


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_two_staff_completing_at_once_one_wins(desk: Desk, engine: Engine) -> None:
    factory = session_factory(engine)
    locked, release = threading.Event(), threading.Event()
    outcomes: dict[str, str] = {}

    def first() -> None:
        with transaction(factory) as session:
            case = case_for_update(session, REF)
            assert case is not None
            lifecycle.complete(session, case, actor="ann", now=T0, override_reason="phone")
            locked.set()
            release.wait(5)
        outcomes["ann"] = "completed"

    def second() -> None:
        locked.wait(5)
        try:
            with transaction(factory) as session:
                case = case_for_update(session, REF)  # blocks until ann commits
                assert case is not None
                lifecycle.complete(session, case, actor="ben", now=T0, override_reason="phone")
            outcomes["ben"] = "completed"
        except LifecycleError as exc:
            outcomes["ben"] = str(exc)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    locked.wait(5)
    release.set()
    for t in threads:
        t.join(10)
    assert outcomes == {"ann": "completed", "ben": f"{REF} is completed: cannot complete it"}


def _events(desk: Desk, reference: str) -> list[dict[str, object]]:
    events = desk.case(reference)["events"]
    assert isinstance(events, list)
    return events


def _refused(result: Result, message: str, exit_code: int = 1) -> None:
    assert result.exit_code == exit_code, result.output
    assert result.stderr.count("\n") == 1, result.stderr
    assert message in result.stderr


def test_a_rejection_reason_matches_whatever_its_case(desk: Desk) -> None:
    assert desk.run("reject", REF, "--reason", "No data held").output.startswith(f"{REF}: rejected")
    assert desk.case(REF)["outcome_reason"] == "no data held"


def test_duplicates_point_at_an_open_case_of_the_same_requester(desk: Desk, tmp_path: Path) -> None:
    other = "DSR-2026-0002"
    desk.receive(
        tmp_path,
        "Bo Example <bo@example.org>",
        "Erase my data",
        "Please erase my account and every piece of personal data you store about me.\n",
    )
    assert desk.case(other)["status"] == "new"
    _refused(
        desk.run("close", other, "--duplicate-of", REF),
        f"Error: {other} and {REF} are not from the same requester address",
    )
    usage = desk.run("close", REF, "--not-a-request", "--different-requester")
    assert usage.exit_code == 2
    assert "Error: --different-requester goes with --duplicate-of REF" in usage.stderr
    closed = desk.run("close", other, "--duplicate-of", REF, "--different-requester")
    assert closed.output == f"{other}: closed_duplicate\n"
    assert _events(desk, other)[-1]["reason"] == (
        f"duplicate of {REF} from a different requester (confirmed by staff)"
    )
    # The way back would be a cycle: two requests closed and neither answered.
    before = desk.case(REF)
    _refused(
        desk.run("close", REF, "--duplicate-of", other, "--different-requester"),
        f"Error: {other} is closed (closed_duplicate); a duplicate must point at an open case",
    )
    assert desk.case(REF) == before


def test_the_clock_pauses_only_while_waiting_and_when_the_setting_is_on(desk: Desk) -> None:
    _refused(
        desk.run("pause", REF),
        f"Error: {REF}: the clock pauses only while waiting for the requester (dsr request-info)",
    )
    off = {"DSR_DEADLINES__PAUSE_WHILE_WAITING": "false"}
    asked = desk.run("request-info", REF, "--what", "clarification", **off)
    assert asked.output.startswith(f"{REF}: awaiting_requester (clarification), due")
    _refused(desk.run("pause", REF, **off), f"Error: {REF}: deadlines.pause_while_waiting is off")
    assert desk.case(REF)["paused"] is False
    assert desk.run("pause", REF).output.startswith(
        f"{REF}: awaiting_requester (clarification), paused,"
    )
    assert "pause_while_waiting" in desk.run("pause", "--help").output


def test_a_jurisdiction_change_keeps_a_notified_extension(desk: Desk) -> None:
    assert desk.run("jurisdiction", REF, "CCPA").exit_code == 0
    extended = desk.run("extend", REF, "--reason", "three systems", "--notice-sent")
    assert "due 2026-05-31" in extended.output  # receipt + 90 days
    changed = desk.run("jurisdiction", REF, "LGPD")
    assert changed.output == (
        f"{REF}: new, extended, due 2026-05-31 (90 days left); kept the extended deadline "
        "2026-05-31 already notified to the requester (LGPD allows no extension)\n"
    )
    case = desk.case(REF)
    assert case["due_at"] == "2026-05-31T21:59:59.999999+00:00"
    extension = case["extension"]
    assert isinstance(extension, dict)
    assert extension["due_at"] == "2026-05-31T21:59:59.999999+00:00"


def test_a_paused_case_can_be_extended_after_its_first_due_date(desk: Desk) -> None:
    desk.clock.advance(timedelta(days=20))
    assert desk.run("request-info", REF, "--what", "verification").exit_code == 0
    desk.clock.advance(timedelta(days=15))  # past 2 April, but the clock stood still
    extended = desk.run("extend", REF, "--reason", "three systems", "--notice-sent")
    assert extended.exit_code == 0, extended.stderr
    assert "due 2026-05-01" in extended.output  # 16 April + the 15 days paused so far


def test_a_blank_actor_or_assignee_is_refused(desk: Desk) -> None:
    before = desk.case(REF)
    _refused(
        desk.run("note", REF, "x", who="   "),
        "Error: --as (or DSR_STAFF) is blank: give the name of who is acting",
        exit_code=2,
    )
    _refused(desk.run("assign", REF, ""), f"Error: {REF}: give the name of the person")
    assert desk.case(REF) == before
    assert desk.run("note", REF, "x", who=" bob ").exit_code == 0
    assert _events(desk, REF)[-1]["actor"] == "bob"
