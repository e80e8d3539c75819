"""Tesseract in the Linux bundle: the program, the libraries it needs and its English data, taken
from this machine's Debian packages at build time, with their copyright files.

    python packaging/bundle_tesseract.py DEST      (the spec calls collect(DEST) after the build)

DEST (``dist/redline/tesseract``) gets::

    tesseract            the wrapper the app runs: the libraries and data below, not the system's
    bin/tesseract        the program (package tesseract-ocr)
    lib/                 every library it links but the C and C++ runtimes (found with ldd)
    tessdata/            eng.traineddata (tesseract-ocr-eng) and configs/, tessconfigs/ (tsv, hocr…)
    licenses/            each package's copyright file, the common licences they name, PACKAGES.txt
                         (package, version, the files it gave)

The C and C++ runtimes (glibc, libstdc++, libgcc_s) are the user's, as for the rest of the bundle
(see redline.spec). Everything else comes along, so the copy runs on a machine that never
installed Tesseract, with libraries of whatever versions it has.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

LANGUAGES = ("eng",)
SYSTEM_LIBS = (
    "linux-vdso", "ld-linux", "libc.so", "libm.so", "libstdc++.so", "libgcc_s.so", "libresolv.so",
    "libpthread.so", "libdl.so", "librt.so",
)  # fmt: skip
COMMON_LICENSES = Path("/usr/share/common-licenses")
WRAPPER = """#!/bin/sh
# Runs the Tesseract beside this script with its own libraries and data (see licenses/).
# Shell built-ins only: it must run with any PATH, even an empty one.
case $0 in */*) here=${0%/*} ;; *) here=. ;; esac
here=$(cd "$here" && pwd)
# PyInstaller's bootloader may have set LD_LIBRARY_PATH for the app; the original is kept.
base=${LD_LIBRARY_PATH_ORIG-${LD_LIBRARY_PATH-}}
LD_LIBRARY_PATH="$here/lib${base:+:$base}"
TESSDATA_PREFIX="$here/tessdata"
export LD_LIBRARY_PATH TESSDATA_PREFIX
exec "$here/bin/tesseract" "$@"
"""


class BundleError(RuntimeError):
    """Tesseract cannot be bundled from this machine; the message says what is missing."""


@dataclass
class Collected:
    """What went into DEST: files by Debian package."""

    files: dict[str, list[str]] = field(default_factory=dict)

    def add(self, package: str, name: str) -> None:
        self.files.setdefault(package, []).append(name)


def _run(*cmd: str) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout


def package_of(path: Path) -> str:
    """The Debian package a file came from (tried as given, resolved, with and without /usr:
    merged /usr means dpkg may know either name)."""
    real = path.resolve()
    candidates = [path, real]
    for p in (path, real):
        text = str(p)
        candidates.append(Path(text[4:]) if text.startswith("/usr/") else Path("/usr" + text))
    for candidate in candidates:
        out = _run("dpkg-query", "-S", str(candidate))
        if out.strip():
            return out.split(":", 1)[0].strip()
    raise BundleError(f"{path} belongs to no Debian package (dpkg-query -S)")


def linked_libraries(exe: Path) -> dict[str, Path]:
    """The libraries ``exe`` loads (soname → path), from ldd, without the system's runtimes."""
    libs: dict[str, Path] = {}
    for line in _run("ldd", str(exe)).splitlines():
        match = re.match(r"\s*(\S+)\s+=>\s+(/\S+)", line)
        if match and not match.group(1).startswith(SYSTEM_LIBS):
            libs[match.group(1)] = Path(match.group(2))
    if not libs:
        raise BundleError(f"ldd found no libraries of {exe}")
    return libs


def data_folder(exe: Path) -> Path:
    """Tesseract's tessdata folder, as the program itself names it (--list-langs)."""
    out = subprocess.run([str(exe), "--list-langs"], capture_output=True, text=True, check=False)
    text = out.stdout.strip() or out.stderr.strip()
    match = re.search(r'"([^"]+)"', text.splitlines()[0]) if text else None
    if not match:
        raise BundleError(f"{exe} --list-langs named no tessdata folder")
    return Path(match.group(1))


def _copy_licences(dest: Path, packages: list[str]) -> None:
    licences = dest / "licenses"
    licences.mkdir(parents=True, exist_ok=True)
    named: set[str] = set()
    for package in packages:
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        if not copyright_file.is_file():
            raise BundleError(f"{copyright_file} is missing: the licence of {package}")
        text = copyright_file.read_text(encoding="utf-8", errors="replace")
        (licences / f"{package}.copyright").write_text(text, encoding="utf-8")
        named |= set(re.findall(r"/usr/share/common-licenses/([A-Za-z0-9.+-]*[A-Za-z0-9+])", text))
    for name in sorted(named):
        source = COMMON_LICENSES / name
        if source.is_file():
            shutil.copy2(source, licences / name)


def _versions(packages: list[str]) -> dict[str, str]:
    out = _run("dpkg-query", "-W", "-f", "${Package}\t${Version}\n", *packages)
    return dict(line.split("\t", 1) for line in out.splitlines() if "\t" in line)


def collect(dest: Path, languages: tuple[str, ...] = LANGUAGES) -> Collected:
    """Fill ``dest`` (emptied first) with Tesseract, its libraries, data and licences."""
    found = shutil.which("tesseract")
    if found is None:
        raise BundleError(
            "Tesseract is not installed on the build machine: apt-get install tesseract-ocr "
            "tesseract-ocr-eng (make package's system-deps step does it when run as root)"
        )
    exe = Path(found).resolve()
    shutil.rmtree(dest, ignore_errors=True)
    for sub in ("bin", "lib", "tessdata"):
        (dest / sub).mkdir(parents=True)
    got = Collected()
    shutil.copy2(exe, dest / "bin" / "tesseract")
    got.add(package_of(exe), "bin/tesseract")
    for soname, path in sorted(linked_libraries(exe).items()):
        shutil.copy2(path.resolve(), dest / "lib" / soname)
        got.add(package_of(path), f"lib/{soname}")
    data = data_folder(exe)
    for language in languages:
        model = data / f"{language}.traineddata"
        if not model.is_file():
            raise BundleError(f"{model} is missing: apt-get install tesseract-ocr-{language}")
        shutil.copy2(model, dest / "tessdata" / model.name)
        got.add(package_of(model), f"tessdata/{model.name}")
    for sub in ("configs", "tessconfigs"):
        if (data / sub).is_dir():
            shutil.copytree(data / sub, dest / "tessdata" / sub)
            some_file = min((data / sub).iterdir())
            got.add(package_of(some_file), f"tessdata/{sub}/")
    wrapper = dest / "tesseract"
    wrapper.write_text(WRAPPER, encoding="utf-8")
    wrapper.chmod(0o755)
    packages = sorted(got.files)
    _copy_licences(dest, packages)
    versions = _versions(packages)
    lines = [f"{p}\t{versions.get(p, '?')}\t{' '.join(got.files[p])}" for p in packages]
    (dest / "licenses" / "PACKAGES.txt").write_text(
        "Tesseract and what it needs, from these Debian packages (package, version, files):\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )
    return got


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: bundle_tesseract.py DEST")
    collected = collect(Path(sys.argv[1]))
    print(f"bundled Tesseract from {len(collected.files)} packages into {sys.argv[1]}")
