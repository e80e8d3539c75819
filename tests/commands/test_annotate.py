"""``redline annotate …`` and ``redline review``: the same service calls and change history as the
window, JSON output, one-line errors and exit codes; and ``redline export --format pdf`` with its
report and its refusal while redaction proposals wait."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from app.cli import main
from app.commands import annotate
from app.core.annotating.annotation_listing import list_annotations
from app.core.library import Library
from tests.core.exchange.helpers import add_annotation, new_library, scan_pdf

ME = "Ada Lovelace"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def lib_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A library holding the two-page scan (its document is "scan"), annotated as ``ME``."""
    monkeypatch.setenv("REDLINE_AUTHOR", ME)
    lib, _ = new_library(tmp_path / "lib", scan_pdf(tmp_path / "scan.pdf"))
    lib.close()
    return str(tmp_path / "lib")


def _log(root: str) -> list[tuple[str, str, str]]:
    with Library.open(root, read_only=True, allow_read_only=True) as lib, lib.reading() as s:
        rows = s.connection().exec_driver_sql(
            "SELECT entity, action, author FROM change_log ORDER BY id"
        )
        return [(str(e), str(a), str(w)) for e, a, w in rows]


def test_each_kind_is_made_as_the_window_makes_it(
    lib_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--library", lib_path, "annotate", "add", "scan")
    code, out, _ = run(capsys, *base, "--page", "1", "--kind", "correction", "--quote", "Havana",
                       "--value", "HAVANA", "--json")  # fmt: skip
    made = json.loads(out)
    assert code == 0 and made["page"] == 1 and made["quote"] == "Havana"
    assert made["body"] == {"replacement": "HAVANA"} and made["author"] == ME
    # --quote finds text in the current reading: the corrected "HAVANA" anchors to "Havana"
    code, out, _ = run(capsys, *base, "--page", "1", "--kind", "redaction", "--quote", "in HAVANA",
                       "--codes", "b 6,b7c", "--note", "a place", "--json")  # fmt: skip
    red = json.loads(out)
    assert red["quote"] == "in Havana" and red["body"]["exemptions"] == ["B6", "B7(C)"]
    assert red["region"]["w"] > 20  # the box around the words
    code, out, _ = run(capsys, *base, "--page", "2", "--kind", "tag", "--quote", "agent",
                       "--tag", "People/Agents")  # fmt: skip
    tag_uuid = out.strip()
    assert code == 0 and len(tag_uuid) == 36
    code, out, _ = run(capsys, *base, "--page", "2", "--kind", "marking", "--quote", "SECRET",
                       "--category", "classification")  # fmt: skip
    code, out, _ = run(capsys, *base, "--page", "2", "--kind", "note",
                       "--region", "72,72,100,20", "--note", "margin note")  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, "--library", lib_path, "annotate", "list", "scan", "--json")
    listed = json.loads(out)
    assert sorted(a["kind"] for a in listed) == [
        "correction", "marking", "note", "redaction", "tag"
    ]  # fmt: skip
    marking = next(a for a in listed if a["kind"] == "marking")
    assert marking["body"] == {"category": "classification", "value": "SECRET"}
    code, out, _ = run(capsys, "--library", lib_path, "annotate", "list", "scan", "--page", "2")
    assert code == 0 and "People/Agents" in out and "margin note" in out and "HAVANA" not in out
    creates = [(e, a) for e, a, _ in _log(lib_path) if a == "create"]
    assert creates.count(("annotation", "create")) == 5 and ("tag", "create") in creates
    assert {w for _, _, w in _log(lib_path)} == {ME}


def test_edit_leave_visible_accept_reject_delete_and_review(
    lib_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = Library.open(lib_path)
    doc_id = 1
    proposal, other = (
        add_annotation(lib, doc_id, page, "redaction", region=(300, 70, 40, 12),
                       body={"exemptions": []}, status="proposed", origin="detector")
        for page in (0, 1)
    )  # fmt: skip
    lib.close()
    a = ("--library", lib_path, "annotate")
    code, out, _ = run(capsys, *a, "edit", proposal, "--codes", "(b)(1)", "--leave-visible",
                       "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["body"] == {
        "exemptions": ["B1"], "note": "", "leave_visible": True
    }  # fmt: skip
    code, out, _ = run(capsys, *a, "edit", proposal, "--burn", "--json")
    assert json.loads(out)["body"] == {"exemptions": ["B1"], "note": ""}
    assert run(capsys, *a, "accept", proposal)[0] == 0
    assert run(capsys, *a, "reject", other)[0] == 0
    code, out, _ = run(capsys, *a, "list", "--status", "accepted", "--json")
    assert [r["uuid"] for r in json.loads(out)] == [proposal]
    assert run(capsys, *a, "delete", other)[0] == 0
    code, _, err = run(capsys, *a, "accept", other)
    assert code == 1 and err.count("\n") == 1 and "deleted" in err
    code, out, _ = run(capsys, "--library", lib_path, "review", "scan", "--page", "2",
                       "--status", "in-progress")  # fmt: skip
    assert code == 0 and "unreviewed -> in_progress" in out
    actions = [act for _, act, _ in _log(lib_path)]
    assert actions == ["update", "update", "status", "status", "delete", "review"]


def test_reject_withdraws_an_accepted_redaction_only_when_told(
    lib_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`annotate reject UUID` of a reviewer's own redaction printed "rejected" and the next
    publication showed its words (the second walk; the window asks first): refused, saying
    why, unless --withdraw."""
    lib = Library.open(lib_path)
    own = add_annotation(lib, 1, 0, "redaction", region=(300, 70, 40, 12),
                         body={"exemptions": ["B6"]})  # fmt: skip
    proposal = _proposal(lib, 1, "redaction", {"exemptions": ["B6"]})
    lib.close()
    a = ("--library", lib_path, "annotate")
    code, out, err = run(capsys, *a, "reject", proposal, own)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "accepted redaction (page 1)" in err and "--withdraw" in err
    with Library.open(lib_path, read_only=True, allow_read_only=True) as lib:
        assert {r.uuid: r.status for r in list_annotations(lib)} == {
            own: "accepted",
            proposal: "proposed",
        }  # (not even the proposal given with it)
    assert run(capsys, *a, "reject", "--withdraw", own)[0] == 0
    with Library.open(lib_path, read_only=True, allow_read_only=True) as lib:
        assert {r.uuid: r.status for r in list_annotations(lib)}[own] == "rejected"


def _proposal(lib: Library, page: int, kind: str, body: dict[str, Any]) -> str:
    """A detector's proposal of ``kind`` on page ``page`` (0-based) of the scan."""
    return add_annotation(lib, 1, page, kind, body=body, region=(300, 70, 40, 12),
                          status="proposed", origin="detector")  # fmt: skip


def test_accept_refuses_codes_outside_the_vocabulary(
    lib_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the window's form and "Accept all" do: one line naming the codes and the way to correct
    them, exit 1, nothing accepted (not even the other, good, proposal given with it)."""
    lib = Library.open(lib_path)
    proposal = functools.partial(_proposal, lib)
    good = proposal(0, "redaction", {"exemptions": ["B6"]})
    bad = proposal(1, "redaction", {"exemptions": ["B6", "BG", "Bl"]})
    read = proposal(1, "marking", {"category": "exemption", "value": "b8c"})
    lib.close()
    a = ("--library", lib_path, "annotate")
    code, out, err = run(capsys, *a, "accept", good, bad)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "BG (did you mean B6?), Bl (did you mean B1?)" in err and "page 2" in err
    assert f"redline annotate edit {bad} --codes" in err and "nothing was changed" in err
    code, _, err = run(capsys, *a, "accept", read)
    assert code == 1 and "b8c" in err and f"redline annotate edit {read} --value" in err
    with Library.open(lib_path, read_only=True, allow_read_only=True) as lib:
        assert {r.status for r in list_annotations(lib)} == {"proposed"}
    assert [act for _, act, _ in _log(lib_path)] == []
    # rejecting needs no good codes; corrected, the proposal is accepted
    assert run(capsys, *a, "reject", read)[0] == 0
    assert run(capsys, *a, "edit", bad, "--codes", "b6,b7c")[0] == 0
    assert run(capsys, *a, "accept", good, bad)[0] == 0


def test_accept_refuses_a_proposal_whose_words_are_already_marked(
    lib_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A person marked the words a proposal marks (after it was made): accepting it would mark
    them twice, so it is refused in one line that says who marked them and how to reject the
    proposal as redundant, exit 1, nothing accepted (not the other proposal given with it)."""
    lib = Library.open(lib_path)
    secret = {"category": "classification", "value": "SECRET"}
    proposal = add_annotation(lib, 1, 0, "marking", word="Havana", body=secret,
                              status="proposed", origin="detector")  # fmt: skip
    box = _proposal(lib, 1, "redaction", {"exemptions": ["B6"]})
    lib.close()
    a = ("--library", lib_path, "annotate")
    code, out, _ = run(capsys, *a, "add", "scan", "--page", "1", "--kind", "marking",
                       "--quote", "Havana", "--category", "classification", "--value", "Secret",
                       "--author", "Rita")  # fmt: skip
    assert code == 0
    mine = out.split()[0]
    code, out, err = run(capsys, *a, "accept", box, proposal)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert (
        f"annotation {proposal} (marking, page 1) is already marked, by annotation {mine}: These "
        "words are already marked SECRET by Rita. Accepting it would mark them a second time;"
    ) in err
    assert f"`redline annotate reject {proposal}`; nothing was changed" in err
    with Library.open(lib_path, read_only=True, allow_read_only=True) as lib:
        assert {r.uuid: r.status for r in list_annotations(lib)} == {
            proposal: "proposed", box: "proposed", mine: "accepted"
        }  # fmt: skip
    assert run(capsys, *a, "reject", proposal)[0] == 0
    assert run(capsys, *a, "accept", box)[0] == 0
    # a person's redaction over the box: a second redaction of it is refused
    code, out, _ = run(capsys, *a, "add", "scan", "--page", "2", "--kind", "redaction", "--region",
                       "301,70,40,12", "--codes", "b7c", "--author", "Rita")  # fmt: skip
    assert code == 0
    lib = Library.open(lib_path)
    again = _proposal(lib, 1, "redaction", {"exemptions": ["B6"]})
    lib.close()
    code, _, err = run(capsys, *a, "accept", again)
    assert code == 1 and "This box is already redacted by" in err


def test_edit_and_add_refuse_codes_outside_the_vocabulary(
    lib_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Codes a person types are held to the vocabulary, as the window's form holds them: written
    as the vocabulary writes them (b6 -> B6), or refused in a line naming the unknown ones (and
    the known code each is likely a slip for) with nothing changed, then the known codes by
    family on a few short lines."""
    lib = Library.open(lib_path)
    proposal = functools.partial(_proposal, lib)
    red = proposal(0, "redaction", {"exemptions": ["B6"]})
    mark = proposal(1, "marking", {"category": "exemption", "value": "B1"})
    lib.close()
    a = ("--library", lib_path, "annotate")
    for argv, first in (
        ((red, "--codes", "b6,BG, Bl"),
         "codes: BG (did you mean B6?), Bl (did you mean B1?). Nothing was changed."),
        ((mark, "--value", "b8c"), "code: b8c (did you mean B8?). Nothing was changed."),
    ):  # fmt: skip
        code, out, err = run(capsys, *a, "edit", *argv)
        assert code == 1 and out == "" and "Traceback" not in err
        lines = err.splitlines()
        assert lines[0] == f"redline: Unknown exemption {first}" and lines[1] == "Known codes:"
        assert lines[2] == "  FOIA: B1–B9, B7(A)–B7(F)"
        assert len(lines) <= 10 and max(map(len, lines)) <= 100  # a few short lines
    code, _, err = run(capsys, *a, "add", "scan", "--page", "1", "--kind", "redaction",
                       "--region", "72,72,40,12", "--codes", "b 6,(b)(99)")  # fmt: skip
    assert code == 1 and "Unknown exemption code: (b)(99) (did you mean B9?)." in err
    assert [act for _, act, _ in _log(lib_path)] == []
    with Library.open(lib_path, read_only=True, allow_read_only=True) as lib:
        assert {r.uuid: r.body for r in list_annotations(lib)} == {
            red: {"exemptions": ["B6"]}, mark: {"category": "exemption", "value": "B1"}
        }  # fmt: skip
    # accepted forms are written as the vocabulary writes them
    code, out, _ = run(capsys, *a, "edit", red, "--codes", "b6;(b)(7)(c)", "--json")
    assert code == 0 and json.loads(out)["body"]["exemptions"] == ["B6", "B7(C)"]
    code, out, _ = run(capsys, *a, "edit", mark, "--value", "1.4(B) and (D)", "--json")
    assert code == 0 and json.loads(out)["body"]["value"] == "1.4(b)(d)"
    assert run(capsys, *a, "accept", red, mark)[0] == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("add", "scan", "--page", "9", "--kind", "note", "--note", "x"), "no page 9"),
        (("add", "scan", "--page", "1", "--kind", "note", "--note", "x", "--quote", "Nowhere"),
         "not in the page's current reading"),
        (("add", "scan", "--page", "1", "--kind", "correction", "--quote", "the", "--occurrence",
          "7", "--value", "x"), "there is no occurrence 7"),
        (("add", "scan", "--page", "1", "--kind", "note", "--codes", "b6", "--note", "x"),
         "--codes does not apply to a note"),
        (("add", "scan", "--page", "1", "--kind", "redaction", "--region", "1,2,3"),
         "--region takes X,Y,W,H"),
        (("add", "scan", "--page", "1", "--kind", "correction", "--quote", "Havana"),
         "needs --value"),
        (("add", "nosuch", "--page", "1", "--kind", "note", "--note", "x"), "nosuch"),
        (("edit", "00000000-0000-4000-8000-000000000000", "--note", "x"), "no annotation"),
        (("tag", "list"), "invalid choice"),
    ],
)  # fmt: skip
def test_bad_requests_get_one_line_and_change_nothing(
    lib_path: str, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], message: str
) -> None:
    before = _log(lib_path)
    try:
        code, _, err = run(capsys, "--library", lib_path, "annotate", *argv)
    except SystemExit as exc:  # argparse: usage and exit status 2
        code, err = int(str(exc.code)), capsys.readouterr().err
    assert code in (1, 2) and message in err and "Traceback" not in err
    if code == 1:
        assert err.count("\n") == 1 and err.startswith("redline: ")
    assert _log(lib_path) == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("annotate", "accept", "1234"), "There is no annotation 1234."),
        (("annotate", "reject", "1234"), "There is no annotation 1234."),
        (("annotate", "delete", "1234"), "There is no annotation 1234."),
        (("annotate", "edit", "1234", "--note", "x"), "There is no annotation 1234."),
        (("annotate", "add", "scan", "--page", "9", "--kind", "note", "--note", "x"), "page 9"),
        (("annotate", "add", "nosuch", "--page", "1", "--kind", "note", "--note", "x"), "nosuch"),
        (("annotate", "add", "scan", "--page", "1", "--kind", "note", "--quote", "Vienna",
          "--note", "x"), "'Vienna' is not in the page's current reading"),
        (("review", "scan", "--page", "9", "--status", "reviewed"), "page 9"),
        (("resolve", "nope", "--take", "there"), "nope is not in conflict"),
    ],
)  # fmt: skip
def test_the_real_problem_comes_before_asking_who_is_annotating(
    lib_path: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: tuple[str, ...],
    message: str,
) -> None:
    """Without a name given, a request that cannot be done says why, not "say who is
    annotating" (the name is asked for a change that will be made)."""
    monkeypatch.delenv("REDLINE_AUTHOR")
    monkeypatch.setattr(annotate, "_window_name", lambda: "")
    code, _, err = run(capsys, "--library", lib_path, *argv)
    assert code == 1 and message in err and "say who is annotating" not in err
    code, _, err = run(capsys, "--library", lib_path, "annotate", "add", "scan", "--page", "1",
                       "--kind", "note", "--note", "x")  # fmt: skip
    assert code == 1 and "say who is annotating" in err  # (one that can be made: who?)


def test_a_quote_found_more_than_once_says_which_it_took(
    lib_path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("--library", lib_path, "annotate", "add", "scan", "--page", "1", "--kind", "note")
    code, out, err = run(capsys, *base, "--quote", "or", "--note", "x", "--json")
    assert code == 0 and json.loads(out)["span"] == [16, 18]  # (memorandum: the first "or")
    assert err == (
        "redline: 'or' occurs 3 times on page 1: this is occurrence 1 (--occurrence K for "
        "another)\n"
    )
    code, out, err = run(capsys, *base, "--quote", "or", "--occurrence", "3", "--note", "x")
    assert code == 0 and "this is occurrence 3" in err and len(out.strip()) == 36
    code, out, err = run(capsys, *base, "--quote", "Havana", "--note", "x")
    assert code == 0 and err == ""  # (one place: nothing to say)


def test_the_author_comes_from_the_option_the_environment_or_the_window(
    lib_path: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add = ("--library", lib_path, "annotate", "add", "scan", "--page", "1", "--kind", "note")
    _, out, _ = run(capsys, *add, "--note", "one", "--author", "Grace", "--json")
    assert json.loads(out)["author"] == "Grace"
    _, out, _ = run(capsys, *add, "--note", "two", "--json")
    assert json.loads(out)["author"] == ME  # REDLINE_AUTHOR
    # the window's setting, in a fresh process whose settings live in a folder of the test's
    config = tmp_path / "config"
    env = {**os.environ, "XDG_CONFIG_HOME": str(config), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("REDLINE_AUTHOR")
    script = (
        "from PySide6.QtCore import QSettings; s = QSettings('Redline', 'Redline'); "
        "s.setValue('annotate/author', 'Window Name'); s.sync()"
    )
    subprocess.run([sys.executable, "-c", script], env=env, check=True)
    cli = [sys.executable, "-m", "app.cli", *add, "--note", "three", "--json"]
    done = subprocess.run(cli, env=env, capture_output=True, text=True, check=True)
    assert json.loads(done.stdout)["author"] == "Window Name"
    (config / "Redline" / "Redline.conf").unlink()
    done = subprocess.run(cli, env=env, capture_output=True, text=True)
    assert done.returncode == 1 and "--author NAME" in done.stderr
    with Library.open(lib_path, read_only=True, allow_read_only=True) as lib:
        assert sorted(r.author for r in list_annotations(lib)) == sorted(
            ["Grace", ME, "Window Name"]
        )


def test_publication_pdf_refuses_pending_proposals_then_reports(
    lib_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = Library.open(lib_path)
    add_annotation(lib, 1, 1, "redaction", region=(10, 10, 20, 20), body={"exemptions": []},
                   status="proposed", origin="detector")  # fmt: skip
    lib.close()
    run(capsys, "--library", lib_path, "annotate", "add", "scan", "--page", "1", "--kind",
        "redaction", "--quote", "Director", "--codes", "b6")  # fmt: skip
    out_pdf = tmp_path / "pub.pdf"
    export = ("--library", lib_path, "export", "--format", "pdf", "-o", str(out_pdf))
    code, out, err = run(capsys, *export)
    assert code == 1 and "1 redaction proposal nobody accepted or rejected" in err
    assert "--pending skip" in err and err.count("\n") == 1 and not out_pdf.exists()
    code, out, err = run(capsys, *export, "--pending", "skip", "--json")
    report = json.loads(out)
    assert code == 0 and report["burned"] == 1 and report["verified"] is True
    [document] = report["documents"]
    assert [(e["page"], e["codes"]) for e in document["burned"]] == [(1, ["B6"])]
    assert [(e["page"], e["reason"]) for e in document["left_out"]] == [(2, "pending")]
    assert len(document["verification"]["readers"]) == 2 and document["seconds"] > 0
    with pymupdf.open(out_pdf) as doc:
        assert "Director" not in doc[0].get_text() and "(b)(6)" in doc[0].get_text()
    code, out, _ = run(
        capsys, *export, "--pending", "skip", "--fill", "white", "--no-codes", "--force"
    )  # the second PDF replaces the first
    assert code == 0 and "Burned in: 1 redaction\n" in out and "1 pending" in out
    assert "Verified by PyMuPDF" in out


def test_a_correction_of_a_page_without_text_says_to_run_ocr_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """It said "This page has no text yet (run OCR first); give --region instead." (a
    correction cannot have a region) or "A correction needs a span of the page text."."""
    from tests.builders import make_image_only_pdf

    monkeypatch.setenv("REDLINE_AUTHOR", ME)
    new_library(tmp_path / "lib", make_image_only_pdf(tmp_path / "scan.pdf"))[0].close()
    lib = str(tmp_path / "lib")
    add = ("--library", lib, "annotate", "add", "scan", "--page", "1", "--kind", "correction",
           "--value", "CABLEGRAM")  # fmt: skip
    for where in (("--quote", "CABLRGRAM"), (), ("--region", "10,10,50,20")):
        code, out, err = run(capsys, *add, *where)
        assert code == 1 and out == ""
        assert err == (
            "redline: page 1 of 'scan' has no text yet, and a correction needs the text it "
            "corrects: read the document with OCR first (`redline ocr scan`); nothing was added\n"
        )
    code, out, _ = run(capsys, "--library", lib, "annotate", "list", "scan", "--json")
    assert code == 0 and json.loads(out) == []
