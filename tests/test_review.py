"""Staff judging messages: triage (confirm, dismiss, skip) and relabel, as labels and cases."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from models import review
from models.audit import verify_chain
from models.db import make_engine, session_factory, transaction
from models.policy import Policy
from models.queue import counts, failed_messages
from models.review import ReviewError
from models.tables import Case, CaseStatus, Decision, Event, Mailbox, Message, MessageStatus
from service import digest as digests
from service.app import App
from service.cli import cli
from service.clock import FrozenClock
from service.config import load_settings

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
POLICY = Policy(ZoneInfo("Europe/Berlin"))
EVIL = "\x1b]8;;http://evil.example\x07[red]click[/red]\x1b[2J"

PREDICTION: dict[str, Any] = {
    "decision": "needs_triage",
    "score": 0.41,
    "categories": ["erasure"],
    "requester": {
        "name": "Ana Example",
        "address": "ana@example.org",
        "other_addresses": ["ana.old@example.org"],
        "account_ids": ["AC-1"],
        "agent": False,
        "minor": True,
    },
    "time_range": {"start": "2024-01-01", "end": None},
    "product": "FitBand",
    "jurisdiction": "LGPD",
    "place": "Brazil",
    "evidence": [{"kind": "phrase", "target": "erasure", "text": "delete", "weight": 0.7}],
}


def add_message(
    session: Session,
    n: int,
    decision: Decision = Decision.NEEDS_TRIAGE,
    *,
    subject: str = "About my data",
    body: str = "Please delete what you hold on my daughter.",
    received: datetime = T0,
) -> Message:
    box = session.scalar(select(Mailbox)) or Mailbox(
        name="info", kind="files", location="t", created_at=T0
    )
    message = Message(
        mailbox=box,
        content_sha256=f"sha-{n}",
        raw_size=1,
        received_at=received + timedelta(minutes=n),
        status=MessageStatus.PROCESSED,
        decision=decision,
        score=PREDICTION["score"],
        subject=subject,
        from_name="Ana Example",
        from_address="ana@example.org",
        body_text=body,
        language="en",
        prediction=dict(PREDICTION),
        created_at=T0,
        updated_at=T0,
    )
    session.add(message)
    session.flush()
    return message


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with transaction(session_factory(engine)) as s:
        yield s


def _actions(session: Session) -> list[tuple[str, str]]:
    return [(e.actor, e.action) for e in session.scalars(select(Event).order_by(Event.seq))]


def test_confirm_opens_a_case_from_the_prediction_and_stores_the_label(session: Session) -> None:
    message = add_message(session, 1)
    now = T0 + timedelta(days=1)
    case = review.confirm(
        session, message, ["Erasure", "objection", "erasure"], actor="maria", now=now, policy=POLICY
    )
    assert case.categories == ["erasure", "objection"]
    assert case.status is CaseStatus.NEW
    assert (case.requester_name, case.requester_address) == ("Ana Example", "ana@example.org")
    assert case.requester_ids == {"addresses": ["ana.old@example.org"], "accounts": ["AC-1"]}
    assert case.minor
    assert not case.agent
    assert (case.time_range_start, case.time_range_end) == (date(2024, 1, 1), None)
    assert (case.product, case.place, case.jurisdiction) == ("FitBand", "Brazil", "LGPD")
    assert case.due_at.astimezone(POLICY.zone).date() == date(2026, 3, 17)  # LGPD: 15 days
    assert message.decision is Decision.RELEVANT
    assert message.staff_relevant is True
    assert message.staff_categories == ["erasure", "objection"]
    assert (message.labelled_by, message.labelled_at) == ("maria", now)
    assert _actions(session) == [("maria", "case_opened"), ("maria", "triage_confirmed")]
    event = session.scalars(select(Event).where(Event.action == "triage_confirmed")).one()
    assert event.before == {
        "decision": "needs_triage",
        "staff_relevant": None,
        "staff_categories": None,
        "case": None,
        "case_categories": None,
    }
    assert event.after == {
        "decision": "relevant",
        "staff_relevant": True,
        "staff_categories": ["erasure", "objection"],
        "case": case.reference,
        "case_categories": ["erasure", "objection"],
    }
    with pytest.raises(ReviewError, match=r"message #\d+ is labelled by maria \(relevant\)"):
        review.confirm(session, message, ["access"], actor="bob", now=now, policy=POLICY)
    assert verify_chain(session)[1] == []


def test_confirm_needs_a_category_and_dismiss_labels_irrelevant(session: Session) -> None:
    message = add_message(session, 1)
    with pytest.raises(ReviewError, match="at least one category"):
        review.confirm(session, message, [" "], actor="maria", now=T0, policy=POLICY)
    assert review.triage_ids(session) == [message.id]
    review.dismiss(session, message, actor="bob", now=T0, reason="a newsletter")
    assert (message.decision, message.staff_relevant, message.staff_categories) == (
        Decision.IRRELEVANT,
        False,
        [],
    )
    assert message.case is None
    event = session.scalars(select(Event)).one()
    assert (event.action, event.reason, event.message_id) == (
        "triage_dismissed",
        "a newsletter",
        message.id,
    )
    assert review.triage_ids(session) == []
    with pytest.raises(ReviewError, match="use `dsr relabel`"):
        review.dismiss(session, message, actor="bob", now=T0)


def test_relabel_irrelevant_closes_the_case_and_relevant_opens_a_new_one(session: Session) -> None:
    message = add_message(session, 1)
    first = review.confirm(session, message, ["erasure"], actor="maria", now=T0, policy=POLICY)
    later = T0 + timedelta(days=2)
    review.relabel(
        session, message, False, [], actor="bob", now=later, policy=POLICY, reason="a sales pitch"
    )
    assert first.status is CaseStatus.CLOSED_NOT_A_REQUEST
    assert first.outcome_reason == "a sales pitch"
    assert (message.decision, message.staff_relevant) == (Decision.IRRELEVANT, False)
    with pytest.raises(ReviewError, match="already labelled irrelevant"):
        review.relabel(session, message, False, [], actor="bob", now=later, policy=POLICY)
    again = review.relabel(session, message, True, [], actor="li", now=later, policy=POLICY)
    assert again is not None
    assert again.id != first.id
    assert again.categories == ["erasure"]  # the closed case's categories, kept
    assert again.status is CaseStatus.NEW
    assert message.case is again
    assert [a for _, a in _actions(session)][-3:] == ["relabelled", "case_opened", "relabelled"]


def test_relabel_an_irrelevant_message_opens_a_case_and_updates_its_categories(
    session: Session,
) -> None:
    message = add_message(session, 1, Decision.IRRELEVANT)
    case = review.relabel(session, message, True, ["access"], actor="maria", now=T0, policy=POLICY)
    assert case is not None
    assert case.categories == ["access"]
    review.relabel(
        session, message, True, ["access", "portability"], actor="maria", now=T0, policy=POLICY
    )
    assert case.categories == ["access", "portability"]
    assert session.scalar(select(Case.id).where(Case.id != case.id)) is None
    with pytest.raises(ReviewError, match=r"already labelled relevant"):
        review.relabel(
            session, message, True, ["portability", "access"], actor="li", now=T0, policy=POLICY
        )


def test_relabelling_a_reply_keeps_the_case_open(session: Session) -> None:
    request = add_message(session, 1)
    case = review.confirm(session, request, ["access"], actor="maria", now=T0, policy=POLICY)
    reply = add_message(session, 2, Decision.RELEVANT)
    reply.case = case
    session.flush()
    review.relabel(session, reply, False, [], actor="maria", now=T0, policy=POLICY)
    assert case.status is CaseStatus.NEW
    assert reply.staff_relevant is False


def test_relabel_refuses_a_message_still_being_processed(session: Session) -> None:
    message = add_message(session, 1)
    message.status, message.decision = MessageStatus.STORED, None
    with pytest.raises(ReviewError, match=r"was not classified \(stored\)"):
        review.relabel(session, message, True, ["access"], actor="li", now=T0, policy=POLICY)


def add_failed(session: Session, n: int, **fields: Any) -> Message:
    """A message the pipeline could not read: no decision, no prediction, its error kept."""
    box = session.scalar(select(Mailbox)) or Mailbox(
        name="info", kind="files", location="t", created_at=T0
    )
    raw = b"\x00\xff not mail"
    message = Message(
        mailbox=box,
        content_sha256=f"sha-{n}",
        raw_compressed=zlib.compress(raw),
        raw_size=len(raw),
        received_at=T0 + timedelta(minutes=n),
        status=MessageStatus.FAILED,
        error="parse: no headers found: not an RFC 5322 message",
        attempts=2,
        created_at=T0,
        updated_at=T0,
        **fields,
    )
    session.add(message)
    session.flush()
    return message


def _failed_figures(session: Session, tmp_path: Path) -> tuple[list[int], int, int]:
    """What `dsr failed`, `dsr status` and the weekly digest count as failed."""
    config = tmp_path / "dsr.toml"
    config.write_text("", encoding="utf-8")
    settings = load_settings(config, environ={})
    digest = digests.collect(session, settings, "2026-W11", T0 + timedelta(days=14))
    failed = [m.id for m in failed_messages(session)]
    return failed, counts(session)["failed"], digest.failed_total


def test_a_failed_message_judged_irrelevant_is_failed_no_more(
    session: Session, tmp_path: Path
) -> None:
    message, other = add_failed(session, 1), add_failed(session, 2)
    assert _failed_figures(session, tmp_path) == ([message.id, other.id], 2, 2)
    later = T0 + timedelta(days=1)
    case = review.relabel(
        session, message, False, [], actor="maria", now=later, policy=POLICY, reason="junk"
    )
    assert case is None
    assert (message.status, message.decision, message.staff_relevant) == (
        MessageStatus.PROCESSED,
        Decision.IRRELEVANT,
        False,
    )
    assert (message.labelled_by, message.labelled_at, message.staff_categories) == (
        "maria",
        later,
        [],
    )
    # What failed and the bytes stay; only the staff's judgement is added.
    assert message.error == "parse: no headers found: not an RFC 5322 message"
    assert message.raw_compressed is not None
    assert zlib.decompress(message.raw_compressed) == b"\x00\xff not mail"
    assert _failed_figures(session, tmp_path) == ([other.id], 1, 1)
    event = session.scalars(select(Event)).one()
    assert (event.actor, event.action, event.reason, event.message_id) == (
        "maria",
        "relabelled",
        "junk",
        message.id,
    )
    assert event.before == {
        "status": "failed",
        "decision": None,
        "staff_relevant": None,
        "staff_categories": None,
    }
    assert event.after == {
        "status": "processed",
        "decision": "irrelevant",
        "staff_relevant": False,
        "staff_categories": [],
    }
    assert review.staff_labels(session) == []  # never classified: nothing to learn from
    assert verify_chain(session)[1] == []


def test_a_failed_message_judged_relevant_opens_a_case_from_the_stored_row(
    session: Session, tmp_path: Path
) -> None:
    message = add_failed(
        session,
        1,
        subject="Löschung",
        from_name="Ana Example",
        from_address="ana@example.org",
    )
    message.error = "classify: RuntimeError: boom"
    with pytest.raises(ReviewError, match=r"message #\d+: give the categories of the request"):
        review.relabel(session, message, True, [], actor="li", now=T0, policy=POLICY)
    assert (message.status, message.staff_relevant, message.decision) == (
        MessageStatus.FAILED,
        None,
        None,
    )
    assert session.scalars(select(Event)).all() == []
    later = T0 + timedelta(days=1)
    case = review.relabel(session, message, True, ["erasure"], actor="li", now=later, policy=POLICY)
    assert case is not None
    assert message.case is case
    assert (case.requester_name, case.requester_address, case.subject) == (
        "Ana Example",
        "ana@example.org",
        "Löschung",
    )
    assert case.categories == ["erasure"]
    assert case.received_at == message.received_at
    assert case.due_at.astimezone(POLICY.zone).date() == date(2026, 4, 2)  # one month
    assert (case.status, case.jurisdiction, case.language) == (CaseStatus.NEW, None, None)
    assert (message.status, message.decision, message.staff_relevant) == (
        MessageStatus.PROCESSED,
        Decision.RELEVANT,
        True,
    )
    assert message.error == "classify: RuntimeError: boom"
    assert _actions(session) == [("li", "case_opened"), ("li", "relabelled")]
    assert _failed_figures(session, tmp_path) == ([], 0, 0)
    assert verify_chain(session)[1] == []


class Desk:
    """A staff member at the CLI, typing into ``dsr triage``."""

    def __init__(self, database_url: str) -> None:
        self.env = {"DSR_DATABASE__URL": database_url, "DSR_DEADLINES__TIMEZONE": "Europe/Berlin"}
        self.engine = make_engine(database_url)

    def run(self, *args: str, input: str | None = None, who: str = "maria") -> Result:
        app = App(None, clock=FrozenClock(T0 + timedelta(days=1)))
        return CliRunner().invoke(
            cli, ["--as", who, *args], env=self.env, obj=app, input=input, catch_exceptions=False
        )


@pytest.fixture
def desk(database_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Desk]:
    monkeypatch.chdir(tmp_path)
    desk = Desk(database_url)
    with transaction(session_factory(desk.engine)) as s:
        add_message(s, 1, subject=EVIL, body="Line one.\n" + "x" * 1300 + "\nTHE END")
        add_message(s, 2, subject="Invoice 4711")
        add_message(s, 3, subject="Newsletter")
        add_message(s, 4, Decision.IRRELEVANT, subject="Spam")
    yield desk
    desk.engine.dispose()


def test_triage_walks_the_messages_and_shows_mail_inert(desk: Desk) -> None:
    result = desk.run("triage", input="v\nc\n\nx\nd\ns\n")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "[1/3] message #1, received 2026-03-02 10:01 CET," in out  # in the configured zone
    assert "score 0.410, predicted: erasure" in out
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "Subject: \\x1b]8;;http://evil.example\\x07[red]click[/red]\\x1b[2J" in out
    assert "… (118 more characters: v to view)" in out
    assert "THE END" in out  # shown by v
    assert (
        "Categories [erasure]: \nmessage #1: confirmed, DSR-2026-0001: new, due 2026-03-17" in out
    )
    assert "Error: 'x' is not one of" in out  # an unknown key asks again
    assert "message #2: dismissed (not a request)" in out
    assert out.endswith("Triage: 1 confirmed, 1 dismissed, 1 skipped; 1 still need triage.\n")
    again = desk.run("triage", input="c\nerasure, bogus\naccess objection\n")
    assert "Error: give one or more of: access, rectification" in again.output
    assert "message #3: confirmed, DSR-2026-0002" in again.output
    assert desk.run("triage").output == "Nothing needs triage.\n"
    with transaction(session_factory(desk.engine)) as s:
        labels = [
            (m.id, m.decision, m.staff_relevant, m.staff_categories, m.labelled_by)
            for m in s.scalars(select(Message).order_by(Message.id))
        ]
    assert labels == [
        (1, Decision.RELEVANT, True, ["erasure"], "maria"),
        (2, Decision.IRRELEVANT, False, [], "maria"),
        (3, Decision.RELEVANT, True, ["access", "objection"], "maria"),
        (4, Decision.IRRELEVANT, None, None, None),
    ]


def test_triage_stops_at_the_end_of_input(desk: Desk) -> None:
    result = desk.run("triage", input="")
    assert result.exit_code == 0
    assert result.output.endswith(
        "Triage: 0 confirmed, 0 dismissed, 0 skipped; 3 still need triage.\n"
    )


def test_relabel_from_the_command_line(desk: Desk) -> None:
    opened = desk.run("relabel", "4", "--relevant", "--category", "access")
    assert opened.output == (
        "message #4: labelled relevant (access); "
        "DSR-2026-0001: new, due 2026-03-17 (14 days left)\n"
    )
    closed = desk.run("relabel", "4", "--irrelevant", "--reason", "spam after all", who="bob")
    assert closed.output == "message #4: labelled irrelevant; DSR-2026-0001: closed_not_a_request\n"
    for args, error in [
        (("relabel", "4", "--irrelevant"), "Error: message #4 is already labelled irrelevant\n"),
        (("relabel", "99", "--relevant"), "Error: no message #99\n"),
    ]:
        refused = desk.run(*args)
        assert (refused.exit_code, refused.stderr) == (1, error)
    usage = desk.run("relabel", "4")
    assert usage.exit_code == 2
    assert "give --relevant or --irrelevant" in usage.stderr
    assert desk.run("audit", "verify").output.startswith("audit log intact: ")
