"""Redline's exports opened by their real consumers, Mirador 4 and Annotorious 3, in headless
Chromium driven by Playwright.

The viewers are the npm packages pinned in package.json / package-lock.json, installed once with
``npm ci`` into ``tests/consumers/node_modules`` (git-ignored; reinstalled when the lock file
changes) and loaded from their own browser builds. Chromium and Node come from Debian
(packaging/install-system-deps.sh, run by ``make test``); Playwright drives the system Chromium
(``executable_path``), so ``playwright install`` is never needed. The exported folder is served by
a local static server on 127.0.0.1; the pages that host the viewers are served at its root, so
that the export's relative ids resolve as they would beside a viewer on any web server.
Where Node, npm, Chromium or Playwright is missing, the tests skip and say which.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from app.core.annotations import accept_all, create_annotation
from app.core.detect import detect_document
from app.core.documents import document_summary, page_text_and_words
from app.core.export.iiif import export_iiif
from app.core.ingest import import_file
from app.core.library import Library
from app.core.tags import create_tag
from app.core.vocabulary import Region, Span
from tests.builders import SHARED_SCANS

HERE = Path(__file__).resolve().parent
NODE_MODULES = HERE / "node_modules"
STAMP = NODE_MODULES / ".redline-lock-sha256"
VIEWER_PAGES = ("mirador.html", "annotorious.html")
CHROMIUM_ARGS = [
    "--no-sandbox",  # the tests run as root in CI containers
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/consumers" in str(item.path):
            item.add_marker(pytest.mark.slow)


def _lock_hash() -> str:
    return hashlib.sha256((HERE / "package-lock.json").read_bytes()).hexdigest()


@pytest.fixture(scope="session")
def viewers() -> Path:
    """The pinned viewer packages, installed with ``npm ci`` the first time (then cached)."""
    if STAMP.exists() and STAMP.read_text().strip() == _lock_hash():
        return NODE_MODULES
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        pytest.skip("Node.js and npm are not installed (apt-get install nodejs npm)")
    done = subprocess.run(
        [npm, "ci", "--omit=peer", "--ignore-scripts", "--no-audit", "--no-fund"],
        cwd=HERE,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        pytest.skip(f"npm ci could not install the viewers: {' '.join(tail)}")
    STAMP.write_text(_lock_hash())
    return NODE_MODULES


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found is not None:
            return found
    return None


@pytest.fixture(scope="session")
def browser(viewers: Path) -> Iterator[Any]:
    """Headless Chromium from the system, each test in a fresh context (Playwright's launch
    gives the browser a fresh temporary profile of its own)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("Playwright for Python is not installed (pip install -e '.[test]')")
    path = chromium_path()
    if path is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


class _Handler(SimpleHTTPRequestHandler):
    """The export folder at ``/``; the viewer pages at ``/<page>.html`` and the installed
    packages under ``/_viewer/``."""

    def translate_path(self, path: str) -> str:
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if clean.startswith("/_viewer/"):
            return str(HERE / clean.removeprefix("/_viewer/"))
        if clean.lstrip("/") in VIEWER_PAGES:
            return str(HERE / clean.lstrip("/"))
        return super().translate_path(path)

    def do_GET(self) -> None:
        if self.path.split("?", 1)[0] == "/favicon.ico":  # asked by every page: no 404 noise
            self.send_response(204)
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet


class StaticServer:
    """A folder served on 127.0.0.1 (a free port) from a thread."""

    def __init__(self, folder: Path) -> None:
        handler = partial(_Handler, directory=str(folder))
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve() -> Iterator[Any]:
    """``serve(folder)`` → the base URL of a static server on that folder (closed afterwards)."""
    servers: list[StaticServer] = []

    def start(folder: Path) -> str:
        server = StaticServer(folder)
        servers.append(server)
        return server.url

    yield start
    for server in servers:
        server.close()


@dataclass
class Bulletin:
    """The real CIA bulletin in a library (detected, proposals accepted by a reviewer, a
    person's note and a region tag), exported as a IIIF folder with relative ids."""

    lib_root: Path
    folder: Path
    doc: str
    note: str
    region_tag: str

    def annotation_pages(self) -> dict[str, list[dict[str, Any]]]:
        """The exported annotations by canvas id, as written."""
        pages: dict[str, list[dict[str, Any]]] = {}
        manifest = json.loads((self.folder / self.doc / "manifest.json").read_text("utf-8"))
        for canvas in manifest["items"]:
            items: list[dict[str, Any]] = []
            for ref in canvas.get("annotations", []):
                if "lines-" not in ref["id"]:
                    items += json.loads((self.folder / ref["id"]).read_text("utf-8"))["items"]
            pages[canvas["id"]] = items
        return pages


@pytest.fixture(scope="session")
def bulletin(tmp_path_factory: pytest.TempPathFactory) -> Bulletin:
    scan = SHARED_SCANS / "cia-cib-03175207.pdf"
    if not scan.is_file():
        pytest.skip(f"real scans not found at {SHARED_SCANS}")
    root = tmp_path_factory.mktemp("bulletin")
    with Library.open(root / "lib") as lib:
        outcome = import_file(lib, scan)
        assert outcome.document_id is not None, outcome.message
        doc_id = outcome.document_id
        detect_document(lib, doc_id)
        for kind in ("marking", "redaction"):
            accept_all(lib, kind=kind, author="Rita", document_id=doc_id)
        first = document_summary(lib, doc_id).pages[0].id
        text = page_text_and_words(lib, first).text
        start = text.index("CURRENT INTELLIGENCE BULLETIN")
        note = create_annotation(
            lib, first, "note", body={"text": "The bulletin's masthead; cf. the 1951 series."},
            text=Span(start, start + len("CURRENT INTELLIGENCE BULLETIN")), author="Ada",
        ).uuid  # fmt: skip
        agency = create_tag(lib, "agency", author="Ada").tag.uuid
        region_tag = create_annotation(
            lib, first, "tag", body={"tag": agency}, region=Region(140, 380, 330, 80),
            author="Ada",
        ).uuid  # fmt: skip
        folder = root / "site"
        export_iiif(lib, folder)
        doc = next(p.name for p in folder.iterdir() if p.is_dir())
    return Bulletin(root / "lib", folder, doc, note, region_tag)


def collect_failures(page: Any, *, console: bool = False) -> list[str]:
    """A list that fills, as they happen, with the page's uncaught errors, the HTTP errors of
    what it loads and, with ``console``, its console errors and warnings (Mirador's own React
    warnings would drown that one)."""
    failures: list[str] = []
    page.on("pageerror", lambda exc: failures.append(f"page error: {exc}"))
    page.on(
        "response",
        lambda r: failures.append(f"HTTP {r.status} {r.url}") if r.status >= 400 else None,
    )
    if console:
        page.on(
            "console",
            lambda m: failures.append(m.text) if m.type in ("error", "warning") else None,
        )
    return failures


def screenshot_path(name: str, tmp_path: Path) -> Path:
    """Where a screenshot goes: docs/ when REDLINE_DOC_SCREENSHOTS=1 (to refresh the docs'
    pictures), else the test's temporary folder."""
    if os.environ.get("REDLINE_DOC_SCREENSHOTS") == "1":
        return HERE.parents[1] / "docs" / name
    return tmp_path / name
