"""Libraries for the tests of more than one area: one an earlier Redline made."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from app.core.documents.ingest import import_file
from app.core.library import Library
from db.migrate import alembic_config, known_revisions
from tests.builders import make_text_pdf


def older_library(root: Path, revision: str | None = None) -> Path:
    """A library folder at ``root`` holding one memo ("old-memo"), taken back to ``revision``
    (the one before the head by default), as an earlier Redline left it."""
    with Library.open(root) as lib:
        assert import_file(lib, make_text_pdf(root.parent / "old-memo.pdf", ["An old memo."])).ok
    engine = create_engine(f"sqlite:///{root / 'library.sqlite'}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), revision or known_revisions()[-2])
    engine.dispose()
    return root
