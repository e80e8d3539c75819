"""The resources locator: one function finds resources/ in a checkout and inside a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import app
from app.core import resources
from app.core.resources import APP_ID, ICON_SIZES, app_icon_files, resource_path, source_root
from app.core.versions import collect_versions

REPO = Path(__file__).resolve().parents[2]


def test_resource_path_in_a_checkout_points_at_the_repository() -> None:
    assert source_root() == REPO
    rules = resource_path("markings", "rules.json")
    assert rules == REPO / "resources" / "markings" / "rules.json"
    assert rules.is_file()
    assert resource_path("schemas", "redline-export-v1.schema.json").is_file()


def test_resource_path_inside_a_bundle_uses_meipass(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.is_frozen()
    assert resource_path("icons", "x.png") == tmp_path / "resources" / "icons" / "x.png"
    assert collect_versions(tesseract=False).frozen is True


@pytest.mark.parametrize("bad", ["..", "../secrets", "/etc/passwd", ""])
def test_resource_path_refuses_names_that_leave_resources(bad: str) -> None:
    with pytest.raises(ValueError, match="not a resource name"):
        resource_path("markings", bad)


def test_every_icon_size_exists_and_has_its_size() -> None:
    from PIL import Image

    files = app_icon_files()
    assert len(files) == len(ICON_SIZES) + 1
    for size, png in zip(ICON_SIZES, files[:-1], strict=True):
        assert png.name == f"{APP_ID}.png"
        with Image.open(png) as img:
            assert img.size == (size, size)
            assert img.mode == "RGBA"
            corner = img.getpixel((0, 0))
            assert isinstance(corner, tuple) and corner[3] == 0  # transparent corner
    assert files[-1].suffix == ".svg"
    assert files[-1].read_text().lstrip().startswith("<?xml")


def test_no_other_module_finds_files_from_its_own_location() -> None:
    """Resources are found through resource_path alone, so moving a module moves nothing it
    reads (a path computed from ``__file__`` breaks on every move and inside a bundle)."""
    package = Path(app.__file__).parent
    own = [
        str(path.relative_to(REPO))
        for path in sorted(package.rglob("*.py"))
        if "__file__" in path.read_text(encoding="utf-8") and path.name != "resources.py"
    ]
    assert own == []
