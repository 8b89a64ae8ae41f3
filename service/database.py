"""Opening the configured database: create the SQLite file privately, migrate, report clearly."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

import migrations
from models.db import make_engine
from service.config import Settings
from service.errors import DatabaseError

log = logging.getLogger(__name__)


def _prepare_sqlite_file(path: Path) -> None:
    # The database holds personal data: its folder is private to the owner and the file is
    # created 0600 before SQLite opens it (SQLite would otherwise follow the umask).
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
        elif not os.access(path, os.R_OK | os.W_OK):
            raise DatabaseError(f"database {path}: not readable and writable by this user")
    except FileExistsError:
        return
    except OSError as exc:
        raise DatabaseError(f"cannot create database {path}: {exc.strerror}") from exc


def open_database(settings: Settings, *, migrate: bool = True) -> Engine:
    """An engine on the configured database, upgraded to the current schema."""
    url = settings.database.resolved_url()
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        _prepare_sqlite_file(Path(parsed.database))
    try:
        engine = make_engine(url)
        if migrate and not migrations.is_current(engine):
            migrations.upgrade(engine)
    except SQLAlchemyError as exc:
        reason = str(exc.__cause__ or exc).splitlines()[0]
        raise DatabaseError(
            f"database {parsed.render_as_string(hide_password=True)}: {reason}"
        ) from exc
    return engine
