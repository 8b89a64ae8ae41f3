"""case lifecycle and hash-chained audit log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 00:09:44.183890

Case lifecycle fields (assignee, identity, pause, extension, outcome) and the hash chain of
the audit log; existing cases get their due date as base deadline, existing events are
chained in id order.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

import models.base

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _chain_existing_events(connection: sa.Connection) -> tuple[int, str]:
    # Events written before the chain existed get linked in id order. The hash recipe is
    # written out here, frozen, so later changes to models.audit cannot alter old links.
    rows = connection.execute(
        sa.text(
            "SELECT id, at, actor, action, case_id, message_id, before, after, reason "
            "FROM events ORDER BY id"
        )
    ).mappings()
    prev, seq = "0" * 64, 0
    at_type = models.base.UTCDateTime()
    for row in list(rows):
        seq += 1
        raw_at = row["at"]
        if isinstance(raw_at, str):  # SQLite hands back text through a raw query
            raw_at = datetime.fromisoformat(raw_at)
        at = at_type.process_result_value(raw_at, connection.dialect)
        content = {
            "seq": seq,
            "prev": prev,
            "at": at.isoformat() if at is not None else None,
            "actor": row["actor"],
            "action": row["action"],
            "case_id": row["case_id"],
            "message_id": row["message_id"],
            "before": _json(row["before"]),
            "after": _json(row["after"]),
            "reason": row["reason"],
        }
        digest = hashlib.sha256(
            json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
        ).hexdigest()
        connection.execute(
            sa.text("UPDATE events SET seq = :seq, prev_hash = :prev, hash = :hash WHERE id = :id"),
            {"seq": seq, "prev": prev, "hash": digest, "id": row["id"]},
        )
        prev = digest
    return seq, prev


def _json(value: object) -> object:
    return json.loads(value) if isinstance(value, str) else value


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("base_due_at", models.base.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("jurisdiction", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("assignee", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("identity_verified", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("awaiting", sa.String(length=32), nullable=True))
        batch_op.add_column(
            sa.Column("paused_at", models.base.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("paused_days", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("extension_reason", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "extension_requested_at", models.base.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch_op.add_column(
            sa.Column("extended_due_at", models.base.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column(
                "extension_notice_sent_at", models.base.UTCDateTime(timezone=True), nullable=True
            )
        )
        batch_op.add_column(sa.Column("outcome_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("duplicate_of_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("closed_at", models.base.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.create_index(batch_op.f("ix_cases_assignee"), ["assignee"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_cases_duplicate_of_id_cases"), "cases", ["duplicate_of_id"], ["id"]
        )
    # Cases opened before this revision had one deadline; it is their base deadline too.
    op.execute("UPDATE cases SET base_due_at = due_at")
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.alter_column(
            "base_due_at", existing_type=models.base.UTCDateTime(timezone=True), nullable=False
        )
        batch_op.alter_column("identity_verified", existing_type=sa.Boolean(), server_default=None)
        batch_op.alter_column("paused_days", existing_type=sa.Integer(), server_default=None)

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    head_seq, head_hash = _chain_existing_events(op.get_bind())
    if head_seq:
        op.execute(
            sa.text("INSERT INTO audit_head (id, seq, hash) VALUES (1, :seq, :hash)").bindparams(
                seq=head_seq, hash=head_hash
            )
        )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.alter_column("seq", existing_type=sa.BigInteger(), nullable=False)
        batch_op.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.alter_column("hash", existing_type=sa.String(length=64), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_events_seq"), ["seq"])

    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("staff_relevant", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("staff_categories", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("labelled_by", sa.String(length=200), nullable=True))
        batch_op.add_column(
            sa.Column("labelled_at", models.base.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("messages", schema=None) as batch_op:
        batch_op.drop_column("labelled_at")
        batch_op.drop_column("labelled_by")
        batch_op.drop_column("staff_categories")
        batch_op.drop_column("staff_relevant")

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_events_seq"), type_="unique")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("seq")

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_cases_duplicate_of_id_cases"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_cases_assignee"))
        batch_op.drop_column("closed_at")
        batch_op.drop_column("duplicate_of_id")
        batch_op.drop_column("outcome_reason")
        batch_op.drop_column("extension_notice_sent_at")
        batch_op.drop_column("extended_due_at")
        batch_op.drop_column("extension_requested_at")
        batch_op.drop_column("extension_reason")
        batch_op.drop_column("paused_days")
        batch_op.drop_column("paused_at")
        batch_op.drop_column("awaiting")
        batch_op.drop_column("identity_verified")
        batch_op.drop_column("assignee")
        batch_op.drop_column("jurisdiction")
        batch_op.drop_column("base_due_at")

    op.drop_table("audit_head")
