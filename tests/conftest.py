"""Fixtures shared by every test folder. Nothing here imports Qt."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from app.core.library import Library
from tests.pg_helpers import PgServer, postgres_bindir

# No timed assertions in the suite: Hypothesis's default 200 ms deadline per example failed
# test_three_way under a load of 10-15 on 2 cores (270 ms; 15 ms when run again).
settings.register_profile("redline", deadline=None)
settings.load_profile("redline")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One throwaway PostgreSQL server for the whole run (tests/pg_helpers.py), started on first
    use. Without PostgreSQL's binaries the tests that need it are skipped, except in CI (`CI` set),
    where that is a failure: `make test` installs them (packaging/install-system-deps.sh)."""
    bindir = postgres_bindir()
    if bindir is None:
        message = "PostgreSQL is not installed (apt-get install postgresql)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    server = PgServer(bindir)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    """A server of the test's own, for a test that stops it (the other tests' one runs on)."""
    bindir = postgres_bindir()
    if bindir is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL is not installed (apt-get install postgresql)")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    server = PgServer(bindir)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped after the test."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


# Test modules whose `library` runs on both engines: an SQLite folder and a PostgreSQL database.
BOTH_ENGINES = (
    "tests/core/annotating/test_already_marked.py",
    "tests/core/annotating/test_annotations.py",
    "tests/core/annotating/test_annotations_state.py",
    "tests/core/annotating/test_review.py",
    "tests/core/annotating/test_revisions.py",
    "tests/core/annotating/test_tags.py",
    "tests/core/documents/test_ingest.py",
    "tests/core/documents/test_queries.py",
    "tests/core/documents/test_search.py",
    "tests/core/exchange/test_redline_json.py",
    "tests/core/exchange/test_merge.py",
    "tests/core/exchange/test_csv.py",
    "tests/core/exchange/test_text.py",
    "tests/db/test_bulk.py",
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The `library` of the modules in BOTH_ENGINES is an SQLite one, then a PostgreSQL one."""
    path = Path(str(metafunc.definition.fspath)).as_posix()
    if "library_engine" in metafunc.fixturenames and path.endswith(BOTH_ENGINES):
        metafunc.parametrize("library_engine", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_library_template(pg_server: PgServer) -> str:
    """A database migrated to the head once: each test's PostgreSQL library is a copy of it
    (CREATE DATABASE ... TEMPLATE), which is much faster than running the migrations again."""
    name = pg_server.create_database()
    Library.open(pg_server.url(name)).close()
    return name


@pytest.fixture
def pg_library_url(pg_server: PgServer, pg_library_template: str) -> Iterator[str]:
    """A new PostgreSQL library at the head revision, dropped after the test."""
    name = pg_server.create_database(template=pg_library_template)
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def library_engine(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def library(
    tmp_path: Path, library_engine: str, request: pytest.FixtureRequest
) -> Iterator[Library]:
    if library_engine == "postgresql":
        lib = Library.open(request.getfixturevalue("pg_library_url"))
    else:
        lib = Library.open(tmp_path / "library")
    yield lib
    lib.close()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep tests away from the real user's library, settings and logs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    (home / "runtime").mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "runtime"))
    monkeypatch.delenv("REDLINE_LIBRARY", raising=False)
