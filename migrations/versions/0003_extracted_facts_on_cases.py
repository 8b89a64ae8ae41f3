"""extracted facts on cases

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 00:22:05.474036

Time range, product, place, other identifiers, agent and minor flags found by extraction.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("place", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("time_range_start", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("time_range_end", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("product", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("requester_ids", sa.JSON(), nullable=True))
        batch_op.add_column(
            sa.Column("agent", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(
            sa.Column("minor", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    # Existing cases were opened before extraction: no agent, no minor known.
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.alter_column("agent", existing_type=sa.Boolean(), server_default=None)
        batch_op.alter_column("minor", existing_type=sa.Boolean(), server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.drop_column("minor")
        batch_op.drop_column("agent")
        batch_op.drop_column("requester_ids")
        batch_op.drop_column("product")
        batch_op.drop_column("time_range_end")
        batch_op.drop_column("time_range_start")
        batch_op.drop_column("place")
