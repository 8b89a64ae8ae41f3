"""A real Dovecot IMAP server for the tests, started from its own config in a temp dir.

DESIGN.md ("Real components") has the recipe and its pitfalls; the ones that bite are noted
where they are handled. The server listens on 127.0.0.1 only, plain IMAP and IMAPS on free
ports, with a self-signed certificate (its own CA) so the TLS tests can verify it.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from imapclient import IMAPClient

PACKAGE = "dovecot-imapd"
PASSWORD = "s3cret-pw"  # one password for every test user; the login tests use a wrong one
SPARE_USERS = 300
_apt_updated = False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _dovecot_binary() -> str:
    """The dovecot binary, installed from Debian when missing and allowed (root, apt-get)."""
    global _apt_updated
    found = shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
    )
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        if not _apt_updated:
            # A fresh machine has no package lists, so the install would fail without this.
            subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, capture_output=True)
            _apt_updated = True
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", PACKAGE], check=True, env=env, capture_output=True
        )
        found = shutil.which("dovecot") or "/usr/sbin/dovecot"
        if Path(found).exists():
            return found
    pytest.fail(
        f"Dovecot is not installed: install Debian's {PACKAGE!r} package (`make test` does)"
    )


def _self_signed_cert(directory: Path) -> tuple[Path, Path]:
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [
            "openssl", "req", "-x509", "-newkey", "ec",
            "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", str(key), "-out", str(cert), "-days", "2",
            "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


@dataclass
class Dovecot:
    """A running Dovecot and helpers to look at its mailboxes as a second, independent client."""

    root: Path
    mail_root: Path
    imap_port: int
    imaps_port: int
    cert: Path
    users: dict[str, str]
    process: subprocess.Popen[bytes]
    host: str = "127.0.0.1"
    _spare: list[str] = field(default_factory=list)
    # How the master was started, for restart().
    argv: list[str] = field(default_factory=list)
    # Set when the server also takes XOAUTH2 (start_dovecot(oauth=...)).
    oauth: TokenIssuer | None = None

    @property
    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def add_user(self, prefix: str = "user") -> str:
        """A user nobody has logged in as yet: an empty mailbox and a fresh UIDVALIDITY."""
        if self._spare:
            name = self._spare.pop(0)
        else:
            # Dovecot looks at the passwd-file at most once a second: a user added within the
            # same second as the last lookup is unknown. Hence the spare users made at start.
            name = f"{prefix}-{uuid.uuid4().hex[:8]}"
            self.users[name] = PASSWORD
            self._write_passwd()
            time.sleep(1.1)
        return name

    def _write_passwd(self) -> None:
        passwd = self.root / "passwd"
        tmp = passwd.with_suffix(".tmp")
        tmp.write_text("".join(f"{u}:{{PLAIN}}{p}::::::\n" for u, p in self.users.items()))
        tmp.chmod(0o644)
        tmp.replace(passwd)

    def client(self, user: str, *, tls: bool = False) -> IMAPClient:
        """A logged-in client (close it: use it in a ``with`` block)."""
        if tls:
            context = ssl.create_default_context(cafile=str(self.cert))
            client = IMAPClient(self.host, self.imaps_port, ssl=True, ssl_context=context)
        else:
            client = IMAPClient(self.host, self.imap_port, ssl=False, timeout=10)
        try:
            client.login(user, self.users[user])
        except BaseException:
            client.shutdown()
            raise
        return client

    def append(
        self,
        user: str,
        raw: bytes,
        *,
        folder: str = "INBOX",
        flags: tuple[str, ...] = (),
        when: datetime | None = None,
    ) -> int:
        """Deliver ``raw`` to ``folder``; returns its UID (from APPENDUID)."""
        with self.client(user) as client:
            if not client.folder_exists(folder):
                client.create_folder(folder)
            response = client.append(folder, raw, flags=flags, msg_time=when)
        # b"[APPENDUID <uidvalidity> <uid>] Append completed."
        text = response.decode() if isinstance(response, bytes) else str(response)
        return int(text.split("]")[0].split()[-1])

    def flags(self, user: str, uid: int, folder: str = "INBOX") -> set[str]:
        with self.client(user) as client:
            client.select_folder(folder, readonly=True)
            found = client.get_flags([uid])
        return {f.decode() for f in found.get(uid, ())}

    def uids(self, user: str, folder: str = "INBOX") -> list[int]:
        with self.client(user) as client:
            client.select_folder(folder, readonly=True)
            return sorted(int(u) for u in client.search("ALL"))

    def uidvalidity(self, user: str, folder: str = "INBOX") -> int:
        with self.client(user) as client:
            return int(client.folder_status(folder, ["UIDVALIDITY"])[b"UIDVALIDITY"])

    def folders(self, user: str) -> list[str]:
        with self.client(user) as client:
            return sorted(name for _flags, _sep, name in client.list_folders())

    def expunge(self, user: str, uid: int, folder: str = "INBOX") -> None:
        with self.client(user) as client:
            client.select_folder(folder)
            client.add_flags([uid], [b"\\Deleted"], silent=True)
            client.uid_expunge([uid])

    def reset_uidvalidity(self, user: str) -> None:
        """Make Dovecot forget INBOX's UIDs, as after a server migration or restore.

        With no session open, removing dovecot-uidlist and the indexes makes Dovecot number the
        messages afresh under a new UIDVALIDITY (always larger: it keeps a per-user counter).
        """
        maildir = self.mail_root / user / "Maildir"
        for path in maildir.iterdir():
            if path.name == "dovecot-uidlist" or path.name.startswith("dovecot.index"):
                path.unlink()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def shut_down(self) -> None:
        """Stop the master *and* the processes serving connections, dropping every client.

        stop() leaves a running imap process (and so its client's connection) alive: the
        master exits on SIGTERM without waiting for them. A restarted server, as an operator
        or a crash would have it, drops its clients; so does this.
        """
        children = self._children()
        self.stop()
        for pid, cmdline in children:
            try:
                # The pid still belongs to this instance's process (not reused since).
                if Path(f"/proc/{pid}/cmdline").read_bytes() == cmdline:
                    os.kill(pid, signal.SIGKILL)
            except (FileNotFoundError, ProcessLookupError):
                pass
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(
            Path(f"/proc/{pid}").exists() for pid, _cmd in children
        ):
            time.sleep(0.05)

    def _children(self) -> list[tuple[int, bytes]]:
        """The master's child processes: (pid, command line)."""
        found = []
        for proc in Path("/proc").iterdir():
            if not proc.name.isdigit():
                continue
            try:
                stat = (proc / "stat").read_text()
                # The fields after the command name, which is in parentheses: state, ppid, ...
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                if ppid == self.process.pid:
                    found.append((int(proc.name), (proc / "cmdline").read_bytes()))
            except (OSError, ValueError, IndexError):
                continue
        return found

    def start(self) -> None:
        """Start the master again after stop() or shut_down(): same config, ports and mail."""
        if self.process.poll() is None:
            return
        with (self.root / "stdout.log").open("ab") as out:
            self.process = subprocess.Popen(self.argv, stdout=out, stderr=subprocess.STDOUT)
        # The old master's listening sockets may linger a moment; the banner wait covers it.
        _wait_for_banner(self.imap_port, self.process, self.root / "dovecot.log")

    def restart(self) -> None:
        """Shut down (dropping every client) and start again."""
        self.shut_down()
        self.start()


def _wait_for_banner(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"dovecot exited ({process.returncode}):\n{_tail(log)}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
                if sock.recv(200).startswith(b"* OK"):
                    return
        except OSError:
            time.sleep(0.02)
    raise RuntimeError(f"dovecot did not greet on port {port} within 15 s:\n{_tail(log)}")


def _tail(path: Path) -> str:
    return path.read_text(errors="replace")[-3000:] if path.exists() else "(no log)"


def _config(
    root: Path, mail_root: Path, imap_port: int, imaps_port: int, oauth_url: str | None = None
) -> str:
    if os.geteuid() == 0:
        # Mail is handled as Debian's dovecot user (uid ~102): below the default
        # first_valid_uid of 500 login succeeds and the next command fails "Internal error".
        mail_user = pwd.getpwnam("dovecot")
        internal, login = "dovecot", "dovenull"
    else:
        mail_user = pwd.getpwuid(os.geteuid())
        internal = login = mail_user.pw_name
    config = f"""
instance_name = dsr-test-{root.name}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
listen = 127.0.0.1
protocols = imap
default_internal_user = {internal}
default_login_user = {login}
mail_uid = {mail_user.pw_uid}
mail_gid = {mail_user.pw_gid}
first_valid_uid = {mail_user.pw_uid}
first_valid_gid = {mail_user.pw_gid}
ssl = yes
ssl_cert = <{root}/cert.pem
ssl_key = <{root}/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_location = maildir:~/Maildir
mail_fsync = never
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = home={mail_root}/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""
    if oauth_url is None:
        return config
    # XOAUTH2 too: the token is checked by POSTing it to oauth_url (RFC 7662 introspection);
    # passwords keep working for the helpers, and neither passdb answers the other's logins.
    (root / "oauth2.conf.ext").write_text(
        "introspection_mode = post\n"
        f"introspection_url = {oauth_url}\n"
        "username_attribute = username\n"
        "active_attribute = active\n"
        "active_value = true\n"
    )
    (root / "oauth2.conf.ext").chmod(0o644)
    config = config.replace(
        "auth_mechanisms = plain login\n", "auth_mechanisms = plain login xoauth2 oauthbearer\n"
    )
    return config.replace(
        "passdb {\n  driver = passwd-file\n",
        "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
        f"  args = {root}/oauth2.conf.ext\n}}\n"
        "passdb {\n  driver = passwd-file\n  mechanisms = plain login\n",
    )


def start_dovecot(oauth: TokenIssuer | None = None) -> Dovecot:
    """Start a throwaway Dovecot; the caller stops it (``Dovecot.stop``) and removes its dirs.

    With ``oauth``, the server also takes XOAUTH2 logins with the tokens ``oauth`` issued.
    """
    binary = _dovecot_binary()
    # pytest's tmp_path is not traversable by the dovecot user: mkdtemp + chmod 755.
    root = Path(tempfile.mkdtemp(prefix="dsr-dovecot-"))
    root.chmod(0o755)
    shm = Path("/dev/shm")
    # The mail store is much faster in memory than on this disk.
    parent = shm if shm.is_dir() and os.access(shm, os.W_OK) else root
    mail_root = Path(tempfile.mkdtemp(prefix="dsr-dovecot-mail-", dir=parent))
    mail_root.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(mail_root, "dovecot", "dovecot")
    cert, _key = _self_signed_cert(root)
    imap_port, imaps_port = _free_port(), _free_port()
    conf = root / "dovecot.conf"
    conf.write_text(
        _config(root, mail_root, imap_port, imaps_port, oauth.url if oauth is not None else None)
    )
    log = root / "dovecot.log"
    # -F keeps the master in the foreground: daemonized with captured output, it hangs.
    argv = [binary, "-F", "-c", str(conf)]
    with (root / "stdout.log").open("wb") as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT)
    server = Dovecot(
        root=root,
        mail_root=mail_root,
        imap_port=imap_port,
        imaps_port=imaps_port,
        cert=cert,
        users={},
        process=process,
        argv=argv,
        oauth=oauth,
    )
    # Two named users, and spares handed out one per test (see add_user).
    names = ["info", "other", *(f"t{n:03d}" for n in range(SPARE_USERS))]
    server.users.update(dict.fromkeys(names, PASSWORD))
    server._spare = names[2:]
    server._write_passwd()
    try:
        _wait_for_banner(imap_port, process, log)
    except BaseException:
        server.stop()
        raise
    return server


# Named *_fixture so that test modules can import them (pytest finds fixtures by their `name`)
# without the parameter of the same name shadowing the import.
@contextlib.contextmanager
def running_dovecot(oauth: TokenIssuer | None = None) -> Iterator[Dovecot]:
    """A Dovecot of its own, stopped with SIGTERM and its folders removed at the end."""
    server = start_dovecot(oauth=oauth)
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.mail_root, ignore_errors=True)
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(scope="session", name="dovecot")
def dovecot_fixture() -> Iterator[Dovecot]:
    """The suite's Dovecot."""
    with running_dovecot() as server:
        yield server


@pytest.fixture(name="imap_user")
def imap_user_fixture(dovecot: Dovecot) -> str:
    """A user of its own for the test: an empty INBOX and a fresh UIDVALIDITY."""
    return dovecot.add_user()


class TokenIssuer:
    """A tiny OAuth 2.0 token introspection endpoint (RFC 7662) on loopback, for Dovecot.

    Dovecot POSTs ``token=...``; the answer says whether the token is active and whose it is.
    Tokens are issued and revoked by the tests; ``checked`` lists every token asked about.
    """

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}
        self.checked: list[str] = []
        issuer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(length).decode())
                token = (form.get("token") or [""])[0]
                issuer.checked.append(token)
                user = issuer.tokens.get(token)
                answer = {"active": True, "username": user} if user else {"active": False}
                body = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/introspect"

    def issue(self, user: str) -> str:
        token = f"ya29.test-{secrets.token_urlsafe(24)}"
        self.tokens[token] = user
        return token

    def revoke(self, token: str) -> None:
        self.tokens.pop(token, None)

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@pytest.fixture(scope="session", name="oauth_dovecot")
def oauth_dovecot_fixture() -> Iterator[Dovecot]:
    """A second Dovecot that also takes XOAUTH2, with tokens from ``server.oauth``."""
    issuer = TokenIssuer()
    try:
        with running_dovecot(oauth=issuer) as server:
            yield server
    finally:
        issuer.close()
