"""The file an imported text layer was read from: ``text_layers.source_file``.

An ALTO, PAGE or hOCR file attached to a document, or a companion text aligned to its scan, made a
layer that recorded its format (``source``) and the software that wrote it (``engine``,
``engine_version``) but not which file it came from, so a reviewer with several exports of the
same scan could not tell them apart. The column holds the file's name (no folder: a library
moves between machines); NULL for layers made before, and for those Redline reads or OCRs itself.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("text_layers") as batch:
        batch.add_column(sa.Column("source_file", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("text_layers") as batch:
        batch.drop_column("source_file")
