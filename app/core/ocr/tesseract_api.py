"""Tesseract's own library, called in the process that needs it: small images OCRed many times.

Reading a page's banners again (app.core.detection.bands) OCRs a few small images a page. The
``tesseract`` command pays on each call to start, load its English model (0.08 s of CPU) and read
the image back from a file; this keeps one engine per worker process, initialised once, and hands
it the pixels directly (0.18 s instead of 0.30 s for a page's stacked bands). It is used only
where the library found is the very version of the ``tesseract`` command the rest of Redline uses
(same engine, same model, same results); otherwise, or when it cannot be loaded, callers fall back
to the command (:func:`app.core.ocr.tesseract.run_tesseract`).
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from app.core.ocr.errors import OcrError
from app.core.wording import translate

Variables = tuple[tuple[str, str], ...]  # Tesseract variables: (name, value) pairs
_LIB_NAMES = ("libtesseract.so.5", "libtesseract.5.dylib", "tesseract55.dll", "tesseract53.dll")


class Engine:
    """One initialised Tesseract engine (English by default); not thread-safe: one per process.
    ``variables``: Tesseract variables (name, value) set once on it, as the command's ``-c``."""

    def __init__(
        self,
        lib: ctypes.CDLL,
        language: str = "eng",
        tessdata: str | None = None,
        variables: Variables = (),
    ) -> None:
        self._lib = lib
        self._api: int | None = lib.TessBaseAPICreate()
        datapath = tessdata.encode() if tessdata else None  # as the command's --tessdata-dir
        if not self._api or lib.TessBaseAPIInit3(self._api, datapath, language.encode()) != 0:
            raise OcrError(
                translate(
                    "Redline", "Tesseract's library could not load language {language}"
                ).format(language=language)
            )
        lib.TessBaseAPISetVariable(self._api, b"debug_file", os.devnull.encode())  # its chatter
        for name, value in variables:
            lib.TessBaseAPISetVariable(self._api, name.encode(), value.encode())
        atexit.register(self.close)  # else its model caches complain of leaks at exit

    def close(self) -> None:
        if self._api:
            self._lib.TessBaseAPIEnd(self._api)
            self._lib.TessBaseAPIDelete(self._api)
            self._api = None

    def tsv(
        self,
        image: np.ndarray,
        psm: int,
        timeout_s: float | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> str:
        """Tesseract's TSV for a grey ``image`` (uint8, rows by columns), without the header line
        the command writes. As for an image file without a resolution, Tesseract estimates it
        from the text's size. Recognition stops within a word of ``cancelled()`` turning true or
        of ``timeout_s`` passing (raising :class:`OcrError`); the layout analysis before it
        cannot be interrupted (measured at 0.7–0.8 s of a 1.5–2 s page under load)."""
        pixels = np.ascontiguousarray(image, dtype=np.uint8)
        h, w = pixels.shape
        lib, api = self._lib, self._api
        if not api:
            raise OcrError(translate("Redline", "Tesseract's library was closed"))
        asked = cancelled or _never
        monitor = lib.TessMonitorCreate()
        stop = _CANCEL_FUNC(lambda _this, _words: bool(asked()))
        try:
            lib.TessMonitorSetCancelFunc(monitor, stop)
            if timeout_s is not None:
                msecs = max(1, min(int(timeout_s * 1000), 2**31 - 1))
                lib.TessMonitorSetDeadlineMSecs(monitor, msecs)
            lib.TessBaseAPISetPageSegMode(api, psm)
            lib.TessBaseAPISetImage(api, pixels.tobytes(), w, h, 1, w)
            started = time.monotonic()
            failed = lib.TessBaseAPIRecognize(api, monitor) != 0
            if asked():
                raise OcrError(translate("Redline", "cancelled"))
            if failed and timeout_s is not None and time.monotonic() - started >= timeout_s:
                raise OcrError(
                    translate("Redline", "Tesseract took longer than {timeout_s:g} s").format(
                        timeout_s=timeout_s
                    )
                )
            if failed:
                raise OcrError(
                    translate("Redline", "Tesseract failed: {value}").format(
                        value="its library could not read the page"
                    )
                )
            out = lib.TessBaseAPIGetTsvText(api, 0)
            if not out:
                raise OcrError(
                    translate("Redline", "Tesseract failed: {value}").format(
                        value="no text came back from its library"
                    )
                )
            try:
                return ctypes.string_at(out).decode("utf-8", errors="replace")
            finally:
                lib.TessDeleteText(out)
        finally:
            lib.TessBaseAPIClear(api)
            lib.TessMonitorDelete(monitor)

    def page_tsv(
        self, image: np.ndarray, psm: int, timeout_s: float, cancelled: Callable[[], bool]
    ) -> str:
        """The very TSV file the ``tesseract`` command writes for ``image`` saved as a PGM (no
        resolution in the file: Tesseract estimates it from the text, here as there), header
        included; stopped as :meth:`tsv` is."""
        return TSV_HEADER + self.tsv(image, psm, timeout_s, cancelled)


def _never() -> bool:
    return False


# The command's TSV renderer writes this line first (tesseract's renderer.cpp).
TSV_HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\t"
    "left\ttop\twidth\theight\tconf\ttext\n"
)
# Tesseract's CANCEL_FUNC: bool (*)(void* cancel_this, int words), asked once a word.
_CANCEL_FUNC = ctypes.CFUNCTYPE(ctypes.c_bool, ctypes.c_void_p, ctypes.c_int)


def _bind(lib: ctypes.CDLL) -> ctypes.CDLL:
    vp, cp, i = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    signatures: dict[str, tuple[list[type], type | None]] = {
        "TessVersion": ([], cp),
        "TessBaseAPICreate": ([], vp),
        "TessBaseAPIInit3": ([vp, cp, cp], i),
        "TessBaseAPISetPageSegMode": ([vp, i], None),
        "TessBaseAPISetImage": ([vp, cp, i, i, i, i], None),
        "TessBaseAPISetVariable": ([vp, cp, cp], i),
        "TessBaseAPIGetTsvText": ([vp, i], vp),
        "TessBaseAPIClear": ([vp], None),
        "TessBaseAPIEnd": ([vp], None),
        "TessBaseAPIDelete": ([vp], None),
        "TessDeleteText": ([vp], None),
        "TessBaseAPIRecognize": ([vp, vp], i),
        "TessMonitorCreate": ([], vp),
        "TessMonitorDelete": ([vp], None),
        "TessMonitorSetCancelFunc": ([vp, _CANCEL_FUNC], None),
        "TessMonitorSetDeadlineMSecs": ([vp, i], None),
    }
    for name, (args, result) in signatures.items():
        fn = getattr(lib, name)
        fn.argtypes, fn.restype = args, result
    return lib


def _candidates(exe: str) -> list[str]:
    """Where the library of the command ``exe`` may be: beside it (a bundle), in ../lib, then
    wherever the system's loader finds it."""
    folder = Path(os.path.realpath(exe)).parent
    near = [str(d / n) for d in (folder, folder.parent / "lib") for n in _LIB_NAMES]
    found = ctypes.util.find_library("tesseract")
    return [p for p in near if Path(p).exists()] + ([found] if found else [])


_engines: dict[tuple[str, str, str, str | None, Variables], Engine | None] = {}
_lock = threading.Lock()


def engine_for(
    exe: str,
    version: str,
    language: str = "eng",
    tessdata: str | None = None,
    variables: Variables = (),
) -> Engine | None:
    """This process's engine for the command ``exe`` of ``version`` reading ``language`` from
    ``tessdata`` (None: the program's own folder) with ``variables`` set, made on first use
    (one for each set of variables); None when no library of that version can be loaded (the
    caller runs the command instead)."""
    key = (exe, version, language, tessdata, variables)
    with _lock:
        if key not in _engines:
            _engines[key] = _load(exe, version, language, tessdata, variables)
        return _engines[key]


def is_program(exe: str) -> bool:
    """Whether ``exe`` is a compiled program rather than a script: a wrapper script around
    tesseract may add options, data or limits the library would not honour."""
    try:
        with open(exe, "rb") as f:
            return f.read(2) != b"#!"
    except OSError:
        return False


def _load(
    exe: str, version: str, language: str, tessdata: str | None, variables: Variables
) -> Engine | None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")  # as for the command: pages run side by side
    for path in _candidates(exe):
        try:
            lib = _bind(ctypes.CDLL(path))
        except (OSError, AttributeError):
            continue
        if (lib.TessVersion() or b"").decode(errors="replace") != version:
            continue
        _quiet_leptonica(lib)
        try:
            return Engine(lib, language, tessdata, variables)
        except OcrError:
            return None
    return None


L_SEVERITY_NONE = 6  # Leptonica's environ.h: EXTERNAL 0, ALL 1, DEBUG 2, INFO 3, ... NONE 6


def _quiet_leptonica(lib: ctypes.CDLL) -> None:
    """Silence Leptonica, the image library Tesseract reads with: on some band images Tesseract's
    search for pictures makes it print "Error in boxClipToRectangle: box outside rectangle" to
    this process's stderr (the terminal of ``redline detect``), harmless and not the person's
    business. Its ``setMsgSeverity`` is found through Tesseract's own handle (the loader looks in
    the libraries it depends on: liblept.so.5, libleptonica.so.6, whatever this system names it);
    a Tesseract built without it leaves the messages on."""
    try:
        quiet = lib.setMsgSeverity
    except AttributeError:
        return
    quiet.argtypes, quiet.restype = [ctypes.c_int], ctypes.c_int
    quiet(L_SEVERITY_NONE)
