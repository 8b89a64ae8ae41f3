"""A real Dovecot IMAP server for the tests, started from its own config in a temp dir.

DESIGN.md ("Real components") has the recipe and its pitfalls; the ones that bite are noted
where they are handled. The server listens on 127.0.0.1 only, plain IMAP and IMAPS on free
ports, with a self-signed certificate (its own CA) so the TLS tests can verify it.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

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


def _config(root: Path, mail_root: Path, imap_port: int, imaps_port: int) -> str:
    if os.geteuid() == 0:
        # Mail is handled as Debian's dovecot user (uid ~102): below the default
        # first_valid_uid of 500 login succeeds and the next command fails "Internal error".
        mail_user = pwd.getpwnam("dovecot")
        internal, login = "dovecot", "dovenull"
    else:
        mail_user = pwd.getpwuid(os.geteuid())
        internal = login = mail_user.pw_name
    return f"""
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


def start_dovecot() -> Dovecot:
    """Start a throwaway Dovecot; the caller stops it (``Dovecot.stop``) and removes its dirs."""
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
    conf.write_text(_config(root, mail_root, imap_port, imaps_port))
    log = root / "dovecot.log"
    # -F keeps the master in the foreground: daemonized with captured output, it hangs.
    with (root / "stdout.log").open("wb") as out:
        process = subprocess.Popen(
            [binary, "-F", "-c", str(conf)], stdout=out, stderr=subprocess.STDOUT
        )
    server = Dovecot(
        root=root,
        mail_root=mail_root,
        imap_port=imap_port,
        imaps_port=imaps_port,
        cert=cert,
        users={},
        process=process,
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
@pytest.fixture(scope="session", name="dovecot")
def dovecot_fixture() -> Iterator[Dovecot]:
    """The suite's Dovecot, stopped with SIGTERM at the end."""
    server = start_dovecot()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(server.mail_root, ignore_errors=True)
        shutil.rmtree(server.root, ignore_errors=True)


@pytest.fixture(name="imap_user")
def imap_user_fixture(dovecot: Dovecot) -> str:
    """A user of its own for the test: an empty INBOX and a fresh UIDVALIDITY."""
    return dovecot.add_user()
