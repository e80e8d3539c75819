"""Search at scale (issue 21): a generated library of 1,000,000 pages on both engines, an SQLite
folder and a PostgreSQL database, against grep over the same text in the same run.

The library is generated once and kept in a cache (REDLINE_BENCH_CACHE, else ~/.cache/redline-bench;
as root /var/tmp/redline-bench, because the PostgreSQL server runs as ``nobody``, who cannot enter
/root), in a folder named by the generator's parameters and the schema revision: the SQLite
library, the PostgreSQL cluster (kept, started again by the next run) and the text as files, one
page a line, for grep. A later run only opens them (and measures only the sizes not smaller than
what is cached: a library cannot shrink); a run that was stopped carries on from the last batch
written.

The rows go straight into the tables as an import leaves them (documents with a classification and
a case number, pages, each page's text as its active layer, no word boxes) in batches of 10,000
pages: SQLite through the statement the app indexes a page with (``INSERT INTO page_text_fts``),
PostgreSQL through COPY into the same table, whose ``tsv`` column the schema generates; its GIN
indexes are dropped for the load and made again from their own definitions (``pg_indexes``), so
the index searched is the schema's. Page text: words drawn from the real OCR of ../shared (each as
often as it occurs there; the sample memos' words without it), with rare words planted on known
pages, so some queries have known hit counts (checked on both engines and against grep).

The library grows in three steps (a tenth, three tenths, all of it: 100k, 300k, 1M pages) and is
measured at each: median and 95th percentile of 20 queries in the whole query syntax (the app's
``search``, as the window's search pane calls it) against ``grep -c`` of the same query over the
files; the library table's first screen (the window's LibraryModel, which reads it on creation);
the resident set of this process (sampled every 10 ms; the pages are streamed a batch at a time,
so it should stay flat). REDLINE_BENCH_PAGES sets the size (default 1,000,000; 20000 for a quick
run that takes the same path).
"""

from __future__ import annotations

import json
import math
import os
import re
import resource
import shlex
import statistics
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from random import Random
from typing import Any

import pytest

from app.core.documents.search import TOTAL_CAP, search
from app.core.library import Library
from db.migrate import head_revision
from tests.bench.helpers import CLASSIFICATIONS, median_of, need_tool, report
from tests.builders import SHARED_DATA
from tests.pg_helpers import PgServer, postgres_bindir

PAGES = int(os.environ.get("REDLINE_BENCH_PAGES", "1000000"))
PER_DOC = 100  # pages a document
WORDS_PER_PAGE = 200  # about 1,300 characters: a typed memo page's OCR
LINE_WORDS = 12
SEED = 21
GENERATOR = 1  # bump when the generated text changes: a new cache folder
SEARCH_RUNS = 3  # timed runs of each query (after one to warm up); the median is its latency
DATABASE = "redline_bench"
WHEN = "2026-01-01 00:00:00"

# Rare words planted on known pages: (term, every, from): pages g with g % every == from (0-based).
PLANTED = (
    ("quillfeather", 10007, 3),
    ("marblewood", 997, 5),
    ("operation nightjar", 4999, 11),
    ("glasnostica", 2003, 1),
    ("glasnosticus", 3001, 2),
)


def _cache_root() -> Path:
    if os.environ.get("REDLINE_BENCH_CACHE"):
        return Path(os.environ["REDLINE_BENCH_CACHE"])
    if os.geteuid() == 0:
        return Path("/var/tmp/redline-bench")
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "redline-bench"


CACHE_ROOT = _cache_root()  # read on import: the tests' fixtures move HOME and XDG_* away


def planted_pages(terms: tuple[str, ...], pages: int) -> int:
    """How many of the first ``pages`` pages have one of the planted ``terms``."""
    where = {term: (every, start) for term, every, start in PLANTED}
    return len({g for t in terms for g in range(where[t][1], pages, where[t][0])})


def vocabulary() -> tuple[list[str], str]:
    """Tokens of real OCR, each as often as it occurs there (so drawing from the list gives
    their frequencies), and where they came from."""
    tokens: list[str] = []
    for path in sorted((SHARED_DATA / "ocr-text").glob("*.txt")):
        tokens += path.read_text(errors="replace").split()
    labelled = SHARED_DATA / "labelled" / "state-foia-2022-2023.json"
    if labelled.exists():
        records = json.loads(labelled.read_text())["records"]
        tokens += [w for r in records for w in str(r.get("text", "")).split()]
    source = "the real OCR of ../shared/data (ocr-text, labelled)"
    if len(tokens) < 2000:
        from app.samples.memos import MEMOS

        tokens = [w for m in MEMOS for p in (m.subject, *m.paragraphs) for w in p.split()]
        source = "the sample memos (app/samples; ../shared is absent)"
    planted = {w for term, _, _ in PLANTED for w in term.split()} - {"operation"}
    tokens = [t for t in tokens if not planted & set(re.findall(r"\w+", t.lower()))]
    return tokens, source


@dataclass(frozen=True)
class Batch:
    first_page: int  # 0-based global page number; page ids are this + 1
    pages: list[str]
    documents: list[tuple[int, str]]  # (document id, title)


def make_batch(tokens: list[str], b: int, size: int) -> Batch:
    """Batch ``b``: the same text for the same arguments (its own random generator)."""
    rng = Random(f"{SEED}-{b}")
    first = b * size
    pages = []
    for g in range(first, first + size):
        words = rng.choices(tokens, k=WORDS_PER_PAGE)
        for term, every, start in PLANTED:
            if g % every == start:
                words.insert(rng.randrange(len(words)), term)
        lines = (" ".join(words[i : i + LINE_WORDS]) for i in range(0, len(words), LINE_WORDS))
        pages.append("\n".join(lines))
    docs = [
        (d + 1, " ".join(rng.choices(tokens, k=5)))
        for d in range(first // PER_DOC, (first + size) // PER_DOC)
    ]
    return Batch(first, pages, docs)


def _rows(batch: Batch) -> dict[str, list[tuple[Any, ...]]]:
    """The batch's rows of each table (ids given, so both engines get the same ones)."""
    rows: dict[str, list[tuple[Any, ...]]] = {"documents": [], "metadata": [], "pages": []}
    rows["layers"], rows["index"] = [], []
    for doc_id, title in batch.documents:
        rows["documents"].append((
            doc_id, f"00000000-0000-4000-8000-{doc_id:012x}", title, f"{doc_id:064x}",
            f"doc{doc_id}.pdf", "pdf", 0, PER_DOC, WHEN, WHEN,
        ))  # fmt: skip
        rows["metadata"].append((doc_id, "classification", CLASSIFICATIONS[doc_id % 4]))
        rows["metadata"].append((doc_id, "case_number", f"F-2017-{doc_id:05d}"))
    for i, text in enumerate(batch.pages):
        page_id = batch.first_page + i + 1
        doc_id = (page_id - 1) // PER_DOC + 1
        status = "reviewed" if page_id % 10 == 0 else "unreviewed"
        rows["pages"].append((page_id, doc_id, (page_id - 1) % PER_DOC, status))
        rows["layers"].append((page_id, f"00000000-0000-4000-9000-{page_id:012x}", page_id, text))
        rows["index"].append((page_id, text))
    return rows


def insert_sqlite(lib: Library, batch: Batch) -> None:
    rows = _rows(batch)
    with lib.transaction() as s:
        conn = s.connection()
        conn.exec_driver_sql(
            "INSERT INTO documents (id, uuid, title, source_sha256, source_name, source_kind, "
            "source_size, page_count, imported_at, modified_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
            rows["documents"],
        )
        conn.exec_driver_sql(
            "INSERT INTO document_metadata (document_id, key, value, origin, modified_at) "
            f"VALUES (?, ?, ?, 'detector', '{WHEN}')",
            rows["metadata"],
        )
        conn.exec_driver_sql(
            "INSERT INTO pages (id, document_id, page_index, width, height, rotation, needs_ocr, "
            "review_status) VALUES (?, ?, ?, 612, 792, 0, 0, ?)",
            rows["pages"],
        )
        conn.exec_driver_sql(
            "INSERT INTO text_layers (id, uuid, page_id, source, engine, text, created_at) "
            f"VALUES (?, ?, ?, 'pdf-text-layer', 'pymupdf', ?, '{WHEN}')",
            rows["layers"],
        )
        conn.exec_driver_sql(
            "UPDATE pages SET active_text_layer_id = id WHERE id BETWEEN ? AND ?",
            (batch.first_page + 1, batch.first_page + len(batch.pages)),
        )
        # The statement textlayer.set_active_layer indexes a page's text with.
        conn.exec_driver_sql(
            "INSERT INTO page_text_fts (rowid, text, corrected) VALUES (?, ?, '')", rows["index"]
        )


def insert_server(lib: Library, batch: Batch) -> None:
    rows = _rows(batch)
    copies = (
        (
            "documents (id, uuid, title, source_sha256, source_name, source_kind, source_size, "
            "page_count, imported_at, modified_at)",
            rows["documents"],
        ),
        (
            "document_metadata (document_id, key, value, origin, modified_at)",
            [(*r, "detector", WHEN) for r in rows["metadata"]],
        ),
        (
            "pages (id, document_id, page_index, width, height, rotation, needs_ocr, "
            "review_status)",
            [(i, d, n, 612, 792, 0, False, st) for i, d, n, st in rows["pages"]],
        ),
        (
            "text_layers (id, uuid, page_id, source, engine, text, created_at)",
            [(i, u, p, "pdf-text-layer", "pymupdf", t, WHEN) for i, u, p, t in rows["layers"]],
        ),
    )
    with lib.transaction() as s:
        conn = s.connection()
        raw = conn.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cur:
            for table, table_rows in copies:
                with cur.copy(f"COPY {table} FROM STDIN") as copy:
                    for row in table_rows:
                        copy.write_row(row)
            cur.execute(
                "UPDATE pages SET active_text_layer_id = id WHERE id BETWEEN %s AND %s",
                (batch.first_page + 1, batch.first_page + len(batch.pages)),
            )
            # The same table and columns the app indexes a page with; tsv is generated.
            with cur.copy("COPY page_text_fts (rowid, text, corrected) FROM STDIN") as copy:
                for row in rows["index"]:
                    copy.write_row((*row, ""))


def page_count(lib: Library) -> int:
    with lib.reading() as s:
        return int(s.connection().exec_driver_sql("SELECT count(*) FROM pages").scalar() or 0)


# --- the PostgreSQL library: a kept cluster, its GIN indexes off during the load ------------


@dataclass
class ServerLibrary:
    server: PgServer
    folder: Path

    @property
    def url(self) -> str:
        return self.server.url(DATABASE)

    def admin(self, sql: str) -> None:
        self.server.admin(sql)

    def _indexes_file(self) -> Path:
        return self.folder / "gin-indexes.json"

    def gin_indexes(self) -> dict[str, str]:
        """name -> definition of the search index's GIN indexes, as the schema made them."""
        saved = self._indexes_file()
        if saved.exists():
            found: dict[str, str] = json.loads(saved.read_text())
            return found
        import psycopg

        with psycopg.connect(self.url) as conn:
            rows = conn.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'page_text_fts' "
                "AND indexdef LIKE '%USING gin%'"
            ).fetchall()
        defs = {str(name): str(definition) for name, definition in rows}
        assert len(defs) == 1, defs  # tsv (0002_fulltext, generated anew by 0007)
        saved.write_text(json.dumps(defs))
        return defs

    def drop_indexes(self) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            for name in self.gin_indexes():
                conn.execute(f'DROP INDEX IF EXISTS "{name}"')

    def make_indexes(self) -> None:
        import psycopg

        with psycopg.connect(self.url, autocommit=True) as conn:
            present = {
                str(r[0])
                for r in conn.execute(
                    "SELECT indexname FROM pg_indexes WHERE tablename = 'page_text_fts'"
                )
            }
            for name, definition in self.gin_indexes().items():
                if name not in present:
                    conn.execute(definition)
            conn.execute("VACUUM ANALYZE")


@pytest.fixture(scope="module")
def cache() -> Path:
    folder = CACHE_ROOT / (
        f"search-{PAGES}p-{PER_DOC}d-{WORDS_PER_PAGE}w-s{SEED}-g{GENERATOR}-r{head_revision()}"
    )
    (folder / "text").mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def server_library(cache: Path) -> Iterator[ServerLibrary]:
    bindir = postgres_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    server = PgServer(
        bindir,
        data_dir=cache / "pg" / "data",
        settings=("shared_buffers=256MB", "maintenance_work_mem=1GB", "max_wal_size=8GB"),
    )
    server.start()
    try:
        import psycopg

        with psycopg.connect(server.url("postgres")) as conn:
            exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,))
            if exists.fetchone() is None:
                server.admin(f'CREATE DATABASE "{DATABASE}"')
        Library.open(server.url(DATABASE)).close()  # the schema, on the first run
        yield ServerLibrary(server, cache / "pg")
    finally:
        server.stop()


# --- measuring ------------------------------------------------------------------------


class RssSampler:
    """This process's resident set, sampled every 10 ms from /proc/self/statm (Linux)."""

    def __init__(self) -> None:
        self.peak = self.now()
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    @staticmethod
    def now() -> int:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * resource.getpagesize()

    def _sample(self) -> None:
        while not self.done.wait(0.01):
            self.peak = max(self.peak, self.now())

    def take_peak(self) -> int:
        """The peak since the last call, and start again from now."""
        peak, self.peak = max(self.peak, self.now()), self.now()
        return peak

    def stop(self) -> None:
        self.done.set()
        self.thread.join()


@dataclass(frozen=True)
class Query:
    text: str  # as a person types it
    grep: str  # the same search with grep, counting matching lines (pages); FILES is the files
    planted: tuple[str, ...] = ()  # planted terms: the pages that have any of them are its hits


def _word(w: str) -> str:
    return shlex.quote(w)


def queries(tokens: list[str]) -> list[Query]:
    """20 queries in the whole syntax, on words of the vocabulary and the planted ones."""
    counts = Counter(w for t in tokens for w in re.findall(r"[a-z]{3,}", t.lower()))
    ranked = [w for w, _ in counts.most_common()]
    common, mid, low = ranked[0], ranked[min(40, len(ranked) - 1)], ranked[len(ranked) // 4]
    rare = ranked[-1]
    stem = mid[:4]
    capitals = Counter(t for t in tokens if re.fullmatch(r"[A-Z]{5,}", t))
    banner = capitals.most_common(1)[0][0].lower() if capitals else ranked[1]
    one = "grep -chiw {} FILES"  # a word or a phrase, case ignored, whole words
    both = "grep -hiw {} FILES | grep -ciw {}"
    nope = "grep -hiw {} FILES | grep -civw {}"
    any_of = "grep -chiwE {} FILES"
    prefix = "grep -chiE {} FILES"
    q, nightjar = _word, "operation nightjar"
    return [
        Query(common, one.format(q(common))),
        Query(mid, one.format(q(mid))),
        Query(low, one.format(q(low))),
        Query(rare, one.format(q(rare))),
        Query(banner.upper(), one.format(q(banner))),
        Query("quillfeather", one.format("quillfeather"), ("quillfeather",)),
        Query("marblewood", one.format("marblewood"), ("marblewood",)),
        Query('"operation nightjar"', one.format("'operation nightjar'"), (nightjar,)),
        Query("glasnostic*", prefix.format(q(r"\bglasnostic")), ("glasnostica", "glasnosticus")),
        Query("nightjar*", prefix.format(q(r"\bnightjar")), (nightjar,)),
        Query("quillfeather OR glasnostica", any_of.format("'quillfeather|glasnostica'"),
              ("quillfeather", "glasnostica")),
        Query(f'"{nightjar}" OR marblewood', any_of.format(f"'{nightjar}|marblewood'"),
              (nightjar, "marblewood")),
        Query("marblewood NOT quillfeather", nope.format("marblewood", "quillfeather")),
        Query(f"marblewood {mid}", both.format("marblewood", q(mid))),
        Query(f"{mid} {low}", both.format(q(mid), q(low))),
        Query(f"{mid} NOT {common}", nope.format(q(mid), q(common))),
        Query(f"{low} OR {rare}", any_of.format(q(f"{low}|{rare}"))),
        Query(f'"{common} {mid}"', one.format(q(f"{common} {mid}"))),
        Query(f'"{low} {mid}"', one.format(q(f"{low} {mid}"))),
        Query(f"{stem}*", prefix.format(q(rf"\b{stem}"))),
    ]  # fmt: skip


def run_grep(q: Query, files: list[Path]) -> tuple[float, int]:
    """Seconds and matching pages (lines) of the grep baseline: the sum of the counts printed."""
    command = q.grep.replace("FILES", " ".join(shlex.quote(str(f)) for f in files))
    started = time.perf_counter()
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    assert done.returncode in (0, 1), done.stderr  # 1: no line matched
    return seconds, sum(int(n) for n in done.stdout.split())


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[18]


def measure_engine(location: str | Path, qs: list[Query]) -> tuple[list[float], list[int], float]:
    """Each query's latency (median of SEARCH_RUNS after a warm-up) and total, as the window's
    search pane asks (RESULT_LIMIT hits), and the library table's first screen (median of 5)."""
    from app.ui.library.library_model import LibraryModel
    from app.ui.library.search_pane import RESULT_LIMIT

    with Library.open(location) as lib:
        latencies, totals = [], []
        for q in qs:
            totals.append(search(lib, q.text, limit=RESULT_LIMIT).total)
            latencies.append(
                median_of(partial(search, lib, q.text, limit=RESULT_LIMIT), SEARCH_RUNS)
            )
        LibraryModel(lib)
        first_screen = median_of(lambda: LibraryModel(lib))
        model = LibraryModel(lib)
        assert model.rowCount() == min(model.page_rows, model.total) > 0
    return latencies, totals, first_screen


# --- the benchmark --------------------------------------------------------------------


@pytest.mark.timeout(6 * 3600)  # building 1,000,000 pages the first time takes many minutes
def test_search_a_million_pages_vs_grep(cache: Path, server_library: ServerLibrary) -> None:
    need_tool("grep")
    assert PAGES % 1000 == 0, "REDLINE_BENCH_PAGES: a multiple of 1000"
    batch_size = math.gcd(PAGES // 10, 10_000)
    steps = (PAGES // 10, 3 * PAGES // 10, PAGES)
    tokens, source = vocabulary()
    qs = queries(tokens)
    assert len(qs) == 20
    print(
        f"\n[bench] search at scale: {PAGES} pages ({PER_DOC} a document, {WORDS_PER_PAGE} words "
        f"a page from {source}, {len(set(tokens))} distinct tokens), cached in {cache}"
    )
    rss = RssSampler()
    idle = rss.now()
    first_screens: dict[str, tuple[int, float]] = {}  # engine -> the smallest size's
    with Library.open(cache / "lite") as lite, Library.open(server_library.url) as team:
        cached = min(built_pages(cache, lite, team, batch_size))
    try:
        for step in steps:
            if step < cached:  # the cached library is larger: this size cannot be searched
                print(
                    f"\n[bench] {step} pages: not measured, the cached library has {cached} "
                    f"already (it was measured when the cache was built; remove {cache} to "
                    "measure every size again)"
                )
                continue
            built = build(cache, server_library, tokens, step, batch_size)
            files = sorted((cache / "text").glob("*.txt"))[: step // batch_size]
            report_step(step, built, files, qs, server_library.url, cache, first_screens)
            peak = rss.take_peak()
            print(
                f"[bench] memory at {step} pages: peak resident set {peak / 2**20:.0f} MB while "
                f"building and searching (at the start {idle / 2**20:.0f} MB, now "
                f"{rss.now() / 2**20:.0f} MB)"
            )
    finally:
        rss.stop()


def build(
    cache: Path, server: ServerLibrary, tokens: list[str], pages: int, batch_size: int
) -> str:
    """Grow the cached library to ``pages`` on both engines and in the text files; how fast."""
    files = cache / "text"
    with Library.open(cache / "lite") as lite, Library.open(server.url) as team:
        have_lite, have_team, have_text = built_pages(cache, lite, team, batch_size)
        start = min(have_lite, have_team, have_text)
        if start >= pages:
            server.make_indexes()  # after a run stopped while they were dropped
            return f"{pages} pages already built (cached)"
        server.drop_indexes()
        spent = {"generate": 0.0, "sqlite": 0.0, "postgresql": 0.0, "text": 0.0}
        for b in range(start // batch_size, pages // batch_size):
            first = b * batch_size
            t = time.perf_counter()
            batch = make_batch(tokens, b, batch_size)
            spent["generate"] += time.perf_counter() - t
            steps: tuple[tuple[str, int, Callable[[], None]], ...] = (
                ("sqlite", have_lite, partial(insert_sqlite, lite, batch)),
                ("postgresql", have_team, partial(insert_server, team, batch)),
                ("text", have_text, partial(_write_text, files, b, batch)),
            )
            for name, have, write in steps:
                if have <= first:
                    t = time.perf_counter()
                    write()
                    spent[name] += time.perf_counter() - t
    t = time.perf_counter()
    server.make_indexes()
    spent["postgresql GIN indexes"] = time.perf_counter() - t
    added = pages - start
    rates = ", ".join(f"{k} {v:.0f} s" for k, v in spent.items())
    server_s = spent["postgresql"] + spent["postgresql GIN indexes"]
    return (
        f"{added} pages added ({start} cached) in {sum(spent.values()):.0f} s ({rates}): "
        f"{added / max(spent['sqlite'], 1e-9):.0f} pages/s into SQLite, "
        f"{added / max(server_s, 1e-9):.0f} pages/s into PostgreSQL, its indexes made included"
    )


def built_pages(cache: Path, lite: Library, team: Library, batch_size: int) -> tuple[int, ...]:
    """The pages of the cached library so far: in SQLite, in PostgreSQL, in the text files."""
    text = len(list((cache / "text").glob("*.txt"))) * batch_size
    return page_count(lite), page_count(team), text


def _write_text(folder: Path, b: int, batch: Batch) -> None:
    part = folder / f"batch-{b:06d}.part"
    part.write_text("".join(p.replace("\n", " ") + "\n" for p in batch.pages))
    part.rename(folder / f"batch-{b:06d}.txt")


def report_step(
    pages: int,
    built: str,
    files: list[Path],
    qs: list[Query],
    url: str,
    cache: Path,
    first_screens: dict[str, tuple[int, float]],
) -> None:
    print(f"\n[bench] {pages} pages: {built}")
    for f in files:  # the files in the page cache, as the libraries' pages are after a warm-up
        f.read_bytes()
    lite = measure_engine(cache / "lite", qs)
    team = measure_engine(url, qs)
    greps = [run_grep(q, files) for q in qs]
    base = [g[0] for g in greps]
    for q, (_, found), t_lite, t_team in zip(qs, greps, lite[1], team[1], strict=True):
        if q.planted:  # known hits: the engines count up to TOTAL_CAP, grep all
            known = planted_pages(q.planted, pages)
            hits = (t_lite, t_team, found)
            assert hits == (min(known, TOTAL_CAP), min(known, TOTAL_CAP), known), (q.text, hits)
    for engine, (latencies, _, first) in (("SQLite", lite), ("PostgreSQL", team)):
        name = f"search, {pages} pages, {engine}"
        report(f"{name}, median of 20 queries", statistics.median(latencies),
               statistics.median(base), "grep -c", "<= 0.05x")  # fmt: skip
        report(f"{name}, 95th percentile", p95(latencies), p95(base), "grep -c", "<= 0.05x")
        since, then = first_screens.setdefault(engine, (pages, first))
        print(
            f"[bench] library table's first screen, {pages} pages ({pages // PER_DOC} documents),"
            f" {engine}: {first * 1000:.1f} ms ({first / then:.2f}x that at {since} pages in "
            "this run: flat is 1x)"
        )
    print("[bench] each query: redline SQLite / PostgreSQL / grep ms, hits (capped at 1000)")
    for i, q in enumerate(qs):
        print(
            f"    {q.text!r}: {lite[0][i] * 1000:.1f} / {team[0][i] * 1000:.1f} / "
            f"{base[i] * 1000:.0f} ms, {lite[1][i]} / {team[1][i]} / {greps[i][1]}"
        )
