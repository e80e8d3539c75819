"""What the Qt-free core says, shown in the window's language: counted phrases with each
language's plural forms, reports and errors made in the core; the command line keeps English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core.annotating.exemptions import UnknownExemptionsError, check_exemptions
from app.core.annotating.revisions import FieldConflict, Value
from app.core.annotating.vocabulary import AnnotationError, check_anchors
from app.core.exchange.merge_outcome import FieldChange, MergeReport, Outcome, Outcomes
from app.core.exchange.merge_report import describe_message
from app.core.exchange.pdf_report import DocumentReport, PublicationReport, publication_message
from app.core.ids import PageId
from app.core.ocr.run import OcrReport, PageOutcome
from app.core.ocr.tesseract import PageJob, ocr_page
from app.core.processes import pool_context
from app.core.wording import joined, translate
from app.ui.base.language import install, say, uninstall
from app.ui.tools.ocr_dialog import describe_ocr
from tests.ui.reading import compiled


@pytest.fixture
def qm(tmp_path: Path) -> Path:
    return compiled(tmp_path / "qm")


@pytest.fixture
def speak(qapp: QApplication, qm: Path) -> Iterator[object]:
    """install(language) for the test; English again after it."""

    def to(language: str) -> str:
        return install(qapp, language, qm)

    yield to
    uninstall(qapp)


def pages(n: int) -> str:
    return say(translate("Redline", "%n pages").counted(n, one="%n page"))


def test_counted_phrases_take_each_language_s_plural_forms(speak) -> None:  # type: ignore[no-untyped-def]
    # No catalogue at all (a checkout make has not built): the core's own English.
    assert [pages(n) for n in (0, 1, 2)] == ["0 pages", "1 page", "2 pages"]
    assert speak("en") == "en"  # the English catalogue's forms
    assert [pages(n) for n in (0, 1, 2, 21)] == ["0 pages", "1 page", "2 pages", "21 pages"]
    assert speak("de") == "de"
    assert [pages(n) for n in (0, 1, 2)] == ["0 Seiten", "1 Seite", "2 Seiten"]
    assert speak("fr") == "fr"  # French counts 0 and 1 as one
    assert [pages(n) for n in (0, 1, 2)] == ["0 page", "1 page", "2 pages"]
    matched = translate("Redline", "%n pages match.").counted(1, one="%n page matches.")
    assert say(matched) == "1 page correspond."
    assert str(matched) == "1 page matches."  # the command line's, whatever the window says


def test_an_error_the_core_raises_is_shown_in_the_window_s_language(speak) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UnknownExemptionsError) as raised:
        check_exemptions(["xyz"])
    english = "Unknown exemption code: xyz.\nKnown codes:\n  FOIA: B1–B9, B7(A)–B7(F)\n"
    assert str(raised.value).startswith(english)  # the command line: English, as before
    assert say(raised.value).startswith(english)
    speak("de")
    german = "Unbekannter Ausnahmecode: xyz.\nBekannte Codes:\n  FOIA: B1–B9, B7(A)–B7(F)\n"
    assert say(raised.value).startswith(german)
    assert say(raised.value.lines[1]) == "E.O. 13526 § 1.4: 1.4(a)–1.4(h)"
    with pytest.raises(UnknownExemptionsError) as two:
        check_exemptions(["xyz", "BG"])
    assert say(two.value.unknown) == "Unbekannte Ausnahmecodes: xyz, BG (meinten Sie B6?)."
    speak("fr")
    said = say(raised.value)
    assert said.startswith("Code d’exemption inconnu\u00a0: xyz.\nCodes connus\u00a0:\n")
    assert say(two.value.lines[0]) == "FOIA\u00a0: B1–B9, B7(A)–B7(F)"
    assert say(two.value.unknown).endswith(", BG (vouliez-vous dire B6 ?).")
    assert say(ValueError("plain")) == "plain"  # an error no message made: as it is


def test_a_report_made_in_the_core_is_translated_whole(speak) -> None:  # type: ignore[no-untyped-def]
    doc = DocumentReport("Memo", "u1", "/out/memo.pdf", 3, (), (), None, 0.25)
    report = PublicationReport("/out/memo.pdf", (doc,), 0.5)
    english = str(publication_message(report))
    head = ["Wrote /out/memo.pdf", "1 document, 0 redactions burned in, in 0.5 s."]
    assert english.splitlines()[:2] == head
    assert "Memo: 3 pages, written to /out/memo.pdf in 0.2 s." in english
    speak("de")
    german = say(publication_message(report))
    head = ["/out/memo.pdf geschrieben", "1 Dokument, 0 Schwärzungen eingebrannt, in 0.5 s."]
    assert german.splitlines()[:2] == head
    assert "Nicht geprüft." in german and "Ausgelassen: 0 Schwärzungen" in german
    assert str(publication_message(report)) == english  # the command line is unchanged
    listed = joined(translate("Redline", " and "), ["PyMuPDF", "poppler"])
    assert say(listed) == "PyMuPDF und poppler"


def a_merge_report() -> MergeReport:
    """A colleague's set: a redaction's codes changed, a note deleted, a correction added, a
    marking whose status is in conflict, a tag renamed and a page's review changed."""
    at, bc = "2026-12-05T08:03:00Z", "B. Colleague"
    return MergeReport(
        file="colleague.json",
        updated=["r1", "t1"],
        deleted=["n1"],
        added=["c1"],
        conflicts=["m1"],
        outcomes=Outcomes([
            Outcome("page", "p2", "updated", "Memo", 1,
                    taken=(FieldChange("review", "unreviewed", "in_progress", bc, at),)),
            Outcome("annotation", "r1", "updated", "Memo", 1, "redaction", "Johan Artur",
                    taken=(FieldChange("body.exemptions", ["B6"], ["B6", "B7(C)"], bc, at),),
                    kept=("body.note", "region")),
            Outcome("annotation", "n1", "deleted", "Memo", 2, "note", "", "check the date", "Ada",
                    taken=(FieldChange("deleted", False, True, "B. Colleague", at),)),
            Outcome("annotation", "c1", "added", "Memo", 2, "correction", "SEeRB'f", "SECRET",
                    by="B. Colleague", at=at),
            Outcome("annotation", "m1", "conflict", "Memo", 2, "marking", "TOP SECRET",
                    conflicts=(FieldConflict("status", Value("accepted", "Ada", at),
                                             (Value("rejected", "B. Colleague", at),)),)),
            Outcome("tag", "t1", "updated", label="People",
                    taken=(FieldChange("name", "Persons", "People", "", ""),)),
        ]),
    )  # fmt: skip


def test_a_merge_report_s_lines_about_each_annotation_are_translated(speak) -> None:  # type: ignore[no-untyped-def]
    """Each line of the report is a whole sentence in the window's language: no English
    fragment (kind, field, "by", "deleted", month) left in German or French."""
    now = datetime(2026, 12, 5, tzinfo=UTC)
    report = describe_message(a_merge_report(), "Ada", tz=UTC, now=now)
    english = str(report)
    codes = "codes B6 → B6, B7(C) (B. Colleague, 5 Dec 08:03)"
    assert f"  Page 2, redaction over 'Johan Artur': {codes}; note and box kept from here" in (
        english.splitlines()
    )
    speak("de")
    german = say(report).splitlines()
    assert (
        "  Prüfung von Seite 2: nicht geprüft → in Arbeit (B. Colleague, 5. Dez. 08:03)" in german
    )
    codes = "Codes B6 → B6, B7(C) (B. Colleague, 5. Dez. 08:03)"
    said = f"  Seite 2, Schwärzung über „Johan Artur“: {codes}; Notiz und Rahmen von hier behalten"
    assert said in german
    said = (
        "  Seite 3, Notiz von Ihnen („check the date“): von B. Colleague gelöscht (5. Dez. 08:03)"
    )
    assert said in german
    english_words = re.compile(
        r"\b(Page|by|over|of|deleted|added|reads|kept|here|there|in conflict|codes|note|box|"
        r"status|redaction|marking|correction|accepted|rejected|you|and|Dec|Tag)\b"
    )
    left = [  # (after the headline; the hint names the command line's words)
        line
        for line in german[2:]
        if english_words.search(line.replace("B. Colleague", "")) and "`" not in line
    ]
    assert not left, left
    speak("fr")
    french = say(report).splitlines()
    codes = "codes B6 → B6, B7(C) (B. Colleague, 5 déc. 08:03)"
    assert f"  Page 2, caviardage sur « Johan Artur » : {codes} ; gardé d’ici : note et cadre" in (
        french
    )
    assert str(report) == english  # the command line is unchanged


def test_an_error_naming_a_kind_names_it_in_the_window_s_language(speak) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AnnotationError) as raised:
        check_anchors("redaction", text=True, region=False)
    assert str(raised.value) == "A redaction needs a region of the scan."  # the command line
    speak("de")
    assert (
        say(raised.value) == "Eine Annotation der Art „Schwärzung“ braucht einen Bereich des Scans."
    )
    speak("fr")
    assert say(raised.value) == "Une annotation de type « caviardage » a besoin d’une zone du scan."


def test_the_reason_an_ocr_worker_gives_reaches_the_window_in_its_language(  # type: ignore[no-untyped-def]
    speak, tmp_path: Path
) -> None:
    """A page the worker process could not read: its reason crosses the process boundary as
    text that keeps its message, and the OCR dialog's report says it in German."""
    job = PageJob(PageId(7), str(tmp_path / "gone.pdf"), 0)
    with ProcessPoolExecutor(1, mp_context=pool_context()) as pool:
        result = pool.submit(ocr_page, job).result()
    assert result.error is not None and result.error.startswith("the page cannot be rendered (")
    report = OcrReport([PageOutcome(job.page_id, 0, "failed", result.error)])
    speak("de")
    said = describe_ocr(report)
    assert "  Seite 1: die Seite kann nicht dargestellt werden (" in said


@pytest.mark.parametrize("language", ["de", "fr"])
def test_qt_s_file_dialog_speaks_the_window_s_language(  # type: ignore[no-untyped-def]
    speak, qtbot, tmp_path: Path, language: str
) -> None:
    """Qt's own catalogue leaves the file dialog's "Look in:", "Files of type:" and its file
    types in English in French (and "%1 File" in German): Redline's qt_extra catalogue says them."""
    from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

    folder = tmp_path / "sets"
    (folder / "site").mkdir(parents=True)
    (folder / "set.json").write_text("{}")
    speak(language)
    dialog = QFileDialog(None, "", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    assert view is not None
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 2)
    root = view.rootIndex()
    types = {model.index(r, 2, root).data() for r in range(2)}
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    english = {"&Look in:", "Files of &type:", "File &name:", "Folder", "json File", "File"}
    assert not (labels | types) & english, (labels, types)


def test_an_unreadable_team_library_address_is_said_in_the_window_s_language(speak) -> None:  # type: ignore[no-untyped-def]
    """The team library dialog says db/server's refusal of an address through ``say`` (it
    showed its English in a German window)."""
    from db.server import ServerAddress, ServerError

    speak("de")
    with pytest.raises(ServerError) as raised:
        ServerAddress.parse("postgresql://a@h:port/x")
    assert say(raised.value).startswith("Keine Adresse einer PostgreSQL-Bibliothek: ")
    assert "(ihr Port muss eine Zahl sein)" in say(raised.value)


def test_a_write_refused_on_a_read_only_library_says_why_in_the_window_s_language(  # type: ignore[no-untyped-def]
    speak, tmp_path: Path
) -> None:
    """An import into a library open read-only said why in English in a German window
    ("… geöffnet (it was opened for reading)."); the command line said it in words of its own.
    Both are app.core.refusals' sentence now, its reason a message of the catalogues."""
    from app.core.documents.ingest import import_file
    from app.core.library import Library
    from app.core.refusals import read_only
    from tests.builders import make_text_pdf

    Library.open(tmp_path / "lib").close()
    pdf = make_text_pdf(tmp_path / "memo.pdf", ["one"])
    speak("de")
    with Library.open(tmp_path / "lib", read_only=True) as lib:
        out = import_file(lib, pdf)
    said = say(out.message.message)  # type: ignore[attr-defined]
    assert said == (
        f"Die Bibliothek unter {tmp_path / 'lib'} ist schreibgeschützt geöffnet (sie wurde nur "
        "zum Lesen geöffnet); nichts wurde geändert."
    ), said
    role = say(read_only("postgresql://a@db/team", "your role on the server may only read it"))
    assert "(Ihre Rolle auf dem Server darf sie nur lesen)" in role, role
