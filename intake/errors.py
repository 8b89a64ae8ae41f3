"""Errors raised while reading and parsing mail.

IntakeError
├── SourceError     a whole source (mbox file, Maildir, folder) cannot be read
└── ParseError      one message cannot be parsed; it is stored as failed, raw bytes kept
"""

from __future__ import annotations


class IntakeError(Exception):
    """Something in intake went wrong; the message says what and where."""


class SourceError(IntakeError):
    """A mail source cannot be opened or is not in a format we read."""


class ParseError(IntakeError):
    """A message cannot be parsed into headers and text."""
