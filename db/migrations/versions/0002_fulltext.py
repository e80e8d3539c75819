"""Full-text index over page text (SQLite FTS5; rowid is the page id).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE page_text_fts USING fts5("
        "text, corrected, tokenize = 'unicode61 remove_diacritics 2')"
    )
    # Pages imported before the index existed: index their active text layer.
    op.execute(
        "INSERT INTO page_text_fts (rowid, text, corrected) "
        "SELECT p.id, t.text, '' FROM pages p JOIN text_layers t ON t.id = p.active_text_layer_id"
    )


def downgrade() -> None:
    op.execute("DROP TABLE page_text_fts")
