"""The server's search index splits and folds words as SQLite's FTS5 does; no trigram index.

SQLite's FTS5 (``unicode61 remove_diacritics 2``) reads a word as a run of letters and digits:
every other character parts words, and Latin letters lose their accents (``Café`` is ``cafe``,
``São`` is ``sao``; ``Łódź`` is ``łodz``, a stroke is not an accent). PostgreSQL's text parser
reads more into noisy OCR: a ``<`` and a later ``>`` make an XML tag whose words it drops
(``SECRET <b Embassy the cable > Moscow`` kept only ``secret`` and ``moscow``), ``&T;`` an
entity it drops, ``F-2017-13804`` the numbers ``-2017`` and ``-13804``, ``Moscow.The`` one host
name; and it keeps accents. On 260 real OCR texts (the State FOIA excerpts and OCR pages of the
test material) the words of 178 differed between the engines.

``redline_search_text(text)`` gives the parser a text it reads as FTS5 does: ASCII punctuation
turned to spaces (so no tag, entity, host, path or signed number is left), the accents of Latin
letters removed (decomposed, their combining marks dropped, composed again, so a Cyrillic ``й``
or a Greek ``ά`` stays whole, as in FTS5), ``µ`` read as ``μ`` and ``ſ`` as ``s`` as FTS5 folds
them. On those 260 texts the words of every one are then the same. It is built from functions
every PostgreSQL 13 or newer has, so it needs no extension (``unaccent`` folds more than FTS5,
``ł`` to ``l`` and ``ß`` to ``ss``, and would make the engines differ again). ``normalize``
needs a UTF8 database; another encoding is refused with a message saying so.

The ``tsv`` column is generated anew from that text (which indexes every page again) and the
search folds its queries through the same function. The trigram index of 0002 served nothing
(the search offers no fuzzy matching, and SQLite has nothing to match it), so it goes, and the
``pg_trgm`` extension with it when this library's owner made it and nothing else uses it.

On SQLite nothing changes.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from alembic import op

from db.migrate import SchemaError

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

PUNCTUATION = "[!-/:-@[-`{-~]"  # every ASCII character that is neither letter, digit nor space
# FTS5 folds these letters to others (case folding), which the parser would keep apart.
FOLDED = (("µ", "μ"), ("ſ", "s"), ("ς", "σ"))
_UNPUNCTUATED = f"regexp_replace(t, '{PUNCTUATION}', ' ', 'g')"
_REPLACED = _UNPUNCTUATED
for _from, _to in FOLDED:
    _REPLACED = f"replace({_REPLACED}, '{_from}', '{_to}')"

# Only a text with a Latin letter outside ASCII (or a combining mark, or µ or ς) has accents to
# fold; any other (most OCR: ASCII, with dashes, bullets and quotes at most) needs only its
# punctuation replaced, and Unicode normalization, the costliest step, is left out.
NEEDS_FOLDING = "[\\u00b5\\u00c0-\\u024f\\u0300-\\u036f\\u03c2\\u1e00-\\u1eff]"
SEARCH_TEXT_FUNCTION = f"""
CREATE FUNCTION redline_search_text(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $body$
SELECT CASE WHEN t !~ '{NEEDS_FOLDING}' THEN {_UNPUNCTUATED}
ELSE normalize(
    regexp_replace(normalize({_REPLACED}, NFD), '([A-Za-z])[\\u0300-\\u036f]+', '\\1', 'g'),
    NFC)
END
$body$
"""

SEARCH_VECTOR = (
    "to_tsvector('simple', redline_search_text(text)) "
    "|| to_tsvector('simple', redline_search_text(corrected))"
)
OLD_SEARCH_VECTOR = "to_tsvector('simple', text) || to_tsvector('simple', corrected)"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _check_server()
    op.execute(SEARCH_TEXT_FUNCTION)
    op.execute("DROP INDEX IF EXISTS ix_page_text_fts_trgm")
    _drop_trigram_extension()
    _index_with(SEARCH_VECTOR)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    _index_with(OLD_SEARCH_VECTOR)
    op.execute("DROP FUNCTION redline_search_text(text)")


def _check_server() -> None:
    conn = op.get_bind()
    encoding = conn.exec_driver_sql("SHOW server_encoding").scalar()
    database = conn.exec_driver_sql("SELECT current_database()").scalar()
    if encoding != "UTF8":
        raise SchemaError(
            f"The database {database} uses the {encoding} encoding; Redline needs a UTF8 one "
            f"(CREATE DATABASE … ENCODING 'UTF8'). Nothing was changed.",
            "encoding",
            database=database,
            encoding=encoding,
        )
    version = int(conn.exec_driver_sql("SHOW server_version_num").scalar() or 0)
    if version < 130000:
        shown = conn.exec_driver_sql("SHOW server_version").scalar()
        raise SchemaError(
            f"This PostgreSQL server is version {shown}; Redline needs 13 or newer. "
            "Nothing was changed.",
            "old_server",
            server=shown,
        )


def _drop_trigram_extension() -> None:
    """Remove pg_trgm when this role made it (0002 did) and nothing else of the database uses it;
    a pg_trgm a database administrator put there for something else stays."""
    op.execute(
        """
        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_extension
                       WHERE extname = 'pg_trgm' AND extowner = current_user::regrole) THEN
                DROP EXTENSION pg_trgm;
            END IF;
        EXCEPTION WHEN dependent_objects_still_exist THEN
            NULL;
        END
        $$
        """
    )


def _index_with(vector: str) -> None:
    """Generate ``tsv`` from ``vector`` (every page indexed again) and index it (GIN)."""
    op.execute("ALTER TABLE page_text_fts DROP COLUMN tsv")  # its index goes with it
    op.execute(
        f"ALTER TABLE page_text_fts ADD COLUMN tsv tsvector GENERATED ALWAYS AS ({vector}) STORED"
    )
    op.execute("CREATE INDEX ix_page_text_fts_tsv ON page_text_fts USING gin (tsv)")
