"""Logging set-up for the CLI and the daemon: one handler on stderr, module loggers below it."""

from __future__ import annotations

import logging
import sys

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure(verbosity: int) -> None:
    """WARNING by default, INFO with ``-v``, DEBUG with ``-vv``; third-party chatter stays quiet."""
    level = logging.WARNING - 10 * min(verbosity, 2)
    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("alembic", "sqlalchemy"):
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    # mail-parser warns about every MIME part it does not decode (signatures, reports); the
    # message is still stored whole, so this is debugging detail, not an operator's concern.
    logging.getLogger("mailparser").setLevel(logging.DEBUG if verbosity >= 2 else logging.ERROR)
