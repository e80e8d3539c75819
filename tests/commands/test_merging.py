"""``redline conflicts``, ``redline resolve`` and ``redline restore``, and the backup an import
makes first: two libraries exchange a set, edit the same note differently, and a person decides
on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.library import Library
from tests.commands.helpers import run
from tests.core.exchange.helpers import new_library, scan_pdf


def _note(capsys: pytest.CaptureFixture[str], lib: str, text: str, *, edit: str = "") -> str:
    if edit:
        code, out, _ = run(capsys, "--library", lib, "annotate", "edit", edit, "--note", text)
    else:
        code, out, _ = run(capsys, "--library", lib, "annotate", "add", "scan", "--page", "1",
                           "--kind", "note", "--note", text)  # fmt: skip
    assert code == 0
    return out.strip()


def test_a_conflict_listed_and_decided_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pdf = scan_pdf(tmp_path / "scan.pdf")
    for name in ("a", "b"):
        new_library(tmp_path / name, pdf)[0].close()
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    note = _note(capsys, a, "who wrote this?")
    assert run(capsys, "--library", a, "export", "-o", str(tmp_path / "a.json"))[0] == 0
    assert run(capsys, "--library", b, "import-annotations", str(tmp_path / "a.json"))[0] == 0
    _note(capsys, a, "the ambassador", edit=note)
    monkeypatch.setenv("REDLINE_AUTHOR", "Bo")
    _note(capsys, b, "the station chief", edit=note)
    assert run(capsys, "--library", b, "export", "-o", str(tmp_path / "b.json"))[0] == 0
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    code, out, _ = run(capsys, "--library", a, "import-annotations", str(tmp_path / "b.json"))
    assert code == 0 and "1 in conflict" in out
    assert (
        "text in conflict: here 'the ambassador' (you," in out
        and "there 'the station chief'" in out
    )
    [backup] = (tmp_path / "a" / "backups").glob("library-before-import-*.sqlite")

    code, out, _ = run(capsys, "--library", a, "conflicts")
    assert code == 0 and note in out and "here 'the ambassador' (you," in out
    code, out, _ = run(capsys, "--library", a, "conflicts", "--json")
    [listed] = json.loads(out)
    assert listed["uuid"] == note and listed["fields"][0]["field"] == "body.text"
    code, _, err = run(capsys, "--library", a, "resolve", note, "--take", "sideways")
    assert code == 1 and "take here or there" in err
    code, out, _ = run(capsys, "--library", a, "resolve", note, "--take", "there")
    assert code == 0 and "taken there" in out
    assert run(capsys, "--library", a, "conflicts")[1].strip() == "nothing is in conflict"
    code, out, _ = run(capsys, "--library", a, "annotate", "list", "--json")
    assert json.loads(out)[0]["body"] == {"text": "the station chief"}

    # The import is undone by putting the backup back; the restore can be undone in turn.
    replica = _replica(tmp_path / "a")
    code, out, _ = run(capsys, "--library", a, "restore", backup.name)
    assert code == 0 and "restored the library" in out
    code, out, _ = run(capsys, "--library", a, "annotate", "list", "--json")
    assert json.loads(out)[0]["body"] == {"text": "the ambassador"}
    _note(capsys, a, "edited after the restore", edit=note)
    assert _replica(tmp_path / "a") not in (replica, "")  # its changes count under a new id
    [before_restore] = (tmp_path / "a" / "backups").glob("library-before-restore-*.sqlite")
    assert run(capsys, "--library", a, "restore", str(before_restore))[0] == 0
    assert len(list((tmp_path / "a" / "backups").glob("library-before-restore-*"))) == 2
    code, out, _ = run(capsys, "--library", a, "annotate", "list", "--json")
    assert json.loads(out)[0]["body"] == {"text": "the station chief"}


def _deleted_and_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> tuple[str, str, str]:
    """A note shared by Ada's library (a) and Bo's (b); Bo deletes it while Ada changes it
    twice, and each imports the other's set: deleted there, changed here in a; deleted here,
    changed there in b. The two libraries and the note's uuid."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    for name in ("a", "b"):
        new_library(tmp_path / name, pdf)[0].close()
    a, b = str(tmp_path / "a"), str(tmp_path / "b")
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    note = _note(capsys, a, "who wrote this?")
    assert run(capsys, "--library", a, "export", "-o", str(tmp_path / "a.json"))[0] == 0
    assert run(capsys, "--library", b, "import-annotations", str(tmp_path / "a.json"))[0] == 0
    monkeypatch.setenv("REDLINE_AUTHOR", "Bo")
    assert run(capsys, "--library", b, "annotate", "delete", note)[0] == 0
    assert run(capsys, "--library", b, "export", "-o", str(tmp_path / "b.json"))[0] == 0
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    _note(capsys, a, "the ambassador?", edit=note)
    _note(capsys, a, "the ambassador", edit=note)
    assert run(capsys, "--library", a, "export", "-o", str(tmp_path / "a2.json"))[0] == 0
    assert run(capsys, "--library", a, "import-annotations", str(tmp_path / "b.json"))[0] == 0
    monkeypatch.setenv("REDLINE_AUTHOR", "Bo")
    assert run(capsys, "--library", b, "import-annotations", str(tmp_path / "a2.json"))[0] == 0
    return a, b, note


def test_a_deletion_in_conflict_lists_what_the_other_side_changed_old_and_new(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both ways round, ``redline conflicts`` says each field the side that kept the note
    changed unseen by the deletion, a line each: old → new, who, when; ``--json`` has the old
    value too (deleted there, changed here, it had only the new one)."""
    a, b, _note = _deleted_and_changed(tmp_path, capsys, monkeypatch)
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    code, out, _ = run(capsys, "--library", a, "conflicts", "--json")
    [listed] = json.loads(out)
    [changed] = listed["changed"]
    assert changed["field"] == "body.text" and changed["before_known"], changed
    assert (changed["before"], changed["after"]) == ("who wrote this?", "the ambassador")
    code, out, _ = run(capsys, "--library", a, "conflicts")
    assert code == 0 and "Changed here, unseen by the deletion there:" in out, out
    assert "      text: 'who wrote this?' → 'the ambassador' (you, " in out, out

    monkeypatch.setenv("REDLINE_AUTHOR", "Bo")
    code, out, _ = run(capsys, "--library", b, "conflicts")
    assert code == 0 and "Changed there, unseen by the deletion here:" in out, out
    assert "      text: 'who wrote this?' → 'the ambassador' (Ada, " in out, out


def _replica(root: Path) -> str:
    with Library.open(root, read_only=True, allow_read_only=True) as lib, lib.reading() as s:
        value = (
            s.connection()
            .exec_driver_sql("SELECT value FROM library_meta WHERE key = 'replica_id'")
            .scalar()
        )
    return str(value or "")


def test_restore_refuses_what_is_not_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new_library(tmp_path / "a", scan_pdf(tmp_path / "scan.pdf"))[0].close()
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    before = (tmp_path / "a" / "library.sqlite").read_bytes()
    for target in (str(junk), "nowhere.sqlite", str(tmp_path / "a" / "library.sqlite")):
        code, _, err = run(capsys, "--library", str(tmp_path / "a"), "restore", target)
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert (tmp_path / "a" / "library.sqlite").read_bytes() == before


def test_a_conflict_on_a_server_library_and_no_restore_there(
    tmp_path: Path,
    pg_library_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same exchange with the team's library on a server: the merge says no copy was made
    first, the conflict is decided there, and `redline restore` refuses, changing nothing."""
    pdf = scan_pdf(tmp_path / "scan.pdf")
    new_library(tmp_path / "a", pdf)[0].close()
    a, server = str(tmp_path / "a"), pg_library_url
    assert run(capsys, "library", "copy", a, server)[0] == 0
    monkeypatch.setenv("REDLINE_AUTHOR", "Ada")
    note = _note(capsys, a, "who wrote this?")
    assert run(capsys, "--library", a, "export", "-o", str(tmp_path / "a.json"))[0] == 0
    code, _, err = run(capsys, "--library", server, "import-annotations", str(tmp_path / "a.json"))
    assert code == 0 and "no copy of a library on a server is made" in err
    _note(capsys, a, "the ambassador", edit=note)
    monkeypatch.setenv("REDLINE_AUTHOR", "Bo")
    _note(capsys, server, "the station chief", edit=note)
    assert run(capsys, "--library", a, "export", "-o", str(tmp_path / "a2.json"))[0] == 0
    code, out, _ = run(capsys, "--library", server, "import-annotations", str(tmp_path / "a2.json"))
    assert code == 0 and "1 in conflict" in out
    code, out, _ = run(capsys, "--library", server, "conflicts")
    assert code == 0 and note in out and "here 'the station chief' (you," in out
    code, out, _ = run(capsys, "--library", server, "resolve", note, "--take", "there")
    assert code == 0 and "taken there" in out
    code, out, _ = run(capsys, "--library", server, "annotate", "list", "--json")
    assert json.loads(out)[0]["body"] == {"text": "the ambassador"}
    code, _, err = run(capsys, "--library", server, "restore", "library-before-import.sqlite")
    assert code == 1 and "pg_restore" in err and "Nothing was changed" in err
    assert "Traceback" not in err
