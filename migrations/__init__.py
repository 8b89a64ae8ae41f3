"""Alembic migrations of the dsr-triage schema, shipped inside the package.

The functions here run Alembic programmatically so that an installed wheel can upgrade a
database without an ``alembic.ini`` on disk: ``dsr db upgrade`` calls :func:`upgrade`.
Alembic is imported only when a migration runs: every command checks the schema first with
:func:`is_current`, one small query, and most days there is nothing to migrate.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

SCRIPT_LOCATION = Path(__file__).resolve().parent

HEAD = "0005"
"""The newest revision shipped; tests/test_migrations.py checks it against the scripts."""


def alembic_config(engine: Engine) -> Config:
    """An Alembic config pointing at this package, bound to ``engine``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["engine"] = engine
    return config


def head() -> str:
    """The newest revision, as the migration scripts say."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    revision = ScriptDirectory.from_config(config).get_current_head()
    if revision is None:
        raise RuntimeError("no migrations found")
    return revision


def current(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    from alembic.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def is_current(engine: Engine) -> bool:
    """True when the database is at :data:`HEAD` (one query, no Alembic)."""
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    try:
        with engine.connect() as connection:
            versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:  # no alembic_version table yet: an empty database
        return False
    return [row[0] for row in versions] == [HEAD]


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema up to ``revision`` (idempotent)."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Take the schema down to ``revision`` (``base`` removes every table)."""
    from alembic import command

    command.downgrade(alembic_config(engine), revision)


def drift(engine: Engine) -> list[object]:
    """Differences between the models and the migrated database; empty when they agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    import models.outbox
    import models.tables  # noqa: F401
    from models.base import Base

    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        return list(compare_metadata(context, Base.metadata))
