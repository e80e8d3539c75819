"""The desktop integration files, the icons and the bundle's entry script (no build needed)."""

from __future__ import annotations

import configparser
import importlib.util
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from app import __version__
from app.core.resources import APP_ID, resource_path
from app.core.versions import LICENSE_ID

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_metainfo_passes_appstreamcli_validate() -> None:
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (apt install appstream)")
    out = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_metainfo_agrees_with_the_project() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == PROJECT["license"] == LICENSE_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "redline"
    releases = [r.get("version") for r in root.iterfind("releases/release")]
    assert __version__ in releases, "add a <release> for the version in app/__init__.py"


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application"
    assert d["Icon"] == APP_ID
    # "Open with Redline" in a file manager: the files go to `redline open`, which imports
    # and opens them (or hands them to the window already open).
    assert d["Exec"].split() == ["redline", "open", "%F"]
    assert set(d["MimeType"].rstrip(";").split(";")) == {
        "application/pdf", "image/png", "image/jpeg", "image/tiff",
    }  # fmt: skip
    assert d["Terminal"] == "false"
    assert d["Categories"].endswith(";") and "Office" in d["Categories"].split(";")
    if shutil.which("desktop-file-validate"):
        validate = ["desktop-file-validate", str(DESKTOP)]
        out = subprocess.run(validate, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and not out.stdout.strip(), out.stdout + out.stderr


def test_icons_are_up_to_date_with_their_drawing_code() -> None:
    make_icons = load("make_icons")
    assert make_icons.APP_ID == APP_ID
    assert make_icons.main(["--check"]) == 0, "run: .venv/bin/python packaging/make_icons.py"


def test_windows_and_macos_icons_hold_several_sizes() -> None:
    from PIL import Image

    with Image.open(resource_path("icons", "redline.ico")) as ico:
        assert {(16, 16), (32, 32), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(resource_path("icons", "redline.icns")) as icns:
        assert icns.size[0] >= 512


def test_entry_script_finds_tesseract_beside_the_executable(tmp_path: Path) -> None:
    main = load("redline_main")
    exe = tmp_path / "redline"
    exe.write_text("")
    assert main.bundled_tesseract(str(exe)) is None
    name = "tesseract.exe" if sys.platform == "win32" else "tesseract"
    (tmp_path / "tesseract").mkdir()
    (tmp_path / "tesseract" / name).write_text("")
    assert main.bundled_tesseract(str(exe)) == tmp_path / "tesseract" / name


def test_license_is_the_agpl() -> None:
    text = (REPO / "LICENSE").read_text("utf-8")
    assert text.lstrip().startswith("GNU AFFERO GENERAL PUBLIC LICENSE")
    assert "Version 3, 19 November 2007" in text
    assert "13. Remote Network Interaction; Use with the GNU General Public License." in text
    assert text.rstrip().endswith("<https://www.gnu.org/licenses/>.")
