"""The IMAP source and incremental sync against a real Dovecot started by the suite."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select

from classifier.predict import Classifier
from intake.imap import (
    FolderState,
    ImapError,
    ImapLoginError,
    ImapMailbox,
    ImapSettings,
    is_loopback,
)
from intake.pipeline import Outcome, Pipeline
from intake.sources import RawMessage
from intake.sync import SyncReport, sync_once
from models.db import session_factory, transaction
from models.tables import Decision, Mailbox, Message, MessageStatus
from tests.conftest import DEMO, _free_port, make_mail, make_pipeline
from tests.dovecot import PASSWORD, Dovecot, dovecot_fixture, imap_user_fixture  # noqa: F401

NOW = datetime(2026, 11, 29, 12, tzinfo=UTC)
KEYWORD = {"relevant": "$DSR", "needs_triage": "$NeedsTriage", "irrelevant": "$NotDSR"}

REQUEST = make_mail(
    "Request for a copy of my personal data",
    "Hello,\n\nunder Article 15 GDPR please send me a copy of all personal data you hold "
    "about me, the purposes of processing and who you shared it with.\n\nRegards,\nAna\n",
    message_id="<imap-request@example.org>",
)
NEWSLETTER = (DEMO / "03-newsletter-gadget-ledger.eml").read_bytes()
SPAM = (DEMO / "01-seo-spam.eml").read_bytes()


def _settings(server: Dovecot, user: str, **overrides: object) -> ImapSettings:
    values: dict[str, object] = {
        "host": server.host,
        "port": server.imap_port,
        "security": "plain",
        "username": user,
        "password": PASSWORD,
        "timeout": 10.0,
    }
    values.update(overrides)
    return ImapSettings(**values)  # type: ignore[arg-type]


class Syncer:
    """A pipeline, its mailbox row and the settings, to run sync_once like the daemon does."""

    def __init__(self, engine: Engine, classifier: Classifier, settings: ImapSettings) -> None:
        self.factory = session_factory(engine)
        self.pipeline = make_pipeline(engine, classifier, NOW)
        self.settings = settings
        self.mailbox_id = self.pipeline.mailbox_id("info", "imap", settings.location)

    def run(self, **overrides: object) -> SyncReport:
        settings = self.settings
        if overrides:
            settings = replace(settings, **overrides)  # type: ignore[arg-type]
        with ImapMailbox(settings) as mailbox:
            return sync_once(self.pipeline, mailbox, self.mailbox_id, self.factory)

    def messages(self) -> list[Message]:
        with transaction(self.factory) as session:
            return list(session.scalars(select(Message).order_by(Message.id)))

    def checkpoint(self) -> tuple[int | None, int | None]:
        with transaction(self.factory) as session:
            box = session.get(Mailbox, self.mailbox_id)
            assert box is not None
            return box.uidvalidity, box.last_uid


@pytest.fixture
def syncer(engine: Engine, classifier: Classifier, dovecot: Dovecot, imap_user: str) -> Syncer:
    return Syncer(engine, classifier, _settings(dovecot, imap_user))


# -- connecting -----------------------------------------------------------------------------


def test_plain_login_on_loopback_selects_the_folder(dovecot: Dovecot, imap_user: str) -> None:
    dovecot.append(imap_user, REQUEST)
    with ImapMailbox(_settings(dovecot, imap_user)) as mailbox:
        state = mailbox.select()
    assert state.uidvalidity == dovecot.uidvalidity(imap_user)
    assert state.exists == 1
    assert {"IDLE", "MOVE", "UIDPLUS"} <= state.capabilities
    assert state.keywords_allowed


@pytest.mark.parametrize(("security", "port"), [("tls", "imaps_port"), ("starttls", "imap_port")])
def test_tls_verifies_the_server_against_the_given_ca(
    dovecot: Dovecot, imap_user: str, security: str, port: str
) -> None:
    settings = _settings(
        dovecot,
        imap_user,
        security=security,
        port=getattr(dovecot, port),
        ca_file=str(dovecot.cert),
    )
    with ImapMailbox(settings) as mailbox:
        assert mailbox.select().exists == 0


@pytest.mark.parametrize(("security", "port"), [("tls", "imaps_port"), ("starttls", "imap_port")])
def test_tls_without_the_ca_is_refused(
    dovecot: Dovecot, imap_user: str, security: str, port: str
) -> None:
    settings = _settings(dovecot, imap_user, security=security, port=getattr(dovecot, port))
    with pytest.raises(ImapError, match="certificate verify failed") as caught:
        ImapMailbox(settings).connect()
    assert str(caught.value).startswith(f"imap {imap_user}@127.0.0.1:{settings.port}: ")
    # verify_tls=False is the explicit escape hatch (it logs a warning).
    with ImapMailbox(replace(settings, verify_tls=False)) as mailbox:
        mailbox.select()


def test_a_wrong_password_gives_one_clear_line(dovecot: Dovecot, imap_user: str) -> None:
    settings = _settings(dovecot, imap_user, password="wrong")
    with pytest.raises(ImapLoginError) as caught:
        ImapMailbox(settings).connect()
    message = str(caught.value)
    assert message.startswith(f"imap {imap_user}@127.0.0.1:{dovecot.imap_port}: login failed: ")
    assert "AUTHENTICATIONFAILED" in message or "Authentication failed" in message
    assert "\n" not in message
    assert "b'" not in message
    assert "wrong" not in repr(settings)  # the password stays out of logs and tracebacks


def test_an_unreachable_server_is_reported_not_raised_raw(dovecot: Dovecot) -> None:
    settings = _settings(dovecot, "nobody", port=_free_port())
    with pytest.raises(ImapError, match="cannot connect"):
        ImapMailbox(settings).connect()


def test_plain_text_to_a_remote_host_is_refused_before_connecting() -> None:
    # 192.0.2.1 is TEST-NET-1: nothing answers there, so a connection attempt would hang.
    settings = ImapSettings(
        host="192.0.2.1", port=143, security="plain", username="u", password="p", timeout=0.5
    )
    with pytest.raises(ImapError, match="unencrypted"):
        ImapMailbox(settings).connect()
    with pytest.raises(ImapError, match="cannot connect"):
        ImapMailbox(replace(settings, allow_insecure=True)).connect()


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("localhost", True), ("127.0.0.1", True), ("127.3.4.5", True), ("::1", True),
     ("[::1]", True), ("imap.example.org", False), ("10.0.0.1", False), ("::", False)],
)  # fmt: skip
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


# -- reading --------------------------------------------------------------------------------


def test_fetch_since_reads_new_mail_in_batches_without_marking_it_seen(
    dovecot: Dovecot, imap_user: str
) -> None:
    delivered = datetime(2026, 3, 1, 10, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    raws = [make_mail(f"m{i}", f"body {i}", message_id=f"<m{i}@x>") for i in range(5)]
    uids = [
        dovecot.append(imap_user, raw, when=delivered + timedelta(minutes=i))
        for i, raw in enumerate(raws)
    ]
    with ImapMailbox(_settings(dovecot, imap_user, batch_size=2)) as mailbox:
        state = mailbox.select()
        got = list(mailbox.fetch_since(0))
        assert list(mailbox.fetch_since(uids[2])) == got[3:]
        assert list(mailbox.fetch_since(uids[-1])) == []  # "N:*" matches the last UID: filtered
    assert [m.uid for m in got] == uids
    assert [m.raw.replace(b"\r\n", b"\n") for m in got] == [r.replace(b"\r\n", b"\n") for r in raws]
    first = got[0]
    assert first.key == f"INBOX/{uids[0]}"
    assert first.uidvalidity == state.uidvalidity
    assert first.received_at == delivered.astimezone(UTC)
    assert first.received_at is not None
    assert first.received_at.tzinfo is UTC
    assert all("\\Seen" not in dovecot.flags(imap_user, uid) for uid in uids)


def test_idle_wait_wakes_when_mail_arrives(dovecot: Dovecot, imap_user: str) -> None:
    with ImapMailbox(_settings(dovecot, imap_user)) as mailbox:
        mailbox.select()
        started = time.monotonic()
        assert mailbox.idle_wait(1.2) is False
        assert 1.1 < time.monotonic() - started < 3

        delivery = threading.Timer(0.3, dovecot.append, (imap_user, REQUEST))
        delivery.start()
        try:
            started = time.monotonic()
            assert mailbox.idle_wait(20) is True
            assert time.monotonic() - started < 5
        finally:
            delivery.join()
        # The connection is usable after IDLE: the new message is there to fetch.
        assert [m.uid for m in mailbox.fetch_since(0)] == [1]
        assert mailbox.noop() is False

        # Mail that arrives between a fetch and the next wait is not missed.
        dovecot.append(imap_user, NEWSLETTER)
        mailbox.mark(1, "relevant")  # its reply carries the EXISTS notice, which is dropped
        started = time.monotonic()
        assert mailbox.idle_wait(10) is True
        assert time.monotonic() - started < 0.5


def test_without_idle_the_wait_polls_with_noop(
    dovecot: Dovecot, imap_user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("intake.imap.POLL_SECONDS", 0.2)
    with ImapMailbox(_settings(dovecot, imap_user)) as mailbox:
        monkeypatch.setattr(mailbox, "_state", _without(mailbox.select(), "IDLE"))
        assert mailbox.idle_wait(0.5) is False
        delivery = threading.Timer(0.3, dovecot.append, (imap_user, REQUEST))
        delivery.start()
        try:
            assert mailbox.idle_wait(10) is True
        finally:
            delivery.join()


# -- sync -----------------------------------------------------------------------------------


def _demo_messages() -> list[bytes]:
    return [path.read_bytes() for path in sorted(DEMO.glob("*.eml"))]


def test_sync_stores_everything_once_and_writes_back_keywords(
    syncer: Syncer, dovecot: Dovecot, imap_user: str
) -> None:
    demo = _demo_messages()
    uids = [dovecot.append(imap_user, raw) for raw in demo]
    dovecot.append(imap_user, SPAM, folder="Other")  # other folders are not read

    first = syncer.run()
    assert first.fetched == len(demo)
    assert first.stored == len(demo)
    assert first.written_back == sum(first.outcomes[o] for o in Outcome if o.value in KEYWORD)
    assert first.outcomes[Outcome.RELEVANT] > 0
    assert first.outcomes[Outcome.IRRELEVANT] > 0
    assert syncer.checkpoint() == (dovecot.uidvalidity(imap_user), uids[-1])

    second = syncer.run()
    assert (second.fetched, second.written_back, second.writeback_retried) == (0, 0, 0)
    stored = syncer.messages()
    assert len(stored) == len(demo)
    assert sorted(m.uid or 0 for m in stored) == uids
    for message in stored:
        assert message.uid is not None
        flags = dovecot.flags(imap_user, message.uid)  # as a second, independent client sees it
        assert "\\Seen" not in flags
        if message.decision is None:
            assert not flags & set(KEYWORD.values())
        else:
            assert KEYWORD[message.decision.value] in flags
            assert not (flags & set(KEYWORD.values())) - {KEYWORD[message.decision.value]}

    uid = dovecot.append(imap_user, REQUEST)
    third = syncer.run()
    assert (third.fetched, third.outcomes[Outcome.RELEVANT]) == (1, 1)
    assert "$DSR" in dovecot.flags(imap_user, uid)
    assert syncer.checkpoint()[1] == uid


def test_irrelevant_mail_is_moved_with_its_keyword(
    syncer: Syncer, dovecot: Dovecot, imap_user: str
) -> None:
    request_uid = dovecot.append(imap_user, REQUEST)
    dovecot.append(imap_user, NEWSLETTER)
    report = syncer.run(move_irrelevant_to="Not DSR")
    assert report.outcomes[Outcome.IRRELEVANT] == 1
    assert dovecot.uids(imap_user) == [request_uid]
    assert "Not DSR" in dovecot.folders(imap_user)
    [moved] = dovecot.uids(imap_user, "Not DSR")
    assert dovecot.flags(imap_user, moved, "Not DSR") & {"$NotDSR", "\\Seen"} == {"$NotDSR"}
    assert syncer.run(move_irrelevant_to="Not DSR").fetched == 0


def test_with_keywords_off_nothing_is_flagged_but_moving_still_works(
    syncer: Syncer, dovecot: Dovecot, imap_user: str
) -> None:
    request_uid = dovecot.append(imap_user, REQUEST)
    dovecot.append(imap_user, NEWSLETTER)
    report = syncer.run(write_keywords=False, move_irrelevant_to="Not DSR")
    assert report.fetched == 2
    assert dovecot.uids(imap_user) == [request_uid]
    assert not dovecot.flags(imap_user, request_uid) & set(KEYWORD.values())
    [moved] = dovecot.uids(imap_user, "Not DSR")
    assert not dovecot.flags(imap_user, moved, "Not DSR") & set(KEYWORD.values())
    assert syncer.run(write_keywords=False, move_irrelevant_to="Not DSR").writeback_retried == 0


def test_without_move_support_copy_and_expunge_touch_only_that_message(
    syncer: Syncer, dovecot: Dovecot, imap_user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A message the user marked \Deleted but did not expunge must survive our expunge.
    kept = dovecot.append(
        imap_user, make_mail("kept", "hi", message_id="<k@x>"), flags=("\\Deleted",)
    )
    irrelevant = dovecot.append(imap_user, NEWSLETTER)
    settings = replace(syncer.settings, move_irrelevant_to="Archive/NotDSR")
    with ImapMailbox(settings) as mailbox:
        state = mailbox.select()
        monkeypatch.setattr(mailbox, "_state", _without(state, "MOVE"))
        monkeypatch.setattr(mailbox, "select", lambda: mailbox.state)
        report = sync_once(syncer.pipeline, mailbox, syncer.mailbox_id, syncer.factory)
    assert report.fetched == 2
    assert dovecot.uids(imap_user) == [kept]
    assert "\\Deleted" in dovecot.flags(imap_user, kept)
    # Settings separate folder levels with "/"; this Dovecot (Maildir++) uses ".".
    assert len(dovecot.uids(imap_user, "Archive.NotDSR")) == 1
    assert irrelevant not in dovecot.uids(imap_user)


def _without(state: FolderState, capability: str) -> FolderState:
    return replace(state, capabilities=state.capabilities - {capability})


def test_a_failed_write_back_is_retried_on_the_next_sync(
    syncer: Syncer, dovecot: Dovecot, imap_user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    request_uid = dovecot.append(imap_user, REQUEST)
    dovecot.append(imap_user, NEWSLETTER)

    def broken(self: ImapMailbox, uid: int, decision: str) -> bool:
        raise ImapError(f"imap {self.label}: cannot flag INBOX/{uid}: NO [SERVERBUG] test")

    with monkeypatch.context() as patch:
        patch.setattr(ImapMailbox, "mark", broken)
        first = syncer.run(move_irrelevant_to="Not DSR")
    assert (first.fetched, first.writeback_failed, first.written_back) == (2, 2, 0)
    assert syncer.checkpoint()[1] == dovecot.uids(imap_user)[-1]  # the messages are not lost
    assert len(dovecot.uids(imap_user)) == 2

    second = syncer.run(move_irrelevant_to="Not DSR")
    assert (second.fetched, second.writeback_retried, second.writeback_failed) == (0, 2, 0)
    assert dovecot.uids(imap_user) == [request_uid]
    assert "$DSR" in dovecot.flags(imap_user, request_uid)
    assert len(dovecot.uids(imap_user, "Not DSR")) == 1
    assert syncer.run(move_irrelevant_to="Not DSR").writeback_retried == 0


def test_a_database_failure_stops_the_sync_before_the_checkpoint_passes_the_message(
    syncer: Syncer, dovecot: Dovecot, imap_user: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    uids = [dovecot.append(imap_user, raw) for raw in (REQUEST, NEWSLETTER, SPAM)]
    real = Pipeline.ingest

    def failing_on_second(self: Pipeline, mailbox_id: int, message: RawMessage) -> object:
        if message.uid == uids[1]:
            raise RuntimeError("database went away")
        return real(self, mailbox_id, message)

    with monkeypatch.context() as patch:
        patch.setattr(Pipeline, "ingest", failing_on_second)
        with pytest.raises(RuntimeError):
            syncer.run()
    assert syncer.checkpoint()[1] == uids[0]
    report = syncer.run()
    assert report.fetched == 2
    assert len(syncer.messages()) == 3


def test_a_new_uidvalidity_refetches_without_duplicates_and_repoints_uids(
    syncer: Syncer, dovecot: Dovecot, imap_user: str
) -> None:
    raws = [REQUEST, NEWSLETTER, SPAM]
    uids = [dovecot.append(imap_user, raw) for raw in raws]
    syncer.run()
    old_validity = dovecot.uidvalidity(imap_user)
    dovecot.expunge(imap_user, uids[0])  # so the renumbering gives the others new UIDs
    dovecot.reset_uidvalidity(imap_user)
    late = make_mail("Delete my account", "Please erase all my personal data (GDPR Art. 17).",
                     message_id="<late@x>")  # fmt: skip
    dovecot.append(imap_user, late)
    new_validity = dovecot.uidvalidity(imap_user)
    assert new_validity != old_validity

    report = syncer.run()
    assert report.uidvalidity_reset
    assert report.fetched == 3
    assert report.outcomes[Outcome.DUPLICATE] == 2
    assert syncer.checkpoint() == (new_validity, dovecot.uids(imap_user)[-1])
    stored = syncer.messages()
    assert len(stored) == 4
    by_subject = {m.subject: m for m in stored}
    server = dovecot.uids(imap_user)
    assert len(server) == 3
    # The two surviving old messages now point at their new UIDs under the new UIDVALIDITY.
    repointed = [m for m in stored if m.uidvalidity == new_validity]
    assert sorted(m.uid or 0 for m in repointed) == server
    assert by_subject["Request for a copy of my personal data"].uidvalidity == old_validity
    assert syncer.run().fetched == 0


MALFORMED: dict[str, bytes] = {
    "bad-boundary": (
        b"From: a@example.org\r\nSubject: parts\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n'
        b"--ABC\r\nContent-Type: text/plain\r\n\r\nnever closed\r\n--XYZ\r\n"
    ),
    "broken-charset": (
        b"From: b@example.org\r\nSubject: charset\r\n"
        b"Content-Type: text/plain; charset=x-no-such-charset\r\n"
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\nDelete my data =E9=ZZ=\r\n"
    ),
    "8bit-headers": (
        "From: Jörg Müller <jörg@exämple.de>\r\nSubject: Auskunft über meine Daten\r\n\r\n"
        "Bitte Auskunft nach Art. 15 DSGVO.\r\n"
    ).encode("latin-1"),
    "no-headers": b"\r\njust a body, no headers at all\r\n",
    "empty-body": b"From: c@example.org\r\nSubject: nothing\r\n\r\n",
    "binary-junk": bytes(range(1, 256)) * 8 + b"\r\n",
    "base64-garbage": (
        b"From: d@example.org\r\nSubject: b64\r\nContent-Type: text/plain\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64@@@\r\n"
    ),
    "html-only-broken": (
        b"From: e@example.org\r\nSubject: html\r\nContent-Type: text/html\r\n\r\n"
        b"<html><body><p>erase my account<div><table></body>"
    ),
}


def test_malformed_mail_never_stops_the_sync(
    syncer: Syncer, dovecot: Dovecot, imap_user: str
) -> None:
    for raw in MALFORMED.values():
        dovecot.append(imap_user, raw)
    dovecot.append(imap_user, REQUEST)
    report = syncer.run()
    assert report.fetched == len(MALFORMED) + 1
    assert report.stored == len(MALFORMED) + 1
    stored = syncer.messages()
    assert len(stored) == len(MALFORMED) + 1
    for message in stored:
        assert message.status in (MessageStatus.PROCESSED, MessageStatus.FAILED)
        assert (message.status is MessageStatus.FAILED) == (message.decision is None)
    assert any(m.decision is Decision.RELEVANT for m in stored)
    assert syncer.run().fetched == 0
