"""Alembic's environment: runs migrations on the engine handed over by ``migrations.upgrade``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

import models.outbox
import models.tables  # noqa: F401
from models.base import Base

config = context.config
engine = config.attributes.get("engine")
if not isinstance(engine, Engine):
    raise RuntimeError("run migrations through migrations.upgrade() or `dsr db upgrade`")

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch mode rebuilds a table by copy, drop and rename; with foreign keys enforced
        # SQLite refuses to drop a referenced table. The pragma only takes effect outside a
        # transaction, so it is set before Alembic begins one, and checked after.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    # Batch mode lets SQLite alter tables (it copies them); compare_type catches type drift.
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
    if sqlite:
        problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        if problems:
            raise RuntimeError(f"migration left broken foreign keys: {problems[:5]}")
