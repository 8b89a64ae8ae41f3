"""Commands filled in by the work on outbound mail (digest, notices, outbox)."""

from __future__ import annotations

import click

COMMANDS: tuple[click.Command, ...] = ()
