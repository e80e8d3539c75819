"""The ``export`` and ``import-annotations`` commands."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from tests.commands.helpers import run
from tests.core.exchange.helpers import add_annotation, add_tag, new_library, scan_pdf


def test_export_and_import_annotations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    a, doc_a = new_library(tmp_path / "a", pdf)
    tag = add_tag(a, "people")
    add_annotation(a, doc_a, 0, "correction", word="Havana", body={"replacement": "HAVANA"})
    add_annotation(a, doc_a, 1, "tag", word="agent", body={"tag": tag}, tag=tag)
    a.close()
    b, _ = new_library(tmp_path / "b", pdf)
    b.close()
    lib_a, lib_b = str(tmp_path / "a"), str(tmp_path / "b")
    out_json = tmp_path / "a.json"
    code, out, _ = run(
        capsys, "--library", lib_a, "export", "--document", "scan", "-o", str(out_json)
    )
    assert code == 0 and "exported 2 annotations of 1 document to" in out
    assert json.loads(out_json.read_text())["format"] == "redline-annotations"
    code, out, _ = run(
        capsys, "--library", lib_b, "import-annotations", str(out_json), "--dry-run", "--json"
    )
    report = json.loads(out)
    assert code == 0 and report["dry_run"] and len(report["added"]) == 2 and report["changed"]
    code, out, _ = run(
        capsys, "--library", lib_b, "import-annotations", str(out_json), "--author", "bo"
    )
    assert code == 0 and out.startswith(f"Imported {out_json.name}: 2 added")
    [backup] = (Path(lib_b) / "backups").glob("library-before-import-*.sqlite")
    assert f"redline restore {backup}" in out
    code, out, _ = run(capsys, "--library", lib_b, "import-annotations", str(out_json), "--json")
    assert code == 0 and json.loads(out)["changed"] is False
    code, _, _ = run(
        capsys,
        "--library",
        lib_b,
        "export",
        "--format",
        "w3c",
        "--tag",
        "people",
        "--base-url",
        "https://example.org/a/",
        "-o",
        str(tmp_path / "w.jsonld"),
    )
    items = json.loads((tmp_path / "w.jsonld").read_text())["first"]["items"]
    assert code == 0 and [i["motivation"] for i in items] == ["tagging"]
    code, _, _ = run(
        capsys, "--library", lib_b, "export", "--format", "text", "-o", str(tmp_path / "t.txt")
    )
    assert code == 0 and "HAVANA" in (tmp_path / "t.txt").read_text()
    code, out, _ = run(
        capsys,
        "--library",
        lib_b,
        "export",
        "--format",
        "pdf",
        "--annotations",
        "-o",
        str(tmp_path / "pdfs"),
        "--json",
    )
    assert code == 0 and len(json.loads(out)["documents"]) == 1
    assert len(list((tmp_path / "pdfs").glob("*.pdf"))) == 1


def test_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lib = str(tmp_path / "lib")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "redline-annotations", "version": 9}')
    code, _, err = run(capsys, "--library", lib, "import-annotations", str(bad))
    assert code == 1 and err.count("\n") == 1 and "version 9" in err
    code, _, err = run(
        capsys, "--library", lib, "export", "--tag", "nope", "-o", str(tmp_path / "x")
    )
    assert code == 1 and "no tag" in err and err.count("\n") == 1


def test_publication_formats_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.core.exchange.published_helpers import publication_pdf, published_library

    pub = published_library(tmp_path / "lib", publication_pdf(tmp_path))
    pub.lib.close()
    lib = str(tmp_path / "lib")
    site = tmp_path / "site"
    code, out, err = run(capsys, "--library", lib, "export", "--format", "iiif", "-o", str(site))
    assert code == 0 and out == f"wrote 1 IIIF manifest with 2 pages and 7 annotations to {site}\n"
    assert "1 annotation over accepted redactions was left out" in err
    assert (site / pub.doc_uuid / "150dpi" / "page-0002.jpg").is_file()
    plain = tmp_path / "plain"  # the exemption code left out of the box, as --no-codes says
    code, _, _ = run(capsys, "--library", lib, "export", "--format", "iiif", "--no-codes",
                     "-o", str(plain))  # fmt: skip
    images = []
    for folder in (site, plain):
        with Image.open(folder / pub.doc_uuid / "150dpi" / "page-0002.jpg") as img:
            images.append(np.asarray(img.convert("L"), dtype=np.int16))
    rows, cols = np.nonzero(images[0] - images[1] > 128)  # white letters, black in the other
    assert code == 0 and len(rows) > 20 and np.ptp(cols) < 60 and np.ptp(rows) < 20
    code, out, _ = run(
        capsys, "--library", lib, "export", "--format", "iiif", "--dpi", "100",
        "--base-url", "https://example.org/m", "--include-proposals", "-o", str(site), "--json",
    )  # fmt: skip
    summary = json.loads(out)
    assert code == 0 and summary["annotations"] == 9 and summary["pages"] == 2
    manifest = json.loads((site / pub.doc_uuid / "manifest.json").read_text())
    assert manifest["items"][0]["id"] == f"https://example.org/m/{pub.doc_uuid}/100dpi/canvas/1"
    code, out, _ = run(
        capsys, "--library", lib, "export", "--format", "csv", "-o", str(tmp_path / "a.csv")
    )
    assert code == 0 and "exported 7 annotations of 1 document to" in out
    code, _, err = run(capsys, "--library", lib, "export", "--format", "iiif", "-o", str(tmp_path))
    assert code == 1 and "holds other files" in err and "Traceback" not in err
    code, out, _ = run(
        capsys, "--library", lib, "import-annotations", str(site / "collection.json")
    )
    assert code == 0 and out.startswith("collection.json changed nothing here.")
    # the folder the export wrote stands for its collection
    code, out, _ = run(capsys, "--library", lib, "import-annotations", str(site), "--dry-run")
    assert code == 0 and out.startswith("collection.json would change nothing here.")


def test_a_correction_imported_onto_a_page_without_text_says_to_run_ocr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A W3C correction of a page this library has no text of yet was "not placed: a correction
    needs the text it corrects, and none was found", with no word of what to do."""
    from app.core.documents.textlayer import RawWord
    from tests.core.exchange.helpers import library_with_words

    monkeypatch.setenv("REDLINE_AUTHOR", "Hanna")
    words = [RawWord(t, 72 + 60 * i, 72, 120 + 60 * i, 84, 1, 1, i, 90.0)
             for i, t in enumerate(["INC", "CABLRGRAM", "MEMO"])]  # fmt: skip
    read = str(library_with_words(tmp_path, words))
    add = ("--library", read, "annotate", "add", "scan", "--page", "1")
    assert run(capsys, *add, "--kind", "correction", "--quote", "CABLRGRAM",
               "--value", "CABLEGRAM")[0] == 0  # fmt: skip
    assert run(capsys, *add, "--kind", "note", "--note", "the whole page")[0] == 0
    w3c = str(tmp_path / "set.jsonld")
    assert run(capsys, "--library", read, "export", "--format", "w3c", "-o", w3c)[0] == 0
    unread = ("--library", str(tmp_path / "unread"))
    assert run(capsys, *unread, "import", str(tmp_path / "scan.pdf"))[0] == 0
    hint = (
        "redline: run `redline ocr` (it reads every page without text), then import the file "
        "again\n"
    )
    code, out, err = run(capsys, *unread, "import-annotations", w3c)
    assert code == 0 and "1 added, 1 annotation not placed" in out  # the note: added
    assert (
        "a correction needs the text it corrects, and page 1 has no text yet: read the "
        "document with OCR first, then import the file again" in out
    )
    assert err == hint
    code, out, err = run(capsys, *unread, "import-annotations", w3c)  # nothing more to add
    assert code == 0 and "1 annotation not placed (1 annotation unchanged)" in out
    assert err == hint
    # Only the correction, on the page without text: nothing has a place, refused (exit 1).
    only = json.loads(Path(w3c).read_text())
    items = only["first"]["items"]
    only["first"]["items"] = [a for a in items if "editing" in str(a.get("motivation"))]
    assert len(only["first"]["items"]) == 1
    Path(w3c).write_text(json.dumps(only))
    code, out, err = run(capsys, *unread, "import-annotations", w3c)
    assert code == 1 and out == "" and "has no text yet: read the document with OCR" in err
    assert err.endswith(
        "then import the file again (`redline ocr` reads every page without text)\n"
    )
