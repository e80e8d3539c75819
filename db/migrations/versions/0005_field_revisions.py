"""Field revisions and conflicts: the history a three-way merge needs, and what it left undecided.

Annotations, tags and pages get two JSON columns. ``revisions`` holds, for each field changed
since it was made (or since this revision), the version of its current value: a version vector
(library id -> change counter, plus a content-hash entry for the value it replaced), who changed
it and when. A field without an entry has the implicit version of its value (its content hash),
so everything made before this revision needs no rewriting. ``conflicts`` holds, for each field
two libraries changed differently, the other side's values with their versions, until a person
decides (NULL when there is none: the partial index lists the annotations in conflict).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TABLES = ("annotations", "tags", "pages")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("revisions", sa.Text(), nullable=True))
            batch.add_column(sa.Column("conflicts", sa.Text(), nullable=True))
    op.execute(
        "CREATE INDEX ix_annotations_conflicts ON annotations (id) WHERE conflicts IS NOT NULL"
    )


def downgrade() -> None:
    op.execute("DROP INDEX ix_annotations_conflicts")
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("conflicts")
            batch.drop_column("revisions")
