"""Reading raw messages from files: an mbox file, a Maildir, a folder of .eml files, one .eml.

The bytes are returned exactly as stored; nothing here changes the source.

Receipt (DOMAIN.md, "Deadlines") is when the mailbox got a message, not the sender's Date
header. Files carry no IMAP INTERNALDATE, so each is read for what the receiving system
recorded instead: the mbox "From " line, the Maildir file name (else its mtime), the newest
Received header of an .eml. :func:`receipt` decides, with the Date header and then the import
time as the last resorts, and never takes a time that lies in the future.
"""

from __future__ import annotations

import logging
import mailbox
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path

from classifier.document import mail_date
from intake.errors import SourceError
from intake.parse import header_end

log = logging.getLogger(__name__)

# A receipt time further ahead than this is a wrong clock or a forged header: using it would
# push the deadline out, so the import time is taken instead.
FUTURE_TOLERANCE = timedelta(days=1)
DATE_HEADER = "the sender's Date header"
RECEIVED_HEADER = "the newest Received header"


@dataclass(frozen=True)
class RawMessage:
    """One message's bytes, where they came from, and when the mailbox got it (if known).

    ``received_from`` names what recorded ``received_at`` when it was read from a file;
    such a time is checked against the clock. None means a server's INTERNALDATE (or a
    caller that knows the time), taken as it is. Messages fetched over IMAP also carry
    their folder's UIDVALIDITY and their UID.
    """

    key: str
    raw: bytes
    received_at: datetime | None = None
    uidvalidity: int | None = None
    uid: int | None = None
    received_from: str | None = None


@dataclass(frozen=True)
class Unreadable:
    """A single message file that could not be read (the rest of its source goes on)."""

    key: str
    error: str


@dataclass(frozen=True)
class Receipt:
    """When the mailbox got a message, and a note for staff when that is a stand-in."""

    at: datetime
    note: str | None = None


def receipt(message: RawMessage, date_header: datetime | None, now: datetime) -> Receipt:
    """The receipt time of ``message``: delivery time, else Date header, else ``now``.

    A time read from a file or the Date header that is more than a day ahead of ``now`` is
    never used (it would push the deadline out): the import time is taken, with a warning.
    """
    if message.received_at is not None and message.received_from is None:
        return Receipt(message.received_at)  # the server's INTERNALDATE: taken as it is
    if message.received_at is not None:
        at, source, note = message.received_at, message.received_from or "", None
    elif date_header is not None:
        at, source = date_header, DATE_HEADER
        note = f"no delivery time recorded; receipt taken from {DATE_HEADER}"
    else:
        note = "no usable Date header and no delivery time; receipt taken as import time"
        return Receipt(now, note)
    if at > now + FUTURE_TOLERANCE:
        return _in_the_future(message.key, source, at, now)
    return Receipt(at, note)


def _in_the_future(key: str, source: str, at: datetime, now: datetime) -> Receipt:
    log.warning(
        "message %s: %s gives %s, in the future; receipt taken as import time",
        key,
        source,
        at.isoformat(),
    )
    return Receipt(
        now, f"{source} gives {at:%Y-%m-%d %H:%M %Z}, in the future; receipt taken as import time"
    )


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
        return _delivered(str(file), file.read_bytes(), None, "")
    except OSError as exc:
        return Unreadable(key=str(file), error=exc.strerror or str(exc))


def _delivered(key: str, raw: bytes, at: datetime | None, source: str) -> RawMessage:
    """A message read from a file, with the time ``source`` recorded for its delivery.

    Without one, its newest Received header stands in (an mbox line with no date, an .eml).
    """
    if at is None:
        at, source = received_header_date(raw), RECEIVED_HEADER
    return RawMessage(key=key, raw=raw, received_at=at, received_from=source if at else None)


def received_header_date(raw: bytes) -> datetime | None:
    """The date of the topmost (newest) Received header that has one, in UTC.

    Each receiving server prepends its Received header, ending in the date it got the
    message after the last ";" (RFC 5322 section 3.6.7); the topmost is the mailbox's own.
    """
    # Only the header block is parsed: a large body is never decoded for this.
    bounds = header_end(raw, 0, len(raw))
    head = raw[: bounds[0]] if bounds else raw
    headers = BytesHeaderParser(policy=compat32).parsebytes(head)
    for value in headers.get_all("received") or []:
        _, semicolon, date_text = str(value).rpartition(";")
        at = mail_date(date_text) if semicolon else None
        if at is not None:
            return at
    return None


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
            delivered = _mbox_from_line_date(box.get_message(key).get_from())
            yield _delivered(f"{path}#{index}", box.get_bytes(key), delivered, "the mbox From line")
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
        delivered = _maildir_name_date(key)
        if delivered is not None:
            yield _delivered(f"{path}/{key}", raw, delivered, "the Maildir file name")
        else:
            # mailbox sets a Maildir message's date from its file's mtime.
            mtime = datetime.fromtimestamp(message.get_date(), UTC)
            yield _delivered(f"{path}/{key}", raw, mtime, "the Maildir file's mtime")


def _maildir_name_date(key: str) -> datetime | None:
    # The delivering agent names the file "<seconds since 1970>.<unique>.<host>" (maildir(5)),
    # which survives copies that reset the mtime.
    seconds = key.split(".", 1)[0]
    if not seconds.isascii() or not seconds.isdigit():
        return None
    try:
        return datetime.fromtimestamp(int(seconds), UTC)
    except (OverflowError, OSError, ValueError):
        return None
