"""SMTP delivery with smtplib: SMTPS or STARTTLS, certificates verified, AUTH, timeouts.

Plain SMTP is refused to a server that is not on this machine unless ``smtp.allow_insecure``
says otherwise. Failures are sorted for the outbox: :class:`TransientError` (try again
later: the server is down, busy, or answered 4xx), :class:`PermanentError` (this mail was
refused for good: 5xx), and :class:`ServerError` (the server cannot be used at all: TLS,
login or configuration; no mail can go until someone fixes it).
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from types import TracebackType

from intake.imap_settings import is_loopback
from service.config import SmtpSettings

log = logging.getLogger(__name__)


class MailError(Exception):
    """Sending failed; the message says why in one line."""


class TransientError(MailError):
    """Worth trying again later."""


class PermanentError(MailError):
    """The server refused this mail for good."""


class ServerError(MailError):
    """The server cannot be used (TLS verification, login, configuration)."""


def tls_context(settings: SmtpSettings) -> ssl.SSLContext:
    """Verifying by default (the system's CAs plus ``ca_file``); verification off is logged."""
    context = ssl.create_default_context(cafile=str(settings.ca_file) if settings.ca_file else None)
    if not settings.verify_tls:
        log.warning("smtp.verify_tls is off: the server's certificate is not checked")
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _reply(code: int, text: bytes | str) -> str:
    message = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(message.split())}"


class Mailer:
    """One connection to the SMTP server, opened on entry (``with Mailer(settings) as m``)."""

    def __init__(self, settings: SmtpSettings) -> None:
        if not settings.host:
            raise ServerError("smtp.host is not set: mail stays in the outbox")
        if settings.security == "plain" and not (
            is_loopback(settings.host) or settings.allow_insecure
        ):
            raise ServerError(
                f"refusing plain SMTP to {settings.host}, which is not on this machine; "
                'use security = "tls" or "starttls" (or set smtp.allow_insecure)'
            )
        self.settings = settings
        self.host: str = settings.host
        self.port = settings.resolved_port()
        self._smtp: smtplib.SMTP | None = None

    def __enter__(self) -> Mailer:
        self.connect()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def connected(self) -> bool:
        return self._smtp is not None

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def connect(self) -> None:
        s = self.settings
        try:
            if s.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=s.timeout, context=tls_context(s)
                )
            else:
                smtp = smtplib.SMTP(self.host, self.port, timeout=s.timeout)
            self._smtp = smtp
            smtp.ehlo()
            if s.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise ServerError(f"SMTP server {self.where} does not offer STARTTLS")
                smtp.starttls(context=tls_context(s))
                smtp.ehlo()
            if s.username:
                password = s.password_value()
                if password is None:
                    raise ServerError(
                        "smtp.username is set but no password "
                        "(DSR_SMTP__PASSWORD or smtp.password_file)"
                    )
                smtp.login(s.username, password)
        except ssl.SSLCertVerificationError as exc:
            self.close()
            raise ServerError(
                f"TLS certificate of SMTP server {self.where} not trusted: {exc.verify_message}"
            ) from exc
        except smtplib.SMTPAuthenticationError as exc:
            self.close()
            raise ServerError(
                f"SMTP login as {s.username} refused by {self.where}: "
                f"{_reply(exc.smtp_code, exc.smtp_error)}"
            ) from exc
        except smtplib.SMTPNotSupportedError as exc:
            self.close()
            raise ServerError(f"SMTP server {self.where}: {exc}") from exc
        except ServerError:
            self.close()
            raise
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            reason = str(exc) or type(exc).__name__
            raise TransientError(f"cannot reach SMTP server {self.where}: {reason}") from exc

    def send(self, raw: bytes, sender: str, recipients: list[str]) -> None:
        """Hand one message to the server; raises a :class:`MailError` subclass if refused."""
        if self._smtp is None:
            self.connect()
        assert self._smtp is not None  # noqa: S101  (connect sets it or raises)
        try:
            refused = self._smtp.sendmail(sender, recipients, raw)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = [code for code, _ in exc.recipients.values()]
            detail = "; ".join(
                f"{rcpt}: {_reply(code, text)}" for rcpt, (code, text) in exc.recipients.items()
            )
            error = PermanentError if all(c >= 500 for c in codes) else TransientError
            raise error(f"recipients refused: {detail}") from exc
        except smtplib.SMTPResponseException as exc:
            error = PermanentError if exc.smtp_code >= 500 else TransientError
            raise error(f"refused: {_reply(exc.smtp_code, exc.smtp_error)}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise TransientError(f"lost SMTP server {self.where}: {exc}") from exc
        if refused:
            # Some recipients took it: it went; the refusals are logged, not retried.
            log.warning("SMTP server %s refused some recipients: %s", self.where, refused)

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()
