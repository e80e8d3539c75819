"""Helpers of the browser tests (tests/consumers): the static server, the exported bulletin's
description, failure collection, screenshots and reading exported targets. The fixtures that use
them are in conftest.py."""

from __future__ import annotations

import json
import os
import re
import shutil
import threading
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

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


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found is not None:
            return found
    return None


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


_XYWH = re.compile(r"xywh=(\d+),(\d+),(\d+),(\d+)$")


def expected_box(target: Any) -> tuple[str, list[int]]:
    """The canvas and x, y, w, h an exported target names (string or SpecificResource)."""
    if isinstance(target, str):
        canvas, _, fragment = target.partition("#")
    else:
        fragment = next(s["value"] for s in target["selector"] if s["type"] == "FragmentSelector")
        canvas = target["source"]["id"]
    found = _XYWH.search(fragment)
    assert found, target
    return canvas, [int(v) for v in found.groups()]
