"""Words packed one row per text layer (``layer_words``) instead of one row per word.

Words are always read a whole layer at a time; inserting a row per word cost importing a long PDF
more than extracting its words. Every layer's rows are packed in reading order (``seq``), then
the ``words`` table is dropped. Downgrading unpacks them again.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby, islice
from operator import itemgetter
from typing import Any

import sqlalchemy as sa
from alembic import op

from db.wordpack import WordColumns, pack, unpack

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_COLUMNS = 'text, start, "end", x0, y0, x1, y1, confidence, block, line, word'


_INSERT_PACKED = "INSERT INTO layer_words (text_layer_id, count, data) VALUES (?,?,?)"


def _packed(rows: Iterable[Sequence[Any]]) -> Iterator[tuple[int, int, bytes]]:
    """(layer id, count, BLOB) of each layer, from its word rows in order."""
    for layer_id, group in groupby(rows, key=itemgetter(0)):
        words = [r[1:] for r in group]
        yield int(layer_id), len(words), pack(WordColumns(*zip(*words, strict=True)))


def upgrade() -> None:
    op.create_table(
        "layer_words",
        sa.Column("text_layer_id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["text_layer_id"], ["text_layers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("text_layer_id"),
    )
    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        f"SELECT text_layer_id, {_COLUMNS} FROM words ORDER BY text_layer_id, seq"
    )
    packed = _packed(rows)
    while batch := list(islice(packed, 1000)):  # a library's words never all in memory at once
        conn.exec_driver_sql(_INSERT_PACKED, batch)
    op.drop_index("ix_words_layer_seq", table_name="words")
    op.drop_table("words")


def downgrade() -> None:
    op.create_table(
        "words",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("text_layer_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("x0", sa.Float(), nullable=True),
        sa.Column("y0", sa.Float(), nullable=True),
        sa.Column("x1", sa.Float(), nullable=True),
        sa.Column("y1", sa.Float(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("block", sa.Integer(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("word", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["text_layer_id"], ["text_layers.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_words_layer_seq", "words", ["text_layer_id", "seq"], unique=False)
    conn = op.get_bind()
    insert = f"INSERT INTO words (text_layer_id, seq, {_COLUMNS}) VALUES ({','.join('?' * 13)})"
    layers = conn.exec_driver_sql("SELECT text_layer_id FROM layer_words").scalars().all()
    for layer_id in layers:
        data = conn.exec_driver_sql(
            "SELECT data FROM layer_words WHERE text_layer_id = ?", (layer_id,)
        ).scalar_one()
        conn.exec_driver_sql(insert, [(layer_id, *w) for w in unpack(data)])
    op.drop_table("layer_words")
