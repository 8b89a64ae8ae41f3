"""The staff's read commands: `dsr queue` and `dsr show`.

They read through models.views, without SQLAlchemy: staff run them all day, and each must
answer well within 0.3-0.5 s on a big database (bench/queue.py).
"""

from __future__ import annotations

from datetime import timedelta

import click
from rich.console import Console

from classifier.prediction import CATEGORIES
from models.enums import OPEN_CASE_STATUSES, CaseStatus
from models.views import case_by_reference, queue_page
from service import render
from service.app import CONTEXT_SETTINGS, App, json_option, print_json
from service.errors import NotFoundError


@click.command("queue", context_settings=CONTEXT_SETTINGS)
@click.option(
    "--status",
    "statuses",
    multiple=True,
    type=click.Choice([s.value for s in CaseStatus]),
    help="Only cases in this status (repeatable) [default: the open ones].",
)
@click.option(
    "--category",
    type=click.Choice(CATEGORIES, case_sensitive=False),
    help="Only cases asking for this category, e.g. erasure.",
)
@click.option("--overdue", is_flag=True, help="Only cases past their deadline.")
@click.option("--due-within", type=click.IntRange(min=0), help="Only cases due within DAYS.")
@click.option("--assignee", help="Only cases assigned to this person.")
@click.option("--language", help="Only cases in this language (ISO code, e.g. de).")
@click.option("--limit", type=click.IntRange(min=1), default=50, help="Cases per page [50].")
@click.option("--offset", type=click.IntRange(min=0), default=0, help="Skip the first N cases.")
@click.option("--all", "show_all", is_flag=True, help="Show every matching case.")
@json_option
@click.pass_obj
def queue_(
    app: App,
    statuses: tuple[str, ...],
    category: str | None,
    overdue: bool,
    due_within: int | None,
    assignee: str | None,
    language: str | None,
    limit: int,
    offset: int,
    show_all: bool,
    as_json: bool,
) -> None:
    """List cases, the most urgent first: overdue ones on top, days left coloured.

    One page at a time (--limit, --offset; --all for every case); --json too, with the
    number of cases left off on stderr.

    Example: dsr queue --due-within 7 --category erasure
    """
    zone = app.settings.deadlines.zone
    now = app.clock.now()
    due_before = now if overdue else None
    if due_within is not None:
        until = now + timedelta(days=due_within + 1)
        due_before = min(due_before, until) if due_before else until
    with app.reader() as reader:
        cases, total = queue_page(
            reader,
            tuple(CaseStatus(s) for s in statuses) or OPEN_CASE_STATUSES,
            category=category,
            assignee=assignee,
            language=language.strip().lower() if language else None,
            due_before=due_before,
            now=now,
            limit=None if show_all else limit,
            offset=offset,
        )
        shown = f"cases {offset + 1}-{offset + len(cases)} of {total}"
        more = total > offset + len(cases)
        if as_json:
            print_json([render.case_json(c, now, zone) for c in cases])
            if more:
                click.echo(f"{shown}; more with --offset {offset + len(cases)}", err=True)
            return
        filtered = any(
            (statuses, category, overdue, due_within is not None, assignee, language, offset)
        )
        if not cases:
            click.echo("No cases match." if filtered else "No open requests.")
            return
        title = "Open requests" if not statuses else "Cases: " + ", ".join(statuses)
        console = Console()
        console.print(render.queue_table(cases, now, zone, console.width, title=title))
        if more or offset:
            hint = f"; next: dsr queue --offset {offset + len(cases)}" if more else ""
            click.echo(f"Showing {shown}{hint} (or --all)")


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("reference")
@json_option
@click.pass_obj
def show(app: App, reference: str, as_json: bool) -> None:
    """Show one case: its messages, the classifier's evidence, deadline and timeline.

    Example: dsr show DSR-2026-0001
    """
    zone = app.settings.deadlines.zone
    now = app.clock.now()
    with app.reader() as reader:
        case = case_by_reference(reader, reference)
        if case is None:
            raise NotFoundError(f"no case {reference!r} (see `dsr queue`)")
        if as_json:
            print_json(render.show_case_json(case, now, zone))
        else:
            render.show_case(Console(), case, now, zone)


COMMANDS: tuple[click.Command, ...] = (queue_, show)
