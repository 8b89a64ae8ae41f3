"""An IMAP folder as a source of raw messages, and the write-back of decisions to it.

Reading never changes the mailbox: bodies are fetched with ``BODY.PEEK[]`` so ``\\Seen`` is
never set. Write-back adds one keyword per decision (``$DSR``, ``$NeedsTriage``, ``$NotDSR``)
and may move irrelevant mail to another folder; the only thing ever deleted is the source
copy of such a move when the server lacks MOVE (COPY, ``\\Deleted``, UID EXPUNGE of that UID).

Passwords only travel encrypted (IMAPS or STARTTLS, certificates verified) unless the server is
on this machine or ``allow_insecure`` says otherwise.
"""

from __future__ import annotations

import io
import logging
import ssl
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from intake.imap_settings import (
    DEFAULT_KEYWORDS,
    FolderState,
    ImapError,
    ImapLoginError,
    ImapSettings,
    Security,
    is_loopback,
    tls_context,
)
from intake.oauth import token_source
from intake.sources import RawMessage

__all__ = [
    "DEFAULT_KEYWORDS",
    "FolderState",
    "ImapError",
    "ImapLoginError",
    "ImapMailbox",
    "ImapSettings",
    "Security",
    "is_loopback",
    "tls_context",
]

log = logging.getLogger(__name__)

# RFC 2177: servers may drop a client idle for 30 minutes; renew well before that.
IDLE_RENEW_SECONDS = 25 * 60
# Without IDLE, how often to ask (NOOP) whether new mail arrived while waiting.
POLL_SECONDS = 30.0
# A fetch batch holds at most this many bytes of mail in memory (besides batch_size).
MAX_BATCH_BYTES = 64 * 1024 * 1024
# A message larger than this is fetched on its own, in chunks of CHUNK_BYTES.
LARGE_MESSAGE_BYTES = 8 * 1024 * 1024
CHUNK_BYTES = 4 * 1024 * 1024


def _text(value: object) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def _server_text(exc: BaseException) -> str:
    # imaplib puts the server's reply in the message as a bytes repr: b'[AUTH...] ...'.
    text = str(exc)
    if text.startswith(("b'", 'b"')) and text.endswith(("'", '"')):
        text = text[2:-1]
    return text.strip() or type(exc).__name__


class ImapMailbox:
    """One logged-in connection to one folder. Use as a context manager."""

    def __init__(self, settings: ImapSettings) -> None:
        self.settings = settings
        self._client: IMAPClient | None = None
        self._state: FolderState | None = None
        self._known_folders: set[str] = set()
        self._delimiter: str | None = None
        # The highest UID fetch_since has seen: idle_wait first checks nothing arrived after it.
        self._high_uid: int | None = None

    # -- connection ---------------------------------------------------------------------------

    def __enter__(self) -> ImapMailbox:
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
    def label(self) -> str:
        return self.settings.label

    def _fail(self, what: str, exc: BaseException) -> ImapError:
        return ImapError(f"imap {self.label}: {what}: {_server_text(exc)}")

    @contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        """Turn imaplib's and the socket's errors into one ImapError line saying ``what``."""
        try:
            yield
        except (OSError, IMAPClientError) as exc:
            raise self._fail(what, exc) from exc

    def check_security(self) -> None:
        """Refuse, before connecting, to send a password in clear text off this machine."""
        s = self.settings
        if s.security not in ("tls", "starttls", "plain"):
            raise ImapError(f"imap {self.label}: unknown security {s.security!r}")
        if s.security == "plain" and not (is_loopback(s.host) or s.allow_insecure):
            raise ImapError(
                f"imap {self.label}: refusing to send the password unencrypted to a remote "
                'host; use security = "tls" or "starttls" (or set allow_insecure)'
            )

    def connect(self) -> None:
        """Connect, secure the connection as configured, and log in."""
        self.check_security()
        s = self.settings
        use_tls = s.security == "tls"
        context = tls_context(s) if s.security != "plain" else None
        try:
            client = IMAPClient(
                s.host,
                port=s.effective_port,
                ssl=use_tls,
                ssl_context=context if use_tls else None,
                timeout=s.timeout,
            )
        except ssl.SSLError as exc:
            raise self._fail("TLS failed", exc) from exc
        except (OSError, IMAPClientError) as exc:
            raise self._fail("cannot connect", exc) from exc
        try:
            if s.security == "starttls":
                if not client.has_capability("STARTTLS"):
                    raise ImapError(f"imap {self.label}: server does not offer STARTTLS")
                try:
                    client.starttls(context)
                except (ssl.SSLError, IMAPClientError) as exc:
                    raise self._fail("STARTTLS failed", exc) from exc
            self._login(client)
        except BaseException:
            _shutdown(client)
            raise
        self._client = client
        log.info("imap %s: logged in (%s)", self.label, s.security)

    def _login(self, client: IMAPClient) -> None:
        if self.settings.auth == "xoauth2":
            self._oauth2_login(client)
            return
        try:
            client.login(self.settings.username, self.settings.password)
        except LoginError as exc:
            reason = _server_text(exc)
            raise ImapLoginError(f"imap {self.label}: login failed: {reason}") from exc
        except (OSError, IMAPClientError) as exc:
            raise self._fail("login failed", exc) from exc

    def _oauth2_login(self, client: IMAPClient) -> None:
        """XOAUTH2 with the token source's token; a rejected token is replaced once."""
        tokens = token_source(self.settings)
        token = tokens.token()
        try:
            self._xoauth2(client, token)
            return
        except LoginError as exc:
            rejected = exc
        # Most likely expired or revoked: ask the source for another and try that once.
        fresh = tokens.refresh(token)
        if fresh is None:
            raise self._login_error(rejected, token) from rejected
        log.info("imap %s: access token rejected; retrying with a fresh one", self.label)
        try:
            self._xoauth2(client, fresh)
        except LoginError as exc:
            raise self._login_error(exc, fresh) from exc

    def _xoauth2(self, client: IMAPClient, token: str) -> None:
        try:
            client.oauth2_login(self.settings.username, token)
        except LoginError:
            raise
        except (OSError, IMAPClientError) as exc:
            raise ImapError(
                f"imap {self.label}: login failed: {_server_text(exc).replace(token, '[token]')}"
            ) from exc

    def _login_error(self, exc: LoginError, token: str) -> ImapLoginError:
        # Servers do not echo the token; should one ever do, it still stays out of the error.
        reason = _server_text(exc).replace(token, "[token]")
        return ImapLoginError(f"imap {self.label}: login failed (xoauth2): {reason}")

    def close(self) -> None:
        """Log out; a connection already broken is just closed."""
        client, self._client = self._client, None
        if client is None:
            return
        try:
            client.logout()
        except Exception as exc:  # the connection may already be gone; close it regardless
            log.debug("imap %s: logout failed (%s); closing", self.label, exc)
            _shutdown(client)

    @property
    def client(self) -> IMAPClient:
        if self._client is None:
            raise ImapError(f"imap {self.label}: not connected")
        return self._client

    @property
    def state(self) -> FolderState:
        if self._state is None:
            raise ImapError(f"imap {self.label}: no folder selected")
        return self._state

    # -- reading ------------------------------------------------------------------------------

    def select(self) -> FolderState:
        """Open the folder read-write; its UIDVALIDITY, the capabilities, keyword support."""
        folder = self.settings.folder
        with self._errors(f"cannot select {folder}"):
            response = self.client.select_folder(folder)
            capabilities = frozenset(_text(c).upper() for c in self.client.capabilities())
        self._high_uid = None
        permanent = {_text(f) for f in response.get(b"PERMANENTFLAGS", ())}
        self._state = FolderState(
            uidvalidity=int(response[b"UIDVALIDITY"]),
            uidnext=int(response[b"UIDNEXT"]) if b"UIDNEXT" in response else None,
            exists=int(response.get(b"EXISTS", 0)),
            capabilities=capabilities,
            # "\*" in PERMANENTFLAGS: new keywords may be created and are kept.
            keywords_allowed="\\*" in permanent,
        )
        log.debug(
            "imap %s: selected %s uidvalidity=%d exists=%d",
            self.label,
            folder,
            self._state.uidvalidity,
            self._state.exists,
        )
        return self._state

    def search_uids(self, criteria: list[str]) -> list[int]:
        """UIDs of the selected folder matching ``criteria`` (IMAP SEARCH keys), ascending."""
        with self._errors(f"search {' '.join(criteria)} failed"):
            return sorted(int(uid) for uid in self.client.search(criteria))

    def fetch_since(self, last_uid: int) -> Iterator[RawMessage]:
        """Every message with a UID above ``last_uid``, oldest first, fetched in batches."""
        state = self.state
        folder = self.settings.folder
        # "N:*" always matches the highest UID, even when it is below N: filter.
        uids = [u for u in self.search_uids(["UID", f"{last_uid + 1}:*"]) if u > last_uid]
        self._high_uid = max([last_uid, *uids])
        if uids:
            log.info("imap %s: %d new message(s) in %s", self.label, len(uids), folder)
        size = max(1, self.settings.batch_size)
        for start in range(0, len(uids), size):
            for batch, octets in self._split_by_bytes(uids[start : start + size]):
                small = [uid for uid in batch if octets.get(uid, 0) <= LARGE_MESSAGE_BYTES]
                response = self._fetch(small, ["BODY.PEEK[]", "INTERNALDATE"]) if small else {}
                for uid in batch:
                    # Popped, so that the batch does not hold on to messages already handed on.
                    data = response.pop(uid, None)
                    raw: bytes | None = None
                    if data is not None:
                        raw = bytes(data.pop(b"BODY[]", None) or b"")
                    elif octets.get(uid, 0) > LARGE_MESSAGE_BYTES:
                        data, raw = self._fetch_large(uid)
                    if data is None or raw is None:
                        # Expunged by someone else between SEARCH and FETCH: nothing to read.
                        log.warning("imap %s: %s/%d vanished before fetch", self.label, folder, uid)
                        continue
                    yield RawMessage(
                        key=f"{folder}/{uid}",
                        raw=raw,
                        received_at=_utc(data.get(b"INTERNALDATE")),
                        uidvalidity=state.uidvalidity,
                        uid=uid,
                    )

    def _fetch_large(self, uid: int) -> tuple[dict[bytes, Any] | None, bytes | None]:
        """A large message in chunks (partial FETCH) into one buffer: no transient copies.

        A single FETCH of a 30 MB body costs about three times its size in imaplib's and
        imapclient's buffers; chunks of CHUNK_BYTES cost one copy plus a chunk.
        """
        data = self._fetch([uid], ["INTERNALDATE"]).get(uid)
        if data is None:
            return None, None
        buffer = io.BytesIO()
        while True:
            offset = buffer.tell()
            response = self._fetch([uid], [f"BODY.PEEK[]<{offset}.{CHUNK_BYTES}>"])
            chunk = response.get(uid, {}).get(f"BODY[]<{offset}>".encode())
            if chunk is None:
                return None, None
            buffer.write(chunk)
            del response
            if len(chunk) < CHUNK_BYTES:
                # getvalue() hands over the buffer's own bytes object: no copy.
                return data, buffer.getvalue()

    def _split_by_bytes(self, uids: list[int]) -> Iterator[tuple[list[int], dict[int, int]]]:
        """``uids`` in batches of at most MAX_BATCH_BYTES, with each message's size."""
        # A batch of large attachments could otherwise hold gigabytes in memory at once.
        sizes = self._fetch(uids, ["RFC822.SIZE"])
        octets = {uid: int(sizes.get(uid, {}).get(b"RFC822.SIZE", 0)) for uid in uids}
        batch: list[int] = []
        total = 0
        for uid in uids:
            if batch and total + octets[uid] > MAX_BATCH_BYTES:
                yield batch, octets
                batch, total = [], 0
            batch.append(uid)
            total += octets[uid]
        if batch:
            yield batch, octets

    def _fetch(self, uids: list[int], items: list[str]) -> dict[int, dict[bytes, Any]]:
        self.client.normalise_times = False  # aware datetimes, converted to UTC by _utc
        with self._errors(f"fetch of {len(uids)} message(s) failed"):
            response = self.client.fetch(uids, items)
        return {int(uid): data for uid, data in response.items()}

    # -- write-back ---------------------------------------------------------------------------

    def keyword_for(self, decision: str) -> str | None:
        """The keyword written back for ``decision``, or None if keywords are off/unsupported."""
        if not self.settings.write_keywords or not self.state.keywords_allowed:
            return None
        return self.settings.keywords.get(str(decision))

    def mark(self, uid: int, decision: str) -> bool:
        """Add the decision's keyword to message ``uid``; False if there is nothing to add."""
        keyword = self.keyword_for(decision)
        if keyword is None:
            return False
        with self._errors(f"cannot flag {self.settings.folder}/{uid} {keyword}"):
            self.client.add_flags([uid], [keyword], silent=True)
        log.debug("imap %s: %s/%d +%s", self.label, self.settings.folder, uid, keyword)
        return True

    def server_folder(self, folder: str) -> str:
        """``folder`` with "/" as the hierarchy separator, spelled the way this server wants.

        Settings always use "/" (``Archive/Not DSR``); Dovecot's Maildir++ uses ".", others "/".
        """
        if self._delimiter is None:
            with self._errors("cannot ask for the hierarchy separator"):
                listing = self.client.list_folders("", "")
            self._delimiter = _text(listing[0][1]) if listing and listing[0][1] else "/"
        if self._delimiter == "/":
            return folder
        return folder.replace("/", self._delimiter)

    def ensure_folder(self, folder: str) -> str:
        """Create ``folder`` (and subscribe to it, so mail clients show it) unless it exists.

        Returns the folder's name on the server.
        """
        name = self.server_folder(folder)
        if name in self._known_folders:
            return name
        with self._errors(f"cannot create folder {name}"):
            if not self.client.folder_exists(name):
                try:
                    self.client.create_folder(name)
                    log.info("imap %s: created folder %s", self.label, name)
                except IMAPClientError:
                    # Another client may have created it meanwhile; only fail if it is missing.
                    if not self.client.folder_exists(name):
                        raise
                try:
                    self.client.subscribe_folder(name)
                except IMAPClientError as exc:
                    log.info("imap %s: cannot subscribe to %s: %s", self.label, name, exc)
        self._known_folders.add(name)
        return name

    def move(self, uid: int, folder: str) -> None:
        """Move message ``uid`` to ``folder`` ("/"-separated; created if missing)."""
        folder = self.ensure_folder(folder)
        source = f"{self.settings.folder}/{uid}"
        caps = self.state.capabilities
        with self._errors(f"cannot move {source} to {folder}"):
            if "MOVE" in caps:
                self.client.move([uid], folder)
            else:
                self.client.copy([uid], folder)
                self.client.add_flags([uid], [b"\\Deleted"], silent=True)
                if "UIDPLUS" in caps:
                    self.client.uid_expunge([uid])
                else:
                    # A plain EXPUNGE would also remove mail others marked \Deleted: leave it.
                    log.warning(
                        "imap %s: %s copied to %s and marked \\Deleted; no UIDPLUS, not expunged",
                        self.label,
                        source,
                        folder,
                    )
        log.info("imap %s: moved %s to %s", self.label, source, folder)

    # -- waiting ------------------------------------------------------------------------------

    def noop(self) -> bool:
        """Keep the connection alive; True if the server announced new mail meanwhile."""
        with self._errors("NOOP failed"):
            _text_reply, responses = self.client.noop()
        return _announces_new_mail(responses)

    def idle_wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for new mail; True as soon as the server announces it.

        Uses IDLE where the server has it (Dovecot sends notices about 0.5 s late), renewing
        it before the 29-minute limit; otherwise polls with NOOP.
        """
        deadline = time.monotonic() + max(0.0, timeout)
        if self._arrived_since_fetch():
            return True
        if "IDLE" not in self.state.capabilities:
            return self._poll_wait(deadline)
        with self._errors("IDLE failed"):
            while True:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self.client.idle()
                try:
                    found = self._idle_until(time.monotonic() + min(remaining, IDLE_RENEW_SECONDS))
                finally:
                    _reply, late = self.client.idle_done()
                if found or _announces_new_mail(late):
                    log.debug("imap %s: IDLE woke on new mail", self.label)
                    return True

    def _arrived_since_fetch(self) -> bool:
        # Mail that arrived after fetch_since's SEARCH was announced (EXISTS) in the reply to
        # some later command, where imapclient drops it; IDLE would not announce it again.
        if self._high_uid is None:
            return False
        high = self._high_uid
        return any(u > high for u in self.search_uids(["UID", f"{high + 1}:*"]))

    def _idle_until(self, until: float) -> bool:
        while (left := until - time.monotonic()) > 0:
            if _announces_new_mail(self.client.idle_check(timeout=left)):
                return True
        return False

    def _poll_wait(self, deadline: float) -> bool:
        while (left := deadline - time.monotonic()) > 0:
            time.sleep(min(left, POLL_SECONDS))
            if self.noop():
                return True
        return False


def _announces_new_mail(responses: Iterable[Any]) -> bool:
    # Untagged "* 12 EXISTS" / "* 1 RECENT" arrive as (12, b"EXISTS"); FETCH and OK are not news.
    for response in responses:
        if not (isinstance(response, tuple) and len(response) >= 2):
            continue
        if response[1] == b"EXISTS" or (response[1] == b"RECENT" and response[0]):
            return True
    return False


def _utc(value: object) -> datetime | None:
    if not isinstance(value, datetime):
        return None
    if value.tzinfo is None:  # should not happen with normalise_times off; assume UTC
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def _shutdown(client: IMAPClient) -> None:
    try:
        client.shutdown()
    except (OSError, IMAPClientError) as exc:
        log.debug("imap: closing a broken connection: %s", exc)
