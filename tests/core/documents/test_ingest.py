"""Importing PDFs and images: what lands in the library, and bad input leaving it unchanged."""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from sqlalchemy import func, select

from app.core import processes
from app.core.documents import extract, ingest, textlayer
from app.core.documents.ingest import import_file, import_paths
from app.core.documents.textlayer import load_words
from app.core.ids import TextLayerId
from app.core.library import Library
from db.models import Document, LayerWords, Page, TextLayer
from tests.builders import (
    make_damaged_page_pdf,
    make_encrypted_pdf,
    make_image,
    make_image_only_pdf,
    make_text_pdf,
    make_zero_page_pdf,
)


def _counts(lib: Library) -> tuple[int, int, int, int, int]:
    with lib.reading() as s:
        return (
            s.scalar(select(func.count()).select_from(Document)) or 0,
            s.scalar(select(func.count()).select_from(Page)) or 0,
            s.scalar(select(func.count()).select_from(TextLayer)) or 0,
            s.scalar(select(func.sum(LayerWords.count))) or 0,
            len([p for p in lib.sources_dir.iterdir()]),
        )


def test_pdf_with_text_layer(library: Library, tmp_path: Path) -> None:
    pdf = make_text_pdf(tmp_path / "memo.pdf", ["Alpha beta gamma.", "Delta epsilon."])
    out = import_file(library, pdf)
    assert out.status == "imported" and out.pages == 2 and out.pages_needing_ocr == 0
    sha = hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert library.source_path(sha).read_bytes() == pdf.read_bytes()
    with library.reading() as s:
        doc = s.scalars(select(Document)).one()
        assert (doc.title, doc.source_name, doc.page_count) == ("memo", "memo.pdf", 2)
        layer = s.scalars(select(TextLayer).order_by(TextLayer.id)).first()
        assert layer is not None and layer.text == "Alpha beta gamma."
        words = load_words(s.connection(), TextLayerId(layer.id))
    assert [w.text for w in words] == ["Alpha", "beta", "gamma."]
    for w in words:  # offsets point into the layer text, boxes are inside the page
        assert layer.text[w.start : w.end] == w.text
        assert w.x0 is not None and 72 <= w.x0 < 540 and w.y1 is not None and w.y1 < 792


def test_importing_again_changes_nothing(library: Library, tmp_path: Path) -> None:
    pdf = make_text_pdf(tmp_path / "memo.pdf")
    first = import_file(library, pdf)
    before = _counts(library)
    copy = tmp_path / "renamed copy.pdf"
    copy.write_bytes(pdf.read_bytes())
    again = import_paths(library, [pdf, copy])
    assert [o.status for o in again] == ["duplicate", "duplicate"]
    assert {o.document_uuid for o in again} == {first.document_uuid}
    assert _counts(library) == before


def test_page_size_and_rotation_are_kept(library: Library, tmp_path: Path) -> None:
    pdf = make_text_pdf(tmp_path / "legal.pdf", ["Rotated words"], size=(612, 1008), rotation=270)
    import_file(library, pdf)
    with library.reading() as s:
        page = s.scalars(select(Page)).one()
        assert page.active_text_layer_id is not None
        word = load_words(s.connection(), TextLayerId(page.active_text_layer_id))[0]
    assert (page.width, page.height, page.rotation) == (612, 1008, 270)
    # Boxes are in the unrotated page: the text sits near the top-left margin as drawn.
    assert word.x0 is not None and word.y0 is not None
    assert word.x0 < 200 and word.y0 < 200


def test_image_only_pdf_needs_ocr(library: Library, tmp_path: Path) -> None:
    out = import_file(library, make_image_only_pdf(tmp_path / "scan.pdf", pages=3))
    assert out.status == "imported" and out.pages == 3 and out.pages_needing_ocr == 3
    with library.reading() as s:
        assert all(p.needs_ocr and p.active_text_layer_id is None for p in s.scalars(select(Page)))


@pytest.mark.parametrize(
    ("fmt", "suffix", "pages"), [("PNG", "png", 1), ("JPEG", "jpg", 1), ("TIFF", "tif", 3)]
)
def test_images(library: Library, tmp_path: Path, fmt: str, suffix: str, pages: int) -> None:
    out = import_file(library, make_image(tmp_path / f"img.{suffix}", fmt, pages))
    assert out.status == "imported" and out.pages == pages and out.pages_needing_ocr == pages
    with library.reading() as s:
        page = s.scalars(select(Page).order_by(Page.page_index)).first()
        kind = s.scalars(select(Document.source_kind)).one()
    assert kind == "image"
    assert (
        page is not None and page.width == pytest.approx(144) and page.height == pytest.approx(192)
    )


def _truncated(tmp_path: Path) -> Path:
    data = make_text_pdf(tmp_path / "whole.pdf", ["x " * 500] * 3).read_bytes()
    (tmp_path / "whole.pdf").unlink()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    return path


def _corrupt(tmp_path: Path) -> Path:
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    return path


def _empty(tmp_path: Path) -> Path:
    path = tmp_path / "empty.pdf"
    path.touch()
    return path


def _not_pdf(tmp_path: Path) -> Path:
    path = tmp_path / "notes.pdf"
    path.write_text("Meeting notes, not a PDF at all.\n")
    return path


def _folder(tmp_path: Path) -> Path:
    path = tmp_path / "a-folder.pdf"
    path.mkdir()
    return path


BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "missing": (lambda t: t / "nowhere.pdf", "no such file"),
    "empty": (_empty, "empty"),
    "truncated": (_truncated, "truncated"),
    "corrupt": (_corrupt, "damaged"),
    "encrypted": (lambda t: make_encrypted_pdf(t / "locked.pdf"), "encrypted"),
    "not a pdf": (_not_pdf, "not a PDF"),
    "zero pages": (lambda t: make_zero_page_pdf(t / "zero.pdf"), "no pages"),
    "empty folder": (_folder, "no PDF or image files"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_fails_alone_and_leaves_library_unchanged(
    library: Library, tmp_path: Path, case: str
) -> None:
    good = make_text_pdf(tmp_path / "good.pdf")
    make_bad, expected = BAD_INPUTS[case]
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    bad = make_bad(bad_dir)
    before = _counts(library)
    outcomes = import_paths(library, [bad, good])
    failed = [o for o in outcomes if o.status == "failed"]
    assert len(failed) == 1 and expected in failed[0].message
    assert "\n" not in failed[0].message
    assert [o.status for o in outcomes if o.ok] == ["imported"]
    after = _counts(library)
    assert after[0] == before[0] + 1  # only the good file arrived
    assert not [p for p in library.sources_dir.iterdir() if p.name.startswith(".")]


def test_failure_while_writing_leaves_nothing_half_imported(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = make_text_pdf(tmp_path / "memo.pdf", ["one", "two", "three"])
    real = textlayer.insert_layer
    calls = {"n": 0}

    def failing(*args: object, **kwargs: object) -> int:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("app.core.documents.ingest.insert_layer", failing)
    out = import_file(library, pdf)
    assert out.status == "failed" and "No space left" in out.message
    assert _counts(library) == (0, 0, 0, 0, 0)


def test_cancel_rolls_back(library: Library, tmp_path: Path) -> None:
    pdf = make_text_pdf(tmp_path / "long.pdf", ["page"] * 5)
    seen: list[int] = []
    out = import_file(
        library, pdf, on_page=lambda d, t: seen.append(d), cancel=lambda: len(seen) >= 2
    )
    assert out.status == "cancelled"
    assert _counts(library) == (0, 0, 0, 0, 0)


def test_folders_are_expanded_to_supported_files(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "box"
    (folder / "sub").mkdir(parents=True)
    make_text_pdf(folder / "a.pdf")
    make_image(folder / "sub" / "b.png")
    (folder / "README.txt").write_text("not imported from a folder")
    (folder / ".hidden.pdf").write_bytes(b"junk")
    outcomes = import_paths(library, [folder])
    assert sorted(Path(o.path).name for o in outcomes) == ["a.pdf", "b.png"]
    assert all(o.status == "imported" for o in outcomes)


def test_pdf_pages_keep_their_size(library: Library, tmp_path: Path) -> None:
    doc = pymupdf.open()
    doc.new_page(width=200, height=304).insert_text((20, 40), "Senate")
    doc.new_page(width=612, height=1008).insert_text((20, 40), "Legal")
    doc.save(tmp_path / "mixed.pdf")
    import_file(library, tmp_path / "mixed.pdf")
    with library.reading() as s:
        sizes = [(p.width, p.height) for p in s.scalars(select(Page).order_by(Page.page_index))]
    assert sizes == [(200, 304), (612, 1008)]


def test_the_same_scan_gets_the_same_uuid_in_every_library(tmp_path: Path) -> None:
    pdf = make_text_pdf(tmp_path / "memo.pdf")
    uuids = []
    for name in ("here", "there"):
        with Library.open(tmp_path / name) as lib:
            uuids.append(import_file(lib, pdf).document_uuid)
    assert (
        uuids[0] == uuids[1] == ingest.document_uuid(hashlib.sha256(pdf.read_bytes()).hexdigest())
    )
    other = make_text_pdf(tmp_path / "other.pdf", ["Another memo."])
    with Library.open(tmp_path / "here") as lib:
        assert import_file(lib, other).document_uuid != uuids[0]


def _pages_and_words(lib: Library) -> list[tuple[object, ...]]:
    """Every page's size, rotation, text and words, in page order."""
    with lib.reading() as s:
        pages = s.scalars(select(Page).order_by(Page.page_index)).all()
        out: list[tuple[object, ...]] = []
        for p in pages:
            layer = s.get(TextLayer, p.active_text_layer_id) if p.active_text_layer_id else None
            words = load_words(s.connection(), TextLayerId(layer.id)) if layer else []
            out.append((p.width, p.height, p.rotation, p.needs_ocr, layer and layer.text, words))
        return out


@pytest.fixture
def in_workers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Read every PDF in two worker processes (even on one core), three pages a chunk; lists the
    files read so."""
    seen: list[str] = []
    real = extract.PagePool.pages

    def spy(pool: extract.PagePool, path: str, count: int) -> Iterator[extract.ParsedPage]:
        seen.append(Path(path).name)
        return real(pool, path, count)

    monkeypatch.setattr(extract, "PARALLEL_MIN_PAGES", 1)
    monkeypatch.setattr(extract, "worker_count", lambda tasks: min(2, tasks))
    monkeypatch.setattr(extract, "CHUNK_PAGES", 3)
    monkeypatch.setattr(extract.PagePool, "pages", spy)
    return seen


def test_pages_read_in_workers_are_stored_as_read_here(
    tmp_path: Path, in_workers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [f"Page {i} of the memo, with words {'abc ' * i}" for i in range(8)]
    pdf = make_text_pdf(tmp_path / "long.pdf", texts, rotation=90)
    stored = []
    for name, threshold in (("workers", 1), ("here", 10**9)):
        monkeypatch.setattr(extract, "PARALLEL_MIN_PAGES", threshold)
        with Library.open(tmp_path / name) as lib:
            assert import_file(lib, pdf).status == "imported"
            stored.append(_pages_and_words(lib))
    assert in_workers == ["long.pdf"]
    assert stored[0] == stored[1] and len(stored[0]) == 8
    assert stored[0][7][4] == texts[7].strip()


def test_cancel_while_reading_in_workers_rolls_back_and_stops_them(
    library: Library, tmp_path: Path, in_workers: list[str]
) -> None:
    pdf = make_text_pdf(tmp_path / "long.pdf", ["page"] * 20)
    seen: list[int] = []
    out = import_file(
        library, pdf, on_page=lambda d, t: seen.append(d), cancel=lambda: len(seen) >= 4
    )
    assert out.status == "cancelled" and in_workers == ["long.pdf"]
    assert seen == [1, 2, 3, 4]
    assert _counts(library) == (0, 0, 0, 0, 0)
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("threshold", [1, 10**9], ids=["in workers", "here"])
def test_a_damaged_page_fails_the_file_with_one_line(
    library: Library,
    tmp_path: Path,
    in_workers: list[str],
    monkeypatch: pytest.MonkeyPatch,
    threshold: int,
) -> None:
    monkeypatch.setattr(extract, "PARALLEL_MIN_PAGES", threshold)
    pdf = make_damaged_page_pdf(tmp_path / "damaged.pdf", pages=10)
    out = import_file(library, pdf)
    assert out.status == "failed"
    assert (
        out.message.startswith("page 10 is damaged and cannot be read (")
        and "\n" not in out.message
    )
    assert in_workers == (["damaged.pdf"] if threshold == 1 else [])
    assert _counts(library) == (0, 0, 0, 0, 0)
    assert multiprocessing.active_children() == []


def test_a_crashing_worker_fails_the_file_with_one_line(
    library: Library, tmp_path: Path, in_workers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The crash is injected by patching, which only forked workers inherit; pytest's own
    # threads (the timeout watchdog) would otherwise make the pool use its fork server.
    monkeypatch.setattr(processes, "pool_context", lambda: multiprocessing.get_context("fork"))
    real = extract.read_page

    def read_or_die(doc: pymupdf.Document, index: int, kind: str) -> extract.ParsedPage:
        if index == 4:
            time.sleep(0.3)  # (the chunk before it is read by then: the pool breaks after)
            os._exit(3)  # what a segfault in MuPDF looks like to the pool
        return real(doc, index, kind)

    monkeypatch.setattr(extract, "read_page", read_or_die)
    out = import_file(library, make_text_pdf(tmp_path / "long.pdf", ["page"] * 8))
    assert out.status == "failed"
    assert out.message == "reading pages 4-6 crashed the PDF reader; the file is damaged"
    assert _counts(library) == (0, 0, 0, 0, 0)


def test_when_no_worker_can_start_the_pages_are_read_here(
    library: Library, tmp_path: Path, in_workers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_process(*_args: object, **_kwargs: object) -> None:
        raise BlockingIOError(11, "Resource temporarily unavailable")  # fork() at a process limit

    monkeypatch.setattr(ProcessPoolExecutor, "submit", no_process)  # (as extract uses it)
    pdf = make_text_pdf(tmp_path / "long.pdf", [f"page {i}" for i in range(7)])
    out = import_file(library, pdf)
    assert out.status == "imported" and out.pages == 7 and in_workers == ["long.pdf"]
    assert [row[4] for row in _pages_and_words(library)] == [f"page {i}" for i in range(7)]


def test_when_the_fork_server_cannot_fork_the_pages_are_read_here(
    tmp_path: Path, in_workers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fork server that fails to fork closes its socket: the client sees "unexpected EOF".
    def fork_server_fails(*_args: object, **_kwargs: object) -> None:
        raise EOFError("unexpected EOF")

    pdf = make_text_pdf(tmp_path / "long.pdf", [f"page {i}" for i in range(7)], rotation=90)
    with Library.open(tmp_path / "here") as lib:
        monkeypatch.setattr(extract, "PARALLEL_MIN_PAGES", 10**9)
        assert import_file(lib, pdf).status == "imported"
        read_here = _pages_and_words(lib)
    monkeypatch.setattr(extract, "PARALLEL_MIN_PAGES", 1)
    monkeypatch.setattr(ProcessPoolExecutor, "submit", fork_server_fails)
    with Library.open(tmp_path / "fallback") as lib:
        out = import_file(lib, pdf)
        assert out.status == "imported" and out.pages == 7 and in_workers == ["long.pdf"]
        assert _pages_and_words(lib) == read_here


def test_one_pool_of_workers_reads_every_long_pdf_of_an_import(
    library: Library, tmp_path: Path, in_workers: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pools: list[object] = []
    real = processes.worker_pool

    def counted(*args: Any, **kwargs: Any) -> ProcessPoolExecutor:
        pools.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(extract, "worker_pool", counted)
    pdfs = [
        make_text_pdf(tmp_path / f"long{n}.pdf", [f"file {n} page {i}" for i in range(7)])
        for n in range(3)
    ]
    outcomes = import_paths(library, pdfs)
    assert [o.status for o in outcomes] == ["imported"] * 3 and len(pools) == 1
    assert in_workers == ["long0.pdf", "long1.pdf", "long2.pdf"]
    texts = [str(row[4]) for row in _pages_and_words(library)]
    assert sorted(texts) == sorted(f"file {n} page {i}" for n in range(3) for i in range(7))
    assert multiprocessing.active_children() == []


def test_a_pdf_read_ahead_is_imported_as_read_and_a_changed_one_read_again(
    tmp_path: Path, in_workers: list[str]
) -> None:
    pdf = make_text_pdf(tmp_path / "long.pdf", [f"before {i}" for i in range(7)])
    with ingest.read_ahead([pdf]) as pool:
        assert list(pool._ahead) == [str(pdf)]  # reading started before any library is open
        with Library.open(tmp_path / "lib") as lib:
            assert import_paths(lib, [pdf], pool=pool)[0].status == "imported"
            assert [r[4] for r in _pages_and_words(lib)] == [f"before {i}" for i in range(7)]
        assert pool._ahead == {}
    changed = tmp_path / "changed.pdf"
    make_text_pdf(changed, [f"old {i}" for i in range(7)])
    with ingest.read_ahead([changed]) as pool:
        time.sleep(0.05)
        make_text_pdf(changed, [f"rewritten, page {i}" for i in range(7)])
        os.utime(changed, ns=(time.time_ns(), time.time_ns() + 10**9))
        with Library.open(tmp_path / "lib2") as lib:
            assert import_paths(lib, [changed], pool=pool)[0].status == "imported"
            texts = [r[4] for r in _pages_and_words(lib)]
    assert texts == [f"rewritten, page {i}" for i in range(7)]
    assert multiprocessing.active_children() == []


def test_a_duplicate_read_ahead_is_not_read_on(library: Library, tmp_path: Path) -> None:
    pdf = make_text_pdf(tmp_path / "long.pdf", [f"page {i}" for i in range(7)])
    assert import_file(library, pdf).status == "imported"
    pool = extract.PagePool()
    cancelled: list[str] = []
    pool._ahead[str(pdf)] = type("Reading", (), {"cancel": lambda self: cancelled.append("x")})()
    with pool:
        assert import_paths(library, [pdf], pool=pool)[0].status == "duplicate"
        assert cancelled == ["x"] and pool._ahead == {}


def _collector_state() -> tuple[bool, int]:
    return gc.isenabled(), gc.get_freeze_count()


def test_a_page_reader_collects_but_leaves_what_it_inherited_alone() -> None:
    """Its first collections walked everything forked from the importing process, and wrote to
    every page of it they shared (13% of the workers' time on the real scans)."""
    with extract.PagePool() as pool:
        enabled, frozen = pool._pool(100).submit(_collector_state).result()
    assert enabled and frozen > 1000


def test_pages_written_in_batches_are_as_if_written_one_by_one(
    library: Library, tmp_path: Path
) -> None:
    # More pages than a batch holds, pages without text among them, and a second document after:
    # each page's id in page order, its one text layer active, its text in the search index.
    count = 2 * ingest._PageRows.BATCH + 5
    texts = ["" if i % 7 == 3 else f"page {i} token{i} of the memo" for i in range(count)]
    first = import_file(library, make_text_pdf(tmp_path / "long.pdf", texts))
    second = import_file(library, make_text_pdf(tmp_path / "short.pdf", ["second memo"]))
    assert first.status == second.status == "imported"
    assert first.pages_needing_ocr == texts.count("")
    with library.reading() as s:
        conn = s.connection()
        pages = conn.exec_driver_sql(
            "SELECT p.id, p.document_id, p.page_index, p.needs_ocr, p.active_text_layer_id, "
            "t.page_id, t.text, w.count FROM pages p LEFT JOIN text_layers t ON "
            "t.id = p.active_text_layer_id LEFT JOIN layer_words w ON w.text_layer_id = t.id "
            "ORDER BY p.id"
        ).all()
        layers = conn.exec_driver_sql("SELECT page_id FROM text_layers ORDER BY id").all()
        indexed: dict[int, str] = dict(
            conn.exec_driver_sql("SELECT rowid, text FROM page_text_fts").all()
        )
    ids = [row[0] for row in pages]
    assert ids == list(range(ids[0], ids[0] + count + 1))  # one after another, in page order
    assert [(row[1], row[2]) for row in pages] == [
        *((first.document_id, i) for i in range(count)),
        (second.document_id, 0),
    ]
    expected = [*texts, "second memo"]
    for (page_id, _, _, needs_ocr, layer_id, layer_page, text, words), want in zip(
        pages, expected, strict=True
    ):
        assert bool(needs_ocr) == (want == "")
        if want == "":
            assert layer_id is None and page_id not in indexed
        else:
            assert (layer_page, text, words) == (page_id, want, len(want.split()))
            assert indexed[page_id] == want
    assert [row[0] for row in layers] == [p[0] for p in pages if p[4] is not None]


def test_a_full_disk_while_the_file_is_copied_in_is_said_as_the_library_says_it(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said "cannot store a copy in the library: No space left on device" (the system's
    English, in every window's language), where the library says a full disk in its words."""
    pdf = make_text_pdf(tmp_path / "memo.pdf", ["one"])

    def no_room(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.core.documents.ingest.shutil.copyfile", no_room)
    out = import_file(library, pdf)
    assert out.status == "failed"
    assert out.message == (
        f"The disk holding the library at {library.root} is full; nothing was changed. "
        "Free some space and try again."
    )
    assert list(library.sources_dir.iterdir()) == [] and _counts(library) == (0, 0, 0, 0, 0)


def test_an_import_into_a_library_open_read_only_says_so(tmp_path: Path) -> None:
    """It said "cannot import: Read-only file system" (a read-only disk: the window offers
    File › Import files… there too)."""
    Library.open(tmp_path / "lib").close()
    pdf = make_text_pdf(tmp_path / "memo.pdf", ["one"])
    with Library.open(tmp_path / "lib", read_only=True) as lib:
        out = import_file(lib, pdf)
    assert out.status == "failed" and out.message.startswith(
        f"The library at {tmp_path / 'lib'} is open read-only ("
    )
