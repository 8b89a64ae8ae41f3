"""The ``dsr`` command line: thin commands over intake, classifier and models.

Every command has help (``dsr COMMAND --help``) with an example. Errors become one line on
stderr and a non-zero exit code: 2 for configuration and usage errors, 1 for the rest.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.text import Text

from service import logs, render
from service.app import CONTEXT_SETTINGS, App, DsrGroup, json_option, print_json
from service.errors import DsrError, NotFoundError

log = logging.getLogger(__name__)

# The classifier (scikit-learn), intake, IMAP and Alembic are imported by the commands that
# use them, so that `dsr queue` and `dsr show` start in a fraction of a second.
if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from classifier.predict import Classifier
    from classifier.prediction import Prediction
    from intake.pipeline import Pipeline


class _Dsr(DsrGroup):
    # The commands of these modules are imported only when they run (or for --help), so that
    # `dsr queue` and `dsr show` load neither the ORM nor the mail and review code.
    # tests/test_startup.py checks this table against each module's COMMANDS.
    lazy_commands = MappingProxyType(
        {
            name: module
            for module, names in {
                "service.cli_read": ("queue", "show"),
                "service.cli_cases": (
                    "assign",
                    "verify",
                    "request-info",
                    "pause",
                    "resume",
                    "extend",
                    "complete",
                    "reject",
                    "close",
                    "note",
                    "jurisdiction",
                    "audit",
                ),
                "service.cli_mail": ("notify", "digest", "outbox", "send-outbox"),
                "service.cli_review": ("triage", "relabel", "export", "report", "train"),
                "service.cli_ops": ("check", "purge"),
            }.items()
            for name in names
        }
    )


@click.group(cls=_Dsr, context_settings=CONTEXT_SETTINGS)
@click.option(
    "--config",
    "config_path",
    type=click.Path(path_type=Path, dir_okay=False),
    envvar="DSR_CONFIG",
    help="TOML configuration file [default: $DSR_CONFIG, else ./dsr.toml if present].",
)
@click.option(
    "--as",
    "actor",
    envvar="DSR_STAFF",
    help="Your name in the audit log [default: $DSR_STAFF, else your login name].",
)
@click.option("-v", "--verbose", count=True, help="More log output on stderr (-vv for debug).")
@click.option(
    "--log-format",
    type=click.Choice(logs.FORMATS),
    default="text",
    envvar="DSR_LOG_FORMAT",
    show_default=True,
    help="Log lines on stderr as text, or as JSON objects for a log collector.",
)
@click.version_option(package_name="dsr-triage")
@click.pass_context
def cli(
    ctx: click.Context, config_path: Path | None, actor: str | None, verbose: int, log_format: str
) -> None:
    """dsr-triage: find data subject requests in a company mailbox and meet their deadlines.

    \b
    Quick start:
      dsr import demo/messages     store, classify and queue a folder of .eml files
      dsr queue                    open requests, most urgent first
      dsr show DSR-2026-0001       one case: text, evidence, deadline, timeline
    """
    if not isinstance(ctx.obj, App):
        ctx.obj = App(config_path)
    # Tests hand in an App with a frozen clock; the options apply to it all the same.
    app: App = ctx.obj
    app.config_path, app.actor, app.verbose, app.log_format = (
        config_path,
        actor,
        verbose,
        log_format,
    )
    app.configure_logging(verbose)
    ctx.call_on_close(ctx.obj.close)


@cli.group(context_settings=CONTEXT_SETTINGS)
def db() -> None:
    """Create, upgrade and check the database schema.

    Example: dsr db upgrade
    """


@db.command("upgrade", context_settings=CONTEXT_SETTINGS)
@click.pass_obj
def db_upgrade(app: App) -> None:
    """Bring the database to the current schema (other commands do this on their own).

    Example: DSR_DATABASE__URL=postgresql+psycopg://dsr@db/dsr dsr db upgrade
    """
    import migrations

    engine = app.engine
    click.echo(f"database at revision {migrations.current(engine)} (head {migrations.head()})")


@db.command("check", context_settings=CONTEXT_SETTINGS)
@click.pass_obj
def db_check(app: App) -> None:
    """Exit non-zero if the database schema differs from the models (drift).

    Example: dsr db check
    """
    import migrations

    differences = migrations.drift(app.engine)
    if differences:
        for difference in differences:
            click.echo(f"drift: {difference}")
        raise click.exceptions.Exit(1)
    click.echo("schema matches the models")


@cli.command("import", context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--mailbox", "mailbox_name", help="File the messages under this mailbox name.")
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show a progress bar on stderr [default: when stderr is a terminal].",
)
@click.pass_obj
def import_(
    app: App, paths: tuple[Path, ...], mailbox_name: str | None, progress: bool | None
) -> None:
    """Store, classify and queue the messages in PATHS.

    A PATH is an mbox file, a Maildir folder, a folder of .eml files, or one .eml file.
    Importing the same messages again adds nothing. A message that cannot be parsed is
    stored as failed with its error; the import goes on. Exits 1 if a PATH could not be read.
    A progress bar on stderr counts the messages when stderr is a terminal.

    Example: dsr import demo/messages
    """
    import mailbox
    import sys

    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from intake.errors import SourceError
    from intake.pipeline import Outcome
    from intake.sources import Unreadable, detect_kind, read_source

    def count(path: Path, kind: str) -> int | None:
        # Listing a folder is cheap; an mbox is scanned once more for its "From " lines.
        try:
            if kind == "maildir":
                return len(mailbox.Maildir(path, factory=None, create=False))
            if kind == "eml-folder":
                return sum(1 for _ in path.rglob("*.eml"))
            if kind == "eml":
                return 1
            with path.open("rb") as handle:
                if handle.read(5) != b"From ":
                    return None  # read_source says why it is not an mbox
            box = mailbox.mbox(path, create=False)
            try:
                return len(box)
            finally:
                box.close()
        except (OSError, mailbox.Error):
            return None

    show = sys.stderr.isatty() if progress is None else progress
    pipeline = _pipeline(app)
    name = mailbox_name or app.settings.default_mailbox.name
    problems = 0
    for path in paths:
        tally: Counter[str] = Counter()
        try:
            box = pipeline.mailbox_id(name, "files", str(path))
            kind = detect_kind(path)
            # One bar per PATH, stopped before its summary goes to stdout; what is echoed to
            # stderr meanwhile is printed above it.
            bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                # --progress on a pipe draws it anyway, so a log shows how far it got.
                console=Console(file=sys.stderr, force_terminal=show or None),
                disable=not show,
                redirect_stdout=False,
            )
            with bar:
                task = bar.add_task(path.name or str(path), total=count(path, kind) if show else 0)
                for item in read_source(path):
                    if isinstance(item, Unreadable):
                        problems += 1
                        click.echo(f"Error: {item.key}: cannot read: {item.error}", err=True)
                        bar.advance(task)
                        continue
                    result = pipeline.ingest(box, item)
                    tally["joined" if result.joined else result.outcome] += 1
                    if result.outcome is Outcome.FAILED:
                        message = render.inert_str(f"failed: {item.key}: {result.error}")
                        click.echo(message, err=True)
                    for note in result.notes:
                        click.echo(f"note: {item.key}: {note}", err=True)
                    bar.advance(task)
        except SourceError as exc:
            problems += 1
            click.echo(f"Error: {exc}", err=True)  # click's style, as every other error
            continue
        total = sum(tally.values())
        click.echo(
            f"{path} ({kind}): {total} read, {tally[Outcome.RELEVANT]} requests queued, "
            f"{tally[Outcome.NEEDS_TRIAGE]} need triage, {tally[Outcome.IRRELEVANT]} irrelevant, "
            f"{tally[Outcome.FAILED]} failed, {tally[Outcome.DUPLICATE]} already stored, "
            f"{tally['joined']} replies joined their case"
        )
    if problems:
        raise click.exceptions.Exit(1)


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.option(
    "--once", is_flag=True, help="Process what is waiting, then exit (for cron and tests)."
)
@click.pass_context
def run(ctx: click.Context, once: bool) -> None:
    """Watch the configured IMAP mailboxes: store, classify and queue what arrives.

    One watcher per mailbox ([mailbox] or [[mailbox]] tables) uses IMAP IDLE where the server
    offers it (mailbox.idle), else polls every mailbox.poll_seconds, and reconnects with
    backoff if the server goes away. Alongside run the outbox sender, deadline reminders and
    weekly digest (when smtp.host is set) and the daily retention purge. Several `dsr run`
    processes may share a PostgreSQL database: each mailbox is worked by one of them at a
    time (daemon.lease_seconds). The first SIGTERM or Ctrl-C finishes the message in hand and
    exits 0. Exits 1 with one line if a mailbox or the database cannot be used at start, or
    when a job fails (its traceback is logged), so that the supervisor restarts the service.

    Example: DSR_MAILBOX__PASSWORD=... dsr run --once
    """
    from intake.imap import ImapError
    from models.db import session_factory
    from service.daemon import Daemon, Watcher
    from service.jobs import daemon_jobs

    app: App = ctx.obj
    # A service says what it does: INFO at least, so the supervisor's log shows each sync.
    app.configure_logging(max(1, app.verbose))
    settings = app.settings
    imaps = [(box, box.imap()) for box in settings.mailboxes]  # missing settings: one line now
    pipeline = _pipeline(app)
    if not once:
        # The model now, not at the first message (a request should queue within seconds), and
        # once, not in several watcher threads at a time.
        log.info("classifier: %s", type(pipeline.classifier).__name__)
    watchers = [
        Watcher(
            imap=imap,
            mailbox_name=box.name,
            pipeline=pipeline,
            factory=session_factory(app.engine),
            now=app.clock.now,
            idle=box.idle,
            poll_seconds=box.poll_seconds,
            lease_seconds=settings.daemon.lease_seconds,
        )
        for box, imap in imaps
    ]
    daemon = Daemon(
        watchers,
        daemon_jobs(app, once=once),
        zone=settings.deadlines.zone,
        misfire_grace_seconds=settings.daemon.misfire_grace_seconds,
    )
    daemon.install_signal_handlers()
    try:
        code = daemon.run_once() if once else daemon.run()
    except ImapError as exc:
        raise DsrError(str(exc)) from exc
    if daemon.fatal is not None:
        job, error = daemon.fatal
        raise DsrError(str(error) if isinstance(error, ImapError) else f"job {job} failed: {error}")
    ctx.exit(code)


def _classify_file(classifier: Classifier, path: Path, max_chars: int) -> Prediction:
    from classifier.document import document_from_bytes

    return classifier.predict(document_from_bytes(path.read_bytes(), max_chars))


def _expand(paths: tuple[Path, ...]) -> list[tuple[str, Path]]:
    files: list[tuple[str, Path]] = []
    for path in paths:
        if path.is_dir():
            files.extend((str(p), p) for p in sorted(path.rglob("*.eml")))
        elif path.is_file():
            files.append((str(path), path))
        else:
            raise click.BadParameter(f"{path}: no such file or folder", param_hint="PATH")
    return files


def _pipeline(app: App) -> Pipeline:
    from intake.pipeline import Pipeline
    from models.db import session_factory

    settings = app.settings
    return Pipeline(
        session_factory(app.engine),
        app.classifier,
        zone=settings.deadlines.zone,
        now=app.clock.now,
        max_chars=settings.classifier.max_text_chars,
        policy=settings.policy(),
    )


@cli.command(context_settings=CONTEXT_SETTINGS)
@json_option
@click.pass_obj
def failed(app: App, as_json: bool) -> None:
    """List messages that could not be parsed or classified, with their errors.

    They are kept whole; fix the cause and run `dsr retry`, or read one yourself and judge
    it with `dsr relabel ID --irrelevant` or `--relevant --category C` (opens a case): a
    judged message is no longer listed here, counted as failed, or retried.

    Example: dsr failed
    """
    from models.db import session_factory, transaction
    from models.queue import failed_messages

    with transaction(session_factory(app.engine)) as session:
        rows = [
            {
                "id": m.id,
                "received_at": m.received_at.isoformat(),
                "source": m.source_key,
                "from": m.from_address,
                "subject": m.subject,
                "attempts": m.attempts,
                "error": m.error,
            }
            for m in failed_messages(session)
        ]
    if as_json:
        print_json(rows)
        return
    if not rows:
        click.echo("No failed messages.")
        return
    for row in rows:
        click.echo(
            render.inert_str(
                f"#{row['id']}  {str(row['received_at'])[:16]}  {row['source']}  "
                f"(attempts {row['attempts']})\n    {row['error']}"
            )
        )


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("ids", nargs=-1, type=int)
@click.option("--all", "retry_all", is_flag=True, help="Retry every failed message.")
@click.pass_obj
def retry(app: App, ids: tuple[int, ...], retry_all: bool) -> None:
    """Parse, classify and route failed messages again (see `dsr failed`).

    A message staff judged with `dsr relabel` is no longer failed and is not retried.
    Exits 1 if any still fails, or, before retrying any, if an ID is not a failed message.

    Example: dsr retry 17 18   |   dsr retry --all
    """
    from intake.pipeline import Outcome
    from models.db import session_factory, transaction
    from models.queue import failed_messages

    if bool(ids) == retry_all:
        raise click.UsageError("name message ids or give --all (not both)")
    with transaction(session_factory(app.engine)) as session:
        if retry_all:
            ids = tuple(m.id for m in failed_messages(session))
        else:
            _require_failed(session, ids)
    if not ids:
        click.echo("No failed messages.")
        return
    pipeline = _pipeline(app)
    still_failing = 0
    for message_id in ids:
        try:
            result = pipeline.retry(message_id)
        except LookupError as exc:  # judged or retried by someone else since the check
            if not retry_all:
                raise DsrError(str(exc)) from exc
            click.echo(f"#{message_id}: skipped: {exc}", err=True)  # the others still run
            continue
        if result.outcome is Outcome.FAILED:
            still_failing += 1
            click.echo(render.inert_str(f"#{message_id}: still failing: {result.error}"), err=True)
        else:
            case = f", case {result.case_reference}" if result.case_reference else ""
            click.echo(f"#{message_id}: {result.outcome.value}{case}")
    if still_failing:
        raise click.exceptions.Exit(1)


def _require_failed(session: Session, ids: tuple[int, ...]) -> None:
    """Refuse (one line, nothing retried) unless every id names a failed message."""
    from models.review import standing
    from models.tables import Message, MessageStatus

    for message_id in ids:
        message = session.get(Message, message_id)
        if message is None:
            raise NotFoundError(f"no message #{message_id}")
        if message.status is not MessageStatus.FAILED:
            raise DsrError(f"message #{message_id} is not a failed message ({standing(message)})")


@cli.command(context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@json_option
@click.pass_obj
def classify(app: App, paths: tuple[Path, ...], as_json: bool) -> None:
    """Classify .eml files and explain why; needs no database.

    A PATH may be a folder: every .eml below it is classified. With --json, one JSON
    object per message per line (file, decision, relevant, score, categories, time_range,
    language, evidence, ...). Exits 1 if a file could not be read.

    Example: dsr classify demo/messages --json
    """
    classifier = app.classifier()
    max_chars = app.settings.classifier.max_text_chars
    console = Console()
    unreadable = 0
    for shown, path in _expand(paths):
        try:
            prediction = _classify_file(classifier, path, max_chars)
        except OSError as exc:
            unreadable += 1
            click.echo(f"Error: {shown}: cannot read: {exc.strerror}", err=True)
            continue
        if as_json:
            click.echo(json.dumps({"file": shown, **prediction.to_json()}, ensure_ascii=False))
            continue
        categories = ", ".join(prediction.categories) or "-"
        console.print(
            Text.assemble(
                (render.inert_str(shown), "bold"),
                f": {prediction.decision.value} (score {prediction.score:.3f}; {categories}; ",
                render.inert(f"language {prediction.language})"),
            )
        )
        for item in prediction.evidence[:8]:
            line = f"    {item.kind:6} {item.target:18} {item.weight:+.3f}  {item.text}"
            console.print(render.inert(line))
    if unreadable:
        raise click.exceptions.Exit(1)


@cli.command(context_settings=CONTEXT_SETTINGS)
@json_option
@click.pass_obj
def status(app: App, as_json: bool) -> None:
    """Totals (messages, cases, decisions, failures), each mailbox and the outbox.

    Per mailbox: the last successful sync, the backlog left at the last checkpoint, the last
    error, and which `dsr run` process holds its lease (host:pid:nonce) until when.

    Example: dsr status --json
    """
    from models.db import session_factory, transaction
    from models.leases import mailbox_status
    from models.outbox import outbox_status
    from models.queue import counts

    with transaction(session_factory(app.engine)) as session:
        totals: dict[str, Any] = dict(counts(session))
        boxes = mailbox_status(session, app.clock.now())
        outgoing = outbox_status(session)
    if as_json:
        print_json({**totals, "mailboxes": boxes, "outbox": outgoing})
        return
    for key, value in totals.items():
        click.echo(f"{key.replace('_', ' '):>14}: {value}")
    for box in boxes:
        click.echo(
            f"mailbox {render.inert_str(box['name'])} ({render.inert_str(box['location'])}):"
        )
        click.echo(
            f"    last sync: {box['last_sync_at'] or 'never'}; backlog: {box['backlog'] or 0}"
        )
        if box["lease_holder"]:
            click.echo(f"    worked by: {box['lease_holder']} until {box['lease_expires_at']}")
        if box["last_error"]:
            click.echo(
                f"    last error: {render.inert_str(box['last_error'])} at {box['last_error_at']}"
            )
    click.echo(
        f"outbox: {outgoing['pending']} waiting, {outgoing['failed']} failed, "
        f"{outgoing['sent']} sent"
    )


@cli.command("eval", context_settings=CONTEXT_SETTINGS)
@click.argument("corpus", type=click.Path(path_type=Path, file_okay=False, exists=True))
@json_option
@click.pass_obj
def eval_(app: App, corpus: Path, as_json: bool) -> None:
    """Score the classifier on a labelled corpus (FORMAT.md): precision, recall, categories.

    A figure with nothing to measure is n/a (null with --json): recall where there are no
    requests, precision where nothing was predicted relevant.

    Example: dsr eval ../shared/corpus/dev
    """
    from classifier.corpus import CorpusError
    from classifier.evaluate import evaluate_corpus

    classifier = app.classifier()
    max_chars = app.settings.classifier.max_text_chars
    try:
        report = evaluate_corpus(corpus, lambda p: _classify_file(classifier, p, max_chars))
    except CorpusError as exc:
        raise click.ClickException(str(exc)) from exc
    report = _unmeasured_as_none(report)
    report["by_language"] = {
        language: _unmeasured_as_none(figures)
        for language, figures in report["by_language"].items()
    }
    if as_json:
        print_json(report)
        return
    rel = report["relevance"]
    click.echo(
        f"relevance: precision {_figure(rel['precision'])} recall {_figure(rel['recall'])} "
        f"F1 {_figure(rel['f1'])} (tp {rel['tp']} fp {rel['fp']} fn {rel['fn']} tn {rel['tn']})"
    )
    cat = report["categories"]
    click.echo(
        f"categories: main in predicted {_figure(cat['main_in_predicted'])}, "
        f"micro-F1 {_figure(cat['micro_f1'])}"
    )
    for language, figures in report["by_language"].items():
        r = figures["relevance"]
        click.echo(
            f"  {language:8} n={figures['messages']:5} precision {_figure(r['precision'])} "
            f"recall {_figure(r['recall'])} (fn {r['fn']}, fp {r['fp']})"
        )
    for file in report["missed"]:
        click.echo(f"missed: {file}")


def _unmeasured_as_none(figures: dict[str, Any]) -> dict[str, Any]:
    """``figures`` with None for each ratio that had nothing to measure.

    The evaluation gives 0.0 there, which reads as "all wrong": a language with no requests
    has no recall, one where nothing was predicted relevant has no precision.
    """
    rel = dict(figures["relevance"])
    positives, predicted = rel["tp"] + rel["fn"], rel["tp"] + rel["fp"]
    if not predicted:
        rel["precision"] = None
    if not positives:
        rel["recall"] = None
    if rel["precision"] is None or rel["recall"] is None:
        rel["f1"] = None
    # Categories and time ranges are scored on the requests only.
    categories = {k: (v if positives else None) for k, v in figures["categories"].items()}
    time_range = dict(figures["time_range"])
    if not time_range["labelled"]:
        time_range["exact"] = None
    if positives == time_range["labelled"]:
        time_range["none_when_none"] = None
    return {**figures, "relevance": rel, "categories": categories, "time_range": time_range}


def _figure(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def main() -> None:
    """Entry point of the ``dsr`` console script."""
    cli.main(prog_name="dsr")


if __name__ == "__main__":
    main()
