"""The command line's line for a library db refuses to open: the worded sentence
(app.core.refusals), not SQLite's English."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.commands.helpers import run


def test_a_damaged_library_is_said_in_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "library.sqlite").write_bytes(os.urandom(20 * 1024))
    code, out, err = run(capsys, "--library", str(tmp_path), "list")
    assert code == 1 and out == ""
    assert err == (
        f"redline: {tmp_path} is not a Redline library, or its database is damaged; it was left "
        "as it was. Choose another library, or put back a copy from its backups folder if it has "
        "one.\n"
    )
