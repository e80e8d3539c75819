"""The command line loads only what a command uses (issue 22: `redline list` in a quarter of a
second): importing app.cli or any command module loads none of the heavy libraries, and running a
command loads only those it needs. Each check runs in a fresh interpreter, as `redline` does."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import app.commands
from app.cli import main
from tests.builders import make_text_pdf

HEAVY = (
    "pymupdf",
    "fitz",
    "numpy",
    "alembic",
    "PySide6",
    "sqlalchemy",
    "lxml",
    "PIL",
    "filelock",
    "psycopg",
)
"""What costs tens of milliseconds or more to import (filelock, ten or more: a writer's lock only);
none is needed to parse a command line."""

_LOADED = """
import importlib, json, sys
argv, modules = json.loads(sys.argv[1])
for name in modules:
    importlib.import_module(name)
if argv is not None:
    from app.cli import main
    try:
        code = main(argv)
    except SystemExit as exc:  # --version, --help
        code = exc.code
    if code:
        sys.exit(f"redline {' '.join(argv)} exited with {code}")
heavy = {m.split('.')[0] for m in sys.modules} & set(json.loads(sys.argv[2]))
sys.stdout = sys.__stdout__
print(json.dumps(sorted(heavy)))
"""


def loaded(modules: list[str], argv: list[str] | None = None) -> set[str]:
    """The heavy packages a fresh interpreter holds after importing ``modules`` and running
    ``redline argv`` (its output discarded)."""
    result = subprocess.run(
        [sys.executable, "-c", _LOADED, json.dumps([argv, modules]), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return set(json.loads(result.stdout.strip().splitlines()[-1]))


COMMAND_MODULES = sorted(
    m.name for m in pkgutil.iter_modules(app.commands.__path__, app.commands.__name__ + ".")
)


@pytest.mark.parametrize("module", ["app.cli", *COMMAND_MODULES])
def test_importing_the_command_line_loads_nothing_heavy(module: str) -> None:
    assert loaded([module]) == set()


def test_version_loads_nothing_heavy() -> None:
    assert loaded([], ["--version"]) == set()


def test_detect_text_loads_no_library_pdf_or_window(tmp_path: Path) -> None:
    text = tmp_path / "cable.txt"
    text.write_text("SECRET\nNOFORN\nSubject: the embassy's report\n")
    assert loaded([], ["detect", "--text", str(text)]) == set()


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> str:
    root = tmp_path_factory.mktemp("weight")
    pdf = make_text_pdf(root / "memo.pdf", ["The Soviet delegation's security proposal."])
    lib = str(root / "lib")
    assert main(["--library", lib, "import", str(pdf)]) == 0
    return lib


READING = [["list"], ["info", "memo"], ["search", "security"]]


@pytest.mark.parametrize("argv", READING, ids=lambda a: a[0])
def test_reading_a_current_folder_library_loads_nothing_heavy(
    library: str, argv: list[str]
) -> None:
    """Not even SQLAlchemy (nor Alembic, nor the writer's lock): the library's SQLite file is read
    with the standard library (db.reading)."""
    assert loaded([], ["--library", library, *argv]) == set()


def test_the_check_sees_what_a_command_loads(library: str) -> None:
    heavy = loaded([], ["--library", library, "conflicts"])  # (a reader through SQLAlchemy)
    assert "sqlalchemy" in heavy and "alembic" not in heavy


def test_reading_a_server_library_loads_psycopg_but_no_alembic_pdf_library_or_qt(
    pg_library_url: str,
) -> None:
    heavy = loaded([], ["--library", pg_library_url, "list"])
    assert "psycopg" in heavy
    assert heavy & {"alembic", "pymupdf", "fitz", "numpy", "PySide6", "PIL", "filelock"} == set()


def test_import_writes_without_sqlalchemys_orm(tmp_path: Path) -> None:
    """`redline import` writes through connections: the ORM (40 ms of its CPU) stays unloaded."""
    pdf = make_text_pdf(tmp_path / "cable.pdf", ["The embassy's report.", "Second page."])
    lib = str(tmp_path / "lib")
    for _ in range(2):  # a new library, then the file already in it
        orm = subprocess.run(
            [sys.executable, "-c", _ORM, json.dumps(["--library", lib, "import", str(pdf)])],
            capture_output=True,
            text=True,
            check=False,
        )
        assert orm.returncode == 0, orm.stderr
        assert orm.stdout.strip().splitlines()[-1] == "[]"


_ORM = """
import json, sys
from app.cli import main
if main(json.loads(sys.argv[1])):
    sys.exit("the import failed")
print(json.dumps(sorted(m for m in sys.modules if m.startswith("sqlalchemy.orm"))))
"""
