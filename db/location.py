"""Where a library is: a folder, or a PostgreSQL server's address. Standard library only, so
that the command line can tell them apart before it loads the database layer (issue 22)."""

from __future__ import annotations

from pathlib import Path

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(SCHEMES)


def library_location(value: str) -> Path | str:
    """A folder, or a server address kept as typed (a Path would fold its ``//``)."""
    return value if is_server_url(value) else Path(value)
