"""The errors dsr-triage reports to people, and what each means.

    DsrError                    anything the CLI turns into one line on stderr
    ├── ConfigError             the configuration file or an environment override is wrong
    │                           (exit code 2, nothing written)
    ├── DatabaseError           the database cannot be opened, created or migrated (exit 1)
    └── NotFoundError           a case reference or message id names nothing (exit 1)

Lower layers raise their own exceptions (``intake.errors``, ``classifier.corpus.CorpusError``,
SQLAlchemy's); the CLI translates them at its edge.
"""

from __future__ import annotations


class DsrError(Exception):
    """A problem to report in one line; ``exit_code`` is the process's exit status."""

    exit_code = 1


class ConfigError(DsrError):
    """The configuration is invalid: the message names the file or variable and the key."""

    exit_code = 2


class DatabaseError(DsrError):
    """The database cannot be reached, created or brought to the current schema."""


class NotFoundError(DsrError):
    """What the user named does not exist."""
