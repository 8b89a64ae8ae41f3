"""The outbox: committed with its cause, retried with backoff, sent once across crashes."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, select

from models.db import session_factory, transaction
from models.outbox import MailKind, OutboxMail, OutboxStatus
from service import outbox
from service.clock import FrozenClock
from service.config import Settings
from tests.test_mailer import SmtpServer, smtp_down, smtp_server  # noqa: F401  (fixtures)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _settings(server: SmtpServer, **smtp: object) -> Settings:
    return Settings(smtp=server.settings(**smtp))


def _queue(engine: Engine, settings: Settings, to: str = "ana@example.org", **kw: object) -> int:
    with transaction(session_factory(engine)) as session:
        message = outbox.compose(
            settings.smtp, to=[(None, to)], subject="Hello", text="Hello.\n", now=T0
        )
        mail = outbox.enqueue(
            session,
            message,
            kind=MailKind.REMINDER,
            recipients=[to],
            sender="privacy@acme-devices.example",
            actor="test",
            now=T0,
            **kw,  # type: ignore[arg-type]
        )
        assert mail is not None
        return mail.id


def _mail(engine: Engine, mail_id: int) -> OutboxMail:
    with transaction(session_factory(engine)) as session:
        mail = session.get(OutboxMail, mail_id)
        assert mail is not None
        return mail


def test_mail_waits_while_the_server_is_down_and_goes_once_it_is_back(
    engine: Engine,
    smtp_down: SmtpServer,  # noqa: F811
) -> None:
    settings, clock = _settings(smtp_down), FrozenClock(T0)
    factory = session_factory(engine)
    mail_id = _queue(engine, settings)
    down = outbox.deliver(factory, settings, clock.now)
    assert down.retrying == [mail_id]
    assert down.error is not None
    assert "cannot reach SMTP server" in down.error
    mail = _mail(engine, mail_id)
    assert (mail.status, mail.attempts) == (OutboxStatus.PENDING, 1)
    assert mail.next_attempt_at == T0 + timedelta(seconds=60)
    clock.advance(timedelta(seconds=61))
    assert outbox.deliver(factory, settings, clock.now).retrying == [mail_id]
    assert _mail(engine, mail_id).next_attempt_at == clock.now() + timedelta(seconds=120)
    smtp_down.start()
    assert outbox.deliver(factory, settings, clock.now).sent == []  # backoff not over
    clock.advance(timedelta(seconds=121))
    assert outbox.deliver(factory, settings, clock.now).sent == [mail_id]
    assert outbox.deliver(factory, settings, clock.now).sent == []
    assert len(smtp_down.inbox.received) == 1
    mail = _mail(engine, mail_id)
    assert (mail.status, mail.sent_at, mail.attempts) == (OutboxStatus.SENT, clock.now(), 3)


def test_a_sender_that_died_mid_way_is_taken_over_after_its_lease(
    engine: Engine,
    smtp_server: SmtpServer,  # noqa: F811
) -> None:
    settings, clock = _settings(smtp_server, lease_seconds=300), FrozenClock(T0)
    factory = session_factory(engine)
    mail_id = _queue(engine, settings)
    with transaction(factory) as session:
        dead = outbox.claim_one(session, clock.now(), 300)  # ...and then the process died
    assert dead is not None
    assert dead.id == mail_id
    assert outbox.deliver(factory, settings, clock.now).sent == []
    assert smtp_server.inbox.received == []
    clock.advance(timedelta(seconds=301))
    assert outbox.deliver(factory, settings, clock.now).sent == [mail_id]
    # The dead sender's late report changes nothing: the lease is no longer its.
    with transaction(factory) as session:
        outbox._release(session, dead, settings.smtp, clock.now(), "late", final=True)
    assert _mail(engine, mail_id).status is OutboxStatus.SENT
    (got,) = smtp_server.inbox.received
    assert got.message["Message-ID"] == _mail(engine, mail_id).message_id


def test_a_permanent_refusal_fails_at_once_and_can_be_retried(
    engine: Engine,
    smtp_server: SmtpServer,  # noqa: F811
) -> None:
    settings, clock = _settings(smtp_server), FrozenClock(T0)
    factory = session_factory(engine)
    refused = _queue(engine, settings, to="reject@example.org")
    later = _queue(engine, settings, to="later@example.org")
    good = _queue(engine, settings)
    result = outbox.deliver(factory, settings, clock.now)
    assert (result.sent, result.failed, result.retrying) == ([good], [refused], [later])
    assert "550 5.1.1 no such user" in (_mail(engine, refused).last_error or "")
    with transaction(factory) as session:
        assert {m.id for m in outbox.waiting(session)} == {refused, later}


def test_attempts_run_out(engine: Engine, smtp_server: SmtpServer) -> None:  # noqa: F811
    settings, clock = _settings(smtp_server, max_attempts=3), FrozenClock(T0)
    factory = session_factory(engine)
    mail_id = _queue(engine, settings, to="later@example.org")
    for _ in range(3):
        outbox.deliver(factory, settings, clock.now)
        clock.advance(timedelta(hours=1))
    mail = _mail(engine, mail_id)
    assert (mail.status, mail.attempts) == (OutboxStatus.FAILED, 3)
    assert outbox.deliver(factory, settings, clock.now).retrying == []


def test_a_dedupe_key_queues_once(engine: Engine, smtp_server: SmtpServer) -> None:  # noqa: F811
    settings = _settings(smtp_server)
    _queue(engine, settings, dedupe_key="reminder:2026-03-02:bob")
    with transaction(session_factory(engine)) as session:
        message = outbox.compose(
            settings.smtp, to=[(None, "b@x.org")], subject="s", text="t", now=T0
        )
        again = outbox.enqueue(
            session,
            message,
            kind=MailKind.REMINDER,
            recipients=["b@x.org"],
            sender="p@x.org",
            actor="t",
            now=T0,
            dedupe_key="reminder:2026-03-02:bob",
        )
        assert again is None
        assert len(list(session.scalars(select(OutboxMail)))) == 1


def test_two_senders_at_once_send_each_mail_exactly_once(
    engine: Engine,
    smtp_server: SmtpServer,  # noqa: F811
) -> None:
    settings, clock = _settings(smtp_server), FrozenClock(T0)
    ids = [_queue(engine, settings, to=f"person{n}@example.org") for n in range(8)]
    start = threading.Barrier(2)
    results: list[outbox.Delivery] = []

    def sender() -> None:
        start.wait(5)
        results.append(outbox.deliver(session_factory(engine), settings, clock.now))

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(i for r in results for i in r.sent) == ids
    message_ids = [r.message["Message-ID"] for r in smtp_server.inbox.received]
    assert len(message_ids) == len(set(message_ids)) == 8


def test_templates_keep_macro_html_and_make_text_from_mail_inert(tmp_path: Path) -> None:
    macro = "{% macro box(v) %}<h3>{{ v }}</h3>{% endmacro %}{{ box(s) }}|{{ s }}"
    (tmp_path / "box.html").write_text(macro, encoding="utf-8")
    (tmp_path / "box.txt").write_text(macro, encoding="utf-8")
    env = outbox.template_environment(tmp_path)
    subject = "<b>x</b><script>\x1b[31m"
    html = env.get_template("box.html").render(s=subject)
    # The macro's <h3> is markup; the subject, inside it or not, is escaped and inert.
    escaped = "&lt;b&gt;x&lt;/b&gt;&lt;script&gt;\\x1b[31m"
    assert html == f"<h3>{escaped}</h3>|{escaped}"
    text = env.get_template("box.txt").render(s=subject)
    assert text == "<h3><b>x</b><script>\\x1b[31m</h3>|<b>x</b><script>\\x1b[31m"
