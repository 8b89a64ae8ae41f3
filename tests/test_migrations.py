"""The migrations build exactly the models' schema, and every one walks down and up."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text

import migrations
from models.audit import record_event, verify_chain
from models.base import Base
from models.db import make_engine, session_factory, transaction
from models.tables import Case

T0 = datetime(2026, 1, 31, 9, 0)  # stored as naive UTC by the raw inserts
DUE = datetime(2026, 2, 28, 23, 59, 59, 999999)


def _revisions() -> list[str]:
    config = migrations.alembic_config(make_engine("sqlite://"))
    script = ScriptDirectory.from_config(config)
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def test_models_and_migrations_do_not_drift(empty_database_url: str) -> None:
    engine = make_engine(empty_database_url)
    assert not migrations.is_current(engine)
    migrations.upgrade(engine)
    assert migrations.current(engine) == migrations.head() == migrations.HEAD
    assert migrations.is_current(engine)
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


def test_data_from_0001_survives_the_upgrade_and_its_events_are_chained(
    empty_database_url: str,
) -> None:
    engine = make_engine(empty_database_url)
    migrations.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO mailboxes (id, name, kind, location, created_at) "
                "VALUES (1, 'info', 'files', 'x', :t)"
            ),
            {"t": T0},
        )
        conn.execute(
            text(
                "INSERT INTO cases (id, reference, year, seq, status, categories, received_at, "
                "due_at, created_at, updated_at) VALUES (1, 'DSR-2026-0001', 2026, 1, 'new', "
                "'[\"access\"]', :t, :due, :t, :t)"
            ),
            {"t": T0, "due": DUE},
        )
        for i in range(3):
            conn.execute(
                text(
                    "INSERT INTO events (at, actor, action, case_id, after, reason) "
                    "VALUES (:t, 'dsr-intake', :action, 1, :after, NULL)"
                ),
                {"t": T0, "action": f"step_{i}", "after": json.dumps({"n": i})},
            )
    migrations.upgrade(engine)
    assert migrations.drift(engine) == []
    with transaction(session_factory(engine)) as session:
        case = session.scalars(select(Case)).one()
        assert case.base_due_at == case.due_at == DUE.replace(tzinfo=UTC)
        assert case.paused_days == 0
        assert case.identity_verified is False
        count, problems = verify_chain(session)
        assert (count, problems) == (3, [])
        record_event(session, at=datetime.now(UTC), actor="t", action="after_upgrade")
    with transaction(session_factory(engine)) as session:
        assert verify_chain(session) == (4, [])
    engine.dispose()
