"""Operator commands: check the installation, purge what retention says to purge."""

from __future__ import annotations

import click

from models.db import session_factory, transaction
from service.app import CONTEXT_SETTINGS, App, json_option, print_json
from service.errors import DsrError


@click.command(context_settings=CONTEXT_SETTINGS)
@click.pass_obj
def check(app: App) -> None:
    """Check configuration, database schema, IMAP login and the classifier; one line each.

    Exits 1 if any check fails, so a deployment can stop on it.

    Example: dsr check
    """
    from service.check import run_checks  # loads IMAP and the model only when checking
    from service.config import config_file

    results = run_checks(app.settings, config_file(app.config_path))
    for result in results:
        click.echo(result.line())
    failed = [r.name for r in results if not r.ok]
    if failed:
        raise DsrError(f"{len(failed)} check(s) failed: {', '.join(failed)}")


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option("--dry-run", is_flag=True, help="Show what would be purged; change nothing.")
@json_option
@click.pass_obj
def purge(app: App, dry_run: bool, as_json: bool) -> None:
    """Purge the text of old irrelevant mail and long-closed cases (retention settings).

    Headers, decisions, evidence, cases and the audit trail stay; each purge is an audit event.

    Example: dsr purge --dry-run
    """
    from models.retention import plan_purge
    from models.retention import purge as run_purge

    retention = app.settings.retention
    limits = {"irrelevant_days": retention.irrelevant_days, "case_years": retention.case_years}
    with transaction(session_factory(app.engine)) as session:
        now = app.clock.now()
        plan = plan_purge(session, now, **limits) if dry_run else run_purge(session, now, **limits)
    if as_json:
        print_json(
            {
                "dry_run": dry_run,
                "irrelevant_messages": list(plan.irrelevant),
                "closed_case_messages": list(plan.closed_cases),
            }
        )
        return
    verb = "would purge" if dry_run else "purged"
    click.echo(
        f"{verb} {len(plan.irrelevant)} irrelevant message(s) older than "
        f"{retention.irrelevant_days} days and {len(plan.closed_cases)} message(s) of cases "
        f"closed over {retention.case_years} years ago"
    )


COMMANDS: tuple[click.Command, ...] = (check, purge)
