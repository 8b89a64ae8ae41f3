"""Reading raw messages from files: an mbox file, a Maildir, a folder of .eml files, one .eml.

The bytes are returned exactly as stored; nothing here changes the source.
"""

from __future__ import annotations

import mailbox
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from intake.errors import SourceError


@dataclass(frozen=True)
class RawMessage:
    """One message's bytes, where they came from, and when the mailbox got it (if known).

    Messages fetched over IMAP also carry their folder's UIDVALIDITY and their UID.
    """

    key: str
    raw: bytes
    received_at: datetime | None = None
    uidvalidity: int | None = None
    uid: int | None = None


@dataclass(frozen=True)
class Unreadable:
    """A single message file that could not be read (the rest of its source goes on)."""

    key: str
    error: str


def detect_kind(path: Path) -> str:
    """``maildir``, ``eml-folder``, ``eml`` or ``mbox`` for ``path``; raises SourceError."""
    if path.is_dir():
        if (path / "cur").is_dir() and (path / "new").is_dir():
            return "maildir"
        return "eml-folder"
    if path.is_file():
        return "eml" if path.suffix.lower() == ".eml" else "mbox"
    raise SourceError(f"{path}: no such file or folder")


def read_source(path: Path) -> Iterator[RawMessage | Unreadable]:
    """Every message at ``path``, in a stable order."""
    kind = detect_kind(path)
    if kind == "maildir":
        yield from _read_maildir(path)
    elif kind == "eml-folder":
        for file in sorted(path.rglob("*.eml")):
            yield _read_file(file)
    elif kind == "eml":
        yield _read_file(path)
    else:
        yield from _read_mbox(path)


def _read_file(file: Path) -> RawMessage | Unreadable:
    try:
        return RawMessage(key=str(file), raw=file.read_bytes())
    except OSError as exc:
        return Unreadable(key=str(file), error=exc.strerror or str(exc))


def _read_mbox(path: Path) -> Iterator[RawMessage | Unreadable]:
    try:
        with path.open("rb") as handle:
            first = handle.readline()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror}") from exc
    if not first.startswith(b"From "):
        raise SourceError(
            f"{path}: not an mbox file (its first line does not start with 'From '); "
            "name a single message *.eml, a folder of them, or a Maildir"
        )
    box = mailbox.mbox(path, create=False)
    try:
        for index, key in enumerate(box.iterkeys()):
            message = box.get_message(key)
            yield RawMessage(
                key=f"{path}#{index}",
                raw=box.get_bytes(key),
                received_at=_mbox_from_line_date(message.get_from()),
            )
    finally:
        box.close()


def _mbox_from_line_date(from_line: str) -> datetime | None:
    # The "From sender Mon Nov  2 10:00:00 2026" line records delivery time in asctime form.
    parts = from_line.split()
    if len(parts) < 6:
        return None
    try:
        parsed = time.strptime(" ".join(parts[-5:]), "%a %b %d %H:%M:%S %Y")
    except ValueError:
        return None
    return datetime(*parsed[:6], tzinfo=UTC)


def _read_maildir(path: Path) -> Iterator[RawMessage | Unreadable]:
    box = mailbox.Maildir(path, factory=None, create=False)
    for key in sorted(box.iterkeys()):
        try:
            message = box.get_message(key)
            raw = box.get_bytes(key)
        except OSError as exc:
            yield Unreadable(key=f"{path}/{key}", error=exc.strerror or str(exc))
            continue
        yield RawMessage(
            key=f"{path}/{key}",
            raw=raw,
            received_at=datetime.fromtimestamp(message.get_date(), UTC),
        )
