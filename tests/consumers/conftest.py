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
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.core.annotating.annotations import create_annotation
from app.core.annotating.bulk_accept import accept_all
from app.core.annotating.page_content import read_page
from app.core.annotating.records import Region, Span
from app.core.annotating.tags import create_tag
from app.core.detection.run import detect_document
from app.core.documents.ingest import import_file
from app.core.documents.queries import document_summary
from app.core.exchange.iiif import export_iiif
from app.core.library import Library
from tests.builders import SHARED_SCANS
from tests.consumers.helpers import (
    CHROMIUM_ARGS,
    HERE,
    NODE_MODULES,
    STAMP,
    Bulletin,
    StaticServer,
    chromium_path,
)


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
        text = read_page(lib, first).text.text
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
