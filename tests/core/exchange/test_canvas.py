"""The W3C and IIIF exports offer the same resolutions, 36 to 600 dpi, and refuse any other with
the same one message before writing anything (:func:`app.core.exchange.canvas.check_dpi`): the
W3C export took any (5000 dpi made selectors in pixels of a canvas no IIIF export would make)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.core.exchange.canvas import MAX_DPI, MIN_DPI
from tests.core.exchange.lines_helpers import lib

__all__ = ["lib"]  # (the fixture)


@pytest.mark.parametrize("fmt", ["w3c", "iiif"])
@pytest.mark.parametrize("dpi", [MIN_DPI - 1, MAX_DPI + 1, 5000, 0])
def test_a_resolution_not_offered_is_refused_alike(
    lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, dpi: int
) -> None:
    out = tmp_path / "out" / "set"
    (tmp_path / "out").mkdir()
    code = main(["--library", str(lib), "export", "--format", fmt, "--dpi", str(dpi), "-o",
                 str(out)])  # fmt: skip
    assert code == 1
    assert capsys.readouterr().err == (
        f"redline: a resolution of {dpi} dpi is not offered; use 36 to 600\n"
    )
    assert list((tmp_path / "out").iterdir()) == []


@pytest.mark.parametrize("dpi", [MIN_DPI, MAX_DPI])
def test_the_w3c_export_takes_the_resolutions_offered(
    lib: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], dpi: int
) -> None:
    out = tmp_path / "set.jsonld"
    code = main(["--library", str(lib), "export", "--format", "w3c", "--dpi", str(dpi), "-o",
                 str(out)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    items = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    assert any(f"/{dpi}dpi/" in json.dumps(item) for item in items)
