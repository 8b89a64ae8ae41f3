"""The weekly digest and daily reminders: contents, parts, chart, sent once per week/day."""

from __future__ import annotations

import email
import email.policy
import json
import threading
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import lifecycle
from models.db import session_factory, transaction
from models.outbox import DigestRun, OutboxMail, OutboxStatus
from models.tables import Case, Decision, Mailbox, Message, MessageStatus
from service import digest as digests
from service import outbox
from service.errors import DsrError
from tests.test_mailer import SmtpServer, smtp_server  # noqa: F401  (fixtures)
from tests.test_notices import STAFF, MailDesk, add_request, text_of

NOW = datetime(2026, 3, 9, 9, 0, tzinfo=UTC)  # Monday of 2026-W11, 10:00 in Berlin
WEEK = "2026-W11"


def _day(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 11, 0, tzinfo=UTC)


def _message(desk: MailDesk, subject: str, received: datetime, **fields: object) -> None:
    with desk.session() as session:
        mailbox = session.scalars(select(Mailbox)).first()
        session.add(
            Message(
                mailbox=mailbox,
                content_sha256=uuid.uuid4().hex,
                raw_size=10,
                subject=subject,
                from_address="someone@example.org",
                received_at=received,
                created_at=received,
                updated_at=received,
                **{"status": MessageStatus.PROCESSED, **fields},
            )
        )


def lifecycle_case(session: Session, reference: str) -> Case:
    return session.scalars(select(Case).where(Case.reference == reference)).one()


def _seed(desk: MailDesk) -> None:
    policy = desk.settings.policy()
    with desk.session() as session:

        def case(month: int, day: int, category: str) -> object:
            return add_request(
                session, policy, received=_day(month, day), categories=(category, "access")
            )

        case(2, 2, "access")  # 0001: overdue since 2 March
        case(2, 12, "erasure")  # 0002: due 12 March
        closed = case(2, 20, "access")  # 0003: completed this week
        paused = case(3, 3, "portability")  # 0004: new, waiting for the requester (paused)
        case(3, 4, "access")  # 0005: new
        extended = case(3, 5, "erasure")  # 0006: new, extension pending notice
        at = _day(3, 6)
        lifecycle.complete(session, closed, actor="t", now=at, override_reason="phone")  # type: ignore[arg-type]
        lifecycle.request_info(session, paused, "clarification", actor="t", now=at, policy=policy)  # type: ignore[arg-type]
        lifecycle.extend(session, extended, "three systems", actor="t", now=at, policy=policy)  # type: ignore[arg-type]
    for n, subject in enumerate(["Lunch?", "<b>Newsletter</b>", "Invoice 12"]):
        _message(desk, subject, _day(3, 3 + n), decision=Decision.IRRELEVANT)
    _message(desk, "Old news", _day(2, 1), decision=Decision.IRRELEVANT)
    _message(desk, "Is this about my data?", _day(3, 7), decision=Decision.NEEDS_TRIAGE)
    _message(desk, "Broken", _day(3, 8), status=MessageStatus.FAILED, error="bad MIME")


@pytest.fixture
def desk(
    database_url: str,
    smtp_server: SmtpServer,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MailDesk]:
    monkeypatch.chdir(tmp_path)
    desk = MailDesk(database_url, smtp_server, digest__recipients=json.dumps([STAFF]))
    desk.clock.advance(NOW - desk.clock.now())
    _seed(desk)
    yield desk
    desk.engine.dispose()


def test_the_digest_counts_what_staff_must_know(desk: MailDesk) -> None:
    with desk.session() as session:
        digest = digests.collect(
            session, desk.settings, WEEK, digests.issue_time(WEEK, desk.settings)
        )
    assert digest.summary() == {
        "open": 5,
        "overdue": 1,
        "due_soon": 1,
        "new": 3,
        "extended": 1,
        "paused": 1,
        "closed": 1,
        "needs_triage": 1,
        "irrelevant": 3,
        "failed": 1,
        "outbox_failed": 0,
    }
    assert [c.reference for c in digest.overdue] == ["DSR-2026-0001"]
    assert digest.overdue[0].days == -7
    assert sorted(digest.new_by_category) == [("access", 1), ("erasure", 1), ("portability", 1)]
    assert digest.irrelevant_sample == ["Invoice 12", "<b>Newsletter</b>", "Lunch?"]
    weeks = dict(digest.chart)
    assert list(weeks) == [f"2026-W{n:02d}" for n in range(4, 12)]
    assert weeks["2026-W06"] == {"access": 1}
    assert weeks["2026-W10"] == {"portability": 1, "access": 1, "erasure": 1}
    assert weeks["2026-W11"] == {}


def test_a_past_weeks_digest_lists_the_cases_open_then(desk: MailDesk) -> None:
    with desk.session() as session:
        # Since that week: 0001 completed, a new case, the triage message dismissed.
        first = lifecycle_case(session, "DSR-2026-0001")
        lifecycle.complete(session, first, actor="t", now=_day(3, 20), override_reason="phone")
        add_request(session, desk.settings.policy(), received=_day(3, 18), categories=("access",))
        waiting = session.scalars(
            select(Message).where(Message.decision == Decision.NEEDS_TRIAGE)
        ).one()
        waiting.staff_relevant, waiting.labelled_at = False, _day(3, 19)
    with desk.session() as session:
        then = digests.collect(
            session, desk.settings, WEEK, digests.issue_time(WEEK, desk.settings)
        )
        now = digests.collect(session, desk.settings, "2026-W13", _day(3, 23))
    assert then.summary()["open"] == 5  # as the week's digest said: 0001 still open then
    assert [c.reference for c in then.overdue] == ["DSR-2026-0001"]
    assert "DSR-2026-0007" not in {c.reference for c in then.due_soon + then.overdue}
    assert then.triage_total == 1
    assert [c.reference for c in then.paused] == ["DSR-2026-0004"]
    assert now.summary()["open"] == 5  # 0001 closed, 0007 new
    assert "DSR-2026-0001" not in {c.reference for c in now.overdue + now.due_soon}
    assert now.triage_total == 0


def test_preview_prints_the_text_part(desk: MailDesk) -> None:
    result = desk.run("digest", "--preview", "--week", WEEK)
    assert result.exit_code == 0, result.output
    text = result.output
    assert text.startswith("Subject: DSR digest 2026-W11: 5 open, 1 overdue, 3 new\n")
    assert "2026-03-02 08:00 to 2026-03-09 08:00 (Europe/Berlin)" in text
    overdue = text.index("OVERDUE (1)\n  DSR-2026-0001  due 2026-03-02    7 days overdue")
    assert overdue < text.index("DUE IN THE NEXT 7 DAYS (1)\n  DSR-2026-0002")
    assert "EXTENDED (1)\n  DSR-2026-0006  due 2026-04-05  new, extension pending notice" in text
    assert "PAUSED (1)\n  DSR-2026-0004" in text
    assert "CLOSED (1)\n  completed" in text
    assert "WAITING IN NEEDS TRIAGE (1)\n" in text
    assert "Is this about my data?" in text
    assert "JUDGED IRRELEVANT: 3 messages" in text
    assert "  - <b>Newsletter</b>\n" in text
    assert "FAILED MESSAGES (1)\n" in text
    assert "bad MIME" in text
    bad = desk.run("digest", "--week", "2026-48")
    assert bad.exit_code == 2
    assert "expected an ISO week like 2026-W48" in bad.stderr


def test_the_sent_digest_has_text_html_and_an_inline_chart(desk: MailDesk) -> None:
    sent = desk.run("digest", "--send", "--week", WEEK)
    assert sent.exit_code == 0, sent.output
    assert sent.output == f"digest {WEEK} (outbox #1): sent\n"
    (got,) = desk.server.inbox.received
    assert got.recipients == [STAFF]
    message = got.message
    assert message["Auto-Submitted"] == "auto-generated"
    assert message.get_content_type() == "multipart/alternative"
    text, related = message.iter_parts()
    assert isinstance(text, EmailMessage)
    assert isinstance(related, EmailMessage)
    assert text.get_content_type() == "text/plain"
    assert related.get_content_type() == "multipart/related"
    html, image = related.iter_parts()
    assert isinstance(html, EmailMessage)
    assert isinstance(image, EmailMessage)
    assert image.get_content_type() == "image/png"
    png = image.get_content()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    cid = image["Content-ID"].strip("<>")
    body = html.get_content()
    assert f'src="cid:{cid}"' in body
    assert "&lt;b&gt;Newsletter&lt;/b&gt;" in body  # text from mail is escaped
    assert "<b>Newsletter</b>" not in body
    again = desk.run("digest", "--send", "--week", WEEK)
    assert again.exit_code == 1
    assert again.stderr == (
        f"Error: the digest of {WEEK} was already sent (outbox #1; see `dsr outbox --all`)\n"
    )


def test_two_schedulers_send_the_weeks_digest_once(desk: MailDesk) -> None:
    factory = session_factory(desk.engine)
    settings = desk.settings
    start = threading.Barrier(2)
    queued: list[int] = []

    def scheduler() -> None:
        start.wait(5)
        with transaction(factory) as session:
            queued.append(digests.queue_scheduled(session, settings, NOW)["digest"])
        outbox.deliver(factory, settings, lambda: NOW)

    threads = [threading.Thread(target=scheduler) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(queued) == [0, 1]
    restarted = desk.run("send-outbox", "--once")  # a restarted daemon, later that week
    desk.clock.advance(timedelta(days=3))
    assert "0 digest" in restarted.output
    assert "0 digest" in desk.run("send-outbox", "--once").output
    digests_sent = [m for m in desk.server.inbox.messages() if "digest" in m["Subject"]]
    assert len(digests_sent) == 1
    with desk.session() as session:
        run = session.scalars(select(DigestRun)).one()
        assert (run.week, run.summary["overdue"] if run.summary else None) == (WEEK, 1)
    desk.clock.advance(timedelta(days=4))  # the next Monday, 10:00: the next week's digest
    assert "1 digest" in desk.run("send-outbox", "--once").output


def test_reminders_go_once_a_day_to_the_assignee_or_the_staff(desk: MailDesk) -> None:
    desk.env["DSR_DIGEST__STAFF_ADDRESSES"] = json.dumps({"bob": "bob@acme-devices.example"})
    desk.env["DSR_DIGEST__RECIPIENTS"] = "[]"
    assert desk.run("assign", "DSR-2026-0002", "bob").exit_code == 0
    with desk.session() as session:
        early = NOW.replace(hour=6)  # 07:00 in Berlin: before reminder_time
        assert digests.queue_reminders(session, desk.settings, early) == []
    desk.env["DSR_DIGEST__RECIPIENTS"] = json.dumps([STAFF])
    with desk.session() as session:
        queued = digests.queue_reminders(session, desk.settings, NOW)
        assert sorted(m.recipients[0] for m in queued) == ["bob@acme-devices.example", STAFF]
        assert digests.queue_reminders(session, desk.settings, NOW + timedelta(hours=5)) == []
    with desk.session() as session:
        tomorrow = digests.queue_reminders(session, desk.settings, NOW + timedelta(days=1))
        assert len(tomorrow) == 2
        count = session.scalar(select(func.count()).select_from(OutboxMail))
        assert count == 4
    # Today's two reminders and the week's digest; tomorrow's wait for tomorrow.
    assert "1 digest, 0 reminders; sent 3," in desk.run("send-outbox", "--once").output
    bobs = [m for m in desk.server.inbox.messages() if m["To"] == "bob@acme-devices.example"]
    assert bobs[0]["Subject"] == "DSR reminder 2026-03-09: 1 case due soon or overdue"
    assert "DSR-2026-0002  due 2026-03-12  3 days left" in text_of(bobs[0])


class _Outline(HTMLParser):
    """The <h3> headings of an HTML part, each with the number of <table>s under it."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, int] = {}
        self._heading: str | None = None
        self._current: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "h3":
            self._heading = ""
        elif tag == "table" and self._current is not None:
            self.sections[self._current] += 1

    def handle_data(self, data: str) -> None:
        if self._heading is not None:
            self._heading += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "h3" and self._heading is not None:
            self._current, self._heading = self._heading, None
            self.sections[self._current] = 0


def _outline(html: str) -> dict[str, int]:
    parser = _Outline()
    parser.feed(html)
    return parser.sections


def test_the_html_part_has_its_case_tables_and_escapes_text_from_mail(desk: MailDesk) -> None:
    _message(desk, "<script>alert(1)</script>", _day(3, 8), decision=Decision.NEEDS_TRIAGE)
    preview = desk.run("digest", "--preview", "--html", "--week", WEEK)
    assert preview.exit_code == 0, preview.output
    assert desk.run("digest", "--send", "--week", WEEK).exit_code == 0
    (got,) = desk.server.inbox.received
    part = got.message.get_body(("html",))
    assert isinstance(part, EmailMessage)
    for html in (preview.output, part.get_content()):
        sections = _outline(html)
        # Each case section is a heading and a table, not their escaped source as text.
        for title in ("Overdue (1)", "Due in the next 7 days (1)", "Extended (1)", "Paused (1)"):
            assert sections[title] == 1, (title, sections)
        assert "<td>DSR-2026-0001</td>" in html
        assert "&lt;h3&gt;" not in html
        assert "&lt;table" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "<script" not in html
        assert "&lt;b&gt;Newsletter&lt;/b&gt;" in html
        assert "<b>Newsletter</b>" not in html


def test_a_week_that_has_not_begun_is_refused(desk: MailDesk) -> None:
    for mode in ("--preview", "--send"):
        result = desk.run("digest", mode, "--week", "2027-W01")
        assert result.exit_code == 2, result.output
        assert result.stderr.endswith(
            "Error: Invalid value for --week: 2027-W01 has not begun yet (this week is 2026-W11)\n"
        )
    with desk.session() as session:
        with pytest.raises(DsrError, match=r"^2026-W12 has not begun yet"):
            digests.queue_digest(session, desk.settings, NOW, week="2026-W12", actor="t")
        assert session.scalar(select(func.count()).select_from(DigestRun)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxMail)) == 0
    # Sunday 23:30 in UTC is Monday 00:30 in Berlin: the configured zone says W12 has begun.
    desk.clock.advance(datetime(2026, 3, 15, 23, 30, tzinfo=UTC) - desk.clock.now())
    assert desk.run("digest", "--week", "2026-W12").exit_code == 0
    assert desk.run("digest", "--week", "2026-W13").exit_code == 2


def test_a_chart_that_cannot_be_written_is_one_line(desk: MailDesk, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "c.png"
    result = desk.run("digest", "--preview", "--chart", str(target))
    assert result.exit_code == 1
    assert (
        result.stderr == f"Error: cannot write the chart to {target}: No such file or directory\n"
    )
    assert result.stdout == ""
    written = tmp_path / "c.png"
    assert desk.run("digest", "--preview", "--chart", str(written)).exit_code == 0
    assert written.read_bytes().startswith(b"\x89PNG")


def test_a_second_send_says_what_became_of_the_first(desk: MailDesk) -> None:
    both = desk.run("digest", "--send", "--preview")
    assert both.exit_code == 2
    assert both.stderr.endswith("Error: give --preview or --send, not both\n")
    del desk.env["DSR_SMTP__HOST"]  # queued, not sent
    assert desk.run("digest", "--send").output.startswith(f"digest {WEEK} (outbox #1): queued (")
    again = desk.run("digest", "--send")
    assert again.exit_code == 1
    assert again.stderr == (
        f"Error: the digest of {WEEK} is already queued and not sent yet "
        "(outbox #1; see `dsr outbox`)\n"
    )
    with desk.session() as session:
        mail = session.get(OutboxMail, 1)
        mail.status = OutboxStatus.FAILED
    assert desk.run("digest", "--send").stderr == (
        f"Error: the digest of {WEEK} was already queued but could not be sent (outbox #1): "
        "`dsr outbox --retry 1` tries again\n"
    )


def test_closed_counts_line_up(desk: MailDesk) -> None:
    with desk.session() as session:
        case = lifecycle_case(session, "DSR-2026-0005")
        lifecycle.close_not_a_request(session, case, actor="t", now=_day(3, 7))
    text = desk.run("digest", "--week", WEEK).output
    section = text.split("CLOSED (2)\n", 1)[1].split("\n\n", 1)[0]
    assert section.splitlines() == [
        "  closed_not_a_request   1",
        "  completed              1",
    ]


def test_a_paused_clock_does_not_run_in_the_digest_or_the_reminders(desk: MailDesk) -> None:
    policy = desk.settings.policy()
    with desk.session() as session:
        # 0007, due 5 March, waits from 1 March: 4 days before its deadline.
        early = add_request(session, policy, received=_day(2, 5), categories=("access",))
        lifecycle.request_info(
            session, early, "verification", actor="t", now=_day(3, 1), policy=policy
        )
        # 0001, due 2 March, waits from 4 March: 2 days after its deadline.
        late = lifecycle_case(session, "DSR-2026-0001")
        lifecycle.request_info(
            session, late, "verification", actor="t", now=_day(3, 4), policy=policy
        )
    for days_later in (0, 1, 2):
        with desk.session() as session:
            digest = digests.collect(session, desk.settings, WEEK, NOW + timedelta(days_later))
        overdue = {c.reference: c for c in digest.overdue}
        due_soon = {c.reference: c for c in digest.due_soon}
        assert list(overdue) == ["DSR-2026-0001"]
        assert overdue["DSR-2026-0001"].days == -2  # as overdue as when it was paused
        assert list(due_soon) == ["DSR-2026-0002", "DSR-2026-0007"]  # earliest due first
        assert due_soon["DSR-2026-0007"].days == 4  # as many days left as when it was paused
        moved = date(2026, 3, 13) + timedelta(days_later)
        assert due_soon["DSR-2026-0007"].due == moved.isoformat()
    with desk.session() as session:
        (reminder,) = digests.queue_reminders(session, desk.settings, NOW)
        body = text_of(email.message_from_bytes(reminder.raw, policy=email.policy.default))
    assert "DSR-2026-0001  due 2026-03-07  2 days overdue" in body
    assert "DSR-2026-0007" not in body  # 4 days left: not yet within digest.reminder_days
