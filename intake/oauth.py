"""OAuth 2.0 access tokens for XOAUTH2 logins (Gmail, Microsoft 365).

The service does not run an OAuth flow itself: a token comes from a command the operator
configures (``oauth_token_command``, e.g. a helper that refreshes with a stored refresh
token and prints an access token) or from a file some other process keeps fresh
(``oauth_token_file``). The first line of the command's output or of the file is the token.

A command's token is cached for the life of the process and fetched again only when the
server rejects it (expired or revoked); a file is read again at every login, since whoever
writes it decides when it changes. Tokens never appear in a repr, a log line or an error.
"""

from __future__ import annotations

import logging
import shlex
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

from intake.imap_settings import ImapLoginError, ImapSettings

log = logging.getLogger(__name__)

# How long a token command may run (a helper may talk to the identity provider).
COMMAND_TIMEOUT = 60.0
# How much of a failed command's stderr an error shows.
_STDERR_CHARS = 400


class TokenError(ImapLoginError):
    """No access token could be had: the command failed, the file is missing or empty."""


@dataclass
class TokenSource:
    """Where the access token of one login comes from, and the token last obtained."""

    label: str  # user@host:port, for errors
    command: str | None = None
    file: str | None = None
    timeout: float = COMMAND_TIMEOUT
    _cached: str | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        if self.command is None and self.file is None:
            raise TokenError(
                f"imap {self.label}: xoauth2 needs oauth_token_command or oauth_token_file"
            )
        if self.command is not None:
            self.file = None  # both given: the command wins, as it can refresh

    def token(self) -> str:
        """The current token: the cached one, or a new one if there is none yet."""
        with self._lock:
            if self.file is not None:
                return self._read_file(self.file)
            if self._cached is None and self.command is not None:
                self._cached = self._run_command(self.command)
            if self._cached is None:
                raise TokenError(f"imap {self.label}: no token source")
            return self._cached

    def refresh(self, rejected: str) -> str | None:
        """A token other than ``rejected``; None if the source still gives the same one."""
        with self._lock:
            if self.file is not None:
                fresh = self._read_file(self.file)
            elif self.command is not None:
                if self._cached is None or self._cached == rejected:
                    self._cached = None
                    self._cached = self._run_command(self.command)
                fresh = self._cached
            else:
                return None
        return None if fresh == rejected else fresh

    def forget(self) -> None:
        """Drop the cached token (the next :meth:`token` fetches a new one)."""
        with self._lock:
            self._cached = None

    def _run_command(self, command: str) -> str:
        try:
            argv = shlex.split(command)
        except ValueError as exc:
            raise TokenError(f"imap {self.label}: oauth_token_command: {exc}") from exc
        if not argv:
            raise TokenError(f"imap {self.label}: oauth_token_command is empty")
        # Only the program's name in errors: its arguments may hold a client secret.
        program = Path(argv[0]).name
        log.debug("imap %s: getting an access token from %s", self.label, program)
        try:
            done = subprocess.run(  # noqa: S603 - the operator's own configured command
                argv,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=self.timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise TokenError(
                f"imap {self.label}: token command {program} did not finish within "
                f"{self.timeout:g} s"
            ) from exc
        except OSError as exc:
            raise TokenError(
                f"imap {self.label}: cannot run token command {program}: "
                f"{exc.strerror or type(exc).__name__}"
            ) from exc
        token = _first_line(done.stdout)
        if done.returncode != 0:
            stderr = " ".join(done.stderr.decode("utf-8", "replace").split())
            if token:
                # A failing helper that still printed something must not leak it here.
                stderr = stderr.replace(token, "[token]")
            if len(stderr) > _STDERR_CHARS:
                stderr = "..." + stderr[-_STDERR_CHARS:]
            raise TokenError(
                f"imap {self.label}: token command {program} failed "
                f"(exit {done.returncode}): {stderr or 'no error output'}"
            )
        if not token:
            raise TokenError(f"imap {self.label}: token command {program} printed no token")
        return token

    def _read_file(self, file: str) -> str:
        path = Path(file).expanduser()
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise TokenError(
                f"imap {self.label}: cannot read oauth_token_file {path}: "
                f"{exc.strerror or type(exc).__name__}"
            ) from exc
        token = _first_line(data)
        if not token:
            raise TokenError(f"imap {self.label}: oauth_token_file {path} holds no token")
        return token


def _first_line(data: bytes) -> str:
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[0].strip() if lines else ""


_sources: dict[tuple[str, str, str | None, str | None], TokenSource] = {}
_sources_lock = threading.Lock()


def token_source(settings: ImapSettings) -> TokenSource:
    """The token source of ``settings``, shared by its connections (so is the cached token).

    The daemon reconnects with a new connection each time; the token it got last time is
    reused until the server rejects it.
    """
    key = (settings.username, settings.host, settings.token_command, settings.token_file)
    with _sources_lock:
        source = _sources.get(key)
        if source is None:
            source = TokenSource(
                label=settings.label, command=settings.token_command, file=settings.token_file
            )
            _sources[key] = source
        return source
