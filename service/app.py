"""What every ``dsr`` command shares: the application context and output helpers."""

from __future__ import annotations

import functools
import gc
import getpass
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from sqlalchemy import Engine

from service import logs
from service.clock import Clock, SystemClock
from service.config import Settings, load_settings
from service.errors import DsrError

if TYPE_CHECKING:
    from classifier.predict import Classifier

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
    """Turns dsr-triage's own errors into one line and their exit code."""

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
