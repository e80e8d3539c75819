"""poppler, the publication check's second reader: ``pdftotext -bbox`` of the whole file and
``pdftoppm`` of the pages with regions, each in a process of its own, started before PyMuPDF
checks and read when it is done (so the two readers overlap); and poppler's word boxes parsed.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pymupdf

from app.core.exchange.common import ExportCancelled, ExportError
from app.core.exchange.pdf_expected import LeakFound
from app.core.exchange.pdf_pixels import DPI
from app.core.wording import translate

POPPLER_TIMEOUT_S = 600

Cancel = Callable[[], bool]


class PopplerMissing(ExportError):
    """poppler-utils, the second reader, is not installed."""


def poppler_version() -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        raise PopplerMissing(
            translate(
                "Redline",
                "poppler-utils (pdftotext, pdftoppm) is needed to check a publication PDF before "
                "it is written; install it (Debian/Ubuntu: apt-get install poppler-utils)",
            )
        )
    done = subprocess.run([tool, "-v"], capture_output=True, text=True, check=False)
    found = re.search(r"version (\S+)", done.stderr + done.stdout)
    return f"poppler {found.group(1) if found else '(unknown version)'}"


class Poppler:
    """pdftotext -bbox of the whole file and pdftoppm of the pages with regions, started at once
    and read when the PyMuPDF checks are done."""

    def __init__(self, path: Path, pages: Sequence[int], work: Path, alone: Path | None) -> None:
        self.work = work
        self.words_file = work / "words.html"
        self.text = subprocess.Popen(
            ["pdftotext", "-cropbox", "-bbox", "-enc", "UTF-8", str(path), str(self.words_file)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.renders: list[subprocess.Popen[bytes]] = []
        for first, last in _runs(pages):
            command = ["pdftoppm", "-cropbox", "-gray", "-r", str(DPI)]
            command += ["-f", str(first + 1), "-l", str(last + 1), str(path), str(work / "page")]
            self.renders.append(
                subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            )
        if alone is not None:
            command = ["pdftoppm", "-cropbox", "-gray", "-r", str(DPI), str(alone)]
            self.renders.append(
                subprocess.Popen(
                    [*command, str(work / "alone")],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.PIPE,
                )
            )

    def _wait(self, proc: subprocess.Popen[bytes], what: str, cancel: Cancel | None) -> None:
        deadline = time.monotonic() + POPPLER_TIMEOUT_S
        while True:
            try:
                proc.wait(timeout=0.1)
                break
            except subprocess.TimeoutExpired:
                if (cancel is not None and cancel()) or time.monotonic() > deadline:
                    self.stop()
                    if cancel is not None and cancel():
                        raise ExportCancelled(translate("Redline", "export cancelled")) from None
                    raise LeakFound(
                        translate("Redline", "poppler's {program} did not finish reading the file")
                        .format(program=what)
                    ) from None  # fmt: skip
        if proc.returncode != 0:
            err = (proc.stderr.read() if proc.stderr else b"").decode(errors="replace").strip()
            raise LeakFound(
                translate("Redline", "poppler's {program} cannot read the written file: {reason}")
                .format(program=what, reason=err[:200])
            )  # fmt: skip

    def words(self, cancel: Cancel | None) -> list[list[tuple[pymupdf.Rect, str]]]:
        """Each page's words with their boxes (rotated page points, as the page is shown)."""
        self._wait(self.text, "pdftotext", cancel)
        return parse_bbox_html(self.words_file.read_text(encoding="utf-8"))

    def renders_by_page(self, cancel: Cancel | None, prefix: str = "page") -> dict[int, Path]:
        """The rendered pages by index (``prefix``: "alone" for the burns drawn alone)."""
        for proc in self.renders:
            self._wait(proc, "pdftoppm", cancel)
        found = {}
        for image in self.work.glob(f"{prefix}-*.pgm"):
            found[int(image.stem.rsplit("-", 1)[1]) - 1] = image
        return found

    def stop(self) -> None:
        """End what still runs, and close the pipes of its messages (each left to the garbage
        collector was a ResourceWarning on stderr, three a publication)."""
        for proc in (self.text, *self.renders):
            if proc.poll() is None:
                proc.kill()
                proc.wait()
            if proc.stderr is not None:
                proc.stderr.close()


def _runs(pages: Sequence[int]) -> list[tuple[int, int]]:
    """Pages as runs of consecutive pages; at most 4 runs (further gaps are rendered across)."""
    runs: list[tuple[int, int]] = []
    for p in sorted(set(pages)):
        if runs and p == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], p)
        else:
            runs.append((p, p))
    while len(runs) > 4:
        gaps = [runs[i + 1][0] - runs[i][1] for i in range(len(runs) - 1)]
        i = gaps.index(min(gaps))
        runs[i : i + 2] = [(runs[i][0], runs[i + 1][1])]
    return runs


_PAGE = re.compile(r"<page\b[^>]*>(.*?)</page>", re.S)
_WORD = re.compile(
    r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>', re.S
)


def parse_bbox_html(text: str) -> list[list[tuple[pymupdf.Rect, str]]]:
    """The pages of ``pdftotext -bbox`` output: each a list of (box, word)."""
    return [
        [
            (pymupdf.Rect(*(float(v) for v in m.groups()[:4])), html.unescape(m.group(5)))
            for m in _WORD.finditer(page)
        ]
        for page in _PAGE.findall(text)
    ]
