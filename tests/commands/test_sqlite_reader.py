"""The reading commands' light path (issue 22): `list`, `info` and `search` read a current folder
library through the standard library's sqlite3 (db.reading.SqliteReader), not SQLAlchemy. Both
paths run the same statements; these tests run each command and each read both ways on the same
library and compare what comes out, byte for byte, and check that anything but a current folder
library still goes the ordinary way (an upgrade, a refusal, a read-only folder)."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

import db.reading
from app.cli import main
from app.core.annotating.review import set_page_status
from app.core.documents import queries
from app.core.documents.lookup import all_document_ids, resolve_document
from app.core.documents.metadata import document_metadata_entries, set_document_metadata
from app.core.documents.search import search
from app.core.errors import RedlineError
from app.core.ids import DocumentId, PageId
from app.core.library import Library
from db.migrate import alembic_config, known_revisions
from db.reading import SqliteReader, open_reader
from tests.bench.helpers import fill_library
from tests.builders import make_text_pdf
from tests.commands.helpers import run

MEMO = [
    "SECRET NOFORN. The embassy reports Kozyrev's European security plan to the council.",
    "Subject: treaty review. The delegation 100% agrees; see F-2017-13804 and 3.5(c).",
]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two imported memos (metadata by a person and the detector, a reviewed page, a second text
    layer) and 1,100 generated pages, so that a common word matches 1,000 pages or more (search
    then lists in library order) and a rarer one is ranked."""
    root = tmp_path_factory.mktemp("reader")
    lib_path = root / "lib"
    for name, pages in (("memo", MEMO), ("cable_2", MEMO[::-1])):
        make_text_pdf(root / f"{name}.pdf", pages)
    with Library.open(lib_path) as lib:
        fill_library(lib, 1100, random.Random(3), per_doc=100)
    assert run_quiet("--library", str(lib_path), "import", str(root / "memo.pdf")) == 0
    assert run_quiet("--library", str(lib_path), "import", str(root / "cable_2.pdf")) == 0
    with Library.open(lib_path) as lib:
        memo = resolve_document(lib, "memo")
        set_document_metadata(lib, memo, {"case_number": "F-2017-13804", "rights": "CC0"})
        with lib.transaction() as s:
            conn = s.connection()
            conn.exec_driver_sql(
                "INSERT INTO document_metadata (document_id, key, value, origin, rule_id, "
                "confidence, modified_at) VALUES (?, 'classification', 'SECRET', 'detector', "
                "'banner', 0.93, '2026-01-01')",
                (memo,),
            )
            page = PageId(
                conn.exec_driver_sql(
                    "SELECT id FROM pages WHERE document_id = ? AND page_index = 1", (memo,)
                ).scalar_one()
            )
            conn.exec_driver_sql(
                "INSERT INTO text_layers (uuid, page_id, source, engine, language, text, "
                "created_at) VALUES ('u-1', ?, 'tesseract', 'tesseract 5', 'eng', 'x', "
                "'2026-01-02')",
                (page,),
            )
        set_page_status(lib, page, "reviewed", author="Ada")
    return lib_path


def run_quiet(*argv: str) -> int:
    return main(list(argv))


@pytest.fixture
def both(library: Path) -> Iterator[tuple[SqliteReader, Library]]:
    reader = open_reader(library)
    assert reader is not None
    with Library.open(library, read_only=True) as lib:
        yield reader, lib
    reader.close()


ORDINARY = "ordinary"


def _cli(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    argv: list[str],
) -> tuple[int, str, str]:
    """``redline argv`` by the light path, or with it turned off (``path`` ORDINARY)."""
    opened: list[SqliteReader | None] = []

    def spy(root: Path) -> SqliteReader | None:
        opened.append(None if path == ORDINARY else open_reader(root))
        return opened[-1]

    with monkeypatch.context() as m:
        m.setattr(db.reading, "open_reader", spy)
        result = run(capsys, *argv)
    assert opened and all((r is None) == (path == ORDINARY) for r in opened)
    return result


COMMANDS = [
    ["list"],
    ["list", "--json"],
    ["info", "memo"],
    ["info", "memo.pdf", "--json"],
    ["info", "cable_2", "--json"],
    ["info", "1"],
    ["info", "doc3", "--json"],
    ["info", "no such document"],
    ["search", "security"],  # on most generated pages: listed in library order
    ["search", "security", "--json", "--limit", "5", "--offset", "990"],
    ["search", "Kozyrev"],
    ["search", '"security plan"', "--json"],
    ["search", "secur*", "--limit", "3"],
    ["search", "Kozyrev", "OR", "treaty", "--json", "--limit", "30"],
    ["search", "embassy", "NOT", "soviet", "--limit", "7", "--offset", "3"],
    ["search", "F-2017-13804", "3.5(c)", "100%"],
    ["search", '"unclosed'],
    ["search", "OR"],
    ["search", "nothing-matches-this"],
]


@pytest.mark.parametrize("argv", COMMANDS, ids=" ".join)
def test_the_reading_commands_print_the_same_both_ways(
    library: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
) -> None:
    full = ["--library", str(library), *argv]
    light = _cli(capsys, monkeypatch, "light", full)
    ordinary = _cli(capsys, monkeypatch, ORDINARY, full)
    assert light == ordinary
    assert light[1] or light[2]  # (something was printed to compare)


def test_the_info_of_a_document_shows_what_the_library_holds(
    library: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """(What the comparison above compares is the real thing.)"""
    code, out, _ = _cli(capsys, monkeypatch, "light", ["--library", str(library), "info", "memo"])
    assert code == 0
    assert "classification: SECRET  [detector]" in out and "case_number: F-2017-13804" in out
    assert "page 2: 612x792 pt, rotation 0, pdf-text-layer, tesseract, reviewed" in out


SORTS = list(queries._SORT_SQL)


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("filter", ["", "doc1", "SECRET", "f-2017", "100%", "_2", "\\", "memo"])
def test_the_library_table_reads_the_same_both_ways(
    both: tuple[SqliteReader, Library], sort: queries.SortKey, filter: str
) -> None:
    reader, lib = both
    for descending in (False, True):
        for offset, limit in ((0, 200), (5, 3)):
            light, ordinary = (
                queries.list_documents(
                    source, offset=offset, limit=limit, sort=sort, descending=descending,
                    filter=filter,
                )
                for source in (reader, lib)
            )  # fmt: skip
            assert light == ordinary and (light or offset or filter in ("100%", "\\"))
    assert queries.count_documents(reader, filter=filter) == queries.count_documents(
        lib, filter=filter
    )


def test_documents_pages_and_lookups_read_the_same_both_ways(
    both: tuple[SqliteReader, Library],
) -> None:
    reader, lib = both
    ids = all_document_ids(reader)
    assert ids == all_document_ids(lib) and len(ids) == 13
    assert queries.document_titles(reader, ids) == queries.document_titles(lib, ids)
    for doc in (ids[0], ids[-2], ids[-1]):
        assert queries.document_summary(reader, doc) == queries.document_summary(lib, doc)
        assert queries.document_layers(reader, doc) == queries.document_layers(lib, doc)
        assert document_metadata_entries(reader, doc) == document_metadata_entries(lib, doc)
        assert queries.page_to_open(reader, doc, 1) == queries.page_to_open(lib, doc, 1)
    summary = queries.document_summary(reader, ids[-1])
    for ref in ("memo", "cable_2.pdf", summary.uuid.upper(), summary.source_sha256[:10], "3"):
        assert resolve_document(reader, ref) == resolve_document(lib, ref)
    for ref in ("nothing", "99999", "0" * 8):  # none; and the generated sources' hashes are 0…
        with pytest.raises(RedlineError) as light:
            resolve_document(reader, ref)
        with pytest.raises(RedlineError) as ordinary:
            resolve_document(lib, ref)
        assert str(light.value) == str(ordinary.value)
    with pytest.raises(RedlineError):
        queries.document_summary(reader, DocumentId(12345))


@pytest.mark.parametrize(
    "query",
    ["security", "council", '"security council"', "Kozyrev", "secur* OR treaty", "memorandum"],
)
def test_search_ranks_and_snips_the_same_both_ways(
    both: tuple[SqliteReader, Library], query: str
) -> None:
    reader, lib = both
    for offset in (0, 17):
        light = search(reader, query, limit=50, offset=offset)
        assert asdict(light) == asdict(search(lib, query, limit=50, offset=offset))
        assert light.hits or offset  # (there is something to compare)


def test_the_reader_reads_one_state_of_the_library(library: Path) -> None:
    """A read transaction: what another process commits meanwhile is not half seen."""
    reader = open_reader(library)
    assert reader is not None
    try:
        with reader.reading() as s:
            before = s.connection().exec_driver_sql("SELECT count(*) FROM documents").scalar()
            with Library.open(library) as lib, lib.transaction() as w:
                w.connection().exec_driver_sql(
                    "UPDATE documents SET title = title || '' WHERE id = 1"
                )
                w.connection().exec_driver_sql("DELETE FROM document_metadata WHERE key = 'rights'")
            again = s.connection().exec_driver_sql("SELECT count(*) FROM documents").scalar()
            rights = s.connection().exec_driver_sql(
                "SELECT count(*) FROM document_metadata WHERE key = 'rights'"
            )
            assert (before, again, rights.scalar()) == (13, 13, 1)
    finally:
        reader.close()
        with Library.open(library) as lib:
            memo = resolve_document(lib, "memo")
            set_document_metadata(lib, memo, {"rights": "CC0"})


def _copy(library: Path, target: Path) -> Path:
    source = sqlite3.connect(library / "library.sqlite")
    target.mkdir()
    (target / "sources").mkdir()
    dest = sqlite3.connect(target / "library.sqlite")
    source.backup(dest)
    source.close()
    dest.close()
    return target


def test_an_older_library_is_upgraded_the_ordinary_way_then_read(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _copy(library, tmp_path / "old")
    engine = create_engine(f"sqlite:///{old / 'library.sqlite'}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), known_revisions()[-2])
    engine.dispose()
    assert open_reader(old) is None
    code, out, err = run(capsys, "--library", str(old), "search", "Kozyrev")
    assert (code, err) == (0, "") and "«Kozyrev»'s European" in out
    assert open_reader(old) is not None  # upgraded: current now
    assert list((old / "backups").glob("library-*.sqlite"))


def test_a_newer_or_foreign_database_is_refused_the_ordinary_way(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = _copy(library, tmp_path / "newer")
    with sqlite3.connect(newer / "library.sqlite") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    assert open_reader(newer) is None
    code, out, err = run(capsys, "--library", str(newer), "list")
    assert code == 1 and out == "" and "(schema 9999)" in err and "cannot read it" in err
    foreign = tmp_path / "foreign"
    foreign.mkdir()
    with sqlite3.connect(foreign / "library.sqlite") as conn:
        conn.execute("CREATE TABLE notes (x)")
    code, out, err = run(capsys, "--library", str(foreign), "list")
    assert code == 1 and "not a Redline library" in err
    (tmp_path / "garbage").mkdir()
    (tmp_path / "garbage" / "library.sqlite").write_bytes(b"not a database at all" * 100)
    code, out, err = run(capsys, "--library", str(tmp_path / "garbage"), "info", "memo")
    assert code == 1 and err.count("\n") == 1
    code, out, err = run(capsys, "--library", str(tmp_path / "none"), "list")
    assert code == 1 and "no library" in err


def test_a_read_only_folder_is_read_either_way(
    library: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder this process may not write: the ordinary way (``immutable``), where ``mode=ro``
    could not make its shared-memory file; root may write it, and reads it the light way."""
    folder = _copy(library, tmp_path / "ro")
    with sqlite3.connect(folder / "library.sqlite") as conn:  # closed cleanly: no WAL left
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        reader = open_reader(folder)
        assert (reader is None) == (not os.access(folder, os.W_OK))
        if reader is not None:
            reader.close()
        code, out, _ = run(capsys, "--library", str(folder), "info", "memo")
    finally:
        folder.chmod(stat.S_IRWXU)
    assert code == 0 and "classification: SECRET  [detector]" in out
