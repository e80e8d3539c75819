"""Translations: the German and French catalogues are complete and up to date with the window's
code, and the window's menus and dialogs show no English string in German or French."""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.core.annotating.vocabulary import marking_categories
from app.core.documents.metadata import FIELDS, set_document_metadata
from app.core.exchange.merge_words import FIELDS as MERGE_FIELDS
from app.core.library import Library
from app.ui.annotating.actions import region_menu
from app.ui.annotating.editor import AnnotationDialog
from app.ui.annotating.tag_manager import TagManager
from app.ui.base import settings as S
from app.ui.base.language import CORE_WORDS, TRANSLATED, install, uninstall
from app.ui.base.menu_keys import menus_of
from app.ui.document.annotation_style import CATEGORY_WORDS
from app.ui.tools.about_dialog import show_about, tesseract_notice
from app.ui.tools.error_dialog import ErrorDialog
from app.ui.tools.export_dialog import ExportDialog
from app.ui.tools.help_browser import show_help
from app.ui.tools.metadata_dialog import edit_metadata
from app.ui.tools.settings_dialog import SettingsDialog, edit_settings
from app.ui.tools.shortcuts_dialog import show_shortcuts
from app.ui.window.main_window import MainWindow
from app.ui.window.team_library import TeamLibraryDialog
from tests.ui.helpers import review_library_doc_id, upgrading_dialog
from tests.ui.reading import BIN, CATALOGUES, ROOT, compiled, texts


def messages(ts: Path) -> dict[str, str | None]:
    """source → translation (None when unfinished, vanished or empty; a plural message's forms
    joined by " | ", None when one is empty)."""
    return {s: None if t is None else " | ".join(t) for s, t in forms(ts).items()}


def forms(ts: Path) -> dict[str, list[str] | None]:
    """source → its translation's forms (one, or a plural message's forms; None when
    unfinished, vanished or empty)."""
    out: dict[str, list[str] | None] = {}
    for m in ET.parse(ts).iter("message"):
        source, tr = m.findtext("source") or "", m.find("translation")
        if tr is None or tr.get("type"):
            out[source] = None
            continue
        said = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        out[source] = said if all(f.strip() for f in said) else None
    return out


def plural(ts: Path) -> set[str]:
    return {m.findtext("source") or "" for m in ET.parse(ts).iter("message")
            if m.get("numerus") == "yes"}  # fmt: skip


FIELD = re.compile(r"\{[^{}]*\}")  # a placeholder: {name}, {name!r}, {value:.1f}


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_has_a_translation_that_keeps_its_placeholders(language: str) -> None:
    ts = CATALOGUES / f"redline_{language}.ts"
    catalogue = forms(ts)
    assert len(catalogue) > 700  # the window's strings and the core's messages
    missing = [s for s, t in catalogue.items() if t is None]
    assert missing == []
    for source, translation in catalogue.items():
        assert translation is not None
        fields = sorted(FIELD.findall(source))
        for form in translation:
            assert sorted(FIELD.findall(form)) == fields, (source, form)
            if source.replace("&&", "").count("&") == 1:  # a menu entry's key letter
                assert form.replace("&&", "").count("&") == 1, (source, form)
    # A counted phrase is plural, with the language's two forms, each counting (%n) as its
    # source does (one counts without a number: "Unknown exemption codes: …").
    counted = {s for s in catalogue if "%n" in s} | set(counted_phrases())
    assert len(counted) > 30
    assert counted == plural(ts)
    for source in counted:
        said = catalogue[source]
        assert said is not None and len(said) == 2, source
        assert all(("%n" in f) == ("%n" in source) for f in said), source


def test_the_english_catalogue_gives_the_forms_the_core_gives_the_command_line() -> None:
    """redline_en.ts holds the English plural forms; they are those the code writes beside each
    counted phrase (``.counted(n, one=…)``), which the command line prints."""
    english = forms(CATALOGUES / "redline_en.ts")
    code = counted_phrases()
    assert len(code) > 30
    assert set(code) == plural(CATALOGUES / "redline_en.ts")
    for source, one in code.items():
        assert english[source] == [one or source, source], source


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The source texts pyside6-lupdate extracts from app/ui and app/core now (run once)."""
    return lupdate(tmp_path_factory.mktemp("lupdate"))


def lupdate(tmp_path: Path) -> set[str]:
    sources = sorted(str(p) for d in ("ui", "core") for p in (ROOT / "app" / d).rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    done = subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return set(messages(fresh))


def test_the_catalogues_hold_every_string_of_the_window(extracted: set[str]) -> None:
    """pyside6-lupdate over app/ui and app/core now: a string of the window or a message of the
    core missing from the catalogues (or left untranslated there) fails (`make
    update-translations` adds it)."""
    found = extracted
    assert len(found) > 700
    assert "Unknown exemption codes: {codes}." in found  # (the core's)
    for language in TRANSLATED:
        catalogue = messages(CATALOGUES / f"redline_{language}.ts")
        assert sorted(s for s in found if catalogue.get(s) is None) == [], language


def translate_calls() -> Iterator[tuple[Path, int, str]]:
    """Every call written to be translated in app/: ``translate("Redline", "…")`` (the window's
    and the core's ``app.core.wording.translate``) and ``QT_TRANSLATE_NOOP("Redline", "…")``."""
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            f = node.func
            name = getattr(f, "id", None) or getattr(f, "attr", "")
            text = node.args[1]
            if name in ("translate", "QT_TRANSLATE_NOOP") and isinstance(text, ast.Constant):
                yield path, node.lineno, str(text.value)


def counted_phrases() -> dict[str, str | None]:
    """source → the English form for one, of each ``translate(…).counted(n, one=…)`` in app/."""
    out: dict[str, str | None] = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            if node.func.attr == "counted":
                call = node.func.value
                assert isinstance(call, ast.Call) and isinstance(call.args[1], ast.Constant)
                one = [k.value for k in node.keywords if k.arg == "one"]
                value = one[0].value if one and isinstance(one[0], ast.Constant) else None
                out[str(call.args[1].value)] = None if value is None else str(value)
    return out


def test_lupdate_finds_every_string_written_to_be_translated(extracted: set[str]) -> None:
    """pyside6-lupdate skips a call it cannot read (a count that is not a bare name, keyword
    arguments): such a string would never reach a catalogue, so it is refused here."""
    found = extracted
    calls = list(translate_calls())
    assert len(calls) > 700
    missed = sorted(f"{p.relative_to(ROOT)}:{n}: {t}" for p, n, t in calls if t not in found)
    assert missed == []


@pytest.fixture
def qm(tmp_path: Path) -> Path:
    return compiled(tmp_path)


def shown(qtbot: QtBot, lib: Library, settings: S.Settings) -> Iterator[QWidget]:
    """The window with every menu opened, and its main dialogs, each shown."""
    window = MainWindow(lib, settings, synchronous=True)
    qtbot.addWidget(window)
    window.show()
    assert window.open_document(review_library_doc_id(lib))
    for menu in window.menuBar().findChildren(QMenu):
        menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitUntil(menu.isVisible)
        yield menu
        menu.hide()
    yield window
    dialogs: list[QWidget] = [
        ExportDialog(window.lib, window.document_id, window, window.settings),
        edit_settings(window),
        show_about(window),
        show_shortcuts(window.menuBar(), window),
        show_help(window, "scan", None),
        ErrorDialog(RuntimeError("x"), None, window),
        TeamLibraryDialog(window, "postgresql://alice@dbhost/redline"),
        upgrading_dialog(window),
    ]
    metadata = edit_metadata(window)
    assert metadata is not None
    dialogs += [metadata, TagManager(window.annotating, window)]
    tags = window.page_annotations.tags
    for kind in ("correction", "tag", "marking", "redaction", "note"):
        dialogs.append(AnnotationDialog(kind, tags=tags, detected=[], parent=window))
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        yield dialog
        dialog.close()
    window.close()


def collect(qtbot: QtBot, lib: Library, settings: S.Settings) -> set[str]:
    found: set[str] = set()
    for widget in shown(qtbot, lib, settings):
        found |= texts(widget)
        if isinstance(widget, MainWindow):  # the tables' column headers
            for table in (widget.library_pane.table, widget.annotation_list.table):
                model = table.model()
                found |= {
                    str(model.headerData(i, Qt.Orientation.Horizontal))
                    for i in range(model.columnCount())
                }
    return found


# What reads the same in every language: data (the document's title, names, numbers, versions),
# keys, and words the catalogues translate as themselves (checked in the catalogue below).
DATA = re.compile(
    r"^[\W\d_]*$|^review-memo|^<h2>Redline [\d.]+</h2>$|^RuntimeError: x$|^OK$"
    r"|^(Redline|Qt|Python|PySide6|PyMuPDF|MuPDF|SQLAlchemy|SQLite|Alembic|Tesseract):$"
    r"|^(Deutsch|English|Français)$"  # each language named in its own
    r"|^(Linux|Windows|macOS|Darwin)-"  # the platform's description
)


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_menu_or_dialog_string_stays_english(
    qtbot: QtBot, qapp: QApplication, review_library: Library, settings: S.Settings, qm: Path,
    language: str,
) -> None:  # fmt: skip
    doc_id = review_library_doc_id(review_library)  # values whose origins the metadata shows
    set_document_metadata(review_library, doc_id, {"case_number": "F-2017-13804"}, author="Ana")
    with review_library.transaction() as s:
        s.connection().exec_driver_sql(
            "INSERT INTO document_metadata (document_id, key, value, origin, rule_id, confidence, "
            "modified_at) VALUES (?, 'release_status', 'RELEASE IN FULL', 'detector', "
            "'release-in-full', 0.92, ?)",
            (doc_id, datetime.now(UTC).replace(tzinfo=None)),
        )
    english = collect(qtbot, review_library, settings)
    assert "&File" in english and "Page 1 of 4" in english  # (the walk reaches them)
    assert {"typed by Ana", "detected, 92% sure"} <= english
    assert install(qapp, language, qm) == language
    try:
        translated = collect(qtbot, review_library, settings)
    finally:
        uninstall(qapp)
    same = {t: t for t, tr in messages(CATALOGUES / f"redline_{language}.ts").items() if t == tr}
    examples = {e for c in marking_categories() for e in c.examples}  # (markings as printed)
    untranslated = sorted(
        t
        for t in english & translated
        if t.strip()
        and not DATA.search(t)
        and t not in same
        and t.rstrip(":") not in same
        and t not in examples
    )
    assert untranslated == [], "\n".join(untranslated)
    expected = {"de": ("&Datei", "Seite 1 von 4"), "fr": ("&Fichier", "Page 1 sur 4")}
    assert set(expected[language]) <= translated


def test_the_language_is_chosen_in_settings_and_follows_the_system_by_default(
    qtbot: QtBot, qapp: QApplication, settings: S.Settings, qm: Path
) -> None:
    assert settings.get(S.LANGUAGE) == ""  # the system's
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.window_language.setCurrentIndex(dialog.window_language.findData("fr"))
    dialog.apply()
    assert settings.get(S.LANGUAGE) == "fr"
    assert install(qapp, "xx", qm) == "en"  # an unknown choice: the system's (English here)
    assert install(qapp, "en", qm) == "en"
    assert install(qapp, "de", tmp_missing := qm / "none") == "en"  # no catalogue: English
    assert not tmp_missing.exists()


def test_the_core_words_the_window_shows_are_all_marked() -> None:
    """The metadata fields' names come from the Qt-free core; the window marks them itself."""
    assert {label for _, label in FIELDS} <= set(CORE_WORDS)


def test_the_merge_field_names_the_conflicts_dialog_shows_are_all_marked() -> None:
    assert set(MERGE_FIELDS.values()) | {"unreviewed", "in progress", "reviewed"} <= set(CORE_WORDS)


def test_the_marking_categories_the_editor_shows_are_all_marked() -> None:
    assert {c.label for c in marking_categories()} <= set(CORE_WORDS)
    assert {c.id for c in marking_categories()} <= set(CATEGORY_WORDS)  # (the list's word)


def test_what_the_panes_write_from_data_is_in_the_windows_language(
    qtbot: QtBot, qapp: QApplication, review_library: Library, settings: S.Settings, qm: Path
) -> None:
    """Texts made from data, which the walk of menus and dialogs does not see: a search hit's
    page, a thumbnail's tooltip, a proposal's sureness in the annotations list (all English
    until 2026-12-06), the OCR offer's words, the pane F6 reaches and the notice that
    Tesseract is missing (until the stop after), and the metadata dialog's origins."""
    from app.core.annotating.annotation_listing import get_annotation
    from app.core.annotating.annotations import create_annotation
    from app.core.annotating.records import Region
    from app.core.documents.search import SearchHit
    from app.ui.document.annotation_style import describe

    window = MainWindow(review_library, settings, synchronous=True)
    qtbot.addWidget(window)
    window.show()
    doc_id = review_library_doc_id(review_library)
    assert window.open_document(doc_id)
    page = window.document_view.summary.pages[0]  # type: ignore[union-attr]
    made = create_annotation(
        review_library, page.id, "redaction", body={"exemptions": []}, author="",
        region=Region(72, 300, 100, 20), status="proposed", origin="detector", rule_id="box",
        confidence=0.62,
    )  # fmt: skip
    record = get_annotation(review_library, made.uuid)
    level = create_annotation(
        review_library, page.id, "marking", body={"category": "classification", "value": "SECRET"},
        author="Ana", region=Region(72, 40, 80, 14),
    )  # fmt: skip
    marking = get_annotation(review_library, level.uuid)
    assert install(qapp, "de", qm) == "de"
    try:
        model = window.search_pane.model
        model.set_hits([SearchHit(doc_id, "review-memo", page.id, 0, "the «memo»", 1.0)])
        hit = model.data(model.index(0, 0))
        tip = window.document_view.thumbnail_model.data(
            window.document_view.thumbnail_model.index(1, 0), Qt.ItemDataRole.ToolTipRole
        )
        row = describe(record, {})
        level_row = describe(marking, {})
        window.document_view.last_page()  # the page without text: the OCR offer's words
        offer = window.document_view.ocr_offer.label.text()
        window.focus_cycle.step(1)  # F6 from outside every pane: the side panel's, named
        pane = window.current_message()
        notices: list[str] = []
        settings.set(S.TESSERACT_NOTICE_SHOWN, False)
        tesseract_notice(settings, notices.append, available=False)
    finally:
        uninstall(qapp)
    assert offer.startswith("Kein Text auf dieser Seite"), offer
    assert pane == "Bibliothek", pane
    assert notices[0].startswith("Tesseract ist nicht installiert, daher ist keine OCR"), notices
    assert hit.startswith("review-memo — Seite 1\n"), hit
    assert tip == "Seite 2 von 4"
    assert "62 % sicher" in row or "62% sicher" in row, row
    assert row.startswith("kein Code"), row  # (a redaction with no code: "no code" until then)
    assert level_row == "Einstufung: SECRET", level_row  # (the category's id until then)
    window.close()


def _mnemonic(text: str) -> str | None:
    """The letter after a single & (``&&`` is an ampersand), lower-cased, or None."""
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_no_two_entries_of_a_menu_share_their_underlined_letter(
    qtbot: QtBot, qapp: QApplication, review_library: Library, settings: S.Settings, qm: Path,
    language: str,
) -> None:  # fmt: skip
    """With two entries on one letter (View's "&Rotate view" and "&Reading mode"), the letter
    only moves between them: Alt+V then R rotated nothing."""
    if language != "en":
        assert install(qapp, language, qm) == language
    try:
        window = MainWindow(review_library, settings, synchronous=True)
        qtbot.addWidget(window)
        window.show()  # (its texts are put in the window's language as it is shown)
        bars = [window.menuBar().actions(), *(m.actions() for m in menus_of(window.menuBar()))]
        clashes = []
        for actions in bars:
            letters = [(_mnemonic(a.text()), a.text()) for a in actions if a.isVisible()]
            for letter in {k for k, _ in letters if k}:
                same = [t for k, t in letters if k == letter]
                if len(same) > 1:
                    clashes.append(" / ".join(same))
    finally:
        if language != "en":
            uninstall(qapp)
    assert clashes == [], "\n".join(clashes)


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_the_region_menu_has_a_letter_for_each_entry(
    qtbot: QtBot, qapp: QApplication, qm: Path, language: str
) -> None:
    """The menu after Shift+drag on the scan (Redaction / Tag / Marking / Note) had no
    underlined letters: the mouse was the only way to choose."""
    if language != "en":
        assert install(qapp, language, qm) == language
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        letters = [_mnemonic(a.text()) for a in region_menu(parent).actions()]
    finally:
        if language != "en":
            uninstall(qapp)
    assert None not in letters and len(set(letters)) == len(letters) == 4, letters


@pytest.mark.parametrize("catalogue", ["redline_fr.ts", "qt_extra_fr.ts"])
def test_french_keeps_guillemets_and_high_punctuation_with_their_words(catalogue: str) -> None:
    """A plain space inside « » or before : ; ! ? lets a line break there: "d'une annotation de
    type « / marquage »" left « alone at a line's end, and a label's ":" could begin a line.
    French puts a no-break space there (U+00A0 inside « » and before ":", the narrow U+202F
    before ; ! ?)."""
    path = CATALOGUES / catalogue
    loose = re.compile(r"« | »| [:;!?]")
    found = []
    for message in ET.parse(path).iter("message"):
        for element in message.iter():
            if element.tag in ("translation", "numerusform") and element.text:
                found += [element.text for _ in loose.finditer(element.text)][:1]
    assert found == []
