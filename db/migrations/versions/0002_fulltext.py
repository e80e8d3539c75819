"""Full-text index over page text (SQLite FTS5; rowid is the page id).

On PostgreSQL the same table is a plain one (its ``rowid`` column the page id, so the statements
that keep it are the same) whose ``tsv`` column, generated from both texts, has a GIN index.
(Server libraries made before 0007 also got the ``pg_trgm`` extension and a trigram index here,
which served nothing; 0007 removes them.)

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
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_server()
        return
    op.execute(
        "CREATE VIRTUAL TABLE page_text_fts USING fts5("
        "text, corrected, tokenize = 'unicode61 remove_diacritics 2')"
    )
    # Pages imported before the index existed: index their active text layer.
    op.execute(
        "INSERT INTO page_text_fts (rowid, text, corrected) "
        "SELECT p.id, t.text, '' FROM pages p JOIN text_layers t ON t.id = p.active_text_layer_id"
    )


def _upgrade_server() -> None:
    op.execute(
        "CREATE TABLE page_text_fts ("
        "rowid integer PRIMARY KEY REFERENCES pages (id) ON DELETE CASCADE, "
        "text text NOT NULL, corrected text NOT NULL DEFAULT '', "
        "tsv tsvector GENERATED ALWAYS AS "
        "(to_tsvector('simple', text) || to_tsvector('simple', corrected)) STORED)"
    )
    op.execute("CREATE INDEX ix_page_text_fts_tsv ON page_text_fts USING gin (tsv)")
    op.execute(
        "INSERT INTO page_text_fts (rowid, text, corrected) "
        "SELECT p.id, t.text, '' FROM pages p JOIN text_layers t ON t.id = p.active_text_layer_id"
    )


def downgrade() -> None:
    op.execute("DROP TABLE page_text_fts")
