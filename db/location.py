"""Where a library is: a folder, or a PostgreSQL server's address; and which one is meant when
none is named. Standard library (and platformdirs) only, so that the command line can tell them
apart, and find a folder's database, before it loads the database layer (issue 22)."""

from __future__ import annotations

import os
from pathlib import Path

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
DB_NAME = "library.sqlite"  # a library folder's database


def is_server_url(location: object) -> bool:
    return isinstance(location, str) and location.startswith(SCHEMES)


def library_location(value: str) -> Path | str:
    """A folder, or a server address kept as typed (a Path would fold its ``//``)."""
    return value if is_server_url(value) else Path(value)


def default_library_path() -> Path | str:
    """``$REDLINE_LIBRARY`` (a folder or a server address), else the user data folder's."""
    env = os.environ.get("REDLINE_LIBRARY")
    if env:
        return env if is_server_url(env) else Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("redline", appauthor=False) / "library"
