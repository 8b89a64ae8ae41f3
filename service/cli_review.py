"""Commands filled in by the work on review (triage, relabel, export, report)."""

from __future__ import annotations

import click

COMMANDS: tuple[click.Command, ...] = ()
