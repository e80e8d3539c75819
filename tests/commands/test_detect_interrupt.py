"""Ctrl-C while `redline detect` runs: the first press is the run's cancel, a second one
interrupts at once, and the terminal's own handling comes back when detection ends; the bar
it draws meanwhile."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from app.cli import main
from app.commands.common import CtrlC, TerminalProgress
from app.commands.context import Context
from app.core.detection import run as detect_run
from app.core.errors import LibraryError
from tests.builders import DISK_FULL, make_text_pdf, stores_then_fails
from tests.commands.helpers import run


def test_the_first_ctrl_c_asks_the_run_to_stop_and_a_second_interrupts() -> None:
    before = signal.getsignal(signal.SIGINT)
    with CtrlC() as interrupt:
        handler = signal.getsignal(signal.SIGINT)
        assert callable(handler) and handler is not before
        assert not interrupt.asked()
        signal.raise_signal(signal.SIGINT)  # the first press: no exception, the run is asked
        assert interrupt.asked()
        with pytest.raises(KeyboardInterrupt):
            signal.raise_signal(signal.SIGINT)  # the second: at once
    assert signal.getsignal(signal.SIGINT) is before


def test_the_bar_names_the_document_it_began_last(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal, `redline detect`'s bar counts the pages of all the documents and names the
    one in hand ("███··· 3/4 memo-b")."""
    pdfs = [
        make_text_pdf(tmp_path / f"memo-{n}.pdf", ["SECRET\nA memo.", "Page two."]) for n in "ab"
    ]
    lib = str(tmp_path / "lib")
    assert run(capsys, "--library", lib, "import", *map(str, pdfs))[0] == 0
    drawn: list[tuple[int, int, str]] = []
    monkeypatch.setattr(Context, "interactive", property(lambda self: True))
    monkeypatch.setattr(
        TerminalProgress, "update", lambda self, d, t, label="": drawn.append((d, t, label))
    )
    code, _, _ = run(capsys, "--library", lib, "detect", "--no-redactions")
    assert code == 0
    assert drawn[-1][:2] == (4, 4) and {t for _, t, _ in drawn} == {4}
    assert list(dict.fromkeys(label for *_, label in drawn if label)) == ["memo-a", "memo-b"]


def test_an_export_into_a_folder_stopped_by_ctrl_c_names_the_pdfs_it_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`redline export --format pdf -o FOLDER`: Ctrl-C after the first document's PDF is
    written stops the export (the PDFs written stay) and the command says which stay."""
    from app.core.exchange import pdf
    from app.core.exchange.common import ExportCancelled

    pdfs = [make_text_pdf(tmp_path / f"memo-{n}.pdf", [f"Memo {n}."]) for n in "ab"]
    lib = str(tmp_path / "lib")
    assert run(capsys, "--library", lib, "import", *map(str, pdfs))[0] == 0
    real = pdf.publish_document

    def then_ctrl_c(*args: object, **kwargs: object) -> object:
        report = real(*args, **kwargs)  # type: ignore[arg-type]
        signal.raise_signal(signal.SIGINT)  # pressed while the first PDF is checked
        cancel = args[6]
        if callable(cancel) and cancel():
            raise ExportCancelled("export cancelled")
        return report

    monkeypatch.setattr(pdf, "publish_document", then_ctrl_c)
    out = tmp_path / "pdfs"
    code, _, err = run(capsys, "--library", lib, "export", "--format", "pdf", "-o", str(out))
    assert code == 130
    assert err.strip() == f"redline: interrupted; the PDF written before it stays in {out}"
    assert len(list(out.glob("*.pdf"))) == 1


def test_a_library_that_stops_detect_says_why_then_what_was_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The library fails while the second of three documents is stored (a full disk, a server
    gone): the one stored first is listed with its proposals, then the library's error, then what
    the stop left; before, only the error came ("nothing was changed"), the first's proposals
    stored. (Documents are stored as they end, so which of them is stored first varies.)"""
    store, _ = stores_then_fails(detect_run._store, LibraryError(DISK_FULL))
    lib = tmp_path / "lib"
    for name in ("first", "second", "third"):
        pdf = make_text_pdf(
            tmp_path / f"{name}.pdf", ["SECRET\nMemorandum of the courier.\nSECRET"]
        )
        assert run(capsys, "--library", str(lib), "import", str(pdf))[0] == 0
    monkeypatch.setattr(detect_run, "_store", store)
    assert main(["--library", str(lib), "detect"]) == 1
    out, err = capsys.readouterr()
    numbers = {"first": 1, "second": 2, "third": 3}
    kept = out.split(" ", 1)[0]
    assert out.startswith(f"{kept} (document {numbers[kept]}): ") and len(out.splitlines()) == 1
    failed = next(n for n in numbers if f"nothing was written for {n} (" in err)
    assert failed != kept
    assert err.splitlines()[-2:] == [
        f"redline: {DISK_FULL}",
        f"redline: stopped; nothing was written for {failed} (document {numbers[failed]}); "
        "1 more document not detected; the document detected before it keeps its proposals",
    ]
