"""Smoke test of the packaged Redline (dist/redline, built by packaging/redline.spec).

Uses dist/redline when it is newer than every source it is made of (`make package` builds it just
before running these tests); otherwise builds it with PyInstaller when REDLINE_BUILD_BUNDLE=1 or
CI is set, and skips with a reason when not. REDLINE_BUNDLE=<executable> tests a given bundle (e.g.
one built on another machine) as it is. The tests run the bundled executable as a user would:
--version, an import into a fresh library, a search, OCR (in worker processes of the frozen
program), the window rendered offscreen to a PNG, and install.sh. Everything runs the frozen
program in a subprocess; nothing here imports Qt.
"""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app import __version__
from db.migrate import head_revision
from tests.builders import make_image_only_pdf, make_text_pdf

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist"
BUNDLE = DIST / "redline"
EXE = BUNDLE / ("redline.exe" if sys.platform == "win32" else "redline")
SPEC = REPO / "packaging" / "redline.spec"
INPUTS = ("app", "db", "resources", "packaging", "pyproject.toml", "LICENSE")

pytestmark = [pytest.mark.slow]

Completed = subprocess.CompletedProcess[str]
Runner = Callable[..., Completed]


def newest_input() -> float:
    newest = 0.0
    for name in INPUTS:
        path = REPO / name
        files = [path] if path.is_file() else path.rglob("*")
        for f in files:
            if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".md":
                newest = max(newest, f.stat().st_mtime)
    return newest


def bundle_is_current() -> bool:
    return EXE.is_file() and EXE.stat().st_mtime >= newest_input()


@pytest.fixture(scope="session")
def bundle() -> Path:
    given = os.environ.get("REDLINE_BUNDLE")
    if given:
        assert Path(given).is_file(), f"REDLINE_BUNDLE={given} does not exist"
        return Path(given)
    if bundle_is_current():
        return EXE
    if not (os.environ.get("REDLINE_BUILD_BUNDLE") or os.environ.get("CI")):
        # A build takes minutes of a shared machine: not on every `make test` after an edit.
        pytest.skip(
            "dist/redline is missing or older than the sources: `make package` rebuilds and "
            "tests it (or set REDLINE_BUILD_BUNDLE=1 to let this test build it)"
        )
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip(
            "PyInstaller is not installed and dist/redline is missing or older than the sources: "
            "run `make package` (it installs the 'package' extra, builds and runs these tests)"
        )
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--distpath",
            str(DIST),
            "--workpath",
            str(REPO / "build" / "pyinstaller"),
            str(SPEC),
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    assert EXE.is_file()
    return EXE


@pytest.fixture
def run(bundle: Path, tmp_path: Path) -> Runner:
    """Runs the bundled executable with a clean, offscreen environment."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_PLUGIN", "LD_LIBRARY"))
    }
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = str(tmp_path / "home")

    def _run(*args: str, timeout: float = 120, **extra_env: str) -> Completed:
        return subprocess.run(
            [str(bundle), *args],
            cwd=tmp_path,
            env={**env, **extra_env},
            capture_output=True,
            text=True,
            timeout=timeout,
        )

    return _run


def test_version(run: Runner) -> None:
    out = run("--version")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == f"redline {__version__}"


def test_bundle_holds_resources_and_migrations_as_files(bundle: Path) -> None:
    data = bundle.parent / "_internal"
    for rel in (
        "resources/markings/rules.json",
        "resources/markings/categories.json",
        "resources/schemas/redline-export-v1.schema.json",
        "resources/schemas/redline-export-v2.schema.json",
        "resources/icons/hicolor/256x256/apps/io.github.redline.Redline.png",
        "db/migrations/env.py",
        "db/migrations/script.py.mako",
        "resources/translations/redline_de.qm",  # (built from the .ts sources by make)
        "resources/translations/redline_fr.qm",
        "resources/translations/qt_extra_fr.qm",  # (what Qt's French leaves in English)
        "docs/help/index.md",
        "docs/help/reading.md",
        "LICENSE",
    ):
        assert (data / rel).is_file(), rel
    shipped = {p.name for p in (data / "db" / "migrations" / "versions").glob("*.py")}
    in_repo = {p.name for p in (REPO / "db" / "migrations" / "versions").glob("*.py")}
    assert shipped == in_repo


def test_bundle_leaves_out_unused_qt_and_python_parts(bundle: Path) -> None:
    data = bundle.parent / "_internal"
    names = {p.name for p in data.rglob("*")}
    for unwanted in ("QtNetwork", "QtQml", "QtQuick", "QtPdf", "QtSvg", "QtMultimedia"):
        assert not any(unwanted in n for n in names), unwanted
    for unwanted in ("Qt6Network", "Qt6Qml", "Qt6Quick", "Qt6WebEngine", "libgtk", "libcairo"):
        assert not any(n.startswith(unwanted) or n.startswith("lib" + unwanted) for n in names)
    assert "tkinter" not in names and "_tkinter" not in names
    assert not any(n.startswith("onnxruntime") for n in names)
    if sys.platform == "linux":  # the C++ runtime is the system's (OpenGL drivers need theirs)
        assert not any(n.startswith(("libstdc++.so", "libgcc_s.so")) for n in names)
    if sys.platform == "linux":  # X11, Wayland, and offscreen (for this test) must stay
        plugins = data / "PySide6" / "Qt" / "plugins" / "platforms"
        platforms = {p.name for p in plugins.iterdir()}
        assert {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"} <= platforms


def test_import_a_generated_scan_into_a_fresh_library(run: Runner, tmp_path: Path) -> None:
    scan = make_image_only_pdf(tmp_path / "scan.pdf", pages=2)
    memo = make_text_pdf(tmp_path / "memo.pdf", ["SECRET memorandum on the Berlin airlift"])
    library = tmp_path / "L"
    out = run("--library", str(library), "import", str(scan), str(memo))
    assert out.returncode == 0, out.stderr
    assert "scan.pdf: 2 pages" in out.stdout
    # The schema was created by Alembic from the migration files inside the bundle.
    with sqlite3.connect(library / "library.sqlite") as db:
        (revision,) = db.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == head_revision()

    listed = run("--library", str(library), "list")
    assert listed.returncode == 0, listed.stderr
    assert "scan" in listed.stdout and "memo" in listed.stdout
    found = run("--library", str(library), "search", "airlift")
    assert found.returncode == 0, found.stderr
    assert "memo" in found.stdout and "airlift" in found.stdout


def test_runs_without_tesseract(run: Runner, tmp_path: Path) -> None:
    """No Tesseract anywhere: the app still starts and imports; only OCR is unavailable."""
    scan = make_image_only_pdf(tmp_path / "scan.pdf")
    out = run(
        "--library",
        str(tmp_path / "L"),
        "import",
        str(scan),
        PATH=str(tmp_path / "empty-bin"),
        REDLINE_TESSERACT=str(tmp_path / "no-tesseract"),
    )
    assert out.returncode == 0, out.stderr
    assert "scan.pdf" in out.stdout


def test_window_renders_offscreen_to_png(run: Runner, tmp_path: Path) -> None:
    from PIL import Image

    memo = make_text_pdf(tmp_path / "memo.pdf", ["CONFIDENTIAL: the quick brown fox"])
    shot = tmp_path / "window.png"
    out = run(
        "--library", str(tmp_path / "L"), "open", str(memo), "--screenshot", str(shot), timeout=180
    )
    assert out.returncode == 0, out.stderr
    with Image.open(shot) as img:
        assert img.width >= 400 and img.height >= 300
        colours = img.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 20, "the screenshot is (nearly) blank"


def make_scan_png(path: Path, text: str) -> Path:
    """A page image with large printed text that Tesseract reads reliably."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (1700, 2200), 255)
    ImageDraw.Draw(img).text((150, 300), text, fill=0, font=ImageFont.load_default(size=72))
    img.save(path, dpi=(200, 200))
    return path


def no_system_tesseract(tmp_path: Path) -> dict[str, str]:
    """An environment in which no Tesseract of the system can be found: a PATH without one,
    and nothing pointing at the system's program or data."""
    empty = tmp_path / "empty-bin"
    empty.mkdir(exist_ok=True)
    return {"PATH": str(empty), "TESSDATA_PREFIX": str(tmp_path / "no-tessdata")}


def test_ocr_runs_in_the_bundle_with_no_tesseract_on_the_machine(
    run: Runner, tmp_path: Path
) -> None:
    """OCR in the box: the bundle's own Tesseract and English data, with no tesseract on the
    PATH; pages run in "spawn" worker processes, which re-run the frozen executable."""
    scan = make_scan_png(tmp_path / "airlift.png", "BERLIN AIRLIFT MEMORANDUM")
    library = str(tmp_path / "L")
    alone = no_system_tesseract(tmp_path)
    assert run("--library", library, "import", str(scan), **alone).returncode == 0
    out = run("--library", library, "ocr", timeout=300, **alone)
    assert out.returncode == 0, out.stderr
    found = run("--library", library, "search", "airlift", **alone)
    assert found.returncode == 0, found.stderr
    assert "airlift" in found.stdout.lower()
    info = run("--library", library, "info", "airlift", "--json", **alone)
    assert '"tesseract"' in info.stdout  # the page's text layer is Tesseract's


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle's Tesseract")
def test_the_bundle_carries_tesseract_its_libraries_data_and_licences(bundle: Path) -> None:
    tess = bundle.parent / "tesseract"
    for rel in ("tesseract", "bin/tesseract", "tessdata/eng.traineddata", "tessdata/configs/tsv"):
        assert (tess / rel).is_file(), rel
    packages = (tess / "licenses" / "PACKAGES.txt").read_text(encoding="utf-8")
    for package in ("tesseract-ocr", "tesseract-ocr-eng", "libtesseract5", "liblept5"):
        assert f"\n{package}\t" in packages, package
        assert (tess / "licenses" / f"{package}.copyright").is_file(), package
    assert (tess / "licenses" / "Apache-2.0").is_file()  # Tesseract's licence, named by Debian
    # Every library but the C and C++ runtimes loads from the bundle, not from the system.
    env = {"LD_LIBRARY_PATH": str(tess / "lib"), "PATH": os.environ.get("PATH", "")}
    ldd = subprocess.run(
        ["ldd", str(tess / "bin" / "tesseract")], capture_output=True, text=True, env=env
    )
    system = ("linux-vdso", "ld-linux", "libc.so", "libm.so", "libstdc++", "libgcc_s", "libresolv")
    for line in ldd.stdout.splitlines():
        name = Path(line.split()[0]).name
        if not name.startswith(system):
            assert str(tess / "lib") in line, line
    version = subprocess.run(
        [str(tess / "tesseract"), "--list-langs"], capture_output=True, text=True, env={}
    )
    assert "eng" in version.stdout.split() and str(tess / "tessdata") in version.stdout


def test_ocr_without_tesseract_says_how_to_install_it(run: Runner, tmp_path: Path) -> None:
    scan = make_image_only_pdf(tmp_path / "scan.pdf")
    library = str(tmp_path / "L")
    no_tesseract = {"PATH": str(tmp_path / "empty-bin"), "REDLINE_TESSERACT": "no-tesseract"}
    assert run("--library", library, "import", str(scan), **no_tesseract).returncode == 0
    out = run("--library", library, "ocr", **no_tesseract)
    assert out.returncode != 0
    assert "Tesseract" in out.stderr and "install" in out.stderr.lower()
    assert "Traceback" not in out.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install.sh is for Linux")
def test_install_script_puts_the_app_on_the_desktop(bundle: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    install = bundle.parent / "install.sh"
    env = {**os.environ, "HOME": str(tmp_path)}
    out = subprocess.run(
        ["sh", str(install), "--prefix", str(prefix)], capture_output=True, text=True, env=env
    )
    assert out.returncode == 0, out.stderr
    app_id = "io.github.redline.Redline"
    desktop = prefix / "share" / "applications" / f"{app_id}.desktop"
    assert f"Exec={prefix}/lib/redline/redline" in desktop.read_text()
    assert (prefix / "share" / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    for n in (16, 22, 24, 32, 48, 64, 128, 256):
        assert (
            prefix / "share" / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{app_id}.png"
        ).is_file()
    assert (
        prefix / "share" / "icons" / "hicolor" / "scalable" / "apps" / f"{app_id}.svg"
    ).is_file()
    version = subprocess.run(
        [str(prefix / "bin" / "redline"), "--version"], capture_output=True, text=True, timeout=60
    )
    assert version.stdout.strip() == f"redline {__version__}", version.stderr

    out = subprocess.run(
        ["sh", str(install), "--prefix", str(prefix), "--uninstall"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert out.returncode == 0, out.stderr
    assert not (prefix / "lib" / "redline").exists() and not desktop.exists()
    assert not (prefix / "bin" / "redline").is_symlink()
