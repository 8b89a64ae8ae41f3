"""Logging set-up for the CLI and the daemon: one handler on stderr, module loggers below it.

Text for people, JSON lines for log collectors. Whatever the format, a filter replaces every
configured secret (passwords, the database URL's password) with ``***`` before a record is
written, so a secret cannot reach a log line through an error message or a repr.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable
from contextvars import ContextVar
from datetime import UTC, datetime

_FORMAT = "%(asctime)s %(levelname)s %(name)s%(where)s: %(message)s"
FORMATS = ("text", "json")

current_mailbox: ContextVar[str | None] = ContextVar("current_mailbox", default=None)
"""The mailbox the running code works on (each ``dsr run`` watcher sets it in its thread):
every log line written meanwhile names it, whichever module writes it."""


class AddMailbox(logging.Filter):
    """Puts the current mailbox on each record: ``[info]`` in text, ``"mailbox"`` in JSON."""

    def filter(self, record: logging.LogRecord) -> bool:
        mailbox = current_mailbox.get()
        record.mailbox = mailbox
        record.where = f" [{mailbox}]" if mailbox else ""
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message (and the traceback, if any)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        mailbox = getattr(record, "mailbox", None)
        if mailbox:
            entry["mailbox"] = mailbox
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        elif record.exc_text:  # already formatted (and redacted) by RedactSecrets
            entry["traceback"] = record.exc_text
        return json.dumps(entry, ensure_ascii=False)


class RedactSecrets(logging.Filter):
    """Replaces each secret in a record's final text with ``***``."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        # Longest first, so a secret containing another is replaced whole.
        self.secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        message = record.getMessage()
        text = message
        for secret in self.secrets:
            text = text.replace(secret, "***")
        if text != message:
            record.msg, record.args = text, None
        if record.exc_info and record.exc_info[1] is not None:
            # The traceback is formatted later from the exception; format it now, redacted.
            formatted = logging.Formatter().formatException(record.exc_info)
            for secret in self.secrets:
                formatted = formatted.replace(secret, "***")
            record.exc_info, record.exc_text = None, formatted
        return True


def configure(verbosity: int, fmt: str = "text", secrets: Iterable[str] = ()) -> None:
    """WARNING by default, INFO with ``-v``, DEBUG with ``-vv``; third-party chatter stays quiet."""
    level = logging.WARNING - 10 * min(verbosity, 2)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter(_FORMAT))
    handler.addFilter(AddMailbox())
    handler.addFilter(RedactSecrets(secrets))
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("alembic", "sqlalchemy"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    # mail-parser warns about every MIME part it does not decode (signatures, reports); the
    # message is still stored whole, so this is debugging detail, not an operator's concern.
    logging.getLogger("mailparser").setLevel(logging.DEBUG if verbosity >= 2 else logging.ERROR)
