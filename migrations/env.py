"""Alembic's environment: runs migrations on the engine handed over by ``migrations.upgrade``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from models.base import Base

config = context.config
engine = config.attributes.get("engine")
if not isinstance(engine, Engine):
    raise RuntimeError("run migrations through migrations.upgrade() or `dsr db upgrade`")

with engine.connect() as connection:
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
