"""A team library: sources stored in the database, and a version on every annotation.

``source_chunks`` holds an imported file in chunks of 1 MiB under its SHA-256 (a library on a
PostgreSQL server keeps its sources there, so a team needs only the server; a folder library
keeps them in ``sources/`` and leaves this table empty). ``annotations.version`` counts the
writes of an annotation: every write compares and sets it, so of two reviewers editing the same
annotation at once, the second is told, never silently overwrites.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "source_chunks",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "seq"),
    )
    with op.batch_alter_table("annotations") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("annotations") as batch:
        batch.drop_column("version")
    op.drop_table("source_chunks")
