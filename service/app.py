"""What every ``dsr`` command shares: the application context and output helpers."""

from __future__ import annotations

import functools
import gc
import getpass
import importlib
import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

import click

from service import logs
from service.clock import Clock, SystemClock
from service.config import Settings, load_settings
from service.errors import DatabaseError, DsrError

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from classifier.predict import Classifier
    from models.views import Reader

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

F = TypeVar("F", bound=Callable[..., Any])


@dataclass
class App:
    """What commands share: the config path, and lazily the settings, database and clock."""

    config_path: Path | None
    actor: str | None = None
    verbose: int = 0
    log_format: str = "text"
    _logging_verbosity: int = 0
    clock: Clock = field(default_factory=SystemClock)
    _settings: Settings | None = None
    _engine: Engine | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.config_path)
            # Now that the secrets are known, the log filter can redact them from every line.
            self.configure_logging(self._logging_verbosity)
        return self._settings

    def configure_logging(self, verbosity: int) -> None:
        """Logging at ``verbosity`` in the chosen format, redacting the configured secrets."""
        self._logging_verbosity = verbosity
        secrets = self._settings.secrets() if self._settings is not None else []
        logs.configure(verbosity, self.log_format, secrets)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from service.database import open_database  # Alembic: only for commands with a DB

            self._engine = open_database(self.settings)
        return self._engine

    @contextmanager
    def reader(self) -> Iterator[Reader]:
        """A read-only snapshot of the database for ``dsr queue`` and ``dsr show``.

        Straight through the driver when it can (models.views says why); else through the
        engine, which creates or migrates the database first and reports what is wrong.
        """
        from migrations import HEAD
        from models.views import Reader, direct_reader

        url = self.settings.database.resolved_url()
        if self._engine is None:
            with direct_reader(url, HEAD) as direct:
                if direct is not None:
                    with _database_errors(direct, url):
                        yield direct
                    return
        engine = self.engine
        connection = engine.raw_connection()
        try:
            error = engine.dialect.loaded_dbapi.Error
            reader = Reader(connection, engine.dialect.name, engine.dialect.paramstyle, error)
            with _database_errors(reader, url):
                yield reader
        finally:
            connection.close()

    def close(self) -> None:
        """Release the database connections (called when the command ends)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    @property
    def staff(self) -> str:
        """Who is acting: ``--as``, else ``$DSR_STAFF``, else the login name."""
        if self.actor:
            return self.actor
        try:
            return getpass.getuser()
        except (KeyError, OSError):  # no passwd entry, e.g. in a container
            return "unknown"

    def classifier(self) -> Classifier:
        # scikit-learn takes a second to import: only the commands that classify pay for it.
        from classifier.predict import Extraction, Thresholds
        from service.model_cache import TRAINED_FILE, load_classifier

        cfg = self.settings.classifier
        return load_classifier(
            Thresholds(cfg.relevant_threshold, cfg.triage_threshold),
            Extraction(
                tuple(cfg.products),
                tuple(d.lower() for d in cfg.own_domains),
                tuple(name.lower() for name in cfg.own_lists),
            ),
            trained=self.settings.database.data_dir / TRAINED_FILE,
        )


@contextmanager
def _database_errors(reader: Reader, url: str) -> Iterator[None]:
    """The driver's errors while reading, as one line naming the database (no password)."""
    try:
        yield
    except reader.error as exc:
        where = url.split("@")[-1] if "@" in url else url
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise DatabaseError(f"database {where}: {reason}") from exc


class _ConfigFailure(click.ClickException):
    exit_code = 2


@functools.cache
def _freeze_imported_objects() -> None:
    """Move what the imports built out of the garbage collector's sight, once per process.

    Modules, classes, SQLAlchemy's mappers and pydantic's validators live as long as the
    process anyway, but the collector walked all of them again in each full collection and
    once more at exit: some 60 ms of every `dsr queue` or `dsr show`. Objects made from
    here on (by the command, by the daemon's loop) are collected as usual.
    """
    gc.freeze()


class DsrGroup(click.Group):
    """Turns dsr-triage's own errors into one line and their exit code.

    ``lazy_commands`` maps a command's name to the module whose ``COMMANDS`` hold it; that
    module is imported only when one of its commands is looked up (to run, or for help).
    """

    lazy_commands: Mapping[str, str] = MappingProxyType({})

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module_name = self.lazy_commands.get(cmd_name)
        if module_name is not None and cmd_name not in self.commands:
            module = importlib.import_module(module_name)
            for command in module.COMMANDS:
                self.add_command(command)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        _freeze_imported_objects()
        try:
            return super().invoke(ctx)
        except DsrError as exc:
            failure = _ConfigFailure if exc.exit_code == 2 else click.ClickException
            raise failure(str(exc)) from exc


def json_option(func: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")(func)


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
