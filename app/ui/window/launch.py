"""Starting the window: the QApplication, the library, the sample documents on first start, and
the ``--screenshot`` mode that renders the window offscreen to a PNG and exits.

The desktop starts Redline with no terminal to read: a library that cannot be opened (a server
that cannot be reached, a newer or damaged library) is said in a message box as well as on
stderr, and a file given to open that cannot be imported (damaged, encrypted) is said in the
window, which opens all the same."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import RedlineError
from app.core.startup import settle
from app.core.wording import said, translate
from db.location import is_server_url

if TYPE_CHECKING:
    from app.core.ids import DocumentId
    from app.core.library import Library
    from app.ui.document.render_process import RenderProcesses

log = logging.getLogger("redline.startup")
STARTED = time.perf_counter()  # (this module is imported as `redline gui` or `open` begins)

SCREENSHOT_SIZE = (1440, 900)
SCREENSHOT_TIMEOUT_MS = 60_000


def resolve_target(lib: Library, target: str) -> DocumentId:
    """A file on disk (imported first if new) or a document of the library by id, title, …"""
    from app.core.documents.ingest import SUPPORTED_SUFFIXES, import_file
    from app.core.documents.lookup import resolve_document
    from app.core.errors import NotFoundError

    path = Path(target).expanduser()
    if path.is_file():
        outcome = import_file(lib, path)
        if not outcome.ok or outcome.document_id is None:
            raise RedlineError(
                translate("Redline", "Cannot open {name}: {reason}.").format(
                    name=path.name, reason=said(outcome.message) or outcome.message
                )
            )
        return outcome.document_id
    try:
        return resolve_document(lib, target)
    except NotFoundError:
        if os.sep not in target and path.suffix.lower() not in SUPPORTED_SUFFIXES:
            raise  # (a document's name mistyped: "No document … in the library")
        raise NotFoundError(
            translate(
                "Redline",
                "Cannot open {path}: there is no such file, nor a document of that name in the "
                "library (try `redline list`).",
            ).format(path=target)
        ) from None


def _fill_samples_if_empty(lib: Library) -> None:
    from app.samples.library import is_library_empty, populate_sample_library

    if lib.read_only or not is_library_empty(lib):
        return
    print("redline: the library is empty; generating sample documents…", file=sys.stderr)
    populate_sample_library(lib)


def _check_display() -> None:
    """Refuse, with a sentence, to start where Qt would abort with no screen to show on."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        raise RedlineError(
            "there is no display to show the window on (neither DISPLAY nor WAYLAND_DISPLAY is "
            "set). Start Redline in a desktop session; the command line works without one, and "
            "`redline open FILE --screenshot OUT.png` renders the window without a screen."
        )


def run_gui(
    library_root: Path | str,
    open_target: str | None = None,
    page: int | None = None,
    screenshot: Path | str | None = None,
    sample_if_empty: bool = False,
    word_boxes: bool = False,
    also_import: Sequence[str] = (),
) -> int:
    """Run the review window; ``page`` is 1-based. With ``screenshot``, save the window and exit;
    ``word_boxes`` turns on the outline of every word (to check alignment). ``also_import``:
    more files to import once the window is up ("Open with Redline" on several files).

    Files to open go to a Redline window already open on the library when there is one (it
    imports and opens them), and this process ends."""
    if screenshot is None and _handed_over(library_root, open_target, also_import):
        return 0
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _check_display()
    from app.ui.document.render_process import RenderProcesses

    # First, while this process has one thread, no Qt and no open database: forked now, the
    # render processes are ready in milliseconds (see render_process).
    processes = RenderProcesses(fork=True)
    _milestone("render processes started")
    try:
        from app.core.library import Library

        # The library before Qt: PySide6 reads the source of every module imported after it
        # (looking for its __feature__ imports), the database layer's hundreds included.
        try:
            opened = Library.open(library_root, allow_read_only=True)
        except RedlineError as exc:
            if screenshot is None:
                _tell(exc)
            raise
        with opened as lib, tempfile.TemporaryDirectory(prefix="redline-ui-") as tmp:
            if sample_if_empty:
                _fill_samples_if_empty(lib)
            problem: RedlineError | None = None  # the file asked for could not be opened
            try:
                doc_id = resolve_target(lib, open_target) if open_target else None
            except RedlineError as exc:
                if screenshot is not None or not Path(str(open_target)).expanduser().is_file():
                    raise  # (a document name mistyped on the command line: said there)
                print(f"redline: {exc}", file=sys.stderr)
                problem, doc_id = exc, None
            _milestone("library open")
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance() or QApplication(sys.argv[:1])
            _identify(app)
            _report_errors(app)
            # A screenshot must not depend on (or change) the person's remembered window state.
            settings_file = Path(tmp) / "settings.ini" if screenshot else None
            window = _window(lib, settings_file, word_boxes, processes)
            _log_first_paint(window)
            app.processEvents()
            _milestone("window shown")
            _open_first(window, doc_id, max(0, (page or 1) - 1))
            # The window is built: what start-up made is out of the collector's way (see
            # app.core.startup); the window's collector collects the rest on its thread.
            settle(collect=False)
            if screenshot is not None:
                if also_import:  # (no wait for a paint here: the screenshot waits for it)
                    window.import_paths(list(also_import))
                return _screenshot(app, window, Path(screenshot))
            window.after_first_paint(lambda: _when_painted(window, also_import, problem))
            return int(app.exec())
    finally:
        processes.close()  # (the window closes them when it closes; not if it never opened)


def _when_painted(  # type: ignore[no-untyped-def]
    window, also_import: Sequence[str], problem: RedlineError | None = None
) -> None:
    """What the window's start leaves until its first page is on screen: why the file it was
    asked to open could not be (``problem``), the other files it was asked to open (imported),
    the one-time notice that OCR needs Tesseract, a first start's words on what to press, and
    the worker processes' fork server (in the background: see
    app.core.processes.start_fork_server; an import of files starts it itself)."""
    from app.core.processes import start_fork_server

    if problem is not None:
        _box(problem, window).open()

    if also_import:
        window.import_paths(list(also_import))
    window.notify_missing_tesseract()
    window.welcome_once()
    window.import_runner.submit(start_fork_server, lambda _result: _milestone("fork server"))


def _box(problem: RedlineError, parent=None):  # type: ignore[no-untyped-def]
    """A warning box saying ``problem`` in the window's language, as written (a path, a URL)."""
    from app.ui.base.language import say
    from app.ui.base.plain_label import plain_box

    return plain_box(parent, "Redline", say(problem))


def _tell(problem: RedlineError) -> None:
    """Say ``problem`` in a message box before any window (and wait until it is read): the
    desktop shows no terminal. In the language and colour scheme chosen for the window (it
    was drawn light under the dark scheme: the window applies the scheme, and none was open)."""
    from PySide6.QtWidgets import QApplication

    from app.ui.base import settings as S
    from app.ui.base.language import install as install_language
    from app.ui.base.settings import Settings
    from app.ui.base.theme import theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    _identify(app)
    chosen = Settings()
    install_language(app, chosen.get(S.LANGUAGE))
    theme().apply(chosen.get(S.COLOR_SCHEME))
    _box(problem).exec()


def _milestone(what: str) -> None:
    """Log how long start-up took to get here (``REDLINE_LOG=INFO``; the time is also given as
    seconds since the epoch, for a benchmark that started the process)."""
    log.info("%s: %.0f ms (at %.6f)", what, (time.perf_counter() - STARTED) * 1000, time.time())


def _log_first_paint(window) -> None:  # type: ignore[no-untyped-def]
    """Log when the first page's pixels, then its text, are on screen."""
    if not log.isEnabledFor(logging.INFO):
        return
    view = window.document_view

    def painted() -> None:
        view.page_view.pixels_painted.disconnect(painted)
        _milestone("first page painted")

    def text(_content: object) -> None:
        view.page_read.disconnect(text)
        _milestone("its text shown")

    view.page_view.pixels_painted.connect(painted)
    view.page_read.connect(text)


def _identify(app) -> None:  # type: ignore[no-untyped-def]
    """Name, version, desktop file and icon, so the desktop shows Redline as itself."""
    from PySide6.QtGui import QIcon

    from app import __version__
    from app.core.resources import APP_ID, app_icon_files

    app.setApplicationName("Redline")
    app.setOrganizationName("Redline")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    icon = QIcon()
    for path in app_icon_files():
        icon.addFile(str(path))
    app.setWindowIcon(icon)


def _handed_over(library_root: Path | str, first: str | None, others: Sequence[str]) -> bool:
    """Give files to a window already open on the library; True if one took them."""
    files = [f for f in (first, *others) if f is not None]
    if is_server_url(library_root):  # each window on a server library is its own
        return False
    if not files or not all(Path(f).expanduser().is_file() for f in files):
        return False  # (a document of the library is opened here, by name)
    from app.ui.window.handover import hand_over

    if not hand_over(Path(library_root), files):
        return False
    print(f"redline: handed {', '.join(files)} to the Redline window open on the library")
    return True


def _report_errors(app) -> None:  # type: ignore[no-untyped-def]
    """Unexpected errors in a dialog and the log file, crashes in the log file: nobody sees
    stderr when Redline starts from the desktop menu."""
    from app.ui.tools.error_dialog import install_error_handlers

    install_error_handlers(app)


def _window(  # type: ignore[no-untyped-def]
    lib: Library, settings_file: Path | None, word_boxes: bool, processes: RenderProcesses
):
    """The main window, shown; a screenshot uses its own settings file and a fixed size."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.ui.base import settings as S
    from app.ui.base.language import install as install_language
    from app.ui.base.settings import Settings
    from app.ui.window.main_window import MainWindow

    store = None
    if settings_file is not None:
        store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    settings = Settings(store)
    app = QApplication.instance()
    assert app is not None
    install_language(app, settings.get(S.LANGUAGE))  # (before any widget)
    window = MainWindow(lib, settings, render_processes=processes)
    if settings_file is not None:
        window.resize(*SCREENSHOT_SIZE)
    if word_boxes:
        window.word_boxes.setChecked(True)
        window.document_view.page_view.set_show_word_boxes(True)
    window.show()
    return window


def _open_first(window, doc_id: DocumentId | None, index: int) -> None:  # type: ignore[no-untyped-def]
    """The document asked for, else the one open last time, else the first of the library."""
    if doc_id is not None:
        window.open_document(doc_id, index)
    elif not window.reopen_last():
        window.open_first_document()


def _screenshot(app, window, out: Path) -> int:  # type: ignore[no-untyped-def]
    """Wait until the page is drawn at its zoom with its text and thumbnails, then save a PNG."""
    from PySide6.QtCore import QDeadlineTimer, QThread

    view = window.document_view
    deadline = QDeadlineTimer(SCREENSHOT_TIMEOUT_MS)
    while not deadline.hasExpired():
        app.processEvents()
        runners = (window.render_runner, window.renderer.page_runner, window.db_runner)
        busy = any(r.pending() for r in runners)
        if (view.summary is None or view.is_settled()) and not busy:
            break
        QThread.msleep(10)
    else:
        print("redline: the page did not finish rendering in time", file=sys.stderr)
        return 1
    for _ in range(5):
        app.processEvents()
    if not window.grab().save(str(out), "PNG"):
        print(f"redline: cannot write {out}", file=sys.stderr)
        return 1
    _milestone("screenshot saved")
    window.close()
    return 0
