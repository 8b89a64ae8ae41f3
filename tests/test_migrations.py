"""The migrations build exactly the models' schema, and every one walks down and up."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import inspect

import migrations
from models.base import Base
from models.db import make_engine


def _revisions() -> list[str]:
    config = migrations.alembic_config(make_engine("sqlite://"))
    script = ScriptDirectory.from_config(config)
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_models_and_migrations_do_not_drift(empty_database_url: str) -> None:
    engine = make_engine(empty_database_url)
    migrations.upgrade(engine)
    assert migrations.current(engine) == migrations.head()
    assert migrations.drift(engine) == []
    engine.dispose()


def test_every_migration_walks_down_and_up(empty_database_url: str) -> None:
    engine = make_engine(empty_database_url)
    revisions = _revisions()
    assert revisions, "no migrations found"
    for revision in revisions:
        migrations.upgrade(engine, revision)
        assert migrations.current(engine) == revision
    for index in range(len(revisions) - 1, -1, -1):
        target = revisions[index - 1] if index else "base"
        migrations.downgrade(engine, target)
        assert migrations.current(engine) == (None if target == "base" else target)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrations.upgrade(engine)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    assert migrations.drift(engine) == []
    engine.dispose()


def test_upgrade_is_idempotent(database_url: str) -> None:
    engine = make_engine(database_url)
    migrations.upgrade(engine)
    migrations.upgrade(engine)
    assert migrations.current(engine) == migrations.head()
    engine.dispose()


def test_drift_check_sees_a_schema_that_differs(database_url: str) -> None:
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_cases_due_at")
    differences = migrations.drift(engine)
    assert any("ix_cases_due_at" in str(d) for d in differences)
    engine.dispose()
