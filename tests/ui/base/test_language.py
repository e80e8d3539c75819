"""What the Qt-free core says, shown in the window's language: counted phrases with each
language's plural forms, reports and errors made in the core; the command line keeps English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.core.annotating.vocabulary import AnnotationError, check_exemptions
from app.core.exchange.pdf_report import DocumentReport, PublicationReport, publication_message
from app.core.wording import joined, translate
from app.ui.base.language import install, say, uninstall
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
    with pytest.raises(AnnotationError) as raised:
        check_exemptions(["xyz"])
    english = "Unknown exemption code: xyz. Known codes: "
    assert str(raised.value).startswith(english)  # the command line: English, as before
    assert say(raised.value).startswith(english)
    speak("de")
    assert say(raised.value).startswith("Unbekannter Ausnahmecode: xyz. Bekannte Codes: B1, ")
    with pytest.raises(AnnotationError) as two:
        check_exemptions(["xyz", "qq"])
    assert say(two.value).startswith("Unbekannte Ausnahmecodes: xyz, qq. Bekannte Codes: ")
    speak("fr")
    assert say(raised.value).startswith("Code d’exemption inconnu : xyz. Codes connus : B1, ")
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
