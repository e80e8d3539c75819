"""Running Tesseract on one page: render, call the ``tesseract`` command, parse its TSV.

Everything here runs in an OCR worker process (see :mod:`app.core.ocr.run`), never touches the
library, and returns plain tuples that pickle cheaply. Boxes come back in PDF points of the
*unrotated* page, the space every stored word and region uses.
"""

from __future__ import annotations

import math
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import pymupdf
from platformdirs import user_data_path

from app.core.documents.textlayer import RawWord
from app.core.ids import PageId
from app.core.ocr.errors import OcrError as OcrError  # (its home before: callers import it here)
from app.core.ocr.limits import DEFAULT_TIMEOUT_S as DEFAULT_TIMEOUT_S
from app.core.processes import die_with_parent
from app.core.scratch import scratch_dir
from app.core.supervisor import report_stage, stop_requested
from app.core.wording import Sentence, translate

if TYPE_CHECKING:
    import numpy as np

    from app.core.ocr.tesseract_api import Engine

TESSERACT = "tesseract"
POLL_S = 0.05
MAX_PIXELS = 40_000_000  # a page image at most ~40 MB (grey): a poster is rendered at lower dpi
LETTER_PIXELS = 2550 * 3300  # a letter page at 300 dpi
# Where a page's OCR is, as its worker reports it (supervisor.report_stage): what took too long,
# when the parent has to end a page that is late.
READING = 1  # Tesseract: loading its language data, or reading the page
RENDERING = 2  # MuPDF: rendering the page


class TesseractMissingError(OcrError):
    """The ``tesseract`` command is not installed or not on the PATH."""


def tesseract_path() -> str | None:
    """Where the ``tesseract`` command is, or None."""
    return shutil.which(os.environ.get("REDLINE_TESSERACT", TESSERACT))


def tesseract_available() -> bool:
    """Whether OCR can run on this machine."""
    return tesseract_path() is not None


def require_tesseract() -> str:
    """The tesseract command's path; raise a clear error when it is missing."""
    path = tesseract_path()
    if path is None:
        raise TesseractMissingError(
            translate(
                "Redline",
                "Tesseract is not installed, so Redline cannot OCR "
                "pages. Install it with your system's packages (e.g. "
                "'apt install tesseract-ocr tesseract-ocr-eng') and try "
                "again.",
            )
        )
    return path


@lru_cache(maxsize=4)
def _version_of(path: str) -> str:
    out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=30)
    first = (out.stdout or out.stderr).strip().splitlines()
    return first[0].split()[-1] if first else "unknown"


def version_of(path: str) -> str:
    """The version of the tesseract command at ``path`` (asked once a process)."""
    return _version_of(path)


def tesseract_version() -> str:
    """Tesseract's version, e.g. ``5.3.0``."""
    return _version_of(require_tesseract())


def user_tessdata() -> Path:
    """Redline's own tessdata folder: the languages added from Settings (copied from the
    system's) beside those the program came with. Empty until one is added."""
    return user_data_path("redline", appauthor=False) / "tessdata"


def active_tessdata() -> str | None:
    """The tessdata folder OCR reads with: Redline's own once it holds a language, else None
    (the program's own folder: the bundle's, or the system's)."""
    folder = user_tessdata()
    return str(folder) if any(folder.glob("*.traineddata")) else None


@lru_cache(maxsize=8)
def _list_langs(path: str, tessdata: str | None) -> tuple[str, tuple[str, ...]]:
    cmd = [path, "--list-langs", *(["--tessdata-dir", tessdata] if tessdata else [])]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    lines = (out.stdout or out.stderr).strip().splitlines()
    folder = lines[0].split('"')[1] if lines and lines[0].count('"') >= 2 else ""
    return folder, tuple(line.strip() for line in lines[1:] if line.strip())


def tesseract_languages() -> tuple[str, ...]:
    """The languages Tesseract has data for (e.g. ``eng``, ``osd``), in the folder OCR uses."""
    return _list_langs(require_tesseract(), active_tessdata())[1]


def tesseract_data_folder() -> Path | None:
    """The tessdata folder of the program itself (not Redline's own), as it names it."""
    folder = _list_langs(require_tesseract(), None)[0]
    return Path(folder) if folder else None


def forget_languages() -> None:
    """After languages were added: list them again next time."""
    _list_langs.cache_clear()


def check_language(language: str) -> None:
    """Raise a clear error unless every part of ``eng+fra``-style ``language`` is installed."""
    have = tesseract_languages()
    missing = [part for part in language.split("+") if part not in have]
    if missing:
        raise OcrError(
            translate(
                "Redline",
                "Tesseract has no data for language {value} (installed: "
                "{value2}); install it, e.g. 'apt install "
                "tesseract-ocr-{value3}'",
            ).format(value=", ".join(missing), value2=", ".join(have) or "none", value3=missing[0])
        )


def tesseract_env() -> dict[str, str]:
    """The environment for tesseract: one OpenMP thread (we run pages side by side instead)."""
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


@dataclass(frozen=True, slots=True)
class PageJob:
    """One page to OCR: the source file, its page index, and the settings."""

    page_id: PageId
    source: str
    page_index: int
    language: str = "eng"
    dpi: int = 300
    timeout_s: float = DEFAULT_TIMEOUT_S
    psm: int = 3
    # Resolved by the caller: workers may come from a fork server started long before, whose
    # environment (PATH, REDLINE_TESSERACT) is not the caller's any more.
    tesseract: str | None = None
    tessdata: str | None = None  # Redline's own tessdata folder, when it has one


@dataclass(frozen=True, slots=True)
class PageResult:
    """The outcome of one page's OCR; ``words`` is empty when ``error`` is set."""

    page_id: PageId
    words: tuple[RawWord, ...] = ()
    error: str | None = None
    seconds: float = 0.0
    # The resolution the page was read at (pixels an inch of the page as MuPDF sizes it): the
    # job's, or fewer on a huge page, or an image file's own pixels (:func:`render_zoom`).
    dpi: int | None = None


class Pixels:
    """Where :func:`render_page` leaves a page's grey pixels (rows by columns) instead of a file."""

    image: np.ndarray | None = None


def render_page(source: str, page_index: int, dpi: int, target: Path | Pixels) -> pymupdf.Matrix:
    """Render a page upright (its /Rotate applied) to a grey PGM, or to ``target.image`` when it
    is :class:`Pixels`; return the pixel -> unrotated page map."""
    with pymupdf.open(source) as doc:
        page = doc.load_page(page_index)
        zoom = render_zoom(page, dpi)
        pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csGRAY)
        pix.set_dpi(round(zoom * 72), round(zoom * 72))
        if isinstance(target, Pixels):
            import numpy as np  # (only workers need it: the window starts without numpy)

            rows = np.frombuffer(pix.samples, np.uint8).reshape(pix.height, pix.stride)
            target.image = rows[:, : pix.width]
        else:
            pix.save(str(target))
        # Pixels -> points of the displayed (rotated) page -> points of the unrotated page.
        sx = page.rect.width / pix.width
        sy = page.rect.height / pix.height
        to_points: pymupdf.Matrix = pymupdf.Matrix(sx, 0, 0, sy, 0, 0) * page.derotation_matrix
        return to_points


def render_zoom(page: pymupdf.Page, dpi: int) -> float:
    """The zoom a page is read at: ``dpi``, fewer on a huge page (a poster), and an image file's
    page (PNG, JPEG, TIFF) at no more pixels than the image has, unless it has fewer than a
    letter page at 300 dpi. Such a file that names no resolution is a page of 96 dpi to MuPDF
    (a 4,000 px PNG, typewriter.png: 42 in wide), and a photo's JPEG often says 72: read at
    300 dpi of that, its pixels were blown up 1.9x (the 40 MP cap) for nothing Tesseract can
    use — it reads a line at a fixed height — 2.2x its CPU and lower confidences."""
    area = max(page.rect.width * page.rect.height, 1.0)  # square points
    zoom = min(dpi / 72.0, 0.999 * (MAX_PIXELS / area) ** 0.5)  # huge pages: fewer dpi
    if page.parent is not None and not page.parent.is_pdf:
        images = page.get_image_info()
        if images and images[0]["width"] > 0 and page.rect.width > 0:
            native = float(images[0]["width"]) / page.rect.width
            zoom = min(zoom, max(native, (LETTER_PIXELS / area) ** 0.5))
    return float(zoom)


def parse_tsv(tsv: str, to_page: pymupdf.Matrix) -> list[RawWord]:
    """Words of Tesseract's TSV with boxes mapped by ``to_page``; lines numbered within a block."""
    words: list[RawWord] = []
    line_ids: dict[tuple[int, int, int], int] = {}
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5":
            continue
        text = cols[11].strip()
        if not text:
            continue
        block, par, line, wnum = (int(c) for c in cols[2:6])
        left, top, width, height = (float(c) for c in cols[6:10])
        key = (block, par, line)
        if key not in line_ids:
            line_ids[key] = sum(1 for k in line_ids if k[0] == block)
        r = pymupdf.Rect(left, top, left + width, top + height) * to_page
        conf = float(cols[10])
        words.append(
            RawWord(
                text,
                round(r.x0, 2),
                round(r.y0, 2),
                round(r.x1, 2),
                round(r.y1, 2),
                block=block,
                line=line_ids[key],
                word=wnum,
                confidence=conf if conf >= 0 else None,
            )
        )
    return words


def _kill(proc: subprocess.Popen[str]) -> None:
    """Kill tesseract and anything it started (a wrapper script's children hold its pipes)."""
    if os.name == "posix":
        try:
            os.killpg(proc.pid, signal.SIGKILL)
            return
        except ProcessLookupError:
            return
    proc.kill()


def run_tesseract(
    image: Path,
    language: str,
    psm: int,
    timeout_s: float,
    cancelled: Callable[[], bool],
    exe: str | None = None,
    tessdata: str | None = None,
    variables: Sequence[tuple[str, str]] = (),
) -> str:
    """Run the tesseract command on ``image`` and return its TSV; kill it on timeout or cancel.
    ``tessdata``: the folder of the language data (None: the program's own); ``variables``:
    Tesseract variables (name, value) to set (its ``-c`` options)."""
    exe = exe or require_tesseract()
    out_base = image.with_suffix("")
    data = ["--tessdata-dir", tessdata] if tessdata else []
    data += [a for name, value in variables for a in ("-c", f"{name}={value}")]
    cmd = [exe, str(image), str(out_base), "-l", language, "--psm", str(psm), *data, "tsv"]
    proc = subprocess.Popen(
        cmd,
        env=tesseract_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=os.name == "posix",  # its own process group, killed as a whole
        preexec_fn=die_with_parent,  # and dies with the worker that runs it
    )
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            try:
                _, err = proc.communicate(timeout=POLL_S)
                break
            except subprocess.TimeoutExpired:
                if cancelled():
                    raise OcrError(translate("Redline", "cancelled")) from None
                if time.monotonic() > deadline:
                    raise OcrError(
                        translate("Redline", "Tesseract took longer than {timeout_s:g} s").format(
                            timeout_s=timeout_s
                        )
                    ) from None
    finally:
        if proc.poll() is None:
            _kill(proc)
            proc.communicate()
    if proc.returncode != 0:
        last = (err or "").strip().splitlines()[-1:] or [f"exit status {proc.returncode}"]
        raise OcrError(translate("Redline", "Tesseract failed: {value}").format(value=last[0]))
    return out_base.with_suffix(".tsv").read_text(encoding="utf-8")


def _engine(job: PageJob) -> Engine | None:
    """This worker's in-process engine for ``job``'s tesseract, language and tessdata, or None
    when the library cannot honour the job exactly (another version, a wrapper script, data it
    cannot load): then the command runs."""
    from app.core.ocr.tesseract_api import engine_for, is_program  # (numpy: workers only)

    exe = job.tesseract or tesseract_path()
    if exe is None or not is_program(exe):
        return None
    return engine_for(exe, version_of(exe), job.language, job.tessdata)


def _render(job: PageJob, target: Path | Pixels) -> pymupdf.Matrix:
    report_stage(RENDERING)
    try:
        return render_page(job.source, job.page_index, job.dpi, target)
    except Exception as exc:  # MuPDF raises several types for damaged pages
        raise OcrError(
            translate("Redline", "the page cannot be rendered ({exc})").format(exc=exc)
        ) from exc
    finally:
        report_stage(READING)  # (what is left is Tesseract's)


def read_dpi(to_page: pymupdf.Matrix) -> int:
    """The resolution a page was read at, from :func:`render_page`'s pixel -> page map (a pixel
    is 72 / dpi points, across as down; turned by the page's /Rotate or not)."""
    return round(72 / math.hypot(to_page.a, to_page.b))


def _read_page(job: PageJob, cancelled: Callable[[], bool]) -> tuple[list[RawWord], int]:
    """OCR one page: with the worker's engine, handed the rendered pixels, when it can honour
    the job; else with the command, on a PGM of the page. The words, and the resolution they
    were read at."""
    report_stage(READING)
    engine = _engine(job)
    if engine is not None:
        pixels = Pixels()
        to_page = _render(job, pixels)
        assert pixels.image is not None
        tsv = engine.page_tsv(pixels.image, job.psm, job.timeout_s, cancelled)
        return parse_tsv(tsv, to_page), read_dpi(to_page)
    with scratch_dir("ocr") as tmp:
        image = Path(tmp) / "page.pgm"
        to_page = _render(job, image)
        tsv = run_tesseract(
            image, job.language, job.psm, job.timeout_s, cancelled, job.tesseract, job.tessdata
        )
        return parse_tsv(tsv, to_page), read_dpi(to_page)


def ocr_page(job: PageJob, cancelled: Callable[[], bool] = lambda: False) -> PageResult:
    """OCR one page; never raises: failures come back as ``PageResult.error``. Tesseract's
    library runs in this process when it is the command's own (:func:`_engine`), else the
    command does."""
    started = time.monotonic()
    try:
        words, dpi = _read_page(job, cancelled)
    except OcrError as exc:  # (a Sentence: English text that keeps its message across processes)
        return PageResult(job.page_id, error=Sentence(exc), seconds=time.monotonic() - started)
    except OSError as exc:
        said = translate("Redline", "OCR failed: {reason}").format(reason=exc.strerror or exc)
        return PageResult(job.page_id, error=Sentence(said), seconds=time.monotonic() - started)
    return PageResult(job.page_id, tuple(words), seconds=time.monotonic() - started, dpi=dpi)


def ocr_page_in_worker(job: PageJob) -> PageResult:
    """The pool's task (kept here so a worker imports only this module and PyMuPDF)."""
    return ocr_page(job, stop_requested)
