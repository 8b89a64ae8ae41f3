"""Replies join their case, a waiting case resumes, repeated requests are linked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, select

from classifier.predict import Classifier
from intake.pipeline import Outcome, Pipeline
from intake.sources import RawMessage
from models import lifecycle
from models.db import session_factory, transaction
from models.policy import Policy
from models.tables import Case, CaseStatus, Event
from models.threading import message_ids
from service.clock import FrozenClock
from tests.conftest import make_mail

ZONE = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 11, 2, 9, tzinfo=UTC)
REQUEST = make_mail(
    "Please delete my account",
    "Hello, please delete my account and all the personal data you hold about me.\n",
    sender="Ana Example <ana@example.org>",
    message_id="<req-1@example.org>",
    date=T0,
)


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(T0)


@pytest.fixture
def pipeline(engine: Engine, classifier: Classifier, clock: FrozenClock) -> Pipeline:
    return Pipeline(
        session_factory(engine), lambda: classifier, zone=ZONE, now=clock.now, max_chars=100_000
    )


def _cases(engine: Engine) -> list[Case]:
    with transaction(session_factory(engine)) as session:
        return list(session.scalars(select(Case).order_by(Case.id)))


def test_message_ids_reads_both_headers_in_order() -> None:
    assert message_ids("<a@x>", "<b@y> <a@x>\n <c@z>") == ["<a@x>", "<b@y>", "<c@z>"]
    assert message_ids(None, "no ids here") == []


def test_a_reply_joins_the_case_of_the_message_it_answers(
    engine: Engine, pipeline: Pipeline
) -> None:
    box = pipeline.mailbox_id("info", "files", "t")
    first = pipeline.ingest(box, RawMessage("1", REQUEST, received_at=T0))
    reply = make_mail(
        "Re: Please delete my account",
        "Any news? I would also like you to delete my account data everywhere.\n",
        sender="Ana Example <ana@example.org>",
        message_id="<req-2@example.org>",
        headers={"In-Reply-To": "<req-1@example.org>", "References": "<req-1@example.org>"},
    )
    second = pipeline.ingest(box, RawMessage("2", reply, received_at=T0 + timedelta(days=3)))
    assert second.joined
    assert second.case_reference == first.case_reference
    assert [c.reference for c in _cases(engine)] == [first.case_reference]
    with transaction(session_factory(engine)) as session:
        actions = list(session.scalars(select(Event.action).order_by(Event.seq)))
    assert actions[-1] == "reply_joined"


def test_the_case_reference_in_the_subject_joins_and_resumes_a_waiting_case(
    engine: Engine, pipeline: Pipeline, clock: FrozenClock
) -> None:
    box = pipeline.mailbox_id("info", "files", "t")
    reference = pipeline.ingest(box, RawMessage("1", REQUEST, received_at=T0)).case_reference
    with transaction(session_factory(engine)) as session:
        case = session.scalars(select(Case)).one()
        lifecycle.request_info(
            session, case, "verification", actor="maria", now=T0, policy=Policy(ZONE)
        )
    clock.advance(timedelta(days=4))
    answer = make_mail(
        f"AW: [{reference}] Identitätsnachweis",
        "Anbei mein Ausweis.\n",
        sender="Ana Example <ana@example.org>",
        message_id="<id-doc@example.org>",
    )
    result = pipeline.ingest(box, RawMessage("2", answer))
    assert result.joined
    case = _cases(engine)[0]
    assert case.status is CaseStatus.IN_PROGRESS
    assert case.paused_days == 4


def test_an_auto_reply_quoting_the_case_joins_but_does_not_resume(
    engine: Engine, pipeline: Pipeline
) -> None:
    box = pipeline.mailbox_id("info", "files", "t")
    reference = pipeline.ingest(box, RawMessage("1", REQUEST, received_at=T0)).case_reference
    with transaction(session_factory(engine)) as session:
        case = session.scalars(select(Case)).one()
        lifecycle.request_info(
            session, case, "clarification", actor="maria", now=T0, policy=Policy(ZONE)
        )
    auto = make_mail(
        f"Automatic reply: [{reference}] Your request",
        "I am out of the office until Monday.\n",
        sender="Ana Example <ana@example.org>",
        message_id="<ooo@example.org>",
        headers={"Auto-Submitted": "auto-replied"},
    )
    result = pipeline.ingest(box, RawMessage("2", auto))
    assert result.joined
    assert result.outcome is Outcome.IRRELEVANT
    assert _cases(engine)[0].status is CaseStatus.AWAITING_REQUESTER


def test_a_second_request_for_the_same_thing_is_linked_as_duplicate(
    engine: Engine, pipeline: Pipeline
) -> None:
    box = pipeline.mailbox_id("info", "files", "t")
    pipeline.ingest(box, RawMessage("1", REQUEST, received_at=T0))
    again = make_mail(
        "Delete my account!!",
        "I asked you last week: delete my account and all my personal data now.\n",
        sender="Ana Example <ANA@example.org>",
        message_id="<req-3@example.org>",
    )
    result = pipeline.ingest(box, RawMessage("3", again))
    assert result.outcome is Outcome.RELEVANT
    assert not result.joined
    first, second = _cases(engine)
    assert first.status is CaseStatus.NEW
    assert second.status is CaseStatus.CLOSED_DUPLICATE
    assert second.duplicate_of_id == first.id
    with transaction(session_factory(engine)) as session:
        open_cases = session.scalar(
            select(func.count()).select_from(Case).where(Case.status == CaseStatus.NEW)
        )
    assert open_cases == 1
    with transaction(session_factory(engine)) as session:
        closed = session.scalars(
            select(Event).where(Event.case_id == second.id).order_by(Event.seq.desc())
        ).first()
    # Same requester (whatever the case of the address), open original: no confirmation asked.
    assert closed is not None
    assert (closed.actor, closed.action) == ("dsr-intake", "closed_duplicate")
    assert closed.reason == f"duplicate of {first.reference}"
