"""Staff judging messages (triage, relabel) and the figures for regulators (export, report).

Judgements are one transaction each, taken with the message locked, so two staff triaging at
once never judge the same message twice: the second gets one line saying it was done.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console

from classifier.prediction import CATEGORIES
from models.db import session_factory, transaction
from models.tables import Decision, Message
from service import render
from service.app import CONTEXT_SETTINGS, App, json_option, print_json
from service.errors import DsrError, NotFoundError

# The review and report queries are imported by the commands that use them: every `dsr`
# command imports this module, `dsr show` too.
if TYPE_CHECKING:
    from models.reports import Period

KEYS = {"c": "confirm", "d": "dismiss", "s": "skip", "v": "view", "q": "quit"}
PREVIEW_CHARS = 1200
# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _show_message(console: Console, message: Message, position: str, app: App) -> None:
    from models import review

    zone = app.settings.deadlines.zone
    prediction = message.prediction or {}
    predicted = ", ".join(review.predicted_categories(message)) or "-"
    console.print(
        # With the zone's abbreviation, as `dsr show` gives it: receipt starts the deadline.
        f"[bold]{position}[/bold] message #{message.id}, received "
        f"{message.received_at.astimezone(zone):%Y-%m-%d %H:%M %Z}, "
        f"score {message.score or 0.0:.3f}, predicted: {predicted}",
        highlight=False,
    )
    console.print(
        render.inert(f"From:    {message.from_name or ''} <{message.from_address or '?'}>")
    )
    console.print(render.inert(f"Subject: {message.subject or ''}"))
    for item in prediction.get("evidence", [])[:8]:
        line = f"  {item['kind']:6} {item['target']:18} {item['weight']:+.3f}  {item['text']}"
        console.print(render.inert(line))
    text = render.message_text(message)
    more = (
        f"\n… ({len(text) - PREVIEW_CHARS} more characters: v to view)"
        if len(text) > PREVIEW_CHARS
        else ""
    )
    console.print(render.inert(text[:PREVIEW_CHARS].rstrip() + more))


def _parse_categories(value: str) -> list[str]:
    chosen = [part.strip().lower() for part in value.replace(";", ",").replace(" ", ",").split(",")]
    chosen = [c for c in chosen if c]
    unknown = [c for c in chosen if c not in CATEGORIES]
    if unknown or not chosen:
        raise click.BadParameter(f"give one or more of: {', '.join(CATEGORIES)}")
    return chosen


def _ask_key() -> str:
    key: str = click.prompt(
        "c=confirm d=dismiss s=skip v=view q=quit",
        type=click.Choice(list(KEYS), case_sensitive=False),
        show_choices=False,
    )
    return key.lower()


def _judge(app: App, message_id: int, key: str, categories: list[str]) -> str:
    from models import review
    from models.review import ReviewError

    with transaction(session_factory(app.engine)) as session:
        message = review.message_for_update(session, message_id)
        if message is None:
            raise ReviewError(f"message #{message_id} is gone")
        now = app.clock.now()
        if key == "d":
            review.dismiss(session, message, actor=app.staff, now=now)
            return f"message #{message_id}: dismissed (not a request)"
        case = review.confirm(
            session, message, categories, actor=app.staff, now=now, policy=app.settings.policy()
        )
        return f"message #{message_id}: confirmed, " + render.case_line(
            case, now, app.settings.deadlines.zone
        )


@click.command(context_settings=CONTEXT_SETTINGS)
@click.pass_obj
def triage(app: App) -> None:
    """Walk the messages in "needs triage" one by one: confirm, dismiss or skip each.

    \b
    Keys (type one, then Enter):
      c  confirm: it is a request; asks the categories (Enter keeps the predicted ones)
      d  dismiss: not a request        s  skip: decide later
      v  view the whole text           q  quit
    Confirm opens a case; both are stored as labels the classifier learns from.

    Example: dsr triage
    """
    from models import review
    from models.review import ReviewError

    factory = session_factory(app.engine)
    with transaction(factory) as session:
        ids = review.triage_ids(session)
    if not ids:
        click.echo("Nothing needs triage.")
        return
    console = Console(highlight=False)
    tally: Counter[str] = Counter()
    for position, message_id in enumerate(ids, 1):
        with transaction(factory) as session:
            message = session.get(Message, message_id)
            if message is None or message.decision is not Decision.NEEDS_TRIAGE:
                continue  # judged by someone else since the list was read
            _show_message(console, message, f"[{position}/{len(ids)}]", app)
            text, predicted = render.message_text(message), review.predicted_categories(message)
        try:
            key = _ask_key()
            while key == "v":
                console.print(render.inert(text))
                key = _ask_key()
            categories: list[str] = []
            if key == "c":
                categories = click.prompt(
                    "Categories", default=",".join(predicted) or None, value_proc=_parse_categories
                )
        except click.Abort:  # end of input or Ctrl-C: stop like q
            click.echo()
            key = "q"
        if key == "q":
            break
        if key == "s":
            tally["skipped"] += 1
            continue
        try:
            click.echo(_judge(app, message_id, key, categories))
            tally["confirmed" if key == "c" else "dismissed"] += 1
        except ReviewError as exc:
            click.echo(f"Error: {exc}", err=True)
    with transaction(factory) as session:
        left = len(review.triage_ids(session))
    click.echo(
        f"Triage: {tally['confirmed']} confirmed, {tally['dismissed']} dismissed, "
        f"{tally['skipped']} skipped; {left} still need triage."
    )


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("message_id", type=int)
@click.option("--relevant/--irrelevant", default=None, help="The message is / is not a request.")
@click.option(
    "--category",
    "categories",
    multiple=True,
    type=click.Choice(CATEGORIES),
    help="A category of the request (repeatable) [default: the case's or the predicted ones].",
)
@click.option("--reason", help="Why (kept in the audit log).")
@click.pass_obj
def relabel(
    app: App,
    message_id: int,
    relevant: bool | None,
    categories: tuple[str, ...],
    reason: str | None,
) -> None:
    """Correct the judgement on a message (the id shown by `dsr show`, `dsr triage`, `dsr failed`).

    --relevant opens a case if the message has none open; --irrelevant closes the case it
    opened as not a request. The label is what `dsr train` learns from. A failed message
    (`dsr failed`) judged either way leaves the failed list; --relevant needs --category.

    Example: dsr relabel 42 --relevant --category erasure --category objection
    """
    from models import review
    from models.review import ReviewError

    if relevant is None:
        raise click.UsageError("give --relevant or --irrelevant")
    if categories and not relevant:
        raise click.UsageError("--category goes with --relevant")
    now = app.clock.now()
    with transaction(session_factory(app.engine)) as session:
        message = review.message_for_update(session, message_id)
        if message is None:
            raise NotFoundError(f"no message #{message_id}")
        try:
            case = review.relabel(
                session,
                message,
                relevant,
                categories,
                actor=app.staff,
                now=now,
                policy=app.settings.policy(),
                reason=reason,
            )
        except ReviewError as exc:
            raise DsrError(str(exc)) from exc
        label = (
            "relevant (" + ", ".join(message.staff_categories or []) + ")"
            if relevant
            else "irrelevant"
        )
        line = f"message #{message_id}: labelled {label}"
        if case is not None:
            line += "; " + render.case_line(case, now, app.settings.deadlines.zone)
    click.echo(render.inert_str(line))


def _safe_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = ";".join(str(v) for v in value)
    text = str(value)
    # Some spreadsheets trim leading spaces before reading a formula.
    return "'" + text if text.lstrip(" ").startswith(_FORMULA_START) else text


def csv_text(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """Rows as CSV, every cell a spreadsheet cannot run as a formula."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_safe_cell(row[c]) for c in columns])
    return out.getvalue()


def _write_private(path: Path, text: str) -> None:
    # The export holds personal data: the file is the owner's only, like the database.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        raise DsrError(f"cannot write {path}: {exc.strerror}") from exc


def _period_of(value: str | None) -> Period | None:
    from models.reports import PeriodError, parse_period

    if value is None:
        return None
    try:
        return parse_period(value)
    except PeriodError as exc:
        raise click.BadParameter(str(exc), param_hint="--period") from exc


period_option = click.option(
    "--period",
    help="Received in YYYY, YYYY-Qn, YYYY-MM or FROM..TO (YYYY-MM-DD..YYYY-MM-DD).",
)


@click.command("export", context_settings=CONTEXT_SETTINGS)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json"]),
    default="csv",
    show_default=True,
    help="CSV for spreadsheets (formula-safe), JSON for scripts.",
)
@click.option(
    "--output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Write to FILE (created readable by you only) [default: standard output].",
)
@period_option
@click.pass_obj
def export(app: App, fmt: str, output: Path | None, period: str | None) -> None:
    """Export cases with their dates, status, outcome and deadline figures.

    Columns: reference, received/due/closed dates, status, outcome, categories, jurisdiction,
    days to respond and whether the answer came within the deadline. Cells a spreadsheet
    would run as a formula (starting with = + - @) are prefixed with a quote.

    Example: dsr export --format csv --period 2026 --output cases-2026.csv
    """
    from models.reports import EXPORT_COLUMNS, cases_received, export_row

    zone = app.settings.deadlines.zone
    chosen = _period_of(period)
    with transaction(session_factory(app.engine)) as session:
        rows = [export_row(case, zone) for case in cases_received(session, chosen, zone)]
    if fmt == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    else:
        text = csv_text(rows, list(EXPORT_COLUMNS))
    if output is None:
        click.echo(text, nl=False)
        return
    _write_private(output, text)
    click.echo(f"{len(rows)} cases written to {output}", err=True)


def _print_report(data: dict[str, Any]) -> None:
    period = data["period"]
    if not data["received"]:
        # Empty tables would read like a broken report; the figures are all zero anyway.
        click.echo(f"Period {period['label']} ({period['start']} to {period['end']})")
        click.echo("No cases received in this period.")
        return
    click.echo(
        f"Period {period['label']} ({period['start']} to {period['end']}): "
        f"{data['received']} cases received, {data['requests']} of them requests"
    )
    click.echo("By category:")
    for name, count in data["by_category"].items() or [("-", 0)]:
        click.echo(f"  {name:20} {count:6}")
    click.echo("By outcome:")
    for name, count in data["by_outcome"].items():
        if count:
            click.echo(f"  {name:20} {count:6}")
    for reason, count in data["rejection_reasons"].items():
        click.echo(render.inert_str(f"    rejected: {reason}: {count}"))
    median = data["median_days_to_respond"]
    if data["answered"]:
        click.echo(
            f"Answered (completed or rejected): {data['answered']}; days to respond: "
            f"median {median:g}, mean {data['mean_days_to_respond']:g}"
        )
        click.echo(
            f"Answered within the deadline: {data['answered_within_deadline']} of "
            f"{data['answered']} ({data['share_within_deadline']:.1%})"
        )
    else:
        click.echo("Answered (completed or rejected): 0")
    click.echo(
        f"Extended: {data['extended']}; still open: {data['open']} ({data['open_overdue']} overdue)"
    )


@click.command("report", context_settings=CONTEXT_SETTINGS)
@period_option
@json_option
@click.pass_obj
def report_(app: App, period: str | None, as_json: bool) -> None:
    """The figures a regulator asks for (e.g. the CCPA annual metrics), for one period.

    Counts of cases by category and outcome, rejection reasons, median days to respond and
    the share answered within the deadline, for the cases received in the period
    [default: this year].

    Example: dsr report --period 2026-Q4 --json
    """
    from models.reports import parse_period, report

    zone = app.settings.deadlines.zone
    now = app.clock.now()
    chosen = _period_of(period) or parse_period(str(now.astimezone(zone).year))
    with transaction(session_factory(app.engine)) as session:
        data = report(session, chosen, zone, now)
    if as_json:
        print_json(data)
    else:
        _print_report(data)


@click.command(context_settings=CONTEXT_SETTINGS)
@click.pass_obj
def train(app: App) -> None:
    """Retrain the classifier from its corpus plus every staff correction (triage, relabel).

    The model is saved in the data directory and used by every command from then on;
    training is deterministic for the same corpus and corrections.

    Example: dsr train
    """
    from classifier.training import CORRECTION_WEIGHT, examples_from_mail
    from classifier.training import train as fit
    from models.review import staff_labels
    from service.model_cache import TRAINED_FILE, save_trained

    with transaction(session_factory(app.engine)) as session:
        labels = staff_labels(session)
    corrections = examples_from_mail(labels)
    model = fit(corrections=corrections)
    path = app.settings.database.data_dir / TRAINED_FILE
    save_trained(model, path)
    relevant = sum(1 for e in corrections if e.relevant)
    click.echo(
        f"trained {model.version} on the corpus and {len(corrections)} staff correction(s) "
        f"({relevant} relevant, {len(corrections) - relevant} not; each counts "
        f"{CORRECTION_WEIGHT:g}x); saved to {path}"
    )


COMMANDS: tuple[click.Command, ...] = (triage, relabel, export, report_, train)
