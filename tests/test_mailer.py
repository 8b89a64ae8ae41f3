"""SMTP delivery against a real aiosmtpd server: plain on loopback, STARTTLS, SMTPS, AUTH.

The server fixtures here are shared with the outbox, digest and notice tests.
"""

from __future__ import annotations

import email
import email.policy
import ssl
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from pydantic import SecretStr

from service.config import SmtpSettings
from service.mailer import Mailer, PermanentError, ServerError, TransientError
from tests.conftest import _free_port

USER, PASSWORD = "dsr", "s3cret"


@dataclass
class Received:
    sender: str
    recipients: list[str]
    raw: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.raw, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Inbox:
    """aiosmtpd handler: keeps what it accepts; refuses recipients named reject*/later*."""

    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(  # noqa: N802  (aiosmtpd's hook name)
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address.startswith("reject"):
            return "550 5.1.1 no such user"
        if address.startswith("later"):
            return "451 4.3.0 try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        with self.lock:
            self.received.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), bytes(envelope.content))
            )
        return "250 OK"

    def messages(self) -> list[EmailMessage]:
        with self.lock:
            return [r.message for r in self.received]


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, auth: Any) -> Any:
    ok = isinstance(auth, LoginPassword) and (auth.login, auth.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


class SmtpServer:
    """A real SMTP server on 127.0.0.1; ``start()`` may come later (the server was down)."""

    def __init__(self, port: int | None = None, **kwargs: Any) -> None:
        self.port = port or _free_port()
        self.inbox = Inbox()
        self.kwargs = kwargs
        self.controller: Controller | None = None

    def start(self) -> SmtpServer:
        self.controller = Controller(
            self.inbox, hostname="127.0.0.1", port=self.port, **self.kwargs
        )
        self.controller.start()
        return self

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def settings(self, **overrides: Any) -> SmtpSettings:
        values: dict[str, Any] = {
            "host": "127.0.0.1",
            "port": self.port,
            "security": "plain",
            "timeout": 5.0,
            "from_address": "privacy@acme-devices.example",
        }
        return SmtpSettings(**{**values, **overrides})


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    """A plain SMTP server on loopback, running."""
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def smtp_down() -> Iterator[SmtpServer]:
    """A server whose port is chosen but which is not running until the test starts it."""
    server = SmtpServer()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost, made with openssl."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt"),
            *("ec_paramgen_curve:prime256v1", "-nodes", "-days", "2", "-subj", "/CN=localhost"),
            *("-keyout", str(key), "-out", str(cert)),
            *("-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def _server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*map(str, certificate))
    return context


def _message(to: str = "ana@example.org") -> bytes:
    message = EmailMessage()
    message["From"] = "privacy@acme-devices.example"
    message["To"] = to
    message["Subject"] = "hello"
    message.set_content("Hello.\n")
    return message.as_bytes()


def test_plain_smtp_on_loopback_delivers(smtp_server: SmtpServer) -> None:
    with Mailer(smtp_server.settings()) as mailer:
        mailer.send(_message(), "privacy@acme-devices.example", ["ana@example.org"])
    (got,) = smtp_server.inbox.received
    assert got.recipients == ["ana@example.org"]
    assert got.message["Subject"] == "hello"


def test_plain_smtp_to_another_machine_is_refused_unless_allowed() -> None:
    remote = SmtpSettings(host="smtp.example.com", security="plain")
    with pytest.raises(ServerError, match=r"refusing plain SMTP to smtp\.example\.com"):
        Mailer(remote)
    Mailer(SmtpSettings(host="smtp.example.com", security="plain", allow_insecure=True))
    with pytest.raises(ServerError, match=r"smtp\.host is not set"):
        Mailer(SmtpSettings())


def test_starttls_with_auth_verifies_the_certificate(certificate: tuple[Path, Path]) -> None:
    server = SmtpServer(
        tls_context=_server_context(certificate),
        require_starttls=True,
        authenticator=_authenticate,
        auth_required=True,
        auth_exclude_mechanism=["LOGIN"],
    ).start()
    try:
        trusted = server.settings(
            security="starttls", ca_file=certificate[0], username=USER, password=PASSWORD
        )
        with Mailer(trusted) as mailer:
            mailer.send(_message(), "privacy@acme-devices.example", ["ana@example.org"])
        assert len(server.inbox.received) == 1
        with pytest.raises(ServerError, match=r"not trusted: self.signed certificate"):
            Mailer(server.settings(security="starttls", username=USER, password=PASSWORD)).connect()
        wrong = trusted.model_copy(update={"password": SecretStr("wrong")})
        with pytest.raises(ServerError, match="SMTP login as dsr refused"):
            Mailer(wrong).connect()
    finally:
        server.stop()


def test_smtps_verifies_the_certificate(certificate: tuple[Path, Path]) -> None:
    server = SmtpServer(ssl_context=_server_context(certificate)).start()
    try:
        with Mailer(server.settings(security="tls", ca_file=certificate[0])) as mailer:
            mailer.send(_message(), "privacy@acme-devices.example", ["ana@example.org"])
        assert len(server.inbox.received) == 1
        with pytest.raises(ServerError, match="not trusted"):
            Mailer(server.settings(security="tls")).connect()
        # Turning verification off is possible, and explicit.
        with Mailer(server.settings(security="tls", verify_tls=False)) as mailer:
            mailer.send(_message(), "privacy@acme-devices.example", ["ana@example.org"])
        assert len(server.inbox.received) == 2
    finally:
        server.stop()


def test_refusals_are_sorted_into_permanent_and_transient(smtp_server: SmtpServer) -> None:
    with Mailer(smtp_server.settings()) as mailer:
        with pytest.raises(PermanentError, match=r"550 5\.1\.1 no such user"):
            mailer.send(_message(), "privacy@acme-devices.example", ["reject@example.org"])
        with pytest.raises(TransientError, match=r"451 4\.3\.0"):
            mailer.send(_message(), "privacy@acme-devices.example", ["later@example.org"])
        # One good recipient is enough for the mail to have gone.
        mailer.send(_message(), "x@acme-devices.example", ["reject@example.org", "ana@example.org"])
    assert [r.recipients for r in smtp_server.inbox.received] == [["ana@example.org"]]


def test_an_unreachable_server_is_transient(smtp_down: SmtpServer) -> None:
    with pytest.raises(TransientError, match=r"cannot reach SMTP server 127\.0\.0\.1:"):
        Mailer(smtp_down.settings(timeout=2.0)).connect()
