"""How to reach an IMAP mailbox: settings, TLS, and the errors of the IMAP source."""

from __future__ import annotations

import ipaddress
import logging
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from intake.errors import IntakeError

log = logging.getLogger(__name__)

Security = Literal["tls", "starttls", "plain"]
Auth = Literal["password", "xoauth2"]

DEFAULT_KEYWORDS: Mapping[str, str] = MappingProxyType(
    {"relevant": "$DSR", "needs_triage": "$NeedsTriage", "irrelevant": "$NotDSR"}
)


class ImapError(IntakeError):
    """The IMAP server cannot be reached, refused a command, or the settings are unsafe."""


class ImapLoginError(ImapError):
    """The server rejected the username or password."""


@dataclass(frozen=True)
class ImapSettings:
    """Where the mailbox is, how to log in, and what to write back to it."""

    host: str
    username: str
    password: str | None = field(default=None, repr=False)  # never in logs or tracebacks
    auth: Auth = "password"
    token_command: str | None = None  # xoauth2: prints an access token
    token_file: str | None = None  # xoauth2: holds an access token
    port: int | None = None  # None: 993 for tls, 143 for starttls and plain
    security: Security = "tls"
    folder: str = "INBOX"
    allow_insecure: bool = False
    verify_tls: bool = True
    ca_file: str | None = None
    timeout: float = 60.0
    batch_size: int = 200
    write_keywords: bool = True
    keywords: Mapping[str, str] = field(default_factory=lambda: DEFAULT_KEYWORDS, hash=False)
    move_irrelevant_to: str | None = None

    @property
    def effective_port(self) -> int:
        if self.port is not None:
            return self.port
        return 993 if self.security == "tls" else 143

    @property
    def label(self) -> str:
        """``user@host:port``, the identifier on every log line and error."""
        return f"{self.username}@{self.host}:{self.effective_port}"

    @property
    def location(self) -> str:
        """A URL-like description of the folder, for ``Mailbox.location``."""
        scheme = "imaps" if self.security == "tls" else "imap"
        return f"{scheme}://{self.label}/{self.folder}"


@dataclass(frozen=True)
class FolderState:
    """What SELECT told us about the folder, and the server's capabilities."""

    uidvalidity: int
    uidnext: int | None
    exists: int
    capabilities: frozenset[str]
    keywords_allowed: bool


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (no DNS lookup: a name could lie)."""
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def tls_context(settings: ImapSettings) -> ssl.SSLContext:
    """A verifying client context; ``ca_file`` adds a private CA (the tests' self-signed one)."""
    context = ssl.create_default_context(cafile=settings.ca_file)
    if not settings.verify_tls:
        log.warning("imap %s: TLS certificate verification is OFF", settings.label)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context
