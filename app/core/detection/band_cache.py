"""Band readings kept in this process and on this machine between runs: a library detected again
re-reads no banner.

Re-reading a page's banners from its scan (:mod:`app.core.detection.bands`) costs a third of a
CPU second a page; the result depends only on the page's image, the Tesseract that read it and
the detection code and rules that read its words. Those are the key here: the source file's
SHA-256 (libraries name their sources by it, so a scan imported into two libraries is read once),
the page, Tesseract's program, version and English model, and a fingerprint of Redline's version,
its detection code and its rules (:func:`fingerprint`): a new Redline or a rules change reads
again. The readings live in one SQLite file in the user's cache folder (``band-readings.sqlite``
under platformdirs' ``user_cache_path("redline")``); deleting it only costs time.

The cache never stands in the way: a file it cannot open, read or write (a read-only or full
disk, another process holding it, a damaged file) is passed over and the banners are read.
Only the process running detection (not its workers) reads and writes it, and keeps the readings
it made or read in its memory too (:func:`cached_bands`, :func:`keep_bands`).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import threading
import time
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from platformdirs import user_cache_path

from app import __version__
from app.core.detection.bands import BandMarking
from app.core.detection.redactions import Box
from app.core.ocr.tesseract import OcrError, tesseract_data_folder, version_of
from app.core.resources import resource_path, source_root

FILE_NAME = "band-readings.sqlite"
MAX_READINGS = 50_000  # pages kept (about 0.5 KB each, index included); the least recent go first
BUSY_S = 1.0  # how long to wait for another Redline process writing the file
# The code a reading depends on, under the folder holding app/ (rules: resources/markings).
_CODE = ("app/core/detection", "app/core/documents/textlayer.py", "app/core/ocr/tesseract.py")
_lock = threading.Lock()


def cache_path() -> Path:
    return user_cache_path("redline", appauthor=False) / FILE_NAME


@cache
def fingerprint() -> str:
    """Redline's version, and the bytes of the code and rules a band reading depends on (band
    reading, the detection it runs on the words read, Tesseract's output read back). A bundle
    whose code is not on disk as source has its version and rules: a release does not change."""
    code = source_root()  # the folder holding app/ (a bundle's holds no source of it)
    files: list[Path] = []
    for path in [code / part for part in _CODE] + [resource_path("markings")]:
        files += sorted(path.rglob("*")) if path.is_dir() else [path]
    digest = hashlib.sha256(__version__.encode())
    for path in files:
        if path.suffix in (".py", ".json"):
            try:
                digest.update(path.name.encode() + path.read_bytes())
            except OSError:
                continue
    return digest.hexdigest()[:24]


def reader_key(exe: str, version: str, model: Path | None) -> str:
    """Who read: the Tesseract program, its version and its English model (by size and time:
    a package update may change it under the same version)."""
    try:
        stat = model.stat() if model is not None else None
    except OSError:
        stat = None
    seen = f"{stat.st_size}:{stat.st_mtime_ns}" if stat is not None else "-"
    return f"{exe}|{version}|{seen}|{fingerprint()}"


def _encode(markings: Sequence[BandMarking]) -> str:
    return json.dumps(
        [
            [m.category, m.value, m.text, m.confidence, m.rule_id, list(_box(m.box)), m.struck]
            for m in markings
        ]
    )


def _box(b: Box) -> tuple[float, float, float, float]:
    return (b.x0, b.y0, b.x1, b.y1)


def _decode(text: str) -> tuple[BandMarking, ...] | None:
    """The stored markings; None for anything else (a damaged or foreign row: read again)."""
    try:
        rows = json.loads(text)
        return tuple(
            BandMarking(
                str(c), str(v), str(t), float(conf), str(rule), Box(*map(float, box)), bool(s)
            )
            for c, v, t, conf, rule, box, s in rows
        )
    except (ValueError, TypeError):
        return None


@contextmanager
def _database(path: Path | None = None) -> Iterator[sqlite3.Connection]:
    path = path or cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path, timeout=BUSY_S, isolation_level=None)) as db:
        db.execute("PRAGMA synchronous = OFF")  # a cache: a write lost to a crash is read again
        db.execute(
            "CREATE TABLE IF NOT EXISTS readings (page TEXT NOT NULL, reader TEXT NOT NULL, "
            "markings TEXT NOT NULL, used REAL NOT NULL, PRIMARY KEY (page, reader))"
        )
        db.execute("CREATE INDEX IF NOT EXISTS readings_used ON readings (used)")
        yield db


def _page_key(sha256: str, index: int) -> str:
    return f"{sha256}:{index}"


Key = tuple[str, int, str]  # source SHA-256, page index, reader (reader_key)
_ASKED = 500  # pages asked for in one query (SQLite allows 999 parameters and more)


def recall_many(keys: Sequence[Key]) -> dict[Key, tuple[BandMarking, ...]]:
    """The markings read from each of ``keys``' pages by its reader at an earlier run, those
    there are (none when the file cannot be read): a document's pages in one query or a few."""
    by_page = {(_page_key(sha, index), reader): (sha, index, reader) for sha, index, reader in keys}
    found: dict[Key, tuple[BandMarking, ...]] = {}
    try:
        with _lock, _database() as db:
            for reader in {r for _, r in by_page}:
                pages = [p for p, r in by_page if r == reader]
                for at in range(0, len(pages), _ASKED):
                    chunk = pages[at : at + _ASKED]
                    rows = db.execute(
                        "SELECT page, markings FROM readings WHERE reader = ? AND page IN "
                        f"({', '.join('?' * len(chunk))})",
                        (reader, *chunk),
                    ).fetchall()
                    for page, markings in rows:
                        decoded = _decode(str(markings))
                        if decoded is not None:
                            found[by_page[(str(page), reader)]] = decoded
    except (sqlite3.Error, OSError):
        return {}
    return found


_pruned = False  # the file was cut down to MAX_READINGS by this process


def keep(readings: Sequence[tuple[str, int, str, Sequence[BandMarking]]]) -> None:
    """Store ``(sha256, page index, reader, markings)`` readings; the first time in a process,
    let the least recently stored go beyond :data:`MAX_READINGS` (a count of the whole file:
    not at every page)."""
    global _pruned
    if not readings:
        return
    now = time.time()
    rows: list[tuple[Any, ...]] = [
        (_page_key(sha, index), reader, _encode(markings), now)
        for sha, index, reader, markings in readings
    ]
    try:
        with _lock, _database() as db:
            db.execute("BEGIN IMMEDIATE")
            db.executemany("INSERT OR REPLACE INTO readings VALUES (?, ?, ?, ?)", rows)
            if not _pruned:
                db.execute(
                    "DELETE FROM readings WHERE rowid IN (SELECT rowid FROM readings ORDER BY "
                    "used DESC LIMIT -1 OFFSET ?)",
                    (MAX_READINGS,),
                )
            db.execute("COMMIT")
            _pruned = True
    except (sqlite3.Error, OSError):
        return


LOOK_S = 0.1  # how long Tools › Settings waits for another process writing the file


def kept() -> tuple[int, int]:
    """How many pages' readings the machine's file holds, and its size in bytes: ``(0, 0)``
    without one; the size alone (the count 0) when it cannot be read now (garbage, another
    process writing it for longer than :data:`LOOK_S`). The file is only read, never made."""
    path = cache_path()
    try:
        size = path.stat().st_size
    except OSError:
        return 0, 0
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=LOOK_S)) as db:
            (count,) = db.execute("SELECT count(*) FROM readings").fetchone()
    except (sqlite3.Error, OSError, ValueError):
        return 0, size
    return int(count), size


def forget() -> None:
    """Remove every reading kept (Tools › Settings; benchmarks measure re-reading cold)."""
    try:
        with _lock:
            cache_path().unlink(missing_ok=True)
    except OSError:
        return


# Band readings already made, by page image: a library-wide detection run again (after an
# import, after a rules change) re-reads no banner it read before. A page's image is its library
# source (named by its content's SHA-256) and index; the reading depends on nothing else but the
# Tesseract that made it and Redline's detection code and rules (reader_key). Kept in this
# process (here), and on this machine between runs (the file above).
BandKey = tuple[str, int, str]  # source SHA-256, page index, who read (reader_key)
BAND_CACHE_PAGES = 20_000
_memory: OrderedDict[BandKey, tuple[BandMarking, ...]] = OrderedDict()
_memory_lock = threading.Lock()


def cached_bands(keys: Sequence[BandKey]) -> dict[BandKey, tuple[BandMarking, ...]]:
    """The readings of ``keys``' pages made before: by this process, else kept on the machine
    (one look at its file for them all)."""
    found = {}
    with _memory_lock:
        for key in keys:
            if key in _memory:
                _memory.move_to_end(key)
                found[key] = _memory[key]
    for key, markings in recall_many([k for k in keys if k not in found]).items():
        _remember(key, markings)
        found[key] = markings
    return found


def _remember(key: BandKey, markings: tuple[BandMarking, ...]) -> None:
    with _memory_lock:
        _memory[key] = markings
        _memory.move_to_end(key)
        while len(_memory) > BAND_CACHE_PAGES:
            _memory.popitem(last=False)


def keep_bands(key: BandKey, markings: tuple[BandMarking, ...]) -> None:
    _remember(key, markings)
    keep([(*key, markings)])


def forget_band_readings() -> None:
    """Forget every band reading kept, in this process and on this machine (benchmarks measure
    re-reading cold)."""
    with _memory_lock:
        _memory.clear()
    forget()


def band_reader(exe: str) -> str:
    """Who reads a page's bands (:func:`reader_key`): the command, its version and its English
    model."""
    try:
        folder = tesseract_data_folder()
    except (OcrError, OSError, subprocess.SubprocessError):  # (then known by name and version)
        folder = None
    model = folder / "eng.traineddata" if folder is not None else None
    return reader_key(exe, version_of(exe), model)
