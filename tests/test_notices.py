"""Notices to requesters through a real SMTP server: threading, language, loop safety."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import jinja2.meta
import pytest
from click.testing import CliRunner, Result
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from classifier.language import detect_language
from models import lifecycle
from models.cases import open_case
from models.db import make_engine, session_factory, transaction
from models.outbox import MailKind
from models.policy import Policy
from models.tables import Case, CaseStatus, Decision, Mailbox, Message, MessageStatus
from service.app import App
from service.cli import cli
from service.clock import FrozenClock
from service.config import Settings, load_settings
from service.notices import LANGUAGES, SIGNATURES, compose_notice
from service.outbox import BUILTIN_TEMPLATES, template_environment
from tests.test_mailer import SmtpServer, smtp_down, smtp_server  # noqa: F401  (fixtures)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
REF = "DSR-2026-0001"
STAFF = "staff@acme-devices.example"


def add_request(
    session: Session,
    policy: Policy,
    *,
    sender: str = "ana@example.org",
    name: str | None = "Ana Example",
    language: str = "en",
    headers: dict[str, Any] | None = None,
    categories: tuple[str, ...] = ("erasure",),
    received: datetime = T0,
    subject: str = "Delete my account",
) -> Case:
    """A stored request and the case it opened (as intake would leave them)."""
    mailbox = session.scalar(select(Mailbox).where(Mailbox.name == "info"))
    if mailbox is None:
        mailbox = Mailbox(name="info", kind="files", location="test", created_at=received)
        session.add(mailbox)
    message_id = f"<{uuid.uuid4().hex[:12]}@example.org>"
    message = Message(
        mailbox=mailbox,
        content_sha256=uuid.uuid4().hex,
        raw_size=100,
        message_id_header=message_id,
        subject=subject,
        from_name=name,
        from_address=sender,
        received_at=received,
        headers={"From": sender, "Message-ID": message_id, **(headers or {})},
        status=MessageStatus.PROCESSED,
        decision=Decision.RELEVANT,
        language=language,
        created_at=received,
        updated_at=received,
    )
    session.add(message)
    session.flush()
    return open_case(
        session,
        message=message,
        categories=categories,
        policy=policy,
        now=received,
        actor="dsr-intake",
    )


def text_of(message: EmailMessage) -> str:
    """The plain-text part of ``message``, with plain line ends."""
    body = message.get_body(("plain",))
    assert body is not None
    content = body.get_content()
    assert isinstance(content, str)
    return content.replace("\r\n", "\n")


class MailDesk:
    """Staff at the CLI with a frozen clock, a database and an SMTP server."""

    def __init__(self, database_url: str, server: SmtpServer, **settings: str) -> None:
        self.server = server
        self.clock = FrozenClock(T0)
        self.env = {
            "DSR_DATABASE__URL": database_url,
            "DSR_DEADLINES__TIMEZONE": "Europe/Berlin",
            "DSR_SMTP__HOST": "127.0.0.1",
            "DSR_SMTP__PORT": str(server.port),
            "DSR_SMTP__SECURITY": "plain",
            "DSR_SMTP__TIMEOUT": "3",
            "DSR_SMTP__FROM_ADDRESS": "privacy@acme-devices.example",
            "DSR_DIGEST__RECIPIENTS": "[]",
            **{f"DSR_{k.upper()}": v for k, v in settings.items()},
        }
        self.engine: Engine = make_engine(database_url)

    @property
    def settings(self) -> Settings:
        return load_settings(environ=self.env)

    def session(self) -> Any:
        return transaction(session_factory(self.engine))

    def add(self, **kwargs: Any) -> str:
        with self.session() as session:
            return add_request(session, self.settings.policy(), **kwargs).reference

    def run(self, *args: str, who: str = "maria") -> Result:
        app = App(None, clock=self.clock)
        return CliRunner().invoke(
            cli, ["--as", who, *args], env=self.env, obj=app, catch_exceptions=False
        )

    def case(self, reference: str) -> dict[str, Any]:
        data = json.loads(self.run("show", reference, "--json").stdout)
        assert isinstance(data, dict)
        return data


@pytest.fixture
def desk(
    database_url: str,
    smtp_server: SmtpServer,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[MailDesk]:
    monkeypatch.chdir(tmp_path)
    desk = MailDesk(database_url, smtp_server)
    yield desk
    desk.engine.dispose()


@pytest.mark.parametrize(
    ("language", "subject", "opening", "signature"),
    [
        ("en", "We have received your request", "Thank you", "The privacy team"),
        ("de", "Wir haben Ihre Anfrage erhalten", "vielen Dank", "Ihr Datenschutzteam"),
        ("fr", "Nous avons bien reçu votre demande", "Merci", "L'équipe protection des données"),
        ("es", "Hemos recibido su solicitud", "Gracias", "El equipo de protección de datos"),
        ("pt", "Recebemos o seu pedido", "Agradecemos", "O Departamento de Proteção de Dados"),
        ("pt-BR", "Recebemos o seu pedido", "Agradecemos", "O Departamento de Proteção de Dados"),
        ("it", "Abbiamo ricevuto la Sua richiesta", "desideriamo", "L'ufficio privacy"),
        ("nl", "Wij hebben uw verzoek ontvangen", "Hartelijk dank", "Het privacyteam"),
        ("sv", "Vi har tagit emot er begäran", "Tack", "Dataskyddsteamet"),
        ("pl", "Otrzymaliśmy Państwa wniosek", "dziękujemy", "Zespół ochrony danych osobowych"),
        ("cs", "Vaši žádost jsme obdrželi", "děkujeme", "Tým pro ochranu osobních údajů"),
        ("hr", "Zaprimili smo Vaš zahtjev", "zahvaljujemo", "Tim za zaštitu osobnih podataka"),
        ("ja", "We have received your request", "Thank you", "The privacy team"),  # no templates
    ],
)
def test_acknowledgement_is_threaded_and_in_the_requesters_language(
    desk: MailDesk, language: str, subject: str, opening: str, signature: str
) -> None:
    desk.add(language=language)
    result = desk.run("notify", REF, "--ack")
    assert result.exit_code == 0, result.output
    assert result.output == f"{REF}: acknowledgement to ana@example.org (outbox #1): sent\n"
    (got,) = desk.server.inbox.received
    message = got.message
    request_id = desk.case(REF)["messages"][0]["message_id"]
    assert got.recipients == ["ana@example.org"]
    assert message["Subject"] == f"[{REF}] {subject}"
    assert message["In-Reply-To"] == request_id
    assert message["References"] == request_id
    assert message["Auto-Submitted"] is None  # a person decided to send it
    body = text_of(message)
    assert REF in body
    assert "2026-04-02" in body  # the deadline
    assert body.splitlines()[2].startswith(opening)  # after the greeting and a blank line
    assert body.rstrip().endswith(signature)  # notices.signature left at its default
    actions = [e["action"] for e in desk.case(REF)["events"]]
    assert actions[-2:] == ["notice_queued", "notice_sent"]


def test_a_templates_folder_overrides_the_built_in_templates(
    desk: MailDesk, tmp_path: Path
) -> None:
    folder = tmp_path / "templates" / "notices" / "en"
    folder.mkdir(parents=True)
    (folder / "acknowledgement.txt").write_text(
        "Subject: Got it\nHi {{ name }}, your number is {{ reference }}.\n", encoding="utf-8"
    )
    desk.env["DSR_NOTICES__TEMPLATES_DIR"] = str(tmp_path / "templates")
    desk.add(name="Ana\x1b[31m Example")
    assert desk.run("notify", REF, "--ack").exit_code == 0
    message = desk.server.inbox.messages()[0]
    assert message["Subject"] == f"[{REF}] Got it"
    text = text_of(message)
    assert text.strip() == f"Hi Ana\\x1b[31m Example, your number is {REF}."  # inert


LOOPS: dict[str, dict[str, Any]] = {
    "auto-reply": {"headers": {"Auto-Submitted": "auto-replied"}},
    "bounce": {"headers": {"Return-Path": "<>"}},
    "list": {"headers": {"List-Id": "<users.lists.example.org>"}},
    "bulk": {"headers": {"Precedence": "bulk"}},
    "daemon": {"sender": "MAILER-DAEMON@mx.example.org"},
}


def test_automatic_acknowledgements_are_loop_safe_and_limited(
    database_url: str,
    smtp_server: SmtpServer,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    desk = MailDesk(
        database_url,
        smtp_server,
        notices__auto_acknowledge="true",
        notices__max_auto_per_address="1",
        digest__reminders="false",
    )
    for n, (_, kwargs) in enumerate(LOOPS.items()):
        fields: dict[str, Any] = {"sender": f"robot{n}@example.org", **kwargs}
        desk.add(subject=f"loop {n}", **fields)
    desk.add(sender="bob@example.org", subject="first")
    desk.add(sender="bob@example.org", subject="second")
    desk.clock.advance(timedelta(minutes=5))
    first = desk.run("send-outbox", "--once")
    assert first.exit_code == 0, first.output
    assert first.output.startswith("queued 1 acknowledgements, 0 digest, 0 reminders; sent 1,")
    (got,) = desk.server.inbox.received
    assert got.recipients == ["bob@example.org"]
    assert got.message["Auto-Submitted"] == "auto-replied"
    assert got.message["X-Auto-Response-Suppress"] == "All"
    assert desk.run("send-outbox", "--once").output.startswith("queued 0 acknowledgements")
    assert len(desk.server.inbox.received) == 1
    skipped = json.loads(desk.run("outbox", "--all", "--json").stdout)
    reasons = sorted(m["error"] for m in skipped if m["status"] == "skipped")
    assert reasons == [
        "MAILER-DAEMON@mx.example.org is a robot address",
        "bob@example.org already had 1 automatic mails today",
        "the request came through a mailing list (List-Id)",
        "the request had a null return path (a bounce)",
        "the request was automatic (Auto-Submitted: auto-replied)",
        "the request was bulk or list mail (Precedence: bulk)",
    ]
    desk.engine.dispose()


def test_a_staff_notice_to_list_mail_is_refused_unless_forced(desk: MailDesk) -> None:
    desk.add(headers={"List-Id": "<users.lists.example.org>"})
    refused = desk.run("notify", REF, "--ack")
    assert refused.exit_code == 1
    assert refused.stderr == (
        f"Error: {REF}: not sending: the request came through a mailing list (List-Id) "
        "(--force to send anyway)\n"
    )
    assert desk.run("notify", REF, "--ack", "--force").exit_code == 0
    assert len(desk.server.inbox.received) == 1


def test_an_extension_takes_effect_when_its_notice_is_sent(
    database_url: str,
    smtp_down: SmtpServer,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    desk = MailDesk(database_url, smtp_down)
    desk.add(language="de")
    assert desk.run("extend", REF, "--reason", "Daten in drei Systemen").exit_code == 0
    queued = desk.run("notify", REF, "--extension")
    assert queued.exit_code == 0, queued.output
    assert "queued, will be retried: cannot reach SMTP server 127.0.0.1:" in queued.output
    assert desk.case(REF)["state"] == "new, extension pending notice"
    assert desk.case(REF)["due_at"].startswith("2026-04-02")
    smtp_down.start()
    desk.clock.advance(timedelta(seconds=30))
    early = desk.run("send-outbox", "--once")
    assert "sent 0," in early.output  # still waiting for its backoff to end
    desk.clock.advance(timedelta(seconds=31))
    assert "sent 1," in desk.run("send-outbox", "--once").output
    (got,) = smtp_down.inbox.received
    assert got.message["Subject"] == f"[{REF}] Wir benötigen mehr Zeit für Ihre Anfrage"
    body = text_of(got.message)
    assert "Der Grund: Daten in drei Systemen" in body
    assert "2026-04-16" in body
    case = desk.case(REF)
    assert case["state"] == "new, extended"
    assert case["due_at"].startswith("2026-04-16")
    actions = [e["action"] for e in case["events"]]
    assert actions[-4:] == ["extension_pending_notice", "notice_queued", "notice_sent", "extended"]
    assert "sent 0," in desk.run("send-outbox", "--once").output
    assert len(smtp_down.inbox.received) == 1
    desk.engine.dispose()


def test_dry_run_prints_and_changes_nothing(desk: MailDesk) -> None:
    desk.add()
    before = desk.case(REF)
    shown = desk.run("notify", REF, "--extension", "--reason", "three systems", "--dry-run")
    assert shown.exit_code == 0, shown.output
    assert f"Subject: [{REF}] We need more time to answer your request" in shown.output
    assert "The reason: three systems" in shown.output
    assert desk.case(REF) == before
    assert json.loads(desk.run("outbox", "--json").stdout) == []
    assert desk.server.inbox.received == []


def test_one_kind_of_notice_at_a_time(desk: MailDesk) -> None:
    desk.add()
    both = desk.run("notify", REF, "--ack", "--decision", "--dry-run")
    assert both.exit_code == 2
    assert "give one of --ack, --verification, --clarification, --extension, --decision " in (
        both.output
    )
    assert "(only one)" in both.output
    none = desk.run("notify", REF, "--dry-run")
    assert none.exit_code == 2
    assert "(only one)" not in none.output
    assert desk.server.inbox.received == []


def test_verification_and_decision_notices(desk: MailDesk) -> None:
    desk.add(language="fr")
    asked = desk.run("notify", REF, "--verification", "--text", "Une copie de votre facture.")
    assert asked.exit_code == 0, asked.output
    assert desk.case(REF)["state"] == "awaiting_requester (verification), paused"
    body = text_of(desk.server.inbox.messages()[0])
    assert "Une copie de votre facture." in body
    early = desk.run("notify", REF, "--decision")
    assert early.exit_code == 1
    assert early.stderr == (f"Error: {REF} is awaiting_requester: complete or reject it first\n")
    assert desk.run("verify", REF).exit_code == 0
    assert desk.run("reject", REF, "--reason", "no data held").exit_code == 0
    assert desk.run("notify", REF, "--decision").exit_code == 0
    decision = desk.server.inbox.messages()[1]
    assert decision["Subject"] == f"[{REF}] Notre réponse à votre demande"
    assert "La raison :\nno data held" in text_of(decision).replace("\r\n", "\n")
    assert decision["References"].split()[0] == desk.case(REF)["messages"][0]["message_id"]


def test_a_dry_run_needs_no_from_address_but_a_notice_to_send_does(desk: MailDesk) -> None:
    desk.add()
    del desk.env["DSR_SMTP__FROM_ADDRESS"]
    shown = desk.run("notify", REF, "--ack", "--dry-run")
    assert shown.exit_code == 0, shown.output
    assert "From: Privacy team <smtp.from_address-not-set@example.invalid>\n" in shown.output
    assert f"Subject: [{REF}] We have received your request\n" in shown.output
    assert json.loads(desk.run("outbox", "--json").stdout) == []
    sent = desk.run("notify", REF, "--ack")
    assert sent.exit_code == 2
    assert (
        sent.stderr == "Error: smtp.from_address is not set: outgoing mail needs a From address\n"
    )
    assert desk.server.inbox.received == []
    desk.env["DSR_SMTP__FROM_ADDRESS"] = "privacy@acme-devices.example"
    real = desk.run("notify", REF, "--ack", "--dry-run")
    assert "From: Privacy team <privacy@acme-devices.example>\n" in real.output


def test_a_paused_case_is_told_of_its_extension_after_its_stored_due_date(desk: MailDesk) -> None:
    desk.add()  # due 2 April
    with desk.session() as session:
        case = session.scalars(select(Case)).one()
        waits = T0 + timedelta(days=18)  # 20 March: the clock stops, 13 days before the deadline
        lifecycle.request_info(
            session, case, "verification", actor="t", now=waits, policy=desk.settings.policy()
        )
    desk.clock.advance(timedelta(days=34))  # 5 April: past 2 April, but the clock stood still
    told = desk.run("notify", REF, "--extension", "--reason", "three systems")
    assert told.exit_code == 0, told.output
    assert told.output == f"{REF}: extension to ana@example.org (outbox #1): sent\n"
    assert "extended" in desk.case(REF)["state"].split(", ")


# Every notice in every language folder, rendered as compose_notice renders it. The folders
# are read from disk, so a language added there is covered without touching this test.
NOTICE_TEMPLATES = BUILTIN_TEMPLATES / "notices"
TEMPLATE_LANGUAGES = sorted(p.name for p in NOTICE_TEMPLATES.iterdir() if p.is_dir())
NOTICE_KINDS = [k for k in MailKind if k not in (MailKind.DIGEST, MailKind.REMINDER)]
# (kind, case status): the decision notice has one text per outcome.
RENDERINGS = [
    *((kind, CaseStatus.IN_PROGRESS) for kind in NOTICE_KINDS if kind is not MailKind.DECISION),
    (MailKind.DECISION, CaseStatus.COMPLETED),
    (MailKind.DECISION, CaseStatus.REJECTED),
]
# Values that are not words of any language, so they can be told apart from template text.
REASON, OUTCOME_REASON, STAFF_TEXT = "Q-REASON-7", "Q-OUTCOME-3", "Q-STAFF-TEXT-9"
RENDER_ENV = {
    "DSR_DEADLINES__TIMEZONE": "Europe/Berlin",
    "DSR_SMTP__FROM_ADDRESS": "privacy@acme-devices.example",
}
ENGLISH = ("Dear", "Hello", "Kind regards", "The privacy team", "Thank you", "The reason")


def render(
    settings: Settings, language: str, kind: MailKind, status: CaseStatus, name: str | None
) -> tuple[str, str]:
    """The subject and plain text of ``kind`` for a case in ``language`` (nothing stored)."""
    case = Case(
        reference=REF,
        status=status,
        requester_name=name,
        requester_address="ana@example.org",
        language=language,
        subject="A request",
        received_at=T0,
        due_at=T0 + timedelta(days=31),
        extended_due_at=T0 + timedelta(days=45),
        extension_reason=REASON,
        outcome_reason=OUTCOME_REASON if status is CaseStatus.REJECTED else None,
    )
    message = compose_notice(case, kind, settings=settings, now=T0, text=STAFF_TEXT)
    return str(message["Subject"]), text_of(message)


@pytest.fixture
def render_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.chdir(tmp_path)  # no ./dsr.toml
    return load_settings(environ=RENDER_ENV)


def test_the_languages_found_on_disk_are_the_built_in_ones() -> None:
    assert "en" in TEMPLATE_LANGUAGES
    assert set(TEMPLATE_LANGUAGES) == set(LANGUAGES) == set(SIGNATURES)


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
def test_every_language_has_the_same_templates_and_variables_as_english(language: str) -> None:
    env = template_environment(None)

    def variables(lang: str, kind: MailKind) -> set[str]:
        source = (NOTICE_TEMPLATES / lang / f"{kind.value}.txt").read_text(encoding="utf-8")
        return jinja2.meta.find_undeclared_variables(env.parse(source))

    files = {p.name for p in (NOTICE_TEMPLATES / language).iterdir()}
    assert files == {f"{kind.value}.txt" for kind in NOTICE_KINDS}
    for kind in NOTICE_KINDS:
        assert variables(language, kind) == variables("en", kind), kind.value


@pytest.mark.parametrize("language", TEMPLATE_LANGUAGES)
@pytest.mark.parametrize(
    ("kind", "status"), RENDERINGS, ids=[f"{k.value}-{s.value}" for k, s in RENDERINGS]
)
def test_every_notice_renders_in_its_language(
    render_settings: Settings, language: str, kind: MailKind, status: CaseStatus
) -> None:
    for name in ("Ana Example", None):
        subject, body = render(render_settings, language, kind, status, name)
        english_subject, english = render(render_settings, "en", kind, status, name)
        assert subject.startswith(f"[{REF}] ")
        assert REF in body
        for syntax in ("{{", "}}", "{%", "%}", "{#", "#}"):
            assert syntax not in subject + body
        assert "None" not in body
        assert STAFF_TEXT in body
        assert (name or "") in body.splitlines()[0]  # the greeting
        assert body.rstrip().endswith(SIGNATURES[language])
        if kind is MailKind.ACKNOWLEDGEMENT:
            assert "2026-03-02" in body  # received
            assert "2026-04-02" in body  # due
        if kind is MailKind.EXTENSION:
            assert REASON in body
            assert "2026-04-16" in body  # the extended due date
        if status is CaseStatus.REJECTED:
            assert OUTCOME_REASON in body
        if language == "en":
            continue
        assert subject != english_subject
        for phrase in ENGLISH:
            assert phrase not in body, phrase
        # No line of the English notice left in it, except values given to both.
        values = {"", STAFF_TEXT, OUTCOME_REASON}
        shared = (set(english.splitlines()) & set(body.splitlines())) - values
        assert not shared
        # And a language detector agrees (the values taken out: they are no language).
        words = body.replace(REF, "").replace(STAFF_TEXT, "").replace(REASON, "")
        assert detect_language(words.replace(OUTCOME_REASON, "")) == language


def test_a_configured_signature_signs_every_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(environ={**RENDER_ENV, "DSR_NOTICES__SIGNATURE": "Acme Datenschutz"})
    for language in TEMPLATE_LANGUAGES:
        _, body = render(settings, language, MailKind.ACKNOWLEDGEMENT, CaseStatus.NEW, None)
        assert body.rstrip().endswith("\nAcme Datenschutz")


@pytest.mark.parametrize("language", ["pt", "pt-BR", "pt_PT", "PT"])
def test_a_portuguese_acknowledgement_is_in_portuguese(
    render_settings: Settings, language: str
) -> None:
    subject, body = render(
        render_settings, language, MailKind.ACKNOWLEDGEMENT, CaseStatus.NEW, "Ana Example"
    )
    assert subject == f"[{REF}] Recebemos o seu pedido"
    assert body.startswith("Caro(a) Ana Example,\n\nAgradecemos a sua mensagem de 2026-03-02.")
    assert "Enviaremos a nossa resposta até 2026-04-02, o mais tardar." in body
    assert detect_language(body) == "pt"


@pytest.mark.parametrize("language", ["ja", "zh", None, ""])
def test_a_language_without_templates_falls_back_to_english(
    render_settings: Settings, language: str | None
) -> None:
    subject, body = render(
        render_settings, language or "", MailKind.ACKNOWLEDGEMENT, CaseStatus.NEW, None
    )
    assert subject == f"[{REF}] We have received your request"
    assert body.rstrip().endswith("\nThe privacy team")
