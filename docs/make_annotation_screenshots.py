"""Screenshots of each kind of annotation on a real scan, for docs/annotating.md.

    QT_QPA_PLATFORM=offscreen python -m app.ui.annotation_screenshots SCAN.pdf OUT_DIR

Imports the scan into a temporary library, runs the marking detector (its proposals), makes one
annotation of each kind through the service, and grabs the window with each one chosen.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.core.annotating.annotations import create_annotation
from app.core.annotating.page_content import read_page
from app.core.annotating.records import Region, Span
from app.core.annotating.tags import create_tag
from app.core.detection.run import detect_document
from app.core.documents.ingest import import_paths
from app.core.documents.queries import list_documents
from app.core.ids import PageId
from app.core.library import Library
from app.ui.base import settings as S
from app.ui.window.main_window import MainWindow

SIZE = (1440, 900)


def _span(text: str, quote: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return Span(start, start + len(quote))


def _annotate(lib: Library, page_id: PageId) -> dict[str, str]:
    """One of each kind (the quotes are from cia-cib-03175207.pdf page 1)."""
    text = read_page(lib, page_id).text.text
    tag = create_tag(lib, "Bulletins", author="Ada", colour="#2f7de1").tag
    made = {
        "correction": create_annotation(
            lib,
            page_id,
            "correction",
            author="Ada",
            text=_span(text, "SEBRET"),
            body={"replacement": "SECRET"},
        ),
        "tag": create_annotation(
            lib,
            page_id,
            "tag",
            author="Ada",
            text=_span(text, "CURRENT INTELLIGENCE BULLETIN"),
            body={"tag": tag.uuid},
        ),
        "marking": create_annotation(
            lib,
            page_id,
            "marking",
            author="Ada",
            text=_span(text, "C03175207"),
            body={"category": "identifier", "value": "C03175207"},
        ),
        "note": create_annotation(
            lib,
            page_id,
            "note",
            author="Ada",
            text=_span(text, "9 March 1951"),
            body={"text": "Same day as the Korea cable"},
        ),
        "redaction": create_annotation(
            lib,
            page_id,
            "redaction",
            author="Ada",
            region=Region(380, 150, 170, 60),
            body={"exemptions": ["3.5(c)"], "note": "withheld"},
        ),
    }
    return {k: c.uuid for k, c in made.items()}


def _settle(app: QApplication, window: MainWindow) -> None:
    for _ in range(30):
        app.processEvents()


def shoot(scan: Path, out: Path) -> list[Path]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp, Library.open(Path(tmp) / "lib") as lib:
        import_paths(lib, [scan])
        doc = list_documents(lib)[0]
        detect_document(lib, doc.id)
        settings = S.Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        settings.set(S.AUTHOR, "Ada")
        window = MainWindow(lib, settings, synchronous=True)
        window.resize(*SIZE)
        window.show()
        window.open_document(doc.id)
        window.side.setCurrentWidget(window.annotation_list)
        window.splitter.setSizes([470, 970])
        page = window.document_view.page
        assert page is not None
        uuids = _annotate(lib, page.id)
        window.document_view.read_again()
        window.annotation_list.reload()
        shots = [(kind, uuid, "original") for kind, uuid in uuids.items()]
        shots.append(("corrected", uuids["note"], "both"))
        proposals = [r for r in window.annotation_list.model.records if r.status == "proposed"]
        if proposals:
            shots.append(("proposals", proposals[0].uuid, "original"))
        for name, uuid, mode in shots:
            window.document_view.text_pane.set_mode(mode)
            window.page_annotations.show_annotation(uuid)
            _settle(app, window)
            path = out / f"annotations-{name}.png"
            window.grab().save(str(path), "PNG")
            saved.append(path)
        window.close()
    return saved


if __name__ == "__main__":
    for p in shoot(Path(sys.argv[1]), Path(sys.argv[2])):
        print(p)
